"""Following a topic: every search's Atom feed (read by feedparser) and readers' saved searches with
what is new since their last visit."""

from __future__ import annotations

import re

import feedparser
import pytest
from django.contrib.auth.models import User

from archive.models import Article
from search.models import SavedSearch
from search.selectors import result_ids
from tests.conftest import run_import

pytestmark = pytest.mark.django_db


def feed(client, **params):
    response = client.get("/search/feed/", params)
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.version == "atom10"
    return parsed


def test_every_search_has_an_atom_feed_of_the_matches_added_last(client, imported_samples):
    parsed = feed(client, q="社区")
    matches = Article.objects.filter(pk__in=result_ids({"q": "社区"})).order_by("-imported_at", "-id")
    assert [e.link for e in parsed.entries] == [f"http://testserver{a.get_absolute_url()}" for a in matches]
    assert len(parsed.entries) == Article.objects.filter(body__contains="社区").count()
    assert (
        parsed.feed.title.startswith("社区 · ")
        and parsed.feed.link == "http://testserver/search/?q=%E7%A4%BE%E5%8C%BA"
    )
    article = Article.objects.get(title="履职中见真情")
    entry = next(e for e in parsed.entries if e.link.endswith(article.get_absolute_url()))
    assert entry.title == "履职中见真情——战“疫”中的上海基层干部" and "在社区,他们连续奋战" in entry.summary
    assert "潘晓喆（上海市）" in [t.term for t in entry.tags] and entry.published_parsed.tm_year == 2022


def test_a_feed_takes_the_same_filters_as_the_search_page(client, imported_samples):
    article = Article.objects.get(title="履职中见真情")
    parsed = feed(client, q="社区", outlet=article.outlet_id)
    assert [e.link for e in parsed.entries] == [f"http://testserver{article.get_absolute_url()}"]
    assert feed(client, q="没有这样的文字串").entries == []
    html = client.get("/search/", {"q": "社区"}).content.decode()
    assert 'href="/search/feed/?q=%E7%A4%BE%E5%8C%BA"' in html and "/search/cite/?q=" in html


def new_count(client) -> int:
    html = client.get("/search/saved/").content.decode()
    return int(re.search(r"(\d+) 篇新文章", html).group(1))


def test_a_reader_saves_a_search_and_sees_what_is_new_since_the_last_visit(
    client, imported_samples, tmp_path
):
    reader = User.objects.create_user("reader", password="read-2022")
    assert client.post("/accounts/login/", {"username": "reader", "password": "read-2022"}).status_code == 302
    html = client.get("/search/", {"q": "同济新村"}).content.decode()
    assert 'action="/search/saved/new/"' in html
    response = client.post("/search/saved/new/", {"query": "q=同济新村&page=2", "name": "同济新村"})
    assert response.status_code == 302 and response["Location"] == "/search/saved/"
    saved = SavedSearch.objects.get(user=reader)
    assert saved.query == "q=%E5%90%8C%E6%B5%8E%E6%96%B0%E6%9D%91" and new_count(client) == 0

    page = tmp_path / "new.txt"
    page.write_text(
        "同济新村的一天\n来源：新民晚报\n2022-04-20 10:00\n同济新村的志愿者整夜值守。\n", encoding="utf-8"
    )
    assert run_import(page)[0] == 0
    assert new_count(client) == 1
    html = client.get(saved.get_absolute_url()).content.decode()
    assert "同济新村的一天" in html and "1 篇新文章" in html
    assert new_count(client) == 0  # seen now
    assert client.get(saved.feed_url()).status_code == 200

    client.post("/search/saved/new/", {"query": "q=同济新村", "name": "新村"})  # saved again: renamed, once
    assert list(SavedSearch.objects.values_list("name", flat=True)) == ["新村"]
    other = User.objects.create_user("other", password="other-2022")
    client.force_login(other)
    assert client.get(saved.get_absolute_url()).status_code == 404
    assert client.post(f"/search/saved/{saved.pk}/delete/").status_code == 404
    client.force_login(reader)
    assert client.post(f"/search/saved/{saved.pk}/delete/").status_code == 302
    assert not SavedSearch.objects.exists()


def test_saved_searches_ask_an_anonymous_reader_to_log_in(client, imported_samples):
    response = client.get("/search/saved/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/?next=")
    assert client.post("/search/saved/new/", {"query": "q=社区"}).status_code == 302
    assert not SavedSearch.objects.exists()
    html = client.get("/accounts/login/").content.decode()
    assert "<h1>登录</h1>" in html
    assert "登录后保存此检索" in client.get("/search/", {"q": "社区"}).content.decode()
