"""Where a story ends, what stands above it and which line is its headline, on pages nobody tuned to
(issue 12): rules of the genre's shapes, one test per class, each with the limit on the other side.

Pure; no database. Every line is written for these tests (an invented town, 清河, and its site).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from archive.ingest.clean import clean_page
from archive.ingest.layout import is_list_item
from archive.ingest.read import document_from_bytes

from .invented_page import HEAD, STORY

# A reader's comment under the story: a sentence, but not the story's.
COMMENT = "网友清河老街：看到志愿者们这么辛苦，真想去帮帮忙，大家都辛苦了。"


def _page(*lines: str) -> str:
    return "\n".join([*HEAD, *STORY, *lines])


def _story_then(*lines: str) -> str:
    page = clean_page(_page(*lines))
    assert page.body == "\n".join(STORY), page.body
    return page.body


@pytest.mark.parametrize(
    "items",
    [
        [
            "青松社区开展全员核酸检测 | 2022-04-08",
            "清河区：物资保供有序进行 | 2022-04-07",
            "志愿者的一天 | 04-06",
        ],
        [
            "清河市召开疫情防控工作会议：部署下一阶段重点工作安排 2022/04/08",
            "青松社区：党员先锋岗亮起来 守护群众健康 2022/04/07",
            "清河区：物资保供有序进行，居民生活平稳有序 2022/04/06",
        ],
        ["[2022-04-08] 青松社区开展全员核酸检测工作，确保应检尽检", "[2022-04-07] 清河区物资保供有序进行"],
        ["青松社区开展全员核酸检测 2022-04-08 | 阅读 1234", "清河区物资保供有序进行 2022-04-07 | 阅读 987"],
    ],
)
def test_related_headlines_with_their_dates_after_the_story_are_not_the_story_however_long(items):
    _story_then(*items)


@pytest.mark.parametrize(
    "items",
    [
        [
            "青松社区开展全员核酸检测，确保应检尽检",
            "2022-04-08",
            "清河区：物资保供有序进行，居民生活平稳",
            "2022-04-07",
        ],
        [
            "青松社区开展全员核酸检测，确保应检尽检",
            "2022-04-08 来源：清河日报",
            "清河区物资保供有序进行",
            "04-07",
        ],
        [
            "青松社区开展全员核酸检测，确保应检尽检",
            "04-08",
            "清河区：物资保供有序进行，居民生活平稳",
            "04-07",
            COMMENT,
        ],
    ],
)
def test_titles_and_dates_on_lines_of_their_own_after_the_story_are_a_list_not_the_story(items):
    _story_then(*items)


def test_a_ranking_of_numbered_headlines_after_the_story_ends_it():
    _story_then("1 青松社区开展全员核酸检测", "2 清河区物资保供有序进行", "3 志愿者在行动")


def test_a_footer_line_of_labels_and_separators_after_the_story_is_chrome():
    _story_then("清河新闻网 | 主办：清河市委宣传部 | 电话：0000-1234567 | 清ICP备12345678号-1")


def test_a_run_of_dated_links_ends_the_story_even_with_comments_after_it():
    body = _story_then(
        "青松社区开展全员核酸检测 | 2022-04-08",
        "清河区物资保供有序进行 | 2022-04-07",
        "志愿者在行动 | 04-06",
        COMMENT,
    )
    assert COMMENT not in body


def test_review_credits_close_the_story_and_name_its_editors():
    page = clean_page(_page("初审：张小明 复审：李小红 终审：王大力", COMMENT))
    assert page.body == "\n".join(STORY)
    assert page.editors == ["张小明", "李小红", "王大力"]


def test_the_storys_own_lines_with_dates_and_numbers_stay():
    # the last paragraph has a date and numbers; a dated line inside the story is no list
    dated = "4月8日 第12轮核酸检测 | 2.3万人次"
    page = clean_page(_page(dated, "居民们说，这样的日子再难也能熬过去，因为身边有人在守护。"))
    assert page.body.endswith("居民们说，这样的日子再难也能熬过去，因为身边有人在守护。")
    assert dated in page.body and STORY[-1] in page.body
    # two items with numbers inside a story, sentences after them: the story goes on
    items = ["一号楼：住户120户 检测118人", "二号楼：住户96户 检测96人"]
    page = clean_page(_page(*items, "两栋楼里没有漏掉一户人家，大家都松了一口气。"))
    assert all(item in page.body for item in items)
    assert page.body.endswith("大家都松了一口气。")


def test_a_sentence_naming_a_report_hotline_is_the_storys():
    line = "社区志愿者还建议把各区的求助电话统一为一个举报电话，方便居民反映困难。"
    page = clean_page(_page(line))
    assert page.body.endswith(line)


@pytest.mark.parametrize("label", ["A+", "1/5", "次", "原创", "【独家】", "清河日报", "清河新闻网"])
def test_a_lone_symbol_or_outlet_name_above_the_first_paragraph_is_chrome(label):
    page = clean_page("\n".join([*HEAD, label, *STORY]))
    assert page.body == "\n".join(STORY)


@pytest.mark.parametrize("line", ["值守", "清晨值守", "社区:"])
def test_a_lone_line_of_four_characters_above_the_first_paragraph_is_the_pages(line):
    page = clean_page("\n".join([*HEAD, line, *STORY]))
    assert page.body == "\n".join(STORY) and line in page.boilerplate + page.metadata


@pytest.mark.parametrize("heading", ["值守", "清晨值守"])
def test_a_short_heading_above_the_first_paragraph_stays_when_the_story_has_more_headings(heading):
    story = [heading, STORY[0], "深夜送药", STORY[1], STORY[2]]
    assert clean_page("\n".join([*HEAD, *story])).body == "\n".join(story)


def test_a_heading_longer_than_four_characters_above_the_first_paragraph_stays():
    page = clean_page("\n".join([*HEAD, "五点钟的小区门口", *STORY]))
    assert page.body == "\n".join(["五点钟的小区门口", *STORY])


@pytest.mark.parametrize("line", ["乡亲们：", "他说："])
def test_a_short_addressee_or_speaker_opening_the_story_stays(line):
    story = [line, "“这两周大家辛苦了，小区的每一扇门都有人守着。”", *STORY]
    assert clean_page("\n".join([*HEAD, *story])).body == "\n".join(story)


def test_a_dateline_of_fields_between_bars_under_the_headline_is_read_not_kept():
    page = clean_page("\n".join([HEAD[0], "2022-04-09 10:20:11 | 清河日报 | 浏览 1234", *STORY]))
    assert page.title == HEAD[0]
    assert page.published == datetime(2022, 4, 9, 10, 20, 11)  # noqa: DTZ001
    assert page.body == "\n".join(STORY)


def test_a_dated_list_line_above_the_story_is_chrome():
    page = clean_page("\n".join([*HEAD, "上午 10:20 | 浏览 1234 | 评论 5", *STORY]))
    assert page.body == "\n".join(STORY)


def test_a_newspapers_print_citation_gives_the_date_and_outlet():
    page = clean_page("\n".join([HEAD[0], *STORY, "《 清河日报 》（ 2020年03月09日   10 版）"]))
    assert page.published == datetime(2020, 3, 9)  # noqa: DTZ001
    assert page.source == "清河日报" and page.body == "\n".join(STORY)


@pytest.mark.parametrize(
    "banner", ["清河在线 传播清河声音", "清河网与您共同讲好清河故事", "清河新闻网——清河人自己的门户"]
)
def test_a_site_banner_or_slogan_above_the_headline_is_never_the_title(banner):
    page = clean_page("\n".join([banner, HEAD[0], "清河社区的居民们", *STORY]))
    assert page.title == HEAD[0]


def test_a_subtitle_about_as_long_as_the_headline_under_it_does_not_take_its_place():
    page = clean_page("\n".join(["清河社区：楼栋长的一天", "一位退休教师的二十四小时", HEAD[1], *STORY]))
    assert page.title == "清河社区：楼栋长的一天"


def test_a_columns_name_with_the_dateline_under_it_above_the_headline_is_not_the_title():
    page = clean_page("\n".join(["抗疫进行时", HEAD[1], HEAD[0], *STORY]))
    assert page.title == HEAD[0] and page.source == "清河日报" and page.body == "\n".join(STORY)
    # a headline with its dateline, then a longer line above the story: the headline stays
    page = clean_page("\n".join([*HEAD, "清河社区志愿者服务队守护居民的日日夜夜", *STORY]))
    assert page.title == HEAD[0]


def test_a_line_holding_the_headline_with_navigation_around_it_yields_to_the_bare_headline():
    page = clean_page("\n".join([f"首页 国内新闻 {HEAD[0]}", *HEAD, *STORY]))
    assert page.title == HEAD[0]


@pytest.mark.parametrize(
    "line",
    [
        f"{HEAD[0]}_清河新闻",
        f"{HEAD[0]}|清河头条",
        f"{HEAD[0]} - 社区 - 清河网",
        f"{HEAD[0]} - 清河新闻网 - 清河人的网上家园",
        f"{HEAD[0]}-清河新闻网",
        f"清河新闻网 - 社区 - {HEAD[0]}",
        f"【视频】{HEAD[0]}",
        f"[组图] {HEAD[0]}",
    ],
)
def test_a_site_suffix_or_column_prefix_is_cut_from_the_headline_by_its_shape(line):
    page = clean_page("\n".join([line, HEAD[1], *STORY]))
    assert page.title == HEAD[0]


def test_a_headline_with_a_hyphen_or_a_bar_of_its_own_keeps_it():
    for headline in ["战疫-19天：青松社区的志愿者们", "青松社区的志愿者们和居民们 | 一起守护小区"]:
        assert clean_page("\n".join([headline, HEAD[1], *STORY])).title == headline


def test_list_items_are_told_from_story_lines():
    assert is_list_item("清河区：物资保供有序进行，居民生活平稳 2022-04-07 09:13")
    assert is_list_item("阅读：1234 评论：12")
    assert not is_list_item(STORY[-1])  # a sentence with a date and numbers
    assert not is_list_item(
        "截至2022-04-08，社区累计检测2.3万人次"
    )  # a story's line cut off, its date inside
    assert not is_list_item("清河社讯4月8日电 题：志愿者的一天")  # one label and a date in words
    assert not is_list_item("社区观察 | 楼栋长的一天")  # a column tag, no number


def test_the_line_the_pages_own_title_holds_is_the_headline_over_a_longer_banner():
    banner = "清河新闻网欢迎您关注社区防疫一线的每一个动人故事"  # longer than the headline
    page = clean_page(
        "\n".join([banner, HEAD[0], *HEAD[1:], *STORY]), {"title": f"{HEAD[0]}_清河新闻网_社区频道"}
    )
    assert page.title == HEAD[0]


def test_a_headline_line_with_furniture_around_it_gives_the_pages_own_title():
    html = (
        "<html><head><title>清河新闻网</title>"
        f'<meta property="og:title" content="{HEAD[0]}"></head><body>'
        f"<div>社区频道 首页 {HEAD[0]}</div><div>{HEAD[1]}</div>"
        + "".join(f"<p>{line}</p>" for line in STORY)
        + "</body></html>"
    ).encode()
    doc = document_from_bytes(html, source_path="page.html", kind="html")
    page = clean_page(doc.text, doc.hints)
    assert page.title == HEAD[0]
    assert page.body == "\n".join(STORY)


def test_a_notice_of_testing_sites_and_hours_inside_the_story_stays():
    notice = ["各检测点安排如下：", "青松社区：社区广场 8:00-12:00", "和平社区：服务中心 8:00-17:00"]
    notice.append("解放社区：小学操场 14:00-18:00")
    closing = "请居民携带身份证，有序排队，保持一米间距。"
    page = clean_page(_page(*notice, closing))
    assert page.body == "\n".join([*STORY, *notice, closing])


@pytest.mark.parametrize(
    "dateline",
    ["清河日报讯 2022-04-09", "来源：清河日报（2022年04月09日 第03版）", "2022-04-09 | 清河日报 | 浏览 12"],
)
def test_the_outlet_of_a_dateline_is_read_without_its_news_mark_issue_or_counters(dateline):
    """(Round 49: with no 来源 key and no 讯, the outlet beside the date is the site showing the page.)"""
    page = clean_page("\n".join([HEAD[0], dateline, *STORY]))
    assert page.source or page.site == "清河日报"
    assert page.published == datetime(2022, 4, 9)  # noqa: DTZ001
    assert page.source == ("" if "浏览" in dateline else "清河日报")
