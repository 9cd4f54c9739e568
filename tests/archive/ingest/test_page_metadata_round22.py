"""Page metadata (issue 12, twenty-second round): each test a page written for it."""

from __future__ import annotations

from archive.ingest.clean import clean_page
from archive.ingest.headline_text import derive_title


def test_a_literal_break_tag_in_a_headline_splits_title_and_subtitle():
    """主题<br>副题: a converter left the break tag as text; the short line after it is the subtitle."""
    for tag in ("<br>", "<br/>", "<BR />"):
        page = clean_page(
            "首页 > 新闻\n社区网格员守好小区大门" + tag + "一线的守护者\n2022-04-10 10:00\n"
            "4月9日，长宁区新泾镇的志愿者们连夜分装物资，社区书记韦晓光说。\n"
        )
        assert (page.title, page.subtitle) == ("社区网格员守好小区大门", "一线的守护者")


def test_a_short_dash_tail_is_still_no_subtitle():
    """The limit: 主题——新华社 (a short tail after a dash, no break tag) stays out of the subtitle."""
    page = clean_page(
        "首页 > 新闻\n社区网格员守好小区大门——新华社\n2022-04-10 10:00\n"
        "4月9日，长宁区新泾镇的志愿者们连夜分装物资，社区书记韦晓光说。\n"
    )
    assert page.subtitle == ""


def test_a_title_made_from_the_first_sentence_keeps_its_punctuation():
    """A page printing no headline: the title made from its first clauses quotes them as written, a
    half-width comma stays half-width (it was turned full-width)."""
    assert derive_title(["长宁区志愿者连夜奋战,守护社区平安"]) == "长宁区志愿者连夜奋战,守护社区平安"
    both = "清晨，志愿者守在门口；傍晚，网格员上门"
    assert derive_title([both + "。"]) == both


def _page(first_paragraph: str):
    return clean_page(
        "首页 > 新闻\n志愿者连夜分装物资\n2022-04-10 10:00\n"
        + first_paragraph
        + "\n社区书记韦晓光说，大家辛苦了。\n"
    )


def test_a_credit_closed_by_baodao_opening_the_story_names_the_outlet_and_the_writers():
    """某某日报记者甲 通讯员乙 报道：…: the credit glued to the first paragraph, no brackets."""
    page = _page("清河日报记者骆志平 通讯员邵明 报道：4月9日，青松镇的志愿者们连夜分装物资。")
    assert page.source == "清河日报"
    assert page.authors == ["骆志平", "邵明"]


def test_a_brand_ending_in_a_place_s_name_before_xun_is_the_outlet():
    """大美清河讯（通讯员 甲）: a county media brand whose name ends in its place is one outlet, not 大美 of
    清河; without a credit after it, 讯 alone names no outlet."""
    assert _page("大美清河讯（通讯员 邵明）4月9日，青松镇的志愿者们连夜分装物资。").source == "大美清河"
    assert _page("清河日报汉中讯（记者 骆志平）4月9日，青松镇的志愿者们连夜分装物资。").source == "清河日报"
