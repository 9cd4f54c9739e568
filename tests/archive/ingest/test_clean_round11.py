"""Page cleaning and metadata, issue 12, eleventh round: one test per class of mistake, each with the
limit on the other side.

Pure; no database. Every line is written for these tests (an invented town, 清河, its outlets and people).
"""

from __future__ import annotations

import pytest

from archive.ingest.clean import clean_page
from archive.ingest.layout import photo_credit

from .invented_page import HEAD, STORY


@pytest.mark.parametrize(
    "line",
    [
        "志愿者为居民分拣生活物资。（韦晓岚 摄）",
        "志愿者为居民分拣生活物资。社区供图",
        "志愿者在小区门口值守（5月3日航拍摄）。",
        "志愿者在小区门口值守。 清河日报记者 骆志平 摄",
        "清河晚报记者骆志平/摄",
        "居民排队登记。（资料图）",
    ],
)
def test_a_line_closed_by_a_photo_credit_is_a_caption_wherever_it_is_asked(line):
    assert photo_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "社区绘就了发展的新蓝图，居民们都很满意。",
        "网格员把小区的地图贴在了门口。",
        "志愿者们说：“这些照片，我们都会好好收藏。”",
        "青松社区举办抗疫主题摄影",  # a headline ending in 摄影
        "居民们正在拍摄",
    ],
)
def test_a_sentence_that_only_speaks_of_pictures_is_no_caption(line):
    assert not photo_credit(line)


def test_a_headline_ending_in_a_photo_word_is_the_headline():
    page = clean_page("\n".join(["青松社区举办抗疫主题摄影", HEAD[1], *STORY]))
    assert page.title == "青松社区举办抗疫主题摄影" and page.body == "\n".join(STORY)


def test_photo_captions_under_the_story_are_metadata_and_the_story_keeps_its_last_line():
    caption = "志愿者为居民分拣生活物资。 清河日报记者 骆志平 摄"
    page = clean_page("\n".join([*HEAD, *STORY, caption]))
    assert page.body.endswith(STORY[-1]) and caption in page.metadata


@pytest.mark.parametrize(
    ("lede", "outlet"),
    [
        ("清河晚报掌上汉中5月6日讯（全媒体记者 韦晓岚）青松社区的志愿者们又出发了。", "清河晚报"),
        ("清河日报掌上清河讯 青松社区的楼道里，贴满了居民写给志愿者的便条。", "清河日报"),
        ("清河日报 清河网 清河新闻讯 “终于解封了！”青松社区的居民说。", "清河日报"),
        ("清河晚报　清河头条网讯（记者 骆志平）入冬以后，值守点添了炉子。", "清河晚报"),
        ("清河网-清河日报汉中讯（记者 韦晓岚）青松社区织密了一张网。", "清河网-清河日报"),
    ],
)
def test_a_repost_dateline_names_the_paper_before_its_app_the_first_of_a_group_and_a_joined_pair(
    lede, outlet
):
    page = clean_page("\n".join([HEAD[0], lede, *STORY]))
    assert page.source == outlet and page.body.startswith(lede)


@pytest.mark.parametrize(
    ("lede", "outlet"),
    [
        ("社区 来电讯 大家都说好，志愿者们辛苦了。", ""),  # words before a space are no outlets
        ("清河网-社区频道汉中讯 志愿者们守在小区门口。", "清河网"),  # a site's channel after the dash
    ],
)
def test_words_before_a_dateline_or_a_channel_after_a_dash_are_no_outlet_of_their_own(lede, outlet):
    assert clean_page("\n".join([HEAD[0], lede, *STORY])).source == outlet


def test_the_writers_paper_on_a_dateline_is_the_outlet_where_no_source_line_names_one():
    dateline = "2022-04-09 10:20 韦晓岚 骆志平 清河科技报记者 柏明远 1110 点击"
    page = clean_page("\n".join([HEAD[0], dateline, *STORY]))
    assert page.source == "清河科技报" and page.body == "\n".join(STORY)
    own = "2022-04-09 10:20 本报记者 柏明远"  # this paper: no name
    assert clean_page("\n".join([HEAD[0], own, *STORY])).source == ""
    keyed = "2022-04-09 10:20 来源：清河日报 清河科技报记者 柏明远"  # the 来源 line wins
    assert clean_page("\n".join([HEAD[0], keyed, *STORY])).source == "清河日报"


