"""People and roles on pages nobody tuned to (round 10): one test per class, each with its limit.
Pure; no database. Every sentence and name is invented for these tests.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def _names(text: str) -> set[str]:
    return {p.name for p in extract(text).people}


def test_a_standing_right_before_the_name_is_a_role():
    assert _roles("村民韦晓岚说，今年的菜长得好。") == {"韦晓岚": ["村民"]}
    assert _roles("小区居民骆志平谢绝了大家的好意。") == {"骆志平": ["小区居民"]}
    assert _roles("业主唐丽娟说，菜已经到了。") == {"唐丽娟": ["业主"]}
    assert _roles("退休职工钱立芬每天在门口值守，她说不累。") == {"钱立芬": ["退休职工"]}
    assert _roles("在东坡村，彝族村民骆春生每天巡逻，他说很安心。") == {"骆春生": ["彝族村民"]}
    # the limit: a standing that is not right before the name is no role of it
    assert _roles("村民们都来了，韦晓岚说，今年的菜长得好。") == {"韦晓岚": []}


def test_a_role_after_a_list_counted_roughly_reaches_the_list():
    assert _roles("疫情来了，东坡社区韦晓岚等10余名党员报名值守。") == {"韦晓岚": ["党员"]}
    assert _roles("东坡村韦晓岚等二十余名党员报名值守。") == {"韦晓岚": ["党员"]}
    assert _roles("网格员韦晓岚等人每天值守，她说应该的。") == {"韦晓岚": ["网格员"]}


def test_a_post_that_gathers_a_group_in_a_numbered_building_is_a_role():
    assert _roles("3号楼志愿者召集人韦晓岚每天在群里发通知。") == {"韦晓岚": ["3号楼志愿者召集人"]}
    assert _roles("小区志愿者联络人骆志平说，物资已经到了。") == {"骆志平": ["小区志愿者联络人"]}
    assert _roles("12单元团购牵头人唐丽娟每天清点物资，她说很累。") == {"唐丽娟": ["12单元团购牵头人"]}
    # the limit: a count before a title is no unit's number
    assert _roles("3名志愿者韦晓岚说，这是应该的。") == {"韦晓岚": ["志愿者"]}


def test_zheng_of_an_action_going_on_is_no_part_of_the_name_before_it():
    assert _roles("社区志愿者骆娟正拿着登记表挨户敲门。") == {"骆娟": ["社区志愿者"]}
    assert _names("社区书记骆娟正指挥着志愿者搬运物资。") == {"骆娟"}
    assert _roles("社区志愿者张芳正拿着测温枪。") == {"张芳": ["社区志愿者"]}  # jieba's 张芳正/nr
    # the limits: a name ending in 正 before a speech verb or another verb stays whole
    assert _names("网格员韦立正说，不累。") == {"韦立正"}
    assert _names("网格员邵国全正在楼下登记。") == {"邵国全"}


def test_a_conjunction_before_a_name_the_story_names_bare_elsewhere_is_no_part_of_it():
    assert _names("网格员骆莹每天值守。但骆莹从不叫苦。") == {"骆莹"}
    assert _names("网格员宗丽每天值守。但宗丽从不叫苦。") == {"宗丽"}  # jieba's 但宗丽/nr
    assert _names("社区书记但晓明说，大家辛苦了。") == {"但晓明"}  # 但 is a surname too


def test_a_name_ending_in_a_conjunction_character_before_a_comma_joins_its_list():
    assert _names("支部书记组织党员骆志平、唐国和、韦江南等轮流值守。") == {"骆志平", "唐国和", "韦江南"}
    assert _roles("东坡社区党员韦晓莲、骆建和、唐华北以及几名志愿者一起值守。") == {
        "韦晓莲": ["东坡社区党员"],
        "骆建和": ["东坡社区党员"],
        "唐华北": ["东坡社区党员"],
    }


def test_the_end_of_an_estates_name_is_no_person():
    assert _names("楚右郡已经解封，楚右郡的居民很多。") == set()
    assert _names("吴韦府已经解封。吴韦府的居民很多。") == set()
    assert _names("淮韦苑已经解封。淮韦苑的居民很多。") == set()
    # the limit: 苑 ends given names, where no character is glued before the name
    assert _roles("护士李苑说，不累。") == {"李苑": ["护士"]}


def test_a_dai_name_with_no_surname_is_a_person_on_strong_evidence():
    text = "在东坡村，傣族村民岩温和岩罕6日清晨就开始巡逻。岩温说：“今天要走完三个寨子。”"
    assert _roles(text) == {"岩温": ["傣族村民"], "岩罕": ["傣族村民"]}
    assert _roles("41岁的村民岩罕帕说，卡点每天两班倒。") == {"岩罕帕": ["村民"]}
    assert _roles("52岁的村民喊香提着水桶去菜地。") == {"喊香": ["村民"]}
    assert _roles("村民咪罕和依香一起做饭。") == {"咪罕": ["村民"], "依香": ["村民"]}
    # the limits: no evidence, a word of the language, a verb and its object are no names
    assert _names("玉香、岩帕和岩温每天巡逻。") == set()
    assert _names("村民岩石上种茶，玉米长得好，志愿者依然坚守岗位。") == set()
    assert _names("组长喊他说，快下楼。网格员喊居民下楼做核酸。") == set()


def test_a_capacity_in_reported_speech_after_the_name_is_the_speakers_role():
    assert _roles("韦晓岚表示，作为一名村党支部书记，守好村口是分内的事。") == {"韦晓岚": ["村党支部书记"]}
    assert _roles("网格员骆志平说，作为一名党员，我应该冲在前面。") == {"骆志平": ["网格员", "党员"]}
    # the limit: a generic noun in the capacity clause is no role
    assert _roles("韦晓岚说，作为居民，大家都要配合。") == {"韦晓岚": []}


def test_the_head_of_a_community_called_its_dangjiaren_has_that_role():
    assert _roles("社区当家人骆志平每天五点就到岗。") == {"骆志平": ["社区当家人"]}


def test_tibetan_and_yi_names_with_no_surname_are_people_on_strong_evidence():
    assert _roles("藏族村民扎西顿珠说，今年青稞长得好。") == {"扎西顿珠": ["藏族村民"]}
    assert _roles("村医次仁卓玛每天上门。") == {"次仁卓玛": ["村医"]}
    assert _roles("56岁的牧民格桑拉姆说，草场很好。") == {"格桑拉姆": ["牧民"]}
    assert _roles("网格员吉克阿依每天上门。") == {"吉克阿依": ["网格员"]}
    assert _roles("村民达瓦说，羊都好。") == {"达瓦": ["村民"]}
    # the limits: a single element before a verb, a greeting, no evidence
    assert _names("书记才让大家回家休息。") == set()
    assert _names("他们献上哈达，唱着扎西德勒。") == set()
    assert _names("次仁每天上门。") == set()  # (one element; two of the stock are a name by themselves)


def test_retired_or_serving_before_a_title_and_a_chat_groups_owner_stay_in_the_role():
    assert _roles("退休教师骆志平说，他很开心。") == {"骆志平": ["退休教师"]}
    assert _roles("在职党员韦晓岚每天值守，她说不累。") == {"韦晓岚": ["在职党员"]}
    assert _roles("团购群群主韦晓岚每天接龙。") == {"韦晓岚": ["团购群群主"]}
    # the limit: a verb before the title still goes (看到网格员甲 is no title 看到网格员)
    assert _roles("我们看到网格员骆志平在楼下，他说不累。") == {"骆志平": ["网格员"]}


def test_a_given_names_last_character_glued_to_the_deng_closing_a_list_is_the_names():
    assert _roles("网格员骆志平等人每天值守。") == {"骆志平": ["网格员"]}
    assert _roles("网格员韦建中等人每天值守。") == {"韦建中": ["网格员"]}
    assert _roles("组长韦海平等5名党员报名值守，他说应该的。") == {"韦海平": ["组长", "党员"]}
    # the limit: 平等 as a word after a name is no part of it
    assert _roles("社区书记骆志说，男女平等很重要。") == {"骆志": ["社区书记"]}


def test_a_dai_mark_that_is_also_a_preposition_or_a_verb_needs_more_before_a_verb():
    assert _names("网格员依规劝返了三人。") == set()
    assert _names("村民喊香拿着扫把扫地。") == set()
    assert _roles("村民依香拿着扫把，依香说不累。") == {"依香": ["村民"]}
