"""Extraction and metadata (issue 12, thirty-seventh round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page
from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places


def test_a_verb_of_recording_or_telling_before_a_unit_word_names_no_place():
    """记录|小|区内, 通知|小区居民, 热心|社区公益: the verb takes the unit's people as its object."""
    found = _places(
        "柯小川热心社区公益事业，住在青禾镇柳湾社区，每天记录小区内独居老人的需求，"
        "登记小区住户信息，通知小区居民下楼做核酸。"
    )
    assert found == {"青禾镇", "柳湾社区"}


def test_a_county_named_short_before_its_court_or_again_and_again_is_a_place():
    """柳川法院 (the court of a county the story never writes in full); 青河 three times on word edges."""
    assert "大悟" in _places("大悟法院的干警下沉到社区，协助居民做核酸。")
    found = _places("北仑这个小区真暖。家住北仑的柯大妈说，北仑的志愿者每天都来。")
    assert "北仑" in found


def test_a_county_short_form_once_without_support_is_still_no_place():
    """One bare mention, no court after it, no city above it: the rule of support stands."""
    assert "北仑" not in _places("柯大妈去年从北仑回来，在小区当了志愿者。")


def test_a_headlines_dateline_names_the_county_after_a_column_tag():
    assert "通山" in _places("【抗疫一线】通山:志愿者免费为一线人员理发")


def test_a_township_written_short_after_its_county_then_an_estate_named_after_a_city():
    """北仑|新碶|黄山花园小区: the street's short form after its district; 黄山 opens the estate's name
    below a township, no city of its own."""
    found = _places("北仑的志愿者每天上门送菜。柯大妈住在北仑新碶黄山花园小区。")
    assert {"北仑", "新碶", "黄山花园小区"} <= found
    assert "黄山" not in found


def test_a_short_form_before_a_bay_is_the_bays_name():
    assert _places("福州市连江县的渔民在罗源湾养海带。") == {"福州市", "连江县"}


def test_two_villages_joined_by_and_are_two_places():
    assert {"青山村", "田坝村"} <= _places("柳庄乡青山村和田坝村的村民都来帮忙。")


def test_a_verb_before_the_unit_word_or_a_preposition_glued_to_it_names_no_place():
    """带队|下|社区 (going down to it), 村离|某新村 (how far), 驻扎|某村 (stationed), 原|某村 (former)."""
    assert _places("“我是党员，带队下社区是应该的。”校长柯明说。") == set()
    assert _places("这些村离青禾新村只有3公里。") == {"青禾新村"}
    assert _places("她和同事受命驻扎柳坊村协助医务人员。") == {"柳坊村"}
    assert _places("由原柳官寨村和旧铺村合并而成。") == {"柳官寨村", "旧铺村"}


def test_the_parts_of_an_estate_named_with_its_word():
    found = _places("与青禾家园东区一路之隔的青禾家园西区，住着三百户居民。")
    assert {"青禾家园东区", "青禾家园西区"} <= found
    assert "西区" not in found


def test_businesses_counted_are_no_organisation():
    assert _orgs("镇上重新开门的有40余家小餐馆。") == set()
    assert _orgs("她在村口开起了第一家民宿。") == set()


def test_a_township_opening_with_a_conjunctions_character_keeps_it_in_a_bodys_name():
    assert "和川镇疫情防控指挥部" in _orgs("安泽县的物资都由和川镇疫情防控指挥部分配。")


def test_new_kinds_of_body_by_their_words():
    found = _orgs("青禾五联驾校的教练、交大一附院的医生、旅居海外的柯氏宗亲会，还有县老体协都捐了款。")
    assert {"青禾五联驾校", "交大一附院", "柯氏宗亲会", "县老体协"} <= found


def test_a_conjunction_before_a_post_or_a_pun_on_an_idiom_is_no_person():
    assert _people("镇上的医生和村医分头入户量体温。") == {}
    assert _people("全镇党员“疫”呼百应，当晚就上了岗。") == {}


def test_a_given_name_ending_in_an_adverbs_character_before_a_clause_mark():
    """柯晓都, … 柯晓都他们…: 都 closes the name where a comma follows it once and 他们 elsewhere."""
    found = _people("青禾驾校的柯晓都，走上了抗疫一线。柯晓都他们费尽口舌劝说，终于劝走了来人。")
    assert "柯晓都" in found
    assert "柯晓" not in found


def test_a_print_views_title_label_and_button_and_a_recommended_link_are_no_headline():
    page = clean_page(
        "青禾论坛\n"
        "标题: 柳湾社区党委组织清理楼道杂物 [打印本页]\n"
        "作者: 柳湾社区    时间: 2020-6-28 15:33\n"
        "5月8日上午，柳湾社区党委带着党员志愿者清理了楼道里的杂物。\n"
        "社区党委书记柯小兰说，环境整洁也是疫情防控的一部分。"
    )
    assert page.title == "柳湾社区党委组织清理楼道杂物"
    page = clean_page(
        "推荐: 战高温,斗酷暑!青禾湾正在上演\n"
        "“一顶帐篷+一张桌子”守住村口\n"
        "2022-04-24 14:45:00 青禾融媒\n"
        "4月2日夜里，记者在村口看到帐篷里还亮着灯。\n"
        "值班的村书记柯永栋说，渔港的防控一刻也不能放松。"
    )
    assert page.title == "“一顶帐篷+一张桌子”守住村口"


