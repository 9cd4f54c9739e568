"""Extraction (issue 12, forty-third round). Sentences written for these tests."""

from __future__ import annotations

from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places

# People and roles


def test_a_compound_surname_closes_a_row_counted_by_its_post():
    """甲、乙、丙和上官某某4名党员: a compound surname jieba keeps as a word (上官/n) still opens the
    row's last name, and the count's post (党员) is every name's role."""
    people = _people("3月2日,郑立军、韩春燕、邵强和上官红梅4名党员报名到卡口值守。")
    assert set(people) == {"郑立军", "韩春燕", "邵强", "上官红梅"}
    assert all("党员" in roles for roles in people.values())


def test_a_compound_surname_that_is_a_direction_opens_no_name_in_a_row():
    """东方, 西门: compound surnames that are words of direction and place (小区西门和东门) stay words."""
    assert _people("卡口设在小区西门和东门两处,志愿者轮流值守。") == {}


def test_two_names_each_after_the_unit_they_come_from():
    """某站的甲、某校的乙两位同志: a row whose names each follow their unit's 的."""
    people = _people("县农技站的孙立强、镇中心校的黄文明两位老同志主动报名到隔离点服务。")
    assert {"孙立强", "黄文明"} <= set(people)


def test_a_workers_trade_is_the_post_stated_after_the_name():
    """甲是某某工务段某站的一名信号工: the trade (信号工, 巡道工, 电工) is the person's post."""
    people = _people("郝文斌是青禾工务段东坡站的一名信号工。春节期间,郝文斌主动报名守卡口。")
    assert "信号工" in people["郝文斌"]
    assert "电工" in _people("社区的电工秦德胜每天巡查线路。")["秦德胜"]


# Organisations


def test_a_county_stations_for_farming_and_the_railways_sections_are_bodies():
    """某县农机推广站, 某区农机排灌所, 某某工务段, 某某供电段: stations and sections by their suffix."""
    found = _orgs("青禾农机推广站、新城区农机排灌所、东坡工务段和东坡供电段的职工都来了。")
    assert {"青禾农机推广站", "新城区农机排灌所", "东坡工务段", "东坡供电段"} <= found


def test_a_committees_policy_office_and_reform_office():
    """省委政研室(省改革办): the committee's research office and the reform office are bodies."""
    found = _orgs("发布会上,省委政研室(省改革办)负责人邵明远通报了进展。")
    assert {"省委政研室", "省改革办"} <= found


def test_the_townships_where_one_is_stationed_name_no_body():
    """驻在|地|乡镇党委政府: the place one is stationed in (驻在地), and the townships' bodies in
    general; no named body. 某镇党委政府 stays one."""
    assert _orgs("驻村队员每周向驻在地乡镇党委政府汇报。") == set()
    assert "城关镇党委政府" in _orgs("城关镇党委政府高度重视防疫工作。")


# Places


def test_a_community_named_by_a_verb_under_its_street():
    """某街道|致强/v|社区: a word jieba tags a verb, between the street and the community, is its name;
    a verb of the genre there (助力, 服务) is none."""
    assert {"青龙街道", "致强社区"} <= _places("她家所在的青龙街道致强社区组建了一支巡逻队。")
    assert _places("西城街道服务社区居民。") == {"西城街道"}


def test_a_name_before_yu_and_a_date_ends_before_the_preposition():
    """甲于2019年…: 于 opens the time, no character of the name (jieba reads 彬于 as one word)."""
    people = _people("民警颜彬于2020年3月下沉社区。颜彬每天入户排查。")
    assert "颜彬" in people
    assert "颜彬于" not in people


def test_a_verb_and_its_complement_before_the_mask_is_no_name():
    """戴好|口罩, 戴上|口罩: a verb the dictionary holds, its complement and the object; nobody."""
    assert _people("保安提醒每位来访者戴好口罩再登记。") == {}
    assert _people("志愿者戴上口罩出发了。") == {}


def test_the_community_a_body_is_assigned_to_is_a_kind():
    """挂点社区, 包保小区: the unit a cadre or a body is assigned to, no name."""
    assert _places("干警们一早赶到挂点社区帮忙,下午又去了包保小区。") == set()


