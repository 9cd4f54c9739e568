"""Page metadata and chrome (issue 12, forty-fourth round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page

_STORY = "青松社区的志愿者们每天守在小区门口,为居民测量体温、登记信息,一刻也不放松。"


def test_outlets_parted_by_slashes_in_a_dateline_give_the_first():
    """某某晚报/掌上某地/某某网2月11日讯: a group's outlets parted by slashes; the first is the source."""
    page = clean_page(f"热心司机送水到卡口\n清河晚报/掌上清河/清河网2月11日讯 {_STORY}\n")
    assert page.source == "清河晚报"


def test_a_leads_label_alone_over_the_story_is_no_line_of_it():
    """导语 alone on the page's first line over the lead: the label goes, the lead opens the body."""
    day = "今天是值班的第一天。到了东坡路卡口,检查来往车辆,登记人员信息,劝返外地人员,一直忙到深夜才下班回家。"
    page = clean_page(
        "导语\n清河君(ID:qinghe-j):测体温、查证件、送物资......这是卡口网格员的日常。他们是守门员,也是服务员。\n"
        f"在清河县青松镇值守的网格员韦春兰,写下了这些平凡的日子——\n3月2日\n晴转多云\n{day}\n{day}\n"
    )
    assert page.body.startswith("清河君")
