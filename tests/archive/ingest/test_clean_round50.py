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


def test_a_dateline_opening_with_the_sites_address_is_read():
    """http://某某.com 2021-09-28 17:33:41 来源:某某 责任编辑:某某: the site's address before the date is
    no link line of chrome; the date, the outlet and the editor are read from it."""
    line = "http://wmf.qinghe.com 2021-09-28 17:33:41 来源:青禾风 责任编辑:林静"
    page = clean_page(f"青松社区开展慰问活动\n{line}\n{_STORY}\n{_MORE}\n")
    assert (page.source, str(page.published), page.editors) == ("青禾风", "2021-09-28 17:33:41", ["林静"])
    assert clean_page(f"青松社区开展慰问活动\nhttp://www.qinghe.com\n{_STORY}\n{_MORE}\n").body.startswith(
        "清晨"
    )


def test_a_credit_saying_where_the_reporter_reports_from():
    """某某财经全媒体记者甲 广州报道 under the headline: the place the reporter reports from is no writer,
    the brand before the newsroom's word is none either, and the outlet whose reporter it credits is the
    story's source (no 来源 line names another)."""
    page = clean_page(f"青松社区的一天\n青禾财经全媒体记者韦晓岚 广州报道\n{_STORY}\n{_MORE}\n")
    assert (page.source, page.authors) == ("青禾财经全媒体", ["韦晓岚"])
    page = clean_page(f"青松社区的一天\n2022-04-10\n记者 韦晓岚 北京报道\n{_STORY}\n{_MORE}\n")
    assert (page.source, page.authors) == ("", ["韦晓岚"])


def test_a_source_shaped_like_a_name_is_the_outlet_the_page_datelines():
    """来源:青明风 (a surname and two characters, like a person's name) on a page whose breadcrumb and
    dateline write it as an outlet (青明风首页, 青明风9月28日讯): the outlet, not a person."""
    page = clean_page(
        "青明风首页 > 地方巡礼\n青松社区开展慰问活动\n2021-09-28 17:33 来源:青明风 责任编辑:林静\n"
        f"青明风9月28日讯 {_STORY}\n{_MORE}\n"
    )
    assert page.source == "青明风"
    assert clean_page(f"青松社区开展慰问活动\n2021-09-28 来源:韦晓岚\n{_STORY}\n{_MORE}\n").source == ""


def test_a_credit_opening_a_page_without_headline_names_its_source():
    """No headline, 某某财经全媒体记者甲 广州报道 on the first line: the credit still names the outlet."""
    page = clean_page(f"青禾财经全媒体记者韦晓岚 广州报道\n{_STORY}\n{_MORE}\n")
    assert (page.source, page.authors) == ("青禾财经全媒体", ["韦晓岚"])


def test_two_writers_printed_as_one_run_are_two():
    """作者甲乙 with no space between two three-character names: two writers, never a person of the story."""
    page = clean_page(f"青松社区的一天\n作者韦晓岚骆志平\n{_STORY}\n{_MORE}\n")
    assert page.authors == ["韦晓岚", "骆志平"]


def test_contact_lines_the_story_announces_are_its_list():
    """…热线及服务时间如下: then a line per county with its number: the story's list, not the site's
    contacts or a run of teasers after the story."""
    hotlines = [
        "甲县0739-5164006  08:00-20:00",
        "乙县13873956078  09:00-21:00",
        "丙县0739-4822098  08:00-12:00",
    ]
    page = clean_page(
        "\n".join(
            ["青松热线开通", "2020-02-10 来源:清河日报", _STORY, _MORE, "热线及服务时间如下:", *hotlines]
        )
    )
    assert page.body.endswith(hotlines[-1])
