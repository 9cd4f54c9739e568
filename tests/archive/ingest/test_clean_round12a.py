"""Round twelve, titles and the body's edges on layouts nobody tuned to (issue 12): a column's name over a
headline with a second headline under the dateline, an e-paper's list of titles over the story's own
heading, a paper's issue and registration lines, a long headline quoting a programme, a media mark and a
column's tag before a headline. One test per class of mistake, each with the limit on the other side.

Pure; no database. Every page, outlet and name here is invented for the test (an invented town, 清河).
"""

from __future__ import annotations

import pytest

from archive.ingest.clean import clean_page
from archive.ingest.headline_text import split_headline
from archive.ingest.line_kinds import classify

P1 = "三月初，青松社区的志愿者每天清晨在小区门口为居民测量体温，登记进出车辆。"
P2 = "社区党委书记骆志平说，四十多名党员分成六个小组，轮流守在各个楼栋门口。"
HEADLINE = "青松社区志愿者守在楼门口 老人买菜不出门"


@pytest.mark.parametrize(
    ("column", "headline", "printed"),
    [
        ("志愿服务", "清河县：“大家辛苦啦”", "青松社区第三次核酸检测有序进行——“大家辛苦啦”"),
        ("社区动态", HEADLINE, "楼门口的四十多名党员——记青松社区的志愿者们"),
        ("抗疫一线", "韦晓岚：守好社区的大门", "一位社区书记的七十二小时——韦晓岚和她的同事们"),
    ],
)
def test_a_column_over_the_headline_and_the_papers_headline_under_the_dateline(column, headline, printed):
    page = clean_page("\n".join([column, headline, "2021-01-25 09:52  来源:清河日报", printed, P1, P2]))
    assert page.title == headline


def test_a_column_with_the_dateline_under_it_yields_to_the_headline_below():
    page = clean_page("\n".join(["抗疫进行时", "2021-01-25 09:52  来源:清河日报", HEADLINE, P1, P2]))
    assert page.title == HEADLINE


@pytest.mark.parametrize(
    "titles",
    [
        ["清河县召开防控工作会议", "上万个馒头送上抗疫一线", HEADLINE],
        [HEADLINE, "致全县新闻工作者的倡议书"],
        ["致全县新闻工作者的倡议书", HEADLINE, "清河县召开防控工作会议", "骆志平：再坚持一下"],
    ],
)
def test_an_e_papers_list_of_titles_and_the_storys_own_heading_under_it(titles):
    navigation = ["标题导航", *titles, "版面概览", "展开通版", "上一版", "下一版", "发布日期:", "文章标题"]
    page = clean_page("\n".join([*navigation, HEADLINE, "——清河县镇村疫情防控直击", "字数:970", P1, P2]))
    assert page.title == HEADLINE and page.subtitle == "清河县镇村疫情防控直击"
    assert page.body == f"{P1}\n{P2}"


def test_two_titles_printed_again_above_the_story_leave_the_choice_as_it_was():
    lines = ["清河县召开防控工作会议", HEADLINE, "2021-01-25 09:52", "清河县召开防控工作会议", HEADLINE, P1]
    page = clean_page("\n".join(lines))
    assert page.title in {HEADLINE, "清河县召开防控工作会议"} and page.body == P1


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("2020年第29期(总第3446期) 导报二版", "metadata"),
        ("《清河教育报》2021年第5期（总第1024期）", "metadata"),
        ("总第1024期 第A3版", "metadata"),
        ("第12期（总第388期）", "metadata"),
        ("2021年第5期培训班圆满结束", "body"),
        ("第12期网格员培训班开班", "body"),
        ("总第3期学员毕业", "body"),
    ],
)
def test_a_papers_issue_line_is_its_metadata_never_a_headline(line, kind):
    assert classify([line]) == [kind]


@pytest.mark.parametrize(
    "line",
    ["清河教育报 《清河教育报》邮发代号61-30", "国内统一刊号CN51-0052", "国际标准刊号 ISSN 1000-0001"],
)
def test_a_papers_registration_line_is_chrome(line):
    assert classify([line]) == ["boilerplate"]


def test_a_sentence_naming_a_registration_number_is_the_storys():
    line = "骆志平介绍，这份报纸的邮发代号是全县居民都记得的一串数字。"
    assert classify([line]) == ["body"]


def test_an_e_papers_masthead_and_issue_lines_over_the_headline():
    top = ["2020年4月21日 每周二、四、五出版", "清河教育报 《清河教育报》邮发代号61-30", "国内刊号CN51-0052"]
    issue = "2020年第29期(总第3446期) 二版"
    lines = [*top, issue, "F1 本版新闻", "F2 版面目录", HEADLINE, f"《清河教育报》{issue}", "本报讯" + P1, P2]
    page = clean_page("\n".join(lines))
    assert page.title == HEADLINE and page.body == f"本报讯{P1}\n{P2}"


