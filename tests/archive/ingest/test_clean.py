"""clean.py on the real sample pages: boilerplate out, metadata read. Pure; no database."""

from __future__ import annotations

from datetime import datetime

from archive.ingest.clean import clean_page, is_boilerplate
from tests.conftest import sample_text


def test_it_splits_a_headline_with_a_subtitle():
    page = clean_page(sample_text("001"))
    assert (page.title, page.subtitle) == ("履职中见真情", "战“疫”中的上海基层干部")


def test_it_reads_date_and_source_from_a_mixed_dateline():
    page = clean_page(sample_text("001"))
    assert page.published == datetime(2022, 5, 9, 16, 18)  # noqa: DTZ001
    assert page.date_precision == "datetime"
    assert page.source == "网络" and page.site == "同花顺经济网"


def test_it_strips_footer_boilerplate():
    body = clean_page(sample_text("001")).body
    for line in ("当前位置: 主页 > 人物 > 正文", "频道精选", "667", "ddj7", "All Rights Reserved", "声明:"):
        assert line not in body
    assert body.endswith("将心比心,更理解踏踏实实为")


def test_it_strips_a_channel_list_and_reads_bylines():
    page = clean_page(sample_text("004"))
    assert page.source == "永州日报" and page.authors == ["彭沛", "黎俊"] and page.editors == ["陈小婷"]
    assert page.site == "红网"
    assert "• 冷水滩" not in page.body and "返回红网首页" not in page.body and "作者:" not in page.body
    assert page.body.endswith("必将夺取抗击疫情的最终胜利。")
    assert "……" in page.body.split("\n")  # an elision in the article stays


def test_it_reads_a_subtitle_line_and_a_contributing_unit():
    page = clean_page(sample_text("002"))
    assert page.title == "“疫”线上最美的风景"
    assert page.subtitle == "西安市未央区党建引领疫情防控工作纪实"
    assert page.contributed_by == "未央区委组织部" and page.source == "中国传媒网"
    assert page.body.startswith("在疫情防控战场有这么一群人")


def test_it_reads_an_editor_in_brackets_and_an_app_badge_site():
    page = clean_page(sample_text("003"))
    assert page.editors == ["邱方蕾"] and page.site == "长江云" and page.published is None
    assert page.body.startswith("“我是共产党员,让我先上!”")
    assert "鄂公网安备" not in page.body


def test_it_derives_a_title_when_the_page_has_none():
    page = clean_page(sample_text("000"))
    assert page.is_title_derived
    assert page.title == "2020年新冠肺炎疫情发生后…"
    assert page.body.startswith("2020年新冠肺炎疫情发生后")


def test_it_marks_section_headings_and_captions():
    page = clean_page(sample_text("001"))
    kinds = {p.text: p.kind for p in page.paragraphs}
    assert kinds["能坚持:感染后依然“在线”"] == "heading"
    assert kinds["杨兆顺在居民区巡逻防疫工作。(受访者供图)"] == "caption"


def test_a_page_that_is_all_boilerplate_has_no_body():
    page = clean_page(
        "当前位置:首页 > 新闻\n版权所有 © 某某网\n京ICP备12345678号\n关于我们 | 联系我们 | 网站地图"
    )
    assert page.body == ""


def test_it_keeps_prose_that_mentions_a_site():
    assert not is_boilerplate("居民们通过长江云客户端报名参加志愿服务,一天就有300多人报名。")
