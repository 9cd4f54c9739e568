"""Round ten, metadata: titles and outlets (issue 12). One test per class of mistake, each with the limit
on the other side.

Pure; no database. Every page, outlet and name here is invented for the test (an invented town, 清河).
"""

from __future__ import annotations

import pytest

from archive.ingest.bylines import credited_outlet
from archive.ingest.clean import clean_page
from archive.ingest.read import html_to_text

P1 = "三月初，青松社区的志愿者每天清晨在小区门口为居民测量体温，登记进出车辆。"
P2 = "社区党委书记骆志平说，四十多名党员分成六个小组，轮流守在各个楼栋门口。"
HEADLINE = "青松社区志愿者守在楼门口 老人买菜不出门"


@pytest.mark.parametrize(
    "furniture",
    [
        ["往期阅读", "当前版: 03版 上一版 下一版", "上一篇 下一篇", "放大 缩小 默认"],
        ["往期阅读", "上一版", "下一版"],
        ["版面导航", "当前版：A02版", "上一篇    下一篇"],
        ["返回目录", "上一期 下一期", "版面概览"],
    ],
)
def test_an_e_papers_navigation_is_chrome_never_the_title(furniture):
    tail = ["上一篇 下一篇", "标题导航", "第01版:要闻", "第02版:社区", "清河县召开防控工作会议", HEADLINE]
    page = clean_page("\n".join([*furniture, HEADLINE, P1, P2, *tail]))
    assert page.title == HEADLINE and page.body == f"{P1}\n{P2}"
    assert set(furniture) <= set(page.boilerplate) and "标题导航" in page.boilerplate


def test_an_e_papers_navigation_read_from_html_and_a_sentence_opening_with_such_words():
    html = (
        "<html><body><div>往期阅读</div><div>当前版: 04版 <a>上一版</a> <a>下一版</a></div>"
        f"<h2>{HEADLINE}</h2><p>{P1}</p><p>{P2}</p><div>标题导航</div></body></html>"
    )
    page = clean_page(*html_to_text(html))
    assert page.title == HEADLINE and page.body == f"{P1}\n{P2}"
    # the words inside a sentence of the story are the story's
    story = "往期阅读过的报道里，青松社区的志愿者们也曾这样守在门口，风雨无阻。"
    page = clean_page("\n".join([HEADLINE, "2022-03-08 来源：清河日报", P1, story, P2]))
    assert story in page.body


@pytest.mark.parametrize(
    "line",
    [
        "■社区观察 青松社区四十名党员志愿者守好小区大门",
        "●战疫一线 清河市退休教师组成志愿队守护社区",
        "▲基层在行动 青松社区网格员的一个长夜",
        "◆“战疫”日记 网格员骆志平的二十四小时",
    ],
)
def test_a_column_label_marked_before_the_headline_on_its_line_stays(line):
    """(Round 50: a column's label is the headline's as printed, as 【栏目】 and 栏目 | are since round 49;
    it was cut here before.) The line is no body line either way."""
    page = clean_page("\n".join([line, "2022-03-08 10:20 来源：清河日报", P1, P2]))
    assert page.title == line and page.body == f"{P1}\n{P2}"


@pytest.mark.parametrize(
    "line",
    [
        "■青松社区 战疫有我",  # a two-part headline as short as its first part
        "▲清河县 志愿者们守护小区的第十四天",  # a place before the headline reads with it
        "■青松社区的志愿者们守护小区的第十四天",  # no space: a bullet, no label
    ],
)
def test_a_marked_two_part_headline_or_a_place_before_it_is_kept(line):
    page = clean_page("\n".join([line, "2022-03-08 10:20 来源：清河日报", P1, P2]))
    assert page.title == line[1:] and page.body == f"{P1}\n{P2}"


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("清河日报·掌上清河记者 韦晓岚", "清河日报·掌上清河"),  # a paper and its app joined by a middle dot
        ("清河晚报·青松在线记者 韦晓岚 通讯员 骆志平", "清河晚报·青松在线"),
        ("清报全媒体记者 韦晓岚", "清报全媒体"),  # a two-character paper's all-media brand
        ("清河融媒记者：韦晓岚", "清河融媒"),
        ("看青松记者：韦晓岚", "看青松"),  # a brand keyed by its reporter, whatever its shape
        ("《青松之声》记者/韦晓岚 通讯员/骆志平", "青松之声"),
    ],
)
def test_the_outlet_a_credit_names_is_read_whole_and_alone(credit, outlet):
    page = clean_page(f"青松社区的清晨\n{credit}\n{P1}\n{P2}")
    assert credited_outlet(credit) == outlet  # the writer's outlet (no source: no 来源 line names one)
    assert page.source == "" and "韦晓岚" in page.authors and page.body == f"{P1}\n{P2}"


