"""Extraction and metadata (issue 12, thirty-fifth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page
from archive.ingest.headline_text import split_headline
from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places


def test_two_sponsor_keys_written_as_one_are_chrome_and_the_story_under_the_headline_is_kept():
    """主管主办:… over a list of other stories' headlines: the sponsors' line is chrome, and the headline
    above the dated line opens the story (its paragraphs are not cut off as if printed before it)."""
    page = clean_page(
        "主管主办:青禾传媒集团协办:青禾市文明办\n"
        "更多:\n"
        "青禾检察开放日 检察官走进校园讲法治 青禾法院:诉前调解见成效 柳湾县:两长同庭履职显担当\n"
        "青禾检察:一张明白纸送进千家万户\n"
        "2021-11-30 09:12:05 来源:青禾法治 点击: 0\n"
        "“阿姨,这是防疫明白纸,请您收好。”上午,青禾县检察院干警柯晓把明白纸送到居民手中。\n"
        "当天,该院组织干警到柳湾社区开展入户走访,把防疫知识送到每一户。"
    )
    assert page.title == "青禾检察:一张明白纸送进千家万户"
    assert page.body.startswith("“阿姨")
    assert "柳湾社区开展入户走访" in page.body
    assert "主管主办" not in page.body


def test_a_short_headline_printed_with_its_full_stop_over_a_dateline_is_the_headline():
    page = clean_page(
        "柳湾镇:从源头守住防线。\n"
        "青禾网3月2日讯(通讯员 柯岚)一大早,柳湾镇各个卡点的党员干部就守在寒风里,逐一登记进出车辆。\n"
        "镇里在城区小区设置了三十多个监测点,工作人员三班轮换。\n"
        "来源:青禾网"
    )
    assert page.title == "柳湾镇:从源头守住防线。"
    assert page.body.startswith("青禾网3月2日讯")


def test_a_bracketed_outlet_on_a_line_of_its_own_under_the_story_is_its_source():
    page = clean_page(
        "村里的大喇叭\n2022-03-31\n"
        "一辆三轮车、一个大喇叭,这就是柯大伯每天的装备。他说:“让大家都听得见。”\n"
        "(青禾日报)\n"
        "© 青禾日报社 版权所有     青公网安备 21000000000001号"
    )
    assert page.source == "青禾日报"
    assert page.site == "青禾日报社"  # the owner before 版权所有, never the filing after it


def test_the_site_after_ban_quan_suo_you_is_the_owner_not_the_key():
    page = clean_page("村里的大喇叭\n2022-03-31\n柯大伯每天骑车在村里宣传防疫。\n版权所有:青禾网 备案号")
    assert page.site == "青禾网"


def test_zheng_before_a_set_phrase_is_the_progressive_not_a_given_name():
    """裘燕正|打电话/l: a set phrase opening with a verb; the story names 裘燕 bare elsewhere."""
    people = _people("裘燕是街道干部。在村委会办公室,裘燕正打电话摸排返乡人员情况。")
    assert "裘燕" in people and "裘燕正" not in people


def test_a_households_standing_stated_of_a_name_makes_it_a_person():
    assert "闵秀珍" in _people("三组闵秀珍是村里的低保户,平时靠邻居照应。")


def test_a_households_standing_and_a_full_time_cadre_are_titles_before_names():
    people = _people("“天冷了,记得戴好口罩。”社区扶贫专干邝秋菊为脱贫户俞建林发放口罩时叮嘱他。")
    assert people.get("邝秋菊") == ["社区扶贫专干"]
    assert people.get("俞建林") == ["脱贫户"]


def test_husband_and_wife_after_a_name_name_a_person():
    assert "何仁芳" in _people("年前从外省回乡的何仁芳夫妻主动去卫生院登记。")


def test_a_count_a_verb_of_the_mouth_and_an_adjective_before_a_verb_are_no_names():
    people = _people(
        "热线一天要接80余通电话,多的时候有200余通。"
        "“有多少户？”“3户。”她张口答道。"
        "“大伙辛苦养的鸡可不能饿着。”"
    )
    assert not {"余通", "张口", "辛苦养"} & set(people)


def test_the_position_line_with_shi_is_a_breadcrumb_and_a_summary_and_alt_text_are_no_story():
    """您现在的位置是:… is never the headline; 简介" … (a meta description) and the headline repeated
    with an alt text's stray quote are metadata, not the story's first lines."""
    page = clean_page(
        "您现在的位置是:聚焦\n"
        "柳湾:博士生回村当起防控志愿者\n"
        "2020-02-03 23:58聚焦\n"
        '简介" “乡亲们都在守卡口,我也想出份力。”柯晓明站在柳湾村口对我们说。\n'
        '"柳湾:博士生回村当起防控志愿者\n'
        "“乡亲们都在守卡口,我也想出份力。”柯晓明站在柳湾村口对我们说。\n"
        "柯晓明每天在村口登记测温,还给老人们讲解防护知识。"
    )
    assert page.title == "柳湾:博士生回村当起防控志愿者"
    assert page.body.startswith("“乡亲们都在守卡口")


def test_links_cut_short_with_tildes_are_chrome_and_the_printed_headline_is_found():
    page = clean_page(
        "第A04:版面四\n标题导航\n" + "柳湾村:~~~\n" * 4 + "2021年01月08日 星期五 第3期 | 版面导航\n"
        "柳湾村:\n"
        "守好农贸市场 护住居民“菜篮子”\n"
        "■本报记者 柯岚\n"
        "本报讯 “这是帮您买的菜,请点一下。”柳湾村的志愿者把菜送到居家老人门口。\n"
        "村党委书记蒲志远介绍,村里有三个农贸市场,每天都要消杀两次。"
    )
    assert page.title == "守好农贸市场 护住居民“菜篮子”"


def test_a_kicker_listing_things_over_a_marked_main_title_is_the_kicker():
    page = clean_page(
        "第04版:民生\n"
        "有退烧药、口罩、自测盒,还有一张写满电话的卡片\n"
        "柳湾首批“防疫服务包”送到了\n"
        "■记者 柯岚 文/摄\n"
        "本报讯 周日一早,装满药品和食物的包裹陆续分到了青禾街道各个小区。\n"
        "载着物资的货车一路开进小区,志愿者们早已等在门口。"
    )
    assert page.title == "柳湾首批“防疫服务包”送到了"
    assert page.subtitle == "有退烧药、口罩、自测盒,还有一张写满电话的卡片"


def test_a_numbered_squad_under_its_brigade_is_one_body_and_a_bare_one_none():
    assert _orgs("县交警大队三中队民警守在高速路口。") == {"县交警大队三中队"}
    assert not _orgs("全县新组建了三中队。")


def test_local_before_a_body_points_to_it_and_names_nothing():
    """当地党委政府: "the local" Party committee and government, no name of a body."""
    assert not _orgs("当地党委政府高度重视,连夜部署。")


def test_a_companys_brand_word_after_its_place_is_part_of_its_name():
    """江西|全程|路桥工程有限公司: 全程 reads as an adverb, but after the place it is the firm's brand."""
    assert _orgs("江西全程路桥工程有限公司送来两箱消毒液。") == {"江西全程路桥工程有限公司"}


