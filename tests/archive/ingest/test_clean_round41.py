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


def test_an_outlets_name_over_its_social_badge_in_traditional_script_is_chrome():
    """鄉村干部報網 / 微信公眾號: the account's name over the platform, as 乡村干部报网 / 微信公众号 is."""
    page = clean_page(
        "“小涵主播”和她的“云村民”\n2022-04-08 10:55:00  來源:青禾干部報  作者:聶偉\n1\n\n"
        "青禾干部報網\n微信公眾號\n\n青禾干部報網\n官方微博\n\n"
        "  圖為馬小涵(右)在為村里的農產品直播帶貨。\n\n"
        "3月29日早上5點，馬小涵就起床了，第一時間打開手機。\n\n身為青禾村黨支部書記，馬小涵每天都要直播兩個小時。\n"
    )
    assert page.body.startswith("圖為馬小涵")


def test_a_forum_posts_stamp_yields_to_the_quoted_articles_publication_time():
    """A forum post quoting a WeChat article: 2022-4-6 11:25:10 | 显示全部楼层 is when it was posted."""
    page = clean_page(
        "青禾论坛\n查看: 205|回复: 0\n\n社区干部冲锋在前助防控\n\n"
        "2022-4-6 11:25:10 | 显示全部楼层 |阅读模式\n"
        "公众号名称: 青禾税务\n标题: 社区干部冲锋在前助防控\n作者:\n发布时间: 2022-04-04 16:11\n\n"
        "凌晨6:00，刘亮带头前往应急执勤地点，现场指挥、参与一线防控工作。\n\n大家都说他是主心骨。\n"
    )
    assert page.published.isoformat() == "2022-04-04T16:11:00"
