"""Extraction and metadata (issue 12, thirty-ninth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page
from archive.ingest.divisions import divisions
from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places

STORY = (
    "疫情发生以来，青禾社区的志愿者每天上门为独居老人送菜送药，测量体温，登记出行信息。"
    "社区党委书记柯小川说，大家齐心协力，一定能守好这道防线。"
)


# People


def test_a_noun_for_young_people_before_a_name_supports_it_without_a_role():
    """该市青年甲: 青年 is no post, but a person it is (a donor the story names once)."""
    assert _people("还有该市青年李健用微信转来一万元。") == {"李健": []}


def test_a_name_in_ke_after_a_title_closes_a_list_with_deng_ren():
    """负责人骆|文科|等人: the given name is a word in 科; 等人 closes the list, and what follows is the
    predicate (正在给过往居民…), never a role."""
    assert _people("临时党小组负责人骆文科等人正在给过往居民测体温。") == {"骆文科": ["临时党小组负责人"]}


def test_a_name_in_zhang_jieba_tagged_whole_is_a_person_not_a_post():
    found = _people("自任职护林员以来，骆福长九年如一日守在山上。骆福长的家人都很支持。")
    assert set(found) == {"骆福长"}
    assert _people("李村长说，王科长也来了。") == {}


def test_a_name_the_story_gives_someone_is_a_person():
    assert _people("这位“送药小哥”名叫韦国全，原来是社区的网格员。") == {"韦国全": ["网格员"]}


def test_a_trade_noun_glued_before_a_name_then_a_predicate():
    assert _people("青禾剪纸艺术家骆春兰把防疫知识剪进了窗花。") == {"骆春兰": ["剪纸艺术家"]}


def test_the_people_of_a_place_are_no_person():
    assert _people("这位李阿姨是温州人熟悉的热心肠，温州人都叫她老李。") == {}


def test_a_city_opening_a_temples_name_is_no_surname():
    """岳阳圣|安寺: jieba tags the city and the temple's first character a name."""
    assert not _people("县佛协会长、岳阳圣安寺住持也送来了口罩。")


def test_a_county_level_city_opening_a_towns_name_is_no_surname():
    """吴川塘|缀/v|镇: the city's name, then a township of it, never 吴 and a given name."""
    assert not _people("吴川塘缀镇人民政府组织干部下村。")


def test_a_given_names_last_character_glued_to_and_before_a_group():
    """黎才/t|彬和|领导小组: the name jieba read as a time word, its last character glued to 和."""
    assert not _orgs("随后，黎才彬和领导小组的同事分头入户。")
    assert "人和镇政府" in _orgs("人和镇政府组织干部。")


def test_a_full_name_before_a_word_of_address_for_an_elder():
    assert "骆定安" in _people("社区主任喊来负责登记的骆定安大叔，一起去小区门口。")


def test_a_product_named_for_a_place_is_no_person():
    assert not _people("村民们说，龙井茶今年卖得好，龙井茶的价格也涨了。")


def test_a_roads_last_character_and_a_conjunction_glued_to_the_next_name():
    """滨海|路和榭东|邻里中心: 和 inside jieba's token joins a road and a centre, two places."""
    assert _orgs("我们被派到滨海路和榭东邻里中心两个点位。") == {"榭东邻里中心"}


def test_a_hui_name_with_a_transliterated_given_name_is_one_person():
    """马哈|力木: every mention goes on with the same two characters of a transliterated name."""
    text = "76岁的老党员马哈力木递上请战书。马哈力木说：“我是党员。”马哈力木每天都来。"
    assert set(_people(text)) == {"马哈力木"}


# Organisations


def test_collieries_mining_firms_and_coach_stations_are_bodies():
    found = _orgs("来自青禾煤矿、柳湾矿业等十家单位的志愿者在蓬溪汽车客运站值守。")
    assert {"青禾煤矿", "柳湾矿业", "蓬溪汽车客运站"} <= found


def test_a_trade_inside_a_firms_name_is_no_body_of_its_own():
    assert "柳湾煤矿" not in _orgs("柳湾煤矿设备有限公司家属院里，两位理发师傅在义剪。")
    assert not _places("柳湾煤矿设备有限公司家属院里，两位理发师傅在义剪。")


def test_forestry_stations_societies_and_preparatory_groups_are_bodies():
    found = _orgs("淮安乡林业站的护林员也来了。县彝学会、苗学会组织了志愿者。")
    assert {"淮安乡林业站", "苗学会"} <= found
    assert "梧桐社区居委筹备组" in _orgs("青禾工业区梧桐社区居委筹备组的干部每天送菜上门。")


def test_another_house_of_a_kind_names_no_body():
    assert not _orgs("另一家养老院的院长也来了。")


def test_a_home_town_association_and_the_next_body_are_two():
    """同乡总会|和|某华人协会: 同乡 is no township, and 和 joins two bodies, not two fields of one."""
    found = _orgs("由巴西浙江同乡总会和巴西圣保罗华侨协会一起捐赠。")
    assert {"巴西浙江同乡总会", "巴西圣保罗华侨协会"} <= found
    assert not any("和" in name for name in found)
    assert "永仁县文化和旅游局" in _orgs("永仁县文化和旅游局的干部。")


# Places


def test_a_hamlet_after_its_village_or_township_is_a_place_and_no_person():
    assert {"柳溪村", "阿木寨"} <= _places("在青松乡柳溪村阿木寨，天刚亮，村医就出门了。")
    assert "阿木寨" not in _people("在青松乡柳溪村阿木寨，天刚亮，村医就出门了。阿木寨是一个贫困村。")
    assert "木兰寨" in _places("我家在平塘县京舟乡木兰寨，寨子里也设了卡点。")
    assert not _places("新民村的各村寨都设了卡点。") - {"新民村"}


