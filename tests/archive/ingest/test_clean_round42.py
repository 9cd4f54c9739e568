"""Page chrome and metadata (issue 12, forty-second round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page
from archive.ingest.fields import lede_outlet


def test_a_title_bar_whose_site_is_named_in_chinese_and_english():
    """标题 - 某某报 Some Press over the menu, the headline printed again above the story."""
    page = clean_page(
        "青禾义工队送来两百份防疫物资 助老街坊渡过难关 - 青禾报 Qinghe Eastcoast Daily Press\n"
        "• 本地新闻\n• 青禾报 TV\nADVERTISEMENT\n"
        "青禾义工队送来两百份防疫物资 助老街坊渡过难关\n"
        "（青禾28日讯）青禾义工队昨天把两百份物资送到了老街坊家里。\n"
        "队长陈明说，下一批物资周末就到。\n"
    )
    assert page.title == "青禾义工队送来两百份防疫物资 助老街坊渡过难关"
    assert page.body.startswith("（青禾28日讯）青禾义工队")


def test_a_readers_comment_rules_under_the_story_are_chrome():
    page = clean_page(
        "青禾义工送物资\n2022-03-02\n青禾义工队昨天把两百份物资送到了老街坊家里。\n"
        "队长陈明说，下一批物资周末就到。\n*本网站有权删除或屏蔽任何含有人身攻击的留言\n"
    )
    assert page.body.endswith("下一批物资周末就到。")


def test_a_list_of_other_stories_each_with_its_date_and_reads():
    """标题 / 2022年04月02日 • 3万次阅读, item after item under the story (the last cut before its date)."""
    page = clean_page(
        "青禾义工送物资\n2022-03-02\n青禾义工队昨天把两百份物资送到了老街坊家里。\n"
        "队长陈明说，下一批物资周末就到。\n"
        "青禾八处赏花的好去处\n2022年04月02日   •   3万次阅读\n"
        "青禾网友热议:地铁延长运营?\n2022年06月12日   •   3万次阅读\n"
        "如何在青禾办理居住证?最全攻略\n"
    )
    assert page.body.endswith("下一批物资周末就到。")


def test_a_wires_dateline_with_a_slash_before_the_story():
    """某某社北京3月27日电/据某某网报道,…: the agency is the outlet."""
    assert lede_outlet("青禾社北京3月27日电/据某某网报道,志愿者们连日奔走。") == "青禾社"


def test_a_source_line_naming_only_a_writers_key_names_no_outlet():
    """来源:通讯员: the key of a writer, the outlet left unnamed."""
    page = clean_page(
        "青禾义工送物资\n来源:通讯员\n2022-03-02\n青禾义工队昨天把两百份物资送到了老街坊家里。\n"
    )
    assert page.source == ""


def test_a_more_news_list_under_the_story_is_chrome():
    page = clean_page(
        "青禾义工送物资\n2022-03-02\n青禾义工队昨天把两百份物资送到了老街坊家里。\n"
        "队长陈明说，下一批物资周末就到。\n更多新闻\n青禾市第三轮核酸检测情况通报\n上周，青禾八个区的书记在忙这些事\n"
    )
    assert page.body.endswith("下一批物资周末就到。")


def test_an_unknown_source_run_into_the_next_key():
    """来源:未知添加时间:2020/03/14: the source unknown, the key of the date run into it."""
    page = clean_page(
        "青禾义工送物资\n来源:未知添加时间:2020/03/14\n青禾义工队昨天把两百份物资送到了老街坊家里。\n"
    )
    assert page.source == ""


def test_a_breadcrumb_worded_your_current_position_and_a_source_key_left_empty():
    """您的当前位置:首页 - 本地 is no headline; 新闻来源: 主编:甲 names no outlet; 版权申明 is chrome."""
    page = clean_page(
        "您的当前位置:首页 - 本地\n青禾两名大学生回村当起防疫志愿者\n"
        "2020.02.02     新闻来源:        主编:杨威\n"
        "青禾村的两名大学生一大早来到检测点帮忙登记。\n"
        "版权申明:本站文字图片仅供交流，侵权请告知删除。\n"
    )
    assert page.title == "青禾两名大学生回村当起防疫志愿者"
    assert page.source == ""
    assert page.body == "青禾村的两名大学生一大早来到检测点帮忙登记。"


def test_a_sites_channel_after_its_name_in_the_dateline():
    """某某网环保频道讯: the site is the outlet, the channel one of its pages."""
    assert lede_outlet("青禾网环保频道讯 肖光明、刘德华摄影报道:“家住几栋？”") == "青禾网"


def test_a_headline_with_the_bars_of_empty_links_after_it():
    """标题 | |||: the bars of links the capture left empty, after the headline."""
    page = clean_page(
        "核酸检测“补网查漏”青禾网格员逐户“扫楼” | |||\n|||\n为确保不漏一户，青禾镇网格员逐户上门。\n"
    )
    assert page.title == "核酸检测“补网查漏”青禾网格员逐户“扫楼”"
