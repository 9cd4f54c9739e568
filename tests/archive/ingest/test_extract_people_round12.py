"""People and roles, round twelve: constructions of pages nobody has tuned to.

Issue 12: one test per construction, with its limit beside it. Pure; no database. Every sentence
and name is invented for these tests.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def _ages(text: str) -> dict[str, int | None]:
    return {p.name: p.age for p in extract(text).people}


def test_a_capacity_clause_after_a_conjunction_gives_the_subject_its_post():
    # 但作为一名…, 同时作为…: the capacity clause opens after a conjunction or an adverb
    assert "预备党员" in _roles("虽不是公职人员，但作为一名预备党员，韦晓岚也不甘落后。")["韦晓岚"]
    assert "东坡社区党委书记" in _roles("同时，作为东坡社区党委书记，骆志平每天都到卡口。")["骆志平"]
    roles = _roles("职业学院学生韦晓岚正在测体温。而作为一名入党积极分子，韦晓岚也很积极。")
    assert "入党积极分子" in roles["韦晓岚"]
    # the limit: a clause with a subject of its own states no post of the name after it
    assert _roles("大家都作为志愿者，骆志平也来了。").get("骆志平", []) == []


def test_the_practitioners_of_a_trade_are_a_post():
    assert "餐饮从业人员" in _roles("骆志平是一名餐饮从业人员。")["骆志平"]
    assert any("IT从业人员" in r for r in _roles("韦晓岚是一名IT从业人员，每天上岗服务。")["韦晓岚"])


def test_the_two_committees_shared_by_a_list_of_names():
    # 甲、乙、丙等社区两委一班人: the post after 等 is every listed name's
    roles = _roles("骆志平、韦晓岚、唐国梁等社区两委一班人，带领干群积极响应。")
    assert roles == {"骆志平": ["社区两委"], "韦晓岚": ["社区两委"], "唐国梁": ["社区两委"]}
    roles = _roles("骆志平、韦晓岚等村两委干部挨家挨户排查。")
    assert roles == {"骆志平": ["村两委干部"], "韦晓岚": ["村两委干部"]}
    # the limit: the committees as a body beside a titled name are no post of hers
    assert _roles("第一书记骆志平与村两委商议近期工作。") == {"骆志平": ["第一书记"]}


def test_a_given_name_that_is_a_common_noun_after_a_title_and_the_measure_word_surname():
    # 居民张|金牌: 张 read as a measure word, but no number or pointer stands before it
    assert _roles("网格员张金牌每天巡查。") == {"张金牌": ["网格员"]}
    assert "张金牌" in _roles("原来是院内居民张金牌反映自家水管爆裂。")
    # the limit: after a number or pointer 张 counts the noun
    assert _roles("他拿了一张金牌奖状。") == {}
    assert _roles("这张金牌照片挂在墙上。") == {}


def test_a_given_name_ending_in_a_large_number_character():
    # 韦国|千/m: the last character of the name read as a number
    assert _roles("骆志平、韦国千等社区干部带领干群积极响应。")["韦国千"] == ["社区干部"]
    assert _roles("这个王国千年不变。") == {}
    assert _roles("市民李明千万别大意。") == {}


def test_a_profile_with_sex_and_nationality_before_the_age():
    # 甲,男,53岁,…: the profile line the genre opens a portrait with
    found = _roles("韦国千,男,53岁,中共党员,现任东坡社区党委书记。")
    assert found == {"韦国千": ["中共党员", "东坡社区党委书记"]}
    assert _ages("骆晓岚，女，汉族，45岁，现任东坡村党支部书记。") == {"骆晓岚": 45}
    assert _ages("韦国千,男,53岁,中共党员。") == {"韦国千": 53}
    # the limit: a sex field alone, with no age, is no evidence of a name jieba did not find
    assert _roles("东坡社区,男女老少都来了。") == {}


def test_a_verb_of_report_with_what_was_said_after_it_is_evidence_of_the_speaker():
    # 甲称，…: 称 opens 称为 and 称赞 too; with the punctuation that opens the speech it reports
    assert "濮文澜" in _roles("“都是老邻居。”濮文澜称，来的人她都认得。")
    assert "骆志平" in _roles("骆志平称，他家在东坡小区住了二十年。")
    assert "韦建明" in _roles("韦建明笑称：“我是老兵了。”")
    # the limit: a unit that reports is no person, and 称赞 opens no speech
    assert _roles("社区称，这里有42个小区。") == {}
    assert _roles("邻居们称赞他是好人。") == {}


def test_this_one_and_a_post_opening_the_next_paragraph_is_the_person_named_last():
    text = "43岁的骆志平和妻子是最年轻的。\n说起初衷，这位东坡村党支部书记告诉记者：“就是为了宣传。”"
    assert _roles(text) == {"骆志平": ["东坡村党支部书记"]}
    assert _roles("骆志平每天都去卡口。\n这位老党员说，大家都很配合。") == {"骆志平": ["老党员"]}
    # the limits: someone brought in between (一位…), or named in the new paragraph, is 这位
    assert _roles("骆志平每天都去卡口。社区里来了一位志愿者。\n这位志愿者说，大家都很配合。") == {
        "骆志平": []
    }
    roles = _roles("骆志平每天都去卡口。\n记者见到韦晓岚时，这位网格员正在登记。")
    assert roles == {"骆志平": [], "韦晓岚": ["网格员"]}


def test_the_kind_a_list_or_a_family_is_an_example_of():
    # 像甲、乙这样的志愿者; 有甲母女这样的志愿者: every name of the list, the name with its kin
    roles = _roles("还有很多像韦晓岚、骆志平和唐国梁这样的志愿者。")
    assert roles == {"韦晓岚": ["志愿者"], "骆志平": ["志愿者"], "唐国梁": ["志愿者"]}
    assert _roles("幸好，有骆海鹰母女这样的志愿者。骆海鹰说，大家都很熟。") == {"骆海鹰": ["志愿者"]}
    # the limit: a clause break before 这样 ends the example
    assert _roles("居民有骆海鹰、韦晓岚，这样的志愿者很少。") == {"骆海鹰": [], "韦晓岚": []}


def test_a_given_name_ending_in_a_character_that_ends_units_too():
    # 第一书记骆科: 科 ends 宣传科 and given names alike; jieba's name tag after a title decides
    assert _roles("东坡村第一书记骆科说，大家都很好。") == {"骆科": ["东坡村第一书记"]}
    assert "王玉堂" in _roles("居民王玉堂说，谢谢大家。")
    # the limit: the unit itself, and a title's form of address
    assert _roles("办公室宣传科负责登记。") == {}
    assert _roles("社区干部王科长说，大家都很好。") == {}


def test_someone_seen_at_work_is_a_person():
    # 总能看到甲(忙碌)的身影: the genre's way of saying where someone is found at work
    assert "韦晓岚" in _roles("每天天刚亮，检测卡点上总能看到韦晓岚的身影，认真记录往来车辆。")
    assert "骆志平" in _roles("在卡口上，总能看到骆志平忙碌的身影。")
    # the limit: a group, a place or a garment seen is no name
    assert _roles("到处都能看到党员志愿者的身影。") == {}
    assert _roles("社区里随处可见王家湾的身影。") == {}
    assert _roles("总能看到白大褂的身影。") == {}
