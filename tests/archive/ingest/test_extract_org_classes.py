"""Organisations and places by class: bodies we missed and names cut at the wrong place (issue 12).

Pure; no database. Every sentence is written for these tests: the bodies, shops, teams and people are
invented (青禾, 绿柳); real divisions (岳阳市, 汉寿县, 陆丰市, 丰台) stand where a name's start depends on
the place before it being known.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


# Names a converter's pinyin gloss runs through: recorded as the page prints them


def test_an_organisation_or_place_a_gloss_runs_through_is_recorded_as_printed():
    text = "青禾鎮黨委組織幹部，綠柳社區(qū)黨支部書記王某某帶隊，岳陽(yáng)市的物資已到。"
    assert _orgs(text) == ["青禾鎮黨委", "綠柳社區(qū)黨支部"]
    assert "岳陽(yáng)市" in _places(text)


# Where a name starts


def test_a_body_named_on_behalf_of_by_a_person_does_not_take_the_person_or_the_verb():
    assert not any("代表" in o or "王" in o for o in _orgs("校工会主席王某某代表校党委来到青禾社区。"))


def test_a_preposition_glued_to_a_bare_kind_of_body_names_nothing():
    assert _orgs("经党总支委会研究讨论后，决定派他参加。") == []


def test_a_preposition_jieba_glued_to_the_body_before_does_not_open_a_name():
    assert not any(o.startswith("协由") or "老协由" in o for o in _orgs("街道老协由艺术团团长王某某负责。"))


def test_the_site_word_of_the_noun_before_does_not_open_a_name():
    text = "核酸采样点青禾镇中心小学教师李某某喊道。"
    assert _orgs(text) == ["青禾镇中心小学"]
    assert _places(text) == ["青禾镇"]


def test_a_company_keeps_the_county_level_city_of_its_registered_name():
    text = "政协委员、陆丰市青禾实业有限公司董事长王某某捐赠口罩。"
    assert "陆丰市青禾实业有限公司" in _orgs(text)


# Bodies we did not find


def test_a_school_after_a_list_of_posts_is_found_after_a_suffix_that_ended_inside_a_word():
    assert _orgs("绿柳文化支部委员、第九中学教务处主任王某某守在校门。") == ["绿柳文化支部", "第九中学"]


def test_a_department_named_by_its_field_alone_is_a_body_but_the_second_field_of_a_name_is_not():
    assert _orgs("护士们在卫健局培训后出发，民政局送来物资。") == ["卫健局", "民政局"]
    assert "规划局" not in _orgs("自然资源和规划局派人测绘。")
    assert _orgs("派出所民警和事务局的人一起上门。") == []


def test_a_branch_of_a_hospital_is_named_with_the_hospital():
    assert _orgs("岳阳口腔医院青禾分院积极参与疫情防控。") == ["岳阳口腔医院青禾分院"]


def test_the_democratic_parties_are_named_as_whole_words_with_their_committees_and_branches():
    assert _orgs("民进青禾总支组织会员参与防控，展现民进的担当。") == ["民进青禾总支", "民进"]
    assert _orgs("多人被民盟中央、民盟岳阳市委表彰。") == ["民盟中央", "民盟岳阳市委"]
    assert _orgs("送去了丰台民革的关心。") == ["丰台民革"]
    assert _orgs("居民建设家园，市民进入小区。") == []


def test_a_committee_written_with_会_and_a_numbered_branch_at_a_level_are_whole_names():
    text = "民革湖南省直二支部响应民革湖南省委会的倡议，致公党市直五支部党员也来了。"
    assert _orgs(text) == ["民革湖南省直二支部", "民革湖南省委会", "致公党市直五支部"]


def test_a_body_of_the_provincial_organs_keeps_its_province():
    assert "河南省直文联" in _orgs("由河南省直文联副秘书长王某某带队慰问。")


def test_senior_schools_and_arts_bodies_are_found_by_their_suffix():
    assert _orgs("青禾高中的老师和绿柳画院的画家一起值守。") == ["青禾高中", "绿柳画院"]


# Places


def test_a_verb_phrase_a_batch_or_an_assigned_block_before_a_unit_word_is_no_place():
    assert _places("各小区党支部都积极响应社区的倡议。") == []
    assert _places("她主动召集一批小区居民做志愿者。") == []
    assert _places("确保包片小区全员按时完成检测。") == []


def test_a_village_named_by_a_number_of_households_is_a_place_and_names_its_party_branch():
    text = "汉寿县青禾镇八家子村党总支副书记王某某说。"
    assert "八家子村" in _places(text)
    assert _orgs(text) == ["八家子村党总支"]


def test_a_team_a_body_stations_somewhere_is_named_with_the_whole_body():
    assert _orgs("岳阳市司法局驻青禾村工作队队长王某某上门。") == ["岳阳市司法局驻青禾村工作队"]
    assert _orgs("汉寿县司法局驻青禾村工作队队长王某某上门。") == ["汉寿县司法局驻青禾村工作队"]


def test_the_disease_control_centre_by_its_short_name_is_a_body():
    assert _orgs("市疾控派出专家指导消杀。") == ["市疾控"]


def test_shops_lodgings_and_site_offices_are_bodies_but_a_kind_of_shop_is_not():
    assert _orgs("青禾宾馆被征用为隔离点，绿柳加油站和青松书店捐赠物资。") == [
        "青禾宾馆",
        "绿柳加油站",
        "青松书店",
    ]
    assert _orgs("附近商店都关门了。") == []


def test_a_conjunction_jieba_glued_to_a_name_is_no_part_of_it():
    assert _orgs("爱心人士王某某和青禾面馆老板一起送餐。") == ["青禾面馆"]
    assert _orgs("和平社区党支部组织党员。") == ["和平社区党支部"]


def test_partners_joined_by_dots_are_named_from_the_first_partner_however_jieba_cut_it():
    assert _orgs("由华宇置地·清河·九里芳华项目部承建。") == ["华宇置地·清河·九里芳华项目部"]
    assert _orgs("召集岳阳文兴·清韵物业的员工开会。") == ["岳阳文兴·清韵物业"]


def test_a_preposition_jieba_glued_to_a_community_is_no_part_of_its_name():
    assert _places("董事长王某某向祥园社区捐献口罩。") == ["祥园社区"]
    assert _places("向阳社区的志愿者在值守。") == ["向阳社区"]


def test_a_compound_that_names_a_street_is_not_a_place_of_its_own():
    places = _places("志愿者守在城关区团结新村街道和平社区的卡口。")
    assert "团结新村街道" in places
    assert "团结新村" not in places


def test_a_community_under_its_street_keeps_a_first_character_jieba_tags_a_particle():
    places = _places("李某某每天到河西区桃园街连荣里社区巡查。")
    assert places == ["河西区", "桃园街", "连荣里社区"]


def test_a_towns_own_body_keeps_its_county_and_a_streets_office_its_district():
    assert _orgs("岳阳县青禾镇人民政府组织干部入户。") == ["岳阳县青禾镇人民政府"]
    assert _orgs("岳阳楼区青禾街道办事处组织干部下沉。") == ["岳阳楼区青禾街道办事处"]


def test_a_body_every_county_has_one_of_is_named_bare_but_a_units_own_body_is_not():
    assert _orgs("向中医院的医护人员捐赠牛奶，新联会会员也来帮忙。") == ["中医院", "新联会"]
    assert _orgs("工会为一线职工送去慰问品。") == []


def test_each_name_of_a_list_of_communities_is_a_place_also_one_jieba_reads_as_a_time():
    places = _places("干部下沉到东庆、绿柳、春阳、松阳共4个社区，包保21户。")
    assert {"东庆", "绿柳", "春阳", "松阳"} <= set(places)


def test_a_word_generic_before_a_unit_names_a_town_written_under_its_district():
    assert "先进街道" in _places("金普新区先进街道青禾社区等45个社区解封。")
    assert _places("他所在的村被评为先进社区。") == []


def test_the_peoples_congress_by_its_short_name_is_a_body_but_a_deputys_title_is_not():
    assert _orgs("还有县人大、县法院的干部参与值守。") == ["县人大", "县法院"]
    assert _orgs("市人大代表王某某捐赠物资。") == []


def test_a_quoted_name_before_a_longer_description_of_a_team_is_the_teams_name():
    assert _orgs("“青禾先锋”党员志愿者服务队走上街头。") == ["“青禾先锋”党员志愿者服务队"]
    assert _orgs("大家推选“团长”热心开团。") == []


def test_a_village_of_one_character_is_named_where_its_own_committee_follows():
    assert "青村" in _places("龙岗社区派一名志愿者，青村村支委派一名志愿者。")
    assert _places("全村村委会干部都来了，他回村村委会报到。") == []


def test_a_college_named_by_a_field_jieba_reads_as_a_set_phrase_is_a_body():
    assert _orgs("民进会员、学前教育学院王某某老师参加志愿服务。") == ["民进", "学前教育学院"]


def test_a_two_character_name_jieba_reads_as_numerals_after_a_division_stays_in_the_name():
    names = _orgs("前来帮忙的是兴义市万峰公益协会、安顺市中和社工服务中心的志愿者。")
    assert {"兴义市万峰公益协会", "安顺市中和社工服务中心"} <= set(names)


def test_a_determiner_or_a_count_after_a_division_is_no_name():
    assert "兴义市各个公益协会" not in _orgs("兴义市各个公益协会都派了人。")
    assert "兴义市多家公益协会" not in _orgs("兴义市多家公益协会都派了人。")


def test_a_school_named_after_a_place_keeps_the_district_written_before_it():
    assert "青湖区柳岸中心幼儿园" in _orgs("青湖区柳岸中心幼儿园的老师们也来帮忙。")


def test_a_community_body_under_a_district_is_named_from_its_community():
    names = _orgs("青湖区柳岸社区党委组织了巡逻。")
    assert "青湖区柳岸社区党委" not in names


def test_a_daily_newspapers_office_is_named_whole_and_its_credit_is_no_organisation():
    assert "青川日报社" in _orgs("区妇联、青川日报社党员干部一起值守。")
    assert "青川日报社" not in _orgs("来源：青川日报社")
