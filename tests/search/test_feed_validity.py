"""The Atom feed stays valid whatever a page or a query holds: control characters never reach it (a
backspace in one stored page made every feed that matched it a 500), an undated page has no invented
publication date, the feed names an author (RFC 4287), and each author of an entry is one element."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from archive.models import Article, Outlet
from search.indexing import sync_articles

pytestmark = pytest.mark.django_db(transaction=True)
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def articles():
    outlet = Outlet.objects.create(name="栖霞晚报")
    made = [
        Article.objects.create(
            title="网格员\x08夜巡", body="网格员韦晓岚\x01夜里巡查楼道。", content_hash="c1", outlet=outlet
        ),
        Article.objects.create(
            title="双人署名",
            body="网格员骆志平夜里巡查楼道。",
            content_hash="c2",
            authors=["韦晓岚", "骆志平"],
            published_at="2021-06-01T08:00:00+08:00",
        ),
    ]
    sync_articles([a.pk for a in made])
    return made


def _feed(client, q: str) -> ET.Element:
    response = client.get("/search/feed/", {"q": q})
    assert response.status_code == 200
    return ET.fromstring(response.content)  # noqa: S314 (our own response) raises on what XML cannot carry


@pytest.mark.parametrize("q", ["巡查", "巡\x01查", "巡查\ufffe"])
def test_control_characters_in_a_page_or_the_query_leave_the_feed_valid(client, articles, q):
    root = _feed(client, q)
    titles = [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]
    assert sorted(titles) == ["双人署名", "网格员夜巡"]


def test_an_undated_page_has_no_published_date_and_the_feed_has_an_author(client, articles):
    root = _feed(client, "巡查")
    assert root.find(f"{ATOM}author/{ATOM}name").text
    entries = {e.findtext(f"{ATOM}title"): e for e in root.iter(f"{ATOM}entry")}
    assert entries["网格员夜巡"].find(f"{ATOM}published") is None
    assert entries["网格员夜巡"].find(f"{ATOM}updated") is not None
    assert entries["双人署名"].findtext(f"{ATOM}published").startswith("2021-06-01")
    names = [a.findtext(f"{ATOM}name") for a in entries["双人署名"].findall(f"{ATOM}author")]
    assert names == ["韦晓岚", "骆志平"]
    assert [a.findtext(f"{ATOM}name") for a in entries["网格员夜巡"].findall(f"{ATOM}author")] == ["栖霞晚报"]


def test_the_import_removes_control_characters_so_a_name_is_whole(db, tmp_path):
    from tests.conftest import run_import

    page = tmp_path / "page.txt"
    story = "社区网格员吴天\x08明带着志愿者\x01巡查楼道。\x0c第二天继续。"
    more = "志愿者们为独居老人送去蔬菜和药品，楼栋长逐户登记。" * 8
    page.write_text(f"夜巡\n\n{story}\n\n{more}\n", encoding="utf-8")
    code, _out, err = run_import(page)
    assert code == 0, err
    article = Article.objects.get()
    assert "\x08" not in article.body and "\x01" not in article.body and "\x0c" not in article.body
    assert "吴天明" in article.body


def test_an_entry_keeps_its_id_when_a_curator_corrects_the_date(client, articles):
    def ids() -> dict[str, str]:
        return {
            e.findtext(f"{ATOM}title"): e.findtext(f"{ATOM}id")
            for e in _feed(client, "巡查").iter(f"{ATOM}entry")
        }

    before = ids()
    dated = articles[1]
    dated.published_at = "2021-06-04T08:00:00+08:00"  # as the admin saves a corrected date
    dated.save()
    after = ids()
    assert after == before and len(set(after.values())) == 2
