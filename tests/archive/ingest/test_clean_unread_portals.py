"""Headlines and chrome on portal, government and e-paper pages nobody had read (issue 12, sixth round):
one test per class of mistake, each with the limit on the other side.

Pure; no database. Every line is written for these tests (an invented town, 清河, and its site).
"""

from __future__ import annotations

import pytest

from archive.ingest.chrome import is_boilerplate
from archive.ingest.clean import clean_page

from .invented_page import HEAD, STORY

DATELINE = HEAD[1]


@pytest.mark.parametrize(
    "headline",
    [
        "“我们守好大门，居民才安心”",  # wholly in quotes
        "青松社区志愿者的坚守……",  # ending in an ellipsis
        "社区观察 | 90后网格员守卡口的24小时",  # a number beside a bar
        "3 天 3 夜，青松社区志愿者守好大门",  # a number opening it
        "青松社区志愿者守好小区大门。",  # ending in a full stop
    ],
)
def test_a_short_label_above_the_headline_yields_to_the_line_the_dateline_follows(headline):
    page = clean_page("\n".join(["抗疫一线", headline, DATELINE, *STORY]))
    assert page.title in headline and len(page.title) >= 10
    assert page.body == "\n".join(STORY) and "抗疫一线" in page.boilerplate


def test_a_quoted_lede_under_the_headline_and_its_dateline_is_not_the_title():
    lede = "“社区就是我们的家，守好大门是本分”"
    page = clean_page("\n".join(["抗疫一线", HEAD[0], DATELINE, lede, *STORY]))
    assert page.title == HEAD[0]
    # a short headline, then a sentence with a clause before its full stop: that sentence is a lede
    page = clean_page("\n".join(["战疫日记", "三月初，志愿者们守在小区门口。", DATELINE, *STORY]))
    assert page.title == "战疫日记"


def test_a_menu_printed_one_link_a_line_over_the_page_is_chrome_and_never_the_headline():
    menu = ["首页", "清河交通", "清河医院", "清河美食", "清河新闻"]
    headline = "青松社区这位书记在车顶装了个喇叭,天天喊"  # a comma inside: no dateline needed to find it
    page = clean_page("\n".join([*menu, headline, *STORY]))
    assert page.title == headline
    assert page.body == "\n".join(STORY) and all(item in page.boilerplate for item in menu)


def test_a_short_headline_with_its_dateline_under_a_menu_is_still_the_headline():
    page = clean_page("\n".join(["首页", "本地新闻", "便民服务", "战疫先锋", DATELINE, *STORY]))
    assert page.title == "战疫先锋" and page.body == "\n".join(STORY)
    # a word or two heading the story, with a second heading further down, stays: one line is no menu
    story = ["清晨值守", STORY[0], "深夜送药", *STORY[1:]]
    assert clean_page("\n".join([*HEAD, *story])).body == "\n".join(story)


@pytest.mark.parametrize("key", ["通版阅读请点击:", "热门搜索：", "导语：", "图片："])
def test_a_key_with_no_value_above_the_story_is_chrome(key):
    page = clean_page("\n".join([key, *HEAD, key, *STORY]))
    assert page.title == HEAD[0] and page.body == "\n".join(STORY)
    assert page.boilerplate.count(key) == 2


@pytest.mark.parametrize("line", ["社区书记说：", "各位居民朋友："])
def test_a_speaker_before_a_quotation_or_a_salutation_opening_the_story_stays(line):
    quote = "“这两周，大家辛苦了，小区的每一扇门都有人守着。”"
    page = clean_page("\n".join([*HEAD, line, quote, *STORY]))
    assert page.body == "\n".join([line, quote, *STORY])


def test_a_line_printed_in_the_header_and_again_in_the_footer_is_the_sites_banner_not_the_headline():
    banner = "清河网 清河人自己的网上家园 欢迎常来"
    page = clean_page("\n".join([banner, f"【同心战疫】{HEAD[0]}", *STORY, "责任编辑：王小明", banner]))
    assert page.title == f"【同心战疫】{HEAD[0]}"  # the column's tag printed with it
    assert page.body == "\n".join(STORY) and page.boilerplate.count(banner) == 2


def test_a_headline_repeated_under_its_pictures_is_still_the_headline():
    page = clean_page("\n".join([HEAD[0], STORY[0], HEAD[0], STORY[1], HEAD[0]]))
    assert page.title == HEAD[0] and page.body == "\n".join(STORY[:2])
    # with a kicker and its dateline under it, the headline repeated between the paragraphs stays the title
    page = clean_page(
        "\n".join([HEAD[0], "逐户排查送菜上门 守好每一扇门", DATELINE, STORY[0], HEAD[0], *STORY[1:]])
    )
    assert page.title == HEAD[0]


@pytest.mark.parametrize(
    "line",
    [
        "清河某某诊所 http://ads.example.net/qh/clinic_17.html",
        "https://news.example.com/p/20220409_8812?from=share&channel=qh_local_3",
    ],
)
def test_a_links_address_on_a_line_of_its_own_is_chrome_wherever_it_stands(line):
    assert is_boilerplate(line)
    page = clean_page("\n".join([line, *HEAD, *STORY, line]))
    assert page.title == HEAD[0] and page.body == "\n".join(STORY)


def test_a_sentence_naming_a_web_address_is_the_storys():
    line = "居民可以登录 www.example.cn 预约核酸检测，也可以拨打社区电话。"
    assert not is_boilerplate(line)
    page = clean_page("\n".join([*HEAD, *STORY, line]))
    assert page.body == "\n".join([*STORY, line])


@pytest.mark.parametrize("button", ["调整字体", "首页"])
def test_a_font_control_or_a_home_link_on_its_own_line_is_chrome(button):
    page = clean_page("\n".join([*HEAD, button, *STORY, button]))
    assert page.body == "\n".join(STORY) and page.boilerplate.count(button) == 2


@pytest.mark.parametrize(
    "line",
    [f"• {HEAD[0]}", f"{HEAD[0]}（组图）", f"{HEAD[0]}[视频]", f"《清河日报》:{HEAD[0]}(图)"],
)
def test_a_bullet_a_picture_mark_or_an_outlets_tag_around_the_headline_is_not_its_words(line):
    assert clean_page("\n".join([line, DATELINE, *STORY])).title == HEAD[0]


def test_a_headlines_own_bracket_at_its_end_stays():
    headline = "青松社区的志愿者们（上）"
    assert clean_page("\n".join([headline, DATELINE, *STORY])).title == headline


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("清河在线     发布时间:2022-04-09", "清河在线"),
        ("2022-04-09 10:20 清河日报社/清河新闻", "清河日报社/清河新闻"),
    ],
)
def test_the_outlet_printed_beside_the_date_without_a_source_key_is_the_site(dateline, outlet):
    """(Round 49: the site showing the page; the source is what a 来源 key or the page's reporters name.)"""
    page = clean_page("\n".join([HEAD[0], dateline, *STORY]))
    assert (page.source, page.site) == ("", outlet) and page.published is not None


@pytest.mark.parametrize("dateline", ["王小明     发布时间:2022-04-09", "2022-04-09 10:20 王小明/李小红"])
def test_a_name_beside_the_date_is_no_outlet(dateline):
    assert clean_page("\n".join([HEAD[0], dateline, *STORY])).source == ""
