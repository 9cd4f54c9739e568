"""Page metadata (issue 12, twenty-third round). Pages written for these tests."""

from __future__ import annotations

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
