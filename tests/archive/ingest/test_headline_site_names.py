"""The site's name after a headline is cut by its shape, whatever the lengths (issue 12, seventh round):
one test per shape, each with the limit on the other side.

Pure; no database. Every line is written for these tests (an invented town, 清河, and its sites).
"""

from __future__ import annotations

import pytest

from archive.ingest.clean import clean_page
from archive.ingest.headline_text import split_headline

from .invented_page import HEAD, STORY

DATELINE = HEAD[1]


@pytest.mark.parametrize("line", ["楼栋长上门的一天|清河市人民政府网", "楼栋长上门的一天 ｜ 清河日报客户端"])
def test_a_site_after_a_bar_is_cut_and_never_taken_for_the_headline(line):
    assert split_headline(line) == "楼栋长上门的一天"
    assert clean_page("\n".join([line, DATELINE, *STORY])).title == "楼栋长上门的一天"


def test_a_column_tag_before_a_bar_is_still_cut_when_the_headline_follows_it():
    assert split_headline("社区观察|楼栋长上门的一天") == "楼栋长上门的一天"
    assert (
        split_headline("观察丨织密社区的防护网") == "织密社区的防护网"
    )  # a headline ending in 网 is no site


def test_a_site_name_longer_than_the_headline_after_an_underscore_is_still_cut():
    assert split_headline("战疫日记_清河市人民政府门户网站") == "战疫日记"
    assert split_headline("暖心_清河新闻网") == "暖心"


def test_words_after_an_underscore_that_do_not_name_a_site_stay_when_longer_than_the_headline():
    assert split_headline("暖心_社区志愿者送来蔬菜") == "暖心_社区志愿者送来蔬菜"


@pytest.mark.parametrize("line", ["楼栋长上门的一天—清河网", "楼栋长上门的一天—清河新闻网"])
def test_a_site_after_a_single_em_dash_is_cut(line):
    assert split_headline(line) == "楼栋长上门的一天"


@pytest.mark.parametrize("line", ["筑牢防线—织密防护网", "守好大门—记清河社区的志愿者"])
def test_words_after_a_single_em_dash_that_do_not_name_a_site_stay(line):
    assert split_headline(line) == line


def test_a_subtitle_after_a_double_em_dash_is_still_split_from_the_headline():
    page = clean_page("\n".join(["守好大门——记清河社区的志愿者", DATELINE, *STORY]))
    assert (page.title, page.subtitle) == ("守好大门", "记清河社区的志愿者")


def test_the_pages_own_site_name_is_cut_from_the_title_whatever_its_shape():
    assert split_headline("楼栋长上门的一天|清河之声", site="清河之声") == "楼栋长上门的一天"
    assert split_headline("楼栋长上门的一天|清河之声") == "楼栋长上门的一天|清河之声"
