"""Round twelve, the outlet on layouts nobody tuned to (issue 12): one test per shape of credit, each with
the limit on the other side.

Pure; no database. Every page, outlet and name here is invented for the test (an invented town, 清河).
"""

from __future__ import annotations

import pytest

from archive.ingest.bylines import credited_outlet
from archive.ingest.clean import clean_page
from archive.ingest.extract import extract

HEADLINE = "青松社区志愿者守在楼门口 老人买菜不出门"
P1 = "三月初，青松社区的志愿者每天清晨在小区门口为居民测量体温，登记进出车辆。"
P2 = "社区党委书记骆志平说，四十多名党员分成六个小组，轮流守在各个楼栋门口。"


@pytest.mark.parametrize(
    ("lede", "source"),
    [
        ("本报讯(清报全媒体记者 韦晓岚 通讯员 骆志平)", "清报全媒体"),  # the paper calls itself 本报
        ("本报讯（清河晚报记者 韦晓岚）", "清河晚报"),
        ("本报青松3月5日电（清河日报记者 韦晓岚）", "清河日报"),
        ("本报讯（记者 韦晓岚 通讯员 骆志平）", ""),  # the credit names no outlet
        ("本报讯（青松街道通讯员 韦晓岚）", ""),  # a unit's 通讯员: no outlet
    ],
)
def test_the_credit_after_the_own_papers_dateline_names_the_outlet(lede, source):
    page = clean_page(f"{HEADLINE}\n{lede}{P1}\n{P2}")
    assert page.source == source and "韦晓岚" in page.authors


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        ("（新清河·清河法制报记者 韦晓岚）", "新清河·清河法制报"),  # an app, then its paper: one outlet
        ("（掌上青松·清河晚报记者 韦晓岚）", "掌上青松·清河晚报"),
        ("【清河日报社·最清河全媒体记者 韦晓岚 审核 骆志平】", "清河日报社·最清河全媒体"),  # the app's brand
        ("（图文·清河日报记者 韦晓岚）", "清河日报"),  # the work's kind, then the outlet
        ("（清河日报全媒体记者 韦晓岚）", "清河日报"),  # the paper's all-media desk is no outlet
    ],
)
def test_a_compound_credit_after_the_story_is_read_whole(credit, source):
    page = clean_page(f"{HEADLINE}\n{P1}\n{P2}\n{credit}")
    assert credited_outlet(credit) == source  # the writer's outlet; no 来源 line names the source
    assert page.source == "" and "韦晓岚" in page.authors


@pytest.mark.parametrize(
    ("lede", "source"),
    [
        ("阳光廉政讯(骆志平 韦晓岚 通讯员甄萌)", "阳光廉政"),  # a name, 讯, the writers: the outlet
        ("清风青松讯（记者 韦晓岚）", "清风青松"),
        ("图片快讯（韦晓岚）", ""),  # a kind of item
        ("青松社区讯（通讯员 韦晓岚）", ""),  # a unit's news
        ("好消息讯息传来，", ""),  # no credit after it
    ],
)
def test_a_dateline_names_its_outlet_whatever_word_ends_it_when_writers_follow(lede, source):
    page = clean_page(f"{HEADLINE}\n{lede}{P1}\n{P2}")
    assert page.source == source


def test_a_joint_outlet_ending_in_an_app_and_its_dateline_under_photo_captions():
    caption = "楼下的居民正在领取蔬菜包。青松社区供图"
    lede = "清河网-新清河客户端讯(通讯员 韦晓岚 首席记者 骆志平)"
    page = clean_page(f"{HEADLINE}\n{caption}\n{caption}\n{lede}{P1}\n{P2}")
    assert page.source == "清河网-新清河客户端"
    page = clean_page(f"{HEADLINE}\n清河网-社区频道讯 {P1}\n{P2}")
    assert page.source == "清河网"  # a channel after the outlet is no second outlet


@pytest.mark.parametrize(
    ("dateline", "source"),
    [
        ("午间新闻广场 2021-09-29 12:55:10", ""),  # a broadcast programme, not its station
        ("清河新闻联播 2021-09-29 12:55", ""),
        ("晚间新闻 2021-09-29", ""),
        ("清河文明实践 2021-09-29 12:55", ""),  # any other name opening it: the portal's (round 49)
    ],
)
def test_a_programme_opening_the_dateline_is_no_outlet(dateline, source):
    page = clean_page(f"{HEADLINE}\n{dateline}\n{P1}\n{P2}")
    assert page.source == source


