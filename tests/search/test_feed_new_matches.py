"""A search's feed lists what entered the archive last, as the saved search counts it (QA round 19:
a page imported with an old publication date, or none, was counted new but never reached a feed of 30
entries ordered by publication date), and its dates keep the archive's time zone. Pages written for
this test."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import User

from archive.models import Article
from search.indexing import sync_articles
from search.models import SavedSearch
from tests.conftest import import_text

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CHINA = ZoneInfo("Asia/Shanghai")


def _entries(client, **params) -> list[ET.Element]:
    response = client.get("/search/feed/", params)
    assert response.status_code == 200
    return list(ET.fromstring(response.content).iter(f"{ATOM}entry"))  # noqa: S314 (our own response)


def _titles(client, q: str) -> list[str]:
    return [e.findtext(f"{ATOM}title") for e in _entries(client, q=q)]


@pytest.fixture
def many_recent(db):
    """More matches of 楼道消杀 than a feed holds, all published in the spring of 2022."""
    made = [
        Article.objects.create(
            title=f"楼道消杀第{n}天",
            body=f"志愿者第{n}天在楼道消杀，逐户登记。",
            content_hash=f"recent-{n}",
            published_at=datetime(2022, 4, 1 + n % 28, 9, 0, tzinfo=CHINA),
            date_precision="datetime",
        )
        for n in range(35)
    ]
    sync_articles([a.pk for a in made])
    return made


def test_a_backfilled_and_an_undated_match_are_new_in_the_feed_as_in_the_saved_search(
    client, many_recent, tmp_path
):
    client.force_login(User.objects.create_user("reader", password="read-2022"))
    client.post("/search/saved/new/", {"query": "q=楼道消杀", "name": "消杀"})
    saved = SavedSearch.objects.get()
    assert len(_titles(client, "楼道消杀")) == 30

    old_page = "旧日的楼道消杀\n来源：测试晚报\n2020-02-10\n那年冬天楼道消杀从这里开始。\n"
    old = import_text(tmp_path, "old.txt", old_page)
    undated = import_text(tmp_path, "undated.txt", "无日期的楼道消杀\n\n居民自发组织楼道消杀。\n")
    assert old.published_at.year == 2020 and undated.published_at is None

    html = client.get("/search/saved/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert re.search(r"\b2 new articles since your last visit", html)
    titles = _titles(client, "楼道消杀")
    assert len(titles) == 30 and titles[:2] == ["无日期的楼道消杀", "旧日的楼道消杀"]  # the latest first
    detail = client.get(saved.get_absolute_url()).content.decode()
    assert detail.index("无日期的楼道消杀") < detail.index("旧日的楼道消杀")

    entries = {e.findtext(f"{ATOM}title"): e for e in _entries(client, q="楼道消杀")}
    assert entries["旧日的楼道消杀"].findtext(f"{ATOM}published") == "2020-02-10T00:00:00+08:00"
    assert entries["无日期的楼道消杀"].find(f"{ATOM}published") is None  # never its import time


def test_the_feed_and_the_count_read_the_same_matches(client, many_recent, tmp_path):
    """Whatever is counted new since a moment is exactly what the feed lists above the older entries."""
    from search.saved import new_articles

    client.force_login(User.objects.create_user("reader", password="read-2022"))
    client.post("/search/saved/new/", {"query": "q=楼道消杀", "name": "消杀"})
    saved = SavedSearch.objects.get()
    backfilled = [("东楼", "2019-05-02"), ("西楼", "2022-05-01"), ("南楼", "2021-01-01")]
    for n, (place, date) in enumerate(backfilled):
        import_text(tmp_path, f"p{n}.txt", f"{place}补录\n来源：测试晚报\n{date}\n{place}居民楼道消杀。\n")
    count, articles = new_articles(saved, saved.last_visit_at)
    titles = _titles(client, "楼道消杀")
    assert count == 3 and titles[:count] == [a.title for a in articles]
    assert not {a.title for a in articles} & set(titles[count:])


def test_feed_dates_keep_the_archives_offset_and_entries_their_language(client, db):
    made = [
        Article.objects.create(
            title="六月的楼组",
            body="楼组长逐户登记。",
            content_hash="month",
            published_at=datetime(2022, 6, 1, tzinfo=CHINA),
            date_precision="month",
        ),
        Article.objects.create(
            title="居民區的一週",
            body="樓組長逐戶登記。",
            content_hash="day",
            published_at=datetime(2022, 6, 9, tzinfo=CHINA),
            date_precision="day",
        ),
    ]
    sync_articles([a.pk for a in made])
    response = client.get("/search/feed/", {"q": "登记"}, HTTP_ACCEPT_LANGUAGE="en")
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    assert root.get(XML_LANG) == "en"  # the feed's own texts are the interface's
    entries = {e.findtext(f"{ATOM}title"): e for e in root.iter(f"{ATOM}entry")}
    month, day = entries["六月的楼组"], entries["居民區的一週"]
    assert month.findtext(f"{ATOM}published") == "2022-06-01T00:00:00+08:00"  # June, not 31 May
    assert day.findtext(f"{ATOM}published") == "2022-06-09T00:00:00+08:00"
    assert month.findtext(f"{ATOM}updated").endswith("+08:00")
    assert (month.get(XML_LANG), day.get(XML_LANG)) == ("zh-Hans", "zh-Hant")
