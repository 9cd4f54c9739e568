"""Extraction (issue 12, forty-sixth round). Sentences written for these tests."""

from __future__ import annotations

from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places

# People and roles


def test_a_counted_form_of_address_closes_a_list_and_what_follows_is_no_role():
    """甲、乙等十二位同志前往…参与…志愿者工作: 同志 counted after 等 closes the list as 人 does; the
    clause after it says what they went to do, it is no title of theirs."""
    people = _people(
        "学校最后派出王小明、李大成、赵四海等十二位同志前往东风街道幸福社区参与一线防控志愿者工作。"
    )
    for name in ("王小明", "李大成", "赵四海"):
        assert not any("前往" in r or r.startswith("同志") for r in people[name]), people[name]
    assert "老党员" in _people("王小明、李大成等5名老党员在卡口值守。")["王小明"]


def test_joining_the_volunteers_of_a_place_written_in_full():
    """自愿加入某省某市某区某社区志愿者队伍: the ranks joined give the title, however long the place."""
    people = _people("高二学生陈雨欣寒假里自愿加入湖南省长沙市岳麓区望月湖社区志愿者队伍,帮助社区登记。")
    assert any(r.endswith("志愿者") for r in people["陈雨欣"])


def test_titles_after_a_count_run_on_into_one_phrase():
    """甲、乙、丙几位党员老师: the kind counted after the row is 党员老师, both titles (not 党员 alone)."""
    people = _people("后勤处的韦春兰、骆秋菊、覃月娥几位党员老师,周末又去小区帮忙。")
    for name in ("韦春兰", "骆秋菊", "覃月娥"):
        assert "党员老师" in people[name], people[name]


def test_a_surname_character_that_closes_the_title_before_a_row():
    """心理咨询|师邵海、艾新老师: jieba glued 师 (a surname too) to the name; it is the title's last
    character, in a row as alone."""
    people = _people("学院两位二级心理咨询师邵海、艾新老师也进了热线组。")
    assert {"邵海", "艾新"} <= set(people) and "师邵海" not in people
    assert any(r.endswith("心理咨询师") for r in people["邵海"])
    people = _people("主管护师韦琳、骆秋菊都在一线。")
    assert "韦琳" in people and "师韦琳" not in people


def test_a_surname_whose_character_writes_common_words_on_strong_evidence():
    """司机籍海平: 籍 is a surname (and writes 户籍, 籍贯); after a title it opens a name, alone it
    opens none."""
    people = _people("不少出租车司机主动报名,司机籍海平是其中之一。清晨七点,籍海平赶到了服务中心。")
    assert "籍海平" in people and "司机" in people["籍海平"]
    assert _people("他的户籍地在青松,籍贯是湖南,原籍海南。") == {}


def test_a_given_name_that_is_a_word_when_the_clause_states_a_title():
    """宋|中华/nz|是一名…货车司机: a surname jieba tagged a name, then a noun of the dictionary, is a
    name when the clause after it says what the person is; without a title it is not."""
    people = _people("宋中华是一名来自吉林的青年货车司机,每天在园区送货。")
    assert "宋中华" in people and any(r.endswith("货车司机") for r in people["宋中华"])
    assert "宋中华" not in _people("宋中华是一名来自吉林的青年。")


# Organisations


def test_a_rare_character_the_tagger_cannot_place_inside_a_name():
    """青松福利院渼/y|陂分院: a rare character tagged a particle is a character of the name; a verb of
    the language (夸/v|妇联组织) is not."""
    assert "青松福利院渼陂分院" in _orgs("青松福利院渼陂分院院长覃月娥说,老人们都很好。")
    assert _orgs("居民们都夸妇联组织办了件实事。") == set()


def test_kinds_of_homes_and_border_posts_name_none():
    """私立养老院, 多地养老院, 边境派出所: a kind of body (public or private, of many places, on the
    border), none named."""
    found = _orgs("乡里检查了两所公立福利院、三家私立养老院,她到过多地养老院,也去过边境派出所。")
    assert found == set(), found


