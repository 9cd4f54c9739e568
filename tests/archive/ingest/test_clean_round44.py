"""Page metadata and chrome (issue 12, forty-fourth round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page

_STORY = "青松社区的志愿者们每天守在小区门口,为居民测量体温、登记信息,一刻也不放松。"


def test_outlets_parted_by_slashes_in_a_dateline_are_the_source_as_printed():
    """某某晚报/掌上某地/某某网2月11日讯: a group's outlets parted by slashes, the source as printed
    (round 49: the sets' golds keep the group whole)."""
    page = clean_page(f"热心司机送水到卡口\n清河晚报/掌上清河/清河网2月11日讯 {_STORY}\n")
    assert page.source == "清河晚报/掌上清河/清河网"


def test_a_leads_label_alone_over_the_story_is_no_line_of_it():
    """导语 alone on the page's first line over the lead: the label goes, the lead opens the body."""
    day = "今天是值班第一天。在东坡路口查验车辆、核对信息、劝返外地人员,忙到深夜才回家。"
    page = clean_page(
        "导语\n清河君(ID:qinghe-j):测体温、查证件、送物资......这是卡口网格员的日常。他们是守门员,也是服务员。\n"
        f"在清河县青松镇值守的网格员韦春兰,写下了这些平凡的日子——\n3月2日\n晴转多云\n{day}\n{day}\n"
    )
    assert page.body.startswith("清河君")


def test_a_licence_line_over_the_headline_is_chrome():
    """互联网新闻信息许可证:61120180013 over the headline: the site's licence, never the headline."""
    page = clean_page(
        f"互联网新闻信息许可证:61120180099\n\n春耕不误防疫忙\n\n2020-02-06 12:55:56\n\n{_STORY}\n{_STORY}\n"
    )
    assert page.title == "春耕不误防疫忙"


def test_a_publishers_family_of_outlets_is_chrome():
    """某某日报社旗下媒体: 某某网 | 某某日报 | 某某晚报: the publisher's links, never the headline."""
    page = clean_page(
        f"清河日报社旗下媒体: 清河网 | 清河日报 | 清河晚报\n2020年2月20日 星期四\n理发师进村\n{_STORY}\n"
    )
    assert page.title == "理发师进村"


def test_a_quoted_headline_over_its_dashed_subtitle():
    """“硬仗用我,用我必胜” then ——某某法院四位干警的故事: a quote with a comma is the headline when a
    dashed subtitle stands under it."""
    page = clean_page(
        f"当前位置: 首页 -> 本地要闻\n\n“难事我来,我来就成”\n\n——清河县人民法院三位干警的故事\n\n"
        f"  发布时间:2020-05-11 11:30:15\n{_STORY}\n{_STORY}\n"
    )
    assert page.title == "“难事我来,我来就成”"


def test_a_headline_signed_by_its_writer_and_the_writers_biography():
    """某某•标题 with 某某,广西某县人,乡镇干部。… under it: the writer is the author, the headline the rest,
    the biography a line of metadata (the writer never a person of the story)."""
    page = clean_page(
        "韦明远•春节值班的日子\n\n韦明远 ,广西清河人,基层公务员,有诗歌见于报刊。\n\n"
        f"1月25日 大年初一 雨\n\n{_STORY}\n{_STORY}\n"
    )
    assert (page.title, page.authors) == ("春节值班的日子", ["韦明远"])
    assert page.body.startswith("1月25日")


def test_a_source_keyed_with_a_slash_and_one_keyed_in_the_closing_bracket():
    """来源/某某办公室 (a slash after the key) and …。(稿件来源:某某供电公司) closing the story: the value
    is the source whatever it names (a unit, a company); a person's name there is none."""
    keyed = clean_page(f"退役军人在行动\n来源/青禾县拥军优属服务站\n{_STORY}\n{_STORY}\n")
    assert (keyed.title, keyed.source) == ("退役军人在行动", "青禾县拥军优属服务站")
    closing = clean_page(f"供电所保障卡点用电\n{_STORY}\n{_STORY}每个卡点都通了电。(稿件来源:清河供电公司)\n")
    assert closing.source == "清河供电公司"
    person = clean_page(f"供电所保障卡点用电\n{_STORY}\n{_STORY}每个卡点都通了电。(来源:韦晓岚)\n")
    assert person.source == ""
