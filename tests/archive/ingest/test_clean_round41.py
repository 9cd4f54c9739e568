"""Page chrome (issue 12, forty-first round). Pages written for these tests."""

from __future__ import annotations

import pytest

from archive.ingest.clean import clean_page

_PAGE = """青禾网

您所在的位置 首页 新闻

社区志愿者守护居民平安

2022-03-12 18:28
分享到
{chrome}

3月11日，青禾社区的志愿者们一早就来到核酸检测点，帮助居民排队登记。

社区书记王建国说，大家都很配合。
"""


@pytest.mark.parametrize(
    "chrome",
    [
        "官方微信平台",
        "官方微信平臺(tái)",  # a mirror's traditional script with its converter's pinyin gloss
        "【导语】:本篇文章收录于某某号抗疫专题人物栏目#战疫日记#中，本专栏将聚焦真实人物故事。",
    ],
)
def test_a_share_widgets_platform_and_an_aggregators_column_note_are_chrome(chrome):
    page = clean_page(_PAGE.format(chrome=chrome))
    assert page.body.startswith("3月11日，青禾社区的志愿者们")


@pytest.mark.parametrize("crumb", ["您所在的位置 首页 新闻", "您所在的位置：首页 新闻"])
def test_a_breadcrumb_worded_where_you_are_located_is_never_the_headline(crumb):
    """您所在的位置 (所在 before 的), with its items set apart by spaces only."""
    page = clean_page(_PAGE.format(chrome="官方微信平台").replace("您所在的位置 首页 新闻", crumb))
    assert page.title == "社区志愿者守护居民平安"
    assert crumb in page.boilerplate
