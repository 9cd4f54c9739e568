"""A filter value the list cannot use is left out and said, never silently (QA): the article list's
year, month, outlet, place and order, and the search's order. Articles written for this test."""

from __future__ import annotations

import re

import pytest

from archive.models import Article, Outlet

pytestmark = pytest.mark.django_db


@pytest.fixture
def two(db):
    outlet = Outlet.objects.create(name="测试日报")
    Article.objects.create(title="甲", body="社区志愿者上门。", content_hash="n1", outlet=outlet)
    Article.objects.create(title="乙", body="网格员登记。", content_hash="n2")
    return outlet


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"year": "abc"}, "abc"),
        ({"month": "2022-13"}, "2022-13"),
        ({"outlet": "x"}, "x"),
        ({"outlet": "99999"}, "99999"),
        ({"sort": "sideways"}, "sideways"),
    ],
)
def test_a_value_the_article_list_cannot_use_is_said_and_left_out(client, two, params, named):
    data = client.get("/articles/", {**params, "format": "json"}).json()
    assert data["count"] == 2  # the list as if it were not given
    assert len(data["notices"]) == 1 and f"“{named}”" in data["notices"][0]
    html = client.get("/articles/", params, HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "已忽略" in html or "忽略" in html


def test_a_good_outlet_still_filters_quietly(client, two):
    data = client.get("/articles/", {"outlet": two.pk, "format": "json"}).json()
    assert data["count"] == 1 and data["notices"] == []


def test_a_search_order_that_is_not_offered_is_said(client, imported_samples):
    data = client.get("/search/", {"q": "社区", "sort": "bogus", "format": "json"}).json()
    assert any("“bogus”" in n for n in data["notices"])
    assert data["total"] > 0


@pytest.mark.parametrize(
    ("path", "params", "named", "kind"),
    [
        ("/people/", {"sort": "articles"}, "articles", "person-list"),
        ("/people/", {"kind": "bogus"}, "bogus", "person-list"),  # people have no kinds at all
        ("/organizations/", {"sort": "bogus"}, "bogus", "organization-list"),
        ("/places/", {"view": "list", "kind": "bogus"}, "bogus", "place-list"),
        ("/places/", {"letter": "ab"}, "ab", "place-list"),
        ("/places/", {"view": "bogus"}, "bogus", "place-tree"),  # as without view: the hierarchy
        ("/places/", {"view": "bogus", "sort": "mentions"}, "bogus", "place-list"),
    ],
)
def test_a_value_an_entity_list_cannot_use_is_said_and_left_out(client, two, path, params, named, kind):
    data = client.get(path, {**params, "format": "json"}).json()
    assert data["type"] == kind
    assert len(data["notices"]) == 1 and f"“{named}”" in data["notices"][0]
    assert data.get("filters", {}).get("kind") is None and data.get("filters", {}).get("letter") is None
    html = client.get(path, params, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert re.search(rf'<ul class="notices" role="status"><li>The .+ “{named}” was ignored', html)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/people/", {"sort": "mentions"}),
        ("/organizations/", {"kind": "community"}),
        ("/places/", {"view": "list", "letter": "s"}),
        ("/places/", {}),
    ],
)
def test_good_entity_list_options_give_no_notice(client, two, path, params):
    data = client.get(path, {**params, "format": "json"}).json()
    assert data["notices"] == []
    assert 'class="notices"' not in client.get(path, params).content.decode()


@pytest.mark.parametrize("path", ["/articles/", "/people/", "/organizations/", "/places/?view=list"])
@pytest.mark.parametrize("value", ["abc", "0", "-2"])
def test_a_page_number_that_is_none_shows_the_first_page_and_says_so(client, two, path, value):
    sep = "&" if "?" in path else "?"
    data = client.get(f"{path}{sep}page={value}&format=json", HTTP_ACCEPT_LANGUAGE="en").json()
    assert data["notices"] == [f"“{value}” is no page number: the first page is shown."]
    html = client.get(f"{path}{sep}page={value}", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert f"“{value}”不是页码" in html
    assert not client.get(f"{path}{sep}page=1&format=json").json().get("notices")
