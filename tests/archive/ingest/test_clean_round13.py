"""Page cleaning on layouts nobody had tuned to (issue 12, thirteenth round): the headline among the
lines stacked over the story, and where the story begins and ends. One test per class of mistake, each
with the limit on the other side.

Pure; no database. Every line is written for these tests (an invented town, 清河, its outlets and people).
"""

from __future__ import annotations

import pytest

from archive.ingest.clean import clean_page

from .invented_page import HEAD, STORY


@pytest.mark.parametrize(
    "fragment",
    [
        "到村民",  # three characters cut off mid-sentence
        "“我们",  # a quotation's first word
        "同样，还有很多发生在社区温",  # a clause running on, then cut off
        "冲锋在前，党员身份亮",
        "“中南小区有17户",  # a number inside
        "目前，",
    ],
)
def test_a_capture_cut_off_on_a_short_fragment_keeps_it(fragment):
    page = clean_page("\n".join([*HEAD, *STORY, fragment]))
    assert page.body == "\n".join([*STORY, fragment])


def test_a_fragment_under_a_caption_between_paragraphs_is_kept():
    caption = "青松社区志愿者在门口为居民登记"
    fragment = "同样，还有很多发生在社区温"
    page = clean_page("\n".join([*HEAD, *STORY, caption, fragment]))
    assert page.body.endswith(f"{caption}\n{fragment}")


@pytest.mark.parametrize(
    "chrome",
    [
        *["清河晚", "清河日", "网站地图", "返回顶部", "站点地图", "意见反馈", "繁体", "我要投稿", "自"],
        *["人赞赏", "收录于话题", "用户协议", "联系方式", "抢沙发", "终审", "全文完", "新浪微博"],
    ],
)
def test_a_short_line_of_the_sites_or_an_outlets_name_cut_short_stays_out(chrome):
    page = clean_page("\n".join([*HEAD, *STORY, chrome]))
    assert page.body == "\n".join(STORY)


def test_a_short_fragment_under_a_line_that_is_no_sentence_stays_out():
    # under a label (no sentence of the story's above it) a word of three characters is the page's
    page = clean_page("\n".join([*HEAD, *STORY, "社区一角", "到村民"]))
    assert not page.body.endswith("到村民")


def test_a_kicker_running_into_the_headline_with_a_dash_is_no_headline():
    lines = ["清河县志愿者坚守防疫一线——", "用行动传递爱的奉献", "本报记者 韦晓岚", *STORY]
    page = clean_page("\n".join(lines))
    assert (page.title, page.subtitle) == ("用行动传递爱的奉献", "清河县志愿者坚守防疫一线")
    assert page.body == "\n".join(STORY) and lines[0] in page.metadata


@pytest.mark.parametrize(
    ("kicker", "main", "under"),
    [
        ("他们组成清河一道特别的风景线", "“红马甲”，与病毒赛跑", HEAD[1]),
        ("青松社区三百名志愿者日夜守护小区居民", "守好“小门” 护住万家", "本报记者 骆志平"),
        ("清河县机关干部和居民携手守护家园", "勠力同心 共克时艰", "本报记者 韦晓岚"),  # a couplet
    ],
)
def test_a_plain_kicker_over_a_shorter_marked_main_title_yields_to_it(kicker, main, under):
    page = clean_page("\n".join([kicker, main, under, *STORY]))
    assert (page.title, page.subtitle) == (main, kicker)
    assert page.body == "\n".join(STORY)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("清河县青松社区志愿者们坚守防疫一线", "社区书记的一天"),  # no title's mark under it
        ("青松社区的志愿者们守护小区的第十四天", "逐户排查送菜上门 守好每一扇门"),  # no couplet: unequal
        ("清河县青松社区志愿者们坚守防疫一线", "记“红马甲”韦晓岚"),  # a subtitle names its genre
        ("清河县青松社区志愿者们坚守防疫一线", "一、守好“小门”"),  # a section's heading
        ("清河县：青松社区志愿者坚守防疫一线", "“红马甲”，与病毒赛跑"),  # the first is no plain clause
    ],
)
def test_the_first_of_two_stacked_headline_lines_stays_the_headline_unless_it_is_a_kicker(first, second):
    page = clean_page("\n".join([first, second, HEAD[1], *STORY]))
    assert page.title == first


def test_a_marked_main_title_over_its_longer_subtitle_stays_the_headline():
    lines = ["“楼长”又当“快递员”", "清河县三百名机关党员干部下沉社区一线", "本报记者 骆志平", *STORY]
    page = clean_page("\n".join(lines))
    assert (page.title, page.subtitle) == tuple(lines[:2])


