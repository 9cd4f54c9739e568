"""Extraction (issue 12, twenty-fourth round): one test per construction, each with its limit on the
other side.

Pure; no database. Every sentence is written for these tests (invented people, bodies and places of
real kinds).
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text).organizations}


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.roles) for p in extract(text).people}


# Organisations


def test_a_company_s_registered_name_goes_on_over_its_trade_verb():
    """青松|生物科技|开发/v|有限公司: jieba tags 开发 a verb, yet it is a word of the name; the company's
    party branch keeps the whole name too."""
    assert "青松生物医药开发有限公司" in _orgs("青松生物医药开发有限公司捐赠了两百箱牛奶。")
    assert "青松生物医药开发有限公司党总支" in _orgs("青松生物医药开发有限公司党总支送来了口罩。")


def test_a_company_named_by_its_trade_alone_is_no_name():
    """The limit: 一家消毒公司, 杀虫公司, 物业服务公司, 物管公司 name a kind of business, no company."""
    text = "两位杀虫公司的员工上门，韦大江在一家消毒公司上班，物业服务公司和物管公司也来了。"
    assert _orgs(text) == set()


def test_a_body_s_title_written_after_its_name_is_no_second_body():
    """桃源小区临时党支部|支部书记: 支部 opens the title 支部书记; the body is the branch alone."""
    found = _orgs("桃源楼临时党支部支部书记邵建国说，党员都上了一线。")
    assert found == {"桃源楼临时党支部"}


def test_a_centre_s_party_committee_before_its_secretary_is_the_centre_s():
    """The limit: 某中心|党委书记 with no repeated word: 党委 is the centre's own committee."""
    assert "青松服务中心党委" in _orgs("青松服务中心党委书记韦大明说，大家都很辛苦。")


def test_words_ending_in_a_bureau_s_character_are_no_bureau():
    """联防联控|格局, 工作|大局: 局 closes a word of the language, not a bureau's name."""
    assert _orgs("我们构建联防联控格局，服从防疫工作大局。") == set()


def test_a_bureau_named_by_its_field_is_still_found():
    """The limit: 民政局 (政局 is a word too) and 财政局 are bureaus."""
    assert {"县民政局", "江夏区财政局"} <= _orgs("县民政局和江夏区财政局的干部下沉到社区。")


def test_the_red_cross_named_bare_is_the_local_society():
    """红十字会, like 妇联, is one body in every county: named bare it is the local one."""
    assert "红十字会" in _orgs("退役军人协助红十字会接收捐赠物资。")


def test_bodies_of_the_genre_named_by_their_own_words():
    """边检站, 边防检查总站, 消防救援站, 群众艺术馆, 捐赠站, 财政所, 社治委, 科委: bodies by their words."""
    text = (
        "青石边检站副站长钱志刚介绍，省出入境边防检查总站所属各站都行动起来。沙田消防救援站的队员赶来帮忙。"
        "清河市群众艺术馆副馆长李文华说，市捐赠站党员闻令而动。他在青松街道办事处财政所工作。"
        "成华区委社治委和区科委的干部也来了。"
    )
    found = _orgs(text)
    assert {
        "青石边检站",
        "省出入境边防检查总站",
        "沙田消防救援站",
        "清河市群众艺术馆",
        "市捐赠站",
        "青松街道办事处财政所",
        "成华区委社治委",
        "区科委",
    } <= found


def test_a_quoted_team_s_name_may_hold_quotes_of_its_own():
    """“守护‘家园’志愿者服务队”: single quotes inside the team's quoted name."""
    assert "守护‘家园’志愿者服务队" in _orgs("她报名参加了“守护‘家园’志愿者服务队”。")


def test_a_title_before_a_relative_committee_is_no_part_of_its_name():
    """在队长|校团委|某某老师带领下: the title 队长 stands before the school's league committee."""
    assert "校团委" in _orgs("志愿者在队长校团委韦大明老师带领下出发。")


def test_a_team_word_after_a_title_still_closes_a_name():
    """The limit: 志愿者|服务中心 is one name's two words (黄河路社区志愿者服务中心), no title and a body."""
    assert "黄河路社区志愿者服务中心" in _orgs("黄河路社区志愿者服务中心的志愿者来了。")


