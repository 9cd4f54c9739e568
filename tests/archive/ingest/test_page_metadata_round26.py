"""Page metadata (issue 12, twenty-sixth round). Pages written for these tests."""

from __future__ import annotations

from datetime import datetime

from archive.ingest.clean import clean_page

STORY = (
    "青松社区的志愿者们每天守在小区门口，帮居民量体温、做登记，一刻也不放松。\n"
    "社区书记韦晓岚说，大家轮流上岗，没有一个人喊累。\n"
)


def test_a_short_headline_in_quotes_over_its_subtitle_on_an_e_paper():
    """An e-paper sets a short headline in quotes (“青松村的红马甲”) over a longer subtitle; a phrase of
    words in quotes is a headline's shape, never a column's name or a spoken sentence."""
    page = clean_page(
        "2021年08月12日\n第06版:战疫情 PDF版\n“青松村的红马甲”\n帮村民讲清防护知识\n"
        f"□记者 韦永奇 文/图\n{STORY}"
    )
    assert page.title == "“青松村的红马甲”"
    # the limit: a spoken sentence in quotes opening the story is no headline
    page = clean_page(f"2021年08月12日\n“大家好，请戴好口罩！”\n{STORY}")
    assert page.title != "“大家好，请戴好口罩！”"


def test_a_repost_whose_only_headline_is_its_original_title_line():
    """原标题：主题——副题 first over a wire's 某社某地电 题：…: the repost prints no headline of its own, so
    the original title is the headline (its subtitle split off); the wire's line still names the outlet."""
    page = clean_page(
        "原标题:照亮青松 温暖人心——清河抗疫志愿者群像\n"
        "清河社清河10月25日电 题:清河抗疫一线的志愿者\n"
        f"清河社记者韦赫\n{STORY}"
    )
    assert (page.title, page.subtitle) == ("照亮青松 温暖人心", "清河抗疫志愿者群像")
    assert page.source == "清河社"
    assert not page.body.startswith("清河社清河10月25日电")
    # a page with its own headline keeps it; the 原标题 under it is the repost's note
    page = clean_page(f"青松社区志愿者在行动\n原标题:照亮青松 温暖人心\n{STORY}")
    assert page.title == "青松社区志愿者在行动"


def test_prompts_to_add_a_site_as_a_friend_or_scan_for_more_stories_are_chrome():
    """扫一扫加某某网为好友, 请扫二维码看 更多志愿者的故事: a site's prompts under the story; a sentence of
    the story that names a code (居民扫码登记…) stays."""
    page = clean_page(
        f"{STORY}居民扫码登记后进入小区，看更多的是笑脸。\n"
        "扫一扫加清河网为好友\n请扫二维码看 更多志愿者的故事\n"
    )
    assert "扫一扫加清河网为好友" in page.boilerplate
    assert "请扫二维码看 更多志愿者的故事" in page.boilerplate
    assert "居民扫码登记后进入小区" in page.body


def test_a_font_bar_a_footer_s_units_an_app_prompt_and_a_comment_form_are_chrome():
    """字体大小:【 】 打印 分享到:, 指导单位:…建设单位:…, (更多内容请下载…客户端:http://…), 请输入验证码."""
    page = clean_page(
        f"字体大小:【 】  打印 分享到:\n{STORY}(更多内容请下载清河新闻客户端 http://example.com/app)\n"
        "请输入验证码\n指导单位:清河市委宣传部建设单位:清河新闻网\n"
    )
    for line in ("请输入验证码", "指导单位:清河市委宣传部建设单位:清河新闻网"):
        assert line in page.boilerplate
    assert "客户端" not in page.body and "字体大小" not in page.body


def test_a_breadcrumb_s_date_an_image_placeholder_and_a_first_published_note():
    """清河网 > 新闻 > 本地要闻   2021-09-14 08:30:15 (the page's date at the end of its breadcrumb);
    Image 2020-02-03 (an image's placeholder is no outlet before the date); (本文首发于…《清河周末》)
    names the outlet the story first ran in."""
    page = clean_page(f"社区的一天\n清河网 > 新闻 > 本地要闻      2021-09-14 08:30:15\n社区的一天\n{STORY}")
    assert page.published == datetime(2021, 9, 14, 8, 30, 15)  # noqa: DTZ001
    page = clean_page(f"社区的一天\nImage 2020-02-03\n{STORY}")
    assert page.source == ""
    assert page.published == datetime(2020, 2, 3)  # noqa: DTZ001
    page = clean_page(f"社区的一天\n{STORY}(本文首发于2020年3月2日《清河周末》)\n")
    assert page.source == "清河周末"
