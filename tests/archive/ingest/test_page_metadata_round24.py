"""Page metadata (issue 12, twenty-fourth round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page


def test_a_reporter_s_credit_opening_the_story_before_its_day_names_the_outlet():
    """清河传媒记者甲 通讯员乙 2月5日上午，…: the credits open the first paragraph, the story's day after
    a space; the outlet is the page's and the two writers are its authors."""
    page = clean_page(
        "党员自发捐款支援防控\n清河传媒记者韦晓岚 通讯员骆志平 2月5日上午，青松村全体党员自发捐款。\n"
        "村支书邵明秋说，大家都想出一份力。\n"
    )
    assert page.source == "清河传媒"
    assert {"韦晓岚", "骆志平"} <= set(page.authors)


def test_a_credit_inside_the_story_names_no_outlet():
    """The limit: a reporter named inside a sentence (…告诉清河日报记者…) is no dateline's credit."""
    page = clean_page(
        "党员自发捐款支援防控\n村支书邵明秋告诉清河日报记者，大家都想出一份力。\n志愿者说都很配合。\n"
    )
    assert page.source == ""


def test_an_outlet_s_name_in_quotes_before_the_place_of_its_dateline():
    """“清河之声”青松讯（通讯员 甲）…: the quotes mark the outlet's name; the place after it is not."""
    page = clean_page(
        "边境乡村的防控日记\n“清河之声”青松讯（通讯员 韦晓岚）“你忙防控，我忙捐赠。”青松村的村民这样说。\n"
        "志愿者说都很配合。\n"
    )
    assert page.source == "清河之声"


def test_a_site_s_keywords_over_the_page_are_no_headline():
    """清河在线_客家祖地_清河新闻_…: the site's keywords (its <title>'s words) stand first; the headline is
    the line under them."""
    page = clean_page(
        "清河在线_红色故里_青松古镇_清河新闻_清河新闻中心_清河_青松_石门_清河热线\n"
        "青松乡31名老兵坚守抗疫一线\n"
        "疫情发生以来，青松乡29名退役军人主动请缨，坚守在防控一线。他们日夜值守卡点。\n"
        "退役军人韦大明说：“我们是党员，要冲在前面。”\n"
    )
    assert page.title == "青松乡31名老兵坚守抗疫一线"


def test_a_site_s_names_listed_with_commas_are_no_headline():
    """清河热线,清河新闻网,清河综合新闻门户网站: a list of the site's names over the headline."""
    page = clean_page(
        "清河热线,清河新闻网,清河综合新闻门户网站\n热门关键词:\n防控疫情 青松社区志愿者在行动\n"
        "来源: 作者:记者 韦晓岚 日期:2020-05-12\n"
        "网格员、党员、物业人员和大学生志愿者都行动起来，守好每一个小区大门。\n"
    )
    assert page.title == "防控疫情 青松社区志愿者在行动"


def test_an_e_paper_s_page_navigation_is_no_headline():
    """上一版 / 第8版:副刊 / 下一版: an e-paper's navigation over the page, chrome."""
    page = clean_page(
        "上一版 / 第8版:副刊 / 下一版\n标题导航 本版导航\n\n值守卡点小记\n\n"
        "清河日报  2020年02月14日  来源:清河日报\n"
        "母亲九十岁了，身体多病，我每天早上去卡点值守，晚上回家照顾她。\n"
    )
    assert page.title == "值守卡点小记"
    assert "上一版" not in page.body


def test_a_caption_printed_over_the_dateline_is_no_part_of_the_story():
    """2月4日，村支书甲拖着大喇叭…（a photo's caption）, then 清河网-新清河客户端2月6日9时讯（记者 乙）…: the
    story opens with its dateline, an hour in it too."""
    page = clean_page(
        "五名村干部连续奋战十二天\n"
        "2月4日，青松村，村支部书记韦国林拖着大喇叭，沿着村道反复播放自编的顺口溜。\n"
        "清河网-新清河客户端2月6日9时讯（记者 邵长军）“青松村民要注意，不走亲戚不串门。”\n"
        "韦国林说，村里的老人都记住了。\n"
    )
    assert page.body.startswith("清河网-新清河客户端2月6日9时讯")
    assert page.source == "清河网-新清河客户端"


def test_a_site_s_most_read_heading_is_chrome():
    """最火资讯, 热门资讯: the heading of a list of other stories."""
    page = clean_page(
        "青松社区志愿者在行动\n来源:清河日报 日期:2020-05-12\n"
        "网格员、党员和大学生志愿者都行动起来，守好每一个小区大门。\n最火资讯\n"
    )
    assert "最火资讯" not in page.body


