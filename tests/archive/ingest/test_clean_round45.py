"""Page metadata and chrome (issue 12, forty-fifth round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page

_STORY = "青松社区的志愿者们每天守在小区门口,为居民测量体温、登记信息,一刻也不放松。"


def test_a_short_outlets_dateline_with_a_reporter_keyed_after_it():
    """南都讯 记者甲据…: the outlet of two characters before 讯, its reporter keyed without brackets
    after it, is the source (喜讯 and 某社区讯 are none)."""
    page = clean_page(f"卡口的雨夜\n南都讯 记者韦春兰据区政府通报,{_STORY}\n{_STORY}\n")
    assert page.source == "南都"
    assert clean_page(f"卡口的雨夜\n喜讯 记者韦春兰据区政府通报,{_STORY}\n{_STORY}\n").source == ""


def test_a_tag_line_holding_the_pages_fields_is_read():
    """标签:某某 | 来源:某某网 | 作者:甲: a tag line that holds the source and the writers is the page's
    field line, never chrome."""
    page = clean_page(
        f"首页 > 清河网 > 社区\n\n青松社区的志愿者们守好小区大门\n\n标签:社区 | 来源:清河网 | 作者:韦春兰\n\n"
        f"{_STORY}\n{_STORY}\n"
    )
    assert page.source == "清河网"
    assert "标签:社区 | 来源:清河网 | 作者:韦春兰" not in page.boilerplate


def test_a_bulleted_editors_line_with_the_date_under_the_story():
    """• 编辑:甲     2020-02-03 under the story: the editor and the page's date, no link to another page."""
    bar = "  • 编辑:骆秋菊     2020-02-03"
    page = clean_page(f"青松社区的志愿者们守好小区大门\n\n{_STORY}\n{_STORY}\n\n{bar}\n")
    assert page.published is not None and page.published.date().isoformat() == "2020-02-03"
    assert page.editors == ["骆秋菊"]


def test_the_sites_own_editor_in_the_source_slot_is_no_outlet():
    """来源:本站编辑: the site's own editor, no outlet (来源:本站原创 is kept as written)."""
    page = clean_page(
        f"青松社区的志愿者们守好小区大门\n来源:本站编辑 时间:2020-03-21 阅读:\n{_STORY}\n{_STORY}\n"
    )
    assert page.source == ""


def test_font_size_buttons_are_chrome():
    """字号变大| 字号变小: the page's font buttons."""
    page = clean_page(f"青松社区的志愿者们守好小区大门\n2020-02-12\n字号变大| 字号变小\n{_STORY}\n{_STORY}\n")
    assert "字号变大| 字号变小" in page.boilerplate


def test_a_reading_label_before_the_headline_is_cut():
    """正在阅读:标题: the page's label before the headline is no part of it."""
    page = clean_page(f"正在阅读:青松社区楼道里的“爱心菜篮”\n2022-05-07 14:08\n{_STORY}\n{_STORY}\n")
    assert page.title == "青松社区楼道里的“爱心菜篮”"


def test_a_units_writer_glued_to_its_unit_in_the_datelines_credit():
    """(某某网记者 甲 某镇融媒站乙): the unit's correspondent after the reporter is a writer too."""
    dateline = "清河网5月6日讯(清河网记者 韦春兰 青松镇融媒站骆秋菊)"
    page = clean_page(f"青松社区楼道里的“爱心菜篮”\n{dateline}{_STORY}\n{_STORY}\n")
    assert page.authors == ["韦春兰", "骆秋菊"]


def test_a_dashed_subtitle_after_a_spaced_headline():
    """主题 续题(之二)——副题: the dash parts the subtitle; the space inside the title stays."""
    page = clean_page(
        f"抗击疫情 侨有行动(之二)——聚侨力,爱心驰援疫情防控\n2020年02月06日09:26\n{_STORY}\n{_STORY}\n"
    )
    assert (page.title, page.subtitle) == ("抗击疫情 侨有行动(之二)", "聚侨力,爱心驰援疫情防控")


def test_an_organisations_contact_lines_under_the_story_are_chrome():
    """電話:…, 辦公室:某路173号, 招聘郵箱:…, 抖音:…, 微博:…: the footer's contact lines, in either script."""
    footer = (
        "電話:(028)87740000\n辦公室:青禾市青松路173号\n招聘郵箱:hr@example.cn\n抖音:青禾社工\n微博:青禾社工"
    )
    page = clean_page(f"青松社区的志愿者们守好小区大门\n2020-02-12\n{_STORY}\n{_STORY}\n{footer}\n")
    assert "辦公室:青禾市青松路173号" in page.boilerplate and "抖音:青禾社工" in page.boilerplate
    assert "抖音" not in page.body


def test_a_date_and_the_writers_credit_on_one_line_under_the_headline():
    """2021-06-10 11:17甲某某报实习生乙发自某地: a dateline and its credit, never the headline."""
    page = clean_page(
        f"青松村的日与夜\n\n2021-06-10 11:17韦春兰清河周报实习生骆秋菊发自清河\n清河周报 2021-06-10\n\n"
        f"{_STORY}\n{_STORY}\n"
    )
    assert page.title == "青松村的日与夜"


def test_an_apps_prompt_for_more_reports_is_chrome():
    """更多图片和视频报道,详见某某App专题: the paper's prompt, no line of the story."""
    page = clean_page(
        f"青松村的日与夜\n2021-06-10\n更多图片和视频报道,详见清河周报App专题\n{_STORY}\n{_STORY}\n"
    )
    assert "更多图片和视频报道,详见清河周报App专题" in page.boilerplate


def test_a_sites_name_over_the_page_does_not_stop_the_search_for_the_headline():
    """Qinghe新闻 over a breadcrumb and the headline printed twice: the headline."""
    page = clean_page(
        f"Qinghe新闻\n>\n青松邻居:楼道里的互助小报\n\n青松邻居:楼道里的互助小报\n\n社会\n"
        f"青松小区7号楼的邻居在群里办起了一份“楼道小报”。\n作者:韦春兰\n{_STORY}\n{_STORY}\n"
    )
    assert page.title == "青松邻居:楼道里的互助小报"


def test_a_headline_trailing_off_over_a_caption():
    """这个夏天感受某地温度……: a short headline ending in an ellipsis, no clause in it, is the headline."""
    scene = "镜头1\n\n青松新区\n\n网上谈心帮一线人员解压\n\n青禾传媒集团记者 韦春兰"
    page = clean_page(
        f"这个夏天感受青禾温度……\n\n母女志愿者成为核酸检测点一道风景。\n\n{scene}\n\n{_STORY}\n{_STORY}\n"
    )
    assert page.title == "这个夏天感受青禾温度……"


def test_an_outlet_a_colon_and_its_writer_opening_the_story():
    """某某传媒网:(甲)…: the outlet opening the story, its writer in brackets after a colon."""
    page = clean_page(f"青禾法制传媒网:(韦春兰){_STORY}\n{_STORY}\n")
    assert page.source == "青禾法制传媒网"
