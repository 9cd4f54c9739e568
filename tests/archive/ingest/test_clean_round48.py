"""Page metadata and chrome (issue 12, forty-eighth round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page
from archive.ingest.layout import is_contact_line
from archive.ingest.metadata import outlet_value

_STORY = "青松社区的志愿者们每天守在小区门口,帮居民量体温、做登记,一刻也不放松。"


def test_a_caption_line_is_never_the_headline():
    """标题 twice, 本文图片, 图说:… 来源:某某供图 over the story: the headline printed again below it
    (an image's alt text) is still the headline; the caption's line is never it, nor its picture's
    source the page's outlet."""
    head = "驿站|青禾驿站成了“暖心站”,这份服务清单受到居民点赞"
    page = clean_page(
        f"{head}\n\n{head}\n本文图片\n\n图说:服务清单在几个楼栋流传 来源:受访者供图(下同)\n"
        f"{_STORY}\n{head}\n本文图片\n{_STORY}\n"
    )
    assert page.title.endswith("青禾驿站成了“暖心站”,这份服务清单受到居民点赞")
    assert page.source == ""
    assert "本文图片" not in page.body


def test_a_keyed_telephone_number_is_a_contact_line_in_either_script():
    """參展聯(lián)系:021-… above the headline of a trade site (a converter's glosses in it): chrome, never
    the title; a keyed date is no telephone number."""
    assert is_contact_line("参展联系:021-0000 0000") and is_contact_line("值班手机: 138 0000 0000")
    assert not is_contact_line("时间:2022-03-17") and not is_contact_line("电话那头,老人说谢谢。")
    page = clean_page(
        "聯(lián)系方式\n\n參展聯(lián)系:021-0000 1111\n參觀聯(lián)系:138 0000 2222\n\n行業(yè)新聞\n\n"
        "“愛心專線”守護(hù)一線人員的“回家路”\n\n發(fā)布時(shí)間:2022-03-17 08:17:37\n\n"
        "青松社區的志愿者們每天守在小區門口,幫居民量體溫、做登記,一刻也不放鬆。\n"
        "社區黨員輪流值守,居民們紛紛點贊,大家都說這條專線溫暖人心。\n"
    )
    assert page.title == "“愛心專線”守護(hù)一線人員的“回家路”"


def test_a_named_body_after_the_dash_is_the_subtitle():
    """主题——青禾村党支部: a named body after the dash, however short, says whose story it is; a short
    word the headline leads up to stays in it (他们有个共同的名字——网格员)."""
    page = clean_page(f"带领村民“抗疫情、抓春耕”——青禾村党支部\n\n{_STORY}\n{_STORY}\n")
    assert (page.title, page.subtitle) == ("带领村民“抗疫情、抓春耕”", "青禾村党支部")
    page = clean_page(f"他们有个共同的名字——网格员\n\n{_STORY}\n{_STORY}\n")
    assert page.title == "他们有个共同的名字——网格员"


def test_a_pictures_supplier_is_no_outlet():
    """来源:受访者供图: where a picture came from, not the page's outlet."""
    assert outlet_value("受访者供图(下同)") == "" and outlet_value("青禾区融媒体中心供图") == ""
    assert outlet_value("青禾日报") == "青禾日报"


def test_a_reposts_note_over_the_story_names_its_outlet():
    """本文转自微信公众号:某某 (ID:…),作者:… on its own line over the story: the outlet it comes from."""
    page = clean_page(
        "本文转自微信公众号:青禾观察报 (ID:qh-gc),作者:韦春兰、骆志平,头图来自:图库\n\n"
        f"2022年4月6日上午,{_STORY}\n{_STORY}\n"
    )
    assert page.source == "青禾观察报"


def test_a_columns_name_before_the_bar_stays_with_the_headline():
    """聚焦某某专题展览 | 标题: a series' name before the bar is no headline with a deck after it; the line
    is the title as printed (a headline and its deck either side of a bar are still split)."""
    page = clean_page(
        f"聚焦社区服务专题展览 | 忙时是战友 闲时是邻居\n\n2020-12-05 19:17:52\n\n{_STORY}\n{_STORY}\n"
    )
    assert (page.title, page.subtitle) == ("聚焦社区服务专题展览 | 忙时是战友 闲时是邻居", "")
    page = clean_page(f"青禾区九百名志愿者守在卡口前 | 上个月共开展服务活动三十次\n\n{_STORY}\n{_STORY}\n")
    assert page.subtitle == "上个月共开展服务活动三十次"


def test_a_breadcrumb_printed_an_item_a_line_names_the_headline_under_it():
    """站名 / > 频道 / > 标题 / 标题: the breadcrumb's last item is the headline printed right under it, not
    the site's name at the top."""
    page = clean_page(
        "青禾每日看点\n\n > 生活\n\n > 楼里的互助小组\n\n楼里的互助小组\n\n"
        f"生活 更新时间:2025-03-01 06:33:31\n\n{_STORY}\n{_STORY}\n"
    )
    assert page.title == "楼里的互助小组"


def test_a_long_headline_over_the_portals_dateline_under_a_banner():
    """专题横幅 / 某某网:标题:副句(括号) / 发布时间:…: the line right over the portal's dateline is the
    headline however long; the special's banner above it is not."""
    page = clean_page(
        "众志成城抗击疫情专题报道\n"
        "青禾新闻网:青禾大学(南校区)党员志愿者“守楼”有方:包干宿舍楼让同学们放心做个“学习迷”\n"
        f"发布时间:2020-04-14 10:21:55 5705\n\n{_STORY}\n{_STORY}\n"
    )
    assert page.title.endswith("包干宿舍楼让同学们放心做个“学习迷”")
