"""Places of one name are told apart in the A–Z list (the places each lies in, in the HTML; `path` and
`code` in the JSON), and the list CSVs have the columns of their kind of entry, none empty in every row:
places `kind`, `code` and `path`, organisations `kind` and `jurisdiction`, people `region`."""

from __future__ import annotations

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Article, Organization, Person, Place
from tests.archive.mentions import mention

pytestmark = pytest.mark.django_db

BODY = (
    "河东省和河西省都下了雪。清晨，长青路社区的志愿者在路口登记车辆；"
    "长青路社区居委会把蔬菜送到各楼。王秀兰说一切顺利。"
)


@pytest.fixture
def three_namesakes():
    """Three communities called 长青路社区, in two cities of one province and a city of another, each
    named by its own published article; the body in charge of one of them."""
    province = Place.objects.create(name="河东省", kind=Place.Kind.PROVINCE, code="91")
    other = Place.objects.create(name="河西省", kind=Place.Kind.PROVINCE, code="92")
    chains = []
    for city, district, up in (
        ("北城市", "新华区", province),
        ("南城市", "新华区", province),
        ("西城市", "东区", other),
    ):
        city = Place.objects.create(name=city, kind=Place.Kind.CITY, parent=up)
        district = Place.objects.create(name=district, kind=Place.Kind.DISTRICT, parent=city)
        chains.append(Place.objects.create(name="长青路社区", kind=Place.Kind.COMMUNITY, parent=district))
    for i, place in enumerate(chains):
        article = Article.objects.create(
            title=f"长青路社区的一天（{i}）", body=BODY, content_hash=f"paths-{i}"
        )
        mention(article, "长青路社区", place=place)
        mention(article, ("河东省", "河东省", "河西省")[i], place=place.parent.parent.parent)
        if i == 0:
            body = Organization.objects.create(
                name="长青路社区居委会", kind=Organization.Kind.COMMUNITY, jurisdiction=place
            )
            mention(article, "长青路社区居委会", organization=body)
            mention(article, "王秀兰", person=Person.objects.create(name="王秀兰", region="河东省北城市"))
    return chains


def rows(client, url: str, **params) -> list[dict]:
    response = client.get(url, {"format": "csv", **params})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_the_a_to_z_list_shows_the_places_each_namesake_lies_in(client, three_namesakes):
    html = client.get("/places/", {"view": "list", "name": "长青路"}).content.decode()
    for where in ("新华区 · 北城市 · 河东省", "新华区 · 南城市 · 河东省", "东区 · 西城市 · 河西省"):
        assert f'长青路社区</a><span class="where"> · {where}</span>' in html
    top = client.get("/places/", {"view": "list", "kind": "province"}).content.decode()
    assert '河东省</a> <span class="count"' in top  # nothing above a province


def test_the_list_json_gives_each_place_its_path_and_code(client, three_namesakes):
    doc = client.get("/places/", {"view": "list", "name": "长青路", "format": "json"}).json()
    paths = sorted(item["path"] for item in doc["items"])
    assert paths == [
        ["河东省", "北城市", "新华区", "长青路社区"],
        ["河东省", "南城市", "新华区", "长青路社区"],
        ["河西省", "西城市", "东区", "长青路社区"],
    ]
    provinces = client.get("/places/", {"view": "list", "kind": "province", "format": "json"}).json()
    assert {(i["name"], i["code"], tuple(i["path"])) for i in provinces["items"]} == {
        ("河东省", "91", ("河东省",)),
        ("河西省", "92", ("河西省",)),
    }
    orgs = client.get("/organizations/", {"format": "json"}).json()["items"]
    assert orgs[0]["jurisdiction"] == ["河东省", "北城市", "新华区", "长青路社区"]


def test_the_place_list_costs_the_same_queries_however_deep_its_places(client, three_namesakes):
    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/places/", {"view": "list"}).status_code == 200
        return len(ctx.captured_queries)

    before = count()
    deeper = Place.objects.create(name="一号院", kind=Place.Kind.COMPOUND, parent=three_namesakes[2])
    mention(Article.objects.get(content_hash="paths-2"), "长青路社区", place=deeper)
    assert count() == before


def test_each_list_csv_has_its_own_columns_and_none_is_always_empty(client, three_namesakes):
    places = rows(client, "/places/", view="list")
    assert list(places[0]) == ["id", "name", "kind", "code", "path", "articles", "url"]
    by_path = {r["path"]: r for r in places}
    assert by_path["河西省 / 西城市 / 东区 / 长青路社区"]["kind"] == "community"
    assert by_path["河东省"]["code"] == "91"
    assert len([r for r in places if r["name"] == "长青路社区"]) == 3

    (org,) = rows(client, "/organizations/")
    assert list(org) == ["id", "name", "kind", "jurisdiction", "articles", "url"]
    assert org["jurisdiction"] == "河东省 / 北城市 / 新华区 / 长青路社区" and org["kind"] == "community"

    (person,) = rows(client, "/people/")
    assert list(person) == ["id", "name", "region", "articles", "url"]

    for table in (places, [org]):
        for column in table[0]:
            assert any(r[column] for r in table), column  # no column empty in every row


def test_the_hierarchy_as_csv_is_every_place_with_its_path(client, three_namesakes):
    # /places/ is the hierarchy; as a table it is the list of every place (was: 400, "not offered")
    assert rows(client, "/places/") == rows(client, "/places/", view="list")
    assert client.get("/places/", {"format": "csv"}).status_code == 200