def test_a_marked_line_under_the_headline_with_the_story_under_it_is_no_main_title():
    # no dateline under the two: the marked line may be the story's first heading
    lines = ["清河县青松社区志愿者们坚守防疫一线", "守好“小门” 护住万家", *STORY]
    assert clean_page("\n".join(lines)).title == lines[0]


TOOLBAR = [
    "拼音",
    "辅助浏览",
    "读屏",
    "配色",
    "白底黑字蓝链接",
    "黄底黑字蓝链接",
    "页面原始配色",
    "大鼠标",
    "指读",
]


def test_an_accessibility_toolbar_one_entry_a_line_is_chrome_and_never_the_headline():
    page = clean_page("\n".join([*TOOLBAR, *HEAD, *STORY]))
    assert page.title == HEAD[0] and page.body == "\n".join(STORY)
    assert "白底黑字蓝链接" in page.boilerplate


@pytest.mark.parametrize(
    "tail",
    [
        ["清河社区志愿者在行动", HEAD[1]],  # a headline under a menu, the dateline under it
        ["清河社区志愿者在行动", "韦晓岚", HEAD[1]],  # …and a name under it
    ],
)
def test_a_longer_line_ending_a_menu_column_is_no_menu_entry(tail):
    page = clean_page("\n".join(["首页", "新闻", "社区", "服务", *tail, *STORY]))
    assert page.title == tail[0]


SECTIONED = [
    "◉社区工作人员共有168人，其中女性118人。",
    "◉每轮摸排居民10690户、27578人。",
    "“连轴转”成了社区的日常",
    "社区书记韦晓岚说，这两周里工作人员几乎没有休息过一天，大家都在坚持。",
]


def test_the_storys_first_heading_and_a_lead_in_with_a_colon_open_the_body():
    page = clean_page("\n".join([*HEAD, "一个街道的数据看摸排", "青松街道：", *SECTIONED]))
    assert page.body.startswith("一个街道的数据看摸排\n青松街道：\n◉社区工作人员")


@pytest.mark.parametrize(
    "run",
    [
        ["社区动态", "青松街道："],  # a column's word of four characters: no section heading
        ["一个街道的数据看摸排", "青松街道"],  # no lead-in: two labels
    ],
)
def test_two_labels_over_the_first_paragraph_stay_out(run):
    page = clean_page("\n".join([*HEAD, *run, *SECTIONED]))
    assert page.body.startswith("◉社区工作人员")


CLOSING = [["责任编辑：骆志平"], ["分享到："], ["相关新闻"], ["【打印】【关闭】"], []]


@pytest.mark.parametrize("after", CLOSING)
@pytest.mark.parametrize(
    "last",
    [
        "大家都说好。（记者 韦晓岚 通讯员 骆志平）",  # a short last paragraph, its credit glued on
        "大家都说好！(清河日报全媒体记者 韦晓岚 实习生 骆志平)",
        "大家都说好。-END-",  # an end mark glued on
        "“没事，应该的”",  # a closing quotation with no full stop
        "“守好大门，就是守好家”",
        "致敬，最美逆行者",  # clauses split by a comma
    ],
)
def test_the_storys_short_last_line_stays_whatever_follows_it(last, after):
    page = clean_page("\n".join([*HEAD, *STORY, last, *after]))
    assert page.body == "\n".join([*STORY, last])


def test_the_credit_glued_to_a_short_last_sentence_names_the_writers():
    page = clean_page("\n".join([*HEAD, *STORY, "大家都说好。（记者 韦晓岚 通讯员 骆志平）"]))
    assert page.authors == ["韦晓岚", "骆志平"]
    # a credit alone on its line, or a key's value before it, is no story line
    page = clean_page("\n".join([*HEAD, *STORY, "（记者 韦晓岚 通讯员 骆志平）"]))
    assert page.body == "\n".join(STORY)


@pytest.mark.parametrize("last", ["为他们点赞", "点击关注，了解更多", "扫码关注，获取更多资讯"])
def test_a_short_line_with_no_clause_or_with_a_sites_word_under_the_story_stays_out(last):
    page = clean_page("\n".join([*HEAD, *STORY, last, "责任编辑：骆志平"]))
    assert page.body == "\n".join(STORY)


def test_a_three_decker_headline_kicker_main_title_and_dashed_subtitle():
    lines = ["清河县青松社区志愿者坚守一线——", "守好小区大门", "——记青松社区的志愿者们", HEAD[1], *STORY]
    page = clean_page("\n".join(lines))
    assert (page.title, page.subtitle) == ("守好小区大门", "记青松社区的志愿者们")
    assert page.body == "\n".join(STORY)
    # a short main title with its dashed subtitle and no kicker: the subtitle is never the headline
    page = clean_page("\n".join(lines[1:]))
    assert (page.title, page.subtitle) == ("守好小区大门", "记青松社区的志愿者们")
