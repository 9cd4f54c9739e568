"""Extraction (issue 12, fiftieth round): sentences written for these tests."""

from __future__ import annotations

from archive.ingest.extract import extract


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_a_rare_word_between_a_post_and_a_speech_verb_is_the_speakers_name():
    """党员|方军/n|表示: the dictionary holds 方军 as a word (rarely), but between a post and a speech
    verb it is the speaker's name, and so is every other mention of it; the same word as a word stays
    none."""
    text = "党员方军每天提前到卡点值守。“能帮上忙就好。”党员方军表示。"
    assert _people(text) == {"方军": ["党员"]}
    assert _people("这支方军在阅兵式上走过。") == {}


def test_an_office_named_by_its_short_form_is_no_person_before_its_head():
    """部长助理、文明办主任某某: 文明办 (an office, 办) opens with a surname character but names no one;
    the person after it holds both posts."""
    text = "区委宣传部部长助理、文明办主任韦晓岚带队慰问了卡点志愿者。"
    assert _people(text) == {"韦晓岚": ["区委宣传部部长助理", "文明办主任"]}


def test_a_community_named_after_a_body_is_no_body_of_the_story():
    """某街道军区社区, 某镇医院社区: a community named after the army region or the hospital; the
    body's word inside the community's name is no organisation the story names."""
    ex = extract("北塔街道军区社区组织志愿者值守,城关镇医院社区也开展了排查。")
    assert [o.name for o in ex.organizations] == []
    assert {"军区社区", "医院社区"} <= {p.name for p in ex.places}


def test_a_name_with_a_rare_surname_between_two_names_of_a_list_is_a_person():
    """副主席甲、乙、宛冬梅、丙: three characters between two names of a list are a name whatever their
    surname (宛 is rare); the list's post reaches the names after it too. A phrase between names
    (防控点: 防控 is a word) is no one."""
    text = "县政协副主席韦晓岚、骆志平、宛冬梅、龚德明分赴各乡镇督导疫情防控工作。"
    people = _people(text)
    assert set(people) == {"韦晓岚", "骆志平", "宛冬梅", "龚德明"}
    assert all(len(roles) == 1 and roles[0].endswith("副主席") for roles in people.values())
    assert "防控点" not in _people("志愿者韦晓岚、防控点、骆志平在值守。")


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def test_brands_in_a_list_a_trade_closes_are_firms():
    """甲、乙、丙等快递企业, 包括甲、乙在内的平台: brands carry no body word, the list's head says they are
    firms (the verb before the first one is none of it); a list of common words closed by a trade, or
    a list whose trade word comes after a verb (等方式广泛听取企业), names no firm."""
    text = "区里协调青禾速运、百顺达、快马通等快递企业恢复派送,包括鲜到家、菜篮通在内的线上平台也已复工。"
    assert _orgs(text) == ["青禾速运", "百顺达", "快马通", "鲜到家", "菜篮通"]
    assert {o.kind for o in extract(text).organizations} == {"company"}
    assert _orgs("我们积极联系青禾速运、快马通等快递公司。") == ["青禾速运", "快马通"]
    assert _orgs("借助电视、广播、网站做宣传,走访肉类、蔬菜等商超。") == []
    assert _orgs("通过上门座谈、电话回访等形式广泛征求企业意见。") == []


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


def test_a_villages_name_never_opens_with_the_body_before_it():
    """县慈善|总会|青竹村义工队: the association's word, cut in two tokens by jieba, still ends the walk
    back from 村; the village is 青竹村."""
    assert _places("正月初一起,县慈善总会青竹村义工队每天出动义工二十多人次。") == ["青竹村"]


def test_phrases_that_end_in_a_units_word_are_no_places():
    """城南三大社区 (three major communities, counted), 面向社区 (a verb of facing): no place named."""
    assert not [p for p in _places("城东、城西、城郊三大社区都实行了网格化管理。") if "三大" in p]
    assert _places("志愿者开展面向社区的服务。") == []


def test_halls_of_a_kind_and_a_buildings_lobby_are_no_bodies():
    """活动中心 (a village's hall of a kind) after a verb, 楼栋门厅 (a lobby): no organisation; one a
    place names (青松村文化活动中心) stays."""
    assert _orgs("随后各村关停活动中心、麻将馆共13家,并在小区楼栋门厅张贴通知。") == []
    assert _orgs("青松村文化活动中心临时关闭。") == ["青松村文化活动中心"]


def test_a_teams_county_branch_after_its_quoted_name_is_named_with_it():
    """“某某老兵”志愿者服务队|某县大队: the branch's walk stops at the quote; it is named with the team."""
    assert _orgs("“青松老兵”志愿者服务队清河大队队员每天值守。") == ["“青松老兵”志愿者服务队清河大队"]
    assert _orgs("清河市城管执法总队统一调度。") == ["清河市城管执法总队"]


def test_a_verb_of_visiting_glued_to_a_firms_name_is_none_of_it():
    """督导|某某(某地)科技有限公司: the verb jieba tags a noun before a firm named with its place in
    brackets opens no name."""
    assert _orgs("督导海天光电(清河)科技有限公司落实防控措施。") == ["海天光电(清河)科技有限公司"]


def test_the_national_lists_heading_for_a_citys_districts_is_no_place():
    """市辖三区 (the city's three districts): 市辖 is the national list's heading (市辖区), no place."""
    assert _places("市辖三区的热线是0739-5164006。") == []


def test_a_name_the_dictionary_holds_rarely_is_the_interviewed_after_a_post():
    """副主任|于洋/ns|接受本报专访时说: a word the dictionary barely holds (a place's), between a post
    and being interviewed, is the name of the one interviewed."""
    text = "清河市城管执法总队指挥中心副主任于洋接受本报专访时说,全市设了198个岗。"
    assert _people(text) == {"于洋": ["清河市城管执法总队指挥中心副主任"]}


def test_bodies_counted_or_of_a_kind_are_none_named():
    """3市11处|公安检查站 (posts counted by 处), 重点防疫学校 (schools of a kind): no body named."""
    assert _orgs("全省共有11处环沪公安检查站。") == []
    assert _orgs("她是重点防疫学校学生的母亲,每天在小区值守。") == []
