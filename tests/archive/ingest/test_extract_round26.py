"""Extraction (issue 12, twenty-sixth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.extract import extract


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.roles) for p in extract(text).people}


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text).organizations}


def test_a_two_character_name_before_a_preposition_keeps_its_length():
    """预备党员韦毅|用|私家车: jieba tags 用 a preposition; it is no third character of the name. A name's
    third character jieba cut off (骆晓|锋) is still joined."""
    people = _people("预备党员韦毅用私家车接送返乡人员复查。网格员骆晓锋每天上门登记。")
    assert "韦毅" in people and "韦毅用" not in people
    assert people["韦毅"] == ["预备党员"]
    assert "骆晓锋" in people


def test_a_rare_surname_that_writes_no_common_word_opens_a_name():
    """郄, 郇, 仉, 禚, 綦 are surnames and write no common word: after a post they open the name."""
    people = _people("青松乡党委书记郄静告诉记者，各村每天上报情况。村医郇明每天测体温。")
    assert {"郄静", "郇明"} <= set(people)
    assert people["郄静"] == ["青松乡党委书记"]


def test_a_residents_committee_under_a_town_is_named_by_its_own_name():
    """马陆镇|继先/v|居委会: a town's residents' committee has a name of its own, whatever jieba tags it
    (继先 a verb); it is named from that name, as a community's committee is, without the town (a town
    of the division codes, however jieba cuts it: 马陆/nr|镇, 城关镇/ns)."""
    orgs = _orgs("马陆镇继先居委会党员韦平在第二网格值守。城关镇红旗居委会主任骆明说大家都很配合。")
    assert {"继先居委会", "红旗居委会"} <= orgs
    assert not {"马陆镇继先居委会", "城关镇红旗居委会"} & orgs


def test_a_city_centre_and_a_central_community_are_no_bodies_named_zhongxin():
    """上海市中心 (downtown), 新城市中心 (a new town centre), 矿区中心社区 (a community's name): 中心
    after 市 or 城, or before 社区/村, is a part of a place, no 中心 that is a body. A centre that is a
    body keeps its name (县疾控中心)."""
    orgs = _orgs(
        "青松里是清河市中心的老式居民区。位于青松镇新城市中心的企业复工了。矿区中心社区的小区也在排查。"
        "县疾控中心派人来采样。"
    )
    assert "县疾控中心" in orgs
    assert not {"清河市中心", "新城市中心", "矿区中心"} & orgs


def test_a_firm_s_branch_keeps_its_brand_before_the_city():
    """青松互联网|清河|分公司: a firm's branch is named by its brand, then the city; the city alone does
    not open the name (联系|清河分公司 with no brand before it stays as written)."""
    orgs = _orgs("爱心企业青松互联网清河分公司总经理韦琼捐赠了一批食品。志愿者联系清河分公司的员工帮忙。")
    assert "青松互联网清河分公司" in orgs
    assert "联系清河分公司" not in orgs
