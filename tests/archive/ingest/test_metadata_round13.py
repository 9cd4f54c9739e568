"""Round 13: the outlet on layouts nobody tuned to — each class where a page names its outlet in a shape
the archive did not read, with its opposite limit (a wrong outlet is worse than none). Pure; no
database. Every page here is written for the test (no third-party text)."""

from __future__ import annotations

from archive.ingest.bylines import credited_outlet
from archive.ingest.clean import clean_page

HEADLINE = "青松社区的一天"
STORY = (
    "青松社区的志愿者们一早就守在小区门口，为居民测量体温、登记信息，忙到深夜才回家休息。\n"
    "社区书记韦晓岚说，大家都辛苦了，我们会继续守好这道门。"
)


def _page(*lines: str):
    return clean_page("\n".join(lines))


def test_an_outlet_set_apart_from_its_reporters_credit_by_a_bar_is_the_writers():
    for credit, outlet in (
        ("清河日报客户端 | 记者 韦晓岚 通讯员 骆志平", "清河日报客户端"),
        ("清河新闻网｜记者 韦晓岚", "清河新闻网"),
        ("文丨清河晚报记者 骆志平", "清河晚报"),  # 丨 is a bar, never part of the outlet's name
        ("文｜清河日报全媒体记者 韦晓岚", "清河日报"),
    ):
        page = _page(HEADLINE, credit, STORY)
        assert credited_outlet(credit) == outlet and page.source == "", credit
        assert "韦晓岚" in page.authors or "骆志平" in page.authors
    assert credited_outlet("作者：清河日报记者 韦晓岚") == "清河日报"  # after a key's colon
    assert _page(HEADLINE, "青松街道 | 通讯员 韦晓岚", STORY).source == ""  # a unit is no outlet


def test_a_source_value_naming_its_writer_after_a_slash():
    for source_line, outlet in (
        ("（来源：清河广电中心站/韦晓岚 通讯员/骆志平", "清河广电中心站"),
        ("来源：清河日报/记者 骆志平", "清河日报"),
        ("来源:清河网/韦晓岚", "清河网"),
    ):
        assert _page(HEADLINE, STORY, source_line).source == outlet, source_line
    # a paper and its app joined by a slash are one outlet
    assert _page(HEADLINE, "来源:清河日报社/清河新闻", STORY).source == "清河日报社/清河新闻"


def test_an_outlets_name_alone_between_the_headline_and_the_story():
    for outlet in ("清河日报", "清河晚报", "清河新闻客户端"):
        assert _page(HEADLINE, outlet, STORY).source == outlet
    assert _page(f"【一线】{HEADLINE}", "清河都市报", STORY).source == "清河都市报"
    # over the headline it is a menu's item or the site's banner; under the story, another article's
    assert _page("首页", "清河日报", HEADLINE, STORY).source == ""
    assert _page(HEADLINE, STORY, "相关新闻", "清河日报").source == ""


def test_an_outlet_opening_a_dateline_printed_without_its_year():
    page = _page(HEADLINE, "清河信息港    02-16 22:47:55", STORY)
    assert page.source == "清河信息港"
    assert page.published is None  # no year: no publication date
    assert _page(HEADLINE, "韦晓岚  02-16 22:47", STORY).source == ""  # a writer's name, not an outlet
    assert _page(HEADLINE, "清河县  02-16 22:47", STORY).source == ""  # a place


def test_a_story_opening_with_its_outlets_reporter_at_work():
    for opening, outlet in (
        ("11月18日，清河日报记者从清河区民政局获悉，", "清河日报"),
        ("近日，清河晚报全媒体记者走进青松社区，", "清河晚报"),
        ("清河网记者日前从清河区了解到，", "清河网"),
        ("昨天上午，清河新闻客户端记者来到青松社区，", "清河新闻客户端"),
    ):
        assert _page(HEADLINE, opening + STORY).source == outlet, opening
    for opening in (
        "记者从清河区民政局获悉，",  # no outlet named
        "本报记者从清河区民政局获悉，",  # the paper calling itself
        "韦晓岚在接受清河日报记者采访时说，",  # an interview, not the story's byline
        "社区书记带着清河日报记者走进楼道，",
    ):
        assert _page(HEADLINE, opening + STORY).source == "", opening


def test_a_papers_dateline_under_a_run_of_photo_captions():
    captions = [f"8月{day}日，在青松社区，志愿者骆志平为居民送菜。" for day in range(1, 7)]
    page = _page(HEADLINE, *captions, f"清河网讯（文/记者 韦晓岚）{STORY}")
    assert page.source == "清河网"
    # a story line that merely opens with a word ending in 讯 or 电 names none
    page = _page(HEADLINE, *captions, "社区来电 大家都说好。", STORY)
    assert page.source == ""


def test_an_e_papers_credit_behind_a_bullet_names_its_outlet():
    for credit, outlet in (("□清河日报记者 韦晓岚", "清河日报"), ("■清河晚报全媒体记者 骆志平", "清河晚报")):
        page = _page(HEADLINE, credit, STORY)
        assert credited_outlet(credit) == outlet and page.source == "", credit
    assert _page(HEADLINE, "□本报记者 韦晓岚", STORY).source == ""


def test_the_words_saying_where_a_text_first_stood_are_not_the_outlets_name():
    page = _page(HEADLINE, STORY, "原载于清河日报2022年4月9日第3版")
    assert page.source == "清河日报"
    assert _page(HEADLINE, STORY, "摘自清河晚报 2022年4月9日 第5版").source == "清河晚报"
    assert _page(HEADLINE, "转自清河新闻网 2022-04-09 10:20", STORY).source == "清河新闻网"


def test_a_datelines_outlet_in_brackets_or_before_a_place_that_is_no_division():
    assert _page(HEADLINE, f"（清河网讯）{STORY}").source == "清河网"
    assert _page(HEADLINE, f"清河社东京3月5日电 {STORY}").source == "清河社"  # a place abroad
    assert _page(HEADLINE, f"（社区来电）{STORY}").source == ""  # a story's words, no outlet


def test_a_source_naming_an_account_gives_the_accounts_name_not_its_platform():
    for value in (
        "微信公众号 清河发布",
        "“清河发布”微信公众号",
        "公众号：清河发布",
        "清河发布（ID：qinghefabu）",
    ):
        assert _page(HEADLINE, f"来源：{value}", STORY).source == "清河发布", value
    assert _page(HEADLINE, "来源：清河日报；作者：韦晓岚", STORY).source == "清河日报"
