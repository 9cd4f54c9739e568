"""Organisations and places of the genre that generalise: one test per class of mistake (issue 12).

Pure; no database. Every sentence is written for these tests (invented bodies, shops and compounds;
real divisions only where the national list is the point), and each test names a kind of mistake,
never a particular page.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


def test_an_adverb_and_verb_that_jieba_lists_as_one_noun_never_opens_a_name():
    assert _orgs("各单位积极响应县委号召，派出干部支援社区。") == ["县委"]
    assert _orgs("各社区党委充分发挥基层党组织的堡垒作用。") == []


def test_a_verb_after_a_whole_body_begins_the_sentence_not_a_name():
    orgs = _orgs("3月5日，河口市总工会响应市委市政府号召，派出志愿者。")
    assert "河口市总工会" in orgs
    assert not any("响应" in o for o in orgs)


def test_mass_organisations_by_their_short_names_are_bodies():
    orgs = _orgs("青松街道老协组织会员巡逻，残联也送来了轮椅。")
    assert "青松街道老协" in orgs
    assert _orgs("街道又一次召集老协会员上街巡逻。") == []  # 老协|会员: members, not a 协会


def test_a_branch_of_a_party_is_named_with_its_place():
    assert _orgs("中国民主促进会城南支部捐来一千只口罩。") == ["中国民主促进会城南支部"]


def test_a_civilisation_practice_station_is_named_from_its_community():
    assert _orgs("翠柳社区新时代文明实践站组织志愿者给老人送药。") == ["翠柳社区新时代文明实践站"]


def test_a_head_that_only_says_the_kind_or_size_of_a_shop_is_no_name():
    assert _orgs("辖区有两个大型生活超市和一家便民超市。") == []
    assert _orgs("工作人员对大型超市进行防疫监督。") == []


def test_a_word_jieba_tags_a_verb_between_a_division_and_a_unit_word_is_the_units_name():
    assert "友爱社区" in _places("东湖区友爱社区的志愿者上门登记。")
    assert _places("南明区助力社区建设。") == ["南明区"]  # a verb of the genre taking the unit


def test_a_township_of_a_named_county_is_found_however_jieba_cuts_it():
    assert "胜利镇" in _places("吴忠市利通区胜利镇的干部挨家走访。")


def test_a_county_written_before_its_township_is_two_places():
    places = _places("他家在万州长坪乡的一个村子里，离忠县不远。")
    assert {"万州", "长坪乡"} <= set(places)
    assert "万州长坪乡" not in places


def test_an_autonomous_county_is_written_by_its_place_name():
    places = _places("石柱西沱镇设了卡点，石柱县公安局的民警也在。")
    assert {"石柱", "西沱镇", "石柱县"} <= set(places)
    assert "石柱西沱镇" not in places
    assert "石柱县公安局" in _orgs("石柱西沱镇设了卡点，石柱县公安局的民警也在。")


def test_a_county_short_form_is_supported_by_a_sibling_named_in_full():
    assert "万州" in _places("这里是万州、忠县交界的地方。")


def test_a_city_glued_to_a_preposition_by_jieba_is_still_a_place():
    assert _places("自成都返回的人员都要登记。") == ["成都"]


def test_the_citizens_of_a_city_name_the_city_by_its_short_form():
    assert _places("不少武汉市民自发当起了志愿者。") == ["武汉"]
    assert "武汉市民政局" in _orgs("武汉市民政局发出通知。")


def test_a_township_glued_to_a_villages_name_leaves_the_village_its_name():
    places = _places("榆中县上花岔乡李沟村的卡点有人值守。")
    assert {"上花岔乡", "李沟村"} <= set(places)


def test_a_townships_short_form_is_a_place_only_where_a_particle_ends_it():
    assert "东城" in _places("东莞市各镇街都在行动，东城的志愿者也上了街。")
    assert "虎台" not in _places("西宁市城西区虎台遗址公园设了检测点。")


def test_a_townships_short_form_before_one_of_its_communities_is_two_places():
    places = _places("东莞市各镇街都在行动，东城柳岸社区的干部挨户登记。")
    assert {"东城", "柳岸社区"} <= set(places)
    assert "东城柳岸社区" not in places
    assert "南滩" not in _places("城中区南滩街道南滩社区的党委书记一早就来了。")


def test_an_autonomous_county_written_by_place_name_and_level_resolves_to_its_code():
    from archive.ingest.gazetteer import gazetteer

    assert [d.code for d in gazetteer().candidates("石柱县")] == ["500240"]
    assert [d.code for d in gazetteer().candidates("恩施州")] == ["4228"]


def test_a_compound_written_right_after_its_community_is_named_by_what_stands_between():
    places = _places("在滨河区桃源街道翠岭社区中建南麓原小区，志愿者挨户登记。")
    assert {"翠岭社区", "中建南麓原小区"} <= set(places)
    assert "金港春天小区" in _places("这次负责的是长河区龙江街道金港春天小区。")
    assert "下辖小区" not in _places("翠岭社区下辖小区十四个。")


def test_a_position_word_glued_to_the_unit_word_does_not_hide_the_compound():
    assert _places("他们把东方小区内一处闲置的仓库打扫干净。") == ["东方小区"]


def test_a_prefecture_with_a_long_name_is_written_by_its_first_character_and_level():
    assert "锡盟" in _places("锡盟督查组深入二连浩特市检查卡口。")
    assert "呼市" in _places("内蒙古丰镇市排查了近期从呼市返回的人员。")
    assert "呼市" not in _places("他近期从呼市返回。")  # nothing in the article supports it
    assert "三市" not in _places("黑龙江三市联动开展排查。")  # a count of cities


def test_a_community_named_like_a_city_is_still_a_community():
    assert "西市社区" in _places("潭城街道西市社区的网格员挨家挨户通知居民。")


def test_a_community_named_in_full_is_also_a_place_by_its_name_alone():
    places = _places("他在长安区十里铺社区做了三年志愿者。十里铺是个老社区，楼里没有电梯。")
    assert {"十里铺社区", "十里铺"} <= set(places)


def test_a_verb_and_its_complement_before_a_proper_name_are_not_part_of_a_compound():
    places = _places("干部了解清楚荣升小区一位居民的情况后才放心。")
    assert "荣升小区" in places
    assert "清楚荣升小区" not in places


def test_an_area_grouping_communities_is_a_place_where_a_community_follows_it():
    places = _places("天山区和平路片区新风社区的志愿者为居民买菜。")
    assert {"和平路片区", "新风社区"} <= set(places)
    assert _places("重点片区都设了卡点。该片区人口最多。") == []


def test_a_bodys_party_group_before_its_secretary_is_part_of_the_title():
    orgs = _orgs("河口市烟草公司党组书记王东升带队检查，长河运输总公司纪委书记也来了。")
    assert orgs == ["河口市烟草公司", "长河运输总公司"]


def test_a_compound_named_by_its_road_and_lane_number_is_a_place():
    assert _places("封控了半个月的兰溪路456弄小区，吃饭怎么解决？") == ["兰溪路456弄小区"]
    assert _places("他住在3号小区。") == []


def test_a_bare_committee_before_its_members_title_is_the_title():
    assert _orgs("回到社区，市委常委王明与居民交谈。") == []
    assert _orgs("各部门积极响应区委号召。") == ["区委"]


def test_a_street_of_a_named_district_is_also_written_with_jie_alone():
    assert "人民街" in _places("越秀区各街道都在行动，在人民街的检测点上每天都有志愿者忙碌。")
    assert "人民街" not in _places("在人民街的检测点上每天都有志愿者忙碌。")  # no district supports it
