"""Round 13: posts given on pages nobody tuned to, one test per construction, each with its limit.
Pure; no database.

Every sentence and name is invented for these tests; each stands for a construction, not a page.
The scorer counts a role right when it contains the gold role or is contained in it.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_a_later_sentence_opening_with_he_is_states_the_post():
    assert "军人" in _roles("骆志平是村里的一名网格员。他是刚刚退伍回来的军人,主动请战。")["骆志平"]
    assert "大学生" in _roles("韦晓岚就是村里执勤的志愿者之一。她是刚放假回来的大学生。")["韦晓岚"]
    assert _roles("骆志平来了。他是一名退役军人,主动请战。") == {"骆志平": ["退役军人"]}
    # (someone else named in between takes the pronoun)
    roles = _roles("骆志平来了,甘建新说。他是一名退役军人。")
    assert "退役军人" not in roles.get("骆志平", [])


def test_two_posts_with_their_unit_set_off_after_the_name_are_both_roles():
    roles = _roles("韦晓岚,东坡市河西区青松社区党总支副书记、居委会副主任。她每天忙到深夜。")
    assert roles == {"韦晓岚": ["东坡市河西区青松社区党总支副书记", "居委会副主任"]}
    roles = _roles("骆志平,西河省东坡市河西区城关镇东坡村党总支书记、村委会主任,每天第一个到。")
    assert roles["骆志平"][-1] == "村委会主任"


def test_a_person_described_by_a_pointer_then_identified_by_name_takes_the_post():
    roles = _roles("而这位扛着米袋的网格员正是东坡县中学副校长骆志平。骆志平说,应该的。")
    assert roles == {"骆志平": ["东坡县中学副校长", "网格员"]}
    assert _roles("那位戴着口罩的网格员,便是骆志平。骆志平说,这是本分。") == {"骆志平": ["网格员"]}
    assert _roles("记者见到的这名年轻的社区干部就是韦晓岚,她说,应该的。") == {"韦晓岚": ["社区干部"]}
    # a generic person noun (老人) identified with the name is no post
    roles = _roles("这位一遍遍维持秩序的老人,就是韦晓岚。韦晓岚说,应该的。")
    assert roles == {"韦晓岚": []}


def test_the_surname_with_a_word_of_address_states_the_post_of_the_only_one_with_it():
    text = "这位维持秩序的老人,就是韦晓岚。韦姨是东坡社区的一名退休党员。韦晓岚说,应该的。"
    assert _roles(text) == {"韦晓岚": ["退休党员"]}
    assert _roles("骆志平每天都到卡点值守。骆叔是东坡村的一名老党员,从不叫苦。") == {"骆志平": ["老党员"]}
    # two people with the surname: 骆叔 could be either
    roles = _roles("骆志平和骆建国每天都到卡点。骆叔是一名老党员。骆志平说,应该的。")
    assert "老党员" not in roles.get("骆志平", []) + roles.get("骆建国", [])


def test_the_kind_a_name_is_an_example_of_whatever_follows_the_kind():
    assert _roles("像骆志平一样的志愿者达3万余人。骆志平说,应该的。") == {"骆志平": ["志愿者"]}
    roles = _roles("在此期间,像骆志平一样的党员志愿者遍布全城。骆志平说,应该的。")
    assert roles == {"骆志平": ["党员志愿者"]}
    assert _roles("许多像韦晓岚这样的网格员默默奉献。") == {"韦晓岚": ["网格员"]}
    # no title after 一样的: no role
    assert _roles("像骆志平一样的热心肠在社区很多。骆志平说,应该的。") == {"骆志平": []}


def test_a_unit_s_other_name_in_brackets_does_not_cut_the_title_phrase():
    roles = _roles("物资保障组组长、县志愿者（义工）协会秘书长韦晓岚介绍,队员都是骨干。")
    assert "县志愿者（义工）协会秘书长" in roles["韦晓岚"]
    assert _roles("东坡（集团）有限公司总经理骆志平说,大家都很努力。") == {
        "骆志平": ["东坡（集团）有限公司总经理"]
    }
    # a photo position after the earlier name is no part of the next name's title
    roles = _roles("东坡社区党委书记骆志平（左）和网格员韦晓岚在卡点值守。")
    assert roles == {"骆志平": ["东坡社区党委书记"], "韦晓岚": ["网格员"]}


def test_an_academic_title_after_the_name_is_the_role_and_evidence():
    assert _roles("东坡医学院骆志平教授,作为一名共产党员,积极报名。") == {"骆志平": ["教授", "共产党员"]}
    assert _roles("韦晓岚副教授带领学生走进社区,宣传防疫知识。") == {"韦晓岚": ["副教授"]}
    assert _roles("骆志平研究员说,疫苗是安全的。") == {"骆志平": ["研究员"]}
    assert _roles("东坡教授协会成立了。") == {}


def test_a_group_s_post_stated_before_the_row_of_names_reaches_each_name():
    text = "还有很多搭档,他们就是伉俪志愿者,来自东坡小区的骆志平和韦晓岚。他们主动承担任务。"
    assert _roles(text) == {"骆志平": ["志愿者"], "韦晓岚": ["志愿者"]}
    text = "他们都是退役军人,骆志平、甘建新每天都到卡点值守。"
    assert _roles(text) == {"骆志平": ["退役军人"], "甘建新": ["退役军人"]}
    # what they are is no post: nothing reaches the row
    assert _roles("他们是社区的好邻居,骆志平和甘建新每天都来。") == {"骆志平": [], "甘建新": []}


def test_a_doubled_given_name_after_a_title_is_a_name():
    text = "村党总支书记、村委会副主任甘甘带领大家值守。已经连续值守一个月的甘甘,从不叫苦。"
    assert _roles(text) == {"甘甘": ["村党总支书记", "村委会副主任"]}
    # a doubled word of the language after a title is no name
    assert _roles("社区网格员常常加班到深夜。") == {}
    assert _roles("网格员明明知道风险,还是去了。") == {}


def test_a_surname_read_as_a_conjunction_right_after_a_title_opens_a_name():
    text = "在东坡社区党委书记但光明看来,人手不够。“大家都支持。”但光明说。"
    assert _roles(text) == {"但光明": ["东坡社区党委书记"]}
    assert _roles("东坡村党支部书记于文涛带领村民修路。") == {"于文涛": ["东坡村党支部书记"]}
    # the conjunction or preposition between a title and a word for people stays one
    assert _roles("社区网格员和居民一起值守。") == {}
    assert _roles("社区书记与居民代表座谈。") == {}
    assert _roles("志愿者向群众宣传。") == {}


def test_now_is_after_a_comma_states_the_post():
    roles = _roles("韦晓岚从事社区工作已经十年,现在是社区居委会副主任。")
    assert roles == {"韦晓岚": ["社区居委会副主任"]}
    assert _roles("骆志平来了,目前是东坡村的网格员。") == {"骆志平": ["网格员"]}


def test_becoming_a_post_after_an_adverb_is_evidence_of_a_person():
    text = "“在家闲着不如出来帮忙”,毕长江主动报名成为小区志愿者,每天都去卡点。"
    assert _roles(text) == {"毕长江": ["小区志愿者"]}
    # a thing that becomes the mark of a post is no person
    assert _roles("金牌成为社区志愿者的目标。") == {}


def test_a_word_of_address_that_opens_with_a_surname_character_is_no_name():
    assert _roles("甘师傅也是一名退伍军人。") == {}
    text = "骆志平每天都到卡点值守。骆师傅是东坡村的一名老党员。"
    assert _roles(text) == {"骆志平": ["老党员"]}
