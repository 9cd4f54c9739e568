"""Extraction and metadata (issue 12, thirty-ninth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page
from archive.ingest.divisions import divisions
from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places

STORY = (
    "疫情发生以来，青禾社区的志愿者每天上门为独居老人送菜送药，测量体温，登记出行信息。"
    "社区党委书记柯小川说，大家齐心协力，一定能守好这道防线。"
)


# People


def test_a_noun_for_young_people_before_a_name_supports_it_without_a_role():
    """该市青年甲: 青年 is no post, but a person it is (a donor the story names once)."""
    assert _people("还有该市青年李健用微信转来一万元。") == {"李健": []}


def test_a_name_in_ke_after_a_title_closes_a_list_with_deng_ren():
    """负责人骆|文科|等人: the given name is a word in 科; 等人 closes the list, and what follows is the
    predicate (正在对过往车辆…), never a role."""
    assert _people("临时党小组负责人骆文科等人正在对过往车辆进行登记。") == {"骆文科": ["临时党小组负责人"]}


def test_a_name_in_zhang_jieba_tagged_whole_is_a_person_not_a_post():
    found = _people("自任职护林员以来，骆福长九年如一日守在山上。骆福长的家人都很支持。")
    assert set(found) == {"骆福长"}
    assert _people("李村长说，王科长也来了。") == {}


def test_a_name_the_story_gives_someone_is_a_person():
    assert _people("这位“跑腿小哥”名叫韦国全，其实是社区的一名志愿者。") == {"韦国全": ["志愿者"]}


def test_a_trade_noun_glued_before_a_name_then_a_predicate():
    assert _people("青禾剪纸艺术家骆春兰把防疫知识剪进了窗花。") == {"骆春兰": ["剪纸艺术家"]}


def test_the_people_of_a_place_are_no_person():
    assert _people("这几天，温州人的朋友圈都在转发一段社区视频。") == {}


def test_a_city_opening_a_temples_name_is_no_surname():
    """岳阳圣|安寺: jieba tags the city and the temple's first character a name."""
    assert not _people("湖南省佛协副会长、岳阳圣安寺方丈代表寺院表示感谢。")


def test_a_county_level_city_opening_a_towns_name_is_no_surname():
    """吴川塘|缀/v|镇: the city's name, then a township of it, never 吴 and a given name."""
    assert not _people("吴川塘缀镇人民政府组织干部下村。")


def test_a_given_names_last_character_glued_to_and_before_a_group():
    """黎才/t|彬和|领导小组: the name jieba read as a time word, its last character glued to 和."""
    assert not _orgs("为此，黎才彬和领导小组成员采取包片责任制。")
    assert "人和镇政府" in _orgs("人和镇政府组织干部。")


def test_a_full_name_before_a_word_of_address_for_an_elder():
    assert "骆定安" in _people("社区主任叫上负责消杀的骆定安大叔，带着我们朝小区走去。")


def test_a_product_named_for_a_place_is_no_person():
    assert not _people("龙井茶开采了，村里组织采茶工分批上山。")


def test_a_roads_last_character_and_a_conjunction_glued_to_the_next_name():
    """海湾|路和榭西|邻里中心: 和 inside jieba's token joins a road and a centre, two places."""
    assert _orgs("同事们分别安排在了海湾路和榭西邻里中心采样点。") == {"榭西邻里中心"}


def test_a_hui_name_with_a_transliterated_given_name_is_one_person():
    """马哈|力木: every mention goes on with the same two characters of a transliterated name."""
    text = "76岁的老党员马哈力木递上请战书。马哈力木说：“我是党员。”马哈力木每天都来。"
    assert set(_people(text)) == {"马哈力木"}


# Organisations


def test_collieries_mining_firms_and_coach_stations_are_bodies():
    found = _orgs("来自青禾煤矿、柳湾矿业等十家单位的志愿者在蓬溪汽车客运站值守。")
    assert {"青禾煤矿", "柳湾矿业", "蓬溪汽车客运站"} <= found


def test_a_trade_inside_a_firms_name_is_no_body_of_its_own():
    assert "柳湾煤矿" not in _orgs("在柳湾煤矿机械有限公司家属院，理发师傅正在忙。")
    assert not _places("在柳湾煤矿机械有限公司家属院，理发师傅正在忙。")


def test_forestry_stations_societies_and_preparatory_groups_are_bodies():
    found = _orgs("淮安乡林业站的护林员也来了。县彝学会、苗学会组织了志愿者。")
    assert {"淮安乡林业站", "苗学会"} <= found
    assert "梧桐社区居委筹备组" in _orgs("在青禾工业区梧桐社区居委筹备组，有一个特殊的快递站。")


def test_another_house_of_a_kind_names_no_body():
    assert not _orgs("城西一家养老院和另一家养老院都实行了封闭管理。")


def test_a_home_town_association_and_the_next_body_are_two():
    """同乡总会|和|某华人协会: 同乡 is no township, and 和 joins two bodies, not two fields of one."""
    found = _orgs("由巴西广东同乡总会和巴西巴拉那华人协会共同捐赠。")
    assert {"巴西广东同乡总会", "巴西巴拉那华人协会"} <= found
    assert not any("和" in name for name in found)
    assert "永仁县文化和旅游局" in _orgs("永仁县文化和旅游局的干部。")


# Places


def test_a_hamlet_after_its_village_or_township_is_a_place_and_no_person():
    assert {"柳溪村", "阿木寨"} <= _places("在青松乡柳溪村阿木寨，天刚亮，村医就出门了。")
    assert "阿木寨" not in _people("在青松乡柳溪村阿木寨，天刚亮，村医就出门了。阿木寨是一个贫困村。")
    assert "木兰寨" in _places("我家在平塘县京舟乡木兰寨，寨子里也设了卡点。")
    assert not _places("新民村的各村寨都设了卡点。") - {"新民村"}