def test_national_bodies_named_with_china_and_the_councils_mechanism():
    """中国红十字会, 中国红十字会总会, 中华人民共和国海关总署 and 国务院联防联控机制: national bodies;
    中国 and 国务院 name them (a mechanism after words of the work only stays a kind)."""
    found = _orgs("队伍由中国红十字会总会统一调度,中国红十字会表示感谢。")
    assert {"中国红十字会总会", "中国红十字会"} <= found
    assert "中华人民共和国海关总署" in _orgs("公告由中华人民共和国海关总署牵头发出。")
    found = _orgs("昨天国务院联防联控机制又出了新方案,全市各级疫情联防联控机制要落实。")
    assert found == {"国务院联防联控机制"}, found


def test_social_work_stations_and_mutual_aid_associations():
    """某县社工站, 某街道社工站, 某市某某公益互助会: bodies by their words (社工站, 互助会)."""
    found = _orgs("依安县社工站、龙沙区南航街道社工站的社工上门服务,青松市樟木公益互助会捐赠了物资。")
    assert {"依安县社工站", "龙沙区南航街道社工站", "青松市樟木公益互助会"} <= found


# Places


def test_a_new_area_the_gazetteer_names_whole_is_no_zone_of_the_city_before_it():
    """上海市浦东新区张江镇: 浦东新区 is a division, so 上海市浦东新区 is no place of its own; 西咸新区
    after its city is a zone."""
    assert _places("队员们在上海市浦东新区张江镇开展消杀。") == {"上海市", "浦东新区", "张江镇"}
    assert "西咸新区" in _places("西安市西咸新区的志愿者出发了。")


def test_the_day_a_rule_starts_from_opens_no_compound():
    """自4月1|日起|小区实行封闭管理: the day, then the compounds in general; a named compound after the
    day is one."""
    assert _places("自4月1日起小区实行封闭管理。") == set()
    assert _places("从3月5日起青松小区实行封闭管理。") == {"青松小区"}


def test_a_row_of_names_counted_before_the_unit_word_they_share():
    """甲、乙、丙三家社区: each name is a community (as written) when the count is the row's length; the
    count is no part of the last name."""
    assert _places("青枫林、石塔寺、玉带桥三家社区的居民领到了物资。") == {"青枫林", "石塔寺", "玉带桥"}
    assert _places("他们走访了青松、翠竹两个村。") == {"青松", "翠竹"}


def test_a_noun_after_an_adjective_and_de_is_no_name():
    """不同的|祝福语/nr: a thing described (祝福 is a word), though jieba tagged it a name."""
    assert _people("纸条背面是不同的祝福语:“春天就要来了。”") == {}


def test_a_given_name_opening_with_yi_after_a_title():
    """副区长王|一峰/m|一行: 一峰 (a numeral to jieba) is the given name after a title; 一张一等奖 is
    no name."""
    people = _people("区长韦春兰、副区长王一峰一行到园区调研。")
    assert "副区长" in people["王一峰"]
    assert _people("他买了一张一等奖的票。") == {}


def test_teams_stationed_by_units_of_a_level_name_none():
    """市、县单位驻某镇乡村振兴工作队: the teams of units of a kind; 县农业局驻某村工作队 is named."""
    assert _orgs("9支市、县单位驻青松镇乡村振兴工作队冲在前面。") == set()
    assert _orgs("县农业局驻青松村工作队的队员们都回到了岗位。") == {"县农业局驻青松村工作队"}
    assert "市直单位驻青松社区临时党支部" in _orgs("市直单位驻青松社区临时党支部成立了。")


def test_a_development_zones_departments():
    """区行政审批部, 科技创新部, 区经济发展部: a zone's departments in 部; 发展部署 (a plan) is none."""
    found = _orgs("节后,区行政审批部和科技创新部都派人上门。韦春兰是区经济发展部的科长。")
    assert {"区行政审批部", "科技创新部", "区经济发展部"} <= found
    assert _orgs("村里的发展部署很清楚。") == set()


def test_a_direction_written_before_a_name_wherever_it_is_named():
    """上|河湾/ns|业主委员会 … 上|河湾|居委会: 上 opens the name where the text always writes it so;
    走上|河湾社区 once is a verb's complement."""
    found = _orgs("北京密云上河湾业主委员会和上河湾居委会一起发出倡议。")
    assert {"上河湾业主委员会", "上河湾居委会"} <= found
    assert not any(o.startswith("河湾") for o in found)


