"""Two units written one after the other with nothing between them (issue 12, twentieth round): the
first ends in a word for a unit of its own (a farm, an agency, a bureau, a road), and the second is
its own place or body, never a name that opens inside the first.

Pure; no database. Every sentence is written for these tests: the estates, communities and bodies are
invented (青禾, 绿柳, 韵湖).
"""

from __future__ import annotations

from archive.ingest.extract import extract
from tests.archive.ingest.found import orgs as _orgs
from tests.archive.ingest.found import places as _places


def test_a_community_named_after_a_farm_road_or_bureau_opens_after_it():
    assert "安康社区" in _places("西宁市青禾农牧场安康社区的志愿者忙着分发物资。")
    assert "青松花园小区" in _places("在绿柳大街青松花园小区门口，志愿者忙着分发物资。")
    assert "东坡社区" in _places("南岸区退役军人事务局东坡社区工作站的人员每天值守。")
    found = _places("西宁市青禾农牧场安康社区、绿柳大街青松花园小区和某某局东坡社区都设了卡点。")
    assert not any(p.startswith(("农牧场", "大街", "局")) for p in found)


def test_a_unit_named_after_the_place_it_stands_for_keeps_it():
    # the unit word right after the farm or village: the community is named after it
    assert "红星农场社区" in _places("红星农场社区的志愿者每天值守。")
    assert _places("青禾街八个社区都派出了志愿者。") == ["青禾街"]  # 街: a street's short form


def test_an_agency_named_before_a_communitys_centre_is_a_body_of_its_own():
    ex = extract("清河县青禾社工服务社绿柳社区党群服务中心的社工忙着分发物资。")
    assert [o.name for o in ex.organizations] == ["清河县青禾社工服务社", "绿柳社区党群服务中心"]
    assert "绿柳社区" in [p.name for p in ex.places]


def test_a_branch_or_a_stationed_team_stays_with_its_body():
    assert _orgs("某某县公安局东坡派出所的民警忙着分发物资。") == ["县公安局东坡派出所"]
    assert _orgs("岳阳市司法局驻青禾村工作队队长王某某上门。") == ["岳阳市司法局驻青禾村工作队"]


def test_a_work_units_staff_compound_named_after_it_is_one_name():
    # the compounds of the danwei: 某局家属小区, 某厂宿舍小区 are named after the unit whose staff live there
    assert "粮食局家属小区" in _places("青禾县粮食局家属小区的居民都很配合。")
    assert "卷烟厂家属小区" in _places("绿柳镇卷烟厂家属小区也设了卡点。")
