"""Organisations and places, issue 12, sixteenth round: one test per class, each with its limit.

Pure; no database. Every sentence is written for these tests: the people, streets, villages and
bodies are invented (韦晓岚, 骆志平, 青禾, 绿柳).
"""

from __future__ import annotations

from tests.archive.ingest.found import orgs as _orgs
from tests.archive.ingest.found import places as _places

# A compound named by its number (17号大院), or by its road and number where jieba cut the road's
# name in two (某华|南街|15号院)


def test_a_yard_named_by_its_number_is_a_compound():
    assert sorted(_places("17号大院和26号大院的居民凑钱买了测温枪。")) == ["17号大院", "26号大院"]
    assert "8号大院" in _places("骆志平住在东城区8号大院里。")
    assert "永华南街15号院" in _places("韦晓岚来自永华南街15号院。")


def test_a_yard_without_its_number_is_none():
    assert _places("青松路41号院子里堆着物资。") == []
    assert _places("大院里的居民排队做核酸。") == []


# A city's short form before 人民 (its people), jieba having read it with 人 as one word


def test_a_city_before_its_people_is_a_place():
    assert "唐山" in _places("感谢唐山人民的支持。")
    assert "武汉" in _places("骆志平说，要向武汉人民学习。")


def test_people_alone_name_no_place():
    assert _places("全国人民都在关注疫情。") == []


# A villagers' group (村民小组) written right after its village or community, by a proper name


def test_a_villagers_group_after_its_village_is_a_place():
    assert "石桥组" in _places("他是青松社区石桥组村民骆志平。")
    assert "石桥小组" in _places("韦晓岚值守在绿柳乡青松村石桥小组的卡点。")
    assert "李家小组" in _places("石门村李家小组的村民都来了。")


def test_a_working_group_after_a_village_is_none():
    for text, name in (
        ("青禾村工作组连夜上门排查。", "青禾村"),
        ("团结社区转运组、数据组连夜工作。", "团结社区"),
        ("绿柳社区党委组成党员先锋队。", "绿柳社区"),
    ):
        assert _places(text) == [name]


# A verb of the genre that takes the unit as its object (部署, 安排, 利用, also as the tail of a
# four-character word: 合理安排), people in the plural (乡亲们) and the common noun 小镇 name no place


def test_a_verb_or_people_before_the_unit_word_name_no_place():
    assert _places("骆志平连夜部署社区的核酸检测。") == []
    assert _places("骆志平合理安排社区值守人手。") == []
    assert _places("我们利用村里的大喇叭宣传防疫。") == []
    assert _places("韦晓岚带着乡亲们守村已有二十天。") == []
    assert _places("在祖国边陲小镇,党员们日夜值守。") == []


def test_a_name_after_a_verb_or_before_a_small_town_stays():
    assert _places("骆志平来到光明社区了解情况。") == ["光明社区"]
    assert _places("青禾镇是一座边陲小镇。") == ["青禾镇"]
    assert "绿柳村" in _places("韦晓岚带领党员来到绿柳村。")


# The office of a headquarters as a room (指挥部办公室里, …办公室内): the headquarters is named;
# the office of a headquarters elsewhere is a body of its own


def test_a_headquarters_office_as_a_room_names_the_headquarters():
    assert _orgs("深夜,绿柳区防疫指挥部办公室内依然亮着灯。") == ["绿柳区防疫指挥部"]
    assert _orgs("青禾镇防控指挥部办公室里,韦晓岚还在整理名单。") == ["青禾镇防控指挥部"]


def test_a_headquarters_office_as_a_body_stays():
    assert _orgs("绿柳区疫情防控指挥部办公室发布通告。") == ["绿柳区疫情防控指挥部办公室"]


# Bodies named by what they are only: the locality's (属地政府), a board by its function alone
# (管理委员会), a shop by where it stands in the village (村外超市)


def test_generic_bodies_are_no_names():
    assert _orgs("韦晓岚配合属地政府做好排查。") == []
    assert _orgs("骆志平逐一联系属地学校的老师。") == []
    assert _orgs("业主们选出了自治管理委员会。") == []
    assert _orgs("韦晓岚联合村委会协调村外超市送菜上门。") == []


def test_named_bodies_of_those_kinds_stay():
    assert _orgs("青禾开发区管理委员会发布通告。") == ["青禾开发区管理委员会"]
    assert _orgs("镇内青禾超市也捐了物资。") == ["青禾超市"]


# A company named with the place it is registered in, in brackets (某某科技(某市)有限公司): the trade
# name before the brackets is the name's, however jieba cut it, up to the sentence's last boundary


def test_a_company_registered_in_a_bracketed_place_keeps_its_trade_name():
    assert _orgs("他叫骆志平,中林科技(青岛)有限公司第二党支部书记。") == ["中林科技(青岛)有限公司第二党支部"]
    assert _orgs("骆志平在华青建设(上海)有限公司工作。") == ["华青建设(上海)有限公司"]
    assert _orgs("韦晓岚所在的青禾医药(武汉)股份有限公司捐了物资。") == ["青禾医药(武汉)股份有限公司"]


# A city's zone named in full (某市高新区) is called by its kind alone elsewhere in the article


def test_a_zone_named_in_full_is_called_by_its_kind_alone():
    text = "青岛高新区有三百名志愿者报名。韦晓岚接到了高新区居民的电话。"
    assert sorted(_places(text)) == sorted(["青岛", "青岛高新区", "高新区"])


def test_a_bare_zone_word_alone_or_counted_is_none():
    assert _places("高新区的居民都很配合。") == []
    assert "高新区" not in _places("全省各高新区都在行动,青岛高新区也不例外。")
    assert "高新区" not in _places("韦晓岚到绿柳高新区青松社区值守。")
