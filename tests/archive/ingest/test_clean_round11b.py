"""Page cleaning and metadata, issue 12, eleventh round (second part): one test per class of mistake,
each with the limit on the other side.

Pure; no database. Every line is written for these tests (an invented town, 清河, its outlets and people).
"""

from __future__ import annotations

import pytest

from archive.ingest.bylines import credited_outlet
from archive.ingest.clean import clean_page

from .invented_page import STORY

TITLE = "青松社区的志愿者们守护小区的第十四天"


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("清河文明实践   2022-04-09 10:20:33  编辑:韦晓岚 作者:骆志平", "清河文明实践"),
        ("清河在线·青松 2022-04-09 阅读量 148", "清河在线·青松"),
        ("清河观察 2022-04-09 10:20", "清河观察"),
        ("清河融媒体中心 | 2022-04-09", "清河融媒体中心"),
    ],
)
def test_the_name_opening_the_dateline_under_the_headline_is_the_site(dateline, outlet):
    """(Round 49: the site showing the page; the source only when the page credits its reporters.)"""
    page = clean_page("\n".join([TITLE, dateline, *STORY]))
    assert (page.source, page.site) == ("", outlet)
    assert page.published is not None


@pytest.mark.parametrize(
    "dateline",
    [
        "韦晓岚 2022-04-09",  # the writer
        "清河县 2022-04-09 10:20",  # a place
        "原创 2022-04-09",  # a status
        "2022-04-09 10:20 青松社区",  # not opening the line
    ],
)
def test_a_writer_a_place_or_a_status_before_the_date_is_no_outlet(dateline):
    assert clean_page("\n".join([TITLE, dateline, *STORY])).source == ""


def test_a_source_line_still_wins_over_the_name_opening_the_dateline():
    page = clean_page("\n".join([TITLE, "清河观察 2022-04-09", *STORY, "来源:清河日报"]))
    assert page.source == "清河日报"


@pytest.mark.parametrize(
    ("headline", "title", "subtitle"),
    [
        (
            "“这个春天，我遇见了一群可爱的人” ——清河县青松社区志愿者韦晓岚",
            "“这个春天，我遇见了一群可爱的人”",
            "清河县青松社区志愿者韦晓岚",
        ),
        (
            "“守好大门，就是守好家！”——记青松社区的楼栋长骆志平",
            "“守好大门，就是守好家！”",
            "记青松社区的楼栋长骆志平",
        ),
        ("白天守卡口夜里送药箱——“我们也是党员!”", "白天守卡口夜里送药箱", "“我们也是党员!”"),
    ],
)
def test_a_headline_and_subtitle_line_whose_quoted_words_carry_commas_is_the_headline(
    headline, title, subtitle
):
    page = clean_page("\n".join([headline, "2022-04-09 10:20 来源:清河日报", *STORY]))
    assert (page.title, page.subtitle) == (title, subtitle)


def test_a_sentence_with_a_dash_over_the_dateline_is_still_no_headline_when_a_headline_stands_above():
    lede = "志愿者说——这是我们应该做的，居民们的安全比什么都重要，我们一定守好大门。"
    page = clean_page("\n".join([TITLE, "2022-04-09 10:20 来源:清河日报", lede, *STORY]))
    assert page.title == TITLE


@pytest.mark.parametrize(
    "sub",
    ["清河县青松社区三百名志愿者坚守一线小记", "记清河县青松社区的楼栋长们"],
)
def test_a_dash_headline_with_its_own_subheadline_line_keeps_the_dash_in_its_title(sub):
    headline = "同心守护青松社区——“我们也是志愿者!”"
    page = clean_page("\n".join([headline, sub, "来源:清河日报|时间:2022-04-09 10:20", *STORY]))
    assert (page.title, page.subtitle) == (headline, sub)


def test_a_bare_byline_under_a_dash_headline_is_no_subheadline():
    headline = "白天守卡口夜里送药箱——记青松社区的志愿者"
    page = clean_page("\n".join([headline, "韦晓岚 骆志平", "来源:清河日报|时间:2022-04-09 10:20", *STORY]))
    assert (page.title, page.subtitle) == ("白天守卡口夜里送药箱", "记青松社区的志愿者")


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("守护者|青松社区的楼栋长们", "守护者|青松社区的楼栋长们"),  # the column's words behind a bar stay
        ("我是党员｜清河:冲在一线的社区书记", "我是党员｜清河:冲在一线的社区书记"),
        ("【守护者】青松社区的楼栋长们", "【守护者】青松社区的楼栋长们"),  # a bracketed tag stays too
        ("观察丨青松社区的楼栋长们", "观察丨青松社区的楼栋长们"),
    ],
)
def test_a_headline_printed_behind_a_column_and_a_bar_keeps_the_line_as_printed(headline, title):
    page = clean_page("\n".join([headline, "2022-04-09 10:20 来源:清河日报", *STORY]))
    assert page.title == title


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("清河+ 记者", "清河+"),
        ("清河日报记者", "清河日报"),
        ("清河新闻网 通讯员", "清河新闻网"),
        ("清河晚报全媒体记者", "清河晚报"),
    ],
)
def test_a_credit_naming_its_outlet_and_no_writer_is_no_story_and_no_source(credit, outlet):
    page = clean_page("\n".join([TITLE, credit, *STORY]))
    assert credited_outlet(credit) == outlet
    assert page.source == "" and page.authors == []
    assert page.body == "\n".join(STORY)


@pytest.mark.parametrize("line", ["本报记者", "青松社区通讯员", "我是一名记者"])
def test_a_credit_of_the_own_paper_or_a_unit_names_no_outlet(line):
    assert clean_page("\n".join([TITLE, line, *STORY])).source == ""


@pytest.mark.parametrize(
    "headline",
    ["“守好家门，我们就在这里”", "青松社区的楼栋长们", "“哪里需要，就去哪里”"],
)
def test_an_e_paper_headline_under_the_date_over_the_paper_s_dateline_is_the_headline(headline):
    lines = [
        "03:要闻",
        "本版列表新闻",
        f"{headline}~~~",
        "~~~——另一篇稿件的副题",
        "2022年04月09日 星期六",
        headline,
        "清河县三百名志愿者坚守一线",
        "韦晓岚 骆志平",
        f"本报讯 (记者 韦晓岚 骆志平){STORY[0]}",
        *STORY[1:],
    ]
    assert clean_page("\n".join(lines)).title == headline


def test_a_quoted_line_over_a_story_opening_without_a_dateline_is_still_no_headline():
    lines = ["03:要闻", "2022年04月09日 星期六", "“守好家门，我们就在这里”", *STORY]
    assert clean_page("\n".join(lines)).title != "“守好家门，我们就在这里”"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("本文转自：清河日报", "清河日报"),
        ("本文转载自：清河日报客户端", "清河日报客户端"),
        ("文章转自 清河发布", "清河发布"),
    ],
)
def test_a_repost_s_line_naming_where_it_was_taken_from_is_the_outlet(line, outlet):
    for lines in ([TITLE, line, *STORY], [TITLE, "2022-04-09", *STORY, line]):
        page = clean_page("\n".join(lines))
        assert page.source == outlet and page.body == "\n".join(STORY)


def test_a_rights_notice_about_reposting_names_no_outlet():
    notice = "本文为清河日报原创，转载请注明出处。"
    assert clean_page("\n".join([TITLE, "2022-04-09", *STORY, notice])).source == ""
