"""Organisations and places: one test per class of mistake, on sentences written for the tests.

Pure; no database. Each test names a kind of mistake (a cut or padded name, a phrase read as a
place), never a particular page.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


def test_a_name_with_a_verb_in_its_middle_keeps_the_place_before_it():
    assert _orgs("区应急管理局和区退役军人事务局派人上门。") == ["区应急管理局", "区退役军人事务局"]


def test_a_bare_kind_of_body_is_no_organisation():
    assert _orgs("退役军人事务局和派出所都派了人。") == []


def test_a_group_named_in_quotes_is_an_organisation():
    orgs = _orgs("社区的“兰花热心小组”每天为老人买菜,居民又成立了“邻里守望互助队”。")
    assert orgs == ["兰花热心小组", "邻里守望互助队"]  # the names inside their quotes


def test_the_outlet_credited_as_source_or_owner_is_no_organisation_of_the_story():
    assert _orgs("本文为清河新闻网原创文章。来源:清河日报") == []


def test_a_town_and_a_village_written_together_are_two_places():
    assert _places("双井子镇永收村的村民排队检测。") == ["双井子镇", "永收村"]


def test_a_unit_name_stops_at_the_body_or_unit_before_it():
    places = _places("城关街道办事处城里社区和城市副中心北苑街道都设了检测点。")
    assert places == ["城关街道", "城里社区", "北苑街道"]


def test_a_direction_that_opens_a_name_is_kept():
    assert "后柳营社区" in _places("塔山镇后柳营社区开展核酸检测。")


def test_county_and_district_short_forms_count_when_their_city_or_province_is_named():
    places = _places("周口郸城的志愿者赶到上海松江支援,黑龙江巴彦也派来了医生。")
    assert {"郸城", "松江", "巴彦"} <= set(places)
    assert _places("城东的菜场开门了,大家都很和平。") == []


def test_phrases_that_end_in_a_unit_word_are_no_places():
    text = (
        "很热心社区的志愿者、所有社区、多名社区工作者、外来人员返乡都要登记。"
        "新闻丨东海社区开展核酸检测。党员志愿者助力社区防控,工作队员驻村帮扶。"
    )
    assert _places(text) == ["东海社区"]


def test_one_verb_after_a_place_or_a_preposition_is_still_a_name():
    assert _places("在团结社区和塔山镇永平村,居民排队检测。") == ["团结社区", "塔山镇", "永平村"]


def test_a_page_in_traditional_script_meets_the_same_rules_and_keeps_its_own_characters():
    text = "陽新縣城東管理區南湖橋社區黨委書記樊毅說,大家很配合。"
    ex = extract(text)
    assert [p.name for p in ex.places] == ["陽新縣", "城東管理區", "南湖橋社區"]
    assert [o.name for o in ex.organizations] == ["南湖橋社區黨委"]
    assert [(p.name, p.roles, p.organizations) for p in ex.people] == [
        ("樊毅", ["南湖橋社區黨委書記"], ["陽新縣", "城東管理區", "南湖橋社區黨委"])
    ]
    for entity in ex.people + ex.organizations + ex.places:
        assert all(text[m.start : m.end] == entity.name for m in entity.mentions)


def test_a_name_walked_back_from_its_suffix_stops_at_verbs_pointers_and_set_phrases():
    orgs = _orgs("清河社区大党委第一时间落实城东管理区疫情防控指挥部的要求,联系该县中医院派人。")
    assert orgs == ["清河社区大党委", "城东管理区疫情防控指挥部"]  # 该县中医院: a bare kind of body


def test_a_word_for_a_kind_of_body_before_the_name_is_not_part_of_it():
    orgs = _orgs("一家爱心企业青禾餐饮有限公司送来蔬菜,结对共建单位清河供水站党支部也来了。")
    assert orgs == ["青禾餐饮有限公司", "清河供水站党支部"]


def test_a_generic_kind_of_housing_is_no_place():
    assert _places("疫点小区和住宅小区都实行封闭管理。") == []


def test_development_and_management_zones_are_places():
    places = _places("青禾新区和清河工业园区的企业复工,城东管理区也开始排查。")
    assert places == ["青禾新区", "清河工业园区", "城东管理区"]


def test_a_time_phrase_or_a_verb_before_a_place_name_is_not_part_of_it():
    assert _places("社区第一时间落实城东管理区的要求。") == ["城东管理区"]


def test_museums_libraries_and_pharmacies_are_organisations_and_a_glued_conjunction_parts_them():
    ex = extract("清河民俗博物馆和青禾新特药店、清河县图书馆都捐了物资,乡镇药店也开门了。")
    assert [o.name for o in ex.organizations] == ["清河民俗博物馆", "青禾新特药店", "清河县图书馆"]
    assert ex.people == []


def test_a_community_named_after_its_village_keeps_the_village_name():
    assert _places("书记与柳村社区的志愿者交流。") == ["柳村社区"]


def test_a_kind_of_zone_is_no_place():
    assert _places("全市的经济开发区、国家级高新区和省级开发区都复工了。") == []
    assert _places("清河经济开发区复工了。") == ["清河经济开发区"]


def test_two_fields_joined_by_and_in_one_body_name_stay_one_organisation():
    assert _orgs("永仁县文化和旅游局抽调了几名干部驻村。") == ["永仁县文化和旅游局"]
    assert _orgs("清河县居民和街道办事处一起行动。") == ["街道办事处"]  # the street office alone