@pytest.mark.parametrize(
    ("issue", "source"),
    [
        ("《清河教育报》2020年第29期(总第3446期) 导报二版", "清河教育报"),
        ("《清河周刊》2021年3月5日 第03版:要闻", "清河周刊"),
        ("《清河志》2020年编印", ""),  # a book, no issue and no page
    ],
)
def test_an_e_papers_issue_line_names_the_periodical(issue, source):
    page = clean_page(f"2020年4月21日 每周二出版\n{HEADLINE}\n{issue}\n本报讯(韦晓岚){P1}\n{P2}")
    assert page.source == source


@pytest.mark.parametrize(
    ("lede", "source"),
    [
        ("清河县融媒体中心讯（通讯员 韦晓岚）", "清河县融媒体中心"),  # a county's media centre is an outlet
        ("青松县融媒体中心讯 ", "青松县融媒体中心"),
        ("清河县疾控中心讯（通讯员 韦晓岚）", ""),  # any other centre is a unit
    ],
)
def test_a_county_media_centre_in_the_dateline_is_the_outlet(lede, source):
    page = clean_page(f"{HEADLINE}\n{lede}{P1}\n{P2}")
    assert page.source == source


@pytest.mark.parametrize(
    "line", ["来源 | 清河日报", "来源｜清河日报", "来源丨 清河日报", "来源 |清河日报 作者 | 韦晓岚"]
)
def test_a_source_key_with_a_bar_after_it(line):
    page = clean_page(f"{HEADLINE}\n{line}\n{P1}\n{P2}")
    assert page.source == "清河日报" and P1 in page.body


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("韦晓岚对清河频道记者说，物资充足。", ["清河频道"]),  # the outlets' one list: a channel
        ("韦晓岚对清河传媒记者说，物资充足。", ["清河传媒"]),
        ("据青松街道发布消息，社区物资充足。", []),  # an account's word is no story's outlet
        ("据清河号报道，物资充足。", []),
    ],
)
def test_the_story_names_outlets_from_the_one_list_of_outlet_words(text, orgs):
    assert [o.name for o in extract(text).organizations] == orgs


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        (["清河日報記者 陳曉嵐"], ""),  # traditional script: 報, 臺, 訊 (a credit names no source)
        (["清河電視臺記者 陳曉嵐"], ""),
        ([f"清河日報訊（記者 陳曉嵐）{P1}"], "清河日報"),
        ([f"本報訊（記者 陳曉嵐）{P1}"], ""),
    ],
)
def test_credits_and_datelines_in_traditional_script(lines, source):
    page = clean_page("\n".join([HEADLINE, *lines, P1, P2]))
    assert page.source == source
    assert credited_outlet("清河電視臺記者 陳曉嵐") == "清河電視臺"


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源：清河日报【字体：大 中 小】", "清河日报"),  # a widget glued to the 来源 value
        ("来源：清河日报 【打印】【关闭】", "清河日报"),
        ("来源：《清河周刊》【字体：大 中 小】", "清河周刊"),  # the periodical by its name, its marks off
        (
            "2022-04-09 10:00 清河日报 作者：韦晓岚",
            "",
        ),  # the outlet beside the date, a writer keyed after: no 来源 key, the portal's (round 49)
        (
            "2022-04-09 10:00 青松门户网 作者 清河新闻网",
            "清河新闻网",
        ),  # a portal's name, the outlet keyed as writer
    ],
)
def test_the_outlet_on_a_dateline_with_more_after_it(line, source):
    page = clean_page(f"{HEADLINE}\n{line}\n{P1}\n{P2}")
    assert page.source == source


@pytest.mark.parametrize(
    ("lede", "source"),
    [
        ("【清河网讯】", "清河网"),  # a dateline in brackets
        ("【清河日报讯】记者 韦晓岚 ", "清河日报"),
        ("（清河日报记者 韦晓岚）", ""),  # the credit alone opens the story: the writer's outlet, no source
        ("（记者 韦晓岚）", ""),
        ("（青松社区供图）", ""),
    ],
)
def test_a_bracketed_dateline_or_credit_opening_the_story(lede, source):
    page = clean_page(f"{HEADLINE}\n{lede}{P1}\n{P2}")
    assert page.source == source
