"""Extraction and metadata (issue 12, thirty-eighth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page
from archive.ingest.extract import extract, extract_headline
from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places

STORY = (
    "疫情发生以来，青禾社区的志愿者每天上门为独居老人送菜送药，测量体温，登记出行信息。"
    "社区党委书记柯小川说，大家齐心协力，一定能守好这道防线。"
)


def test_a_mongolian_name_with_le_after_a_title_is_one_person():
    """乌日乐格 (a Mongolian name: 乐 is one of its syllables) after a post, whole, never two people."""
    found = _people("青禾旗某某镇白音嘎查驻村第一书记乌日乐格说，防控关键时期大家不能松劲。")
    assert set(found) == {"乌日乐格"}


def test_a_village_written_with_gacha_names_its_party_branch():
    """某某嘎|查/v|党支部: the walk stops on a character of the village jieba read as a verb; the body
    is named by the village before it, as 某某村党支部 is."""
    found = _orgs("这是青禾旗巴音苏木东查拉嘎查党支部组织的一次排查。")
    assert "东查拉嘎查党支部" in found


def test_a_community_named_after_a_campus_under_a_street_office_is_no_college():
    """某某街道办事处|学院社区: 学院 opens the community's name, no college of the street office."""
    found = _orgs("二十名大学生志愿者前往青禾街道办事处学院社区协助核酸检测。")
    assert "青禾街道办事处" in found
    assert not any(name.endswith("学院") for name in found)


def test_an_airport_that_reports_a_case_is_a_body():
    found = _orgs("7月20日青禾柳川国际机场通报一名保洁员核酸检测结果异常，全市随即启动应急响应。")
    assert "青禾柳川国际机场" in found


def test_an_outlet_printed_with_a_converters_glosses_is_kept_as_printed():
    """來源:青禾日報(bào): annotators write the outlet as the page prints it, glosses and all."""
    dateline = "2020-02-04 07:39:45 來源:青禾日報(bào) 責(zé)任編輯:柯小川"
    page = clean_page(f"社區志願者的一天\n{dateline}\n{STORY}")
    assert page.source == "青禾日報(bào)"


def test_a_group_named_in_quotes_is_the_name_inside_them():
    """“青松巡逻小分队”: annotators write the name without its quotes (61 of 69 annotated cases)."""
    found = _orgs("村里的老党员组成了“青松巡逻小分队”，每晚沿着村道巡逻。")
    assert "青松巡逻小分队" in found and "“青松巡逻小分队”" not in found


def test_the_offices_administration_bureau_keeps_its_word_for_organs():
    """某市|机关事务管理局: 机关 opens the bureau's own name, no kind word before a name (驻地机关|…)."""
    assert "宜昌市机关事务管理局" in _orgs("宜昌市机关事务管理局派出工作队进驻社区。")


def test_a_committees_general_office_sending_a_team_is_a_body():
    """县委|办驻/v|某村小分队: the county committee's office, glued by jieba to the verb of stationing."""
    found = _orgs("县委办驻柳湾村小分队帮助贫困户卖出了三百斤蜂蜜。市委办、县委办的干部下沉到社区。")
    assert {"县委办", "市委办"} <= found
    assert "县委" not in found and "市委" not in found


def test_state_farms_and_corps_regiments_of_the_national_list_are_places():
    """新曹农场 (the list writes 江苏省新曹农场), 七十三团 (兵团七十三团), 阿热勒托海牧场: township-level
    divisions a story names without their county; a farm named by a common word (胜利农场) and a
    farmer (某某农场主) are not."""
    found = _places(
        "新曹农场的职工每天值守。七十三团党委成立了突击队。牧民赶着牛羊前往阿热勒托海牧场。"
        "柯小川是胜利农场的农场主。"
    )
    assert {"新曹农场", "七十三团", "阿热勒托海牧场"} <= found
    assert "胜利农场" not in found
    assert "七十三团党委" in _orgs("七十三团党委成立了突击队。")


def test_a_townships_short_form_is_its_own_after_the_full_name():
    """叶榭镇 … 叶榭当地的菜农: the full name written in the story supports its short form; a landmark
    named after the town (叶榭港, 叶榭公园) is no township."""
    found = _places("松江区叶榭镇的合作社不仅帮助叶榭当地的菜农，还在叶榭公园旁设了摊点。")
    assert {"叶榭镇", "叶榭"} <= found
    assert "叶榭公园" not in found
    alone = extract("松江区叶榭镇的合作社在叶榭公园旁设了摊点。").places
    assert "叶榭" not in {p.name for p in alone}


def test_a_headline_names_a_district_the_body_writes_in_traditional_script_with_glosses():
    """丨阿城志願者… over a body that writes 阿城區(qū): the short form is read through the gloss and
    the script."""
    body = extract("連日來,阿城區(qū)的青年志願者們每天清早去大棚裏幫老鄉摘菜。")
    headline = extract_headline("幫忙摘菜丨阿城志願者為鄉親們解難", body)
    assert "阿城" in {p.name for p in headline.places}


