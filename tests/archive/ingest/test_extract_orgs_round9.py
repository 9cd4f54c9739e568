"""Organisations and places, issue 12 round nine: kinds of body, rooms, quoted kinds, heads of names.

Pure; no database. Every sentence is written for these tests (青禾, 绿柳 and the people are invented);
real divisions (郸城县, 平谷区, 大华山镇, 鹿邑, 太康) stand where the rule depends on the gazetteer.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


# Kinds of body the suffix list lacked: a Party group, a police post, a field office, a developer


def test_a_party_group_of_a_compound_is_a_body():
    assert "绿柳小区临时党小组" in _orgs("绿柳小区临时党小组的党员帮居民代购。")
    assert "绿柳小区党小组" in _orgs("绿柳小区党小组组织党员值守。")
    assert "红星楼党小组" in _orgs("红星楼党小组每天巡查楼道。")


def test_a_bare_party_group_is_no_name():
    assert _orgs("党小组的成员每天巡查楼道。") == []


def test_a_police_post_a_field_office_and_a_developer_are_bodies():
    assert "青禾镇便民警务站" in _orgs("青禾镇便民警务站的民警带队巡逻。")
    assert "县交通局青禾公路管理所" in _orgs("骆志平是县交通局青禾公路管理所的职工。")
    assert "青禾置业" in _orgs("青禾置业捐赠了一批口罩。")


# A kind of group in quotes, a group by its size


def test_a_kind_of_group_in_quotes_is_no_name():
    assert _orgs("青禾村组建了“党员突击队”守卡口。") == []
    assert _orgs("楼长们组成“三人小组”轮流送菜。") == []
    assert _orgs("楼里组建了“五人小组”轮流值守。") == []


def test_a_named_group_in_quotes_stays():
    assert _orgs("“兰花热心小组”的成员每天上门。") == ["兰花热心小组"]  # the name inside its quotes


# The body of an unnamed town, a verb before a bare kind, a mall, a clinic by its kind


def test_the_body_of_an_unnamed_town_with_what_it_does_is_a_kind():
    assert _orgs("青禾村按照县、镇疫情防控指挥部要求设卡。") == []
    assert _orgs("乡疫情防控指挥部连夜开会。") == []


def test_a_named_towns_body_stays():
    assert "青禾镇防疫指挥部" in _orgs("青禾镇防疫指挥部连夜开会。")


def test_a_verb_before_a_bare_kind_of_body_names_nothing():
    assert _orgs("遇到纠纷可以联系派出所调解。") == []
    assert _orgs("找不到房东的,请协助居委会核实。") == []


def test_a_verb_before_a_named_body_is_not_part_of_its_name():
    assert "青禾派出所" in _orgs("找不到的就联系青禾派出所查询。")


def test_a_mall_and_a_clinic_by_its_kind_are_no_bodies():
    assert _orgs("志愿者在青禾广场购物中心发放口罩。") == []
    assert _orgs("居民可以去发热门诊医院就诊。") == []


# A room of a body's building; a person's title before a body's own name


def test_a_room_in_a_bodys_building_names_the_body():
    assert _orgs("青禾村委会办公楼三楼办公室里堆满了物资。") == ["青禾村委会"]
    assert _orgs("会议在绿柳村委会3楼办公室召开。") == ["绿柳村委会"]


def test_a_title_before_a_bodys_own_name_is_not_part_of_it():
    orgs = _orgs("帮扶单位干部共青团郸城县委副书记骆志平来到社区。")
    assert "共青团郸城县委" in orgs
    assert not any(o.startswith("干部") for o in orgs)


def test_a_title_word_inside_a_teams_name_stays():
    assert "青禾社区党员志愿服务队" in _orgs("青禾社区党员志愿服务队每天上门。")


# Places: a compound or village opening a longer neighbourhood's name; kinds of unit; the register


def test_a_compound_opening_a_communitys_name_is_no_place_of_its_own():
    assert _places("静安区绿柳新村社区的志愿者还有不少。") == ["静安区", "绿柳新村社区"]
    assert _places("蜀山区青禾世纪村小区实行封闭管理。") == ["蜀山区", "青禾世纪村小区"]


def test_the_compound_named_alone_elsewhere_is_still_a_place():
    places = _places("韦晓岚住在青禾新村居民区,青禾新村的楼道很干净。")
    assert "青禾新村居民区" in places and "青禾新村" in places


def test_a_kind_of_unit_is_no_place():
    assert _places("青禾社区属于混合型社区,平房和楼房都有。") == ["青禾社区"]
    assert _places("绿柳小区是开放式小区,人员进出频繁。") == ["绿柳小区"]
    assert _places("这里是学习型社区建设的示范点。") == []


def test_the_national_lists_heading_for_districts_is_no_place():
    assert _places("这座城市的9个市辖区都开展了核酸检测。") == []


def test_a_verb_with_a_town_word_is_no_place():
    assert _places("村口由老党员韦晓岚坐镇。") == []


def test_a_one_character_county_read_as_a_conjunction_is_no_place():
    assert _places("他从镇上和县里带回了消息。") == []


def test_a_township_in_full_hides_the_shorter_name_it_ends_with():
    places = _places("平谷区大华山镇驻村干部开展工作。")
    assert "大华山镇" in places and "华山镇" not in places


# A street office by its short form; a street by its name alone; a numbered post


def test_a_street_office_by_its_short_form_is_a_body_and_names_its_street():
    text = "绿柳门街办的干部连夜上门。"
    assert _orgs(text) == ["绿柳门街办"]
    assert _places(text) == ["绿柳门"]


def test_a_bare_street_office_names_nothing():
    assert _orgs("街办的干部来到小区。") == []


def test_a_street_named_in_full_is_also_named_alone():
    assert _places("洋泾街道的党员入户宣讲,让志愿精神在洋泾传扬。") == ["洋泾街道", "洋泾"]


def test_a_streets_name_opening_a_longer_name_is_not_the_street():
    assert "洋泾" not in _places("洋泾街道的党员来到洋泾中学门口。")


def test_a_post_numbered_under_its_places_name_keeps_the_number():
    assert _orgs("由韦庄18号便民警务站站长韦晓岚任党小组长。") == ["韦庄18号便民警务站"]


def test_a_convenience_post_of_no_named_place_is_a_kind():
    assert _orgs("发热门诊、便民服务中心都已开放。") == []
    assert _orgs("便民警务站的民警来到小区。") == []


# A branch named right after the body it belongs to


def test_a_bank_branch_after_its_parent_branch_is_named_with_it():
    assert _orgs("农行河南省分行郸城支行的员工在卡点值守。") == ["农行河南省分行郸城支行"]


def test_a_tax_branch_after_its_county_bureau_is_named_with_it():
    assert _orgs("郸城县税务局城关税务分局的干部下沉社区。") == ["郸城县税务局城关税务分局"]


def test_two_bodies_joined_by_a_conjunction_stay_two():
    orgs = _orgs("郸城县税务局和城关派出所的干部下沉社区。")
    assert "郸城县税务局" in orgs and not any(o.startswith("郸城县税务局和") for o in orgs)


# Divisions listed by their short forms and closed by their count; a city's zone listed bare


def test_each_item_of_a_list_closed_by_its_count_of_counties_is_a_county():
    assert _places("青禾村地处郸城、鹿邑、太康三县交界。") == ["青禾村", "郸城", "鹿邑", "太康"]


def test_a_list_of_people_closed_by_a_count_names_no_place():
    assert _places("韦晓岚、骆志平两人在路口值守。") == []


def test_a_citys_own_zone_listed_bare_among_its_districts_is_a_place():
    assert _places("合肥的高新区,蜀山区,包河区都按下暂停键。") == ["合肥", "高新区", "蜀山区", "包河区"]


def test_zones_in_general_are_no_place():
    assert _places("各地高新区都在招商。") == []


# A body of a kind of community (城市社区) is no named community; a team named by who sends it


def test_a_kind_of_community_inside_a_towns_body_does_not_cut_it():
    assert _orgs("骆志平是韦庄镇城市社区银发艺术团团长。") == ["韦庄镇城市社区银发艺术团"]


def test_a_named_community_under_its_street_is_still_its_own_unit():
    assert _orgs("芷江西路街道普善路居民区党总支书记韦晓岚上门。") == ["普善路居民区党总支"]


def test_a_team_is_named_by_the_body_that_sends_it():
    assert _orgs("韦晓岚是市直机关支援郸城防疫志愿服务队的队员。") == ["市直机关支援郸城防疫志愿服务队"]
    assert _orgs("郸城县支援武汉医疗队的队员凯旋。") == ["郸城县支援武汉医疗队"]


def test_people_supporting_a_team_are_not_its_name():
    assert _orgs("他们积极支援郸城志愿服务队的工作。") == ["郸城志愿服务队"]
    assert _orgs("医疗队的队员凯旋。") == []


# A community named after its street; a work unit's housing; the parts of an estate


def test_a_community_named_after_its_street_is_a_place():
    assert "和谐街社区" in _places("郸城县和谐街社区的居民排队做核酸。")


def test_a_civilised_community_as_a_title_is_no_place():
    assert _places("这里是文明社区示范点。") == []


def test_a_work_units_housing_is_a_compound():
    assert "供电局宿舍" in _places("骆志平每天守在供电局宿舍门口。")
    assert "师大宿舍" in _places("家住师大宿舍的韦晓岚是青禾社区的一名党员。")


def test_dormitories_of_a_kind_of_people_are_no_places():
    assert _places("学生宿舍和职工宿舍都已消杀。") == []


def test_the_east_and_west_parts_of_an_estate_are_no_districts():
    places = _places("韦庄东区的居民由他负责,韦庄西区由骆志平负责。")
    assert "东区" not in places and "西区" not in places
    assert "韦庄东区" in places and "韦庄西区" in places


def test_districts_named_east_and_west_under_their_city_stay():
    places = _places("攀枝花市东区和西区的志愿者上门。")
    assert "东区" in places and "西区" in places


# A village named by its committee's full short form (某村委会)


def test_a_village_before_its_committee_is_named_with_its_village_word():
    assert "青禾村" in _places("韦庄镇东湖社区、青禾村委会第3组已解除管控。")
    assert "青禾" not in _places("青禾村委会的干部上门。")


def test_a_neighbourhood_before_its_residents_committee_keeps_its_own_name():
    assert _places("三星坊居委会的干部上门。") == ["三星坊"]
