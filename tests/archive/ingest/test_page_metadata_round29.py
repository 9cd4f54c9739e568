"""Page metadata (issue 12, twenty-ninth round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page

STORY = (
    "青松社区的志愿者们每天守在小区门口，帮居民量体温、做登记，一刻也不放松。\n"
    "社区书记韦晓岚说，大家轮流上岗，没有一个人喊累。\n"
)


def test_a_headline_over_the_date_keeps_its_place_over_a_caption_above_the_lede():
    """Headline, date, a photo's caption, then the 某某网消息 lede: the short line over the lede is the
    caption, not the headline (a masthead's motto over the date still yields: round 27)."""
    page = clean_page(
        "青松外卖骑手变身送菜志愿者 守好居民的菜篮子\n2021-10-28 08:58\n骑手正在分拣蔬菜\n"
        "青松网消息 10月23日，青松小区因疫情封闭管理，营业点的9名员工决定成为志愿者。\n" + STORY
    )
    assert page.title == "青松外卖骑手变身送菜志愿者 守好居民的菜篮子"
    assert page.source == "青松网"
    assert "骑手正在分拣蔬菜" not in page.body.split("\n")[0]


def test_the_date_glued_after_the_sites_address_dates_the_page():
    """http://www.example.cn/2020年02月20日 08:47:33 |: the site prints its address and the date as one."""
    page = clean_page(
        "社区理发志愿者上门服务 |\nhttp://www.qingsong-news.cn/2020年02月20日 08:47:33 |\n本报讯 " + STORY
    )
    assert page.title == "社区理发志愿者上门服务"
    assert page.published is not None
    assert page.published.isoformat() == "2020-02-20T08:47:33"
    assert "qingsong-news" not in page.body


def test_a_home_towns_newsletter_in_brackets_names_the_outlet():
    """【某某乡讯消息】: a township's newsletter (乡讯) and 消息; 某某日报讯消息 names the paper."""
    assert clean_page("【青松乡讯消息】" + STORY).source == "青松乡讯"
    assert clean_page("青松日报讯消息 " + STORY).source == "青松日报"


def test_a_panes_label_and_the_papers_banner_are_no_headline():
    """文章内容 (the pane's label) and 某某报社 - 某某报 (the paper's banner) over the headline and its ——
    subtitle: the headline is the line over the subtitle."""
    page = clean_page(
        "文章内容\n青松石油报社 - 青松石油报\n暖心“后勤兵”\n——青松钻井队支援社区防控纪实\n"
        "作者:特约记者韦晓岚\n2020-03-22 浏览(12)\n" + STORY
    )
    assert page.title == "暖心“后勤兵”"


def test_buttons_glued_to_the_source_are_no_part_of_the_outlet():
    """来源:某某晚报参与互动: the page's buttons printed right after the outlet's name."""
    page = clean_page("青松社区的早晨\n2020年01月26日 18:56 来源:青松晚报参与互动\n" + STORY)
    assert page.source == "青松晚报"


def test_the_unit_that_publishes_before_the_date_under_the_headline_is_the_outlet():
    """标题 / 某某镇人民政府 2021-03-09 阅读量 208: a government site prints its own name before the date;
    the line is the dateline, not a second headline."""
    page = clean_page("青松镇：党员守好村口第一道关\n青禾县青松镇人民政府 2021-03-09 阅读量 208\n" + STORY)
    assert page.title == "青松镇：党员守好村口第一道关"
    assert page.site == "青禾县青松镇人民政府"  # (round 49: no 来源 key, the site showing it, not the source)
    assert page.published is not None and page.published.date().isoformat() == "2021-03-09"


def test_an_outlet_in_brackets_closing_the_headline_is_the_source_and_no_part_of_the_title():
    """标题[某某时报]: a reposted headline names its outlet in brackets; a photo mark (【组图】) is none."""
    page = clean_page("守好小区的大门[清河时报]\n时报记者 韦晓岚\n" + STORY)
    assert page.title == "守好小区的大门"
    assert page.source == "清河时报"


def test_a_menus_rolling_news_item_is_no_newspapers_name():
    """滚动播报 in the site's menu ends in 报 but names no paper: a story saying 本报讯 takes no outlet
    from it."""
    page = clean_page("首页 |\n滚动播报 |\n头条新闻 |\n守好小区的大门\n本报讯（记者 韦晓岚）" + STORY)
    assert page.source != "滚动播报"
