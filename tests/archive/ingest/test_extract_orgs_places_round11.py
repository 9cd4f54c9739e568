"""Organisations and places, issue 12 round eleven: names jieba cuts inside (a community under its street,
a number in a company's name), generic words and verb phrases before a body or unit word.

Pure; no database. Every sentence is written for these tests (青禾, 绿柳, 清河 and the people are
invented); real divisions stand only where the rule depends on the gazetteer.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


# Class 1: a name's leading words lost where jieba cuts it


def test_a_community_written_under_its_street_is_named_by_all_between():
    assert "团结东街社区" in _places("绿柳街道团结东街社区的核酸点今天开放。")
    assert "团结东街社区党委" in _orgs("绿柳街道团结东街社区党委书记韦晓岚说，居民很配合。")
    assert "幸福里村" in _places("绿柳镇幸福里村的村民排队登记。")


def test_a_street_and_a_verb_of_the_genre_name_no_community():
    assert _places("青禾街道服务社区的干部都下沉了。") == ["青禾街道"]
    assert _places("在青禾街道下沉社区一线的党员有三十人。") == ["青禾街道"]
    assert "办事处城里社区" not in _places("青禾街道办事处城里社区的网格员上门。")


def test_a_number_between_a_groups_short_name_and_its_trade_is_in_the_name():
    assert "青禾十二冶金建设有限公司" in _orgs("青禾十二冶金建设有限公司派出了工程队。")
    assert "绿柳三建筑工程公司" in _orgs("骆志平在绿柳三建筑工程公司上班。")
    assert _orgs("湖北十二家医院参加了救治。") == []  # a count of hospitals


# Class 3: generic words and phrases before a body or unit word


def test_a_determiner_or_an_area_before_a_body_names_none():
    assert _orgs("八个工作人员感染了，整个居委会隔离了。") == []
    assert "区域党委" not in _orgs("青松社区党委在区域党委共建群里发布了征集令。")
    assert _places("整个居委会都转入线上办公。") == []


def test_adjectives_before_a_body_describe_it():
    assert _orgs("韦晓岚夜里就睡在寒冷潮湿物业值班室里。") == []
    assert _orgs("大家都说干净整洁食堂吃得放心。") == []
    assert "美好物业公司" in _orgs("他在美好物业公司上班。")  # one adjective: a brand


def test_the_carriers_listed_before_company_are_no_one_body():
    assert _orgs("超市员工、电信移动公司职员和民兵都来了。") == []
    assert _orgs("联通电信公司的师傅在抢修线路。") == []


def test_a_verb_phrase_before_a_unit_word_names_no_place():
    assert _places("负责管理小区的网格员上门检测体温。") == []
    assert _places("一位居民需要透析，但离小区最近的医院停诊了。") == []
    assert _places("他和村干部一起布置村内的防控工作。") == []
    assert "守牢社区" not in _places("点赞文成守牢社区小门的做法。")


# Class 4: places missed — estates and villages named by a road, a township, an odd character


def test_a_work_units_housing_keeps_the_road_it_stands_on():
    assert "青松路税务局宿舍" in _places("骆志平到青松路税务局宿舍走访。")
    assert "绿柳路供电局宿舍" in _places("绿柳路供电局宿舍的老人行动不便。")
    assert "供电局宿舍" in _places("住在供电局宿舍的老人行动不便。")  # no road written: the owner opens it


def test_a_gacha_named_after_its_township_is_the_gacha_whole():
    places = _places("包头市达尔罕茂明安联合旗查干哈达嘎查村口设了执勤点。")
    assert places == ["包头市", "达尔罕茂明安联合旗", "查干哈达嘎查"]


def test_an_estates_last_character_cut_off_by_jieba_stays_in_its_name():
    assert "青泰盛都小区" in _places("在包头市青泰盛都小区门前有一顶帐篷。")
    assert _places("他们都小区门口值守。") == []  # 都 after a pronoun: the adverb


def test_an_estate_after_its_county_town_does_not_open_with_the_towns_character():
    assert "锦绣华府小区" in _places("在咸阳市礼泉县城锦绣华府小区，志愿者消毒。")


def test_an_estate_named_with_its_suffix_is_also_named_alone():
    places = _places("湘江世纪城小区有8个苑区。有着8万人口的湘江世纪城，防控严格。")
    assert places.count("湘江世纪城") == 1 and "湘江世纪城小区" in places


def test_an_ecological_zone_is_a_zone_and_a_rare_character_stays_in_its_name():
    assert "沣滘生态区" in _places("西宁沣滘生态区的企业复工了。")
    assert "湿地生态区" not in _places("这里是湿地生态区，鸟类很多。")
    assert "楼盘小区" not in _places("这是全省最大楼盘小区。")


def test_a_village_whose_village_word_jieba_glued_to_the_next_word_is_named():
    assert "百丈村" in _places("在百丈村大喇叭里天天播放快板。")
    assert "韦家坪村" in _places("最终在韦家坪村口处拦下了摩托车。")
    assert _places("傣族村民一早就穿好防护服。") == []  # 村民: a word of its own
    assert _places("这是一个典型的抵边村寨。") == []
    assert _places("他当了三年村委委员。") == []


def test_names_listed_before_several_units_of_one_kind_are_such_units():
    places = _places("她到柳庄、杨岗、三里岗等多个社区采样。")
    assert places == ["柳庄", "杨岗", "三里岗"]
    assert _places("他走访了三个、五个等多个社区。") == []


# Organisations: standard short names, and heads that say whose or what for


def test_the_non_party_intellectuals_association_by_its_name_and_short_name():
    assert _orgs("清河区党外知识分子联谊会（简称清河区知联会）发起了捐款。") == [
        "清河区党外知识分子联谊会",
        "清河区知联会",
    ]


def test_a_kin_before_a_body_and_a_hotels_use_name_no_body():
    assert _orgs("韦晓岚在女儿学校的家长群里看到通知。") == []
    assert _orgs("他在儿子公司帮忙。") == []
    assert _orgs("该病例是集中隔离酒店的保洁员。") == []
    assert _orgs("骆志平住在青禾酒店。") == ["青禾酒店"]


# Class 2: a clause glued into a body's name


def test_what_people_were_made_into_is_no_bodys_name():
    assert _orgs("韦晓岚把年轻居民发展成志愿服务队。") == []
    assert _orgs("骆志平把退休党员组建成巡逻队。") == []


# Class 5: a district's full name closing a longer place name jieba reads as one word


def test_a_division_inside_a_longer_place_name_is_no_division():
    assert _places("香港九龙城区的居民排队检测。") == ["香港", "九龙城区"]
    assert _places("香港九龍城區的居民排隊檢測。") == ["香港", "九龍城區"]
    assert _places("他来到成都市武侯区。") == ["成都市", "武侯区"]


def test_a_title_and_a_second_body_are_no_part_of_a_bodys_name():
    orgs = _orgs("青禾街道绿柳社区党委书记兼居委会主任韦晓岚说，大家很配合。")
    assert "绿柳社区党委" in orgs and not any("书记" in o for o in orgs)
    assert not any("书记" in p for p in _places("青禾街道绿柳社区党委书记兼居委会主任韦晓岚说。"))


def test_a_city_in_a_persons_given_name_is_no_place():
    assert "桂林" not in _places("村支书韦桂林说，大家要戴口罩。")
    assert "桂林" in _places("骆志平说，桂林的游客少了。")


def test_a_word_for_a_units_people_and_a_glued_function_character_are_no_part_of_a_name():
    assert _places("村民骆志平在电话中向村干部说明情况。") == []
    assert "青禾村" in _places("青禾村干部带头值守。")  # a proper name before the word: the village's cadres
    places = _places("较场村驻村工作队来了。因较场村地处山区，村民分散。")
    assert "较场村" in places and "因较场村" not in places
