"""Extraction and metadata (issue 12, thirty-third round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.bylines import credited_outlet
from archive.ingest.clean import clean_page
from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places


def test_a_photo_caption_glued_before_the_dateline_leaves_the_outlet_and_writers_readable():
    """志愿者测体温。甲 摄 某某网1月29日讯（记者 乙 通讯员 甲）…: the caption and its credit run on into the
    story's dateline on one line; the outlet and the writers are the dateline's."""
    page = clean_page(
        "穿红马甲的队员在路口登记车辆。柯小岚 摄 青禾网2月3日讯(本网记者 蒲德安 通讯员 柯小岚)"
        "“大家排好队,一个一个来。”1月28日,青禾镇文化站的志愿者们早早来到了卡点。"
    )
    assert page.source == "青禾网"
    assert {"蒲德安", "柯小岚"} <= set(page.authors)


def test_a_caption_without_a_dateline_after_it_stays_the_story():
    page = clean_page("志愿者在青禾小区门口为居民测体温。柯小岚 摄 大家排好队,一个一个来,谁也不落下。")
    assert page.source == "" and page.authors == []


def test_a_media_brand_before_its_place_is_the_outlet():
    """今日某地讯, 掌上某地讯: the brand's word (今日, 掌上, 云上) and the place are the outlet's name."""
    page = clean_page("今日泰兴讯 正月初五一早,青禾社区的志愿者们就守在了路口,给过往车辆登记。")
    assert page.source == "今日泰兴"


def test_an_edition_of_a_paper_is_its_own_outlet():
    """某某日报农村版讯: the edition is part of the outlet's name (某某晚报掌上某地讯 is the paper)."""
    page = clean_page("青禾日报农村版讯(记者 蒲德安)正月里,青禾村的喇叭每天都在播防疫知识。")
    assert page.source == "青禾日报农村版"


def test_a_reporters_credit_after_the_lead_paragraph_is_metadata_and_names_no_source():
    """…大家都平安。某某商报·某某新闻记者 甲: the credit run on after the lead's last sentence."""
    page = clean_page(
        "老城区的守护者\n2020-02-12 09:30\n"
        "正月里的楼道总是亮着灯,社区的人说,灯亮着大家心里就踏实。青禾商报·禾苗新闻记者 蒲德安\n"
        "柯小岚在青禾街道管物业的事,每天天不亮就出门。"
    )
    assert (page.source, page.authors) == ("", ["蒲德安"])
    assert credited_outlet("青禾商报·禾苗新闻记者 蒲德安") == "青禾商报·禾苗新闻"


def test_a_field_line_after_a_bullet_is_the_pages_metadata():
    """• 来源:某某网: a list bullet before the page's source field (a bullet before a short word alone is
    the site's menu)."""
    page = clean_page(
        "青禾村的志愿者\n  • 来源:青禾农网\n青禾村的志愿者们每天都在卡点值守,风雨无阻。他们说大家平安就好。"
    )
    assert page.source == "青禾农网"


def test_an_outlet_spaced_from_its_reporters_key_with_the_day_glued_to_the_name():
    """某某网 记者 甲2月7日下午,…: the outlet and the writer open the story."""
    page = clean_page("青禾村封闭管理\n青禾观察网 记者 蒲德安2月9日傍晚,青禾县的一纸通知让各村都关上了大门。")
    assert (page.source, page.authors) == ("青禾观察网", ["蒲德安"])


def test_a_paper_shortened_in_its_dateline_is_named_by_the_pages_publisher_line():
    """商报消息 under a line 某某商报社: the paper's whole name."""
    page = clean_page(
        "青禾商报社\n回家过年改视频拜年\n商报消息(通讯员 蒲德安)大年初二中午,青禾村的柯大爷和孙子视频聊天。"
    )
    assert page.source == "青禾商报"


def test_two_he_in_a_row_the_first_ends_the_given_name():
    """甲乙和|和丙: no conjunction doubles, so the first 和 is the name's."""
    people = _people("这个春节,柯光和和蒲邦凤两口子都被派到了河湾社区值班。")
    assert {"柯光和", "蒲邦凤"} <= set(people) and "柯光" not in people


def test_a_rarer_surname_that_writes_common_words_after_a_title():
    """党委书记步家华: 步 opens 进一步 and 步行 too; taken after a title, where jieba reads the name whole."""
    assert _people("青松村党委书记步云舟把村干部叫到一起开会。").get("步云舟") == ["青松村党委书记"]
    assert _people("我们要进一步做好防控工作。") == {}


def test_a_martyr_is_named_with_the_word_after_the_name():
    assert _people("村口的纪念碑下长眠着柯望山烈士。").get("柯望山") == ["烈士"]


def test_lai_before_a_verb_is_no_name():
    """全员来检测, 义工来帮忙: 来 is a surname, but before a verb it is the verb of coming."""
    assert _people("请大家下楼来检测。青禾义工来帮忙搬菜。") == {}
    assert "来海燕" in _people("社区书记来海燕说,大家辛苦了。")


