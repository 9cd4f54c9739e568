"""Page cleaning and metadata, issue 12, eleventh round (second part): one test per class of mistake,
each with the limit on the other side.

Pure; no database. Every line is written for these tests (an invented town, 清河, its outlets and people).
"""

from __future__ import annotations

import pytest

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
def test_the_name_opening_the_dateline_under_the_headline_is_the_outlet(dateline, outlet):
    page = clean_page("\n".join([TITLE, dateline, *STORY]))
    assert page.source == outlet
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
