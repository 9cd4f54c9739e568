"""Roles of issue 12, ninth round: posts stated where the earlier rounds did not look.

One test per class, each with its limit beside it. Pure; no database. Every sentence and name is
invented for these tests.
"""

from __future__ import annotations

from archive.ingest.extract import extract, extract_headline


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def _headline_roles(title: str, body: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract_headline(title, extract(body)).people}


_BODY = "韦晓岚每天早上七点到岗。韦晓岚说：“大家放心，我们都在。”"


def test_a_headline_describing_the_story_s_person_after_a_colon_gives_the_role():
    assert _headline_roles("韦晓岚：一名网格员的战疫日记", _BODY) == {"韦晓岚": ["网格员"]}
    assert _headline_roles("韦晓岚：一位老党员的坚守", _BODY) == {"韦晓岚": ["老党员"]}
    assert _headline_roles("韦晓岚:90后村医的抗疫故事", _BODY) == {"韦晓岚": ["村医"]}
    # the limits: what the person says after the colon, or a slogan, is no description of her
    assert _headline_roles("韦晓岚：我是居民的贴心人", _BODY) == {"韦晓岚": []}
    assert _headline_roles("韦晓岚：守好门就是守好家", _BODY) == {"韦晓岚": []}
    assert _headline_roles("韦晓岚：社区的一天", _BODY) == {"韦晓岚": []}


def test_a_post_before_the_story_s_person_in_the_headline_is_the_role():
    assert _headline_roles("东坡社区党委书记韦晓岚：守好门就是守好家", _BODY) == {
        "韦晓岚": ["东坡社区党委书记"]
    }
    assert _headline_roles("社区书记韦晓岚的一天", _BODY) == {"韦晓岚": ["社区书记"]}
    # the limit: a name the body never accepts is no person of the headline by this rule
    assert _headline_roles("韦晓岚：守好门就是守好家", "大家都很配合。") == {}


def test_a_row_after_they_are_takes_the_title_of_the_group_the_clause_before_names():
    assert _roles("西岭村的党员志愿者每天轮流值守，他们分别是骆志平、柏明远和韦晓岚。") == {
        "骆志平": ["党员志愿者"],
        "柏明远": ["党员志愿者"],
        "韦晓岚": ["党员志愿者"],
    }
    found = _roles("社区发出号召后，许多年轻的志愿者主动报名，他们是韦晓岚、骆志平、柏明远……大家都住附近。")
    assert found == {"韦晓岚": ["志愿者"], "骆志平": ["志愿者"], "柏明远": ["志愿者"]}
    assert _roles("东坡社区有几位热心的网格员，她们是韦晓岚、骆志平。韦晓岚说，大家都很配合。") == {
        "韦晓岚": ["网格员"],
        "骆志平": ["网格员"],
    }
    # the limit: a group of residents is no post
    assert _roles("居民们都很感动，他们是骆志平、柏明远和韦晓岚。") == {
        "骆志平": [],
        "柏明远": [],
        "韦晓岚": [],
    }


def test_a_name_given_by_anyone_who_calls_the_person_so_is_a_label_when_it_names_a_post():
    found = _roles("骆志平天天守在门口，被住户们称为“暖心楼长”和“夜班哨兵”。骆志平说，应该的。")
    assert found == {"骆志平": ["暖心楼长"]}  # (round 19: a figure of praise holds no post)
    assert _roles("韦晓岚被小区住户亲切地称为“贴心大姐”。韦晓岚说，应该的。") == {"韦晓岚": []}
    assert _roles("柏明远被村里的孩子们称作“故事爷爷”。柏明远说，应该的。") == {"柏明远": []}
    # the limit: what someone is called by is no label without a verb of naming and 为/作
    assert _roles("韦晓岚被业主叫去帮忙。韦晓岚说，应该的。") == {"韦晓岚": []}


def test_a_sentence_opening_with_a_capacity_gives_it_to_the_first_name_after_it():
    found = _roles("作为东坡村驻村第一书记，在接到通知后，韦晓岚立即赶回村里。韦晓岚说，应该的。")
    assert found == {"韦晓岚": ["东坡村驻村第一书记"]}
    assert _roles("作为一名老党员，每到傍晚，骆志平都会巡查。骆志平说，应该的。") == {"骆志平": ["老党员"]}
    # the limits: the name is no subject (的 after it), a pronoun is, or the capacity is generic
    assert _roles("作为社区网格员，在这次疫情中，骆志平的父亲也报了名。骆志平说，应该的。") == {"骆志平": []}
    assert _roles("作为社区网格员，她每天带着骆志平入户。骆志平说，应该的。") == {"骆志平": []}
    assert _roles("作为居民，在这次疫情中，骆志平也报了名。骆志平说，应该的。") == {"骆志平": []}


