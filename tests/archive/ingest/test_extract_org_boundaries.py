"""Where an organisation's name starts and ends, one test per class of boundary (issue 12).

Pure; no database. Every sentence is written for these tests: the bodies, shops, teams and people are
invented; real divisions (岳阳市, 汉寿县, 岳阳楼区) stand where the national list is the point, because
a name's start often depends on the place before it being known.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def _kinds(text: str) -> dict[str, str]:
    return {o.name: o.kind for o in extract(text).organizations}


# Where a name starts


def test_a_name_starts_after_a_verb_or_a_preposition_and_keeps_its_place():
    assert _orgs("受岳阳楼区卫健委委派，医生们来到社区。") == ["岳阳楼区卫健委"]
    assert _orgs("据岳阳市民政局介绍，物资已发放到户。") == ["岳阳市民政局"]
    assert _orgs("他联系了岳阳县人民医院，把老人送去治疗。") == ["岳阳县人民医院"]


def test_a_word_for_a_kind_of_partner_before_a_name_is_no_part_of_it():
    assert _orgs("共建单位岳阳市税务局派出党员干部。") == ["岳阳市税务局"]
    assert _orgs("爱心商户岳阳万家乐超市捐赠蔬菜。") == ["岳阳万家乐超市"]


def test_a_county_department_keeps_its_county_when_jieba_abbreviates_its_field():
    assert _orgs("汉寿县交通运输局组织车辆运送物资。") == ["汉寿县交通运输局"]


def test_a_unit_of_a_body_is_named_with_the_body_it_belongs_to():
    assert _orgs("汉寿县公安局交警大队民警在卡口值守。") == ["汉寿县公安局交警大队"]
    assert _orgs("岳阳市公安局岳阳楼分局东茅岭派出所的民警上门。") == ["岳阳市公安局岳阳楼分局东茅岭派出所"]


def test_a_team_named_right_after_its_body_is_named_with_the_body():
    assert _orgs("化学工程学院星河逐光服务队在社区举办讲座。") == ["化学工程学院星河逐光服务队"]
    assert _orgs("岳阳市人民医院青年突击队奔赴一线。") == ["岳阳市人民医院青年突击队"]


def test_people_and_the_verb_of_the_sentence_never_name_a_team():
    assert "物业" not in "".join(_orgs("街道选派干部，与135名物业人员组建服务队。"))


def test_the_names_of_partners_joined_by_a_dot_are_one_name():
    assert _orgs("华宇置业·清河·锦绣花园服务中心的员工参与值守。") == ["华宇置业·清河·锦绣花园服务中心"]
    assert _orgs("华宇置业·锦江·九里兰亭物业公司的员工参与值守。") == ["华宇置业·锦江·九里兰亭物业公司"]


def test_a_word_of_numerals_before_a_proper_name_is_part_of_the_name_but_a_count_is_not():
    assert _orgs("锦江九里兰亭物业公司的员工参与值守。") == ["锦江九里兰亭物业公司"]
    assert _orgs("两个青禾社区党支部联合行动。") == ["青禾社区党支部"]


# Where a name ends


def test_a_name_ends_before_a_post_title():
    assert _orgs("岳阳市人民医院感染科主任钟岳明说。") == ["岳阳市人民医院"]
    assert _orgs("岳阳楼区人民检察院党组书记、检察长王强带队。") == ["岳阳楼区人民检察院"]


def test_a_name_ends_before_a_particle_or_a_conjunction():
    assert _orgs("岳阳市第一人民医院的医生和岳阳市红十字会的志愿者一起出发。") == [
        "岳阳市第一人民医院",
        "岳阳市红十字会",
    ]
    assert _orgs("岳阳市委组织部与市委宣传部联合发文。") == ["岳阳市委组织部", "市委宣传部"]


def test_a_name_ends_before_a_count_of_people():
    assert _orgs("岳阳市人民医院10名医护人员驰援汉寿县。") == ["岳阳市人民医院"]


def test_a_bodys_office_is_the_body_but_a_government_office_is_a_body_of_its_own():
    assert _orgs("清河大厦物业办公室的工作人员正在统计。") == ["清河大厦物业"]
    assert _orgs("当天，市税务局办公室副主任赵小川带队上门。") == ["市税务局"]
    assert _orgs("岳阳市人民政府办公室发布通知。") == ["岳阳市人民政府办公室"]


def test_a_shorter_suffix_never_hides_a_longer_one_it_overlaps():
    assert _orgs("共青团岳阳市委员会发出倡议。") == ["共青团岳阳市委员会"]
    assert _orgs("社区又组织老协会员上街巡逻。") == []  # 老|协会|员: members, not a 协会


# Bodies that are no names


def test_the_body_of_an_unnamed_village_or_community_is_a_kind_not_a_name():
    assert _orgs("喇叭里传来村党支部书记的提醒。") == []
    assert _orgs("当地社区党组织连夜成立突击队。") == []
    # (镇政府, the town's own government named relatively, is a body since the twenty-third round:
    # test_extract_round23.test_a_town_s_and_a_street_s_organs_named_relatively_are_bodies)


def test_the_property_management_of_a_named_compound_is_no_name_of_its_own():
    assert _orgs("青松小区物业的工作人员正在统计。") == []
    assert _orgs("青松小区物业办公室的几位楼长正在统计。") == []  # nor does its office
    assert _orgs("锦绣物业公司的员工参与消杀。") == ["锦绣物业公司"]


def test_a_head_that_only_says_what_kind_of_eatery_or_home_it_is_is_no_name():
    assert _orgs("附近的一家小饭店每天送来盒饭。") == []
    assert _orgs("志愿者们来到岳阳市儿童福利院看望孩子。") == ["岳阳市儿童福利院"]


# Kinds of bodies the genre names


def test_bank_branches_are_named_with_their_bank():
    assert _orgs("中国农业银行岳阳支行捐款五万元。") == ["中国农业银行岳阳支行"]
    assert _orgs("中国工商银行岳阳分行组织党员志愿者。") == ["中国工商银行岳阳分行"]


def test_charities_cooperatives_care_homes_customs_and_the_cppcc_are_bodies():
    assert _orgs("岳阳市慈善总会接收捐款一百万元。") == ["岳阳市慈善总会"]
    assert _orgs("岳阳市供销合作社联合社组织货源。") == ["岳阳市供销合作社联合社"]
    assert _orgs("汉寿县敬老院的老人们接种了疫苗。") == ["汉寿县敬老院"]
    assert _orgs("岳阳海关加强了检疫。") == ["岳阳海关"]
    assert _orgs("岳阳楼区政协组织委员捐款。") == ["岳阳楼区政协"]


def test_an_eatery_with_a_name_is_a_company():
    assert _kinds("兰溪宏远老菜馆为医护人员送去盒饭。") == {"兰溪宏远老菜馆": "company"}


def test_a_middle_school_by_its_number_is_a_school():
    assert _kinds("市一中的老师参与志愿服务。") == {"市一中": "school"}
    assert _orgs("岳阳县二中的老师在线授课。") == ["岳阳县二中"]
    assert _orgs("城管执法局三中队的队员守卡。") == ["城管执法局"]  # 三|中队: a squadron


def test_a_field_jieba_reads_as_an_adjective_and_verb_is_part_of_a_name():
    assert _orgs("岳阳市特殊教育学校的老师送教上门。") == ["岳阳市特殊教育学校"]
    assert _orgs("各单位积极响应县委号召。") == ["县委"]  # an adverb and a verb: the sentence


def test_two_fields_joined_by_he_keep_their_district_when_jieba_tags_a_field_a_place():
    assert _orgs("岳阳楼区城市管理和综合执法局组织队员。") == ["岳阳楼区城市管理和综合执法局"]


def test_farming_and_the_countryside_is_a_field_not_a_village_under_the_city():
    assert _orgs("岳阳市农业农村局派出技术人员。") == ["岳阳市农业农村局"]


def test_a_suffix_jieba_glued_to_the_particle_after_it_still_ends_a_name():
    assert "新时代文明实践所" in "".join(_orgs("东茅岭街道新时代文明实践所的志愿者上门服务。"))


def test_a_civil_rescue_team_is_a_volunteer_body():
    assert _kinds("岳阳市蓝天救援队队员参与消杀。") == {"岳阳市蓝天救援队": "volunteer"}
