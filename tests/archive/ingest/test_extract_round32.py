"""Extraction (issue 12, thirty-second round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.extract import extract
from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places


def test_an_age_in_words_before_a_name_is_evidence_of_a_person():
    """年近七旬的甲, 八十多岁的甲: an age by its decade or in words, as 70岁的甲 is in figures."""
    people = _people("年近七旬的柯德全拄着拐杖来到卡点。八十多岁的蒲玉芬也送来了鸡蛋。")
    assert {"柯德全", "蒲玉芬"} <= set(people)


def test_a_cousin_or_an_in_law_before_a_name_says_who_the_person_is():
    """跟堂哥甲, 姐夫甲: kin words the genre uses like 哥哥 and 妻子."""
    people = _people("他跟堂哥柯余平一起给村民送去了口罩和酒精。")
    assert people.get("柯余平") == ["堂哥"]


def test_a_noun_for_a_kind_of_person_in_ren_before_a_name():
    """残疾人甲, 老人甲: a kind of person glued before the name supports it (个人, 本人 do not)."""
    assert "柯延华" in _people("残疾人柯延华主动到村委捐款200元。")
    assert "柯延华" not in _people("本人柯延华声明如下。")


def test_a_street_whose_name_opens_with_a_province_is_not_that_province():
    """福建|园街道 is a street of 南宁's 江南区 (the divisions list it whole); 漳州|天宝镇 is the city, then
    its town."""
    places = _places("上午,福建园街道的核酸采样点排起了队。")
    assert "福建园街道" in places and "福建" not in places
    assert {"漳州", "天宝镇"} <= _places("漳州天宝镇:驻村书记们连夜返岗。")
    assert "漳州天宝镇" not in _places("漳州天宝镇:驻村书记们连夜返岗。")


def test_a_quoted_post_in_a_team_is_no_group():
    """“老领队”, “好队长”: a person called by her post; “银发巡逻队” is a group."""
    text = "在志愿者们眼中,他是大家的“老领队”。社区还有一支“银发巡逻队”。"
    orgs = _orgs(text)
    assert not any("老领队" in name for name in orgs) and "银发巡逻队" in orgs


def test_the_verb_of_serving_is_no_part_of_the_body_served():
    """从|服务|某某卫生院: the clause's verb before a named body; 便民服务中心 keeps its 服务."""
    orgs = _orgs("他从服务柳塘卫生院做起,又到了东坡社区便民服务中心。")
    assert "柳塘卫生院" in orgs and not any(o.startswith("服务") for o in orgs)
    assert any(o.endswith("便民服务中心") for o in orgs)


def test_ones_home_before_a_village_is_not_its_name():
    """老家|柳塘村: whose village it is; the village is 柳塘村."""
    places = _places("听说老家柳塘村解除封控,远在外地的他很高兴。")
    assert "柳塘村" in places and not any(p.startswith("老家") for p in places)


def test_a_community_named_after_a_college():
    """某某学院|社区: a campus community keeps the college's name."""
    assert "青禾学院社区" in _places("青禾学院社区的志愿者在门口值守。")


def test_a_street_by_its_short_name_before_the_villages_it_holds():
    """冷水江市 … 沙塘湾7个村: a street of the named city by its name alone, then a count of its villages."""
    places = _places("冷水江市组织采样,沙塘湾7个村(社区)全部完成。")
    assert "沙塘湾" in places


def test_the_countryside_is_no_village():
    """打好|农村|疫情防控: 农村 is a word of the language, not 好农村."""
    assert not _places("全力打好农村疫情防控阻击战。")


def test_a_zone_named_after_its_city_is_not_the_city_written_apart():
    """兰州新区 (a national zone) is no 兰州 of its own; 兰州市西固区 names the city."""
    places = _places("在兰州新区,驻村干部们坚守在防控一线。")
    assert "兰州新区" in places and "兰州" not in places
    assert {"兰州市", "西固区"} <= _places("兰州市西固区的志愿者上门登记。")


def test_a_row_of_township_names_closed_by_a_count_of_townships():
    """到西柯、新民和祥平三个街镇: each name is a street the divisions list (新民街道, 西柯街道,
    祥平街道); the count and what jieba glued to it are no place."""
    places = _places("干部们分别到西柯、新民和祥平三个街镇帮忙。")
    assert {"新民", "西柯", "祥平"} <= places
    assert not any("个" in p for p in places)


