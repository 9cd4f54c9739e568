"""Extraction (issue 12, thirty-second round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.extract import extract


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: sorted({r for m in p.mentions for r in m.roles}) for p in extract(text).people}


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text).organizations}


def _places(text: str) -> set[str]:
    return {p.name for p in extract(text).places}


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
    assert "“老领队”" not in _orgs(text) and "“银发巡逻队”" in _orgs(text)


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
    """深入新民、西柯和祥平等三个街镇: each name is a street the divisions list (新民街道, 西柯街道,
    祥平街道); the count and what jieba glued to it are no place."""
    places = _places("干部们深入新民、西柯和祥平等三个街镇的采样点。")
    assert {"新民", "西柯", "祥平"} <= places
    assert not any("个" in p for p in places)


def test_a_row_of_village_names_closed_by_a_count_of_villages():
    """甲、乙和丙三个自然村: the names of the villages, listed in the divisions or not; a row after a
    comma is no row of names (…以来,…小分队,已经在2个小区)."""
    places = _places("驻村干部走遍了青禾营子、柳湾和石门坎三个自然村。")
    assert {"青禾营子", "柳湾", "石门坎"} <= places and not any(p.startswith("了") for p in places)
    assert not _places("自疫情发生以来,连续奋战的小分队,已经在2个小区开展上门服务。")


def test_a_bodys_kind_after_a_town_area_is_no_shop():
    """镇区超市, 城区药店: the shops of the town area, no shop's name."""
    assert not _orgs("网格员每天两次对镇区超市、银行、药店进行巡查。")


def test_seeing_or_hearing_of_a_units_doing_is_no_part_of_its_name():
    """在看到|社区发出的招募令后, 筑/v|牢/a|社区防线: verbs before the unit word name no community."""
    assert not _places("在看到社区发出的志愿者招募令后,她报了名。")
    assert not _places("东坡:筑牢社区“防疫墙”")


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
    assert "钟南山" in _people("专家组组长钟南山院士对外宣布了这一消息。")
    assert "平山县" in _places("组长平山县书记来了。")


def test_a_channel_named_after_its_province_is_no_place():
    """【湖北卫视】: the province's satellite channel, no place of the story."""
    assert not _places("【湖北卫视】绷紧疫情防控之弦")


def test_a_villagers_group_by_a_rare_noun_after_its_village():
    """梧川村|百坑/n|组: a group jieba reads as a rare noun and a verb; 工作组 is none."""
    assert "百坑组" in _places("长安镇青禾村百坑组,一个只有46户的小组。")
    assert _places("东坡村工作组的人来了。") == {"东坡村"}


def test_a_compound_written_right_after_its_township():
    """某镇|日出/v|东方/s|小区: the compound is named by all that stands between; 某镇|老旧小区 is a kind."""
    assert "日出东方小区" in _places("而在晋安区鼓山镇日出东方小区,十多名物业人员忙着消杀。")
    assert "老旧小区" not in _places("晋安区鼓山镇老旧小区改造完成了。")


def test_a_community_named_after_an_estate_the_story_names():
    """接到|日出/v|东方社区党总支 … 日出东方小区: the community bears the estate's whole name."""
    text = "鼓山镇日出东方小区有24栋楼。中秋当天,接到日出东方社区党总支的通知后,物业人员赶来。"
    assert "日出东方社区" in _places(text) and "日出东方社区党总支" in _orgs(text)


def test_an_adverb_after_a_name_the_story_names_bare_elsewhere():
    """委员聂丰刚|安排完…, 就在聂丰忙着…: 刚 (just) after the name; 李志刚 named so twice keeps its 刚."""
    text = "网格党支部委员柯一丰刚安排完采样工作,又忙着调集人手。就在柯一丰忙着调集人手的时候,电话响了。"
    assert "柯一丰" in _people(text) and "柯一丰刚" not in _people(text)
    assert "李志刚" in _people("社区书记李志刚安排完工作。李志刚说,大家辛苦了。")


def test_he_after_a_name_before_an_adverb_is_the_given_names():
    """牧民王喜|和/c|原来/d: no conjunction before an adverb; 张三和李四 stay two."""
    assert "柯喜和" in _people("牧民柯喜和原来是一名贫困户。")
    assert {"柯一鸣", "蒲晓东"} <= set(_people("网格员柯一鸣和蒲晓东都来了。"))


def test_a_sumus_committee_is_named_relatively_like_a_towns():
    """乌盖苏木党委 … 苏木党委更是…: the sum's own committee, as 镇党委 is the town's."""
    assert "苏木党委" in _orgs("乌盖苏木党委书记来了。苏木党委更是早谋划、早安排。")


def test_a_news_agencys_reprint_notice_is_boilerplate():
    from archive.ingest.chrome import is_boilerplate

    assert is_boilerplate("本网站所刊载信息,不代表青禾社和青禾网观点。 刊用本网站稿件,务经书面授权。")


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
    assert "柯海霞" in _people("他戴上袖标加入防控队伍,媳妇柯海霞也不甘落后。")
    assert "蒲勇" in _people("即便如此,蒲勇的妻子仍乐观地说:“他守护着大家。”")
    assert "柯晓雨" in _people("柯晓雨所在的社区人员分布比较分散。")


