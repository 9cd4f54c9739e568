"""Page metadata and chrome (issue 12, forty-seventh round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page

_STORY = "青松社区的志愿者们每天守在小区门口,帮居民量体温、做登记,一刻也不放松。"


def test_the_font_size_buttons_end_the_source_before_them():
    """信息来源:某某法院字号:[ ]: the font-size buttons glued after the outlet are no part of it."""
    page = clean_page(
        f"青禾法庭干警下沉社区记\n\n发布日期:2022-05-12 信息来源:青禾法院字号:[ ]\n\n{_STORY}\n{_STORY}\n"
    )
    assert page.source == "青禾法院"


def test_a_mastheads_bulleted_publisher_keys_are_chrome():
    """• 主管:某某台   主办:某某集团 above the headline: the site's publisher line, never the title."""
    page = clean_page(
        "• 主管:青禾广播电视台   主办:青禾影视集团\n  • 设为首页\n  • 青禾县域网\n\n"
        f"青禾县:书香又回来了\n\n首页 > 乡村 > 正文\n\n日期:2021-09-01 17:15:36    来源:青禾县域网\n\n"
        f"{_STORY}\n{_STORY}\n"
    )
    assert page.title == "青禾县:书香又回来了"


def test_a_headline_with_a_space_then_the_pages_fields_on_one_line():
    """守护不易 谢谢有你 来源:某报 作者:甲 时间:2021-12-31: the headline (a space inside it) and the page's
    fields on one line, above a dateline lede: the headline is the title, the fields are read."""
    page = clean_page(
        "守护不易 谢谢有你 来源:青禾网-青禾报 作者:韦春兰 时间:2021-12-31\n"
        f"青禾网-青禾报讯(全媒体记者 韦春兰)“清晨5点,送菜的车开进社区,大家赶紧卸货。”{_STORY}\n{_STORY}\n"
    )
    assert page.title == "守护不易 谢谢有你"
    assert page.source == "青禾网-青禾报" and page.authors == ["韦春兰"]
