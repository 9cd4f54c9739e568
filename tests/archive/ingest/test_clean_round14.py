"""Page cleaning (issue 12, fourteenth round): which block is the story and where it stops. One test per
class of mistake, each with the limit on the other side.

Pure; no database. Every line is written for these tests (an invented town, 清河, its outlets and people).
"""

from __future__ import annotations

import pytest

from archive.ingest.clean import clean_page

from .invented_page import HEAD, STORY


@pytest.mark.parametrize(
    "items",
    [
        [
            "清河县菜农送菜进小区",
            "2022-03-01 08:30:12",
            "-",
            "志愿者在行动，守好小区大门",
            "2022-02-28 17:02:45",
        ],
        ["大学生返乡当起“小管家”", "[03-01]", "老旧小区怎么改才好？", "[02-27]", "一位楼长的一天", "[02-26]"],
        ["2022/3/1", "社区食堂开到了家门口", "•", "2022/2/27", "青年突击队的十二个小时！"],
    ],
)
def test_a_list_of_titles_each_over_or_under_its_date_is_no_headline_and_no_story(items):
    page = clean_page("\n".join(["关注清河网", *STORY, "加载更多", "-", *items]))
    assert page.body == "\n".join(STORY)
    assert page.title not in items
    assert set(items) <= set(page.boilerplate)


def test_a_headline_over_its_date_with_its_story_under_it_stays():
    page = clean_page("\n".join([*HEAD[:1], "2022-04-09", *STORY]))
    assert page.title == HEAD[0]
    assert page.body == "\n".join(STORY)


@pytest.mark.parametrize(
    "notice",
    [
        "本文仅代表作者个人观点，与清河网无关。其原创性未经本站证实，请读者仅作参考。",
        "以上内容仅代表该作者或机构观点，不代表本平台立场。",
        "声明：本文仅代表发布者本人观点，如有侵权请联系删除。",
    ],
)
def test_a_disclaimer_over_the_story_is_no_headline_and_no_story(notice):
    page = clean_page("\n".join(["网站声明：", notice, *STORY]))
    assert page.body == "\n".join(STORY)
    assert notice in page.boilerplate


def test_a_story_that_names_a_point_of_view_keeps_it():
    line = "骆志平说，这份报告仅代表课题组的初步观点，下一步还要走访更多社区。"
    page = clean_page("\n".join([*HEAD, *STORY[:2], line, STORY[2]]))
    assert line in page.body
