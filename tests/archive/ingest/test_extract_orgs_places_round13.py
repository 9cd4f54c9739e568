"""Organisations and places on pages nobody tuned to (issue 12, thirteenth round): one test per class.

Pure; no database. Every sentence is written for these tests: the people, villages and communities are
invented (韦晓岚, 骆志平, 青禾, 绿柳); real divisions (广东, 原州区, 本溪市) stand where the rule depends on
the division being known.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


# A division written short only as the head of a school's or an outlet's name names that body


def test_a_province_that_only_opens_a_school_or_an_outlet_name_is_no_place():
    assert "广东" not in _places("广东工业大学驻青禾村工作队队长韦晓岚介绍,村里已设三个卡点。")
    assert "海南" not in _places("海南医学院教授骆志平主动报名参加志愿服务。")
    assert "四川" not in _places("四川在线消息(记者 韦晓岚)近日,青禾社区组织党员开展志愿服务。")
    assert "湖南" not in _places("她毕业于湖南农业大学,回到绿柳村当起了网格员。")


def test_a_province_named_elsewhere_or_in_full_or_heading_its_own_body_stays_a_place():
    assert "广东省" in _places("广东省教育厅派出工作组到绿柳村调研。")
    assert "广东" in _places("他从广东回到绿柳村,报名当了志愿者。")
    assert "广东" in _places("他从广东回到绿柳村,后来考上了广东工业大学。")


# A lead word (原 "former", 本, 由) is cut from a body's name, never a place's first character


def test_a_place_opening_with_a_lead_character_keeps_it():
    assert _orgs("连日来,原州区青禾镇纪委书记骆志平不断重复着这几句话。") == ["原州区青禾镇纪委"]
    assert "州区青禾镇纪委" not in _orgs("原州区青禾镇纪委组织干部到卡点值守。")


def test_a_lead_word_before_a_body_is_still_cut():
    assert _orgs("原县卫生局局长骆志平退休后当了志愿者。") == ["县卫生局"]


# One body under two names (一个机构两块牌子): the second name in brackets is part of the name


def test_a_second_plate_in_brackets_after_a_body_belongs_to_its_name():
    assert _orgs("县林业局(草原局)派出三名干部到青禾村值守。") == ["县林业局(草原局)"]
    assert _orgs("县烟草专卖局(公司)组织党员到绿柳社区值守。") == ["县烟草专卖局(公司)"]


def test_a_divisions_or_a_fields_other_name_in_brackets_belongs_to_the_body_after_it():
    assert "青禾区(绿柳新区)人民法院" in _orgs("青禾区(绿柳新区)人民法院干部骆志平下沉社区。")
    assert "绿柳县(青禾新区)管委会" in _orgs("绿柳县(青禾新区)管委会派出干部到卡点值守。")
    assert _orgs("市商务粮食(物资)局的干部们开着车送来蔬菜。") == ["市商务粮食(物资)局"]


def test_brackets_holding_a_kind_a_position_or_another_body_are_no_second_name():
    assert _orgs("各部门(单位)党组织发挥战斗堡垒作用。") == []
    assert _orgs("县委组织部(左二)的干部来到青禾村。") == ["县委组织部"]
    assert "县隔离酒店(青禾酒店)" not in _orgs("他在县隔离酒店(青禾酒店)负责送餐。")


# No unit is named by one character: a pronoun or locative jieba read into the name opens it


def test_a_community_or_village_name_jieba_read_as_a_pronoun_or_locative_is_whole():
    text = "青禾街道何家坟社区居委会组织志愿者值守。"
    assert _orgs(text) == ["何家坟社区居委会"]
    assert "何家坟社区" in _places(text)
    assert _orgs("她是上禾村委会的网格员。") == ["上禾村委会"]


def test_a_determiner_before_a_unit_word_opens_no_name():
    assert not any(p.endswith("村封村") for p in _places("青禾乡各村封村封路,各个村都设了卡点。"))
    assert _orgs("各村委会要做好登记。") == []


# A county-level body keeps its district when its name holds a common proper word, not a place


def test_a_district_body_named_with_a_common_proper_word_keeps_its_district():
    assert "海淀区红十字基金会" in _orgs("海淀区红十字基金会向青禾社区捐赠口罩。")
    assert "丰台区红十字会" in _orgs("丰台区红十字会派出志愿者。")
    assert "鄞州区志愿者协会应急志愿服务大队" in _orgs("鄞州区志愿者协会应急志愿服务大队队长骆志平说。")


def test_a_named_community_under_a_district_is_still_its_own_unit():
    assert _orgs("海淀区青禾社区党委组织党员值守。") == ["青禾社区党委"]


# A body every county has one of, after a word for every one of them, names none


def test_a_bare_body_after_a_word_for_every_one_is_no_name():
    assert _orgs("全省各级文联干部纷纷到青禾村帮忙。") == []
    assert _orgs("各地妇联也闻令而动。") == []
    assert _orgs("县妇联主席骆志平说。") == ["县妇联"]


# A road named after a city (长春北路, 南京东路) heads the community or street named after the road


def test_a_city_before_a_direction_and_a_road_word_names_the_road_not_the_city():
    places = _places("骆志平来到长春北路社区一家药店帮忙。")
    assert "长春北路社区" in places and "长春" not in places
    assert "南京东路街道" in _places("南京东路街道组织干部下沉青禾小区。")
    assert "长春" in _places("他从长春北上,回到青禾村。")


# Quantities, adverbs and jurisdiction words before a unit word open a phrase, no place; 故乡 is no township


def test_a_quantity_adverb_or_jurisdiction_word_before_a_unit_word_names_no_place():
    assert _places("和无数社区工作者一样,骆志平连续值守了一个月。") == []
    assert _places("韦家老两口双双投身于社区的防疫工作。") == []
    assert _places("众多小区都设了卡点。") == []
    assert "所辖各村" not in _places("志愿者赶赴青禾镇所辖各村采样点。")


def test_a_home_town_word_is_no_township():
    assert _places("他把绿柳村当成第二故乡。") == ["绿柳村"]


# A lane's neighbourhood (某某里): 里 read as a locative belongs to the name before a unit word


def test_a_lane_neighbourhood_is_named_with_its_li_and_by_its_name_alone_once_named_in_full():
    places = _places("到今天,朝阳里社区还有12户居家隔离。在朝阳里,社区党委书记带领大家值守。")
    assert "朝阳里社区" in places and "朝阳里" in places and "朝阳" not in places
    assert "绿柳里" in _places("绿柳里居民区党总支书记说,绿柳里的居民都很配合。")


def test_li_as_inside_is_no_lane():
    assert _places("村里的老人都打了疫苗,到了夜里,青禾社区里灯火通明。") == ["青禾社区"]


# A body named by its relation to the writer's or by two levels at once is a kind; 卫校 is a school


def test_a_relational_or_two_level_body_is_no_name():
    assert _orgs("根据上级党委的统一部署,青禾建设集团迅速组建突击队。") == ["青禾建设集团"]
    assert _orgs("他们来自部分区县新华书店。") == []
    assert _orgs("县市场监管局派出执法人员。") == ["县市场监管局"]


def test_a_health_school_is_a_school():
    assert _orgs("在县卫校读大二的骆晓岚报名当了志愿者。") == ["县卫校"]


# A residents' committee (居委会) is named from its neighbourhood, never from the city or county above


def test_a_residents_committee_after_a_city_is_named_from_its_neighbourhood():
    assert _orgs("上海绿柳苑居委会8个工作人员都在一线。") == ["绿柳苑居委会"]
    assert _orgs("杭州市青禾苑居委会主任骆志平说。") == ["青禾苑居委会"]
    assert _orgs("青禾街道绿柳社区居委会组织志愿者。") == ["绿柳社区居委会"]
