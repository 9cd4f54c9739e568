"""One record per real place, organisation and person, on short articles written for these tests:
division codes and aliases, relative organisations per city, the article's region, person identity,
the place hierarchy pages and `place:` including lower levels."""

from __future__ import annotations

import json
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from archive import curation
from archive.models import Article, Mention, Organization, Person, Place
from search.selectors import result_ids
from tests.conftest import import_texts

ARTICLES = {
    "tianmen.txt": "天门的卡点\n天门市蒋场镇和佛子山镇的卡点一直亮着灯。"
    "刚从武汉返乡的青年也来帮忙，武汉的同学寄来了口罩。"
    "市委组织部派出工作队，蒋场镇党委书记王建国说，全镇党员都上了一线。\n",
    "yongzhou.txt": "零陵区的一天\n湖南省永州市零陵区朝阳街道的社区里，市委组织部的干部下沉一线。"
    "社区书记王建国说，居民们很配合。\n",
    "street.txt": "街道里的守护者\n芷江西路街道普善路居民区的志愿者忙到深夜。"
    "居民区书记张海峰说：“大家辛苦了。”阳光家园的老人也来帮忙。\n",
    "shanghai.txt": "上海的春天\n上海市静安区的居民和上海的志愿者一起，静安的街头很安静。"
    "静安区委书记陈立新说，大家一起守护上海。\n",
}


@pytest.fixture
def imported(db, tmp_path):
    import_texts(tmp_path, ARTICLES)
    return {a.captures.first().file_name: a for a in Article.objects.all()}


def test_shanghai_and_shanghai_shi_are_one_record_and_jingan_keeps_its_short_form_as_an_alias(imported):
    shanghai = Place.objects.get(code="31")
    assert shanghai.name == "上海市" and "上海" in shanghai.aliases
    assert not Place.objects.filter(name="上海").exists() and not Place.objects.filter(name="静安").exists()
    jingan = Place.objects.get(code="310106")
    assert jingan.parent == shanghai and jingan.aliases == ["静安"]
    assert {m.text for m in jingan.mentions.all()} == {"静安区", "静安"}  # mentions keep the written text


def test_a_relative_organisation_in_two_cities_is_two_records_shown_with_their_jurisdiction(imported):
    tianmen = Organization.objects.get(name="天门市委组织部")
    yongzhou = Organization.objects.get(name="永州市委组织部")
    assert tianmen.jurisdiction.path == ["湖北省", "天门市"] and tianmen.aliases == ["市委组织部"]
    assert yongzhou.jurisdiction.path == ["湖南省", "永州市"]
    assert not Organization.objects.filter(name="市委组织部").exists()


def test_the_region_is_the_place_the_articles_places_share_and_scopes_people(imported):
    tianmen = imported["tianmen.txt"]
    assert tianmen.region_place.code == "429006" and tianmen.region == "湖北省天门市"
    assert imported["street.txt"].region_place.path == ["上海市", "静安区", "芷江西路街道"]
    people = Person.objects.filter(name="王建国").order_by("region")
    assert [p.region for p in people] == ["湖北省天门市", "湖南省永州市零陵区朝阳街道"]
    assert people[0].region_place.code == "429006"


def test_a_person_is_placed_in_the_articles_region_from_the_first_version_of_its_history(imported):
    """The import creates a person with the article's region record (its creation in the history says
    so too), rather than creating it unplaced and placing it after."""
    person = Person.objects.get(name="王建国", region="湖北省天门市")
    first = person.history.order_by("history_id").first()
    assert first.history_type == "+" and first.region_place_id == person.region_place_id is not None


def test_the_export_gives_codes_paths_jurisdictions_and_regions(imported):
    out = StringIO()
    call_command("export_articles", "--format", "jsonl", stdout=out, stderr=StringIO())
    rows = {r["title"]: r for r in map(json.loads, out.getvalue().splitlines())}
    street = rows["街道里的守护者"]
    assert {"name": "芷江西路街道", "kind": "subdistrict", "code": "310106022",
            "path": ["上海市", "静安区", "芷江西路街道"]} in street["places"]  # fmt: skip
    assert street["people"][0]["region"] == ["上海市", "静安区", "芷江西路街道"]
    org = next(o for o in rows["天门的卡点"]["organizations"] if o["name"] == "市委组织部")
    assert org["jurisdiction"] == ["湖北省", "天门市"]


def test_places_are_browsed_as_a_hierarchy_with_counts_that_include_everything_below(client, imported):
    html = client.get(reverse("archive:place-list")).content.decode()
    shanghai = Place.objects.get(code="31")
    assert re.search(rf'href="{shanghai.get_absolute_url()}">上海市</a> <span class="count"[^>]*>2<', html)
    jingan = Place.objects.get(code="310106")
    assert re.search(rf'href="{jingan.get_absolute_url()}">静安区</a> <span class="count"[^>]*>2<', html)
    street = Place.objects.get(code="310106022")
    page = client.get(street.get_absolute_url()).content.decode()
    breadcrumb = re.search(r'<nav class="breadcrumb".*?</nav>', page, re.S).group(0)
    assert shanghai.get_absolute_url() in breadcrumb and jingan.get_absolute_url() in breadcrumb
    community = Place.objects.get(name="普善路居民区")
    assert community.parent == street and community.get_absolute_url() in page
    # A province no article names by itself has a page too: what lies within it.
    hubei = Place.objects.get(code="42")
    assert client.get(hubei.get_absolute_url()).status_code == 200
    assert (
        "?view=list" in html
        and "芷江西路街道" in client.get(reverse("archive:place-list") + "?view=list").content.decode()
    )


def test_place_search_and_the_article_list_include_lower_levels(client, imported):
    street_article = Article.objects.get(title="街道里的守护者")
    assert street_article.pk in set(result_ids({"q": "place:上海市"}))
    assert street_article.pk in set(result_ids({"q": "place:静安区"}))
    assert street_article.pk not in set(result_ids({"q": "place:湖北省"}))
    shanghai = Place.objects.get(code="31")
    assert street_article.pk in set(result_ids({"q": "", "place": str(shanghai.pk)}))
    listed = client.get(reverse("archive:article-list"), {"place": shanghai.pk}).content.decode()
    assert "街道里的守护者" in listed and "上海的春天" in listed and "天门的卡点" not in listed


def test_a_place_a_curator_marks_is_resolved_in_the_articles_context(imported):
    article = imported["street.txt"]
    start = article.body.index("阳光家园")
    mention = curation.add_mention(article, start, start + 4, kind="place")
    assert mention.place.path == ["上海市", "静安区", "芷江西路街道", "阳光家园"] and mention.place.code == ""
    jingan = imported["shanghai.txt"]
    start = jingan.body.index("静安的街头")
    Mention.objects.filter(article=jingan, start=start).delete()
    assert curation.add_mention(jingan, start, start + 2, kind="place").place.code == "310106"