def test_a_row_of_village_names_closed_by_a_count_of_villages():
    """甲、乙和丙三个自然村: the names of the villages, listed in the divisions or not; a row after a
    comma is no row of names (连日来,这支小分队,已经在3个小区)."""
    places = _places("驻村干部走遍了青禾营子、柳湾和石门坎三个自然村。")
    assert {"青禾营子", "柳湾", "石门坎"} <= places and not any(p.startswith("了") for p in places)
    assert not _places("连日来,这支小分队,已经在3个小区上门服务。")


def test_a_bodys_kind_after_a_town_area_is_no_shop():
    """镇区超市, 城区药店: the shops of the town area, no shop's name."""
    assert not _orgs("网格员每天去镇区超市和药店检查。")


def test_seeing_or_hearing_of_a_units_doing_is_no_part_of_its_name():
    """在看到|社区发出的招募令后, 筑/v|牢/a|社区防线: verbs before the unit word name no community."""
    assert not _places("看到社区发出的招募通知,她马上报了名。")
    assert _places("东坡:筑牢社区“防疫墙”") <= {"东坡"}  # (the headline's dateline: round 37)


def test_an_address_then_the_date_and_source_line_is_the_pages_metadata():
    """example.cn  2022-11-28 22:39:35   来源:某某网: the site's host before its date line."""
    from archive.ingest.clean import clean_page

    page = clean_page(
        "标题在这里\nzz.example.com  2022-11-28 22:39:35   来源:青禾网  我来说两句\n正文第一段。"
    )
    assert (page.source, page.published.isoformat()) == ("青禾网", "2022-11-28T22:39:35")


def test_custody_and_justice_offices_are_bodies():
    """县看守所, 县拘留所, 某镇司法所."""
    assert {"县看守所", "县拘留所", "青禾镇司法所"} <= _orgs("县看守所、县拘留所和青禾镇司法所的党员都来了。")


def test_a_young_person_by_a_noun_in_qingnian_before_the_name():
    """知识青年甲, 返乡青年甲: 青年 names a kind of person, as 员 and 师 do."""
    assert _people("驻村工作组知识青年柯一鸣一如往常汇报情况。").get("柯一鸣") == ["工作组知识青年"]


def test_a_team_made_of_a_row_of_names_gives_them_its_post():
    """这支下沉干部队伍由甲、乙、丙三人组成."""
    people = _people("这支下沉干部队伍由柯一鸣、蒲晓东、韦思远三人组成,其中韦思远是第二次参加。")
    assert all(people.get(n) == ["下沉干部"] for n in ("柯一鸣", "蒲晓东", "韦思远"))


def test_a_name_the_dictionary_holds_as_a_place_between_two_titles():
    """组长|钟南山/ns|院士: a titled person whose name jieba's dictionary tags as a place."""
    assert "钟南山" in _people("那天组长钟南山院士接受了采访。")
    assert "平山县" in _places("组长平山县书记来了。")


def test_a_channel_named_after_its_province_is_no_place():
    """【湖北卫视】: the province's satellite channel, no place of the story."""
    assert not _places("【湖北卫视】社区里的守门人")


def test_a_villagers_group_by_a_rare_noun_after_its_village():
    """梧川村|百坑/n|组: a group jieba reads as a rare noun and a verb; 工作组 is none."""
    assert "百坑组" in _places("青禾村百坑组只有四十多户人家。")
    assert _places("东坡村工作组的人来了。") == {"东坡村"}


def test_a_compound_written_right_after_its_township():
    """某镇|日出/v|东方/s|小区: the compound is named by all that stands between; 某镇|老旧小区 is a kind."""
    assert "日出东方小区" in _places("此时东坡镇日出东方小区里,保安们在消毒。")
    assert "老旧小区" not in _places("晋安区鼓山镇老旧小区改造完成了。")


def test_a_community_named_after_an_estate_the_story_names():
    """听说|日出/v|东方社区党总支 … 日出东方小区: the community bears the estate's whole name."""
    text = "东坡镇日出东方小区共有30栋楼。周六清早,听说日出东方社区党总支要招志愿者,保安赶来了。"
    assert "日出东方社区" in _places(text) and "日出东方社区党总支" in _orgs(text)