@pytest.mark.parametrize(
    "headline",
    [
        "清河县融媒体中心电视台播出《青松社区:党员干部下沉一线守护群众平安的二十个日日夜夜》",
        "清河日报头版刊发长篇通讯《守好大门:青松社区四十多名党员志愿者坚守疫情防控一线纪实》",
        "“我们也是志愿者”清河县青松社区四十多名党员分成六个小组轮流守在各个楼栋门口的日日夜夜",
    ],
)
def test_a_headline_as_long_as_a_sentence_over_the_story(headline):
    page = clean_page("\n".join([headline, P1, P2]))
    assert page.title == headline and page.body == f"{P1}\n{P2}"


def test_a_first_line_with_a_clause_is_the_story_not_a_headline():
    first = "清河县融媒体中心今天晚间播出了专题报道《青松社区:党员干部下沉一线》，居民们看了以后都说很好"
    page = clean_page("\n".join([first, P1, P2]))
    assert page.title != first and page.is_title_derived


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("【视频】共同战“疫”|青松社区构筑群防群治防线", "青松社区构筑群防群治防线"),
        ("【图集】社区观察丨楼栋长骆志平的一天", "楼栋长骆志平的一天"),
        ("【独家】战疫日记 | 韦晓岚守在楼门口的第十四天", "韦晓岚守在楼门口的第十四天"),
        ("【视频】青松社区构筑群防群治防线", "青松社区构筑群防群治防线"),
        ("社区观察 | 楼栋长骆志平的一天", "楼栋长骆志平的一天"),
    ],
)
def test_a_media_mark_and_a_columns_tag_before_the_headline(line, title):
    assert split_headline(line) == title


def test_a_media_mark_and_a_column_over_a_page_give_the_bare_headline():
    page = clean_page(
        "\n".join(["【视频】共同战“疫”|青松社区构筑群防群治防线", "2020年03月09日 00:18", P1, P2])
    )
    assert page.title == "青松社区构筑群防群治防线"


@pytest.mark.parametrize(
    "verse",
    [
        ["疫情来了不可怕", "就怕有人乱溜达"],
        ["面对突如其来的疫情", "我们把自己关在家里", "担心邻居就是隔离对象", "遇到居民误解，需要解释、辟谣"],
        ["青松社区的清晨", "总有一群“红马甲”", "守在楼门口"],
    ],
)
def test_a_story_opening_one_phrase_a_line_keeps_its_opening(verse):
    page = clean_page("\n".join([HEADLINE, "2021-01-25 09:52  来源:清河日报", *verse, P1, P2]))
    assert page.title == HEADLINE and page.body == "\n".join([*verse, P1, P2])


@pytest.mark.parametrize(
    "labels",
    [
        ["社区动态", "抗疫一线"],
        ["清河日报", "2021年1月5日"],
        ["A+ A-", "打印本页"],
        ["原创 清河发布", "骆志平 清河发布"],
    ],
)
def test_labels_over_the_first_paragraph_are_still_the_pages(labels):
    page = clean_page("\n".join([HEADLINE, "2021-01-25 09:52  来源:清河日报", *labels, P1, P2]))
    assert page.body == f"{P1}\n{P2}"


@pytest.mark.parametrize(
    "digest",
    [f"{HEADLINE}{P2[:20]}", f"{HEADLINE} {P2[:30]}", f"{HEADLINE}{P2}"],
)
def test_a_listings_digest_of_the_story_under_the_headline_is_no_paragraph(digest):
    page = clean_page("\n".join([HEADLINE, digest, P1, P2]))
    assert page.title == HEADLINE and page.body == f"{P1}\n{P2}"


def test_a_first_paragraph_opening_with_the_headlines_words_is_the_storys():
    first = "青松社区志愿者守在楼门口 老人买菜不出门，这是三月初社区里最常见的一幕。"
    page = clean_page("\n".join([HEADLINE, "2021-01-25 09:52  来源:清河日报", first, P1]))
    assert page.body == f"{first}\n{P1}"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("线索征集：清河晚报诚邀读者提供身边的线索，请拨打热线12345678。", "boilerplate"),
        ("【报料】：欢迎拨打本报热线，分享您身边的新闻", "boilerplate"),
        ("打开清河新闻 查看更多图片", "boilerplate"),
        ("下载清河日报客户端查看更多精彩", "boilerplate"),
        ("报料人骆志平说，他在楼下看到了火情。", "body"),
        ("打开窗户查看更多的情况", "body"),
    ],
)
def test_a_call_for_news_tips_and_an_apps_prompt_are_chrome(line, kind):
    assert classify([line]) == [kind]


@pytest.mark.parametrize("label", ["摘要：", "【内容提要】", "导读:", "核心提示："])
def test_a_labelled_summary_under_the_headline_is_never_the_headline(label):
    summary = f"{label}三月初，青松社区的志愿者每天清晨守在门口"
    page = clean_page("\n".join([HEADLINE, summary, "2021-01-25 09:52  来源:清河日报", P1, P2]))
    assert page.title == HEADLINE and page.body == f"{P1}\n{P2}"


def test_a_headline_naming_a_summary_is_still_a_headline():
    headline = "摘要写作培训班在青松社区开班"
    page = clean_page("\n".join([headline, "2021-01-25 09:52  来源:清河日报", P1, P2]))
    assert page.title == headline
