"""The headline and the outlet (issue 12, seventeenth round): one test per class, each with the limit on
the other side.

Pure; no database. Every line is written for these tests (an invented town, 清河, its outlets and people).
"""

from __future__ import annotations

import pytest

from archive.ingest.clean import clean_page

from .invented_page import HEAD, STORY

DATELINE = "2022-04-09 10:20 来源：清河日报"


@pytest.mark.parametrize(
    "headline",
    [
        "清河镇:他们有个共同的名字——网格员",
        "春天里最美的身影——志愿者",
        "守护万家灯火的人——社区书记",
    ],
)
def test_a_short_phrase_after_the_dash_is_the_headlines_own(headline):
    page = clean_page("\n".join([headline, DATELINE, *STORY]))
    assert page.title == headline
    assert page.subtitle == ""


@pytest.mark.parametrize(
    ("headline", "main", "sub"),
    [
        ("守好大门——记清河社区的志愿者们", "守好大门", "记清河社区的志愿者们"),
        ("寒夜里的守门人——清河县青松社区抗疫纪实", "寒夜里的守门人", "清河县青松社区抗疫纪实"),
        ("“大家都出力”——清河县边境村寨见闻", "“大家都出力”", "清河县边境村寨见闻"),
        ("寒夜里的守门人——志愿者守门记", "寒夜里的守门人", "志愿者守门记"),
    ],
)
def test_a_subtitle_after_the_dash_is_split_off(headline, main, sub):
    page = clean_page("\n".join([headline, DATELINE, *STORY]))
    assert (page.title, page.subtitle) == (main, sub)


def test_a_later_line_that_only_opens_like_the_headline_does_not_replace_it():
    head = "青松社区志愿者守护小区的日日夜夜"
    page = clean_page("\n".join([head, DATELINE, "青松社区志愿者", *STORY]))
    assert page.title == head


@pytest.mark.parametrize(
    ("lede", "outlet"),
    [
        ("清河网·清河新闻汉中5月6日讯(通讯员 韦晓岚 记者 骆志平)", "清河网·清河新闻"),
        ("清河日报·清河客户端5月6日讯（记者 韦晓岚）", "清河日报·清河客户端"),
    ],
)
def test_an_outlet_and_its_brand_glued_to_the_first_paragraph(lede, outlet):
    page = clean_page("\n".join([HEAD[0], "2022-04-09 10:20", lede + STORY[0], *STORY[1:]]))
    assert page.source == outlet


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("2022-04-09 10:20  《清河周刊》—清河网  字号:T|T", "《清河周刊》—清河网"),
        ("2022-04-09 10:20  清河日报·清河客户端", "清河日报·清河客户端"),
        ("2022-04-09  清河网·清河新闻  字号:大 中 小", "清河网·清河新闻"),
    ],
)
def test_a_joined_outlet_beside_an_unkeyed_date_is_the_outlet(dateline, outlet):
    """Read whole beside the date: the site showing the page (round 49: no 来源 key, no source)."""
    page = clean_page("\n".join([HEAD[0], dateline, *STORY]))
    assert (page.source, page.site) == ("", outlet)


def test_a_person_beside_an_unkeyed_date_is_no_outlet():
    page = clean_page("\n".join([HEAD[0], "2022-04-09 10:20  韦晓岚", *STORY]))
    assert page.source in ("", None)


@pytest.mark.parametrize("switch", ["进入移动版,省流量,体验好", "电脑版          触屏版", "切换到手机版"])
def test_a_switch_to_another_version_of_the_site_is_chrome(switch):
    page = clean_page("\n".join([*HEAD, switch, *STORY]))
    assert page.body == "\n".join(STORY)
    assert switch in page.boilerplate


def test_a_sentence_about_a_mobile_version_stays_in_the_story():
    line = "进入移动版后,居民可以在手机上预约核酸检测,社区还安排了志愿者上门教老人操作。"
    page = clean_page("\n".join([*HEAD, STORY[0], line, *STORY[1:]]))
    assert line in page.body