def test_the_teller_named_by_a_label_over_a_first_person_account_is_a_person():
    people = _people("讲述人:柯岚,青禾街道柳湾小区居民\n封控以后,我在小区里当起了“团长”。")
    assert "柯岚" in people


def test_a_doctoral_student_stated_in_reported_speech_is_the_speakers_role():
    """甲告诉记者,他是某大学在读博士生: indirect speech about the speaker states his standing."""
    people = _people("蒲晓川告诉记者,他是青禾大学在读博士生,放假回村后就报了名。")
    assert people.get("蒲晓川") == ["青禾大学在读博士生"]


def test_an_adverb_before_a_clause_mark_is_the_given_names_last_character():
    """村书记邰亭|才/d|,: 才 opens a predicate and never closes a clause, so it ends the name."""
    assert _people("在村口值班的村书记邰亭才,接过了邻居送来的两箱饺子。") == {"邰亭才": ["村书记"]}


def test_a_title_then_de_then_a_name_gives_the_name_its_title():
    people = _people("作为县人大代表的柯百刚,市政协委员的邬洪鹏都带头捐了款。")
    assert people.get("邬洪鹏") == ["市政协委员"]


def test_rare_surnames_of_the_hundred_families_open_names():
    assert "贡晓岚" in _people("贡晓岚在柳湾社区当网格员,每天上楼道巡查。")


def test_a_breadcrumb_whose_separators_became_spaces_is_no_headline():
    page = clean_page(
        "首页 青禾时报国内正文\n"
        "实地探访柳湾村:两千村民集中转运\n"
        "admin 国内 2021-01-12 06:33:54\n"
        "柳湾村的村民们一早就收拾好了行李,在村口排队上车。大巴一辆接一辆开往隔离点。"
    )
    assert page.title == "实地探访柳湾村:两千村民集中转运"


