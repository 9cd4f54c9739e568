"""clean.py and metadata.py on small invented pages: headline, date, outlet and credits on any
layout. Pure; no database. Every page here is written for the test (no third-party text)."""

from __future__ import annotations

from datetime import datetime

from archive.ingest.bylines import credited_outlet
from archive.ingest.clean import clean_page
from archive.ingest.headline_text import split_headline
from archive.ingest.metadata import date_from_url
from archive.ingest.read import html_to_text

BODY = "4月2日,社区志愿者韩小川一早就来到核酸检测点,帮助老人扫码登记。\n居民们说,有他们在,心里踏实。"


def test_a_breadcrumb_or_a_banner_is_never_the_headline():
    page = clean_page(
        "欢迎来到清河网,请登录注册\n您当前的位置 : 清河网 >> 今日聚焦\n清河频道 > 社区新闻\n"
        f"社区里的守门人\n发布时间:2022-04-03 09:15\n{BODY}"
    )
    assert page.title == "社区里的守门人"
    assert "清河频道 > 社区新闻" not in page.body and "欢迎来到" not in page.body


def test_a_channel_name_above_the_headline_gives_way_to_the_line_a_dateline_follows():
    page = clean_page(
        f"新闻中心\n情暖社区、共同抗疫:志愿者走进楼栋\n发布日期:2022-04-03 09:15:00 来源:\n{BODY}"
    )
    assert page.title == "情暖社区、共同抗疫:志愿者走进楼栋"  # full-width punctuation kept as written


def test_a_column_tag_and_the_site_suffix_are_cut_from_the_headline():
    assert split_headline("社区故事 | 楼栋长的一天") == "楼栋长的一天"
    assert split_headline("【战疫群英】楼栋长的一天") == "楼栋长的一天"
    assert split_headline("楼栋长的一天 - 公益 - 清河网") == "楼栋长的一天"
    assert split_headline("楼栋长的一天_清河网") == "楼栋长的一天"
    page = clean_page(f"【社区故事】楼栋长的一天——记清河社区志愿者\n来源:清河日报\n{BODY}")
    assert (page.title, page.subtitle) == ("【社区故事】楼栋长的一天", "记清河社区志愿者")
    page = clean_page(f"社区故事 | 楼栋长的一天——记清河社区志愿者\n来源:清河日报\n{BODY}")
    assert (page.title, page.subtitle) == (
        "社区故事 | 楼栋长的一天",
        "记清河社区志愿者",
    )  # a tagged headline keeps its tag as printed; its ——subtitle parts from it (round 49)


def test_a_dateline_with_seconds_and_the_outlet_beside_it_is_read():
    page = clean_page(f"楼栋长的一天\n清河晚报| 2021-08-05 20:25:01\n{BODY}")
    assert page.published == datetime(2021, 8, 5, 20, 25, 1)  # noqa: DTZ001
    assert page.site == "清河晚报"  # (round 49: no 来源 key, the site showing the page, not the source)
    page = clean_page(f"楼栋长的一天\n2021年8月5日 清河日报\n{BODY}")
    assert page.published == datetime(2021, 8, 5) and page.date_precision == "day"  # noqa: DTZ001


def test_a_dateline_with_a_copyright_word_is_still_read():
    page = clean_page(f"楼栋长的一天\n来源:清河网 时间:2021-12-20 22:08:35 编辑:韦立冬 版权声明\n{BODY}")
    assert page.published == datetime(2021, 12, 20, 22, 8, 35)  # noqa: DTZ001
    assert page.source == "清河网" and page.editors == ["韦立冬"]


def test_a_reposting_date_is_never_the_outlet():
    page = clean_page(f"楼栋长的一天\n来源: 2021-08-05 转载\n{BODY}")
    assert page.source == ""


def test_a_byline_gives_the_writer_and_stays_out_of_the_body_naming_no_source():
    page = clean_page(f"楼栋长的一天\n清河日报·清河客户端记者 苑晓丽\n{BODY}\n（柯文静）")
    assert page.source == "" and page.authors == ["苑晓丽", "柯文静"]  # no 来源 line: no source
    assert credited_outlet("清河日报·清河客户端记者 苑晓丽") == "清河日报·清河客户端"
    assert "苑晓丽" not in page.body


def test_credit_lines_are_metadata():
    page = clean_page(f"楼栋长的一天\n记者 韩晓峰 通讯员 柯文静\n{BODY}\n责任编辑:岳晴岚 审核:韦立冬")
    assert page.authors == ["韩晓峰", "柯文静"] and page.editors == ["岳晴岚", "韦立冬"]
    assert "韩晓峰" not in page.body and "岳晴岚" not in page.body


