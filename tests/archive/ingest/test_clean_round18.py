"""The headline and the outlet (issue 12, eighteenth round): one test per class, each with the limit on
the other side.

Pure; no database. Every line is written for these tests (an invented town, 清河, its outlets and people).
"""

from __future__ import annotations

import pytest

from archive.ingest.clean import clean_page
from archive.ingest.headline_text import printed_headline

from .invented_page import STORY

DATELINE = "2022-04-09 10:20 来源：清河日报"
BARE_DATE = "2022-04-09 10:20"


@pytest.mark.parametrize(
    "headline",
    [
        "【战疫一线】青松社区的楼栋长们",
        "【清河电视台】守好小区大门 | 青松社区的楼栋长们",
        "春节不打烊·温暖在身边丨青松社区志愿者守护居民过节",
        "[清河县]奔走在楼道里的快递小哥志愿者",
        "（抗击疫情）青松社区的楼栋长们守护居民的第十天",
        "观察丨青松社区的楼栋长们",
    ],
)
def test_a_headline_behind_a_column_tag_is_kept_as_printed(headline):
    page = clean_page("\n".join([headline, DATELINE, *STORY]))
    assert page.title == headline


@pytest.mark.parametrize(
    "headline",
    [
        "【战疫一线】守好大门——记清河县青松社区的志愿者们",
        "清河全媒+丨守好大门 架起连心桥——清河县社区防控一线见闻",
    ],
)
def test_a_tagged_headline_keeps_its_tag_and_parts_from_its_subtitle(headline):
    """(Round 49: the sets' golds keep the column's tag on the title and part the ——subtitle, 5 of 5.)"""
    page = clean_page("\n".join([headline, BARE_DATE, *STORY]))
    assert page.title == headline.split("——")[0]
    assert page.subtitle == headline.split("——")[1]


def test_an_untagged_headline_still_splits_and_loses_the_sites_name():
    page = clean_page("\n".join(["守好大门——记清河县青松社区的志愿者们", BARE_DATE, *STORY]))
    assert (page.title, page.subtitle) == ("守好大门", "记清河县青松社区的志愿者们")
    # (a line cut at the site's name is printed no more: the column's tag goes with the site's name)
    assert printed_headline("【战疫一线】青松社区的楼栋长们_清河网") == "青松社区的楼栋长们"
    assert printed_headline("青松社区的楼栋长们 - 清河网") == "青松社区的楼栋长们"
    # a bracket that is the whole line, or words in brackets inside it, is no column tag
    assert printed_headline("北京近十万名社区(村)工作者投入一线") == "北京近十万名社区(村)工作者投入一线"


@pytest.mark.parametrize(
    ("lede", "outlet"),
    [
        ("清河日报客户端 (记者韦晓岚) " + STORY[0], "清河日报客户端"),
        ("清河新闻网（记者 骆志平 通讯员 柯文静）" + STORY[0], "清河新闻网"),
        ("清河晚报（清河晚报全媒体记者 骆志平）" + STORY[0], "清河晚报"),
    ],
)
def test_an_outlets_name_with_its_reporter_in_brackets_opening_the_story_is_the_outlet(lede, outlet):
    page = clean_page("\n".join(["青松社区的楼栋长们", BARE_DATE, lede, *STORY[1:]]))
    assert page.source == outlet


@pytest.mark.parametrize(
    "lede",
    [
        "青松社区（通讯员 骆志平）" + STORY[0],  # a unit's correspondent: no outlet
        "本报（记者 骆志平）" + STORY[0],  # the paper calling itself 本报
        "社区书记韦晓岚（右）" + STORY[0],  # a person, a note in brackets
    ],
)
def test_a_units_or_own_papers_name_before_a_bracket_is_no_outlet(lede):
    page = clean_page("\n".join(["青松社区的楼栋长们", BARE_DATE, lede, *STORY[1:]]))
    assert page.source == ""


def test_the_headline_repeated_without_its_column_tag_above_the_story_is_metadata():
    headline = "【战疫一线】青松社区的楼栋长们"
    page = clean_page("\n".join([headline, DATELINE, "青松社区的楼栋长们", *STORY]))
    assert page.title == headline and page.body == "\n".join(STORY)
    page = clean_page("\n".join([headline, DATELINE, STORY[0], "青松社区的楼栋长们", *STORY[1:]]))
    assert page.body == "\n".join(STORY)  # printed again between the paragraphs (a caption copying it)