def test_a_brand_jieba_reads_as_a_verb_after_de():
    """自己开的|欣缘/v|农庄饭店: a word jieba invented, tagged a verb, opens the shop's name; 129|支驻/v|村
    工作队 is a count and a verb."""
    assert "欣缘农庄饭店" in _orgs("他在自己开的欣缘农庄饭店做好饭菜送去。")
    assert not any(o.startswith("支") for o in _orgs("永兴县129支驻村工作队来了。"))


def test_the_joint_prevention_groups_of_a_village_are_a_kind():
    """在疫情联防联控领导小组的领导下: no 联控领导小组 cut from it."""
    assert not _orgs("东坡村在疫情联防联控领导小组的领导下,党员都行动起来了。")


def test_a_row_of_names_closed_by_deng_di():
    """从河东堰、西港等地出发: the row's places; 楼宇、沿街商铺、居民小区等地 names kinds of places."""
    assert {"河东堰", "西港"} <= _places("居民排队从前王、河东堰、西港等地出发。")
    assert not _places("在产业园楼宇、沿街商铺、居民小区等地进行排查。")


def test_a_subtitle_names_a_district_the_body_writes_in_full():
    """——电白一对乡村夫妻的抗疫故事 … 电白区: the subtitle's short form is the district's."""
    from archive.ingest.extract import extract_headline

    body = extract("在电白区乡村疫情防控一线,活跃着这样一对夫妻。")
    found = extract_headline("并肩作战", body, subtitle="电白一对乡村夫妻的抗疫故事")
    assert "电白" in {p.name for p in found.places}


def test_the_verb_of_there_being_opens_no_village():
    """往|东有/b|共一村: jieba glued the direction to 有; the village is 共一村."""
    places = _places("其他乡镇往南有罗陂村、往东有共一村。")
    assert "共一村" in places and not any(p.startswith("东有") for p in places)


def test_close_contacts_compounds_are_a_kind():
    """凌晨到密接小区做封控: the compounds of close contacts, none named."""
    assert not _places("她凌晨到密接小区做封控。")


def test_a_listed_name_opening_with_a_word_jieba_calls_a_time():
    """和光源景苑、隆中/t|新城2个居民小区: a time word that opens a longer name is part of it."""
    assert {"光源景苑", "隆中新城"} <= _places("社区辖4个自然湾和光源景苑、隆中新城2个居民小区。")


def test_becoming_a_volunteer_of_the_community_names_no_community():
    """化身|社区核酸检测志愿者: a verb before the unit word."""
    assert not _places("政协委员纷纷站出来,化身社区核酸检测志愿者。")


def test_a_word_no_dictionary_holds_heading_a_counted_group_of_a_post():
    """某村的曾友/n|等5名入党积极分子: the group's post is the name's."""
    assert _people("山峰村的柯友等5名入党积极分子拎着大喇叭出发了。").get("柯友") == ["入党积极分子"]


def test_a_memorial_hall_jieba_holds_whole_is_a_body():
    """雷锋纪念馆/n: one dictionary word with a person's name before 纪念馆, no kind; 派出所 stays a kind."""
    assert "雷锋纪念馆" in _orgs("原来是雷锋纪念馆副馆长柯志军。")
    assert not _orgs("派出所的民警来了。")


def test_youth_in_a_bodys_name_and_a_trade_council():
    """区|青年/t|企业家协会 (jieba tags 青年 a time), 市贸促会."""
    orgs = _orgs("区政协委员、区青年企业家协会会长柯耀江和市贸促会的干部来了。")
    assert {"区青年企业家协会", "市贸促会"} <= orgs


def test_contributing_a_bodys_strength_is_no_part_of_its_name():
    """为某区疫情防控工作|贡献|政协力量."""
    assert not any("贡献" in o for o in _orgs("为顺德区疫情防控工作贡献政协力量。"))


def test_a_headline_names_a_town_the_body_writes_in_full():
    """常平|党员志愿者上阵 … 常平镇启动…: the town by its name alone."""
    from archive.ingest.extract import extract_headline

    body = extract("6月21日,常平镇启动全员大规模核酸检测工作。")
    assert "常平" in {p.name for p in extract_headline("常平党员志愿者上阵", body).places}


def test_an_idiom_ending_like_an_estate_is_no_estate():
    """某镇干群|众志成城: the idiom's 城 ends no brand estate."""
    assert _places("面对疫情,青禾镇干群众志成城,志愿者纷纷行动起来。") == {"青禾镇"}


def test_a_quality_said_twice_is_no_name():
    """严之又严, 细之又细."""
    assert not _people("网格员尽锐出战,严之又严做好排查,细之又细提供服务。")


def test_the_word_of_inclusion_in_a_bracket_opens_no_estate():
    """某农贸市场(含|某某佳苑): 含 is the bracket's, the estate is 岗山佳苑."""
    assert "岗山佳苑" in _places("金宝城东农贸市场(含岗山佳苑)等4个管控区域予以解除。")