def test_an_adverb_after_a_name_the_story_names_bare_elsewhere():
    """委员聂丰刚|安排完…, 就在聂丰忙着…: 刚 (just) after the name; 李志刚 named so twice keeps its 刚."""
    text = "支部委员柯一丰刚排好值班表,又去借桌椅。柯一丰忙着借桌椅的时候,电话响了。"
    assert "柯一丰" in _people(text) and "柯一丰刚" not in _people(text)
    assert "李志刚" in _people("社区书记李志刚安排完工作。李志刚说,大家辛苦了。")


def test_he_after_a_name_before_an_adverb_is_the_given_names():
    """牧民王喜|和/c|原来/d: no conjunction before an adverb; 张三和李四 stay two."""
    assert "柯喜和" in _people("牧民柯喜和原来日子过得很难。")
    assert {"柯一鸣", "蒲晓东"} <= set(_people("网格员柯一鸣和蒲晓东都来了。"))


def test_a_sumus_committee_is_named_relatively_like_a_towns():
    """乌盖苏木党委 … 苏木党委更是…: the sum's own committee, as 镇党委 is the town's."""
    assert "苏木党委" in _orgs("青禾苏木党委书记到了嘎查。苏木党委提前做了安排。")


def test_a_news_agencys_reprint_notice_is_boilerplate():
    from archive.ingest.chrome import is_boilerplate

    assert is_boilerplate("本网站所刊载的信息仅供参考。刊用青禾网稿件,务经书面授权。")


def test_a_disclosure_tables_name_field_is_no_headline():
    """信息名称: | 标题 | 主题分类: | …: a disclosure table's row; the headline is printed below."""
    from archive.ingest.clean import clean_page

    text = (
        "索引号: | abc-2021-001 | 发布机构: | 青禾区人民政府 |\n"
        "信息名称: | 青禾街道东坡社区——抗疫一线的坚守 | 主题分类: | 疫情防控 |\n"
        "发布日期: | 2021-11-23 | 成文日期: | 2021-11-23 |\n"
        "青禾街道东坡社区——抗疫一线的坚守\n"
        "11月18日早,社区工作者们已经忙了整整一夜。"
    )
    page = clean_page(text)
    assert (page.title, page.subtitle) == ("青禾街道东坡社区", "抗疫一线的坚守")


def test_kin_after_a_name_and_where_a_person_lives_are_evidence():
    """媳妇甲, 甲的妻子, 甲所在的社区."""
    assert "柯海霞" in _people("他戴上红袖标去值守,媳妇柯海霞也跟着去了。")
    assert "蒲勇" in _people("尽管辛苦,蒲勇的妻子还是笑着说:“我支持他。”")
    assert "柯晓雨" in _people("柯晓雨所在的小区住户比较分散。")


def test_a_brand_jieba_reads_as_a_verb_after_de():
    """自己开的|欣缘/v|农庄饭店: a word jieba invented, tagged a verb, opens the shop's name; 129|支驻/v|村
    工作队 is a count and a verb."""
    assert "欣缘农家饭店" in _orgs("她把自己开的欣缘农家饭店的饭菜送到卡点。")
    assert not any(o.startswith("支") for o in _orgs("全县一百多支驻村工作队都到位了。"))


def test_the_joint_prevention_groups_of_a_village_are_a_kind():
    """按照联防联控领导小组的部署: no 联控领导小组 cut from it."""
    assert not _orgs("东坡村按照联防联控领导小组的部署,党员都行动起来了。")


def test_a_row_of_names_closed_by_deng_di():
    """从石门、柳河堰、东港等地赶来: the row's places; 楼宇、商铺、小区等地 names kinds of places."""
    assert {"柳河堰", "东港"} <= _places("队伍从石门、柳河堰、东港等地赶来。")
    assert not _places("他们到园区楼宇、临街商铺、居民小区等地逐一排查。")


