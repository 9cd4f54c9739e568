"""Numbered pages with first/last on search and the lists; a page past the end redirects to the last
page (HTML) or says so (JSON); the sort menu explains relevance."""

from __future__ import annotations

import re
from urllib.parse import quote_plus

import pytest

from archive.models import Person
from archive.templatetags.archive_tags import page_numbers

pytestmark = pytest.mark.django_db(transaction=True)


def test_page_numbers_show_the_ends_and_the_neighbourhood():
    assert page_numbers(9, 16) == [1, None, 7, 8, 9, 10, 11, None, 16]
    assert page_numbers(1, 16) == [1, 2, 3, None, 16]
    assert page_numbers(4, 16) == [1, 2, 3, 4, 5, 6, None, 16]  # a one-page gap is shown, not elided
    assert page_numbers(1, 1) == [1]


def test_search_pages_are_numbered_with_first_and_last(client, imported_samples, settings):
    settings.HAYSTACK_SEARCH_RESULTS_PER_PAGE = 1
    html = client.get("/search/", {"q": "社区", "page": 3}).content.decode()
    nav = html.split('<nav class="pagination"')[1].split("</nav>")[0]
    assert re.findall(r">(\d+)</a>", nav) == ["1", "2", "3", "4", "5"]
    assert 'aria-current="page">3<' in nav and "page=3" in nav
    assert "首页" in nav and "末页" in nav and 'rel="prev"' in nav and 'rel="next"' in nav
    assert "第 3 / 5 页" in nav
    first = client.get("/search/", {"q": "社区"}).content.decode().split('<nav class="pagination"')[1]
    assert "首页" not in first.split("</nav>")[0] and 'aria-current="page">1<' in first


def test_a_page_past_the_end_redirects_to_the_last_or_says_so_in_json(client, imported_samples, settings):
    settings.HAYSTACK_SEARCH_RESULTS_PER_PAGE = 2
    response = client.get("/search/", {"q": "社区", "page": 9999, "sort": "newest"})
    assert response.status_code == 302
    assert response["Location"] == "/search/?q=%E7%A4%BE%E5%8C%BA&sort=newest&page=3"
    html = client.get(response["Location"]).content.decode()
    assert '<ol class="hits" start="5">' in html and "没有" not in html.split('<ol class="hits"')[1][:300]
    data = client.get("/search/", {"q": "社区", "page": 9999, "format": "json"})
    assert data.status_code == 404
    body = data.json()
    assert body["error"] == "第 9999 页超出了最后一页（第 3 页）。" and body["results"] == []
    assert (body["page"], body["num_pages"], body["total"]) == (9999, 3, 5)
    nothing = client.get("/search/", {"q": "没有这样的词语", "page": 4})
    assert nothing.status_code == 302 and "page=" not in nothing["Location"]
    assert client.get("/articles/", {"page": 99, "year": 2022})["Location"] == "/articles/?year=2022"
    assert client.get("/people/", {"page": 99})["Location"] == "/people/"
    assert client.get("/people/", {"page": "abc"}).status_code == 200
    person = Person.objects.get(name="潘晓喆")
    assert client.get(person.get_absolute_url(), {"page": 7})["Location"] == person.get_absolute_url()
    assert (
        client.get("/search/kwic/", {"q": "社区", "page": 50})["Location"]
        == "/search/kwic/?q=%E7%A4%BE%E5%8C%BA"
    )


def test_the_sort_menu_explains_relevance_and_the_default(client, imported_samples):
    html = client.get("/search/", {"q": "社区"}).content.decode()
    assert 'aria-describedby="sort-help"' in html
    help_text = html.split('id="sort-help">')[1].split("</p>")[0]
    assert "相关度" in help_text and "默认" in help_text and "标题" in help_text


def test_a_page_number_of_any_size_past_the_end_is_past_the_end(client, imported_samples, settings):
    settings.HAYSTACK_SEARCH_RESULTS_PER_PAGE = 2
    for number in ("1000001", "99999999999999999999999"):  # the form once capped pages at a million
        response = client.get("/search/", {"q": "社区", "page": number})
        assert response.status_code == 302 and response["Location"].endswith("page=3")
        data = client.get("/search/", {"q": "社区", "page": number, "format": "json"})
        assert data.status_code == 404 and data.json()["error"].startswith(f"第 {number} 页超出了最后一页")
    for malformed in ("abc", "0", "-2"):
        page = client.get("/search/", {"q": "社区", "page": malformed, "format": "json"}).json()
        assert page["page"] == 1 and page["results"]


def test_links_carry_no_more_of_a_long_query_than_was_searched(client, imported_samples):
    query = "志愿者 " * 2000  # 8,000 characters; the first 500 are searched, and a notice says so
    response = client.get("/search/", {"q": query})
    html = response.content.decode()
    assert response.status_code == 200 and "500" in html
    searched = client.get("/search/", {"q": query[:500]}).content.decode()
    # the whole query once in each facet and page link made megabytes; now as if 500 were typed
    assert len(html) < len(searched) + 2 * len(query)
    assert quote_plus(query[:501]) not in html and quote_plus(query[:400]) in html
