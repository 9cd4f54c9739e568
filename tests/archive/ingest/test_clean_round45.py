"""Page metadata and chrome (issue 12, forty-fifth round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page

_STORY = "青松社区的志愿者们每天守在小区门口,为居民测量体温、登记信息,一刻也不放松。"


def test_a_short_outlets_dateline_with_a_reporter_keyed_after_it():
    """南都讯 记者甲据…: the outlet of two characters before 讯, its reporter keyed without brackets
    after it, is the source (喜讯 and 某社区讯 are none)."""
    page = clean_page(f"卡口的雨夜\n南都讯 记者韦春兰据区政府通报,{_STORY}\n{_STORY}\n")
    assert page.source == "南都"
    assert clean_page(f"卡口的雨夜\n喜讯 记者韦春兰据区政府通报,{_STORY}\n{_STORY}\n").source == ""


def test_a_tag_line_holding_the_pages_fields_is_read():
    """标签:某某 | 来源:某某网 | 作者:甲: a tag line that holds the source and the writers is the page's
    field line, never chrome."""
    page = clean_page(
        f"首页 > 清河网 > 社区\n\n青松社区的志愿者们守好小区大门\n\n标签:社区 | 来源:清河网 | 作者:韦春兰\n\n"
        f"{_STORY}\n{_STORY}\n"
    )
    assert page.source == "清河网"
    assert "标签:社区 | 来源:清河网 | 作者:韦春兰" not in page.boilerplate


def test_a_bulleted_editors_line_with_the_date_under_the_story():
    """• 编辑:甲     2020-02-03 under the story: the editor and the page's date, no link to another page."""
    bar = "  • 编辑:骆秋菊     2020-02-03"
    page = clean_page(f"青松社区的志愿者们守好小区大门\n\n{_STORY}\n{_STORY}\n\n{bar}\n")
    assert page.published is not None and page.published.date().isoformat() == "2020-02-03"
    assert page.editors == ["骆秋菊"]