def test_a_school_is_named_for_itself_not_for_the_community_it_is_in():
    """新山村社区|古南中学核酸检测点: the community names where the school is, not the school."""
    found = _orgs("在青松街道石山村社区青松中学采样点，党员都来了。")
    assert "青松中学" in found and not any(name.startswith("石山村社区") for name in found)


def test_a_guesthouse_named_is_a_company_but_a_community_s_is_no_name():
    """石门民宿 is a business of its own; 住进|社区民宿 (jieba's 进社区) names none."""
    assert "石门民宿" in _orgs("游客住在石门民宿里。")
    assert _orgs("游客一家住进社区民宿。") == set()


def test_a_paper_in_brackets_after_a_dateline_is_the_page_s_outlet():
    """清河网讯（清河日报）通讯员 甲: the paper named in the dateline's brackets is no body of the story."""
    assert "清河日报" not in _orgs("清河网讯（清河日报）通讯员 韦晓岚 报道：青松社区的志愿者忙了一天。")


# People


def test_a_name_s_last_character_glued_to_de_after_a_title():
    """省委书记|杜家|毫的|喊话: after a title, jieba glued 的 to the given name's last character."""
    assert "韦家毫" in _people("响应清河省委书记韦家毫的号召，党员们纷纷报名。")


def test_a_name_s_last_character_glued_to_an_adverb_and_shi():
    """居民|闵绍|彬既是|一名党员: the given name's last character glued to 既是."""
    people = _people("居民闵绍彬既是一名老党员，也是一名退伍军人。")
    assert "闵绍彬" in people and "老党员" in people["闵绍彬"]


def test_zai_before_a_place_and_qu_before_a_verb_are_no_part_of_a_name():
    """党员|韦娴在|龙泉驿区: 在 before a place; the name is the two characters before it."""
    people = _people("支部党员韦娴在青羊区青松镇采样点值守。")
    assert "韦娴" in people and "韦娴在" not in people


def test_the_count_closing_a_list_is_no_part_of_the_last_name():
    """甲、乙、肖广|三人均是…: 三 counts the list, it ends no name."""
    people = _people("韦大伟、邵秀恩、肖广三人均是老兵。")
    assert {"韦大伟", "邵秀恩", "肖广"} <= set(people) and "肖广三" not in people


def test_an_idiom_opening_with_a_surname_character_is_nobody():
    """书记|闻令而动: the idiom is the verb, not a person 闻令."""
    assert _people("各村党组织书记闻令而动，迅速组建突击队。") == {}


def test_a_speaker_introducing_themselves_is_a_person():
    """“我是韦斌杰，开门店的。”: 我是 before a name jieba tagged is evidence of a person."""
    assert "韦斌杰" in _people("22名党员轮流值守。“我是韦斌杰，开门店的。”他说。")


def test_a_birthday_of_so_many_years_is_a_person_s():
    """是韦赛雄的58岁生日: an age after the name and 的 is evidence of a person."""
    assert "韦赛雄" in _people("2月1日是韦赛雄的58岁生日，孩子们都没回来。")


def test_dai_is_a_surname():
    """代 (common in Sichuan and Chongqing) is a surname: 支部书记代昌明, ，代小鹏正在…"""
    people = _people("望云村支部书记代昌明接到了电话。在追踪组，代小鹏正在和同事比对信息。")
    assert {"代昌明", "代小鹏"} <= set(people)


def test_dai_opening_a_word_is_no_name():
    """The limit: 代表, 代购 are words, not people named 代."""
    assert _people("人大代表们来了，代购的东西也到了。") == {}


def test_a_name_before_suo_zai_is_a_person():
    """市民韦梓|所在的住宅区: a name jieba tagged, before 所在, is where the person lives."""
    assert "韦梓" in _people("8月18日，西山区市民韦梓所在住宅区被封控。")


def _places(text: str) -> set[str]:
    return {p.name for p in extract(text).places}


def test_a_unit_credited_for_the_pictures_is_no_body_or_place_of_the_story():
    """。清河县委宣传部供图, 清河县团委 供图, 图片由清河市文明办提供: the unit gave the picture."""
    text = "村干部召开专题会议。清河县委宣传部供图 清河网发\n图为志愿者入户测体温。石门县团委 供图\n"
    text += "志愿者上门测体温。图片由青松市文明办提供"
    assert _orgs(text) == set() and _places(text) == set()


