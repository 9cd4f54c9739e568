"""Page chrome and metadata (issue 12, forty-third round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page


def test_a_source_that_reads_like_a_name_but_the_story_writes_it_as_a_title():
    """来源 :柳风窗 | 被引量 …, and 《柳风窗》记者 in the story: a periodical, not a person."""
    page = clean_page(
        "守门人的一天\n来源 :柳风窗 | 下载 : 12次 | 用户:qinghe\n"
        "《柳风窗》记者走访了青禾几个社区。\n社区书记陈明每天工作十六个小时。\n"
    )
    assert page.source == "柳风窗"
    person = clean_page("社区里的守门人\n来源:韦晓岚\n社区书记陈明每天工作十六个小时。\n")
    assert person.source == ""


def test_a_dateline_with_the_day_and_the_place_before_its_xun():
    """某某网4月9日某地讯 在…: the outlet opens the dateline, the day and the place before 讯."""
    page = clean_page(
        "检察干警下沉社区\n青禾网4月9日东坡讯 在东坡县城沿街商铺前,有一群忙碌的身影。\n"
        "为了应对疫情,东坡县检察院十多名志愿者放弃了休息。\n"
    )
    assert page.source == "青禾网"


def test_a_traditional_pages_site_name_over_its_menu_is_no_headline():
    """手機某某新聞網 over a long menu (glossed, one item garbled), then 您的位置 and the headline: the
    site's name in traditional script is a site's as 手机某某新闻网 is."""
    menu = (
        "首頁| 青禾| 新聞| 民生| 房產(chǎn)| 文旅| 汽車| 體育| 財(cái)經(jīng)| 健康| 公益| 女性| "
        "商業(yè)| 企業(yè)| 青禾日?qǐng)?bào)| 青禾晚報| 全媒"
    )
    page = clean_page(
        f"手機(jī)青禾新聞網(wǎng)\n\n{menu}\n\n您的位置:首頁 > 本地 > 正文\n\n"
        "東坡社區(qū)居民給值守人員送來熱湯麵\n\n2021-12-02 09:10:11 智能朗讀:\n\n"
        "熱湯、饅頭、水果……這幾天,東坡社區(qū)的居民輪流給值守人員送來了吃的。\n"
        "社區(qū)書記陳明說,大家的心意讓人溫暖。\n"
    )
    assert page.title == "東坡社區(qū)居民給值守人員送來熱湯麵"


def test_a_welcome_banner_and_a_sites_slogan_over_the_headline():
    """欢迎您访问某某网站! and 标语 — — 某某文库◆口号 above the headline: the site's, never the story's."""
    welcome = clean_page(
        "欢迎您访问青禾县文联网站!\n\n一名驻村干部的值守手记\n\n发布时间:2021-03-02 信息来源:青禾县文联\n"
        "1月24日,我接到通知,马上返回了驻点的村子。\n村支书陈明说,大家都在等你。\n"
    )
    assert welcome.title == "一名驻村干部的值守手记"
    slogan = clean_page(
        "书山有路 — — 青禾文库◆收藏本站,常来看~\n\n青禾社区:七旬老党员守卡口\n\n"
        "admin 分享 时间:\n\n2020年的春节很不平凡。青禾社区68岁的老党员陈明主动报名。\n"
        "他每天上门排查,从不叫苦。\n"
    )
    assert slogan.title == "青禾社区:七旬老党员守卡口"


def test_a_groups_outlets_in_a_row_before_the_last_ones_xun():
    """某某星报、某某财经网(m.example.cn)、掌中某地讯(记者 甲): the group's outlets, the first named."""
    page = clean_page(
        "长安镇织密防控网\n青禾星报、青禾财经网(m.example.cn)、掌中青禾讯(记者陈明)长安镇各村实行包保制管理。\n"
        "为了充实网格化防控队伍,长安镇成立了志愿服务队。\n"
    )
    assert page.source == "青禾星报"