def test_a_row_of_communities_closed_by_a_count_of_them():
    """某街下辖甲里、乙里、丙北里等20余个社区: each item of the row is a community, named as written."""
    found = _places("干警们分别到达青禾街下辖金桂里、园丁里、华宁北里等20余个社区。")
    assert {"金桂里", "园丁里", "华宁北里"} <= found
    assert _places("党员、志愿者、网格员等20余个社区的人员都来了。") == set()


def test_a_lettered_zone_of_an_estate_named_without_a_unit_word():
    """万科|B区, 满城|新世界|B区: the estate's proper name and its lettered zone; not 方舱医院A区."""
    assert "万科B区" in _places("小伙邵明负责万科B区的核酸采样,天天守在点位上。")
    assert "满城新世界B区" in _places("她住在满城新世界B区。")
    assert _places("方舱医院A区收治病人,核酸检测A区排起了长队。") == set()


def test_an_estate_beside_which_something_stands():
    """某某家园|旁|包子店: the compound named by what stands beside it; 精神家园 stays a phrase."""
    assert "芙蓉家园" in _places("芙蓉家园旁包子店的老板向社区捐了一千元。")


def test_a_road_grade_before_a_county_name():
    """国道省道|县道: 道县 is a county only where no road's grade ends on its 道."""
    assert _places("县里对域内国道省道县道全部放开。") == set()
    assert "道县" in _places("道县的干部来了。")


def test_kinds_of_teams_and_units_name_no_body():
    """一支|物资保障|服务分队, 各|责任单位党组织, 援助|学校, 街域内超市: kinds, not names."""
    text = (
        "另有一支物资保障服务分队负责送餐。街道整合各责任单位党组织的力量。"
        "除了援助学校以外,街域内超市也开着。"
    )
    assert _orgs(text) == set()


def test_malls_broadcasters_and_a_normal_universitys_short_name():
    """某某商城, 中央广电总台, 某某师大: bodies by their suffix."""
    found = _orgs("周红梅是青禾中旗商城经理,她的儿子毕业于湖南师大,现在中央广电总台工作。")
    assert {"青禾中旗商城", "湖南师大", "中央广电总台"} <= found


def test_the_county_town_and_the_same_or_the_alleys_compounds_are_kinds():
    """县城|饭店, 同一|小区, 弄堂|小区: the county town's restaurant, the same compound, the alleys'."""
    text = "村里有个大姐在县城饭店帮厨。他每天穿行在弄堂小区之间,两口子守在同一小区。"
    assert _orgs(text) == set()
    assert _places(text) == set()


def test_a_verb_and_its_aspect_before_a_mask_and_formerly_before_a_verb_are_no_names():
    """戴着|面罩 (戴著 in traditional script), 原在|某商场上班: no one named."""
    people = _people("老師黃華芳身穿防護服,戴著隔離面罩。妻子邵晓林,原在青禾商场上班。")
    assert set(people) == {"黃華芳", "邵晓林"}


def test_the_next_day_and_every_day_open_no_units_name():
    """得知|隔天|某社区: the next day; 天|天下|村: every day (天天) going down to the village."""
    assert _places("他得知隔天青松社区需要人手。") == {"青松社区"}
    assert _places("那段日子他天天下村劝散打牌的人。") == set()


def test_a_community_named_after_a_county_of_another_province_named_too():
    """黄梅|港社区 where the story names 湖北 too: the community, not the county 黄梅 (in 湖北)."""
    found = _places("刘志华到黄梅港社区走访,劝阻从湖北回来的人员。")
    assert "黄梅港社区" in found
    assert "黄梅" not in found
    assert "湖北" in _places("湖北新社区也在行动。")


def test_national_bodies_named_bare_and_a_students_society():
    """国务院, 供销总社 (bare, like 党中央), 某某文化研习会, a quoted name before 志愿服务团."""
    found = _orgs(
        "他认真领会党中央和国务院的部署。3月2日,供销总社派他押运一批物资。"
        "青禾大学民族文化研习会组织宣讲,大学生组建了“青春战疫”志愿服务团。"
    )
    assert {"国务院", "供销总社", "青禾大学民族文化研习会", "“青春战疫”志愿服务团"} <= found


