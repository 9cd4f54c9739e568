"""QA round 9, archive pages: a number too large for the database in any id a request names (OAI
sets and identifiers, facet ids, page numbers) is answered, never a 500; JSON pages past the last
page answer 404 with the usual shape and an error naming the last page, as search does."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from archive.models import Article, Outlet, Person, Place
from tests.archive.mentions import mention

pytestmark = pytest.mark.django_db(transaction=True)
CN = ZoneInfo("Asia/Shanghai")
OAI_NS = {"o": "http://www.openarchives.org/OAI/2.0/"}
HUGE = ("99999999999999999999999", "9223372036854775808", "²", "١٢")


def make_article(title: str, body: str, **extra) -> Article:
    return Article.objects.create(
        title=title,
        body=body,
        published_at=datetime(2022, 4, 3, tzinfo=CN),
        date_precision="day",
        content_hash=str(abs(hash((title, body)))),
        **extra,
    )


def test_ids_too_large_for_the_database_are_answered_not_a_500(client):
    client.raise_request_exception = False
    outlet = Outlet.objects.create(name="甲报")
    article = make_article("楼道里的通知", "李春梅在楼道里贴通知。", outlet=outlet)
    person = Person.objects.create(name="李春梅", region="上海市")
    mention(article, "李春梅", person=person)
    for number in HUGE:
        for verb in ("ListRecords", "ListIdentifiers"):
            response = client.get(
                "/oai/", {"verb": verb, "metadataPrefix": "oai_dc", "set": f"outlet:{number}"}
            )
            assert response.status_code == 200, (verb, number)
            errors = ET.fromstring(response.content).findall("o:error", OAI_NS)  # noqa: S314 - our own server
            assert [e.get("code") for e in errors] == ["noRecordsMatch"], (verb, number)
        identifier = f"oai:testserver:article/{number}"
        response = client.get(
            "/oai/", {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": identifier}
        )
        errors = ET.fromstring(response.content).findall("o:error", OAI_NS)  # noqa: S314 - our own server
        assert response.status_code == 200 and [e.get("code") for e in errors] == ["idDoesNotExist"]
        for url, params in (
            ("/search/", {"person": number, "format": "json"}),
            ("/search/", {"q": "李春梅", "facet_limit": number, "format": "json"}),
            ("/articles/", {"outlet": number, "page": number}),
            (f"/people/{person.pk}/", {"page": number}),
            ("/people/", {"page": number}),
        ):
            response = client.get(url, params)
            assert response.status_code in (200, 302), (url, params, response.status_code)
    # the sets that exist still work
    response = client.get(
        "/oai/", {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "set": f"outlet:{outlet.pk}"}
    )
    assert len(ET.fromstring(response.content).findall(".//o:header", OAI_NS)) == 1  # noqa: S314


def test_json_pages_past_the_last_answer_404_with_the_usual_shape_and_an_error(client):
    article = make_article("楼道里的通知", "李春梅在上海市楼道里贴通知。")
    person = Person.objects.create(name="李春梅", region="上海市")
    place = Place.objects.create(name="上海市", kind=Place.Kind.PROVINCE)
    mention(article, "李春梅", person=person)
    mention(article, "上海市", place=place)
    for url in (
        "/articles/?page=999&format=json",
        "/people/?page=999&format=json",
        f"/people/{person.pk}/?page=99&format=json",
        f"/places/{place.pk}/?page=99&format=json",
        "/places/?view=list&page=99&format=json",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        data = response.json()
        number = int(re.search(r"page=(\d+)", url).group(1))
        assert data["error"] and "1" in data["error"], url
        links = data["articles"] if isinstance(data.get("articles"), dict) else data  # entity pages
        assert links["page"] == number and links["num_pages"] == 1, url
        assert links["items"] == [], url
        assert links["next"] is None and links["previous"].endswith("page=1&format=json"), url
        # the HTML page still goes to the last page, and a page that exists is unchanged
        assert client.get(url.replace("format=json", "format=html")).status_code == 302
        assert client.get(re.sub(r"page=\d+", "page=1", url)).status_code == 200
    search = client.get("/search/?q=李春梅&page=9&format=json")
    assert search.status_code == 404 and "1" in search.json()["error"]
