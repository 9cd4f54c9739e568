"""Which block is the story and which line is the headline (issue 12, sixteenth round): one test per
class, each with the limit on the other side.

Pure; no database. Every line is written for these tests (an invented town, 清河, its outlets and people).
"""

from __future__ import annotations

import pytest

from archive.ingest.clean import clean_page

from .invented_page import HEAD, STORY


@pytest.mark.parametrize(
    "prompt",
    [
        ["扫码关注公众号", "暖心年夜饭", "清河区政务服务大厅开展“一窗通办”观摩活动"],
        ["扫一扫关注我们", "清河县图书馆迎来新春读书季"],
        ["扫描二维码", "关注清河县新华书店", "(春风里"],
        ["二维码", "清河新闻客户端上线三周年纪念活动举行"],
    ],
)
def test_a_code_or_follow_prompt_under_the_story_closes_it(prompt):
    page = clean_page("\n".join([*HEAD, *STORY, *prompt]))
    assert page.body == "\n".join(STORY)


@pytest.mark.parametrize(
    "line",
    [
        "居民扫码关注社区公众号后,就能在线预约核酸检测。",
        "志愿者韦晓岚帮老人扫描二维码,一户一户登记。",
    ],
)
def test_a_sentence_about_scanning_a_code_stays_in_the_story(line):
    page = clean_page("\n".join([*HEAD, STORY[0], line, *STORY[1:]]))
    assert line in page.body
    assert page.body.endswith(STORY[-1])


@pytest.mark.parametrize("bar", ["T + -", "A + -", "T - +", "A+ A-"])
def test_a_spaced_out_font_button_bar_over_the_story_is_chrome(bar):
    page = clean_page("\n".join([*HEAD, bar, *STORY]))
    assert page.body == "\n".join(STORY)
    assert bar in page.boilerplate


def test_a_spaced_heading_in_words_over_the_story_is_no_button_bar():
    page = clean_page("\n".join([*HEAD, "一线 值守", "青松社区的居民们在小区门口排起长队。", *STORY]))
    assert "一线 值守" not in page.boilerplate


@pytest.mark.parametrize("banner", ["清河网-清河县资讯网", "青松网-清河新闻网", "清河报-清河日报客户端"])
def test_two_outlet_names_joined_by_a_hyphen_are_the_sites_banner_not_the_headline(banner):
    page = clean_page("\n".join([banner, "寒夜里的守门人", "2022-04-09 10:20 来源：清河日报", *STORY]))
    assert page.title == "寒夜里的守门人"


def test_a_hyphen_after_an_outlet_word_inside_a_headline_leaves_it_the_headline():
    page = clean_page("\n".join(["清河县打好防疫攻坚战-全县党员下沉社区", HEAD[1], *STORY]))
    assert page.title == "清河县打好防疫攻坚战-全县党员下沉社区"


LEDE = "春寒料峭，夜色里的青松社区，党员志愿者接力守在小区门口；村口，治保队员二十四小时值守，一刻也不放松。"


def test_a_reporter_going_somewhere_in_a_later_paragraph_names_no_outlet():
    later = "3月5日晚上7时许，清河晚报记者来到青松社区北门，志愿者韦晓岚正在给进出的居民测体温。"
    page = clean_page("\n".join(["青松社区的守夜人", LEDE, "无物业小区有了管委会", later, *STORY]))
    assert page.source == ""
    assert later in page.body


@pytest.mark.parametrize(
    "lede",
    [
        "3月5日，清河晚报记者从清河区民政局获悉，全区三百名机关干部已分头到各个小区帮着值守、送菜。",
        "近日，清河日报全媒体记者走进青松社区，看到志愿者们正在挨家挨户登记居民的出行情况和健康信息。",
    ],
)
def test_a_reporter_opening_the_story_names_its_outlet(lede):
    page = clean_page("\n".join(["青松社区的守夜人", lede, *STORY]))
    assert page.source in lede
    assert page.source.endswith(("晚报", "日报"))


@pytest.mark.parametrize("unit", ["宣传部", "组织部", "统计局", "区委办"])
def test_a_units_name_on_the_source_line_is_the_outlet(unit):
    page = clean_page("\n".join([HEAD[0], f"时间: 2022年04月09日 09:43 来源: {unit} 点击:[]", *STORY]))
    assert page.source == unit


def test_a_persons_name_on_the_source_line_is_no_outlet():
    page = clean_page("\n".join([HEAD[0], "时间: 2022年04月09日 09:43 来源: 骆志平 点击:[]", *STORY]))
    assert page.source != "骆志平"


@pytest.mark.parametrize("key", ["原标题:", "原标题：", "【原标题】"])
def test_a_headline_printed_as_a_field_is_split_at_its_dash_like_a_headline_line(key):
    lines = ["2022-04-09 10:20", f"{key}守好每一扇门——清河县青松社区防控工作小记", *STORY]
    page = clean_page("\n".join(lines))
    assert (page.title, page.subtitle) == ("守好每一扇门", "清河县青松社区防控工作小记")


def test_a_headline_printed_as_a_field_without_a_dash_is_kept_whole():
    page = clean_page("\n".join(["2022-04-09 10:20", "原标题:清河县青松社区:志愿者守好每一扇门", *STORY]))
    assert page.title == "清河县青松社区:志愿者守好每一扇门"
