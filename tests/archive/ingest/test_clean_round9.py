"""Page cleaning and metadata on pages nobody had read (issue 12, ninth round): one test per class of
mistake, each with the limit on the other side.

Pure; no database. Every line is written for these tests (an invented town, 清河, its outlets and people).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from archive.ingest.clean import clean_page

from .invented_page import HEAD, STORY


@pytest.mark.parametrize(
    ("lede", "outlet"),
    [
        ("清河晚报网5月6日讯 青松社区的楼道里，贴满了居民写给志愿者的便条。", "清河晚报网"),
        ("清河头条汉中5月6日讯（通讯员 骆志平）青松社区的志愿者们又出发了。", "清河头条"),
        ("中新社汉中11月9日电（记者韦晓岚）入冬以后，青松社区的值守点添了炉子。", "中新社"),
        ("清河日报客户端讯（清河日报记者 韦晓岚）青松社区织密了一张网。", "清河日报客户端"),
        ("清河晚报网-社区频道汉中8月2日讯 志愿者们守在小区门口。", "清河晚报网"),
    ],
)
def test_the_outlet_of_a_dateline_glued_to_the_first_paragraph_is_the_source(lede, outlet):
    page = clean_page("\n".join([HEAD[0], lede, *STORY]))
    assert page.source == outlet and page.body.startswith(lede)


@pytest.mark.parametrize(
    "lede",
    [
        "本报讯（记者 韦晓岚）青松社区在防控中织密了一张网。",  # this paper: no name
        "社区来电 大家都说好，志愿者们辛苦了。",  # a word ending in 电 opening a sentence
        "停电了，居民们点起了蜡烛，志愿者们挨家挨户送去手电。",
        "捷报喜讯 传遍了青松社区的每一栋楼，居民们都很高兴。",
    ],
)
def test_this_papers_dateline_or_a_sentence_opening_with_such_a_word_names_no_outlet(lede):
    assert clean_page("\n".join([HEAD[0], lede, *STORY])).source == ""


def test_a_source_line_wins_over_the_dateline_glued_to_the_story():
    lede = "清河晚报网讯 “门口的登记表每天换一本。”青松社区的书记说。"
    page = clean_page("\n".join([HEAD[0], "来源：清河日报社区频道", lede, *STORY]))
    assert page.source == "清河日报社区频道"


@pytest.mark.parametrize(
    ("wire", "title", "subtitle"),
    [
        (
            "新华社汉中5月6日电 题：守门人——清河300余名机关干部下沉社区",
            "守门人",
            "清河300余名机关干部下沉社区",
        ),
        ("新华社汉中2月3日电（记者韦晓岚）题：守好小区大门的人", "守好小区大门的人", ""),
        ("中新社汉中电 题:楼栋长的一天", "楼栋长的一天", ""),
    ],
)
def test_a_wires_headline_after_its_dateline_is_the_title(wire, title, subtitle):
    caption = "青松社区的志愿者在小区门口登记（5月5日摄）。新华社记者 骆志平 摄"
    page = clean_page("\n".join([caption, wire, "新华社记者韦晓岚", *STORY]))
    assert (page.title, page.subtitle) == (title, subtitle) and page.body == "\n".join(STORY)
    assert page.source in ("新华社", "中新社")
    # a story's sentence with 电 and 题 in it is no headline
    page = clean_page("\n".join([HEAD[0], "他说电话题目太难，大家都笑了，社区里又热闹起来。", *STORY]))
    assert page.title == HEAD[0]


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("15.04.2021  08:40", (2021, 4, 15, 8, 40)),  # day first, dotted
        ("来源:清河网-清河日报2021-04-15", (2021, 4, 15)),  # a 来源 value with its date glued on
        ("网址:example.cn 编辑:清河网 时间:2021-04-15 点击:", (2021, 4, 15)),  # a contact key first
    ],
)
def test_datelines_in_less_common_shapes_date_the_page(dateline, day):
    page = clean_page("\n".join([HEAD[0], dateline, *STORY]))
    assert page.published == datetime(*day) and page.body == "\n".join(STORY)  # noqa: DTZ001
    # the limits: a version number is no date, a contact line without a date key is the footer's
    page = clean_page("\n".join([HEAD[0], "版本 1.2.2020.5", *STORY]))
    assert page.published is None
    assert clean_page("\n".join([HEAD[0], *STORY, "网址:example.cn 电话:12345"])).published is None


def test_a_dateline_glued_to_the_first_sentence_is_split_from_it():
    first = "“家里还缺什么？药够不够？”骆志平一边敲门一边问，楼道里的灯一盏盏亮了。"
    page = clean_page("\n".join([HEAD[0], f"2021/4/15 来源:不详{first}", *STORY]))
    assert page.published == datetime(2021, 4, 15) and page.source == ""  # noqa: DTZ001 (不详: no outlet)
    assert page.body.startswith(first)
    # a date opening a sentence of the story is the story's
    lede = "2021年4月15日，青松社区的志愿者们一早就守在了小区门口。"
    page = clean_page("\n".join([HEAD[0], lede, *STORY]))
    assert page.body.startswith(lede)


@pytest.mark.parametrize(
    "chrome",
    [
        "收听本文 00:00/03:25",  # an audio player and its clock
        "智能朗读:",
        "00:00/02:41",
        "![]()",  # a Markdown image a scrape left
        "![青松社区](https://example.cn/a.jpg)",
        "当前版：03版 上一版 下一版",  # an e-paper's navigation
    ],
)
def test_players_scraped_images_and_e_paper_navigation_are_chrome(chrome):
    page = clean_page("\n".join([*HEAD, chrome, *STORY]))
    assert chrome in page.boilerplate and page.body == "\n".join(STORY)
    # a sentence about listening, or about the current page, is the story's
    line = "收听本文的居民说，社区广播每天8:00准时响起。"
    assert clean_page("\n".join([*HEAD, *STORY[:2], line])).body.endswith(line)


def test_a_table_scraped_one_cell_a_line_reads_as_its_lines():
    menu = ["清河新闻 |", " |", "|", "本地要闻 |", "|", "便民服务 |", " |", "图说清河 |"]
    lines = [*menu, f"{HEAD[0]} |", "骆志平 2021-04-15 |", *STORY]
    page = clean_page("\n".join(lines))
    assert page.title == HEAD[0] and page.published.day == 15 and page.body == "\n".join(STORY)
    # a bar inside a line stays: 社区观察 | 标题 is a column tag printed with the headline
    page = clean_page("\n".join(["社区观察 | 楼栋长的一天", HEAD[1], *STORY]))
    assert page.title == "社区观察 | 楼栋长的一天"


def test_a_short_kicker_above_the_headline_does_not_stop_the_search_for_it():
    page = clean_page("\n".join(["上一篇 下一篇", "清河县", "青松社区 战疫有我", *STORY]))
    assert page.title == "青松社区 战疫有我" and page.body == "\n".join(STORY)


@pytest.mark.parametrize(
    "lines",
    [
        ["楼栋长的一天", "清河日报", "2021-04-15"],  # the outlet above the date alone
        ["楼栋长的一天", "2021-04-15", "清河日报"],  # and under it
    ],
)
def test_an_outlet_on_its_own_line_beside_the_date_is_the_source_not_the_headline(lines):
    page = clean_page("\n".join([*lines, *STORY]))
    assert (page.title, page.source) == ("楼栋长的一天", "清河日报") and page.body == "\n".join(STORY)
    # a short label over the line the dateline follows still yields to it (the headline); the outlet in
    # that dateline, with no 来源 key, is the site showing the page (round 49)
    page = clean_page("\n".join(["抗疫一线", "“楼栋长的一天”", "清河日报 2021-04-15 10:20", *STORY]))
    assert (page.title, page.source, page.site) == ("“楼栋长的一天”", "", "清河日报")


@pytest.mark.parametrize("value", ["韦晓岚", "骆志平 2021-04-15"])
def test_a_persons_name_in_the_source_slot_is_not_the_outlet(value):
    page = clean_page("\n".join([HEAD[0], f"来源：{value}", *STORY]))
    assert page.source == "" and page.body == "\n".join(STORY)
    # an outlet of two or three characters, or a place's, stays the outlet
    for outlet in ("清河网", "新华社", "网络"):
        assert clean_page("\n".join([HEAD[0], f"来源：{outlet}", *STORY])).source == outlet


FORUM_TOP = [
    "返回列表 发新帖",
    "查看: 2318|回复: 12",
    HEAD[0],
    "[复制链接]",
    "楼主",
    "发表于 2021-4-15 09:12 | 只看该作者 | 倒序浏览 | 阅读模式",
    "本帖最后由 骆志平 于 2021-4-16 21:05 编辑",
]
FORUM_REPLY = [
    "回复 举报",
    "沙发",
    "发表于 2021-4-15 10:30 | 只看该作者",
    "辛苦了，向志愿者们致敬！",
    "回复 支持 反对",
]


def test_a_forum_posts_furniture_is_chrome_and_its_first_post_is_the_story():
    story = [f"{STORY[0]} t& Z* m8 P2 q#", "# Q3 t& Z* m8 P2", *STORY[1:]]  # anti-scrape filler
    page = clean_page("\n".join([*FORUM_TOP, *story, *FORUM_REPLY, "主题 12", "积分 1024"]))
    assert page.title == HEAD[0] and page.body == "\n".join(STORY)
    assert page.published == datetime(2021, 4, 15, 9, 12)  # noqa: DTZ001 (the first post's, not the edit's)
    assert "本帖最后由 骆志平 于 2021-4-16 21:05 编辑" in page.boilerplate and "沙发" in page.boilerplate


def test_the_forums_words_inside_a_sentence_and_english_words_stay():
    lines = [*HEAD, *STORY, "楼主说，沙发和板凳都搬到了楼下，回复大家的问题。", "I am a UN volunteer"]
    page = clean_page("\n".join(lines))
    assert page.body.endswith("楼主说，沙发和板凳都搬到了楼下，回复大家的问题。\nI am a UN volunteer")


@pytest.mark.parametrize("credit", ["文/清河日报记者 韦晓岚 实习生 骆志平", "清河网通讯员 骆志平"])
def test_the_writers_credit_under_the_lede_does_not_end_the_story(credit):
    lede = "清河县东关街道的青松社区有居民一千二百多户，老人多、楼道窄，防控怎么做才管用？"
    page = clean_page("\n".join([lede, credit, *STORY]))
    assert page.body == "\n".join([lede, *STORY]) and credit in page.metadata
    assert "骆志平" in page.authors
    # under two paragraphs a credit closes the story: what follows is another page's
    teaser = "清河县另一个社区的志愿者们也在行动，他们每天为独居老人送菜上门，风雨无阻，从不间断。"
    page = clean_page("\n".join([HEAD[0], *STORY[:2], credit, teaser]))
    assert page.body == "\n".join(STORY[:2])


@pytest.mark.parametrize("fragment", ["志愿者们又连夜赶", "青松社区党支部副书", "加强楼道消杀工作"])
def test_a_capture_cut_off_mid_sentence_keeps_its_last_fragment(fragment):
    page = clean_page("\n".join([*HEAD, *STORY, fragment]))
    assert page.body == "\n".join([*STORY, fragment])


@pytest.mark.parametrize("chrome", ["点击加载更多", "网站导航", "新闻排行", "清河日报社区版", "我要投稿"])
def test_a_short_line_of_the_sites_words_at_the_end_of_the_page_stays_chrome(chrome):
    page = clean_page("\n".join([*HEAD, *STORY, chrome]))
    assert page.body == "\n".join(STORY)


def test_a_government_accounts_name_after_the_headline_is_cut():
    page = clean_page("\n".join([f"{HEAD[0]}丨清河发布", *HEAD[1:], *STORY]))
    assert page.title == HEAD[0]
    # 发布 in the headline's own words stays
    page = clean_page("\n".join(["青松社区：新一批志愿者名单发布", *HEAD[1:], *STORY]))
    assert page.title == "青松社区：新一批志愿者名单发布"


@pytest.mark.parametrize(
    "caption",
    [
        "青松社区的志愿者把居民团购的物品按楼栋摆好（5月3日航拍摄）。",
        "青松社区的志愿者在小区门口登记（5月3日摄）。 新华社发",
    ],
)
def test_a_credited_caption_over_the_story_is_not_its_first_line(caption):
    page = clean_page("\n".join([*HEAD, caption, *STORY]))
    assert page.body == "\n".join(STORY) and caption in page.metadata
    # a story's sentence with a date in brackets is the story's
    line = "青松社区的志愿者把物品按楼栋摆好（5月3日）。"
    assert clean_page("\n".join([*HEAD, line, *STORY])).body.startswith(line)
