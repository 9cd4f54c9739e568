"""Extraction (issue 12, forty-third round). Sentences written for these tests."""

from __future__ import annotations

from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places

# People and roles


def test_a_compound_surname_closes_a_row_counted_by_its_post():
    """甲、乙、丙和上官某某4名党员: a compound surname jieba keeps as a word (上官/n) still opens the
    row's last name, and the count's post (党员) is every name's role."""
    people = _people("3月2日,郑立军、韩春燕、邵强和上官红梅4名党员报名到卡口值守。")
    assert set(people) == {"郑立军", "韩春燕", "邵强", "上官红梅"}
    assert all("党员" in roles for roles in people.values())


def test_a_compound_surname_that_is_a_direction_opens_no_name_in_a_row():
    """东方, 西门: compound surnames that are words of direction and place (小区西门和东门) stay words."""
    assert _people("卡口设在小区西门和东门两处,志愿者轮流值守。") == {}


def test_two_names_each_after_the_unit_they_come_from():
    """某站的甲、某校的乙两位同志: a row whose names each follow their unit's 的."""
    people = _people("县农技站的孙立强、镇中心校的黄文明两位老同志主动报名到隔离点服务。")
    assert {"孙立强", "黄文明"} <= set(people)


def test_a_workers_trade_is_the_post_stated_after_the_name():
    """甲是某某工务段某站的一名信号工: the trade (信号工, 巡道工, 电工) is the person's post."""
    people = _people("郝文斌是青禾工务段东坡站的一名信号工。春节期间,郝文斌主动报名守卡口。")
    assert "信号工" in people["郝文斌"]
    assert "电工" in _people("社区的电工秦德胜每天巡查线路。")["秦德胜"]


# Organisations


def test_a_county_stations_for_farming_and_the_railways_sections_are_bodies():
    """某县农机推广站, 某区农机排灌所, 某某工务段, 某某供电段: stations and sections by their suffix."""
    found = _orgs("青禾农机推广站、新城区农机排灌所、东坡工务段和东坡供电段的职工都来了。")
    assert {"青禾农机推广站", "新城区农机排灌所", "东坡工务段", "东坡供电段"} <= found


def test_a_committees_policy_office_and_reform_office():
    """省委政研室(省改革办): the committee's research office and the reform office are bodies."""
    found = _orgs("会上,某省委副秘书长、省委政研室(省改革办)主任邵明远介绍了情况。")
    assert {"省委政研室", "省改革办"} <= found


def test_the_townships_where_one_is_stationed_name_no_body():
    """驻在|地|乡镇党委政府: the place one is stationed in (驻在地), and the townships' bodies in
    general; no named body. 某镇党委政府 stays one."""
    assert _orgs("两名驻村干部主动与驻在地乡镇党委政府对接。") == set()
    assert "城关镇党委政府" in _orgs("城关镇党委政府高度重视防疫工作。")


# Places


def test_a_community_named_by_a_verb_under_its_street():
    """某街道|致强/v|社区: a word jieba tags a verb, between the street and the community, is its name;
    a verb of the genre there (助力, 服务) is none."""
    assert {"青龙街道", "致强社区"} <= _places("她居住的青龙街道致强社区成立了党员义工队。")
    assert _places("西城街道服务社区居民。") == {"西城街道"}