def test_a_common_word_after_a_kin_word_is_no_name():
    """老伴|辛勤/nr|耕种: jieba's dictionary holds 辛勤 as a name, but it is a common word."""
    assert _people("他和老伴辛勤打理着屋后的果园。") == {}


def test_the_compound_next_door_is_no_place():
    assert _places("孩子暂时住到隔壁小区的外婆家。对面社区的人也来搭把手。") == set()


def test_a_verbs_result_before_a_village_is_no_part_of_its_name():
    """守护好|孙岗村: 好 is what the verb achieves."""
    assert _places("大家一起守护好柳岗村的每一户人家。") == {"柳岗村"}


def test_adverbs_and_verbs_jieba_tags_as_nouns_end_a_places_name():
    """跟村医一起|下村 (going to the villages), 下一步|小区, 感觉|小区: no place."""
    text = "她要跟村医一起下村测体温。大家讨论下一步小区怎么做。居家期间,感觉小区邻里更亲了。"
    assert _places(text) == set()


def test_a_preposition_or_a_day_glued_before_a_relative_body_is_not_its_name():
    """经|镇党委, 1月24|日市|指挥部: the town's committee and the city's headquarters."""
    assert _orgs("经镇党委开会决定,卡口设立临时党支部。") >= {"镇党委"}
    assert "经镇党委" not in _orgs("经镇党委开会决定,卡口设立临时党支部。")
    assert _orgs("3月5日市疫情防控指挥部发出通告,各村随即设卡。") == {"市疫情防控指挥部"}


def test_a_verb_of_giving_or_standing_in_is_no_part_of_a_bodys_name():
    """赠送给|学校, 充当|临时业主委员会."""
    assert _orgs("这批口罩他们打算全部赠送给学校。") == set()
    assert "充当临时业主委员会" not in _orgs("小区没有业委会,党员们便充当临时业主委员会。")


def test_a_breadcrumb_trail_printed_as_a_numbered_list_is_chrome():
    """1. 首页 / 2. 专题活动 / 3. 某专题 / 4. 正文: never the headline, whatever the topic's name says."""
    page = clean_page(
        "青禾县党建网\n  1. 首页\n  2. 专题报道\n  3. 战疫中的党员身影\n  4. 正文\n"
        "青禾县青松村:卡口上的红袖章\n"
        "正月初三,青松村的党员们把帐篷支在了村口。\n村党组织书记柯国欣每天都在卡口守到半夜。"
    )
    assert page.title == "青禾县青松村:卡口上的红袖章"
    assert "3. 战疫中的党员身影" in page.boilerplate


def test_a_browser_warning_and_a_web_archives_date_are_chrome():
    """A browser warning's greeting and message; 归档时间: the date the page was saved, not published."""
    page = clean_page(
        "尊敬的读者,您好!\n本站暂不支持当前浏览器,请换一个再来\n×\n"
        "归档时间:2023年07月18日\n老两口的值班表\n分享到:\n2020-02-17 18:33 来源:青禾日报 作者:蒲勇军\n"
        "青禾县柳湾村的柯家老两口,把值班表贴在了自家门上。\n老柯说,轮到谁谁就去。"
    )
    assert (page.title, page.published.isoformat()) == ("老两口的值班表", "2020-02-17T18:33:00")


def test_a_writers_name_glued_to_the_source_value_is_not_the_outlets():
    """【来源:某某新闻在线甲【字体: (the writer the dateline credits)."""
    page = clean_page(
        "青松乡的一通电话\n【时间:2020-02-06 17:37】【来源:青禾新闻在线蒲慧【字体:大 中 小】\n"
        "青禾新闻在线讯(通讯员 蒲慧)2月6日上午,青松乡党政办秘书柯辉接到一通电话。"
    )
    assert page.source == "青禾新闻在线"


def test_an_unnamed_media_centre_credited_for_a_writer_is_no_outlet():
    page = clean_page("青松村的卡点\n青松村的卡点上,村干部们日夜值守,风雨无阻。\n融媒体中心通讯员:蒲梦伟")
    assert page.source == ""


def test_a_rare_dictionary_word_after_a_title_may_be_a_given_name():
    """团支部书记付强/v: jieba's dictionary holds 付强 (three times), a name after the title."""
    assert "付强" in _people("柳湾村团支部书记付强连夜把名单发到了群里。")


def test_a_name_then_the_speakers_post_before_what_she_says():
    """甲,某某馆长:“…”: an interview's way of naming the speaker."""
    assert _people("柯远山,青禾市档案馆馆长:“馆里的人都下沉到社区去了。”") == {"柯远山": ["青禾市档案馆馆长"]}


def test_yi_opening_a_verbs_phrase_is_no_part_of_a_place():
    """形成|以甸/ns|南社区…为中心: the preposition jieba glued to the community's first character."""
    text = "大家形成以荷塘社区党组织为核心的值守网络。"
    assert (_places(text), _orgs(text)) == ({"荷塘社区"}, {"荷塘社区党组织"})


def test_the_idiom_of_a_villages_ends_and_verbs_before_a_unit_name_nothing():
    """村头村尾, 实行|小区封闭管理, 利用|乡政府下载的音频."""
    assert _places("喇叭声传遍了青禾村的村头村尾。在实行小区封闭管理的日子里。") == {"青禾村"}
    assert "利用乡政府" not in _orgs("他们利用乡政府的大喇叭天天宣传。")


