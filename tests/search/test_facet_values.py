"""A facet value in the address that is malformed or names nothing stored is dropped with a notice:
the results are those of the other filters, never silently nothing (an old link to a merged place)."""

from __future__ import annotations

import re

import feedparser
import pytest
from django.urls import reverse

from archive.models import Article, Mention, Place
from search.indexing import sync_articles

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def two_articles():
    place = Place.objects.create(name="栖霞镇", kind="town")
    first = Article.objects.create(
        title="栖霞镇志愿者送菜", body="栖霞镇的志愿者给独居老人送菜。", content_hash="fv1"
    )
    Article.objects.create(title="另一篇", body="社区网格员挨家挨户登记。", content_hash="fv2")
    Mention.objects.create(article=first, place=place, text="栖霞镇", sentence=first.body, start=0, end=3)
    sync_articles(Article.objects.values_list("pk", flat=True))
    return place


def _json(client, **params):
    response = client.get(reverse("search:results"), {"format": "json", **params})
    assert response.status_code == 200
    return response.json()


def test_a_place_id_that_is_stored_narrows_the_results(client, two_articles):
    data = _json(client, place=str(two_articles.pk))
    assert data["total"] == 1 and data["notices"] == []


@pytest.mark.parametrize("value", ["abc", "99999", "-3"])
def test_a_place_filter_naming_nothing_is_dropped_and_said(client, two_articles, value):
    data = _json(client, place=value)
    assert data["total"] == 2
    assert len(data["notices"]) == 1 and value in data["notices"][0]


def test_an_excluded_value_naming_nothing_is_said_too_and_the_good_one_kept(client, two_articles):
    data = _json(client, not_place=["abc", str(two_articles.pk)])
    assert data["total"] == 1 and len(data["notices"]) == 1 and "abc" in data["notices"][0]


def test_a_year_that_is_no_year_is_said_and_the_html_page_shows_it(client, two_articles):
    response = client.get(reverse("search:results"), {"year": "20x0", "q": "志愿者"})
    assert response.status_code == 200
    notices = re.search(r'<ul class="notices" role="status">(.*?)</ul>', response.content.decode(), re.S)
    assert notices and "20x0" in notices.group(1)


def test_more_than_ten_values_of_a_filter_are_said(client, two_articles):
    data = _json(client, year=[str(y) for y in range(2010, 2022)])
    assert any("10" in n for n in data["notices"])


def test_an_old_link_to_a_place_merged_since_uses_the_survivor_and_says_so(client, two_articles):
    from archive import curation

    old = Place.objects.create(name="栖霞", kind="town").pk
    curation.merge(Place, two_articles, [Place.objects.get(pk=old)], reason="同一个镇")
    data = _json(client, place=str(old))
    assert data["total"] == 1 and len(data["notices"]) == 1, data
    assert str(old) in data["notices"][0] and str(two_articles.pk) in data["notices"][0]


def test_two_people_of_one_name_are_told_apart_in_the_facet_by_their_region(client):
    from archive.models import Person

    for n, region in enumerate(["武汉市", "成都市"]):
        person = Person.objects.create(name="韦晓岚", region=region)
        article = Article.objects.create(
            title=f"第{n}篇", body="网格员韦晓岚挨家挨户登记。", content_hash=f"same-name-{n}"
        )
        Mention.objects.create(
            article=article, person=person, text="韦晓岚", sentence=article.body, start=3, end=6
        )
    lone = Person.objects.create(name="骆志平", region="南京市")
    article = Article.objects.create(title="第三篇", body="书记骆志平上门。", content_hash="same-name-x")
    Mention.objects.create(article=article, person=lone, text="骆志平", sentence=article.body, start=2, end=5)
    sync_articles(Article.objects.values_list("pk", flat=True))
    labels = sorted(v["label"] for v in _json(client, q="第")["facets"]["person"])
    assert labels == ["韦晓岚（成都市）", "韦晓岚（武汉市）", "骆志平"]
    csv_text = client.get(reverse("search:facets"), {"q": "第"}).content.decode("utf-8-sig")
    assert "韦晓岚（成都市）" in csv_text and "韦晓岚（武汉市）" in csv_text
    people = sorted(
        (p["name"], p["region"]) for r in _json(client, q="第")["results"] for p in r["people"]
    )  # the results' JSON names each person's record, so the two stay apart there too
    assert people == [("韦晓岚", "成都市"), ("韦晓岚", "武汉市"), ("骆志平", "南京市")]
    first = _json(client, q="第0篇")["results"][0]["people"][0]
    assert first["url"].endswith(Person.objects.get(region="武汉市").get_absolute_url())
    feed = feedparser.parse(client.get(reverse("search:feed"), {"q": "第"}).content)
    tags = sorted(t.term for e in feed.entries for t in e.tags)
    assert tags == ["韦晓岚（成都市）", "韦晓岚（武汉市）", "骆志平（南京市）"]