def test_a_joined_pair_of_outlets_in_a_dateline_names_no_organisation_of_the_story():
    from archive.ingest.extract import extract

    text = "清河网-清河日报汉中讯（记者 韦晓岚）青松社区织密了一张网。"
    found = extract(text)  # the page's own outlets (its source), nothing inside them either
    assert [o.name for o in found.organizations] == [] and "青松社区" in [p.name for p in found.places]


@pytest.mark.parametrize(
    ("line", "title", "subtitle"),
    [
        (
            "白天守卡口夜里送药箱 —— 清河县青松社区三百名志愿者坚守疫情防控一线的日日夜夜",
            "白天守卡口夜里送药箱",
            "清河县青松社区三百名志愿者坚守疫情防控一线的日日夜夜",
        ),
        (
            "“三班制”“送上门”全流程防疫 —— 清河最大楼盘小区青松世纪城严字当头织牢织密防控网",
            "“三班制”“送上门”全流程防疫",
            "清河最大楼盘小区青松世纪城严字当头织牢织密防控网",
        ),
        (
            "守好小区大门 ——清河县青松社区志愿者坚守一线四十天的日日夜夜纪实报道",
            "守好小区大门",
            "清河县青松社区志愿者坚守一线四十天的日日夜夜纪实报道",
        ),
    ],
)
def test_a_long_headline_and_subtitle_on_one_line_is_split_not_taken_for_prose(line, title, subtitle):
    page = clean_page("\n".join([line, *STORY]))
    assert (page.title, page.subtitle) == (title, subtitle) and page.body == "\n".join(STORY)


def test_a_long_sentence_with_a_dash_is_no_headline_pair():
    line = "志愿者说——这是我们应该做的，居民们的安全比什么都重要，我们一定会守好小区的每一扇大门。"
    page = clean_page("\n".join([HEAD[0], line, *STORY]))
    assert page.title == HEAD[0] and page.body.startswith(line)


@pytest.mark.parametrize(
    ("above", "lede"),
    [
        ("清河区块链", "清河晚报掌上汉中10月27日讯（全媒体记者 韦晓岚）青松社区的志愿者们又出发了。"),
        ("清河融媒体中心出品", "本报讯（记者 骆志平）入冬以后，青松社区的值守点添了炉子。"),
        ("扫码下载看清河", "清河网讯 青松社区的楼道里，贴满了居民写给志愿者的便条。"),
    ],
)
def test_a_badge_over_the_paragraph_that_opens_with_the_papers_dateline_is_the_pages(above, lede):
    page = clean_page("\n".join([HEAD[0], above, lede, *STORY]))
    assert page.body.startswith(lede) and above not in page.body


@pytest.mark.parametrize("banner", ["新冠肺炎疫情防控快报", "清河战疫进行时", "抗击疫情专题"])
def test_a_columns_banner_over_the_first_paragraph_is_the_pages(banner):
    page = clean_page("\n".join([*HEAD, banner, *STORY]))
    assert page.body == "\n".join(STORY) and banner not in page.body


def test_a_heading_over_the_first_paragraph_stays_and_so_does_a_banner_shaped_heading_among_more():
    page = clean_page("\n".join([*HEAD, "五点钟的小区门口", *STORY]))  # no dateline opens the story
    assert page.body == "\n".join(["五点钟的小区门口", *STORY])
    story = ["一线快报", STORY[0], "深夜送药", STORY[1], STORY[2]]  # the story's own headings
    assert clean_page("\n".join([*HEAD, *story])).body == "\n".join(story)


def test_a_sentence_naming_a_sites_link_word_stays_in_the_story_and_the_link_row_does_not():
    said = "“好的，感谢您。如果楼里有人从外地回来，也要联系我们。”网格员韦晓岚说。"
    page = clean_page("\n".join([*HEAD, STORY[0], said, *STORY[1:], "关于我们 | 联系我们 | 网站地图"]))
    assert page.body == "\n".join([STORY[0], said, *STORY[1:]])
    assert "关于我们 | 联系我们 | 网站地图" in page.boilerplate
