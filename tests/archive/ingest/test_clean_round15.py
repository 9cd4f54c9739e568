"""Which line is the headline (issue 12, fifteenth round): one test per class, each with the limit on the
other side.

Pure; no database. Every line is written for these tests (an invented town, 清河, its outlets and people).
"""

from __future__ import annotations

import pytest

from archive.ingest.clean import clean_page

from .invented_page import HEAD, STORY


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "【社区防控,我们在一线】“守好门,管好人” 清河县青松社区书记韦晓岚连夜赶回岗位",
            "【社区防控,我们在一线】“守好门,管好人” 清河县青松社区书记韦晓岚连夜赶回岗位",  # tag printed
        ),
        (
            "“你守楼道,我守大门”——清河县青松社区三百名志愿者轮班值守的四十个日夜和一本登记簿",
            "“你守楼道,我守大门”",
        ),
        (
            "【战疫,邻里同行】守望相助护家园 邻里互助见真情——清河县青松社区居民自发组成夜间值守队",
            "【战疫,邻里同行】守望相助护家园 邻里互助见真情",  # the tag stays, the subtitle parts (r. 49)
        ),
    ],
)
def test_a_comma_inside_quotes_or_a_columns_tag_makes_no_sentence_of_a_long_headline(headline, title):
    page = clean_page("\n".join(["当前位置:首页>社区新闻>正文", headline, HEAD[1], *STORY]))
    assert page.title == title
    assert page.body.startswith(STORY[0])


def test_a_column_tagged_lede_with_its_own_commas_is_no_headline():
    lede = "【身边的榜样】寒潮来袭的那一周,清河县青松社区的老党员排起班次,每晚给独居老人送去热饭"
    page = clean_page("\n".join(["当前位置:首页>社区新闻>正文", lede, "楼道里的小黑板", HEAD[1], *STORY]))
    assert page.title == "楼道里的小黑板"


@pytest.mark.parametrize(
    "service",
    [
        "客服热线:0000-1234 5678",
        "报料热线:0000-12345678 无障碍 繁体",
        "24小时报料电话：0000-7654321",
    ],
)
def test_a_sites_hotline_over_the_page_is_chrome_never_the_headline(service):
    page = clean_page("\n".join([service, *HEAD, *STORY]))
    assert page.title == HEAD[0]
    assert service in page.boilerplate


def test_a_story_sentence_naming_a_hotline_stays_in_the_story():
    line = "居民如有困难，可拨打社区服务热线：0000-1234567，志愿者会第一时间上门。"
    page = clean_page("\n".join([*HEAD, STORY[0], line, *STORY[1:]]))
    assert line in page.body


@pytest.mark.parametrize(
    "row",
    [
        "清河传媒成员: 清河日报 |清河晚报 |清河网 |清河手机报 回到主页",
        "清河志愿者网 | 青少年频道 | 清河社区网站群 | 邻里论坛 | 投稿 | 服务电话:0000-1234567",
        "首页 | 本地新闻 | 社区服务 | 便民信息 | 清河县人民政府主办的综合门户",
    ],
)
def test_a_row_of_links_between_bars_is_navigation_whatever_stands_at_its_ends(row):
    page = clean_page("\n".join([row, *HEAD, *STORY]))
    assert page.title == HEAD[0]
    assert row in page.boilerplate


@pytest.mark.parametrize(
    "fields",
    [
        "发布时间: 2022-04-09 | 来源: 清河网 | 作者: 韦晓岚 | 责任编辑: 骆志平",
        "来源:清河网|作者:韦晓岚|时间:2022-04-09 10:20:00|浏览:12",
    ],
)
def test_a_dateline_of_fields_between_bars_is_the_pages_metadata(fields):
    page = clean_page("\n".join([HEAD[0], fields, *STORY]))
    assert page.title == HEAD[0] and page.published is not None and page.published.day == 9
    assert fields not in page.boilerplate


@pytest.mark.parametrize(
    "posted",
    [
        "webmaster 于2022年04月09日发表",
        "清河社区网 编辑部 于 2022-04-09 10:20 发布",
        "骆志平 2022年4月9日 发表在 社区动态",
    ],
)
def test_a_line_holding_a_date_is_never_the_headline(posted):
    page = clean_page("\n".join(["青松社区值守记", posted, *STORY]))
    assert page.title == "青松社区值守记"


@pytest.mark.parametrize("button", ["小字号", "大字号 中字号 小字号", "字号"])
def test_a_font_button_over_the_story_is_chrome_even_when_the_story_has_headings(button):
    story = [STORY[0], "守在门口的人", STORY[1], "送到家里的菜", STORY[2]]
    page = clean_page("\n".join([*HEAD, button, *story]))
    assert page.body.startswith(STORY[0]) and button not in page.body.split("\n")


def test_a_short_heading_over_a_story_with_more_headings_stays():
    story = ["守在门口的人", STORY[0], "送到家里的菜", STORY[1], STORY[2]]
    page = clean_page("\n".join([*HEAD, *story]))
    assert page.body.startswith("守在门口的人")


@pytest.mark.parametrize("fragment", ["翻开地图一看,青松、翠竹、白杨", "从地图上可以看到", "地图上的小区"])
def test_a_capture_cut_off_on_a_word_of_maps_keeps_its_last_fragment(fragment):
    page = clean_page("\n".join([*HEAD, *STORY, fragment]))
    assert page.body.endswith(fragment)


@pytest.mark.parametrize("chrome", ["网站地图", "站点地图"])
def test_the_sites_map_under_the_story_is_no_fragment_of_it(chrome):
    page = clean_page("\n".join([*HEAD, *STORY, chrome]))
    assert page.body.endswith(STORY[-1])
