"""Round ten, pages with heavy site chrome (issue 12): furniture, headline repeats and outlets. One test per
class of mistake, each with the limit on the other side.

Pure; no database. Every page, outlet and name here is invented for the test (an invented town, 清河).
"""

from __future__ import annotations

import pytest

from archive.ingest.clean import clean_page
from archive.ingest.fields import lede_outlet

P1 = "三月初，青松社区的志愿者每天清晨在小区门口为居民测量体温，登记进出车辆。"
P2 = "社区党委书记骆志平说，四十多名党员分成六个小组，轮流守在各个楼栋门口。"
P3 = "网格员韦晓岚每天给独居老人打电话，问问家里缺不缺菜，有没有哪里不舒服。"
HEADLINE = "青松社区志愿者守在楼门口 老人买菜不出门"


@pytest.mark.parametrize(
    "echo",
    [
        "清河号首页,清河号logo 清河号首页,清河号logo 清河号首页,清河号logo 清河号首页,清河号",
        "清河新闻网标志 清河新闻网标志 清河新闻网标志 清河新闻网标志",
        "返回清河在线首页 返回清河在线首页 返回清河在线首页",
    ],
)
def test_words_echoed_three_times_over_the_page_are_chrome_and_no_prose(echo):
    page = clean_page("\n".join([echo, HEADLINE, "清河晨报", "2022-03-08 08:37:18", P1, P2]))
    assert page.title == HEADLINE and page.source == "清河晨报"
    assert echo in page.boilerplate and page.body == f"{P1}\n{P2}"
    # twice is no echo, and a story's line with repeated words differs in its parts
    page = clean_page("\n".join([HEADLINE, "2022-03-08 来源：清河日报", P1, "加油 加油", P2]))
    assert "加油 加油" not in page.boilerplate


@pytest.mark.parametrize("paper", ["清河晨报", "清河商报", "清河都市报", "清河早报"])
def test_a_papers_name_alone_beside_the_date_is_the_outlet_never_the_headline(paper):
    page = clean_page("\n".join([HEADLINE, paper, "|", "2022-03-08 08:37", P1, P2]))
    assert page.title == HEADLINE and page.source == paper and page.body == f"{P1}\n{P2}"


@pytest.mark.parametrize(
    "junk",
    [
        "b7c3a3388b18be06432901af7457313a_副本",
        "4fa41cf5e9a7421f95827cd9d6bb5094",
        "9e0d2c41a7b355f0_1",
        "A+A- |举报纠错",
        "A+ A- 打印 关闭",
        "字号：A+ A-",
        "------分隔线----------------------------",
        "====== 分割线 ======",
        "~~~~~~~~~~~~",
    ],
)
def test_image_hashes_font_buttons_and_rulers_are_chrome_inside_the_story(junk):
    page = clean_page("\n".join([HEADLINE, "来源：清河在线  2022-03-08 10:44:00", P1, junk, P2, P3]))
    assert junk in page.boilerplate and page.body == f"{P1}\n{P2}\n{P3}"


def test_hashes_buttons_and_rulers_limits_a_year_a_sentence_and_a_dash_subtitle_stay():
    lines = ["2022年是青松社区建成的第20年，A+A-这样的按钮居民都认得。", "——记青松社区的志愿者们"]
    page = clean_page("\n".join([HEADLINE, "来源：清河在线  2022-03-08", P1, *lines, P2]))
    assert all(line not in page.boilerplate for line in lines)
    assert not any(line.startswith("——") for line in page.boilerplate)


@pytest.mark.parametrize(
    "caption",
    [
        "志愿者在青松社区核酸检测点为居民答疑解惑。记者 骆志平 摄",
        "青松社区网格员上门为独居老人送菜。 清河图片社供图",
        "党员志愿者在小区门口登记进出车辆。韦晓岚 摄",
    ],
)
def test_a_photos_caption_with_its_credit_is_never_the_headline(caption):
    title, main = (
        "清河市广大党员群众积极投身社区防控一线",
        "同心守护 共克时艰",
    )  # a stack of titles, no dateline
    page = clean_page("\n".join([title, main, title, caption, P1, P2]))
    assert page.title != caption and page.title in (title, main)
    # a headline that names a photo (no sentence before the word) stays a headline
    page = clean_page("\n".join(["清河老街新旧对比组图", "2022-03-08 来源：清河日报", P1, P2]))
    assert page.title == "清河老街新旧对比组图"


