"""Page metadata and chrome (issue 12, forty-ninth round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page
from archive.ingest.layout import is_action_bar

_STORY = "清晨六点,青松社区的志愿者们已经守在小区门口,帮居民量体温、做登记,一刻也不放松。"
_MORE = "老党员韦春兰说:“大家配合得很好,我们守到最后一班岗。”到了傍晚,她才回家吃上一口热饭。"


def test_a_places_chain_over_the_headline_is_its_kicker():
    """某县某镇某村 on its own line over a short headline: the place the story happens in, set over the
    headline as a kicker (the subtitle), never the headline itself."""
    page = clean_page(f"安吉县天荒坪镇青竹村\n山里的“守门人”\n{_STORY}\n{_MORE}\n")
    assert (page.title, page.subtitle) == ("山里的“守门人”", "安吉县天荒坪镇青竹村")


def test_associations_listed_over_the_headline_are_its_kicker():
    """省某协会、省某某协会 over 开展…活动: the bodies the headline is about, set over it."""
    page = clean_page(f"省聋人协会、省残疾人体育协会\n开展“手语助防疫”志愿服务\n{_STORY}\n{_MORE}\n")
    assert page.title == "开展“手语助防疫”志愿服务"
    assert page.subtitle == "省聋人协会、省残疾人体育协会"


def test_a_clause_over_a_line_keeps_the_headline():
    """A headline that only ends in a place's or a body's word (…划为管控区, …成立临时党支部) is a clause,
    no kicker: it stays the headline over the line under it."""
    page = clean_page(f"青松小区东侧划为临时管控区\n2022-04-09 10:20 来源：清河日报\n{_STORY}\n{_MORE}\n")
    assert page.title == "青松小区东侧划为临时管控区"


def test_an_exclaimed_headline_under_the_breadcrumb_beats_the_links_above_it():
    """A portal's cut-off link list, its search box and breadcrumb, then 某地:有序复工! over the dateline:
    the exclaimed line under the breadcrumb is the headline, the list's items and the box are chrome."""
    page = clean_page(
        "通知公告\n  清河高新区青松智谷(1102单元\n  2022年度青禾生物医药产业\n"
        "  关于组织申报2022年度清河高新\n  点击查看更多>>\n请输入关键字\n"
        "  您的位置:首页 > 本站要闻\n青松片区:有序复工!\n"
        f"作者:    来源:清河高新发布    发布时间:2021-08-01\n{_STORY}\n{_MORE}\n"
    )
    assert page.title == "青松片区:有序复工!"
    assert "请输入关键字" not in page.body and page.source == "清河高新发布"


def test_an_e_papers_page_labels_and_buttons_are_chrome():
    """F1 本版新闻 / F2 版面目录 over the headline and its ——subtitle: an e-paper's buttons beside its page
    labels, never the headline."""
    assert is_action_bar("F2 版面目录") and is_action_bar("A03版 本版新闻")
    assert not is_action_bar("F2") and not is_action_bar("版面目录里的故事")
    page = clean_page(f"F1 本版新闻\nF2 版面目录\n山里的“守门人”\n——青松村党员值守记\n{_STORY}\n{_MORE}\n")
    assert (page.title, page.subtitle) == ("山里的“守门人”", "青松村党员值守记")


def test_an_outlet_beside_the_date_with_no_source_key_is_the_site_unless_its_reporters_wrote_it():
    """标题 / 2022-03-01 09:10 · 某某网 with no 来源 key: the portal showing the page (its site), not the
    story's source; the page crediting that outlet's reporter (某某网记者 甲) makes it the source."""
    page = clean_page(f"山里的“守门人”\n2022-03-01 09:10 · 青禾网\n{_STORY}\n{_MORE}\n")
    assert (page.source, page.site) == ("", "青禾网")
    page = clean_page(f"山里的“守门人”\n2022-03-01 09:10 · 青禾网\n青禾网记者 韦晓岚\n{_STORY}\n{_MORE}\n")
    assert page.source == "青禾网" and page.authors == ["韦晓岚"]
    page = clean_page(f"山里的“守门人”\n原载于青禾日报 2022年3月1日\n{_STORY}\n{_MORE}\n")
    assert page.source == "青禾日报"  # a provenance word names where the text first stood


def test_a_sites_welcome_search_history_and_tilded_links_are_chrome():
    """您好,欢迎来到“某某”官方网站! / 搜索历史 清空记录 / ~~~——某某 (an e-paper's list of the page's other
    stories, their titles cut to tildes): chrome over the headline, never the headline."""
    page = clean_page(
        "搜索历史 清空记录\n您好,欢迎来到“青禾共青团”官方网站!\n本版列表新闻\n~~~\n~~~——青松村的一天\n"
        f"青禾团委:返乡大学生当起防疫志愿者\n   发布时间:2022-01-28    来源:青禾团委\n{_STORY}\n{_MORE}\n"
    )
    assert page.title == "青禾团委:返乡大学生当起防疫志愿者"
    assert not any(s in page.body for s in ("欢迎来到", "搜索历史", "~~~"))


def test_a_headline_addressing_its_readers_is_one_line():
    """@某地人 请放心,…!: the @ addresses the readers; the words after the space are the headline's own,
    no deck under a headline of three characters."""
    page = clean_page(f"@青禾人 请放心,米面油菜都备足了!\n\n{_STORY}\n{_MORE}\n")
    assert (page.title, page.subtitle) == ("@青禾人 请放心,米面油菜都备足了!", "")


def test_an_autonomous_county_by_its_short_form_over_a_papers_headline_is_its_kicker():
    """务川自治县 (the short form of an autonomous county, its peoples left out) over the headline, under an
    e-paper's date and over 本报讯: the place the paper sets over the headline."""
    page = clean_page(
        "2022年03月23日 星期三\n务川自治县\n百余名环卫工人坚守一线\n韦晓岚\n"
        f"  本报讯 (记者 韦晓岚){_STORY}\n{_MORE}\n"
    )
    assert (page.title, page.subtitle) == ("百余名环卫工人坚守一线", "务川自治县")


def test_a_pictures_file_name_without_its_extension_and_a_players_placeholder_are_chrome():
    """微信图片_20220406091248 (a chat app's name for the picture, no .jpg) and 视频加载中... between the
    story's paragraphs: a converter's leftovers, never the story's lines."""
    page = clean_page(
        f"山里的“守门人”\n2022-03-01 来源：青禾日报\n{_STORY}\n"
        f"微信图片_20220301091248\n视频加载中...\n{_MORE}\n"
    )
    assert page.body == f"{_STORY}\n{_MORE}"


def test_an_e_papers_list_of_its_pages_under_the_story_ends_it():
    """第01版:要闻 / 第02版:综合新闻 under the last paragraph, then the day's other headlines: the
    e-paper's furniture, never the story's lines (the same list over the story ends nothing)."""
    page = clean_page(
        f"山里的“守门人”\n2022-03-01 来源：青禾日报\n{_STORY}\n{_MORE}\n"
        "   第01版:要闻\n   第02版:综合新闻\n青松镇春耕忙\n“红马甲”守村口\n"
    )
    assert page.body == f"{_STORY}\n{_MORE}"
    page = clean_page(
        f"   第01版:要闻\n   第02版:综合新闻\n山里的“守门人”\n2022-03-01 来源：青禾日报\n{_STORY}\n{_MORE}\n"
    )
    assert page.body == f"{_STORY}\n{_MORE}"