def test_a_unit_and_its_post_after_dang_is_the_role():
    assert _roles("骆志平被派驻西岭村当驻村第一书记已经三年了。骆志平说，应该的。") == {
        "骆志平": ["驻村第一书记"]
    }
    assert _roles("骆志平当了十年西岭村村医。骆志平说，应该的。") == {"骆志平": ["西岭村村医"]}
    assert _roles("骆志平去年当上了东坡社区党委书记。骆志平说，应该的。") == {"骆志平": ["东坡社区党委书记"]}
    # the limits: words that open with 当 (当天, 当时) state no post
    assert _roles("骆志平当天就赶回了东坡社区，见到了网格员。骆志平说，应该的。") == {"骆志平": []}
    assert _roles("骆志平当时就去找社区书记反映情况。骆志平说，应该的。") == {"骆志平": []}


def _subtitle_roles(title: str, subtitle: str, body: str) -> tuple[dict, dict]:
    found = extract(body)
    head = extract_headline(title, found, None, subtitle)
    return {p.name: p.roles for p in head.people}, {p.name: p.roles for p in found.people}


def test_a_subtitle_that_is_a_post_alone_is_the_post_of_the_headline_s_one_person():
    head, _ = _subtitle_roles("社区书记韦晓岚的春节", "——东坡街道西岭社区党委书记", _BODY)
    assert head == {"韦晓岚": ["社区书记", "东坡街道西岭社区党委书记"]}
    head, _ = _subtitle_roles("守门人韦晓岚", "——东坡街道西岭社区党委书记", _BODY)
    assert "东坡街道西岭社区党委书记" in head["韦晓岚"]
    # the limits: a subtitle that is no post, and a headline naming two people or none
    head, _ = _subtitle_roles("社区书记韦晓岚的春节", "——东坡社区抗疫纪实", _BODY)
    assert head == {"韦晓岚": ["社区书记"]}
    body = _BODY + "骆志平说，好的。"
    head, _ = _subtitle_roles("韦晓岚和骆志平的春节", "——东坡社区党委书记", body)
    assert head == {"韦晓岚": [], "骆志平": []}
    assert _subtitle_roles("老韦守社区", "——东坡社区党委书记", _BODY) == ({}, {"韦晓岚": []})


def test_a_portrait_subtitle_naming_the_person_with_a_post_gives_it_to_the_body_s_mention():
    _, body = _subtitle_roles("守护万家灯火的人", "——记东坡社区网格员韦晓岚", _BODY)
    assert body == {"韦晓岚": ["东坡社区网格员"]}
    _, body = _subtitle_roles("守护万家灯火的人", "记西岭村党支部书记韦晓岚", _BODY)
    assert body == {"韦晓岚": ["西岭村党支部书记"]}
    # the limit: a name the body does not accept gets nothing
    _, body = _subtitle_roles("守护万家灯火的人", "——记东坡社区网格员骆志平", _BODY)
    assert body == {"韦晓岚": []}


def test_a_founder_or_starter_of_an_undertaking_holds_a_post():
    found = _roles("骆志平是东坡健身馆创始人，也是一名志愿者。骆志平说，应该的。")
    assert found == {"骆志平": ["东坡健身馆创始人", "志愿者"]}
    assert _roles("爱心车队发起人韦晓岚说，大家都很配合。") == {"韦晓岚": ["爱心车队发起人"]}


def test_a_quoted_unit_with_a_post_s_suffix_glued_to_it_is_the_role():
    found = _roles("骆志平既是“微网格”长，又是网络监督员，还报名参加巡逻队。骆志平说，应该的。")
    assert found == {"骆志平": ["“微网格”长", "网络监督员"]}
    # the limit: a quoted group the person is one of is no post
    assert _roles("骆志平是“小蜜蜂”中的一员。骆志平说，应该的。") == {"骆志平": []}


def test_an_honour_printed_without_quotes_before_the_name_is_a_role():
    found = _roles("社区工作人员、身边好人骆志平在小区内消毒。骆志平说，应该的。")
    assert found == {"骆志平": ["社区工作人员", "身边好人"]}
    assert _roles("抗疫先锋骆志平每天第一个到岗。骆志平说，应该的。") == {"骆志平": ["抗疫先锋"]}
    # the limit: a bare head with no qualifier is how people talk, not an honour
    assert _roles("大家都说，好人骆志平又来了。骆志平说，应该的。") == {"骆志平": []}


def test_a_headline_s_bar_dash_or_space_ends_the_post_before_the_name():
    assert _headline_roles("战疫一线｜社区党委书记韦晓岚：我们不退", _BODY) == {"韦晓岚": ["社区党委书记"]}
    found = _headline_roles("守护居民的“大管家”——记东坡社区党委书记韦晓岚", _BODY)
    assert found == {"韦晓岚": ["东坡社区党委书记"]}
    assert _headline_roles("韦晓岚 一名老党员的担当", _BODY) == {"韦晓岚": ["老党员"]}