def test_a_hijacked_mirrors_spam_line_and_a_skip_link_are_never_the_headline():
    spam = "国产精品无码一区二区,久久免费视频在线观看"
    page = clean_page(f"{spam}\n社區志願者的一天\n2022-04-02 16:48:34 來源:青禾網\n{STORY}")
    assert page.title == "社區志願者的一天" and spam in page.boilerplate
    page = clean_page(f"Skip to content\n社区志愿者的一天\n2022-04-02 来源:青禾网\n{STORY}")
    assert page.title == "社区志愿者的一天"


def test_a_dateline_whose_key_carries_a_converters_gloss_is_read():
    """2022-04-02 16:48:34 來(lái)源:某某網(wǎng): the key read through its gloss, the outlet as printed."""
    page = clean_page(f"社區志願者的一天\n2022-04-02 16:48:34 來(lái)源:青禾網(wǎng)\n{STORY}")
    assert page.source == "青禾網(wǎng)" and page.subtitle == ""
    assert page.published is not None and page.published.day == 2


def test_fields_in_a_bulleted_bar_and_after_font_buttons_are_the_dateline():
    page = clean_page(f"社区志愿者的一天\n  • 听全文\n  • 2022-11-29\n  • 来源:青禾日报\n  • 分享到\n{STORY}")
    assert page.source == "青禾日报" and page.published is not None and page.published.month == 11
    buttons = "缩小字体  放大字体 发布日期:2021-06-12 09:30:00    浏览:8"
    page = clean_page(f"社区志愿者的一天\n{buttons}\n{STORY}")
    assert page.published is not None and page.published.day == 12


def test_datelines_with_the_place_after_the_day_or_the_day_after_xun():
    """某某网5月8日某地电, 某某讯3月29日一早, 某某網(wǎng)訊: the outlet of each; a community's
    讯 before a day names none."""
    page = clean_page("社区志愿者的一天\n青禾新闻联播网5月8日吉林青松电(记者柯小川)" + STORY)
    assert page.source == "青禾新闻联播网"
    page = clean_page("社区志愿者的一天\n交汇青禾讯3月29日一早," + STORY)
    assert page.source == "交汇青禾"
    page = clean_page("社區志願者的一天\n青禾網(wǎng)訊 連日來," + STORY)
    assert page.source == "青禾網(wǎng)"
    page = clean_page("社区志愿者的一天\n青松社区讯3月29日一早," + STORY)
    assert page.source == ""


def test_a_sites_label_lines_and_popular_searches_are_never_the_headline():
    """某某网福建新闻正文, 某某网移动版, 某某网顶部展示图, 某某网logo, 热门搜索: …: the page's labels."""
    for label in ("青禾网福建新闻正文", "青禾網(wǎng)移動版", "青禾信息网顶部展示图", "青禾信息网logo"):
        page = clean_page(f"{label}\n社区志愿者的一天\n2022-04-02 来源:青禾网\n{STORY}")
        assert page.title == "社区志愿者的一天", label
    row = "热门搜索:青禾 柯小川 青禾二中 右侧广告位"
    crumb, dateline = "您的位置:首页 >> 社会 >> 正文内容", "时间:2022/3/9 8:10:05 点击:"
    page = clean_page(f"{row}\n{crumb}\n社区志愿者的一天\n{dateline}\n{STORY}")
    assert page.title == "社区志愿者的一天"


def test_a_wires_dateline_before_its_headline_is_cut_and_names_the_outlet():
    """新华社某地9月3日电题:某某——记…: the headline after 题:, the subtitle after ——."""
    page = clean_page(f"新華社青禾9月3日電題:守在樓門口的人——記青禾旗一位網格員\n新華社記者\n{STORY}")
    assert (page.title, page.subtitle) == ("守在樓門口的人", "記青禾旗一位網格員")


def test_two_outlets_joined_by_a_dot_before_their_reporter_are_no_person():
    """对青禾报·青禾网记者说: two outlets and their reporter; a dotted name after a post stays a person."""
    found = _people("菜农柯小川对青禾报·青禾网记者说,今年的白菜长得好。志愿者阿依古丽·买买提说，大家辛苦了。")
    assert "青禾报·青禾网记者" not in found and "阿依古丽·买买提" in found


def test_a_townships_short_form_before_a_zone_named_after_it_is_no_township():
    """新洋街道 … 新洋经济开发区: the zone's name, not the street's short form (某某经济信息协会 is)."""
    found = _places("盐城市亭湖区新洋街道的青年志愿者赶到新洋经济开发区青松社区帮忙。")
    assert "新洋" not in found
