"""Page metadata (issue 12, twenty-eighth round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.bylines import credited_outlet
from archive.ingest.clean import clean_page

STORY = (
    "青松社区的志愿者们每天守在小区门口，帮居民量体温、做登记，一刻也不放松。\n"
    "社区书记韦晓岚说，大家轮流上岗，没有一个人喊累。\n"
)


def _body(page) -> str:
    return "\n".join(p.text for p in page.paragraphs)


def test_a_sponsor_line_written_with_a_space_is_chrome_not_the_headline():
    """指导 某省文明办 / 主办 某某导报社 at the top of a page: the site's sponsors, no headline, no story."""
    page = clean_page(f"指导 青松省文明办\n主办 青松导报社\n{STORY}")
    assert page.title is None or "文明办" not in page.title
    assert "导报社" not in _body(page) and "文明办" not in _body(page)
    assert "志愿者们每天守在小区门口" in _body(page)


def test_a_stray_comma_line_after_the_credits_is_no_story():
    """A line holding only a comma (a page's broken template) is dropped, not kept as the story's end."""
    page = clean_page(f"社区里的守门人\n{STORY}青松日报全媒体编辑 骆志平\n\n,\n")
    assert not any(p.text.strip() == "," for p in page.paragraphs)


def test_an_outlets_reporter_by_the_kind_of_work_names_the_writers_outlet():
    """清河日报全媒体文字记者 甲 — a reporter of words (文字) or pictures (摄影) keyed after the outlet: the
    outlet is 清河日报, and the reporter an author."""
    page = clean_page(f"社区里的守门人\n清河日报全媒体文字记者 骆志平 通讯员:韦晓岚\n{STORY}")
    assert credited_outlet("清河日报全媒体文字记者 骆志平") == "清河日报" and page.source == ""
    assert "骆志平" in page.authors