def test_a_youth_league_committee_written_out_and_the_village_next_door():
    """团|某省某县委: the League's county committee; 某某村|邻村: the village next to it, no name."""
    assert "团云南省景东县委" in _orgs("团云南省景东县委派青年志愿者上门送药。")
    assert _places("新庄村邻村的村民也来帮忙。") == {"新庄村"}


def test_a_teams_detachment_a_car_firm_and_an_inspection_team_are_bodies():
    found = _orgs("柳庄镇老兵志愿服务分队守在路口。临夏市顺达汽车车行的司机报了名。县老干部督查队也来了。")
    assert {"柳庄镇老兵志愿服务分队", "临夏市顺达汽车车行", "县老干部督查队"} <= found


def test_waiting_for_the_communitys_notice_names_no_community():
    assert _places("居民们在家静候社区通知，不再外出。") == set()


def test_an_outlets_dateline_in_traditional_script_names_the_outlet():
    page = clean_page(
        "青禾鎮居民自發守護家園\n"
        "    清河在線消息(記者韋曉嵐)“最近大家都辛苦了。”青禾鎮柳灣村的村支書柯明說。\n"
        "村裏的黨員每天輪流值守卡點，登記進出車輛。"
    )
    assert page.source == "清河在線"


def test_a_photo_caption_run_into_the_credit_leaves_the_paper_as_the_outlet():
    page = clean_page(
        "口罩装车现场永州晚报记者韦晓岚摄\n"
        "永州晚报讯 记者柯明 2月初，柳湾村的乡亲们凑钱买来了口罩和消毒液。\n"
        "村党支部书记柯小兰说，这些物资会尽快送到卡点。"
    )
    assert page.source == "永州晚报"


def test_a_local_tax_bureau_under_the_national_one_is_one_body():
    assert "国家税务总局常州市税务局" in _orgs("国家税务总局常州市税务局的干部到小区帮忙登记。")


def test_a_task_group_a_service_station_and_a_vague_group():
    assert "柳湾村疫情防控工作组" in _orgs("柳湾村疫情防控工作组每天巡逻。")
    assert "柳庄镇退役军人服务站" in _orgs("柳庄镇退役军人服务站组织老兵上卡点。")
    assert _orgs("任务先分到具体工作组，再分到每个人。") == set()


def test_an_autonomous_county_written_with_autonomy_and_its_level():
    assert "紫云自治县" in _places("紫云自治县的干部到安置点宣传防疫知识。")


def test_a_count_after_a_pointer_and_a_kind_of_village_name_no_place():
    assert _places("温暖顺着每一条街道流动。") == set()
    assert _places("青塘村紧挨着国境线，是个抵边村。") == {"青塘村"}


def test_a_familys_hamlet_by_its_landform_is_no_person():
    assert _people("陆家嘴边上的这个城中村，离陆家嘴金融城不远。") == {}


def test_a_zhuang_village_opening_with_na_after_its_township():
    """某乡|那柳村: 那 (a field) opens the village's name after its township (那个村 is a pointer)."""
    text = "宁明县峙浪乡那柳村党总支部书记柯明说，那柳村驻村工作队也来了。"
    assert "那柳村" in _places(text)
    assert "那柳村党总支部" in _orgs(text)
    assert _places("他来到峙浪乡那个村。") == {"峙浪乡"}


def test_a_task_force_of_a_kind_is_no_name_and_one_unit_counted_is_none():
    assert _orgs("乡里组建了返岗务工服务工作专班，逐户对接。") == set()
    assert _places("疫情不会只停留在单个社区。") == set()


def test_a_headline_and_its_deck_on_one_line_over_the_dateline():
    page = clean_page(
        "青松的奇兵:“我的楼栋我的团” 社区里有一支支团购奇兵,和志愿者一起守护这座城\n"
        "\n"
        "2022-4-11 09:44  |  来源:微信公号“清河日报”\n"
        "\n"
        "  近来，封控中的青松社区，团购群成了居民的生命线。\n"
        "  团长柯小兰说，每天要对接十几家供应商。"
    )
    assert (page.title, page.subtitle) == (
        "青松的奇兵:“我的楼栋我的团”",
        "社区里有一支支团购奇兵,和志愿者一起守护这座城",
    )
    assert page.source == "清河日报"
    assert page.body.startswith("近来")


def test_a_slogan_in_the_first_person_in_quotes_is_no_group():
    assert _orgs("抗疫中的奇兵:“我的楼栋我的团”。") == set()