@pytest.mark.parametrize(
    "repeat",
    [
        "**我在一线|青松社区志愿者守在楼门口**",
        "我在一线|青松社区志愿者守在楼门口",
        "**我在一线|青松社区志愿者守在楼门口",
    ],
)
def test_the_headline_repeated_in_the_story_bold_whole_or_cut_is_no_body(repeat):
    headline = "我在一线|青松社区志愿者守在楼门口"
    page = clean_page("\n".join([headline, "清河网:", P1, repeat, P2, repeat, P3, "**我在一线|青松社区志愿"]))
    assert page.body == f"{P1}\n{P2}\n{P3}"
    # a heading that only opens like the headline, mid-story, is the story's
    heading = "我在一线|青松社区"
    page = clean_page("\n".join([headline, "清河网:", P1, heading, P2, P3]))
    assert heading in page.body


@pytest.mark.parametrize(
    ("first", "outlet"),
    [
        (f"清河在线消息(韦晓岚 记者 骆志平){P1}", "清河在线"),
        (f"清河新闻网消息（记者 骆志平）{P1}", "清河新闻网"),
        (f"「本文来源:清河日报」清河日报客户端记者骆志平{P1}", "清河日报"),
        (f"【来源：清河晚报】{P1}", "清河晚报"),
    ],
)
def test_an_outlet_glued_to_the_first_paragraph_as_a_news_item_or_a_bracketed_source(first, outlet):
    page = clean_page("\n".join([HEADLINE, first, P2]))
    assert page.source == outlet and page.body.startswith(first[:6])
    # a story's word 消息 (good news) and this paper's own 本报消息 name no outlet
    assert lede_outlet("一个好消息：青松社区解封了。") == lede_outlet("本报消息（记者 骆志平）社区。") == ""
    # a body that published the news, and another outlet's report cited, are no dateline of the page's
    assert lede_outlet("市指挥部发布消息：明天起全员核酸。") == lede_outlet("据清河网消息：社区解封。") == ""


@pytest.mark.parametrize("value", ["清河文明网", "清河日报", "清河县融媒"])
def test_an_outlet_named_as_the_author_is_the_outlet_not_a_writer(value):
    page = clean_page("\n".join([HEADLINE, f"发布时间:2022-03-08  本文作者:{value}", P1, P2]))
    assert page.source == value and value not in page.authors
    # a person as the author stays a writer
    page = clean_page("\n".join([HEADLINE, "发布时间:2022-03-08  作者:骆志平", P1, P2]))
    assert page.authors == ["骆志平"] and page.source == ""


@pytest.mark.parametrize(
    ("dateline", "writers"),
    [
        ("2022-03-08 18:33:13 来源:清河日报 韦晓岚 骆志平", ["韦晓岚", "骆志平"]),
        ("来源：清河日报 韦晓岚  发布时间：2022-03-08", ["韦晓岚"]),
        ("发布时间：2022-03-08 来源：清河新闻网 骆志平", ["骆志平"]),
    ],
)
def test_the_writers_a_source_value_names_after_its_outlet_are_authors(dateline, writers):
    page = clean_page("\n".join([HEADLINE, dateline, P1, P2]))
    assert page.authors == writers and page.source in ("清河日报", "清河新闻网")
    # a page, an edition or a unit after the outlet names no writer
    for value in ("清河日报 江南版", "清河日报 第三版", "清河县 宣传部"):
        page = clean_page("\n".join([HEADLINE, f"来源：{value}", P1, P2]))
        assert page.authors == [] and page.source == value.split()[0]
