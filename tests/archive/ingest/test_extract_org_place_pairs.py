"""Organisations and places: pairs, brands, fields and names the walk cut short (issue 12, sixth round).

Pure; no database. Every sentence is written for these tests (青禾, 绿柳 and the people are invented);
real divisions (甘肃, 兰州, 广西, 南宁, 湖南, 沈阳, 长春) stand where the rule depends on the gazetteer.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


# The Party and the government as a pair


def test_the_party_and_the_government_in_general_are_no_organisation():
    assert _orgs("社区干部把党和政府的关怀送到居民家中。") == []
    assert _orgs("要把黨和政府的溫暖送進千家萬戶。") == []


# A village named before the short form of its committee (村委)


def test_a_village_written_before_its_committees_short_form_is_a_place():
    assert "绿柳村" in _places("青禾镇绿柳村委的大喇叭每天都响。")


def test_the_committee_of_no_named_village_and_a_committee_member_name_no_place():
    assert _places("村委的大喇叭每天都响。") == []
    assert _places("他当了三年村委委员。") == []


# A province inside a news app's name


def test_a_province_inside_a_news_apps_name_is_no_place_of_the_story():
    assert _places("绿柳晚报新湖南客户端消息,青禾镇的志愿者上门。") == ["青禾镇"]
    assert _places("来源:湖南新闻客户端。青禾镇的志愿者上门。") == ["青禾镇"]


def test_the_same_province_named_in_the_story_is_a_place():
    assert _places("湖南的志愿者来到青禾镇。") == ["湖南", "青禾镇"]


# The countryside (乡村) is no township and no village


def test_the_word_for_the_countryside_is_no_township_or_village():
    assert _places("县卫健局乡村振兴工作队的王某某来到绿柳村。") == ["绿柳村"]


def test_a_township_before_its_village_committee_is_still_a_place():
    assert "青禾乡" in _places("青禾乡村委会主任王某某上门。")


# A college named by two fields joined by 与


def test_a_college_named_by_two_fields_keeps_the_first_field():
    assert _orgs("他是土木工程与测绘学院的老师。") == ["土木工程与测绘学院"]
    assert _orgs("化学与材料学院组织志愿者。") == ["化学与材料学院"]


def test_a_college_of_two_fields_keeps_its_university_but_no_other_words_before():
    assert _orgs("青禾大学美术与设计学院的学生报名。") == ["青禾大学美术与设计学院"]
    assert _orgs("他是精准预测土木工程与测绘学院的老师。") == ["土木工程与测绘学院"]


def test_people_joined_to_a_college_by_与_are_not_part_of_its_name():
    assert _orgs("志愿者与设计学院师生一起上门。") == ["设计学院"]


# The centre of a town is a location, not a 中心 (a body)


def test_the_centre_of_a_town_is_no_organisation():
    assert _orgs("位于市中心的小区封闭管理。") == []
    assert _orgs("城市中心的商场关闭。") == []


def test_a_central_hospital_or_school_of_a_place_is_an_organisation():
    assert _orgs("青禾市中心医院派出医生。") == ["青禾市中心医院"]


# Divisions jieba reads as one word; a determiner before a unit word


def test_a_province_and_its_city_read_as_one_word_are_two_places():
    assert _places("来自甘肃兰州的医疗队到了。") == ["甘肃", "兰州"]
    assert _places("他往返于广西南宁和福建泉州之间。") == ["广西", "南宁", "福建", "泉州"]


def test_a_word_that_holds_a_division_but_no_pair_of_them_is_no_place():
    assert _places("他在西南地区工作。") == []


def test_different_communities_or_villages_are_no_named_unit():
    assert _places("志愿者们去了不同社区、不同小组。") == []
    assert _places("走访不同村的老人。") == []


# A shop by its brand


def test_a_shop_is_named_by_its_brand_not_by_the_address_before_it():
    assert _orgs("青禾镇绿柳社区青年正街青安超市卡口有人值守。") == ["青安超市"]


def test_a_brand_with_a_character_jieba_tags_a_verb_after_an_address_names_the_shop():
    assert _orgs("在绿柳社区红旗正街瑜安超市门口,他值守。") == ["瑜安超市"]


def test_a_brand_jieba_cut_into_odd_words_names_the_shop():
    assert _orgs("党员王某某正在协助美好一天超市完成扫码。") == ["美好一天超市"]
    assert _orgs("送来口罩;青江新特药店的店主王某某捐款。") == ["青江新特药店"]


def test_a_shop_word_after_a_verb_or_a_kind_names_no_shop():
    assert _orgs("他去超市买菜。") == []
    assert _orgs("他们在超市买菜。") == []
    assert _orgs("城区几个药房都开门了。") == []
    assert _orgs("大型超市都开门了。") == []


# A place inside a person's name


def test_a_citys_short_form_after_a_lone_surname_is_a_given_name_not_a_place():
    assert _places("归侨孔长春的身影出现在巷口。") == []
    assert _places("王某某、韦长春在东湖区值守。") == ["东湖区"]


def test_a_citys_short_form_after_a_preposition_or_inside_a_longer_name_is_a_place():
    assert _places("他从江苏南通来。") == ["江苏", "南通"]
    assert _places("老王长春人,在社区值守。") == ["长春"]
