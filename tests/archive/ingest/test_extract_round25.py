"""Extraction (issue 12, twenty-fifth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.extract import extract


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.roles) for p in extract(text).people}


def test_a_given_name_s_last_character_glued_to_a_word_ending_in_zai_after_a_title():
    """党员张文|健在|值守: jieba reads 健在 (alive) as a word; after a title, 健 is the name's and 在 the
    preposition. Words that open with an adverb (正在, 也是) or 所 (所在) leave the name as it is."""
    assert "韦晓健" in _people("青松小区在职党员韦晓健在值守时，坚决不让外来车辆进入。")
    people = _people("社区书记韦刚正在值守，社区主任骆明也是党员，市民韦梓所在的小区被封控。")
    assert {"韦刚", "骆明", "韦梓"} <= set(people)
    assert not {"韦刚正", "骆明也", "韦梓所"} & set(people)


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text).organizations}


def test_tibetan_names_written_without_a_dot_after_a_title():
    """干部呷绒卓姆说, 村民扎德茸讲, 牧民泽仁拉姆说: Tibetan names have no Han surname; the
    characters they are written with (泽, 降, 姆, 翁, 绒, 呷, 茸 among them) after a title make the name."""
    people = _people("青松镇干部呷绒卓姆说，今年过节不串门。牧民泽仁拉姆说，大家都很配合。")
    assert {"呷绒卓姆", "泽仁拉姆"} <= set(people)
    assert "卓姆" not in people


def test_an_elder_addressed_as_laobo_is_no_named_person():
    """杨老伯 is a surname and a word of address (like 杨大爷), no name."""
    assert not _people("志愿者走到村民杨老伯家，询问老人的生活状况。韦大伯说家里什么都不缺。")


def test_a_name_glued_to_he_before_a_post_and_the_next_name():
    """副书记浦国|平和|副书记马艳: 和 joins two names, the second after its post (副|书记)."""
    people = _people("防控队伍由党委书记韦海平、副书记骆国平和副书记马艳带领，每天巡查。")
    assert {"韦海平", "骆国平", "马艳"} <= set(people)
    assert people["马艳"] == ["副书记"]


def test_a_clinic_named_by_its_trade_a_counted_branch_and_a_verb_before_a_post_are_no_bodies():
    """美容诊所 (a kind of business), 第一个临时党支部 (which one is not said), 设置|检查站 (the verb is
    not the body's name); a clinic with its own name is one."""
    orgs = _orgs(
        "由于疫情，韦琳的美容诊所暂停营业，青松口腔诊所的医生来帮忙。社区在路口设置检查站，成立了第一个临时党支部。"
    )
    assert "青松口腔诊所" in orgs
    assert not {"美容诊所", "第一个临时党支部", "路口设置检查站", "设置检查站"} & orgs


def test_a_town_s_party_committee_and_a_village_committee_are_named_from_the_town_and_the_village():
    """大瑶镇|南阳村委会 is named as a community's branch is (seed 001), the village's 村 inside 村委会; a
    town's organs keep the county written before them (浏阳市大瑶镇人民政府, and since round 46 浏阳市大瑶镇
    党委 too, as the development sets' gold writes a town's committee after its county)."""
    orgs = _orgs(
        "浏阳市大瑶镇党委组织党员下沉到村。浏阳市大瑶镇南阳村委会组织志愿者上门排查。"
        "浏阳市大瑶镇人民政府发布通告。"
    )
    assert {"浏阳市大瑶镇党委", "南阳村委会", "浏阳市大瑶镇人民政府"} <= orgs
    assert not {"大瑶镇南阳村委会"} & orgs


def test_a_team_named_in_its_leader_s_post():
    """某村驻村工作队长甲: the team is named in the post (工作队 + 长), as a party body is in 某镇党委书记."""
    text = "大瑶镇南阳村驻村工作队长韦振国每天走访群众。"
    assert "大瑶镇南阳村驻村工作队" in _orgs(text)
    assert [r for r in _people(text)["韦振国"] if r.endswith("南阳村驻村工作队长")]


def test_an_outlet_credited_for_a_photograph_is_no_body_of_the_story():
    """…。清河社记者 甲 摄 and （2月13日摄）。 清河社发: the outlet that took the picture, metadata as a
    dateline's outlet is; an outlet whose reporter the story names as told (告诉清河晚报记者) stays one."""
    orgs = _orgs(
        "居民在操场排队采样。清河社记者 韦晓岚 摄\n书记在宣传（2月13日摄）。 清河社发\n"
        "骆志平告诉清河晚报记者，物资一开始很缺。\n资料图，青禾通讯社记者 韦琳 摄\n"
    )
    assert "清河晚报" in orgs
    assert not {"清河社", "青禾通讯社"} & orgs


def test_the_youth_league_named_bare_and_the_party_by_its_name():
    """总工会、共青团、妇联: the Youth League named bare, one per place like 妇联; 加入中国共产党: the party
    by its name (a party body); a member (共青团员, 中国共产党员) names no body."""
    orgs = {
        o.name: o.kind
        for o in extract("清河区总工会、妇联、共青团都积极行动。韦振国1998年加入中国共产党。").organizations
    }
    assert orgs.get("共青团") and orgs.get("中国共产党") == "party"
    assert not _orgs("他是一名中国共产党员，也是共青团员。")


def test_a_body_whose_last_character_jieba_glued_to_the_preposition_after_it():
    """共青团某区|委以|线上招募: jieba reads 委以 as a verb; the body 共青团某区委 ends before 以, and
    共青团 is not a body of its own there."""
    orgs = _orgs("疫情防控以来，共青团安次区委以线上招募的方式组织青年志愿者。")
    assert "共青团安次区委" in orgs and "共青团" not in orgs