def test_markup_left_as_text_on_a_mirror_is_chrome_and_the_story_survives():
    page = clean_page(
        "青松社区的战疫侧记-青禾网 必发app下载\n"
        '<legend id="k2x"></legend><samp id="k2x"></samp>\n'
        '  • <input id="k2x"><address id="k2x"></address>\n'
        '    1. <blockquote id="k2x"><rt id="k2x"></rt></blockquote>\n'
        "青松社区的战疫侧记\n"
        "发布时间：2022-05-06 浏览量：\n"
        "柳湾社区有一支志愿者队伍，队员们每天清早就到小区门口值守。\n"
        "3月14日凌晨，柳湾社区志愿服务队队长柯建光就带着队员进了小区。"
    )
    assert page.title == "青松社区的战疫侧记"
    assert page.body.startswith("柳湾社区有一支志愿者队伍")
    assert not any("<" in line for line in page.body.split("\n"))


def test_a_headline_glued_to_its_day_and_time_is_split_from_it():
    page = clean_page(
        "依法抗疫!清河律师在行动(七)2020年02月23日 20:27\n"
        "今年春节，疫情形势严峻复杂，社区成了联防联控的第一线。\n"
        "律师柯明说，守住社区这道防线，法律也要跟上。"
    )
    assert page.title == "依法抗疫!清河律师在行动(七)"
    assert page.published.isoformat().startswith("2020-02-23")


def test_a_citys_market_and_citizens_name_the_city_short():
    found = _places("他的茶叶卖进了上海市场，不少上海市民也专程来买。")
    assert "上海" in found and "上海市" not in found


def test_what_kind_of_town_it_is_names_no_town_and_a_provinces_shops_none():
    assert _places("柳庄镇是交通要镇，也是人口大镇。") == {"柳庄镇"}
    assert "浙江省民宿" not in _orgs("浙江省民宿的老板们都参加了。")


def test_a_reposts_original_title_key_in_traditional_script():
    page = clean_page(
        "原標題:柳灣社區的一場硬仗\n"
        "2020-02-20 10:00 來源:清河網\n"
        "正月初三，柳灣社區的八名幹部守在小區門口。\n"
        "社區書記柯小蘭說，大家輪流吃飯，卡口一刻也不空。"
    )
    assert page.title == "柳灣社區的一場硬仗"


def test_a_time_of_day_or_a_verb_of_asking_before_a_unit_word_names_no_place():
    assert _places("凌晨时分街道也会打电话过来。柳湾街道要求社区工作人员全部到岗。") == {"柳湾街道"}


def test_hamlets_named_by_family_and_place_no_people_and_going_back_to_an_office_no_body():
    assert _people("柯小庄和柯楼庄的村民都来帮忙。") == {}
    assert _orgs("小兰回到办公室，又忙到深夜。他荣获交通运输部表彰。") <= {"交通运输部"}


def test_a_headline_quoted_whole_around_its_own_quotes_and_a_page_address_as_source():
    page = clean_page(
        "“青禾县“党建+妇建”守住乡村防线”\n"
        "2022-01-21 12:33\n"
        "1月17日起，青禾县柳湾村的大喇叭每天播报防疫消息。\n"
        "村妇联主席柯小兰说，乡亲们听得懂，也愿意配合。\n"
        "文章来源:http://news.example.cn/2022/0121/1234.shtml"
    )
    assert page.title == "青禾县“党建+妇建”守住乡村防线"
    assert not page.source


def test_a_conjunction_before_a_post_cut_short_and_verbs_of_obeying_before_a_unit():
    assert _people("镇干部和村干部一起上门排查。") == {}
    assert _places("居民们都能遵守社区的规定，在城镇里也一样。") == set()


def test_a_story_on_one_line_with_a_disclaimer_glued_after_it_is_still_the_story():
    story = (
        "本网讯(通讯员 柯明)“各位村民，目前疫情防控正处在最吃劲的时候。”2月25日，"
        "青禾村妇联主任柯小兰在村民群里发出倡议。倡议得到了大家的响应，党员、村民纷纷捐款，三天就筹到了一万多元。村委会用这笔钱买来口罩和消毒水，"
        "挨家挨户分发到村民手中。值守卡点的志愿者也领到了防寒大衣和手套。柯小兰说，群众的钱一分一厘都要用在群众身上，"
        "每一笔开支都会在村务公开栏里张贴出来。 本文来自:青禾日报 免责声明"
    )
    page = clean_page("Copyright © 2009-2022 青禾网 版权所有\n" + story)
    assert page.body.startswith("本网讯") or page.body.startswith("“各位村民")
    assert "一万多元" in page.body


def test_a_township_short_form_before_a_streets_name_is_the_streets():
    assert _places("中牟县官渡大街青松村的卡点上，志愿者在登记车辆。") == {"中牟县", "青松村"}