def test_a_subtitle_names_a_district_the_body_writes_in_full():
    """——电白一个村的抗疫见闻 … 电白区: the subtitle's short form is the district's."""
    from archive.ingest.extract import extract_headline

    body = extract("电白区的乡村卡点上,有一对夫妻轮流值守。")
    found = extract_headline("守在卡点的夫妻", body, subtitle="电白一个村的抗疫见闻")
    assert "电白" in {p.name for p in found.places}


def test_the_verb_of_there_being_opens_no_village():
    """往|东有/b|共一村: jieba glued the direction to 有; the village is 共一村."""
    places = _places("从这里往东有共一村,往西是石门村。")
    assert "共一村" in places and not any(p.startswith("东有") for p in places)


def test_close_contacts_compounds_are_a_kind():
    """半夜赶到密接小区: the compounds of close contacts, none named."""
    assert not _places("她半夜赶到密接小区协助封控。")


def test_a_listed_name_opening_with_a_word_jieba_calls_a_time():
    """和青禾景苑、隆中/t|花园两个小区: a time word that opens a longer name is part of it."""
    assert {"青禾景苑", "隆中花园"} <= _places("社区辖石桥湾和青禾景苑、隆中花园两个小区。")


def test_becoming_a_volunteer_of_the_community_names_no_community():
    """化身|社区核酸检测志愿者: a verb before the unit word."""
    assert not _places("几位委员主动报名,化身社区采样志愿者。")


def test_a_word_no_dictionary_holds_heading_a_counted_group_of_a_post():
    """某村的曾友/n|等5名入党积极分子: the group's post is the name's."""
    assert _people("东坡村的柯友等3名入党积极分子带着喇叭出发了。").get("柯友") == ["入党积极分子"]


def test_a_memorial_hall_jieba_holds_whole_is_a_body():
    """雷锋纪念馆/n: one dictionary word with a person's name before 纪念馆, no kind; 派出所 stays a kind."""
    assert "雷锋纪念馆" in _orgs("来的是雷锋纪念馆副馆长柯志军。")
    assert not _orgs("派出所的民警来了。")


def test_youth_in_a_bodys_name_and_a_trade_council():
    """区|青年/t|企业家协会 (jieba tags 青年 a time), 市贸促会."""
    orgs = _orgs("区青年企业家协会的会长柯耀江带着市贸促会的干部来了。")
    assert {"区青年企业家协会", "市贸促会"} <= orgs


def test_contributing_a_bodys_strength_is_no_part_of_its_name():
    """为某区疫情防控工作|贡献|政协力量."""
    assert not any("贡献" in o for o in _orgs("为东坡区的防疫贡献政协力量。"))


def test_a_headline_names_a_town_the_body_writes_in_full():
    """常平|党员志愿者上阵 … 常平镇启动…: the town by its name alone."""
    from archive.ingest.extract import extract_headline

    body = extract("周一上午,常平镇开始了全员采样。")
    assert "常平" in {p.name for p in extract_headline("常平党员志愿者上阵", body).places}


def test_an_idiom_ending_like_an_estate_is_no_estate():
    """某镇干群|众志成城: the idiom's 城 ends no brand estate."""
    assert _places("面对疫情,青禾镇干群众志成城,志愿者纷纷行动起来。") == {"青禾镇"}


def test_a_quality_said_twice_is_no_name():
    """严之又严, 细之又细."""
    assert not _people("大家严之又严地守好卡口,细之又细地登记来人。")


def test_the_word_of_inclusion_in_a_bracket_opens_no_estate():
    """某菜市场(含|某某佳苑): 含 is the bracket's, the estate is 岗山佳苑."""
    assert "岗山佳苑" in _places("青禾路菜市场(含岗山佳苑)今天起解除管控。")


def test_a_towns_own_headquarters_and_hospital_are_named_relatively():
    """镇指挥部, 镇医院: the town's, as 市指挥部 is the city's; 汇报|县公安局 keeps its verb out."""
    orgs = _orgs("镇指挥部及时与上级联络。镇医院根据清单配药。派出所将信息汇报县公安局。")
    assert {"镇指挥部", "镇医院", "县公安局"} <= orgs and not any(o.startswith("汇报") for o in orgs)


def test_a_person_responsible_and_a_count_inside_a_title_phrase():
    """身为村里一名包保责任人甲: the post is what follows the count."""
    assert _people("身为村里一名包保责任人柯炳东马上打了电话。").get("柯炳东") == ["包保责任人"]


