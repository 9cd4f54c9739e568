"""Organisations and places, issue 12 round ten: outlets the story names, heads with no owner,
compounds named by their suffix, zones written with their city, a city's short form after a name.

Pure; no database. Every sentence is written for these tests (青禾, 绿柳, 清河 and the people are
invented); real divisions (西宁, 南宁, 西安市) stand where the rule depends on the gazetteer.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def _kinds(text: str) -> dict[str, str]:
    return {o.name: o.kind for o in extract(text).organizations}


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


# An outlet the story names as an actor: its reporter told or interviewed, a report


def test_an_outlet_whose_reporter_the_story_names_is_an_organisation():
    assert _kinds("韦晓岚告诉清河晚报记者，物资一开始很缺。") == {"清河晚报": "media"}
    assert "青禾日报" in _orgs("骆志平在接受青禾日报APP记者采访时说，党员要带头。")
    assert "绿柳新闻网" in _orgs("他向绿柳新闻网记者介绍，社区有三千户居民。")
    assert "清河晚报" in _orgs("据清河晚报报道，青松社区已经解封。")
    # (a photograph's credit, 资料图，青禾通讯社记者 甲 摄, names the outlet that took it: metadata, as the
    # annotation conventions settled from heldout30 on say; see test_extract_round25)


def test_a_reporter_without_an_outlet_or_with_the_papers_own_names_no_organisation():
    # the dateline names the page's own outlet (metadata: its source), not an organisation of the story
    assert "清河晚报网" not in _orgs("清河晚报网5月6日讯 青松社区的早晨从六点开始。")
    assert _orgs("村民告诉记者，菜很新鲜。") == []
    assert _orgs("他接受本报记者采访时说，大家都很辛苦。") == []
    assert _orgs("她对当地媒体记者说，社区一切正常。") == []
    assert _orgs("据了解，青松社区有三千户居民。") == []
    assert _orgs("他跟着电视台记者走进社区。") == []  # 跟着 is one word: no outlet opens after 跟
    assert _orgs("据村里的广播台消息，明天停水。") == []


# A city's short form after a proper name (a direction opens 西宁, 南宁: no part of an estate)


def test_a_citys_short_form_after_a_name_is_a_place():
    assert "西宁" in _places("志愿者骆志平西宁人，今年33岁。")
    assert "南宁" in _places("韦晓岚南宁出生，在青松社区工作。")


def test_the_east_part_of_an_estate_is_still_no_district():
    assert "东区" not in _places("绿柳花园东区的居民排队做核酸。")


# A head with no owner, an area of a city, a compound named after a body


def test_a_head_that_only_names_a_sector_is_no_organisation():
    assert _orgs("全市有2家行业党委的党员报名。") == []
    assert "物业行业党委" in _orgs("物业行业党委组织党员值守。")


def test_a_citys_sub_centre_is_no_body():
    assert _orgs("这里是城市副中心的核心区，青禾镇紧挨着它。") == []
    assert "绿柳社区服务中心" in _orgs("绿柳社区服务中心的工作人员上门服务。")


def test_the_compound_named_after_a_body_is_a_place_not_the_body():
    text = "物资车驶停青禾镇绿柳社区县委大院，9名志愿者卸货。"
    assert _orgs(text) == [] and "县委大院" in _places(text)
    assert "县政府大院" in _places("韦晓岚家在县政府大院。")
    assert "日报社宿舍" in _places("骆志平主动请缨，“出战”日报社宿舍这个小区。")
    text = "她住在邻里中心小区。"
    assert _orgs(text) == [] and _places(text) == ["邻里中心小区"]
    assert _places("学生宿舍的灯亮了，这个大院很安静。") == []


# Zones written with their city or district; a compound's name opening with a state word


def test_a_zone_after_its_city_in_full_is_the_zone_and_the_city():
    places = _places("绿柳小区位于西安市高新区青禾街道，有5000余户。")
    assert {"西安市", "高新区", "青禾街道"} <= set(places) and "西安市高新区" not in places
    assert "长沙高新区" in _places("长沙高新区的企业复工了。")  # the short form names the zone with it


def test_a_new_area_named_after_a_district_is_named_whole():
    places = _places("青松社区在杭州市钱塘新区，周边是几个园区。")
    assert "钱塘新区" in places and "钱塘" not in places
    assert "浦东新区" in _places("浦东新区的居民排队做核酸。")


def test_a_state_word_opening_a_compounds_name_is_part_of_it():
    assert "葱茏青郡小区" in _places("西安葱茏青郡小区8号楼的业主们都收到了礼物。")
    assert _places("这是一个干干净净小区。") == []


# A street's office is named from the street, whatever jieba makes of the street's name


def test_a_street_office_keeps_its_district():
    text = "城东区大众街街道办事处的干部韦晓岚说，居民都很配合。"
    assert _orgs(text) == ["城东区大众街街道办事处"]
    assert set(_places(text)) == {"城东区", "大众街街道"}
    assert "城东区青禾镇人民政府" in _orgs("城东区青禾镇人民政府的干部韦晓岚说。")  # a town's keeps it
    assert "保国街" in _places("保国街办事处的干部骆志平说。")


# A body named after the epidemic's official name of early 2020, which holds a 的


# The official name, written in parts here: 新型冠状病毒 + 感染的 + 肺炎.
_NAME = "新型冠状病毒" + "感染的" + "肺炎"


def test_a_body_named_after_the_epidemics_official_name_is_whole():
    text = f"根据平谷区{_NAME}疫情防控指挥部的要求，社区开展排查。"
    assert _orgs(text) == [f"平谷区{_NAME}疫情防控指挥部"]
    text = f"按照市{_NAME}疫情防控工作领导小组的部署，青松社区封闭管理。"
    assert _orgs(text) == [f"市{_NAME}疫情防控工作领导小组"]
    assert _orgs(f"按照{_NAME}疫情防控指挥部的部署，大家居家。") == []
    assert _orgs(f"某县一度是{_NAME}疫情防控的重点县。") == []


# A verb of the genre before 社区, the time zone


def test_devoting_oneself_to_the_community_names_no_community():
    assert _places("党员干部韦晓岚主动报名，投身社区“疫”线。") == []
    assert _places("骆志平扎根社区二十年。") == []


def test_beijing_time_is_no_place():
    assert _places("北京时间2022年9月29日，青松社区开展活动。") == ["青松社区"]
    assert "北京" in _places("他在北京工作了十年，时间过得很快。")


# Words before a village that are no part of its name: a verb before its inside, a preposition before a
# count, a verb of the genre, the township's level word jieba glued on


def test_a_verb_before_the_villages_inside_names_no_village():
    assert _places("他悄悄回家，没惊扰村里的干部。") == []
    assert "绿柳村" in _places("绿柳村里的老人都打了疫苗。")


def test_a_preposition_before_a_count_of_villages_names_none():
    assert _places("绿柳东边跟四村接壤。") == []


def test_tightening_the_villages_duty_names_no_village():
    assert _places("要压实村各小组的防疫责任。") == []


def test_the_townships_level_word_glued_to_a_village_stays_with_the_township():
    places = _places("三原县大程镇荆北村，位于环线旁。")  # jieba: 大程|镇荆北村
    assert "荆北村" in places and "镇荆北村" not in places


# A village's first character that jieba tags a verb, right under its township; a hamlet named by its
# households and terrain; a compound named by its road and number


def test_a_villages_first_character_tagged_a_verb_under_its_township_opens_its_name():
    places = _places("在平谷区大华山镇冲青湖村，大喇叭每天都响。")
    assert "冲青湖村" in places and "青湖村" not in places
    assert "荣升社区" in _places("在青禾镇了解清楚荣升社区的情况。")  # a verb phrase is no name


def test_a_hamlet_named_by_its_households_is_a_place_a_count_is_not():
    assert "万家湾社区" in _places("青禾街道万家湾社区共有居民三千户。")
    assert _places("全区三家社区获得表彰，他去了万家社区。") == []


def test_a_compound_named_by_its_road_and_number_is_a_place():
    assert "青松路41号院" in _places("下沉工作组又转战到青松路41号院，协助医务人员。")
    assert "长宁路1号院小区" in _places("居民住在长宁路1号院小区。")
    assert _places("孩子们在3号院子里玩。") == []


# A group named in quotes by any team word; an estate the sentence says is a compound; a verb that is
# also a city's short form


def test_a_quoted_team_is_a_named_group():
    assert _orgs("二十多位退休教师组成的“青禾巡护队”每晚出动。") == ["青禾巡护队"]  # inside its quotes
    assert _orgs("大家组成了“党员突击队”。") == []


def test_an_estate_the_sentence_says_is_a_compound_is_a_place():
    assert _places("其中绿苑郡是封闭小区，而青禾花园是封控小区。") == ["绿苑郡", "青禾花园"]
    assert _places("这里是老旧小区，这个花园是小区的公共空间。") == []
    assert _places("他说，韦晓岚是小区的楼长。") == []


def test_a_citys_short_form_after_a_negation_is_the_verb():
    assert _places("桌边的盒饭还没来得及开封，早已凉透。") == []
    assert _places("他在开封工作了十年。") == ["开封"]


def test_a_kind_of_estate_with_its_own_name_lost_is_no_place():
    assert _places("禾都花园小区有居民三百户。") == []  # jieba: 禾/ng|都/d|花园|小区
    assert _places("青禾花园小区有居民三百户。") == ["青禾花园小区"]


# A hamlet named by the family that settled it and the lie of the land


def test_a_hamlet_named_by_a_family_and_its_terrain_is_a_place():
    places = _places("涉及平山县韦家庄、骆家沟等地。")
    assert {"韦家庄", "骆家沟"} <= set(places)
    assert "王家湾" in _places("他回到王家湾，看望老母亲。")
    assert _places("大家庄重地宣誓，他家沟通很顺畅。") == []
    assert _places("村民韦家湾说，今年收成好。") == []  # a person so named


def test_every_village_is_no_village():
    assert _places("喇叭村村响，干部户户跑。") == []  # 村村响: the broadcast that reaches every village
    assert "青禾村" in _places("青禾村村委会的干部上门登记。")


def test_a_television_channel_whose_reporter_the_story_names_is_an_organisation():
    assert _orgs("骆志平接受央视记者采访时说，大家都很辛苦。") == ["央视"]
    assert "青禾卫视" in _orgs("韦晓岚对青禾卫视记者说，物资充足。")
    assert _orgs("她接受电视记者采访。") == []
