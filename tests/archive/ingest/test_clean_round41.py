"""Page chrome (issue 12, forty-first round). Pages written for these tests."""

from __future__ import annotations

import pytest

from archive.ingest.clean import clean_page

_PAGE = """青禾网

您所在的位置 首页 本地

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
        "【导语】:本文收录于青禾号“基层故事”栏目，栏目讲述普通人的故事。",
    ],
)
def test_a_share_widgets_platform_and_an_aggregators_column_note_are_chrome(chrome):
    page = clean_page(_PAGE.format(chrome=chrome))
    assert page.body.startswith("3月11日，青禾社区的志愿者们")


@pytest.mark.parametrize("crumb", ["您所在的位置 首页 本地", "您所在的位置：首页 本地"])
def test_a_breadcrumb_worded_where_you_are_located_is_never_the_headline(crumb):
    """您所在的位置 (所在 before 的), with its items set apart by spaces only."""
    page = clean_page(_PAGE.format(chrome="官方微信平台").replace("您所在的位置 首页 本地", crumb))
    assert page.title == "社区志愿者守护居民平安"
    assert crumb in page.boilerplate


def test_an_outlets_name_over_its_social_badge_in_traditional_script_is_chrome():
    """某某報網 / 微信公眾號: the account's name over the platform, as 某某报网 / 微信公众号 is."""
    page = clean_page(
        "青禾村的“直播書記”\n2022-05-12 09:30:00  來源:青禾干部報  作者:韋曉嵐\n1\n\n"
        "青禾干部報網\n微信公眾號\n\n青禾干部報網\n官方微博\n\n"
        "  圖為韋小涵在果園里給網友介紹蘋果。\n\n"
        "天還沒亮，韋小涵已經打開了手機。\n\n作為村黨支部書記，她每晚都在網上賣山貨。\n"
    )
    assert page.body.startswith("圖為韋小涵")


def test_a_forum_posts_stamp_yields_to_the_quoted_articles_publication_time():
    """A forum post quoting a WeChat article: 2022-5-9 08:02:44 | 显示全部楼层 is when it was posted."""
    page = clean_page(
        "青禾论坛\n查看: 205|回复: 0\n\n社区干部冲锋在前助防控\n\n"
        "2022-5-9 08:02:44 | 只看该作者 | 电梯直达\n"
        "公众号名称: 青禾税务\n标题: 社区干部冲锋在前助防控\n作者:\n发布时间: 2022-04-04 16:11\n\n"
        "清晨五点半，赵立新就赶到了卡口，一边疏导车辆，一边登记进出的人。\n\n邻居们都夸他靠得住。\n"
    )
    assert page.published.isoformat() == "2022-04-04T16:11:00"