def test_a_short_exclaimed_headline_with_one_comma_is_the_headline():
    """村里的新风尚,点赞!: the headline over the story, not a slogan printed under it."""
    from archive.ingest.clean import clean_page

    text = (
        "村里的新风尚,点赞!\n"
        "青禾镇东坡村的柯先生本想在月底给女儿办喜酒,现在他主动通知亲友取消了。\n"
        "村里的柯爹爹也把孙女的生日宴推迟了,说等疫情过去再请大家吃饭。\n"
        "共度时艰 战胜疫情\n"
        "出品:青禾县融媒体中心\n"
        "还没有评论,快来说两句吧!"
    )
    page = clean_page(text)
    assert page.title == "村里的新风尚,点赞!" and page.body.startswith("青禾镇东坡村")


def test_a_verb_and_its_object_after_a_name_jieba_found():
    """儿子黄亮/nr|办/v|婚宴: 办 is the verb, no third character of the name."""
    assert "柯亮" in _people("老人本打算下月给儿子柯亮办婚宴。")


def test_a_three_character_name_ending_like_a_section():
    """小区的黄孝科/nr|本来…: a name jieba tagged whole may end in 科; 宣传科 is a section."""
    assert "黄孝科" in _people("青禾小区的黄孝科本来打算下个月办酒席。")
    assert not _people("宣传科本来就忙。")


def test_a_medicine_and_a_familiar_form_are_no_people():
    """连花清|瘟胶囊; 鲁爹爹 (the Hubei form of address); 原|计划 (originally planned)."""
    assert not _people("有人送来连花清瘟胶囊。柯爹爹也来了。柯女士原计划月底办宴。")


def test_a_street_the_divisions_list_whose_name_opens_with_a_verb():
    """跃进/v|村|街道 (重庆大渡口区): listed, so no verb phrase."""
    assert "跃进村街道" in _places("周末,跃进村街道的网格员上门看望老人。")


def test_a_city_cut_out_of_a_river_named_after_a_county():
    """瑞/ns|丽江/ns … 瑞丽: the river of 瑞丽 (瑞丽江), no 丽江."""
    places = _places("德宏州瑞丽市派来了医生。沿着瑞丽江走就到了口岸。后来瑞丽又封控了。")
    assert "丽江" not in places and "瑞丽" in places


def test_words_newer_than_jiebas_dictionary_are_words():
    """微信群和张贴…: 微|信群 was a name, and 张贴 (to post, tagged nr) its partner in a row of two."""
    assert not _people("志愿者天天用喇叭、微信群和张贴告示的办法提醒大家。")


def test_a_towns_last_character_opens_no_district():
    """店下镇|海田村: 镇海 (a district of 宁波) is cut across the town and its village."""
    places = _places("巧的是,店下镇海田村也有人推迟了婚期。")
    assert {"店下镇", "海田村"} <= places and "镇海" not in places


def test_a_wish_names_no_city():
    """愿你们|安康: a wish; 陕西安康 stays the city."""
    assert not _places("卡点上这对夫妻让人感动,愿你们安康!")
    assert "安康" in _places("陕西安康的志愿者来了。")


def test_verbs_of_moving_people_before_the_unit_word():
    """推动|社区—业委会…, 安抚|社区老人, 镇|联村干部: no community, no village."""
    assert not _places("我们推动社区和业委会联手,也安抚社区老人的情绪。")
    assert not _places("村里有镇联村干部两人,还有村干部五人。")


def test_a_sites_operator_line_is_chrome():
    from archive.ingest.chrome import is_boilerplate

    assert is_boilerplate("青禾资讯研究中心 主办 | 青禾通·全省")


def test_he_glued_to_a_name_the_story_names_bare_elsewhere():
    """李荣和/nrfg|戈建秀: the conjunction between two names, where 李荣 speaks alone later; 和 before an
    adverb ends a name only when the story never names the two characters without it."""
    people = _people("今天柯荣和戈建秀已在卡点守了十天。柯荣和戈建秀都没回家。柯荣说,值得。")
    assert {"柯荣", "戈建秀"} <= set(people) and "柯荣和" not in people
