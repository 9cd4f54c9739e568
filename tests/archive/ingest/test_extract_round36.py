"""Extraction and metadata (issue 12, thirty-sixth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page
from archive.ingest.story_end import is_list_item
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places


def test_a_slogan_over_the_crumb_yields_to_the_column_tagged_headline_with_a_number_in_it():
    """口号! / 首页 > 频道 > 正文 / 栏目|标题 with 20岁 in it / the dateline: the tagged line is the headline
    (a count inside a headline's words is no list item's counter)."""
    page = clean_page(
        "青禾资讯,看得更远更快!\n"
        "首页 > 民生> 正文\n"
        "青春正当时|封控小区里 20岁快递员当起了楼道志愿者\n"
        "来源: 发布时间:2022-04-20 10:15\n"
        "浏览:36\n"
        "柯小川是一名快递员,4月12日他照常到柳湾小区派件,刚进门小区就封控了。\n"
        "他当天就报名做志愿者,帮着物业分装物资,挨家挨户送到门口。"
    )
    assert page.title == "青春正当时|封控小区里 20岁快递员当起了楼道志愿者"
    assert page.body.startswith("柯小川是一名快递员")
    assert not is_list_item("青春正当时|封控小区里 20岁快递员当起了楼道志愿者")
    assert is_list_item("浏览 36 | 评论 2")


def test_a_language_switch_over_the_page_is_chrome_never_the_title():
    page = clean_page(
        "简体中文\n"
        "    首页 >> 校园动态 >>校园动态 >> 同心抗疫,青禾市柳湾区实验小学教师志愿者在行动!\n"
        "    详细内容\n"
        "    同心抗疫,青禾市柳湾区实验小学教师志愿者在行动!\n"
        "时间:2021-08-09     作者:青禾教育网\n"
        "青禾实验小学32名教师志愿者主动报名,下沉到柳湾社区参加核酸检测服务。\n"
        "教师柯晓兰说:“我们多跑几步,居民就少等一会儿。”"
    )
    assert page.title == "同心抗疫,青禾市柳湾区实验小学教师志愿者在行动!"
    assert "简体中文" in page.boilerplate


def test_an_update_time_is_the_date_of_a_page_that_prints_no_other():
    page = clean_page(
        "八旬老党员交上特殊党费\n"
        "新闻来源:青禾网\n"
        "更新时间:2020-02-03 21:40:12\n"
        "青禾网讯 2月1日上午,柳湾村83岁的老党员柯有福把1000元交到村党支部书记手中。\n"
        "他说:“我年纪大了,上不了一线,这点钱是我的心意。”"
    )
    assert page.published is not None
    assert page.published.isoformat() == "2020-02-03T21:40:12"


def test_a_page_printing_both_dates_keeps_the_publication_date():
    page = clean_page(
        "八旬老党员交上特殊党费\n"
        "发布时间:2020-02-02 09:00 更新时间:2020-02-03 21:40:12\n"
        "2月1日上午,柳湾村83岁的老党员柯有福把1000元交到村党支部书记手中。"
    )
    assert page.published.isoformat() == "2020-02-02T09:00:00"


def test_an_opening_told_one_phrase_a_line_with_a_count_and_a_section_heading_under_it_is_the_story():
    """在刺骨的寒风里 / 柳湾村的 / 72岁老党员柯守义 / … / 只要村里需要我 / (the story, with more headings
    of that shape): the opening lines, the count in them too, are the story's, and name its people."""
    page = clean_page(
        "“闲不住”的老党员写下请战书\n"
        "2020-02-15 18:42:21 来源:青禾传媒集团\n"
        "在刺骨的寒风里\n"
        "青禾县柳湾镇柳湾村的\n"
        "72岁老党员柯守义\n"
        "用行动守着村口\n"
        "守着一个老党员的初心\n"
        "只要村里需要,我就在 /\n"
        "正月初三,得知村里要设卡招募志愿者,柯守义第一个报了名。村里担心他年纪大,他就写了一封请战书。\n"
        "老伴的牵挂 /\n"
        "今天是柯守义值守卡点的第十二天。卡点离村口一公里多,他中午就在卡点吃饭,一天守九个小时。"
    )
    assert page.body.startswith("在刺骨的寒风里")
    assert "柯守义" in _people(page.body)
    assert {"柳湾镇", "柳湾村"} <= _places(page.body)
