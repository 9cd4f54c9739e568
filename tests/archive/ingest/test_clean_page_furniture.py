"""Page furniture by class: each kind of line portals print under a story is chrome, and no prose after
it joins the story (issue 12).

Pure; no database. Every line is written for these tests (an invented town's site, 清河网), in the
shapes Chinese news portals use; one test per class of furniture.
"""

from __future__ import annotations

import pytest

from archive.ingest.chrome import is_boilerplate
from archive.ingest.clean import clean_page

HEAD = ["清河社区：党员志愿者守好社区大门", "2022-03-05 10:23 来源：清河日报"]
STORY = [
    "清河社区的志愿者们每天清晨六点就来到卡口，为进出的居民测量体温、登记信息，风雨无阻。",
    "社区党委书记说，疫情发生以来，社区共组织了一百多名党员志愿者参与值守，没有一个人叫苦。",
    "居民们也纷纷行动起来，有的送来热水，有的送来口罩，大家心往一处想，劲往一处使。",
]
# A teaser of another article, long enough to pass for prose.
TEASER = "另一篇报道的导语也很长，讲的是别的城市里的一个小区如何组织团购保障居民的生活物资供应。"


def _after_story(*lines: str) -> str:
    page = clean_page("\n".join([*HEAD, *STORY, *lines, TEASER]))
    assert page.body.startswith(STORY[0]) and page.body.endswith(STORY[-1])
    return page.body


def _closes_the_story(line: str) -> None:
    assert is_boilerplate(line), line
    body = _after_story(line)
    assert line not in body
    assert TEASER not in body


@pytest.mark.parametrize(
    "line",
    ["扫一扫在手机打开当前页", "微信扫一扫 分享到朋友圈", "手机扫码阅读", "在手机上阅读", "扫码阅读手机版"],
)
def test_a_prompt_to_read_or_share_on_a_phone_closes_the_story(line):
    _closes_the_story(line)


@pytest.mark.parametrize("line", ["本文已被阅读 523 次", "阅读 1.2万", "已有0人参与"])
def test_a_reading_or_participation_counter_closes_the_story(line):
    _closes_the_story(line)


def test_a_counter_read_as_a_metadata_field_closes_the_story_too():
    body = _after_story("浏览次数：358次")
    assert "浏览次数" not in body and TEASER not in body


@pytest.mark.parametrize(
    "line", ["下载清河新闻APP，阅读更多精彩内容", "长按识别二维码关注我们", "扫描二维码 关注清河发布"]
)
def test_a_prompt_to_fetch_the_app_or_follow_the_account_closes_the_story(line):
    _closes_the_story(line)


@pytest.mark.parametrize(
    "line", ["请文明上网，理性发言", "验证码：", "全部评论", "共有0条评论", "用户名：", "提交"]
)
def test_a_comment_box_closes_the_story(line):
    _closes_the_story(line)


@pytest.mark.parametrize("line", ["热点新闻", "24小时排行", "为您推荐", "相关标签", "附件：", "今日头条"])
def test_a_list_header_alone_closes_the_story(line):
    _closes_the_story(line)


@pytest.mark.parametrize("line", ["专题：抗击新冠肺炎疫情", "【专题】众志成城 抗击疫情", "进入专题>>"])
def test_a_topic_link_closes_the_story(line):
    _closes_the_story(line)


@pytest.mark.parametrize("line", ["发布于：湖南省", "IP属地：北京"])
def test_a_platforms_location_line_closes_the_story(line):
    _closes_the_story(line)


def test_a_tipping_prompt_closes_the_story():
    _closes_the_story("好文章，需要你的鼓励")


@pytest.mark.parametrize("line", ["官方微博", "APP下载", "回到顶部", "文章纠错", "微信 微博 抖音"])
def test_a_social_or_app_badge_closes_the_story(line):
    _closes_the_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "Tags: 志愿者 社区",
        "清河网简介 | 广告服务 | 联系我们 | 网站地图",
        "本网站所有内容属清河网所有，未经许可不得转载。",
    ],
)
def test_tag_lines_site_links_and_rights_notices_close_the_story(line):
    _closes_the_story(line)


@pytest.mark.parametrize("line", ["首页 > 新闻中心 > 社会民生", "当前位置：首页>>本地新闻"])
def test_another_pages_breadcrumb_under_the_story_closes_it(line):
    _closes_the_story(line)


@pytest.mark.parametrize(
    "line", ["监制：王五", "出品：清河融媒", "发布时间：2022-03-05 10:23", "原标题：清河社区志愿者在行动"]
)
def test_a_credit_dateline_or_original_title_under_the_story_closes_it(line):
    body = _after_story(line)
    assert line not in body and TEASER not in body


def test_a_sites_welcome_banner_with_its_address_is_chrome_above_the_story():
    banner = "清河村网 qinghe.example.cn 欢迎您!"
    page = clean_page("\n".join([banner, *STORY]))
    assert banner in page.boilerplate
    assert page.body.startswith(STORY[0])


def test_the_words_of_a_furniture_class_inside_a_sentence_are_the_story():
    lines = [
        "社区干部扫一扫居民的健康码，再登记体温。",
        "推荐居民下载健康码，方便出行。",
        "专题会议上，书记布置了任务。",
    ]
    for line in lines:
        assert not is_boilerplate(line)
    page = clean_page("\n".join([*HEAD, STORY[0], *lines, STORY[1]]))
    assert all(line in page.body for line in lines)


def test_a_source_key_written_with_this_article_is_read_as_the_source():
    page = clean_page("\n".join([HEAD[0], "2022-03-05 10:23", *STORY, "本文来源：清河晚报"]))
    assert page.source == "清河晚报"
    assert "清河晚报" not in page.body