def test_meta_tags_give_the_date_and_the_outlet_of_an_html_page():
    text, hints = html_to_text(
        "<html><head><title>楼栋长的一天_社区频道_清河网</title>"
        '<meta name="publishdate" content="2021-08-05 20:25:01">'
        '<meta name="source" content="清河日报"></head>'
        f"<body><p>首页 > 社区</p><h1>楼栋长的一天</h1><p>{BODY}</p></body></html>"
    )
    page = clean_page(text, hints)
    assert page.title == "楼栋长的一天" and page.source == "清河日报"
    assert page.published == datetime(2021, 8, 5, 20, 25, 1)  # noqa: DTZ001


def test_the_page_title_names_the_outlet_when_nothing_else_does():
    text, hints = html_to_text(
        "<html><head><title>楼栋长的一天 - 清河网</title></head>"
        f"<body><h1>楼栋长的一天</h1><p>{BODY}</p></body></html>"
    )
    page = clean_page(text, hints)
    assert page.title == "楼栋长的一天" and page.source == "清河网"


def test_the_url_gives_the_day_when_the_page_does_not():
    assert date_from_url("http://www.example.cn/shequ/2021-08/05/c_1127.htm") == datetime(2021, 8, 5)  # noqa: DTZ001
    assert date_from_url("http://www.example.cn/xw/202108/t20210805_88.html") == datetime(2021, 8, 5)  # noqa: DTZ001
    page = clean_page(f"楼栋长的一天\n{BODY}", {"canonical": "http://www.example.cn/2021/08/05/a.html"})
    assert page.published == datetime(2021, 8, 5) and page.date_precision == "day"  # noqa: DTZ001


def test_publisher_lines_and_disclaimers_are_site_chrome():
    page = clean_page(
        f"楼栋长的一天\n来源:清河日报\n{BODY}\n本文为清河网原创文章,转载请注明出处。\n"
        "清河日报报业集团 清河网 承办\n主办单位:清河市文明办\n"
        "一、凡本站注明“来源:清河网”的作品,版权均属清河网所有。\n清河网版权与免责声明:\n联系邮箱:news@example.cn"
    )
    assert page.body == BODY


def test_a_time_element_or_an_itemprop_date_dates_an_html_page():
    for markup in (
        '<time datetime="2021-08-05T20:25:01+08:00">8月5日</time>',
        '<meta itemprop="datePublished" content="2021-08-05 20:25:01">',
    ):
        text, hints = html_to_text(f"<html><body><h1>楼栋长的一天</h1>{markup}<p>{BODY}</p></body></html>")
        assert clean_page(text, hints).published == datetime(2021, 8, 5, 20, 25, 1)  # noqa: DTZ001


def test_a_headline_with_a_plain_subtitle_line_under_it_stays_the_headline():
    page = clean_page(f"清河社区:楼栋长的一天\n一位退休教师的二十四小时\n来源:清河日报\n{BODY}")
    assert page.title == "清河社区:楼栋长的一天"


def test_an_author_meta_tag_names_the_writers_or_else_the_outlet():
    page = clean_page(f"楼栋长的一天\n{BODY}", {"author": "韩晓峰 柯文静"})
    assert page.authors == ["韩晓峰", "柯文静"] and page.source == ""
    page = clean_page(f"楼栋长的一天\n{BODY}", {"author": "清河日报"})
    assert page.authors == [] and page.source == "清河日报"


def test_a_pipe_inside_a_headline_is_no_column_tag_unless_the_tag_is_words():
    assert split_headline("=cmd|' /C calc'!A0 社区核酸检测通知") == "=cmd|' /C calc'!A0 社区核酸检测通知"
    assert split_headline("社区动态|楼栋长上门送菜的一天") == "楼栋长上门送菜的一天"


def test_a_date_in_chinese_numerals_is_the_publication_date_and_its_outlet_the_site():
    page = clean_page(
        "清河社区：党员志愿者守好社区大门\n二〇二二年三月二十五日 清河日报\n"
        "清河社区的志愿者们每天清晨六点就来到卡口，为进出的居民测量体温、登记信息，风雨无阻。"
    )
    assert page.published == datetime(2022, 3, 25)  # noqa: DTZ001
    assert (page.source, page.site) == ("", "清河日报")  # (round 49: no 来源 key, no reporters of its)
    assert "二〇二二" not in page.body
