"""Page metadata (issue 12, twenty-seventh round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page
from archive.ingest.extract import extract

STORY = (
    "青松社区的志愿者们每天守在小区门口，帮居民量体温、做登记，一刻也不放松。\n"
    "社区书记韦晓岚说，大家轮流上岗，没有一个人喊累。\n"
)


def test_a_dated_headline_under_a_column_name_beats_the_site_banner_above_them():
    """口号 | 栏目 | 标题 | 发布时间: a long banner over a column's short name is the site's; the headline is
    the line the date follows under the column."""
    page = clean_page(
        f"守护师生健康筑牢校园防线\n校园动态\n我校返乡学子投身家乡抗疫一线\n发稿时间：2021-12-07\n{STORY}"
    )
    assert page.title == "我校返乡学子投身家乡抗疫一线"


def test_a_masthead_motto_over_the_date_yields_to_the_headline_over_the_lede():
    """A weekly's masthead motto (创办于…) printed over the page's date line, then the headline, then the
    story opening with 本报讯: the headline is the line the story opens under."""
    page = clean_page(
        "青松侨报 国内刊号 CN00-0000\n创办于1962年，读者遍及海内外\n"
        "发稿时间：2021-12-08 作者： 阅读：1024\n青松区侨联青委会 驰援邻市抗击疫情\n"
        "本报讯 邻市疫情仍在蔓延，青松区侨联青委会发起募捐。\n社区书记韦晓岚说，物资已经送到。\n"
    )
    assert page.title == "青松区侨联青委会 驰援邻市抗击疫情"
    # the limit: a headline over the date with the 本报讯 lede right under it stays the headline
    page = clean_page("青松区侨联青委会驰援邻市抗击疫情\n发稿时间：2021-12-08\n本报讯 邻市疫情仍在蔓延。\n")
    assert page.title == "青松区侨联青委会驰援邻市抗击疫情"


def test_a_reporters_credit_run_on_after_the_last_sentence_is_a_credit_not_a_caption():
    """…老人家里。本报记者 某某 文/摄: the writer's credit for words and pictures, run on after the story's
    last sentence; the line stays in the story and the name is an author, never a person of it."""
    page = clean_page(
        "暖心年货\n2021年02月18日\n"
        "春节前夕，青松社区书记韦晓岚与同事来到老党员家中贴春联。\n"
        "正月初二，区慈善总会的爱心人士来到骆大爷家，把温暖送进老人家里。本报记者 柯文静 文/摄\n"
    )
    assert page.body.endswith("把温暖送进老人家里。本报记者 柯文静 文/摄")
    assert page.authors == ["柯文静"]
    people = {p.name for p in extract(page.body, credited=page.authors).people}
    assert "柯文静" not in people


def test_a_writer_field_naming_a_site_names_the_outlet_whatever_follows_it():
    """作者:某某网  | 我要投稿: the field names the outlet; the link after a bar is the page's own."""
    page = clean_page(f"楼栋里的跑腿小哥\n2022-03-18 10:21 作者:青松振兴网  | 我要投稿\n{STORY}")
    assert page.source == "青松振兴网"


def test_federations_by_their_short_names_and_the_central_bodies():
    """某县义工联, 某区侨联青委会 (a federation's youth committee), 共青团中央 and 党中央 are bodies."""
    found = extract(
        "近日，宁远县义工联组织志愿者上街宣传。青松区侨联青委会会长骆明主动联络。共青团中央发出倡议，大家坚决贯彻党中央部署。"
    )
    orgs = {o.name for o in found.organizations}
    assert {"宁远县义工联", "青松区侨联青委会", "共青团中央", "党中央"} <= orgs


def test_a_title_bar_that_cut_the_headline_short_yields_to_the_headline_in_full():
    """某某网:标题前半_标签-标签- over the page, a summary, then the headline in full over the dateline: the
    full line is the headline, never the bar."""
    page = clean_page(
        "青松网:青松县纪实:千名干部下沉社区一线_青松-社区-物资-\n"
        "发稿日期:2020-11-07  来源:青松日报  作者:韦晓岚\n"
        "核心提示:青松日报讯 入冬以来，千名干部下沉社区，帮居民采购生活物资。\n"
        "青松县纪实:千名干部下沉社区一线守护群众冬季生活\n"
        f"青松日报讯 入冬以来，千名干部下沉社区，帮居民采购生活物资。\n{STORY}"
    )
    assert page.title == "青松县纪实:千名干部下沉社区一线守护群众冬季生活"


def test_a_bracketed_source_after_the_media_centres_name_opening_the_story():
    """某区融媒体中心【来源：区委宣传部 通讯员：甲】“…: the centre prints the story; its 来源 names the
    outlet, and the correspondent is an author."""
    page = clean_page(
        "青松区融媒体中心【来源：区委宣传部 通讯员：韦晓岚】“大家排好队，保持一米距离。”志愿者一遍遍提醒。\n"
        "社区书记骆明说，这几天大家都很配合。\n"
    )
    assert page.source == "区委宣传部"
    assert "韦晓岚" in page.authors
