"""Every public page as data (?format=json, and CSV for the lists), built from the same view code as the
HTML: a client walks the whole archive from the home JSON by its links."""

from __future__ import annotations

import csv
import io
from collections import deque
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.timezone import localtime

from archive.apps import CURATOR_GROUP
from archive.models import Article, Person, Place
from tests.conftest import run_import

pytestmark = pytest.mark.django_db


def data(client, url: str, status: int = 200, **params) -> dict:
    response = client.get(url, {"format": "json", **params})
    assert response.status_code == status, (url, response.status_code)
    assert response["Content-Type"] == "application/json"
    return response.json()


def links(value) -> list[str]:
    """Every `json`, `next` and `previous` link anywhere in a document."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("json", "next", "previous") and isinstance(item, str):
                found.append(item)
            else:
                found += links(item)
    elif isinstance(value, list):
        for item in value:
            found += links(item)
    return found


def test_a_client_walks_from_the_home_json_to_every_kind_of_page(client, imported_samples):
    seen, kinds = set(), {}
    queue = deque(["http://testserver/?format=json"])
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        parts = urlsplit(url)
        assert parts.scheme == "http" and parts.netloc == "testserver", url  # absolute links
        response = client.get(f"{parts.path}?{parts.query}")
        assert response.status_code == 200, url
        doc = response.json()
        assert doc["api_version"] == 1
        kinds.setdefault(doc["type"], url)
        queue.extend(link for link in links(doc) if link not in seen)
    assert set(kinds) == {
        "home",
        "article-list",
        "article",
        "person-list",
        "person",
        "organization-list",
        "organization",
        "place-tree",
        "place-list",
        "place",
        "capture",
    }
    published = Article.objects.published().count()
    assert len([u for u in seen if "/articles/" in u and u.split("/articles/")[1][:1].isdigit()]) == published


def test_the_article_json_has_metadata_text_entities_with_offsets_and_capture_hashes(
    client, imported_samples
):
    article = Article.objects.get(title="履职中见真情")
    doc = data(client, article.get_absolute_url())
    assert doc["type"] == "article" and doc["title"] == "履职中见真情" and doc["text"] == article.body
    assert (
        doc["full_title"] == "履职中见真情——战“疫”中的上海基层干部"
        and doc["published"] == article.published_iso
    )
    mentions = doc["mentions"]  # each in the field it names: title, subtitle or text
    assert mentions and all(doc[m["field"]][m["start"] : m["end"]] == m["text"] for m in mentions)
    person = next(m for m in doc["mentions"] if m["text"] == "潘晓喆")
    assert person["type"] == "person" and person["entity"]["json"].endswith("?format=json")
    assert [c["sha256"] for c in doc["captures"]] == [c.sha256 for c in article.captures.all()]
    assert doc["citation"]["ris"] == f"http://testserver/articles/{article.pk}/?format=ris"
    assert doc["citation"]["gbt7714"].startswith("履职中见真情——战“疫”中的上海基层干部[EB/OL]")
    # the outlet as printed, and its record, whose article list a client can follow
    outlet = doc["outlet_record"]
    assert outlet["id"] == article.outlet_id and doc["outlet"] == article.outlet_text
    path, _, query = outlet["articles"].removeprefix("http://testserver").partition("?")
    listed = data(client, path, **dict(parse_qsl(query)))
    assert (
        article.pk in [a["id"] for a in listed["items"]] and listed["filters"]["outlet"] == article.outlet_id
    )


def test_an_entity_json_has_roles_articles_with_sentences_and_co_mentions(client, imported_samples):
    person = Person.objects.get(name="杨兆顺")
    doc = data(client, person.get_absolute_url())
    assert doc["type"] == "person" and doc["name"] == "杨兆顺"
    assert any("全国劳模" in r["title"] for r in doc["roles"])
    sentences = [m["sentence"] for item in doc["articles"]["items"] for m in item["mentions"]]
    assert any("65岁的杨兆顺" in s for s in sentences)
    assert doc["co_mentions"] and all(n["shared_articles"] >= 1 for n in doc["co_mentions"])
    place = data(client, Place.objects.get(name="同济新村居民区").get_absolute_url())
    assert place["type"] == "place" and place["people"] and "within" in place
    assert [p["name"] for p in place["parents"]][:1] == ["上海市"] and "children" in place
    tree = data(client, "/places/")
    assert tree["type"] == "place-tree" and tree["list"]["json"].endswith("/places/?view=list&format=json")
    assert any(c["name"] == "杨浦区" for item in tree["items"] for c in item["children"])


def test_a_hidden_article_is_data_for_staff_only_as_its_page_is(client, imported_samples):
    article = Article.objects.get(title="履职中见真情")
    article.status = Article.Status.HIDDEN
    article.hidden_reason = "checking"
    article.save()
    missing = client.get(article.get_absolute_url(), {"format": "json"})
    assert missing.status_code == 404 and missing.json()["api_version"] == 1 and missing.json()["error"]
    assert client.get(article.get_absolute_url()).status_code == 404
    curator = User.objects.create_user("curator", password="x", is_staff=True)
    curator.groups.add(Group.objects.get(name=CURATOR_GROUP))  # the view permission, as for the page
    client.force_login(curator)
    assert data(client, article.get_absolute_url())["status"] == "hidden"
    ids = [a["id"] for a in data(client, "/articles/")["items"]]
    assert article.pk not in ids and len(ids) == 4


def test_the_lists_download_as_csv_every_row_with_formula_safe_cells(client, imported_samples, monkeypatch):
    monkeypatch.setattr("archive.views.PER_PAGE", 2)
    article = Article.objects.get(title="履职中见真情")
    Article.objects.filter(pk=article.pk).update(title="=HYPERLINK(1)")
    assert len(data(client, "/articles/")["items"]) == 2 and data(client, "/articles/")["num_pages"] == 3

    def rows(url: str, **params) -> list[list[str]]:
        response = client.get(url, {"format": "csv", **params})
        assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
        text = b"".join(response.streaming_content).decode("utf-8-sig")
        return list(csv.reader(io.StringIO(text)))

    articles = rows("/articles/")
    assert articles[0][:3] == ["id", "title", "subtitle"] and len(articles) == 1 + 5
    assert "'=HYPERLINK(1)" in [r[1] for r in articles]
    assert "=HYPERLINK(1)" in [r[1] for r in rows("/articles/", raw="1")]
    people = rows("/people/")
    assert len(people) - 1 == data(client, "/people/")["count"] and people[0][:2] == ["id", "name"]
    assert len(rows("/places/", kind="community")) - 1 == data(client, "/places/", kind="community")["count"]
    assert client.get("/people/", {"format": "ris"}).status_code == 400


def queries(client, url: str) -> int:
    """Queries of one request, after a first one has filled the home page's summary cache."""
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_json_pages_cost_a_fixed_number_of_queries_like_their_html(client, imported_samples, tmp_path):
    person = Person.objects.get(name="潘晓喆")
    article = Article.objects.get(title="履职中见真情")
    place = Place.objects.get(name="同济新村居民区")
    pages = ["/", article.get_absolute_url(), person.get_absolute_url(), place.get_absolute_url()]
    pages += ["/articles/", "/people/", "/places/"]
    urls = [p + "?format=json" for p in pages]
    before = {url: queries(client, url) for url in urls}
    html = {p: queries(client, p) for p in pages}
    for i in range(3):
        page = tmp_path / f"more{i}.txt"
        page.write_text(
            f"同济新村第{i}次核酸检测\n来源：新民晚报\n2022-04-0{i + 1} 10:00\n"
            f"潘晓喆和志愿者王{'一二三'[i]}明在同济新村值守，同济新村居委会准备了物资。\n",
            encoding="utf-8",
        )
        assert run_import(page)[0] == 0
    after = {url: queries(client, url) for url in urls}
    assert after == before
    for p in pages:  # the article's entities with offsets cost one query more than its page
        assert before[p + "?format=json"] <= html[p] + 1, (p, before[p + "?format=json"], html[p])


def test_a_merged_away_record_redirects_its_data_to_the_survivors_data(client, imported_samples):
    from archive import curation

    keep, gone = Person.objects.filter(mentions__isnull=False).distinct().order_by("pk")[:2]
    gone_pk = gone.pk
    curation.merge(Person, keep, [gone], reason="one person")
    response = client.get(f"/people/{gone_pk}/", {"format": "json"})
    assert response.status_code == 301 and response["Location"] == f"/people/{keep.pk}/?format=json"
    assert data(client, response["Location"].split("?")[0])["id"] == keep.pk


def test_the_home_json_counts_published_articles_in_every_month_from_the_first_to_the_last(
    client, imported_samples
):
    per_month = client.get("/?format=json").json()["per_month"]
    dates = [localtime(a.published_at) for a in Article.objects.published().exclude(published_at=None)]
    months = [row["month"] for row in per_month]
    assert months[0] == f"{min(dates):%Y-%m}" and months[-1] == f"{max(dates):%Y-%m}"
    assert months == sorted(set(months))  # oldest first, no month twice
    first, last = min(dates), max(dates)
    assert len(months) == (last.year - first.year) * 12 + last.month - first.month + 1  # empty months too
    assert sum(row["count"] for row in per_month) == len(dates)
