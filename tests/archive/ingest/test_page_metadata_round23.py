"""Page metadata (issue 12, twenty-third round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.bylines import credited_outlet
from archive.ingest.clean import clean_page


def test_an_outlet_s_name_and_bao_dao_opening_the_story_name_the_outlet():
    """清河日报报道 战疫一线，…: the outlet's name and 报道, a space after them, open the story."""
    page = clean_page(
        "社区书记并肩战疫\n清河日报推荐\n清河日报报道 战疫一线，采访往往要见缝插针。\n"
        "韦晓岚在青松社区服务中心一楼办公，她说最近居民的问题比较多。\n"
    )
    assert page.source == "清河日报"


def test_a_story_citing_another_outlet_s_report_names_no_outlet():
    """The limit: 据清河日报报道，… or 清河日报报道，… with a comma cite a report; they are no dateline."""
    page = clean_page("社区书记并肩战疫\n清河日报报道，青松社区的居民排起长队。\n韦晓岚说，都很配合。\n")
    assert page.source == ""


def test_an_outlet_whose_name_ends_in_bao_dao_keeps_it():
    """清河报道讯（…）: 报道 ends the outlet's name (a magazine's), not 清河报 and a stray 道."""
    page = clean_page(
        "社区书记并肩战疫\n清河报道讯（韦晓岚 报道）连日来，青松社区的居民排起长队。\n志愿者说都很配合。\n"
    )
    assert page.source == "清河报道"


def test_a_media_group_s_reporter_credit_names_the_writers_outlet():
    """清河新闻传媒集团记者 甲 on its own line above 本报讯: the group is the outlet."""
    page = clean_page(
        "社区里的守夜人\n清河新闻传媒集团记者 韦晓岚\n通讯员 韦晓光\n"
        "本报讯 青松社区的防控要求一点也不能放松。\n社区书记邵明秋说，大家都很配合。\n"
    )
    assert page.source == "" and page.authors == ["韦晓岚", "韦晓光"]  # 本报讯 names no paper
    assert credited_outlet("清河新闻传媒集团记者 韦晓岚") == "清河新闻传媒集团"
