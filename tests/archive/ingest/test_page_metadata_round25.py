"""Page metadata (issue 12, twenty-fifth round). Pages written for these tests."""

from __future__ import annotations

from datetime import datetime

from archive.ingest.clean import clean_page

STORY = (
    "青松社区的志愿者们每天守在小区门口，帮居民量体温、做登记，一刻也不放松。\n"
    "社区书记韦晓岚说，大家轮流上岗，没有一个人喊累。\n"
)


def test_a_source_key_alone_takes_its_value_from_the_line_under_it():
    """来源: / 清河日报: a widget prints the key and its value on two lines; the value is the outlet and
    neither line is the story's."""
    page = clean_page(f"2020\n03/24\n10:43\n来源:\n清河日报\n浏览量:次\n{STORY}")
    assert page.source == "清河日报"
    assert page.published == datetime(2020, 3, 24, 10, 43)  # noqa: DTZ001
    assert not page.body.startswith("清河日报")
    # the limit: a key alone before a quoted sentence takes nothing from it
    page = clean_page(f"社区的一天\n来源:\n“大家辛苦了。”社区书记说，志愿者们都笑了。\n{STORY}")
    assert page.source == ""


def test_a_font_size_bar_printed_without_spaces_is_no_headline():
    """【字体:大中小】 (no spaces between the sizes) is a button row like 【字体：大 中 小】."""
    page = clean_page(f"来源:清河日报\n【字体:大中小】\n{STORY}")
    assert page.title != "【字体:大中小】"
    assert "【字体:大中小】" in page.boilerplate


def test_a_two_digit_year_dateline_beside_the_site_s_name_and_a_print_button():
    """清河新闻网 21-08-08 09:40 【打印】 来源:清河日报社融媒体原创: the site's name, a two-digit year
    with its time, a button and the 来源 value with 原创 glued on."""
    page = clean_page(
        f"青松社区志愿者在行动\n清河新闻网 21-08-08 09:40 【打印】 来源:清河日报社融媒体原创\n{STORY}"
    )
    assert page.published == datetime(2021, 8, 8, 9, 40)  # noqa: DTZ001
    assert page.source == "清河日报社融媒体"
    assert page.authors == []  # 原创 is the item's status, no writer


def test_a_headline_its_keyed_date_and_the_dateline_printed_as_one_line():
    """【清河】标题時間:2022-11-25 某某社某地讯(记者 甲 通讯员 乙)…: the three split."""
    page = clean_page(
        "|\n【清河】青松社区志愿者在行动時間:2022-11-25 清河摄影通讯社清河讯(记者 韦振国 通讯员 骆志平)近日，"
        + STORY
    )
    assert page.title == "【清河】青松社区志愿者在行动"
    assert page.published == datetime(2022, 11, 25)  # noqa: DTZ001
    assert page.source == "清河摄影通讯社"
    assert {"韦振国", "骆志平"} <= set(page.authors)
    assert page.body.startswith("清河摄影通讯社清河讯")


def test_this_paper_is_the_one_the_e_paper_s_chrome_names():
    """本报讯 / 本报记者 on an e-paper: the paper is the one its chrome names (某某日报 数字报纸, or the
    group's list of its media, the first of them), and the index line under the story dates it."""
    page = clean_page(
        "清河日报 数字报纸\n00003版:众志成城\n青松社区有了“管家”\n"
        f"  本报讯 (记者 韦振国) {STORY}"
        "清河日报 众志成城 00003 青松社区有了“管家” 2020-03-12 20553060 2 2020年03月12日 星期四\n"
    )
    assert page.source == "清河日报"
    assert page.published == datetime(2020, 3, 12)  # noqa: DTZ001
    page = clean_page(
        "清河日报社所属媒体: 清河日报 |清河晚报 |清河网\n2022年08月16日 星期二  新闻热线:000000\n"
        f"第005版 下一版 上一版\n特写\n青松社区的一天\n  ■ 本报记者 韦振国\n  {STORY}"
    )
    assert page.source == "清河日报"
    # the limit: a story with its own outlet's dateline keeps it
    page = clean_page(f"清河日报 数字报纸\n青松社区的一天\n清河网讯 {STORY}")
    assert page.source == "清河网"


def test_an_outlet_s_brand_with_its_writer_in_brackets_and_the_day():
    """大美清河（甲）4月4日，…: a brand, its writer in brackets, the day; no 讯 between, the writer marks
    the brand an outlet. A community or a county in the same place is no outlet."""
    assert clean_page(f"青松村解封了\n大美清河(韦晓岚)4月4日，{STORY}").source == "大美清河"
    assert clean_page(f"青松村解封了\n青松社区(韦晓岚)4月4日，{STORY}").source == ""
    assert clean_page(f"青松村解封了\n清河县（韦晓岚）4月4日，{STORY}").source == ""


def test_a_reader_s_clock_at_the_foot_of_the_page_is_no_issue_day():
    """The limit of the index line's day: 今天是 … 星期X is the reader's day, never the story's."""
    page = clean_page(f"青松社区的一天\n{STORY}友情链接\n今天是 2024年05月20日 星期一\n")
    assert page.published is None