def test_a_county_whose_first_character_ends_a_word_and_counted_days_open_no_place():
    """积极响应|县委: no 应县; 第二天|村里: no village; 九州/ns|镇四村: the village is 四村."""
    assert not _places("村民们积极响应县委号召,第二天村里就设了卡点。")
    assert "镇四村" not in _places("广阳区九州镇四村的退役军人主动请缨。")


def test_as_usual_and_when_found_are_no_parts_of_names():
    """志愿者甲乙|像往常一样, 走访群众|时发现: a comparison and "when", glued by jieba to the words around."""
    people = _people("志愿者柯俊像往常一样去看独居老人。支部走访群众时发现,不少家庭缺少学习工具。")
    assert "柯俊" in people and not {"柯俊像", "时发现"} & set(people)


def test_village_by_village_and_a_lockdown_zone_are_no_places():
    assert not _places("干部们每天对逐村、逐户、逐人测量体温。镇里把三个小区列为静态管理区。")


def test_a_follow_button_and_a_subscribe_prompt_are_no_outlet_and_no_part_of_the_headline():
    page = clean_page(
        "青禾农区筑牢疫情防控的安全防线\n2020-01-30 17:59:01 来源: 青禾网\n关注青禾网\n"
        "正月初五,记者来到柳湾镇时,乡镇干部和村民志愿者正在村口设卡登记。"
    )
    assert page.source == "青禾网"
    page = clean_page(
        '点击上方"掌上柳湾"↑免费订阅,知晓柳湾!柳湾乡:干部上门讲清防疫要点\n'
        "“大家少出门,等疫情过去再走亲戚。”柳湾乡的干部在村口劝导返乡村民。\n"
        "乡里组织干部每天入户宣传防控知识。"
    )
    assert page.title == "柳湾乡:干部上门讲清防疫要点"


def test_a_portals_widgets_are_chrome_and_its_dated_source_line_keeps_its_buttons():
    """The weather, an exchange rate, an app's download link and a teaser link (… >>) are chrome; the
    dated 来源 line with 原文链接 beside it is the page's field line, not a button row."""
    page = clean_page(
        "青禾游戏首页\n看新闻,就上青禾\n11月10日 14.1°C-18.1°C\n澳元 : 人民币=4.73\n青禾app下载\n登录 注册\n"
        "柳湾小区解封二十天后再发现病例,社区干部连夜守住门岗\n"
        "2022-05-16 来源: 青禾新闻 原文链接 评论3条\n"
        "“大家都要配合,今晚谁都不能出门。”青禾网民调开启,即刻参与 >>\n"
        "“又有阳性了。”听到消息时,柳湾社区党总支书记柯岚正在吃晚饭,她放下碗就往小区跑。\n"
        "柳湾小区有三个出入口,干部们分成三组,一夜没合眼。"
    )
    assert page.title == "柳湾小区解封二十天后再发现病例,社区干部连夜守住门岗"
    assert page.source == "青禾新闻"
    assert page.published is not None and page.published.date().isoformat() == "2022-05-16"
    assert "°C" not in page.body and "人民币" not in page.body and ">>" not in page.body


def test_a_headline_closed_by_an_ellipsis_over_a_wires_dateline_is_the_headline():
    page = clean_page(
        "我们一起等到“雨过天晴”……\n"
        "青禾社柳湾3月8日电(记者 柯岚)清晨的柳湾村还有些冷,村口的帐篷里已经坐满了登记的志愿者。\n"
        "村里的广播一遍遍提醒大家出门戴好口罩。"
    )
    assert page.title == "我们一起等到“雨过天晴”……"


def test_a_wires_campaign_tag_in_round_brackets_is_cut_like_a_column_tag():
    """(抗击新冠肺炎)某地…: split_headline cuts it as it cuts 【栏目】; a media mark in brackets stays."""
    assert split_headline("(抗击新冠肺炎)柳湾街头的“爱心餐车”:一周送出上千份热饭") == (
        "柳湾街头的“爱心餐车”:一周送出上千份热饭"
    )
    assert split_headline("(图)柳湾街头的爱心餐车") == "(图)柳湾街头的爱心餐车"


def test_the_united_front_department_in_full_and_a_towns_culture_station_are_bodies():
    assert _orgs("中共柳湾县委统一战线工作部号召党员捐款。") == {"中共柳湾县委统一战线工作部"}
    assert _orgs("你是我们青禾文化站的老朋友了。") == {"青禾文化站"}
