"""Round nineteen, page metadata (issue 12): the page's own title bar printed above its headline
(标题 - 频道 - 站名) names the headline and the site; a paper's names for the parts of a headline
（主题, 引题） after a copy of it above the story; credits and site crumbs in traditional script.
One test per construction, each with its limit.

Pure; no database. Every page, outlet and name here is invented for the test (an invented town, 清河).
"""

from __future__ import annotations

from archive.ingest.clean import clean_page

P1 = "三月初，青松社区的志愿者每天清晨在小区门口为居民测量体温，登记进出车辆。"
P2 = "社区党委书记骆志平说，四十多名党员分成六个小组，轮流守在各个楼栋门口。"
HEADLINE = "楼门口的四十多名党员"
KICKER = "清河县志愿者积极参与防控 守护居民平安"


def test_the_title_bar_names_the_headline_under_a_kicker_and_the_site():
    page = clean_page(
        "\n".join(
            [
                f"{HEADLINE} - 社区 - 清河在线网",
                "清河娱乐",
                KICKER,
                HEADLINE,
                "来源:清河日报",
                "2021-06-07 11:38",
                P1,
                P2,
            ]
        )
    )
    assert (page.title, page.site, page.source) == (HEADLINE, "清河在线网", "清河日报")
    assert page.body.startswith(P1)


def test_a_title_bar_whose_headline_is_not_printed_again_names_nothing():
    page = clean_page("\n".join([f"{HEADLINE} - 社区 - 清河在线网", KICKER, "来源:清河日报", P1, P2]))
    assert page.site == ""


def test_the_headline_copied_above_the_story_with_its_part_label_is_metadata():
    page = clean_page(
        "\n".join([HEADLINE, "来源:清河日报", f"原标题:{KICKER}(引题)", f"{HEADLINE}(主题)", P1, P2])
    )
    assert page.title == HEADLINE
    assert page.body.startswith(P1)
    assert f"{HEADLINE}(主题)" in page.metadata


def test_a_sentence_quoting_the_headline_with_its_label_stays_in_the_story():
    page = clean_page("\n".join([HEADLINE, "来源:清河日报", P1, f"居民们说，{HEADLINE}(主题)值得学习。", P2]))
    assert f"居民们说，{HEADLINE}(主题)值得学习。" in page.body


def test_a_traditional_page_names_its_site_and_credits_as_a_simplified_one_does():
    lede = "清河新聞網訊(清河新聞網記者 陳小紅 通訊員 劉小萌)三月初，青松社區的志願者每天清晨守在小區門口。"
    page = clean_page("\n".join(["當前位置: 清河新聞網 > 原創新聞", HEADLINE, lede, P2]))
    assert page.site == "清河新聞網"
    assert page.authors == ["陳小紅", "劉小萌"]


def test_a_traditional_unit_in_a_credit_is_still_no_writer():
    page = clean_page("\n".join([HEADLINE, "來源:清河日報", P1, "大家都说好。(清河縣和平街道辦事處 任利生)"]))
    assert page.authors == ["任利生"]