def test_what_the_person_says_she_is_after_the_headline_s_colon_is_her_role():
    assert _headline_roles("韦晓岚：我是党员，我先上", _BODY) == {"韦晓岚": ["党员"]}
    assert _headline_roles("韦晓岚：“我是一名网格员”", _BODY) == {"韦晓岚": ["网格员"]}
    # the limit: what she does is no post
    assert _headline_roles("韦晓岚：我是来帮忙的", _BODY) == {"韦晓岚": []}


def test_a_post_the_person_was_chosen_or_appointed_to_is_the_role():
    assert _roles("骆志平被推选为西岭村防疫小组组长。骆志平说，应该的。") == {
        "骆志平": ["西岭村防疫小组组长"]
    }
    assert _roles("骆志平被村民推选为西岭村防疫小组组长。骆志平说，应该的。") == {
        "骆志平": ["西岭村防疫小组组长"]
    }
    assert _roles("骆志平被聘为东坡社区的法律顾问。骆志平说，应该的。") == {"骆志平": ["法律顾问"]}
    found = _roles("骆志平每天巡查，后来被大家推选为巡逻队队长。骆志平说，应该的。")
    assert found == {"骆志平": ["巡逻队队长"]}
    # the limit: chosen for no post
    assert _roles("骆志平被选中参加培训。骆志平说，应该的。") == {"骆志平": []}


def test_a_profile_field_opened_by_xianren_is_the_post_alone():
    found = _roles("骆志平，女，汉族，中共党员，现任东坡社区居委会主任。")
    assert found == {"骆志平": ["中共党员", "东坡社区居委会主任"]}


def test_a_role_never_runs_over_a_sentence_or_a_copula():
    # a line naming the person with a title and what she does is a sentence, not a caption
    assert _roles("韦晓岚副主任组织社区工作人员招募志愿者") == {"韦晓岚": ["副主任"]}
    assert _roles("马晓红 东坡市西岭村党支部书记") == {"马晓红": ["东坡市西岭村党支部书记"]}
    # a nickname, then 就是 and the post: the post alone
    found = _roles("这个“韦有才”就是东坡社区党委书记韦晓岚，从大年初一起一直在一线。韦晓岚说，应该的。")
    assert found == {"韦晓岚": ["东坡社区党委书记"]}
    # a title after 向/给 is the object's, not the subject's; after 的 it is the subject's again
    assert _roles("东坡社区党员骆志平已是第三回给网格员送去饺子。骆志平说，应该的。") == {
        "骆志平": ["东坡社区党员"]
    }
    assert _roles("骆志平是给社区工作人员送饭的志愿者。骆志平说，应该的。") == {"骆志平": ["志愿者"]}


def test_a_verb_of_having_or_including_inside_the_phrase_ends_what_came_before_it():
    assert _roles("志愿者中有退休教师韦晓岚、医生骆志平。") == {"韦晓岚": ["退休教师"], "骆志平": ["医生"]}
    assert _roles("参与值守的包括社区干部韦晓岚。韦晓岚说，应该的。") == {"韦晓岚": ["社区干部"]}
    # the limit: 有 inside a word of the phrase (国有) is no verb of having
    assert _roles("国有企业职工韦晓岚主动报名。韦晓岚说，应该的。") == {"韦晓岚": ["国有企业职工"]}


def test_a_quotation_under_a_label_ending_with_the_name_is_that_person_s_own_words():
    text = "韦晓岚带领大家值守。\n东坡区西岭街道东坡社区党委书记 韦晓岚\n“我作为社区书记，更不能退缩。”"
    assert _roles(text) == {"韦晓岚": ["东坡社区党委书记", "社区书记"]}
    assert _roles("韦晓岚带领大家值守。\n韦晓岚\n“我是一名老党员，这是应该的。”") == {"韦晓岚": ["老党员"]}
    # the limit: a line that is a sentence is no label
    text = "骆志平带领大家值守。骆志平来了。\n骆志平说，好的。\n“作为社区书记，我不能退缩。”"
    assert _roles(text) == {"骆志平": []}


def test_a_title_before_a_name_joined_by_he_to_a_row_of_others_is_that_name_s_alone():
    text = "东坡社区副书记韦晓岚和骆志平、柏明远等几名同事日夜奋战在一线。"
    assert _roles(text) == {"韦晓岚": ["东坡社区副书记"], "骆志平": [], "柏明远": []}
    # the limits: a title before a row joined by 和 at its end, or by 和 alone, reaches every name
    assert _roles("网格员韦晓岚和骆志平每天入户。韦晓岚说，应该的。") == {
        "韦晓岚": ["网格员"],
        "骆志平": ["网格员"],
    }
    found = _roles("网格员韦晓岚、骆志平和柏明远每天入户。韦晓岚说，应该的。")
    assert found == {"韦晓岚": ["网格员"], "骆志平": ["网格员"], "柏明远": ["网格员"]}