def test_a_mayor_or_county_head_addressed_after_the_name():
    """甲副市长, 乙县长说: the post after the name as the story addresses the person."""
    people = _people("市政府柯志远副市长来到卡口检查。蒲明县长说,大家辛苦了。")
    assert people == {"柯志远": ["副市长"], "蒲明": ["县长"]}


def test_a_college_class_before_a_students_name_is_no_surname():
    """2019级会计|班/柯静: 班 is a surname too, but here it closes the class's name."""
    assert "班柯静" not in _people("2019级会计班柯静也报名当了志愿者,她是一名预备党员。")


def test_a_rare_dictionary_word_before_de_is_no_name():
    """作为党员|应尽|的责任: a rare word after a title, but 的 follows it."""
    assert _people("这是一名预备党员应尽的责任。") == {}


def test_a_common_word_before_a_comma_and_an_age_is_no_name():
    """看不|明白,33岁的…: the age belongs to the next clause."""
    assert _people("老人们看不明白,45岁的退役军人柯龙就挨家去讲。") == {"柯龙": ["退役军人"]}


def test_mi_is_a_surname_after_a_title():
    """密 opens 密切, 密接 too: taken after a title."""
    assert _people("青松社区党委书记密春秀向我们点头示意。") == {"密春秀": ["青松社区党委书记"]}


def test_a_preposition_jieba_cut_off_opens_no_villages_name():
    """据/p|前|韩|村: the village is 前韩村."""
    assert "前韩村" in _places("据前韩村第一书记柯海辉介绍,村里一切正常。")
    assert "据前韩村" not in _places("据前韩村第一书记柯海辉介绍,村里一切正常。")


def test_a_communitys_body_between_it_and_a_compound_is_no_part_of_the_compound():
    """某社区|居委会|翠竹小区: the compound is 翠竹小区."""
    places = _places("青禾市柳荫社区居委会翠竹小区的物业人员格外忙碌。")
    assert {"柳荫社区", "翠竹小区"} <= places and "居委会翠竹小区" not in places


def test_verbs_of_the_genre_before_a_unit_name_nothing():
    """主动|站上|某村卡点, 绘制|小区平面图."""
    assert _places("两人主动站上柳湾村防疫卡点值守。") == {"柳湾村"}
    assert _places("他们绘制小区平面图,逐户标注。") == set()


def test_a_province_before_one_character_and_cun_is_a_villages_name():
    """山西|头村: a village named 山西头村, not the province; 湖北|农村, 武汉|返村: the province and city."""
    assert _places("社区人员对山西头村进行了消杀。") == {"山西头村"}
    assert "湖北" in _places("湖北农村的春耕开始了。")
    assert "武汉" in _places("对武汉返村人员逐一登记。")


def test_an_e_papers_buttons_for_the_whole_page_are_chrome():
    page = clean_page(
        "通版阅读请点击:\n展开通版\n收缩通版\n当前版:01版\n发布日期:2021年12月31日\n青松社区的冬夜\n"
        "本报记者 柯波\n夜里十点,青松社区的卡点还亮着灯。志愿者们轮流值守。"
    )
    assert page.title == "青松社区的冬夜"


def test_ying_before_a_slogan_is_no_name():
    """应检尽检: 应 writes 应该, 应急 too, so it is a surname after a title only."""
    people = _people("为做到应检尽检,社区挨家挨户通知。社区书记应小芳说,大家辛苦了。")
    assert people == {"应小芳": ["社区书记"]}


def test_zhengzhi_and_chengwei_open_no_bodys_name():
    """正值|学校放假, 甲成为|第一临时党支部书记: the sentence's words, not a body's."""
    assert _orgs("那时正值学校放寒假,夫妻俩都在家。") == set()
    assert "柯建利成为卡口临时党支部" not in _orgs("镇干部柯建利成为卡口临时党支部的书记。")


def test_an_hour_speech_and_a_model_compound_name_no_place():
    """凌晨4时|史村 (the hour's 时), 听母亲说|社区…, “明星小区”."""
    text = "凌晨4时史村的广播响了。她听母亲说社区在招募志愿者。小区成了社区的“明星小区”。"
    assert "时史村" not in _places(text) and _places(text) <= {"史村"}


def test_a_reposts_original_title_in_brackets_loses_both_brackets():
    page = clean_page("(原标题:青松村:年轻人回来了)\n青松村的大学生们主动报名,当起了宣传员和登记员。")
    assert page.title == "青松村:年轻人回来了"


def test_related_stories_listed_with_their_tags_are_chrome():
    """- 心理健康|某社区开展讲座: the site's list of related stories under the article."""
    page = clean_page(
        "青松村的大学生\n青松村的大学生们主动报名,当起了宣传员和登记员。\n"
        "- 心理健康|青松社区开展心理讲座\n- 疫情|青禾战疫暖镜头"
    )
    assert page.boilerplate == ["- 心理健康|青松社区开展心理讲座", "- 疫情|青禾战疫暖镜头"]
