"""The facets on the results page (real index): "more" for a facet cut at its limit, several values of
one facet (any of them, counted as if none were chosen), and leaving a value out (and putting it back)."""

from __future__ import annotations

import re
from html import unescape

import pytest

from archive.models import Article

pytestmark = pytest.mark.django_db(transaction=True)


def facet(html: str, name: str) -> str:
    return html.split(f'id="facet-{name}"')[1].split("</section>")[0]


def links(block: str) -> dict[str, str]:
    """label → href of the value links (not the leave-out ones)."""
    return {
        re.sub(r"<[^>]+>|✕|\(.*?\)", "", label).strip(): unescape(href)
        for href, label in re.findall(r'<li[^>]*><a href="([^"]+)" rel="nofollow"[^>]*>(.*?)</a>', block)
    }


def total(client, query: str) -> int:
    return client.get("/search/" + query + "&format=json").json()["total"]


def test_a_facet_cut_at_its_limit_offers_more_and_then_fewer(client, imported_samples):
    html = client.get("/search/", {"q": "社区"}).content.decode()
    places = facet(html, "place")
    assert len(links(places)) == 12 and "更多…" in places
    more = unescape(re.search(r'<p class="more"><a href="([^"]+)"', places).group(1))
    assert "facet_limit=all" in more and more.endswith("#facet-place")
    expanded = client.get("/search/" + more.split("#")[0]).content.decode()
    every = facet(expanded, "place")
    assert len(links(every)) > 12 and "收起" in every and "更多" not in every


def test_several_values_of_one_facet_find_articles_with_any_of_them(client, imported_samples):
    html = client.get("/search/", {"q": "社区"}).content.decode()
    outlets = links(facet(html, "outlet"))
    assert len(outlets) >= 2
    (first, href_first), (second, _href) = list(outlets.items())[:2]
    one = client.get("/search/" + href_first).content.decode()
    still = links(facet(one, "outlet"))
    assert second in still and 'aria-current="true"' in facet(one, "outlet")  # others can still be added
    both = still[second]
    assert both.count("outlet=") == 2
    expected = Article.objects.filter(outlet__name__in=[first, second], body__contains="社区").count()
    assert total(client, both) == expected > total(client, href_first)


def test_a_value_left_out_disappears_and_can_be_put_back(client, imported_samples):
    html = client.get("/search/", {"q": "社区"}).content.decode()
    block = facet(html, "outlet")
    name, _href = next(iter(links(block).items()))
    leave_out = unescape(re.search(rf'href="([^"]+)" rel="nofollow" title="排除 {name}"', block).group(1))
    assert "not_outlet=" in leave_out
    data = client.get("/search/" + leave_out + "&format=json").json()
    assert data["total"] == Article.objects.filter(body__contains="社区").exclude(outlet__name=name).count()
    assert all(r["source"] != name for r in data["results"])
    page = client.get("/search/" + leave_out).content.decode()
    excluded = facet(page, "outlet").split('<ul class="excluded">')[1].split("</ul>")[0]
    assert f"<s>{name}</s>" in excluded and "清除全部筛选" in page
    put_back = unescape(re.search(r'<a href="([^"]+)" rel="nofollow">恢复</a>', excluded).group(1))
    assert "not_outlet" not in put_back and total(client, put_back) == total(client, "?q=社区")
