"""Organisations and places, issue 12 round ten (second pass): a compound written after its community,
a county or banner written between its city and a named unit.

Pure; no database. Every sentence is written for these tests (东湖, 青松, 白音 and the people are
invented); real divisions (阿拉善盟, 通辽市, 城关区) stand where the rule depends on the gazetteer.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


# A compound written right after the community it belongs to is named from the community's edge


def test_a_compound_after_its_community_starts_at_the_communitys_edge():
    found = _places("志愿者来到城关区东湖社区望江新村小区值守。")
    assert "东湖社区" in found and "望江新村小区" in found and "东湖社区望江新村" not in found
    found = _places("党员下沉到城阳区清河社区翠竹新村小区支援防控。")
    assert "清河社区" in found and "翠竹新村小区" in found
    found = _places("他住在东城区和平社区阳光新村，每天值守。")
    assert "和平社区" in found and "阳光新村" in found and "和平社区阳光新村" not in found
    assert "中冶北麓原小区" in _places("金岭社区中冶北麓原小区的居民都出来了。")


# A county or banner between its city and a named unit is a place of its own, not part of the unit's name


def test_a_banner_between_its_league_and_a_community_is_its_own_place():
    found = _places("阿拉善盟阿左旗白音社区主任骆志平走访居民。")
    assert "阿左旗" in found and "白音社区" in found and "阿左旗白音社区" not in found
    found = _places("通辽市扎鲁特旗鲁北镇青松社区的韦晓岚说。")
    assert "扎鲁特旗" in found and "青松社区" in found
    found = _places("他来自赤峰市红旗社区，今年五十岁。")
    assert "红旗社区" in found and "红旗" not in found  # a name that ends in 旗 with nothing after it
    assert "陈旗" in _places("呼伦贝尔市陈旗宝日希勒镇的党员都来了。")


# A unit word after what kind of unit it is (城市化社区, 三无小区) names no place


def test_a_kind_of_community_or_compound_is_no_place():
    assert _places("青松社区是一个城市化社区，居民三千户。") == ["青松社区"]
    assert _places("这里有十几个三无小区，没有物业。") == []
    assert _places("绿柳社区是智能化小区的样板。") == ["绿柳社区"]
    assert _places("他住在三无老旧小区里。") == []
    assert "文化社区" in _places("文化社区的韦晓岚说。")  # a two-character name in 化 stays a name


# A body named by a city and, in brackets, the district it stands in (某市(某区)…) keeps both places


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def test_a_body_named_by_a_city_and_its_bracketed_district_keeps_both():
    assert _orgs("韦晓岚刚结束昆明(呈贡)国际物流园指挥部的轮岗。") == ["昆明(呈贡)国际物流园指挥部"]
    assert _orgs("骆志平调到南宁(邕宁)临空经济区管委会。") == ["南宁(邕宁)临空经济区管委会"]
    assert _orgs("韦晓岚在中国（上海）自由贸易试验区管理委员会工作。") == [
        "中国（上海）自由贸易试验区管理委员会"
    ]
    assert _orgs("他说昆明(呈贡)的指挥部很忙。") == []  # a kind of body after the place, no name
    assert _orgs("韦晓岚来自昆明（呈贡），在区卫健局工作。") == ["区卫健局"]
