"""`place:` matches a place by its whole name or its short form, and everything within it — never a
place whose name merely contains the typed text (江苏 is not 江苏路街道). Articles written for this test."""

from __future__ import annotations

import pytest
from haystack.query import SearchQuerySet

from archive.models import Article
from search.selectors import build_queryset, result_ids
from tests.conftest import import_texts

ARTICLES = {
    "province.txt": "南通的志愿者\n江苏省南通市崇川区的社区里，志愿者骆志平每天清晨给独居老人送菜。\n",
    "street.txt": "路名里的省份\n上海市长宁区江苏路街道的居民区里，志愿者韦晓岚在卡点值守到深夜。\n",
    "pasture.txt": "草原上的卡点\n内蒙古自治区锡林郭勒盟正蓝旗宝绍岱苏木乌兰嘎查的牧民志愿者守在卡点。\n",
    "estate.txt": "新村里的楼组长\n上海市普陀区曹杨新村的楼组长骆志平挨家挨户送菜。\n",
}


@pytest.fixture
def titles(db, tmp_path):
    import_texts(tmp_path, ARTICLES)
    return {a.pk: a.title for a in Article.objects.all()}


def _found(titles, q: str) -> set[str]:
    return {titles[pk] for pk in result_ids({"q": q})}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("place:江苏", {"南通的志愿者"}),  # the province's short form, not the street named after it
        ("place:江苏省", {"南通的志愿者"}),
        ("地点:江苏", {"南通的志愿者"}),
        ("place:南通", {"南通的志愿者"}),  # a city written short, and what lies within it
        ("place:江苏路", {"路名里的省份"}),  # a street without its level
        ("place:江苏路街道", {"路名里的省份"}),
        ("place:长宁", {"路名里的省份"}),
        ("place:上海", {"路名里的省份", "新村里的楼组长"}),
        ("place:苏路", set()),  # a piece of a name is no place
        ("place:(江苏 OR 上海)", {"南通的志愿者", "路名里的省份", "新村里的楼组长"}),
        ("-place:江苏 志愿者", {"路名里的省份", "草原上的卡点"}),
        ("江苏", {"南通的志愿者", "路名里的省份"}),  # the text itself is still searched within
        ("place:宝绍岱", {"草原上的卡点"}),  # a 苏木 (township) and a 嘎查 (village) without their level
        ("place:乌兰", {"草原上的卡点"}),
        ("place:乌兰嘎查", {"草原上的卡点"}),
        ("place:曹杨新村", {"新村里的楼组长"}),  # a compound is called by its whole name only
        ("place:曹杨新", set()),
    ],
)
def test_place_terms_match_whole_names(titles, query, expected):
    assert _found(titles, query) == expected


def test_haystack_queries_match_whole_names_too(titles):
    """The same request as haystack SQ objects (what an Elasticsearch/OpenSearch engine receives)."""
    sqs, _parsed = build_queryset({"q": "place:江苏"})
    assert {titles[int(r.pk)] for r in sqs} == {"南通的志愿者"}
    sqs, _parsed = build_queryset({"q": "place:江苏路"})
    assert {titles[int(r.pk)] for r in sqs} == {"路名里的省份"}
    # The raw haystack API searches the field's text as it is (within names), as for every field.
    assert len(SearchQuerySet().models(Article).filter(places__exact="江苏")) == 2


def test_a_piece_of_place_names_is_answered_with_the_places_it_is_part_of(titles, client):
    page = client.get("/search/", {"q": "place:苏路", "format": "json"}).json()
    assert page["total"] == 0
    assert any("江苏路街道" in n and "苏路" in n for n in page["notices"])
    quiet = client.get("/search/", {"q": "place:江苏", "format": "json"}).json()
    assert not any("江苏" in n for n in quiet["notices"])  # a short form is a place's name