def test_a_county_ending_a_word_of_the_dictionary_is_no_place():
    """示范县 holds 范县 (a county of Henan) at its end."""
    assert "范县" not in _places("这里是全省民族团结进步示范县，各族群众守望相助。")
    assert "范县" in _places("河南范县的志愿者连夜赶来。")


def test_a_township_bordering_its_county_by_its_short_form():
    assert {"赣县区", "南塘"} <= _places("我们镇与赣县区南塘相接，卡点就设在交界处。")


def test_a_village_whose_name_jieba_read_as_a_cadres_duty():
    """董/nr|联村: a one-character name before 联村 is a village; 联村干部 is a duty."""
    assert "董联村" in _places("卡点就设在董联村路口。")
    assert not _places("他是镇里的联村干部。")


def test_all_over_the_village_and_a_count_of_clips_are_no_places():
    assert not _places("老人跟着大家满村跑，挨家挨户宣传。")
    assert not _places("这几天，大家都在转发一段社区视频。")


def test_a_kind_of_settlement_before_a_villages_name_is_not_part_of_it():
    assert "柳河庄村" in _places("青禾县北边有个小村庄柳河庄村，村民不足百户。")
    assert not any(p.startswith("村庄") for p in _places("有个小村庄柳河庄村。"))


def test_a_comparison_and_an_ordinal_of_a_text_open_no_place():
    assert _places("像馨苑村这样的村子还有很多。") == {"馨苑村"}
    assert "如意村" in _places("家住如意村的王大爷。")
    assert not _places("这是我写的第三篇社区日记。")


def test_the_units_within_one_just_named_are_no_place():
    assert _places("这几天，青禾街道辖区内各村居和小区都设了卡口。") == {"青禾街道"}


def test_a_forestry_district_has_a_short_form():
    """神农架林区 → 神农架, as 静安区 → 静安: the short form the story writes after the full one."""
    assert divisions()["神农架"].name == "神农架林区"
    assert {"神农架林区", "红坪镇", "神农架"} <= _places(
        "神农架林区红坪镇的志愿者连夜赶来。神农架各族群众积极配合。"
    )


# Metadata


def test_ad_slot_labels_are_chrome_and_a_video_mark_leaves_a_derived_title():
    page = clean_page(
        "自动轮播广告(右)横式1栏\n热门文章\n自动轮播广告(下小)横式3栏\n"
        "青禾里免费送口罩给长者(内有影片)\n"
        "【记者韦晓岚报导】重阳节将至，青禾里特购一万个口罩分送给长者，非常贴心。"
    )
    assert page.title == "青禾里免费送口罩给长者"
    assert "广告" not in page.body


def test_a_headline_and_its_deck_after_a_pipe_are_title_and_subtitle():
    page = clean_page(f"青禾区九百名志愿者守在卡口前 | 上个月共开展服务活动三十次\n\n{STORY}")
    assert (page.title, page.subtitle) == ("青禾区九百名志愿者守在卡口前", "上个月共开展服务活动三十次")
    page = clean_page(f"回访“民生小事”③ | 老旧小区的停车难解决了吗?\n2022-04-02 来源:青禾网\n{STORY}")
    assert page.title == "回访“民生小事”③ | 老旧小区的停车难解决了吗?"


def test_a_login_box_and_a_periodicals_fields_are_never_the_headline():
    page = clean_page(
        "注册新用户\n《青禾在线用户协议》\n登录\n忘记密码?\n"
        "同心战“疫” 青禾社区大学在行动 2022-03-23     来源:青禾社区大学     阅读数:72\n"
        f"{STORY}"
    )
    assert page.title == "同心战“疫” 青禾社区大学在行动"
    assert page.source == "青禾社区大学"
    page = clean_page(
        "主管单位:某某部\n编辑出版:《青禾导报》杂志社\n周   期: 月刊\n出 版 地:青禾市\n"
        f"回族大学生当起社区“翻译官”\n时间:2021/04/06  点击:233\n{STORY}"
    )
    assert page.title == "回族大学生当起社区“翻译官”"


def test_a_forums_posted_on_line_names_no_outlet():
    page = clean_page(f"社区志愿者的一天\n发表于 2021-3-5 08:02:11 | 只看该作者 |倒序浏览\n{STORY}")
    assert not page.source


def test_a_date_before_the_epidemic_on_a_story_of_it_is_a_copying_sites_stamp():
    story = "傍晚，青禾村的老人们排队做核酸检测，志愿者在一旁扶着。"
    assert clean_page(f"社区志愿者的一天\n时间:2018-12-21 05:14:17\n{story}").published is None
    assert clean_page(f"社区志愿者的一天\n时间:2022-04-02 05:14:17\n{story}").published is not None
    assert clean_page(f"社区志愿者的一天\n时间:2018-12-21 05:14:17\n{STORY}").published is not None


def test_a_gambling_sites_words_are_no_outlet():
    page = clean_page(f"社区志愿者的一天\n2022-04-02 来源:某某买球盘口网址app\n{STORY}")
    assert not page.source


def test_an_evening_papers_bare_dateline_names_no_outlet():
    page = clean_page(
        "网格员上门帮企业\n晚报讯(通讯员 韦晓岚)这几天，青禾各网格员挨家走访辖区企业，帮着解决难题。"
    )
    assert not page.source
    paper = clean_page(
        "青禾晚报社\n网格员上门帮企业\n晚报讯(通讯员 韦晓岚)这几天，青禾各网格员挨家走访辖区企业。"
    )
    assert paper.source == "青禾晚报"