def test_a_lane_committee_whose_lane_is_tagged_a_locative():
    """某路|吉祥|里/f|居委: the lane's committee, its road the address."""
    assert "吉祥里居委" in _orgs("东湖路吉祥里居委的干部挨家敲门。")


def test_malls_of_town_and_country_and_a_compound_named_for_a_university():
    """某县城乡商城 (the malls of town and country, a kind); 师大新村 (a compound named for the normal
    university, no body); 包保|菱北街道 (the street a body is assigned to, without the verb)."""
    assert _orgs("目前,青禾县城乡商城、餐饮等暂停营业。") == set()
    text = "师大新村的居民排队做核酸。师大新村居委会的干部在维持秩序。"
    assert "师大新村" in _places(text)
    assert "师大" not in {o[-2:] for o in _orgs(text)}
    assert "菱北街道" in _places("区卫健局联系包保菱北街道的两个小区。")


def test_a_townships_management_areas_listed_and_its_levels_after_a_verb():
    """甲管理区、乙管理区: listed as its villages are (得水, a verb, too); 某镇|完善|镇、村、社三级: the
    levels in a row after a verb, no town named 完善镇; 场镇超市: the market town's shops, a kind."""
    found = _places("镇里组织东岭管理区、得水管理区、西沟管理区逐户登记。")
    assert {"东岭管理区", "西沟管理区", "得水管理区"} <= found
    text = "青禾镇完善镇、村、组三级网格,逐一检查场镇超市和饭馆。"
    assert _places(text) == {"青禾镇"}
    assert _orgs(text) == set()


def test_a_couriers_outlet_in_a_compound():
    """某某快递某小区营业点: the outlet is a body by its suffix."""
    assert "圆通青松小区营业点" in _orgs("圆通青松小区营业点的五名快递员仍在岗。")


def test_a_name_ending_in_a_units_character_inside_a_row_of_names():
    """甲、杨镇/nr、乙等三位党员: a name jieba tagged whole between two 、 of a row of names is a name,
    though 镇 ends towns; in a row of towns (某某镇、杨镇、某某镇) it is no person."""
    people = _people("晚饭后,郑立波、杨镇、韩鹏等三位党员又回到楼栋值守。")
    assert {"郑立波", "杨镇", "韩鹏"} <= set(people)
    assert _people("北小营镇、杨镇、李桥镇的干部都来了。") == {}


def test_a_row_of_communities_counted_and_of_a_kind():
    """甲、乙、柳山东几个防火关键社区: each item a community (山东 inside 柳山东 is no province); the
    kind (关键社区) no name."""
    found = _places("在东坪街道的柳山北、柳山南、柳山东、石门坝几个防火关键社区,队员们在巡查。")
    assert {"柳山北", "柳山南", "柳山东", "石门坝"} <= found
    assert not {"山东", "关键社区"} & found


def test_so_many_areas_of_a_kind_are_no_district_named_so():
    """176个|平房区: a count of bungalow areas, not the district 平房区."""
    assert "平房区" not in _places("全市共有300多个小区、90个平房区纳入了排查范围。")
    assert "平房区" in _places("哈尔滨市平房区的志愿者来了。")


def test_a_lane_named_by_its_committee():
    """某路吉祥里居委: the lane 吉祥里 is a place, as 某某居委会 names its neighbourhood; a township's
    sanitation station (某镇环卫站) is a body."""
    assert "吉祥里" in _places("东湖路吉祥里居委的干部挨家敲门。")
    assert "青禾镇环卫站" in _orgs("他是青禾镇环卫站的工人。")


def test_two_names_joined_by_and_then_both():
    """兄弟甲和谢/nr|建业/n|都…: 都 (both) closes the row; jieba read 谢 as a surname here, so the given
    name that is a word (建业) is no verb's object (not 戴|口罩)."""
    people = _people("一起守卡口的同事韦鸿强和谢建业都笑了起来。")
    assert {"韦鸿强", "谢建业"} <= set(people)
    assert _people("志愿者戴口罩上岗,社区书记李明和郑都市都来了。") == {"李明": ["社区书记"]}
