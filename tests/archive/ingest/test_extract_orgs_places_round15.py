"""Organisations and places, issue 12, fifteenth round: one test per class, each with its limit.

Pure; no database. Every sentence is written for these tests: the people, streets, villages and
bodies are invented (韦晓岚, 骆志平, 青禾, 绿柳).
"""

from __future__ import annotations

from tests.archive.ingest.found import orgs as _orgs
from tests.archive.ingest.found import places as _places

# A count or quantity right before the unit word counts units (or people), it names none; a street
# written before the count is still a place


def test_a_count_before_the_unit_word_names_no_place():
    assert _places("骆志平一直守在绿柳街两处小区门口。") == ["绿柳街"]
    assert _places("青禾街八个社区都派出了志愿者。") == ["青禾街"]
    assert _places("绿城无数社区的居民自发组织起来。") == []
    assert _places("街道动员了80余人社区志愿力量。") == []
    assert _places("全县众多小区贴出告示，四个社区暂停聚集活动。") == []


def test_numbers_that_belong_to_a_name_stay():
    assert "八一社区" in _places("八一社区的志愿者骆志平一早就到了。")
    assert "十里村" in _places("青禾镇十里村也设了卡点。")
    assert "绿柳镇" in _places("绿柳镇三个村都设了卡点。")


# A government's commissions by their standard short names in 委 (…委员会 → …委), like 卫健委


def test_a_commission_by_its_short_name_is_a_body():
    assert "绿柳市卫生健康委" in _orgs("骆志平是绿柳市卫生健康委的一名干部。")
    assert "市国资委" in _orgs("集团按照市国资委的要求开展帮扶。")
    assert "市市场监管委" in _orgs("韦晓岚此前任职于市市场监管委。")
    assert "县农业农村委" in _orgs("骆志平在县农业农村委工作。")


def test_a_commission_written_in_full_keeps_its_full_name():
    orgs = _orgs("青禾县卫生健康委员会发布通告。")
    assert "青禾县卫生健康委员会" in orgs
    assert "青禾县卫生健康委" not in orgs


# A word of the language made with a unit word (家乡, 村庄, 乡村), however jieba cuts it, names no unit


def test_a_common_word_made_with_a_unit_word_names_no_place():
    assert _places("韦晓岚说，这次回家乡当志愿者，绿柳村的乡亲都认识她。") == ["绿柳村"]
    assert _places("网格员协助村庄居委会登记外来车辆。") == []


def test_a_unit_named_after_the_common_word_stays():
    assert "青禾乡" in _places("老乡们都说，青禾乡的故乡情浓。")
    assert "绿柳村" in _places("卫健局乡村振兴队来到绿柳村。")


# The year before an unnamed village's body (2021年|村党支部) is no part of a name: the body is a kind


def test_a_year_before_an_unnamed_villages_body_names_none():
    assert _orgs("2021年村党支部换届后，骆志平当选书记。") == []
    assert _orgs("骆志平当了十年村党支部书记。") == []


def test_a_village_whose_name_holds_a_year_stays():
    orgs = _orgs("年丰村党支部组织义诊，千年村党支部也参加了。")
    assert "年丰村党支部" in orgs and "千年村党支部" in orgs