def test_a_county_ending_a_word_of_the_dictionary_is_no_place():
    """示范县 holds 范县 (a county of Henan) at its end."""
    assert "范县" not in _places("这里是全省民族团结进步示范县，各族群众守望相助。")
    assert "范县" in _places("河南范县的志愿者连夜赶来。")


def test_a_township_bordering_its_county_by_its_short_form():
    assert {"赣县区", "南塘"} <= _places("我们镇与赣县区南塘相接，卡点就设在交界处。")


def test_a_village_whose_name_jieba_read_as_a_cadres_duty():
    """董/nr|联村: a one-character name before 联村 is a village; 联村干部 is a duty."""
    assert "董联村" in _places("卡点就设在董联村路口。")
    assert not _places("他是镇里的联村干部。")


def test_all_over_the_village_and_a_count_of_clips_are_no_places():
    assert not _places("老人跟着大家满村跑，挨家挨户宣传。")
    assert not _places("这几天，大家都在转发一段社区视频。")


def test_a_kind_of_settlement_before_a_villages_name_is_not_part_of_it():
    assert "东召庄村" in _places("河北邯郸市的一个小村庄东召庄村，至今留着诸多春节习俗。")
    assert not any(p.startswith("村庄") for p in _places("一个小村庄东召庄村。"))


def test_a_comparison_and_an_ordinal_of_a_text_open_no_place():
    assert _places("像馨苑村这样的村子还有很多。") == {"馨苑村"}
    assert "如意村" in _places("家住如意村的王大爷。")
    assert not _places("这是我写的第三篇社区日记。")


def test_the_units_within_one_just_named_are_no_place():
    assert _places("这一幕幕场景，是七都街道辖区内各村居、小区近几日常见的。") == {"七都街道"}


def test_a_forestry_district_has_a_short_form():
    """神农架林区 → 神农架, as 静安区 → 静安: the short form the story writes after the full one."""
    assert divisions()["神农架"].name == "神农架林区"
    assert {"神农架林区", "红坪镇", "神农架"} <= _places(
        "神农架林区红坪镇的志愿者连夜赶来。神农架各族群众积极配合。"
    )


# Metadata


def test_ad_slot_labels_are_chrome_and_a_video_mark_leaves_a_derived_title():
    page = clean_page(
        "自动轮播广告(右)横式1栏\n热门文章\n自动轮播广告(下小)横式3栏\n"
        "青禾里免费送口罩给长者(内有影片)\n"
        "【记者韦晓岚报导】重阳节将至，青禾里特购一万个口罩分送给长者，非常贴心。"
    )
    assert page.title == "青禾里免费送口罩给长者"
    assert "广告" not in page.body


def test_a_headline_and_its_deck_after_a_pipe_are_title_and_subtitle():
    page = clean_page(f"青禾区1400余志愿者冲在防疫一线 | 8月份共开展志愿活动57次\n\n{STORY}")
    assert (page.title, page.subtitle) == ("青禾区1400余志愿者冲在防疫一线", "8月份共开展志愿活动57次")
    page = clean_page(f"记者回访“社区难点”② | 这些社区管理难题有解了吗?\n2022-04-02 来源:青禾网\n{STORY}")
    assert page.title == "记者回访“社区难点”② | 这些社区管理难题有解了吗?"


def test_a_login_box_and_a_periodicals_fields_are_never_the_headline():
    page = clean_page(
        "注册新账号\n《学习在线协议》\n登录\n忘记密码?\n"
        "同心战“疫” 青禾社区大学在行动 2022-03-23     来源:青禾社区大学     阅读数:72\n"
        f"{STORY}"
    )
    assert page.title == "同心战“疫” 青禾社区大学在行动"
    assert page.source == "青禾社区大学"
    page = clean_page(
        "主管单位:某某部\n编辑出版:《青禾导报》杂志社\n周   期: 月刊\n出 版 地:青禾市\n"
        f"朝鲜族大学生化身“小辅警”当翻译\n时间:2020/03/05  点击:517\n{STORY}"
    )
    assert page.title == "朝鲜族大学生化身“小辅警”当翻译"


def test_a_forums_posted_on_line_names_no_outlet():
    page = clean_page(f"社区志愿者的一天\n发表于 2020-2-11 10:21:27 | 显示全部楼层 |阅读模式\n{STORY}")
    assert not page.source


def test_a_date_before_the_epidemic_on_a_story_of_it_is_a_copying_sites_stamp():
    story = "村里组织居民排队做核酸检测，志愿者维持秩序。大家戴好口罩，保持一米距离。"
    assert clean_page(f"社区志愿者的一天\n时间:2018-12-21 05:14:17\n{story}").published is None
    assert clean_page(f"社区志愿者的一天\n时间:2022-04-02 05:14:17\n{story}").published is not None
    assert clean_page(f"社区志愿者的一天\n时间:2018-12-21 05:14:17\n{STORY}").published is not None


def test_a_gambling_sites_words_are_no_outlet():
    page = clean_page(f"社区志愿者的一天\n2022-04-02 来源:某某买球盘口网址app\n{STORY}")
    assert not page.source


def test_an_evening_papers_bare_dateline_names_no_outlet():
    page = clean_page("网格助企复工\n晚报讯(通讯员 韦晓岚)近期，青禾网格三措并举助力企业复工复产，成效明显。")
    assert not page.source
    paper = clean_page("青禾晚报社\n网格助企复工\n晚报讯(通讯员 韦晓岚)近期，青禾网格助力企业复工复产。")
    assert paper.source == "青禾晚报"