def test_more_outlets_of_the_genre():
    """来源: 《清河当代》 (title marks off), 清河网/清河新闻客户端讯 (two outlets joined by a slash:
    the source as printed, round 49),
    云上清河报道: (an app's name and 报道 with a colon), 公益清河人河北邢台讯 (two places after the
    outlet), a dated credit line with a brand (2022-05-01 12:40:45 清河新闻Knews记者 甲)."""
    story = "青松社区的志愿者们每天守在小区门口，为居民测量体温、登记信息，一刻也不放松。"
    cases = {
        f"社区志愿者在行动\n来源: 《清河当代》 作者: 韦洁\n{story}\n": "清河当代",
        f"社区志愿者在行动\n清河网/清河新闻客户端讯 记者韦小莹报道:“好！”{story}\n": "清河网/清河新闻客户端",
        f"社区志愿者在行动\n云上清河报道:为了守好小区大门，{story}\n": "云上清河",
        f"社区志愿者在行动\n公益清河人河北邢台讯(韦振国) “出门记得戴口罩。”{story}\n": "公益清河人",
        f"社区志愿者在行动\n2022-05-01 12:40:45 清河新闻Knews记者  韦琳琳\n{story}\n": "",  # a credit's
    }
    for page, outlet in cases.items():
        assert clean_page(page).source == outlet


def test_a_key_after_a_bullet_is_a_field_not_a_headline():
    """• 来源 :青松县人民政府: a bullet before the key; the line is metadata, the headline is above it."""
    page = clean_page("社区志愿者在行动\n• 来源 :青松县人民政府\n青松社区的志愿者们每天守在门口测体温。\n")
    assert page.title == "社区志愿者在行动" and page.source == "青松县人民政府"


def test_reporters_listed_with_an_intern_s_mark_are_authors():
    """记者甲(实习)、乙、丙报道: …: a list of writers opening the story; none is a person of it."""
    page = clean_page(
        "社区志愿者在行动\n记者韦雅婷(实习)、李沿、韦德琳、夏林报道:青松社区的志愿者们每天守在门口，为居民测量体温。\n"
        "大家都说好。\n"
    )
    assert page.authors == ["韦雅婷", "李沿", "韦德琳", "夏林"]


def test_a_government_site_s_header_buttons_and_notices_are_chrome():
    """长者模式 无障碍浏览 网上有害信息举报 over the page; a rights notice and a login wall under it."""
    page = clean_page(
        "长者模式 无障碍浏览 网上有害信息举报\n【边关日记】我在边疆，向祖国报告平安！\n"
        "来源:清河日报 时间:2021/08/03\n青松村的民兵每天巡逻在边境线上，守护着村民的平安。\n"
        "部分作品因故未能署名，请权利人与本站联系，我们将及时处理。\n登录后可查看隐藏内容\n"
    )
    assert page.title.endswith("我在边疆，向祖国报告平安！")
    assert "权利人" not in page.body and "登录" not in page.body


def test_an_issue_s_date_beside_its_navigation_is_the_page_s_dateline():
    """The limit: 2021年12月06日 星期一 上一期 下一期 dates the issue; its buttons make it no chrome."""
    page = clean_page(
        "版面导航\n2021年12月06日 星期一 上一期 下一期\n我是社区志愿者\n"
        "青松社区的志愿者们每天守在小区门口，为居民测量体温、登记信息，一刻也不放松。\n"
    )
    assert page.published is not None and page.published.date().isoformat() == "2021-12-06"


def test_an_e_paper_s_zero_padded_page_label_is_no_headline():
    """00003版:要闻, then the story's headline and another story's on the page, then 本报讯…: the label
    is chrome and the headline is the line under it."""
    page = clean_page(
        "清河日报 电子版\n00005版:要闻\n青松救援队出动30名队员\n18个老旧小区有了“管家”\n"
        "本报讯 (记者 韦欣) 青松镇玉龙社区有18个老旧小区没有物业，志愿者每天守在门口。\n"
    )
    assert page.title == "青松救援队出动30名队员"


def test_a_dateline_credited_in_square_brackets_and_an_original_mark_after_a_source():
    """新清河讯【特约通讯员 甲 乙】…: a brand's dateline credited in 【】; 来源:某某融媒体原创: 原创 marks the
    story as the outlet's own, it is no part of the outlet's name."""
    story = "青松社区的志愿者们每天守在小区门口，为居民测量体温、登记信息，一刻也不放松。"
    page = clean_page(f"社区志愿者在行动\n新清河讯【特约通讯员 韦玉芳 鲁小垚】 “您好，请戴好口罩。”{story}\n")
    assert page.source == "新清河"
    assert clean_page(f"社区志愿者在行动\n来源:清河日报社融媒体原创\n{story}\n").source == "清河日报社融媒体"
