"""Extraction and metadata (issue 12, fortieth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page
from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places

# People


def test_a_name_the_dictionary_holds_after_a_kind_of_person_opening_a_predicate():
    """居民魏巍/nr|来到: a given name that is also a writer's pen name in jieba's dictionary."""
    assert "魏巍" in _people("中午，小区里的居民魏巍来到社区报名当志愿者。")


def test_goods_shops_and_a_country_jieba_tags_names_are_no_people():
    """卫生巾/nr (卫生, a common word, opens it), 商超 and 封城 (words newer than jieba's dictionary),
    卢旺达/nr (a country abroad)."""
    text = "“纸巾、卫生巾就绑在套餐里。”居委会马上组织商超团购。封城近一个月，大家都很配合。"
    assert _people(text) == {}
    assert _people("这位租住在青禾小区的卢旺达小伙子成了志愿者。") == {}


def test_a_way_of_working_in_zhi_is_no_name():
    assert _people("正月初三，村支书让村干部包片制分头摸排。") == {}


def test_a_two_character_name_before_a_word_of_address_for_an_elder():
    """负责登记的吴波|大叔: 大叔 after a name is how the story addresses him, as 阿姨 and 大爷 are."""
    assert "吴波" in _people("负责登记的吴波大叔每天都来。")


def test_a_rare_name_the_dictionary_holds_after_its_village_is_a_person():
    """青禾村|王小梅/nr|捐款: a three-character name jieba's dictionary holds (rarely), after its village."""
    assert "王小梅" in _people("青禾村王小梅捐款3000元，大家都很感动。")
    assert _people("这已经是青禾牧业社区马背上的防控小分队第32次进山。") == {}


def test_a_trades_worker_named_after_the_trade_is_a_person():
    """送水|师傅/nr|甲, 房屋中介|销售/vn|乙, 送|餐员 丙: (a television caption sets the name apart)."""
    found = _people("送水师傅徐建明给三楼的住户送水。做中介销售的邓丽芸放下碗筷就出门了。")
    assert {"徐建明", "邓丽芸"} <= set(found)
    assert "马俊芳" in _people("青禾街道为老服务中心送餐员 马俊芳:平常都送到老人家门口。")


def test_a_verb_jieba_tags_a_name_before_its_object_is_no_person():
    """网格员|张贴/nr|通知: jieba's dictionary holds some verbs as names."""
    assert _people("每天一早，网格员张贴通知，也安抚大家的情绪。") == {}


def test_a_name_after_where_someone_lives_and_before_a_kin_of_theirs():
    assert "韦银生" in _people("家住青禾东园的韦银生和他儿子都来了。")


def test_a_set_phrase_jieba_tags_a_name_is_no_person():
    """战“疫”|连心桥/nr: a three-character phrase of the dictionary, found whole, names nobody."""
    assert _people("供电所和社区联动，让战“疫”连心桥架得更牢。") == {}


def test_an_adverb_then_a_word_of_degree_after_a_quoted_title_is_no_name():
    """“社区家长”|明显更|忙碌了: 明 is a surname, but 明显 an adverb and 更 "more"."""
    assert _people("这些天，“楼道管家”明显更忙碌了。") == {}


# Organisations


def test_a_banks_branchs_own_committee_keeps_the_bank_and_is_no_joint_issue():
    """工商银行|泸州|分行党委: 泸州 is a city's name inside the branch's, no second body's opening."""
    found = _orgs("建设银行泸州分行第一时间发出倡议。建设银行泸州分行党委书记骆建平说。")
    assert "建设银行泸州分行党委" in found
    assert "泸州分行党委" not in found


def test_a_shop_open_round_the_clock_and_a_papers_one_character_name_are_no_bodies():
    assert _orgs("不远处就是24小时便利店。") == set()
    assert _orgs("24小时青禾大药房的灯一直亮着。") == {"青禾大药房"}
    assert _orgs("2月7日，李青告诉导报记者，她的声音已经嘶哑。") == set()
    assert "青禾日报" in _orgs("李青告诉青禾日报记者，她一夜没睡。")


def test_the_party_branch_of_a_bodys_retired_staff_is_under_the_body():
    found = _orgs("青禾物业公司退休第二党支部的骆建平书记在楼栋值守。青禾医院离退休党总支也组织党员下沉。")
    assert {"青禾物业公司退休第二党支部", "青禾医院离退休党总支"} <= found
    assert "第二党支部" not in found


def test_a_rescue_team_named_with_its_districts_short_form_keeps_it():
    """新都|香城/ns|救援队: a team's name opens with its district's short form (written in full later)."""
    found = _orgs("新都蓉城救援队的队员每天巡逻。新都区桂湖街道的退伍军人也行动起来。")
    assert "新都蓉城救援队" in found


def test_a_preposition_glued_to_the_town_opening_a_bodys_name_is_cut():
    found = _orgs("明华镇党委、政府向明华镇个体协会党支部表示感谢。")
    assert "明华镇个体协会党支部" in found and "向明华镇个体协会党支部" not in found


def test_a_field_station_and_a_volunteer_station_are_bodies():
    found = _orgs("青禾县公路管理站牵头设卡。据青禾市学雷锋志愿站负责人介绍，志愿者都来了。他在管理站上班。")
    assert {"青禾县公路管理站", "青禾市学雷锋志愿站"} <= found and "管理站" not in found


def test_a_group_named_in_corner_quotes():
    assert "青禾抗疫爱心队" in _orgs("「青禾抗疫爱心队」的义工把物资送到安老院舍。")


def test_a_service_centre_for_the_old_keeps_its_wei_lao():
    assert "综合为老服务中心" in _orgs("这里是青禾街道的综合为老服务中心，每天接待老人。")


def test_a_team_named_for_the_battle_against_the_epidemic_keeps_its_pun():
    assert "战“疫”先锋队" in _orgs("青禾社区的群众自发成立战“疫”先锋队，支援防控一线。")


# Places


def test_a_district_written_before_a_villages_committee_is_a_place_of_its_own():
    found = _places("连日来，吉阳区青禾村委会加强防控。")
    assert "青禾村" in found and "吉阳区青禾村" not in found


def test_a_countys_short_form_whose_last_character_opens_its_townships_name():
    """兴|宁宁/ns|中镇: 兴宁 (兴宁市) and its 宁中镇, jieba reading the shared character twice over."""
    assert {"兴宁", "宁中镇"} <= _places("连日来，在兴宁宁中镇，党员干部冒雨值守。")


def test_a_county_level_citys_short_form_of_three_characters_stands_alone():
    assert "武夷山" in _places("车主一个多月前就从外地回到了武夷山，未在疫区停留。")


def test_a_community_named_like_a_city_under_a_county_is_the_community():
    """大英县|朝阳社区: 朝阳 is a city's short form, but no city stands under a county."""
    found = _places("大英县朝阳社区吹响集结号")
    assert "朝阳社区" in found and "朝阳" not in found


def test_same_village_and_a_neighbours_group_online_are_no_places():
    assert _places("原本陌生的楼友们又变成同村村民；大家都在楼里的线上邻里社区聊天。") == set()
    assert "大同村" in _places("大同村村民都来了。")
    assert "阳光邻里小区" in _places("阳光邻里小区附近有一家理发店。")


def test_a_province_and_its_city_written_together_in_a_row_are_two_places():
    found = _places("山东青岛、威海等地的志愿者都来了。")
    assert {"山东", "青岛", "威海"} <= found
    assert "山东青岛" not in found


def test_a_conjunction_before_a_countys_relative_body_is_no_county_of_that_name():
    """通知和|县防控指挥部: jieba reads 和县/ns (a county of 马鞍山) where the text names neither."""
    text = "按照镇里的通知和县疫情防控指挥部的安排，社区开展排查。民兵和县直部门干部也来了。"
    assert "和县" not in _places(text)
    assert not any(o.startswith(("和县", "会议")) for o in _orgs(text))
    assert "和县" in _places("他报名参加安徽和县的志愿服务。")


def test_a_smart_community_is_a_kind_of_system_not_a_place():
    assert _places("青禾村运用智慧社区技术手段核对返乡人员信息。") == {"青禾村"}


def test_a_verb_of_working_with_or_doing_before_the_unit_word_is_no_place():
    assert _places("他及时会同社区、物业一起优化查验流程。") == set()
    assert _places("要做实、做细小区的每一项防疫工作。") == set()
    assert _places("青禾社区的志愿者走进青禾小区。") == {"青禾社区", "青禾小区"}


# Metadata

STORY = "疫情发生以来，青禾社区的志愿者每天上门为独居老人送菜送药，社区党委书记柯小川说，大家一定能守好防线。"


def test_a_forums_stamp_years_after_the_epidemic_on_a_story_told_as_it_happens_is_no_date():
    """A forum or a copying site stamps the story in 2025; the story tells the response as it happens."""
    story = "这几天，青禾村的爱心车队每天为居家隔离的村民送菜，队员们从早忙到晚。"
    assert clean_page(f"某某网友 - 2025/6/22 17:04:00\n{story}").published is None
    assert clean_page(f"某某网友 - 2022/1/22 17:04:00\n{story}").published is not None
    looking_back = "2023年春天，骆春兰回忆起在青禾村防疫的日子，那时她每天为居家隔离的村民送菜。"
    assert clean_page(f"某某网友 - 2025/6/22 17:04:00\n{looking_back}").published is not None


def test_a_read_counter_glued_to_the_outlet_and_a_garbled_outlet_are_no_outlet():
    assert (
        clean_page(f"社区志愿者的一天\n日期:2022-03-24 08:11来源:青禾日报次阅读\n{STORY}").source
        == "青禾日报"
    )
    assert not clean_page(f"社区志愿者的一天\n來源:?诰W(wǎng) 2022-03-24\n{STORY}").source


def test_a_caption_credited_in_traditional_script_is_no_headline_nor_its_county_a_short_form():
    page = clean_page(f"志愿者在協助核酸采樣。青田縣委宣傳部 供圖\n{STORY}")
    assert page.title != "志愿者在協助核酸采樣。青田縣委宣傳部 供圖"


def test_a_classifieds_sites_button_is_chrome():
    page = clean_page(f"守护居民的菜篮子\n2020-07-06 来源: 青禾网\n{STORY}\n免费发布分类信息")
    assert "免费发布分类信息" in page.boilerplate and "分类信息" not in page.body


def test_a_column_tagged_headline_cut_at_a_sites_name_loses_the_tag_too():
    page = clean_page(f"【青禾战“疫”·一线写真】青禾:工作队搭起帐篷做起先锋队-某某官方网站\n{STORY}")
    assert page.title == "青禾:工作队搭起帐篷做起先锋队"
    assert (
        clean_page(f"【青禾一线写真】青禾:工作队搭起帐篷\n{STORY}").title
        == "【青禾一线写真】青禾:工作队搭起帐篷"
    )


def test_a_reporters_credit_names_the_writers_outlet_not_the_source():
    """The source is the outlet a 来源 line or a dateline (讯, 电, 报道) names; a credit is the writer's."""
    assert clean_page(f"社区志愿者的一天\n青禾日报记者 骆建平\n{STORY}").source == ""
    assert clean_page(f"社区志愿者的一天\n{STORY}（青禾日报记者 骆建平）").source == ""
    assert clean_page(f"社区志愿者的一天\n青禾日报讯（记者 骆建平）{STORY}").source == "青禾日报"
    assert clean_page(f"社区志愿者的一天\n来源：青禾日报\n青禾晚报记者 骆建平\n{STORY}").source == "青禾日报"


def test_an_e_papers_edition_line_gives_the_day_under_a_readers_calendar_line():
    page = clean_page(
        "2024年12月04日 星期三\n第15版:社区 2020-05-18\n青禾社区的手语志愿者\n\n"
        "5月2日晚，16位聋人从境外返回，被安排在集中隔离点隔离观察，手语志愿者全程陪伴。"
    )
    assert page.published is not None and page.published.date().isoformat() == "2020-05-18"
