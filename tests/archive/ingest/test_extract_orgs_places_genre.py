"""Organisations and places of the genre that generalise: one test per class of mistake (issue 12).

Pure; no database. Every sentence is written for these tests (invented bodies, shops and compounds;
real divisions only where the national list is the point), and each test names a kind of mistake,
never a particular page.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


def test_an_adverb_and_verb_that_jieba_lists_as_one_noun_never_opens_a_name():
    assert _orgs("各单位积极响应县委号召，派出干部支援社区。") == ["县委"]
    assert _orgs("各社区党委充分发挥党组织的作用。") == []


def test_a_verb_after_a_whole_body_begins_the_sentence_not_a_name():
    orgs = _orgs("3月5日，河口市总工会响应市委市政府号召，派出志愿者。")
    assert "河口市总工会" in orgs
    assert not any("响应" in o for o in orgs)


def test_mass_organisations_by_their_short_names_are_bodies():
    orgs = _orgs("青松街道老协组织会员巡逻，残联也送来了轮椅。")
    assert "青松街道老协" in orgs
    assert _orgs("再次组织老协会员行动起来。") == []  # 老协|会员: members, not a 协会


def test_a_branch_of_a_party_is_named_with_its_place():
    assert _orgs("中国民主促进会城南支部捐来一千只口罩。") == ["中国民主促进会城南支部"]


def test_a_civilisation_practice_station_is_named_from_its_community():
    assert _orgs("翠柳社区新时代文明实践站的志愿者为居民送菜。") == ["翠柳社区新时代文明实践站"]


def test_a_head_that_only_says_the_kind_or_size_of_a_shop_is_no_name():
    assert _orgs("辖区有两个大型生活超市和一家便民超市。") == []
    assert _orgs("工作人员对大型超市进行防疫监督。") == []
