"""Page metadata (issue 12, twenty-first round): each test a page written for it."""

from __future__ import annotations

from datetime import datetime

from archive.ingest.clean import clean_page


def test_fields_with_the_time_last_glued_to_the_first_paragraph_are_the_dateline():
    page = clean_page(
        "青松镇：党群齐心守好村口\n"
        "文章来源:清河县融媒体中心 作者:韦晓岚 李小青 时间:2021-03-08 09:15:40“乡亲们，出门记得戴好口罩。”"
        "村里的喇叭一早就响了，志愿者们守在路口登记往来车辆。\n"
        "青松村的年轻人也自发组织起来，参与值班值守。"
    )
    assert page.published == datetime(2021, 3, 8, 9, 15, 40)  # noqa: DTZ001
    assert page.source == "清河县融媒体中心"
    assert page.body.startswith("“乡亲们，出门记得戴好口罩。”")
    assert "作者" not in page.body


def test_a_bracketed_exclusive_credit_names_the_outlet():
    page = clean_page(
        "首页 > 新闻\n干部到社区做网格员的三天\n2021-05-03 08:20\n"
        "【看清河专稿 记者/韦晓岚 通讯员/李小青】\n"
        "今年的清明小假期，对于下沉到青松社区的干部王大海来说，是忙碌的三天。他和其他下沉干部一起参与核酸检测。"
    )
    assert page.source == "看清河"
    assert page.authors == ["韦晓岚", "李小青"]


def test_a_bracketed_credit_of_this_site_names_no_outlet():
    """The limit: 本网专稿 (this site's own) names none, and a community's 讯 is no outlet."""
    for key in ("本网专稿", "青松社区讯"):
        page = clean_page(
            f"首页 > 新闻\n干部到社区做网格员的三天\n2021-05-03 08:20\n【{key} 记者/韦晓岚】\n"
            "今年的清明小假期，对于下沉到青松社区的干部王大海来说，是忙碌的三天。他和其他下沉干部一起参与核酸检测。"
        )
        assert page.source == ""


GLOSSED = (
    "• 清河網(wǎng)手機版\n    清河網(wǎng)手機版\n在短視頻裏尋找書記的身影\n"
    "2021-05-16 10:20:00\n來源:清河日報(bào)客戶端\n字號(hào)\n"
    "  樓道消殺時的他、送藥上門時的他，短視頻裏，她從鄰居拍的片段中認出丈夫忙碌的身影(yǐng)。\n"
)


def test_a_converters_glosses_make_no_banner_a_headline_and_leave_the_outlets_name():
    """A mirror's converter prints pinyin after some characters (網(wǎng)): the site's banner is no longer
    than it reads, so the headline under it is the headline; the outlet is named as printed (round 38:
    every annotated page of this kind writes the outlet with its glosses, as the text has it)."""
    page = clean_page(GLOSSED)
    assert page.title == "在短視頻裏尋找書記的身影"
    assert page.source == "清河日報(bào)客戶端"
    assert page.body.endswith("身影(yǐng)。")  # the body stays as the page prints it


def test_a_government_disclosure_table_dates_the_story_and_names_its_office():
    """政府信息公开: 索引号, 发文机构, 发布日期 (a space before the date), 成文日期 … are the page's fields;
    a template's unfilled placeholders ({{ pageTitle }}) are chrome, so the headline under them is found."""
    page = clean_page(
        "{{ pageTitle }}\n{{ msg }}\n青松社区的网格员们\n"
        "索引号 111111-2021-000001\n主题分类 综合政务 发文机构 清河市政府办公室\n"
        "发布日期 2020-11-05\n成文日期 2020-11-04\n打印本页\n"
        "在青松社区，有很多刚入职的年轻网格员，他们每天穿梭在大街小巷，登记、消杀、送菜。"
    )
    assert page.title == "青松社区的网格员们"
    assert page.published == datetime(2020, 11, 5)  # noqa: DTZ001
    assert page.source == "清河市政府办公室"
    assert page.body.startswith("在青松社区")
    assert "{{" not in " ".join(page.metadata + [page.body])


STORY = "疫情发生以来，青松社区的志愿者们每天守在小区门口，登记往来车辆，为居民送菜送药。"


def test_a_source_line_with_the_date_and_the_sites_address_is_the_dateline():
    page = clean_page(
        f"青松社区的志愿者们\n来源:清河晚报 2021-06-17 09:35   https://www.example.net/\n{STORY}"
    )
    assert (page.source, page.published) == ("清河晚报", datetime(2021, 6, 17, 9, 35))  # noqa: DTZ001


def test_a_two_digit_year_with_the_time_dates_the_story():
    page = clean_page(f"青松社区的志愿者们\n21-11-03 09:40 来源:清河网 编辑:韦晓岚\n{STORY}")
    assert (page.source, page.published) == ("清河网", datetime(2021, 11, 3, 9, 40))  # noqa: DTZ001


def test_an_outlet_whose_name_opens_with_a_quoted_word_keeps_its_quote():
    page = clean_page(f"青松社区的志愿者们\n2021-05-06 08:20:00  来源:“学习清河”学习平台\n{STORY}")
    assert page.source == "“学习清河”学习平台"
