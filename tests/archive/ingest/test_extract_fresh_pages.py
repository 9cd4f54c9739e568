"""Extraction on fresh pages (issue 12): one test per class of mistake seen on pages nobody tuned to.
Pure; no database.

The sentences and names are written for these tests; each stands for a way the genre writes, not a page.
"""

from __future__ import annotations

from archive.ingest.chrome import is_boilerplate
from archive.ingest.extract import Entity, Extraction, Occurrence, extract, extract_headline
from archive.ingest.resolve import resolve


def _people(text: str) -> list[str]:
    return [p.name for p in extract(text).people]


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def test_a_measure_word_surname_after_a_demonstrative_counts_a_noun_and_opens_no_name():
    text = "这张援汉护士写给女儿的信,让社区党员龚德福红了眼眶。"
    assert _people(text) == ["龚德福"]


def test_a_given_name_of_xiao_and_a_surname_character_is_a_name_after_a_list_joiner():
    text = "以党员龚德福、柴小宁、蒲建武为首的志愿者守在卡口。"
    assert _people(text) == ["龚德福", "柴小宁", "蒲建武"]


def test_a_familiar_form_after_a_conjunction_is_still_no_name():
    assert _people("社区书记龚德福和小王一起上门登记。") == ["龚德福"]


def test_a_word_quoted_by_itself_is_a_coined_term_not_a_person():
    assert _people("社区鼓励居民多提“金点子”,网格员柴晓燕说,大家很积极。") == ["柴晓燕"]


def test_a_noun_ending_in_a_building_word_is_no_name():
    assert _people("在小区单元楼栋内,网格员柴晓燕张贴了告示。") == ["柴晓燕"]


def test_the_makers_of_a_video_in_its_credit_are_no_people_of_the_story():
    text = "社区书记龚德福带队入户。视频:柴晓燕 蒲建武 郁文涛"
    assert _people(text) == ["龚德福"]


def test_a_bracket_of_names_after_a_dateline_credits_the_reporter():
    assert _people("某某新闻网讯(柴晓燕)连日来,退休老党员龚德福每天值守。") == ["龚德福"]
    assert _people("某某传媒网:(蒲建武)3月2日,社区书记龚德福带队消杀。") == ["龚德福"]


def test_an_office_known_by_its_short_name_in_ban_is_an_organisation_not_a_person():
    text = "省委宣传部、省文明办等单位共同推选。经省文明办审核,龚德福入选。"
    ex = extract(text)
    assert [o.name for o in ex.organizations] == ["省委宣传部", "省文明办"]
    assert "文明办" not in [p.name for p in ex.people]


def test_a_count_of_people_before_a_body_is_no_part_of_its_name():
    assert "物业" not in "".join(_orgs("街道选派干部,与135名物业人员组建服务队。"))
    assert not any(o.startswith("人") for o in _orgs("由干部和居民组成的40余人志愿服务队守在路口。"))


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


def test_a_persons_capacity_before_a_body_is_no_part_of_its_name():
    text = "东城区人大代表青松物业党支部书记龚德福每天带队巡查。"
    assert "青松物业党支部" in _orgs(text)


def test_a_street_above_a_named_community_is_no_part_of_its_party_committee():
    text = "武汉市江岸区球场街鹏程社区党委书记柴晓燕说,大家很辛苦。"
    assert "鹏程社区党委" in _orgs(text)


def test_a_street_and_a_community_written_together_are_two_places():
    text = "在凤凰街北桥外社区,网格员柴晓燕挨家挨户登记。"
    assert {"凤凰街", "北桥外社区"} <= set(_places(text))


def test_a_development_zone_is_named_with_the_city_before_it():
    assert "武汉经开区" in _places("当天一早,武汉经开区(汉南区)军山街的志愿者就上岗了。")


def test_a_province_in_a_variant_traditional_form_is_a_place():
    assert "陜西" in _places("陜西寶雞的志願者在村口值守。")


def test_a_headline_names_a_county_by_the_short_form_of_the_bodys_full_name():
    body = extract("连江县将全县乡镇划分为若干网格。")
    headline = extract_headline("连江:无疫小区向海上延伸", body)
    assert [p.name for p in headline.places] == ["连江"]


def test_a_city_before_the_word_community_means_the_citys_communities_not_a_named_one():
    places = _places("网格员队伍成为广州社区防控的重要力量。")
    assert "广州" in places and "广州社区" not in places


def test_a_health_code_named_after_a_place_is_no_place_of_the_story():
    assert _places("志愿者在包河区的小区门口查验安康码、行程码。") == ["包河区"]


def test_an_e_paper_issue_index_of_dates_is_chrome_but_a_dated_sentence_is_not():
    assert is_boilerplate("2024-03-05,1021| 2024-03-04,1017| 2024-03-03,1012| 2024-03-0")
    assert not is_boilerplate("2024-03-05,社区书记龚德福带队入户| 居民很配合。")


def test_a_ships_master_before_a_name_is_a_title():
    text = "“守住海上防线是我的责任。”渔运公司8号船长柴礼让如是道。"
    people = {p.name: p.roles for p in extract(text).people}
    assert list(people) == ["柴礼让"] and people["柴礼让"][0].endswith("船长")


def test_the_words_after_a_counted_group_are_what_the_group_does_not_a_name():
    text = "全镇90名党员志愿者闻令出征、彻夜值守。退休老党员龚德福也来了。"
    assert _people(text) == ["龚德福"]
    assert _people("两名志愿者柴晓燕、蒲建武守在路口。") == ["柴晓燕", "蒲建武"]


def test_the_centre_of_a_city_is_no_body_named_centre():
    orgs = _orgs("受疫情影响,宜春市中心城区实施临时静态管理,市疾病预防控制中心派员支援。")
    assert not any(o.endswith("市中心") for o in orgs)


def test_a_street_written_with_jie_for_jiedao_under_a_named_district_is_a_place():
    places = _places("北辰区各镇街积极参与防控。普东街的志愿者们跟着团干部一起学习防疫知识。")
    assert "普东街" in places


def test_two_streets_found_at_one_offset_resolve_without_error():
    ex = Extraction(
        people=[],
        organizations=[],
        places=[
            Entity("静安区", "district", [Occurrence(0, 3)]),
            Entity("芷江西路街道", "subdistrict", [Occurrence(3, 9)]),
            Entity("临汾路街道", "subdistrict", [Occurrence(3, 8)]),  # another street, same offset
        ],
    )
    assert resolve(ex).places["芷江西路街道"].kind == "subdistrict"