def test_a_rare_word_read_as_a_verb_names_a_school_after_a_mark():
    """记者看到,|青榆/v|中学、…: a rare word jieba tagged a verb, between a mark and a school's word, is the
    school's name; 进入|中学 (a common verb) names none."""
    found = _orgs("在采样点,记者看到,崇化中学的老师们从凌晨就到岗了。")
    assert "崇化中学" in found, found
    assert _orgs("今年他考上中学了,进入中学后成绩很好。") == set()


def test_a_kindergarten_by_its_number_after_its_place():
    """河西十三幼, 市一幼: a kindergarten by its number (the short form of 第十三幼儿园), as 市一中 is a
    middle school's."""
    assert "河西十三幼" in _orgs("河西十三幼的老师们都来了。")
    assert "市一幼" in _orgs("今天,市一幼的老师们也来了。")


def test_acting_as_a_team_or_a_described_team_names_none():
    """勇当|先锋队 (to act as the vanguard), 全民“战疫”的|团队 (a team described): no body named."""
    assert _orgs("党员们勇当先锋队、排头兵。这支“抗疫”的团队里,每个人都是护卫。") == set()


def test_a_legal_service_office():
    """某镇法律服务所: a service office by its word (服务所)."""
    assert "青松镇法律服务所" in _orgs("青松镇法律服务所的律师上门讲解政策。")


def test_a_row_of_names_with_spaces_after_its_marks():
    """区政协委员、商会会员甲、 乙、 丙等人: the spaces a page prints after 、 are no part of the row; each
    name holds the titles before the row."""
    people = _people("区政协委员、商会会员韦劲秋、 骆卫东、 覃秋生等人都捐了款。")
    for name in ("韦劲秋", "骆卫东", "覃秋生"):
        assert "区政协委员" in people.get(name, []), people


def test_a_vice_principal_addressed_after_the_name():
    """在甲副校长的带领下, 甲董事长带领…: a post written after the name as a form of address."""
    assert _people("在韦燕飞副校长带领下,后勤人员马上行动。") == {"韦燕飞": ["副校长"]}
    assert "董事长" in _people("韦燕飞董事长带领大家捐款。")["韦燕飞"]


def test_a_surname_that_writes_a_word_before_a_preposition():
    """董事长占|海华|向…: 占 (a surname; 占用 a word) after a title, its given name a word, before a
    preposition opening the predicate; 占用, 占地 name no one."""
    people = _people("青松县顺达货运有限公司董事长占海华向镇卫生院捐了一批口罩。")
    assert "占海华" in people
    assert _people("他们占用了车道,占地很多。") == {}


def test_a_verb_then_going_into_the_village_is_no_village():
    """禁止|入村, glued by jieba (禁止入/n|村): a notice's words, no village; 走进青松村 names one."""
    assert _places("路口的牌子上写着“非本村人员,禁止入村”。") == set()
    assert _places("他走进青松村。") == {"青松村"}


def test_a_procuratorates_numbered_department_and_a_lane_for_vehicles():
    """某区检察院第二检察部: a procuratorate's department, numbered; 西门车行通道 is a lane (车行道), no
    dealer's shop, which 某某车行 is."""
    assert "青松区检察院第二检察部" in _orgs("青松区检察院第二检察部的干警韦维正在给居民登记。")
    assert _orgs("小区只开放西门车行通道。青松车行的老板捐了车。") == {"青松车行"}


def test_a_campus_is_a_place_and_online_or_assigned_communities_are_none():
    """某某大学城校区 (a campus where students were locked down) is a compound; 南北校区 (both), 线上社区
    (online shopping), 对应社区 (the one assigned) name none."""
    found = _places("学院的大学城校区发现密接者,按照南北校区的不同要求,桂花岗校区也划为管控区。")
    assert found == {"大学城校区", "桂花岗校区"}, found
    assert "校区管委会" in _orgs("学院的桂花岗校区封闭了,校区管委会安排了宿舍。")  # the campus's committee
    assert _places("老师们在对应社区集结。下单以后,线上社区电商的单子多了一倍。") == set()