@pytest.mark.parametrize(
    "credit",
    [
        "文·图/清河日报记者 韦晓岚",  # words and pictures, then the outlet
        "清河日报全媒体记者 韦晓岚",  # a paper's name stands alone: its all-media desk is no outlet
        "青松街道记者：韦晓岚",  # a unit
        "驻站记者：韦晓岚",  # a kind of reporter
        "随队记者：韦晓岚",
        "学生记者：韦晓岚",
        "全媒体记者：韦晓岚",
        "本报记者：韦晓岚",
        "清河观察 记者 韦晓岚",  # no key after the name, no outlet's shape
    ],
)
def test_a_credit_names_only_the_outlet_it_prints(credit):
    page = clean_page(f"青松社区的清晨\n{credit}\n{P1}\n{P2}")
    assert page.source == "" and "韦晓岚" in page.authors
    assert credited_outlet(credit) == ("清河日报" if credit.startswith(("文·图", "清河日报")) else "")


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("（来源：《青松之声》记者/韦晓岚 通讯员/骆志平）", "青松之声"),
        ("来源：《清河周刊》记者/韦晓岚", "清河周刊"),
        ("来源：《清河周刊》—清河网", "《清河周刊》—清河网"),  # a name as printed
        ("来源：清河日报（2022年03月08日 第03版）", "清河日报"),
    ],
)
def test_a_source_line_naming_a_programme_and_its_reporter_gives_the_programme(line, outlet):
    page = clean_page(f"青松社区的清晨\n2022-03-08\n{P1}\n{P2}\n{line}")
    assert page.source == outlet


MAIN = "楼栋长成了“送菜员”"
SUB = "清河市四十名退休教师组成志愿队轮流守护青松社区"


COLUMN_MAIN, COLUMN_SUB = "小巷里的“总管家”们", "记青松社区党委书记骆志平和她的十二名网格员"


@pytest.mark.parametrize(
    ("lines", "title", "subtitle"),
    [
        ([MAIN, SUB, "本报记者 韦晓岚", P1, P2], MAIN, SUB),  # a paper's byline under the pair
        ([f"{MAIN} |", f"{SUB} |", "骆志平 2022-03-08 |", P1, P2], MAIN, SUB),  # table cells, writer and day
        (
            ["当前位置:", "邻里同心 共守家园", "tu1_2022.jpg", SUB, f"清河日报讯（记者 韦晓岚）{P1}", P2],
            "邻里同心 共守家园",
            SUB,
        ),
        (
            ["清河新闻网", "首页 > 社区", COLUMN_MAIN, COLUMN_SUB, P1, P2],
            COLUMN_MAIN,
            COLUMN_SUB,
        ),  # the story
    ],
)
def test_a_short_main_title_over_a_longer_subtitle_line_is_the_title(lines, title, subtitle):
    page = clean_page("\n".join(lines))
    assert (page.title, page.subtitle) == (title, subtitle)
    assert page.body.endswith(P2) and subtitle not in page.body


def test_two_heading_lines_read_from_html_are_a_main_title_and_its_subtitle():
    html = (
        f"<html><body><div class='t1'>{MAIN}</div><div class='t2'>{SUB}</div>"
        f"<div>清河日报记者 韦晓岚</div><p>{P1}</p><p>{P2}</p></body></html>"
    )
    page = clean_page(*html_to_text(html))
    assert (page.title, page.subtitle, page.body) == (MAIN, SUB, f"{P1}\n{P2}")


@pytest.mark.parametrize(
    ("above", "under"),
    [
        ("众志成城 坚决打赢疫情防控阻击战", "发布时间：2022-03-08 10:20"),  # a banner, a portal's dateline
        ("坚决打赢疫情防控阻击战", "2022-03-08 来源：清河日报"),
        ("众志成城 坚决打赢疫情防控阻击战", "2022-03-08 10:20"),  # a date alone is a portal's too
        ("众志成城 坚决打赢疫情防控阻击战", "2022-03-08 10:20 清河日报"),  # and beside an outlet
        ("抗疫进行时", "本报记者 韦晓岚"),  # a column's name, too short for a main title
        ("首页 社区 视频 专题", "本报记者 韦晓岚"),  # a menu row
    ],
)
def test_a_banner_or_column_over_the_headline_still_yields_to_it(above, under):
    page = clean_page("\n".join([above, SUB, under, P1, P2]))
    assert page.title == SUB and page.body == f"{P1}\n{P2}"


@pytest.mark.parametrize(
    "first", ["一、提高站位 把四十名退休教师组织起来", "青松社区志愿者为居民测量体温（韦晓岚 摄）"]
)
def test_a_section_heading_or_a_caption_under_the_headline_is_no_subtitle(first):
    page = clean_page("\n".join([COLUMN_MAIN, first, P1, P2]), {"title": f"{COLUMN_MAIN}_清河网"})
    assert page.title == COLUMN_MAIN and page.subtitle == ""


def test_a_headline_with_its_own_subtitle_is_no_subtitle_of_the_line_above():
    page = clean_page("\n".join(["分享 首页 频道", f"{MAIN}——{SUB}", "2022-03-08 10:20", P1, P2]))
    assert (page.title, page.subtitle) == (MAIN, SUB)


def test_a_quote_cut_off_by_the_capture_naming_a_hotline_is_the_storys_last_fragment():
    cut = "“只要居民打来举报电话或者街道派来新的值守任务，我"
    page = clean_page("\n".join([HEADLINE, "2022-03-08 来源：清河日报", P1, P2, cut]))
    assert page.body == f"{P1}\n{P2}\n{cut}"
    footer = "违法和不良信息举报电话：0000-1234567 举报邮箱：jubao@qinghe.example.cn"
    page = clean_page("\n".join([HEADLINE, "2022-03-08 来源：清河日报", P1, P2, footer]))
    assert page.body == f"{P1}\n{P2}" and footer in page.boilerplate
