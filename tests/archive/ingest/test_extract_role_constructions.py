"""The grammatical constructions by which the genre gives a person's post, one test each.
Pure; no database.

Every sentence and name is invented for these tests; each stands for a construction, not a page.
A gold role is a substring of the text; the scorer counts a role right when it contains the
predicted one or is contained in it, so each test asserts the phrase the text states.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_a_title_right_before_the_name_is_the_role():
    assert _roles("东坡社区党委书记邵春梅每天第一个到岗。") == {"邵春梅": ["东坡社区党委书记"]}


def test_a_title_in_brackets_after_the_name_is_the_role():
    assert _roles("邵春梅（东坡社区党委书记）每天第一个到岗。") == {"邵春梅": ["东坡社区党委书记"]}


def test_a_title_set_off_by_commas_after_the_name_is_the_role():
    assert _roles("邵春梅，东坡社区党委书记，每天第一个到岗。") == {"邵春梅": ["东坡社区党委书记"]}


def test_a_title_stated_with_is_after_the_name_is_the_role():
    assert _roles("邵春梅是东坡社区的一名网格员，每天第一个到岗。") == {"邵春梅": ["网格员"]}


def test_a_post_held_now_is_the_role_and_the_name_is_no_part_of_the_unit():
    ex = extract("邵春梅现任东坡村党支部书记。她每天第一个到岗。")
    assert [(p.name, p.roles) for p in ex.people] == [("邵春梅", ["东坡村党支部书记"])]
    assert all("邵春梅" not in o.name for o in ex.organizations)


def test_a_post_held_before_or_taken_on_or_held_as_well_is_the_role():
    assert _roles("邵春梅曾任东坡村村委会主任，退休后仍在值守。") == {"邵春梅": ["东坡村村委会主任"]}
    assert _roles("卢国强担任东坡村党支部书记已有十年。") == {"卢国强": ["东坡村党支部书记"]}
    assert _roles("卢国强兼任东坡村村委会主任，每天第一个到岗。") == {"卢国强": ["东坡村村委会主任"]}


def test_a_capacity_stated_with_as_before_or_after_the_name_is_the_role():
    assert _roles("卢国强作为东坡社区党委书记，每天第一个到岗。") == {"卢国强": ["东坡社区党委书记"]}
    assert _roles("身为一名老党员，卢国强每天第一个到岗。") == {"卢国强": ["老党员"]}


def test_a_title_after_a_de_phrase_before_the_name_is_the_role():
    assert _roles("负责该小区的网格员卢国强每天上门走访。") == {"卢国强": ["网格员"]}
    assert _roles("东坡社区居委会的主任卢国强每天上门走访。") == {"卢国强": ["主任"]}


def test_a_title_before_a_list_of_names_reaches_every_name():
    assert _roles("志愿者卢国强、邵春梅每天在卡口值守。") == {"卢国强": ["志愿者"], "邵春梅": ["志愿者"]}


def test_a_title_after_a_list_and_deng_reaches_every_name():
    expected = {"卢国强": ["志愿者"], "邵春梅": ["志愿者"]}
    assert _roles("卢国强、邵春梅等志愿者每天在卡口值守。") == expected
    assert _roles("卢国强、邵春梅等5名志愿者每天在卡口值守。") == expected


def test_a_title_clause_before_an_age_clause_that_introduces_the_name_is_the_role():
    people = extract("东坡社区居委会主任，52岁的卢国强每天上门走访。").people
    assert [(p.name, p.roles, p.age) for p in people] == [("卢国强", ["东坡社区居委会主任"], 52)]


def test_a_clause_that_only_lists_a_verb_before_a_title_is_no_introduction():
    assert _roles("大家都感谢志愿者，52岁的卢国强每天上门走访。") == {"卢国强": []}


def test_a_person_introduced_as_one_of_a_kind_then_named_has_that_role():
    assert _roles("在东坡村，有这样一位老党员，他叫卢国强，今年已经72岁。") == {"卢国强": ["老党员"]}
    assert _roles("东坡村有一位网格员，名叫邵春梅。") == {"邵春梅": ["网格员"]}


def test_a_speaker_after_a_resident_noun_is_a_person_with_that_standing():
    assert _roles("居民卢国强说，这几天菜价稳定。") == {"卢国强": ["居民"]}


def test_a_source_cited_with_ju_and_a_speech_verb_is_a_person_without_a_role():
    assert _roles("据卢国强介绍，这几天菜价稳定。") == {"卢国强": []}


def test_a_familiar_second_mention_gives_its_stated_role_to_the_full_name():
    assert _roles("卢国强每天上门走访。老卢是一名退伍军人，做事雷厉风行。") == {"卢国强": ["退伍军人"]}


def test_a_familiar_form_is_no_one_when_two_people_share_the_surname():
    roles = _roles("卢国强和卢春梅每天上门走访。老卢是一名退伍军人。")
    assert roles == {"卢国强": [], "卢春梅": []}


def test_the_trades_and_statuses_of_the_genre_before_a_name_are_roles():
    cases = {
        "医生": "卢国强",
        "护士": "邵春梅",
        "民警": "卢国强",
        "教师": "邵春梅",
        "快递小哥": "卢国强",
        "外卖骑手": "卢国强",
        "老党员": "邵春梅",
        "楼长": "邵春梅",
        "单元长": "邵春梅",
        "网格长": "邵春梅",
        "志愿者": "卢国强",
        "退役军人": "卢国强",
        "环卫工人": "卢国强",
        "清洁工": "邵春梅",
        "物业管家": "邵春梅",
        "个体户": "卢国强",
        "菜农": "卢国强",
    }
    for title, name in cases.items():
        assert _roles(f"{title}{name}主动请缨，每天往返送菜。") == {name: [title]}, title


def test_a_retired_party_member_keeps_the_party_member_title_with_retired():
    assert _roles("退休党员邵春梅主动请缨。") == {"邵春梅": ["退休党员"]}


def test_a_role_in_apposition_at_the_end_of_the_sentence_is_the_role():
    assert _roles("第一个报名的是卢国强，一名退伍军人。") == {"卢国强": ["退伍军人"]}
    assert _roles("在卡口值守的是卢国强，东坡村的一名老党员。") == {"卢国强": ["老党员"]}


def test_a_profile_after_the_name_gives_its_titles_and_the_age():
    people = extract("卢国强，男，52岁，中共党员，东坡村党支部书记。").people
    assert [(p.name, p.roles, p.age) for p in people] == [("卢国强", ["中共党员", "东坡村党支部书记"], 52)]


def test_a_title_held_for_years_after_dang_is_the_role():
    assert _roles("卢国强在东坡社区当了十年网格员。") == {"卢国强": ["网格员"]}


def test_titles_joined_by_a_pause_mark_before_one_name_are_two_roles():
    roles = _roles("东坡村党总支书记、村委会主任卢国强带队。")
    assert roles == {"卢国强": ["东坡村党总支书记", "村委会主任"]}


# People without a role need evidence of their own when they are named once.


def test_a_phrase_jieba_tags_as_a_name_and_nothing_supports_is_no_person():
    assert _roles("阳台上摆着一盆万年青，绿油油的。") == {}
    assert _roles("院子里开满了丁香花，香气扑鼻。") == {}


def test_a_one_mention_person_with_a_speech_verb_is_kept():
    assert _roles("“菜很新鲜。”卢国强说。") == {"卢国强": []}


def test_a_one_mention_person_with_a_rough_age_or_a_generic_noun_before_is_kept():
    assert _roles("30多岁的卢国强每天下班后都来帮忙。") == {"卢国强": []}
    assert _roles("普通市民韦刚捐出了喷雾器。") == {"韦刚": []}


def test_every_name_of_a_list_of_names_is_kept():
    roles = _roles("龚德福、柴晓燕、余波一行前往县城。")
    assert roles == {"龚德福": [], "柴晓燕": [], "余波": []}


def test_a_name_that_introduces_a_quotation_is_kept():
    assert _roles("卢国强那句“我先上”感动了很多人。") == {"卢国强": []}


def test_a_name_jieba_splits_after_a_title_keeps_its_last_character():
    assert _roles("楼门长卢国强隔着门问候居民。") == {"卢国强": ["楼门长"]}


def test_a_stage_of_joining_the_party_is_a_role():
    assert _roles("党员发展对象卢国强每天在路口测体温。") == {"卢国强": ["党员发展对象"]}


def test_every_name_of_a_counted_list_after_its_title_is_a_person_with_that_title():
    roles = _roles("4名网格员龚晓燕、田野、柴向阳一早就到了东坡村卡口。")
    assert roles == {"龚晓燕": ["网格员"], "田野": ["网格员"], "柴向阳": ["网格员"]}


def test_a_name_jieba_reads_as_a_word_inside_a_list_of_names_before_deng_is_a_person():
    roles = _roles("工作完成了。\n龚德新、葛天元、龚晓燕、柴德福等志愿者挨家挨户登记。")
    assert roles == {n: ["志愿者"] for n in ("龚德新", "葛天元", "龚晓燕", "柴德福")}


def test_posts_listed_with_commas_before_the_name_are_all_roles():
    text = "东坡区物资保障组组长，东坡区政协委员，区卫健局局长卢国强昨天介绍，物资充足。"
    assert set(_roles(text)["卢国强"]) == {"区卫健局局长", "东坡区物资保障组组长", "东坡区政协委员"}


def test_a_clause_opened_by_a_verb_before_the_title_clause_is_no_post_of_the_name():
    assert _roles("感谢医护人员，网格员卢国强说。") == {"卢国强": ["网格员"]}


def test_a_name_written_with_a_middle_dot_is_a_person_on_a_title_or_a_stated_role():
    assert _roles("她默默奉献着。\n阿依古丽·买买提是东坡社区的志愿者，每天值守。") == {
        "阿依古丽·买买提": ["志愿者"]
    }
    assert _roles("社区网格员阿依古丽·买买提每天值守。") == {"阿依古丽·买买提": ["社区网格员"]}
    assert _roles("他们来到乌鲁木齐·天山区。") == {}


def test_a_name_right_after_a_quotation_whose_sentence_goes_on_to_a_speech_verb_is_the_speaker():
    text = "“家里一切都好，不用操心。”苗秀英隔着铁门笑了笑，轻声回答。"
    assert _roles(text) == {"苗秀英": []}


def test_a_quotation_before_an_ordinary_phrase_names_nobody():
    assert _roles("“家里一切都好。”万年青的叶子很绿。") == {}


def test_a_capacity_stated_with_as_after_the_name_runs_through_a_converters_glosses():
    text = "疫情當前。龔曉燕作為東坡農(nóng)商銀行派駐東坡鎮(zhèn)東坡村的駐村第一書記，每天值守。"
    assert _roles(text) == {"龔曉燕": ["駐村第一書記"]}


def test_a_profile_that_opens_with_the_age_or_the_home_place_gives_its_titles():
    people = extract("卢国强，52岁，东坡村党支部书记。").people
    assert [(p.name, p.roles, p.age) for p in people] == [("卢国强", ["东坡村党支部书记"], 52)]
    assert _roles("卢国强，东坡村人，退役军人。") == {"卢国强": ["退役军人"]}


def test_titles_joined_by_a_pause_mark_in_an_apposition_are_two_roles():
    assert _roles("卢国强，东坡社区居委会主任、网格长。") == {"卢国强": ["东坡社区居委会主任", "网格长"]}


def test_a_title_held_for_years_after_zuo_is_the_role():
    assert _roles("卢国强在东坡社区做了8年网格员。") == {"卢国强": ["网格员"]}


def test_this_one_and_a_title_after_a_comma_in_the_names_sentence_is_the_role():
    assert _roles("记者见到卢国强时，这位网格员正在登记。") == {"卢国强": ["网格员"]}


def test_a_plural_title_before_a_list_of_names_reaches_every_name():
    roles = _roles("东坡社区的网格员们，卢国强、邵春梅每天上门。")
    assert roles == {"卢国强": ["网格员"], "邵春梅": ["网格员"]}


def test_a_name_given_as_an_example_of_a_kind_of_person_has_that_role():
    text = "卢国强常年住在城里。东坡村里，还有不少像卢国强这样的志愿者默默坚守。"
    assert _roles(text) == {"卢国强": ["志愿者"]}
    assert _roles("像卢国强这样的人还有很多。卢国强很忙。") == {"卢国强": []}


def test_a_title_written_after_the_name_as_a_form_of_address_is_the_role():
    assert _roles("卢国强书记带领大家连夜设卡。") == {"卢国强": ["书记"]}
    assert _roles("“大家放心。”邵春梅主任说。") == {"邵春梅": ["主任"]}
    assert _roles("卢国强同志带领大家连夜设卡。") == {"卢国强": []}


def test_a_verb_of_inviting_or_interviewing_inside_the_phrase_before_the_name_ends_what_came_before():
    assert _roles("东坡社区邀请退休医生卢国强为居民义诊。") == {"卢国强": ["退休医生"]}
    assert _roles("记者采访了东坡社区党委书记邵春梅。") == {"邵春梅": ["东坡社区党委书记"]}


def test_a_title_before_a_colon_heads_the_list_of_names_after_it_but_a_credit_key_does_not():
    roles = _roles("今天在卡口轮值。值守志愿者：钱立芬、孙海波、柯玉成")
    assert roles == {"钱立芬": ["值守志愿者"], "孙海波": ["值守志愿者"], "柯玉成": ["值守志愿者"]}
    assert all(not r for r in _roles("卡口前排起长队。摄影：钱立芬、孙海波").values())


def test_a_page_with_a_converters_pinyin_glosses_is_read_without_them_and_answered_in_its_own_text():
    text = "柳溪村村支書(shū)鄭開朗接到電(diàn)話(huà),馬上帶著網(wǎng)格員趙曉雯上門(mén)登記(jì)。"
    people = {p.name: p for p in extract(text).people}
    assert {name: p.roles for name, p in people.items()} == {
        "鄭開朗": ["柳溪村村支書(shū)"],  # the gloss after its last character too (round 48, as golds do)
        "趙曉雯": ["網(wǎng)格員"],  # a role the gloss interrupts, as the page prints it
    }
    assert all(text[m.start : m.end] == name for name, p in people.items() for m in p.mentions)


def test_the_youth_leagues_word_for_its_members_before_a_name_is_the_role_but_a_bare_youth_is_not():
    assert _roles("团员青年钱晓东和网格员孙立平主动报名值守。") == {
        "钱晓东": ["团员青年"],
        "孙立平": ["网格员"],
    }
    assert _roles("社区青年钱晓东主动报名值守。") == {"钱晓东": []}  # a person, of no post


def test_a_post_stated_of_a_pronoun_goes_to_the_name_heading_the_next_sentence():
    assert _roles("她是社区的网格员。王秀兰每天都要走访二十多户居民。") == {"王秀兰": ["网格员"]}


def test_a_post_stated_of_a_pronoun_goes_to_no_one_when_someone_was_named_before_or_two_names_follow():
    assert _roles("张丽华说，大家都很配合。她是社区的网格员。王秀兰每天都要走访居民。") == {"张丽华": []}
    assert _roles("她是社区的网格员。王秀兰和李建国每天都要走访居民。") == {"王秀兰": [], "李建国": []}


def test_a_one_character_given_name_jieba_reads_as_a_verb_before_a_comma_ends_a_name_glued_to_its_title():
    assert _roles("文星社区网格员张送,对辖区内的住户逐户登记。") == {"张送": ["文星社区网格员"]}


def test_a_verb_going_on_without_a_comma_or_a_speech_verb_before_one_is_what_someone_does_not_a_name():
    assert _roles("文星社区网格员张送来一箱口罩。") == {}
    assert _roles("文星社区网格员张说,大家都很配合。") == {}


def test_a_word_opening_with_ren_after_the_name_states_no_post():
    # 任务 / 任何 are words, not 任 "serves as": what follows them is no role of the person
    assert _roles("老党员卢国强得知任务重、工作人员少，主动报名值守。") == {"卢国强": ["老党员"]}
    assert _roles("老党员卢国强从不推辞任何工作人员交给他的事。") == {"卢国强": ["老党员"]}
