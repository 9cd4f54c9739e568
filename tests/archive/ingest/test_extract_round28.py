"""Extraction (issue 12, twenty-eighth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.extract import extract


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text).organizations}


def test_a_streets_own_body_keeps_the_district_written_before_it():
    """长宁区|仙霞路街道党工委, 鼓楼区|安乐街道办事处: a street's committee and office are named with the
    district before them, as a town's government is with its county (a community's branch is not)."""
    orgs = _orgs("他是长宁区仙霞路街道党工委书记李明华。当天，鼓楼区安乐街道办事处组织了四十名志愿者。")
    assert {"长宁区仙霞路街道党工委", "鼓楼区安乐街道办事处"} <= orgs
    assert not {"仙霞路街道党工委", "安乐街道办事处"} & orgs


def test_a_villages_clinic_keeps_its_town_and_its_branch_does_not():
    """青石镇|柳湾村卫生室, 青石街道|柳湾社区党群服务中心: a body of a named village or community that
    is not its own committee keeps the town or street before it; the village's party branch and the
    community's residents' committee are named from the village and the community."""
    orgs = _orgs(
        "青石镇柳湾村卫生室的医生李红每天上门随访。青石镇柳湾村党支部书记赵铁军带头值守。"
        "青石街道柳湾社区党群服务中心里灯火通明，青石街道柳湾社区居委会的干部还在整理台账。"
    )
    assert {"青石镇柳湾村卫生室", "青石街道柳湾社区党群服务中心"} <= orgs
    assert {"柳湾村党支部", "柳湾社区居委会"} <= orgs
    assert not {"柳湾村卫生室", "青石镇柳湾村党支部", "青石街道柳湾社区居委会"} & orgs


def test_a_team_founded_under_a_quoted_name_is_named_by_it():
    """成立了“银发巡查小分队”: the story names the team it founds, however plainly the words describe it;
    the same words quoted after a count of villages (各村组建“党员突击队”) or a bare kind (组建“突击队”)
    name no one team."""
    orgs = _orgs(
        "她把村里的姐妹们组织起来，成立了“银发巡查小分队”，每天巡逻。全村党员又组建一支“党员应急突击队”。"
    )
    assert {"银发巡查小分队", "党员应急突击队"} <= orgs
    assert not _orgs("全镇36个村组建“党员应急突击队”，社区也迅速组建“突击队”，大家组成了“党员突击队”。")


def test_a_freshman_and_a_husband_named_before_their_names():
    """大一新生甲 (a first-year student) and 老公甲 (a husband, a kin word jieba reads as a name): the word
    before names the person and is the role given."""
    people = {
        p.name: list(p.roles)
        for p in extract(
            "发起人是青禾医科大学大一新生韦思远。独居的王秀兰老公韦长根在门口接过药箱，连声道谢。"
        ).people
    }
    assert "韦思远" in people and any(r.endswith("新生") for r in people["韦思远"])
    assert "韦长根" in people