def test_a_towns_own_headquarters_and_hospital_are_named_relatively():
    """镇指挥部, 镇医院: the town's, as 市指挥部 is the city's; 汇报|县公安局 keeps its verb out."""
    orgs = _orgs("镇指挥部及时与上级联络。镇医院根据清单配药。派出所将信息汇报县公安局。")
    assert {"镇指挥部", "镇医院", "县公安局"} <= orgs and not any(o.startswith("汇报") for o in orgs)


def test_a_person_responsible_and_a_count_inside_a_title_phrase():
    """作为该镇疫情防控一名包保责任人甲: the post is what follows the count."""
    assert _people("作为该镇疫情防控一名包保责任人柯炳东意识到了事情的严重性。").get("柯炳东") == [
        "包保责任人"
    ]


def test_a_short_exclaimed_headline_with_one_comma_is_the_headline():
    """这个乡村新风尚,get!: the headline over the story, not a slogan printed under it."""
    from archive.ingest.clean import clean_page

    text = (
        "这个乡村新风尚,get!\n"
        "青禾镇东坡村,从外地赶回来的村民柯先生,原定正月初八给女儿办婚宴,现在他主动取消了宴请。\n"
        "村民柯爹爹也计划正月初六为小孙女办生日宴,现在他也主动联系亲友取消了宴请。\n"
        "共度时艰 战胜疫情\n"
        "出品:青禾县融媒体中心\n"
        "还没有评论,快来抢沙发吧!"
    )
    page = clean_page(text)
    assert page.title == "这个乡村新风尚,get!" and page.body.startswith("青禾镇东坡村")


def test_a_verb_and_its_object_after_a_name_jieba_found():
    """儿子黄亮/nr|办/v|婚宴: 办 is the verb, no third character of the name."""
    assert "柯亮" in _people("他本来定在正月十九给儿子柯亮办婚宴。")


def test_a_three_character_name_ending_like_a_section():
    """小区的黄孝科/nr|本来…: a name jieba tagged whole may end in 科; 宣传科 is a section."""
    assert "黄孝科" in _people("大丰小区的黄孝科本来定在正月十九办婚宴。")
    assert not _people("宣传科本来就忙。")


def test_a_medicine_and_a_familiar_form_are_no_people():
    """连花清|瘟胶囊; 鲁爹爹 (the Hubei form of address); 原|计划 (originally planned)."""
    assert not _people("居民送来布洛芬、连花清瘟胶囊等药品。村民鲁爹爹也来了。村民刘女士原计划正月初六办宴。")


def test_a_street_the_divisions_list_whose_name_opens_with_a_verb():
    """跃进/v|村|街道 (重庆大渡口区): listed, so no verb phrase."""
    assert "跃进村街道" in _places("3月6日下午,跃进村街道东正社区网格员来到老人家中。")


def test_a_city_cut_out_of_a_river_named_after_a_county():
    """瑞/ns|丽江/ns … 瑞丽: the river of 瑞丽 (瑞丽江), no 丽江."""
    places = _places("德宏州瑞丽市的志愿者都来了。瑞丽江环绕的瑞丽姐告与邻国相望。7月4日,瑞丽的疫情再起。")
    assert "丽江" not in places and "瑞丽" in places


def test_words_newer_than_jiebas_dictionary_are_words():
    """微信群和张贴…: 微|信群 was a name, and 张贴 (to post, tagged nr) its partner in a row of two."""
    assert not _people("每天通过广播、微信群和张贴防疫宣传页,向村民宣传防控知识。")


def test_a_towns_last_character_opens_no_district():
    """店下镇|海田村: 镇海 (a district of 宁波) is cut across the town and its village."""
    places = _places("无独有偶,店下镇海田村的村民即将出嫁。")
    assert {"店下镇", "海田村"} <= places and "镇海" not in places


def test_a_wish_names_no_city():
    """愿你们|安康: a wish; 陕西安康 stays the city."""
    assert not _places("疫情防控劝导点上的一道风景线,愿你们安康!")
    assert "安康" in _places("陕西安康的志愿者来了。")


def test_verbs_of_moving_people_before_the_unit_word():
    """推动|社区—业委会…, 安抚|社区老人, 镇|联村干部: no community, no village."""
    assert not _places("荷城推动社区—业委会—志愿楼长实现层级管理,安抚社区老人情绪。")
    assert not _places("该村组建县驻村干部、镇联村干部、村干部等25人的队伍。")


def test_a_sites_operator_line_is_chrome():
    from archive.ingest.chrome import is_boilerplate

    assert is_boilerplate("青禾国信资讯中心 主办 | 政讯通·全国")


def test_he_glued_to_a_name_the_story_names_bare_elsewhere():
    """李荣和/nrfg|戈建秀: the conjunction between two names, where 李荣 speaks alone later; 和 before an
    adverb ends a name only when the story never names the two characters without it."""
    people = _people("是柯荣和戈建秀两人连续上岗的第18天。柯荣和戈建秀就拿出口罩。柯荣说,太累了。")
    assert {"柯荣", "戈建秀"} <= set(people) and "柯荣和" not in people
