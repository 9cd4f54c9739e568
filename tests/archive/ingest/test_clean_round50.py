"""Page metadata and chrome (issue 12, fiftieth round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page

_STORY = "清晨六点,青松社区的志愿者们已经守在小区门口,帮居民量体温、做登记,一刻也不放松。"
_MORE = "老党员韦春兰说:“大家配合得很好,我们守到最后一班岗。”到了傍晚,她才回家吃上一口热饭。"
_REST = "村支书骆志平告诉记者,全村三百多户的菜都由志愿者送上门,没有一户落下。"


def test_the_fold_of_a_long_story_does_not_end_it():
    """The headline printed again as a picture's caption, then 展开全文 (the fold of a long story): the
    story goes on after the fold, and the button is no part of it."""
    head = "青松村的守门人\n2021-01-12 06:33 来源:清河日报\n"
    page = clean_page(f"{head}{_STORY}\n{_MORE}\n青松村的守门人\n展开全文\n{_REST}\n")
    assert page.body.endswith(_REST)
    assert "展开全文" not in page.body


def test_a_marked_column_label_stays_in_the_headline_as_printed():
    """■栏目 标题: a column's label marked with a square before the headline stays, as 【栏目】 and
    栏目 | do (the headline as the page prints it); a place's name so marked is the headline's own."""
    page = clean_page(f"■社区在行动 青松社区 守好家门口\n2022-03-29 09:09 来源:清河日报\n{_STORY}\n{_MORE}\n")
    assert page.title == "■社区在行动 青松社区 守好家门口"
