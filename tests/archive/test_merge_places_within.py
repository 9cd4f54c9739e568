"""Merging a place away keeps what lies within it: its places move under the survivor (not cut loose
by the delete), an unplaced survivor takes its place in the hierarchy, regions and jurisdictions
follow, and `place:` searches and the index agree at once. Articles written for this test."""

from __future__ import annotations

import pytest

from archive import curation
from archive.models import Article, Place
from search.indexing import index_drift
from search.selectors import result_ids
from tests.conftest import run_import

TEXT = "楼道里的灯\n上海市静安区芷江西路街道普善路居民区的志愿者韦晓岚，每天到居民区里的阳光小区巡查楼道。\n"


@pytest.fixture
def article(db, tmp_path, django_capture_on_commit_callbacks):
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    code, _out, err = run_import(tmp_path)
    assert code == 0, err
    compound = Place.objects.get(name="阳光小区")
    compound.parent = Place.objects.get(name="普善路居民区")  # a curator places it in the community
    with django_capture_on_commit_callbacks(execute=True):
        compound.save()
    return Article.objects.get()


def test_a_merged_away_place_hands_over_what_lies_in_it(article, django_capture_on_commit_callbacks):
    street = Place.objects.get(name="芷江西路街道")
    community = Place.objects.get(name="普善路居民区")
    compound = Place.objects.get(name="阳光小区")
    assert community.parent == street and compound.parent == community
    survivor = Place.objects.create(name="普善路社区", kind=Place.Kind.COMMUNITY)  # a curator's record

    with django_capture_on_commit_callbacks(execute=True):
        curation.merge(Place, survivor, [community], reason="one community")

    survivor.refresh_from_db()
    compound.refresh_from_db()
    assert survivor.parent == street  # unplaced before: it lies where the merged record did
    assert compound.parent == survivor  # not cut loose
    assert set(result_ids({"q": "place:上海市"})) == {article.pk}
    assert set(result_ids({"q": "place:普善路社区"})) == {article.pk}
    assert index_drift() == {"missing": [], "stale": [], "extra": []}


def test_merging_a_place_into_one_lying_in_it_makes_no_loop(article, django_capture_on_commit_callbacks):
    community = Place.objects.get(name="普善路居民区")
    compound = Place.objects.get(name="阳光小区")
    with django_capture_on_commit_callbacks(execute=True):
        curation.merge(Place, compound, [community], reason="curator's test")
    compound.refresh_from_db()
    assert compound.parent == Place.objects.get(name="芷江西路街道")
    assert [p.name for p in compound.chain] == ["上海市", "静安区", "芷江西路街道", "阳光小区"]
    assert index_drift() == {"missing": [], "stale": [], "extra": []}


def test_the_article_list_follows_a_merged_place_and_names_an_unknown_one(article, client):
    community = Place.objects.get(name="普善路居民区")
    survivor = Place.objects.create(name="普善路社区", kind=Place.Kind.COMMUNITY)
    old = community.pk
    curation.merge(Place, survivor, [community], reason="one community")
    moved = client.get("/articles/", {"place": old, "format": "json"})
    assert moved.status_code == 301
    assert f"place={survivor.pk}" in moved["Location"] and "format=json" in moved["Location"]
    listed = client.get(moved["Location"]).json()
    assert listed["filters"]["place"] == survivor.pk and listed["count"] == 1
    unknown = client.get("/articles/", {"place": 999999, "format": "json"}).json()
    assert unknown["filters"]["place"] is None and unknown["count"] == 1
    assert any("not in the archive" in n or "档案中没有" in n for n in unknown["notices"])
