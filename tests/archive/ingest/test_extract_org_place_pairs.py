"""Organisations and places written as pairs or under a level above them (issue 12, sixth round).

Pure; no database. Every sentence is written for these tests (青禾, 绿柳 and the people are invented);
real divisions (永川区, 桐梓县, 双流区, 长沙, 湖南) stand where the rule depends on the gazetteer.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


# A county department whose field jieba tags as a place or a person name keeps its county


def test_a_county_department_keeps_its_county_when_its_field_is_tagged_a_place():
    assert _orgs("永川区城市管理局执法队员上门清运垃圾。") == ["永川区城市管理局"]


def test_a_county_department_keeps_its_county_when_its_field_is_tagged_a_person_name():
    assert _orgs("桐梓县新时代文明实践中心开展志愿活动。") == ["桐梓县新时代文明实践中心"]


def test_a_common_word_before_a_street_is_the_streets_name_and_its_office_drops_the_county():
    assert _orgs("双流区长江街道办事处组织干部下沉。") == ["长江街道办事处"]


# The Party and the government as a pair


def test_the_party_and_the_government_in_general_are_no_organisation():
    assert _orgs("社区干部把党和政府的关怀送到居民家中。") == []
    assert _orgs("要把黨和政府的溫暖送進千家萬戶。") == []


def test_a_towns_party_committee_and_government_written_as_a_pair_name_the_party_committee():
    assert _orgs("青禾镇党委政府高度重视防控工作。") == ["青禾镇党委"]


def test_an_unnamed_towns_party_committee_and_government_name_nothing_but_a_towns_government_is_one():
    assert _orgs("志愿者听从镇党委政府的安排。") == []
    assert _orgs("青禾镇人民政府高度重视防控工作。") == ["青禾镇人民政府"]


# A village named before the short form of its committee (村委)


def test_a_village_written_before_its_committees_short_form_is_a_place():
    assert "绿柳村" in _places("青禾镇绿柳村委的大喇叭每天都响。")


def test_the_committee_of_no_named_village_and_a_committee_member_name_no_place():
    assert _places("村委的大喇叭每天都响。") == []
    assert _places("他当了三年村委委员。") == []


# A community named like a city, written under its town


def test_a_community_named_like_a_city_under_its_town_is_the_community():
    assert _places("青禾镇长沙社区有居民两千人。") == ["青禾镇", "长沙社区"]


def test_a_city_before_the_word_for_communities_without_a_town_above_stays_the_city():
    assert _places("长沙社区团购很火。") == ["长沙"]


# A province inside a news app's name


def test_a_province_inside_a_news_apps_name_is_no_place_of_the_story():
    assert _places("绿柳晚报新湖南客户端消息,青禾镇的志愿者上门。") == ["青禾镇"]
    assert _places("来源:湖南新闻客户端。青禾镇的志愿者上门。") == ["青禾镇"]


def test_the_same_province_named_in_the_story_is_a_place():
    assert _places("湖南的志愿者来到青禾镇。") == ["湖南", "青禾镇"]


def test_a_community_named_by_a_word_jieba_tags_an_adverb_under_its_street_is_the_community():
    assert _places("清河街道大同社区有居民两千人。") == ["清河街道", "大同社区"]


def test_a_verb_of_the_genre_or_a_pointer_after_a_town_names_no_community():
    assert _places("青禾镇下沉社区的干部很多。") == ["青禾镇"]
    assert _places("青禾镇所有社区都封闭管理。") == ["青禾镇"]


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


# A branch company named by its place after its parent's name


def test_a_branch_after_its_parents_name_keeps_the_parent():
    assert _orgs("感谢青禾科技重庆分公司的员工。") == ["青禾科技重庆分公司"]
    assert _orgs("青禾银行成都支行捐赠物资。") == ["青禾银行成都支行"]


def test_a_verb_or_a_word_for_people_before_a_branch_is_no_parent():
    assert _orgs("请联系成都分公司的员工。") == ["成都分公司"]
    assert _orgs("员工成都分公司值守。") == ["成都分公司"]


# The centre of a town is a location, not a 中心 (a body)


def test_the_centre_of_a_town_is_no_organisation():
    assert _orgs("位于市中心的小区封闭管理。") == []
    assert _orgs("城市中心的商场关闭。") == []


def test_a_central_hospital_or_school_of_a_place_is_an_organisation():
    assert _orgs("青禾市中心医院派出医生。") == ["青禾市中心医院"]


# An item of a list of bodies of one kind


def test_an_item_of_a_list_of_bodies_of_one_kind_is_named_from_the_comma():
    assert _orgs("他们走访了绿柳派出所、上青派出所、白云派出所。") == [
        "绿柳派出所",
        "上青派出所",
        "白云派出所",
    ]


def test_a_body_after_a_comma_that_closes_no_list_of_its_kind_keeps_its_own_start():
    assert _orgs("青禾社区、绿柳社区党支部书记到场。") == ["绿柳社区党支部"]
    assert _orgs("干部们支持市委、市政府和市委宣传部的工作。") == ["市委", "市政府", "市委宣传部"]


# Divisions jieba reads as one word; a determiner before a unit word


def test_a_province_and_its_city_read_as_one_word_are_two_places():
    assert _places("来自甘肃兰州的医疗队到了。") == ["甘肃", "兰州"]
    assert _places("他往返于广西南宁和福建泉州之间。") == ["广西", "南宁", "福建", "泉州"]


def test_a_word_that_holds_a_division_but_no_pair_of_them_is_no_place():
    assert _places("他在西南地区工作。") == []


def test_different_communities_or_villages_are_no_named_unit():
    assert _places("志愿者们去了不同社区、不同小组。") == []
    assert _places("走访不同村的老人。") == []


# A county the gazetteer does not know keeps its name before its bodies (县 alone is no division)


def test_a_body_after_a_county_the_gazetteer_does_not_know_keeps_the_county():
    assert _orgs("记者从青禾县卫健局了解到情况。") == ["青禾县卫健局"]
    assert _orgs("在青禾县委组织部的带领下开展工作。") == ["青禾县委组织部"]


def test_the_county_level_alone_is_no_place():
    assert _places("县卫健局派人上门。") == []


# A verb, a pronoun or a preposition glued before a name


def test_a_pronoun_and_a_verb_before_a_town_jieba_cut_into_characters_are_not_its_name():
    text = "他随青禾镇政府工作组出发。"
    assert _orgs(text) == ["青禾镇政府"]
    assert _places(text) == ["青禾镇"]
    assert _places("受青禾街道党工委委托,他上门。") == ["青禾街道"]


def test_a_preposition_jieba_glued_inside_a_name_ends_the_words_before_it():
    assert _orgs("这批物资由青禾县红十字会统一调配。") == ["青禾县红十字会"]


def test_a_word_of_the_dictionary_that_opens_with_a_preposition_stays_in_the_name():
    assert _orgs("向阳社区党支部书记王某某上门。") == ["向阳社区党支部"]


# A shop by its brand


def test_a_shop_is_named_by_its_brand_not_by_the_address_before_it():
    assert _orgs("青禾镇绿柳社区青年正街青安超市卡口有人值守。") == ["青安超市"]


def test_a_brand_jieba_cut_into_odd_words_names_the_shop():
    assert _orgs("党员王某某正在协助美好一天超市完成扫码。") == ["美好一天超市"]
    assert _orgs("送来口罩;青江新特药店的店主王某某捐款。") == ["青江新特药店"]


def test_a_shop_word_after_a_verb_or_a_kind_names_no_shop():
    assert _orgs("他去超市买菜。") == []
    assert _orgs("城区几个药房都开门了。") == []
    assert _orgs("大型超市都开门了。") == []


def test_the_body_of_a_development_zone_is_never_named_from_the_middle_of_the_zone_word():
    assert _orgs("经开区管委会组织干部下沉。") == []  # the zone unnamed, like 新区管委会 (no 开区管委会)
    assert _orgs("青禾经开区管委会组织干部下沉。") == ["青禾经开区管委会"]


# A place inside a person's name


def test_a_citys_short_form_after_a_lone_surname_is_a_given_name_not_a_place():
    assert _places("华侨蔡沈阳的身影出现在街头。") == []
    assert _places("王某某、查长春在大观区值守。") == ["大观区"]


def test_a_citys_short_form_after_a_preposition_or_inside_a_longer_name_is_a_place():
    assert _places("他从江苏南通来。") == ["江苏", "南通"]
    assert _places("老王长春人,在社区值守。") == ["长春"]