def test_an_e_paper_s_masthead_handle_and_page_tools_are_chrome_and_the_headline_is_over_the_credit():
    """某某报数字报纸, 微信公众平台:ABC123, 按日期搜索, 版面翻页, the paper's name alone again and the page's
    list of headlines: chrome; the headline is the line over 通讯员 甲 乙 and the story."""
    page = clean_page(
        "清河政协报数字报纸\n国内统一刊号:CN00-0000\n微信公众平台:QHZXB000\n2020年02月20日\n按日期搜索\n"
        "清河政协报\n清河政协报同心战疫 青松村的守门人 志愿者在行动 社区的一天 持续增援 众志成城\n版面翻页\n"
        f"同心战疫\n01\n青松村的守门人\n通讯员 韦振国 骆志平\n{STORY}"
    )
    assert page.title == "青松村的守门人"
    assert page.published == datetime(2020, 2, 20)  # noqa: DTZ001
    assert {"清河政协报数字报纸", "微信公众平台:QHZXB000", "按日期搜索", "版面翻页", "清河政协报"} <= set(
        page.boilerplate
    )
    assert page.body.startswith("青松社区的志愿者们")


def test_a_line_of_fields_led_by_a_font_button_dates_the_page():
    """字号+ 作者:甲 来源:未知 2020-02-06 09:12 我要评论( ): the button before the keys leaves the line a
    dateline; 未知 names no outlet, so the story's dateline (《某某周刊》某地讯) names it."""
    page = clean_page(
        "社会\n退役军人在行动\n字号+ 作者:韦振国 来源:未知 2020-02-06 09:12 我要评论( )\n"
        f"《清河周刊》青松讯(记者 骆志平) 连日来，{STORY}"
    )
    assert page.published == datetime(2020, 2, 6, 9, 12)  # noqa: DTZ001
    assert page.source == "清河周刊"
    assert "韦振国" in page.authors


def test_laizi_names_the_outlet_and_this_site_s_own_word_is_kept_as_written():
    """2021-09-23 来自:某某网: the outlet (with its colon; 来自 opens a story's clause too); 来源:本站原创 and
    来源:本网 are the site calling itself, kept as written (as the gold README keeps 来源:网络); 来源:未知
    names none."""
    assert clean_page(f"社区的一天\n2021-09-23 来自:清河网\n{STORY}").source == "清河网"
    assert clean_page(f"社区的一天\n2020-02-06 18:46 来源:本站原创\n{STORY}").source == "本站原创"
    assert clean_page(f"社区的一天\n2020-02-06 11:41 来源:本网\n{STORY}").source == "本网"
    assert clean_page(f"社区的一天\n2020-02-06 11:41 来源:未知\n{STORY}").source == ""
    page = clean_page(f"社区的一天\n2020-02-06 11:41\n{STORY}来自武汉的志愿者韦振国也来帮忙。\n")
    assert page.source == ""


def test_a_site_s_watermark_between_the_paragraphs_is_chrome():
    """QH清河人网 - 清河文化博物馆 printed three times between the story's paragraphs (once after an image's
    file name): chrome; a caption it is glued to stays in the story, and a headline the page repeats over
    the story stays the headline."""
    mark = "QH清河人网(清河网)- 清河文化博物馆"
    page = clean_page(
        "青松村的一对夫妻\n时间:2021-04-02 作者:韦振国\n在青松村，有一对夫妻守着村口，每天都不缺席。\n"
        f"{mark}\n丈夫骆志平在村口值守，妻子韦琳组织妇女们打扫卫生。\n{mark}\nribao.jpg{mark}\n"
        f"骆志平(左)在组织大清扫{mark}\n大家都说这对夫妻了不起。\n{mark}\n"
    )
    assert page.title == "青松村的一对夫妻"
    lines = page.body.split("\n")
    assert mark not in lines and f"ribao.jpg{mark}" not in lines
    assert f"骆志平(左)在组织大清扫{mark}" in lines
    assert page.body.endswith("大家都说这对夫妻了不起。")


def test_a_site_s_brand_on_an_outlet_s_word_and_a_brand_before_a_colon_and_its_writer():
    """清河网库讯: a brand holding 网 (no 网 at its end) names the outlet; 清河法制传媒网:(甲)3月12日, the
    outlet, a colon, its writer in brackets and the day; 清河网客户端—清河网消息(通讯员 甲): an app and its
    site joined by a dash, as written."""
    assert clean_page(f"社区的一天\n清河网库讯:“大家好。”{STORY}").source == "清河网库"
    assert clean_page(f"社区的一天\n清河法制传媒网:(韦晓岚)3月12日，{STORY}").source == "清河法制传媒网"
    page = clean_page(f"社区的一天\n清河网客户端—清河网消息(通讯员韦晓岚)“谢谢大家。”{STORY}")
    assert page.source == "清河网客户端—清河网"


def test_a_follow_button_a_templates_path_and_a_bulleted_contact_footer_are_chrome():
    """关注某某热线, ../../x/font3.html, • 传  真:… (a key spaced out), 与我们联系: chrome, never the story;
    a story's line that asks readers to get in touch stays."""
    page = clean_page(
        "社区的一天\n2022-11-02 15:52:29 来源: 清河晚报\n关注清河热线\n"
        "../../../tpl_static/wap/tpl_font3.html\n"
        f"{STORY}有情况随时与我们联系,社区书记说。\n与我们联系\n  • 联系电话:+86-0000-1234567\n"
        "  • 传  真:+86-0000-1234567\n  • 邮  箱:info@example.com\n"
    )
    lines = page.body.split("\n")
    assert "关注清河热线" not in lines and not any("tpl_font3" in x for x in lines)
    assert not any(x.strip().startswith("•") or x == "与我们联系" for x in lines)
    assert page.body.endswith("有情况随时与我们联系,社区书记说。")