def test_a_unit_named_in_the_story_and_in_a_credit_is_still_found():
    """The limit: 清河县委宣传部 sending cadres in the story is a body of it; 社区供图书 is no credit."""
    text = "清河县委宣传部组织干部下沉。清河县委宣传部供图\n青松社区供图书给孩子们。"
    assert "清河县委宣传部" in _orgs(text)


def test_a_team_keeps_the_town_and_village_written_before_it():
    """茂县凤仪镇坪头村驻村工作队, 某街道某居民区志愿服务队: a team is named with the places before it,
    as a body sent to a village is (蒋场镇李场村疫情防控工作队)."""
    assert "茂县凤仪镇坪头村驻村工作队" in _orgs("茂县凤仪镇坪头村驻村工作队组织村民做核酸。")


def test_a_community_s_own_branch_is_still_named_from_the_community():
    """The limit: 某街道|某居民区党总支: the community's party branch is its own unit (the seeds' rule)."""
    found = _orgs("芷江西路街道普善路居民区党总支书记韦大明说。")
    assert "普善路居民区党总支" in found and "芷江西路街道普善路居民区党总支" not in found


def test_a_body_named_after_the_epidemic_without_gan_ran_de_keeps_its_district():
    """江夏区|防治|新型冠状病毒|肺炎工作指挥部: the epidemic's name inside the body's."""
    found = _orgs("江夏区防治新型冠状病毒肺炎工作指挥部连夜发出通告。")
    assert "江夏区防治新型冠状病毒肺炎工作指挥部" in found


def test_short_and_new_words_of_bodies():
    """某某居委, 某乡村建站, 某某文学社, a named 专家组; 某街道居委干部 and a bare 专家组 are kinds."""
    found = _orgs("西成居委的干部说。济村乡村建站的干部都来了。三阳川文学社捐赠了物资。")
    assert {"西成居委", "济村乡村建站", "三阳川文学社"} <= found
    assert "清河市卫健委专家组" in _orgs("清河市卫健委专家组组长介绍了情况。")
    assert _orgs("共和新路街道居委干部来了。县里派出专家组指导，市里选派工作队进驻。") == set()


def test_a_village_after_its_township_is_no_person():
    """京舟乡|董联寨: a name-shaped village after its township (寨, 庄, 屯 …) names nobody."""
    assert _people("我所住的平塘县京舟乡董联寨也设了卡。") == {}


def test_a_post_and_the_person_after_it_end_a_body_s_name():
    """市工商联党组书记|韦岗|带队|工商联, 区机关工委副书记|韦大勇|同区|应急局: the walk back from a body's
    word stops at a person's post and name; neither is part of the body."""
    found = _orgs("市工商联党组书记韦岗带队工商联志愿者12人去了医院。")
    assert "市工商联" in found and not any("韦岗" in name or "带队" in name for name in found)
    found = _orgs("区机关工委副书记韦大勇同区应急局干部一起到了村里。")
    assert {"区机关工委", "区应急局"} <= found and not any("韦大勇" in name for name in found)


def test_verbs_and_glued_prepositions_before_a_body_open_no_name():
    """申请加入|社区志愿服务队, 送菜组由|小区业委会, 商场超市, 各|级党委: the sentence's words."""
    text = "他便申请加入了社区志愿服务队。送菜组由小区业委会主任韦勇生带队。"
    text += "商场超市都开门了。在各级党委领导下。"
    assert _orgs(text) == set()


def test_a_name_s_last_character_is_no_verb_or_when_after_it():
    """护士长韦雯|忙完…, 采访业委会主任韦涛|时，…: the verb, and 时 (when), are no part of the name."""
    assert "韦雯" in _people("县中医医院护士长韦雯忙完科室工作，都会到检测点帮忙。")
    assert "韦涛" in _people("记者在小区采访业委会主任韦涛时，一名居民走了过来。")


def test_a_common_word_opening_with_a_surname_character_after_a_title_is_nobody():
    """工作人员|任务重: 任务 is a word of the language far too common to open a name."""
    assert _people("只靠几个工作人员任务重，人手也紧。") == {}
