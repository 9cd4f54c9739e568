"""A newspaper's digital edition (电子版/数字报) as a page (issue 12, twentieth round): its edition line
dates the story, its byline under a mark is the byline, the headline printed in quotes over it is the
headline, and its tools (a search box, a player's label, the list of the edition's headlines, the
calendar of past issues) are chrome.

Pure; no database. Every line is written for these tests (an invented town, 清河, and its paper).
"""

from __future__ import annotations

from archive.ingest.clean import clean_page

from .invented_page import HEAD, STORY

HEADLINE = "“大家拧成一股绳,守好清河的家”"
EDITION = [
    "第05版  上一版  下一版  上一期  下一期",
    "  •   标题    站内高级搜索",
    "第1024期:第05版 本期出版日期:2021-03-15",
    "",
    HEADLINE,
    "",
    "语音播报: 语音播报",
    "",
    "□本报记者骆志平",
    "",
]
CALENDAR = "2021-06-01,3070| 2021-05-31,3062| 2021-05-30,3054| 2021-05-29,3050| 2021-"


def test_the_edition_line_dates_the_story_and_the_quoted_headline_over_the_byline_is_the_headline():
    page = clean_page("\n".join([*EDITION, *STORY]))
    assert page.title == HEADLINE  # as printed: its commas are not changed
    assert not page.is_title_derived
    assert page.published.date().isoformat() == "2021-03-15"
    assert page.authors == ["骆志平"]
    assert page.body.startswith(STORY[0])
    assert "第1024期:第05版 本期出版日期:2021-03-15" in page.metadata


def test_the_editions_tools_are_chrome():
    page = clean_page("\n".join([*EDITION, *STORY, "", CALENDAR]))
    assert {"  •   标题    站内高级搜索".strip(), "语音播报: 语音播报", CALENDAR} <= {
        line.strip() for line in page.boilerplate
    }
    assert "站内高级搜索" not in page.body and "12070" not in page.body


def test_the_list_of_the_editions_headlines_above_is_no_headline_and_no_story():
    listing = "“清河春来早”青松社区开起“爱心菜篮” 3分钟!网格员扶老人过街" + HEADLINE
    listing += " 10天没回家,骆志平守在卡口"
    page = clean_page("\n".join([listing, *EDITION, *STORY]))
    assert page.title == HEADLINE
    assert listing not in page.body
    assert page.body.startswith(STORY[0])


def test_limits_a_search_word_in_a_sentence_and_a_mark_before_a_label_stay_what_they_are():
    story = [*STORY[:2], "居民们学会了在站内高级搜索里查找通知，社区书记很高兴。", STORY[2]]
    page = clean_page("\n".join([*HEAD, *story]))
    assert "站内高级搜索里查找通知" in page.body
    assert clean_page("\n".join(["□ 本站首页", *EDITION[4:], *STORY])).title == HEADLINE
