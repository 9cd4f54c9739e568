"""People and roles in the constructions a systematic grid of invented sentences found failing.

Issue 12: a grid of names (two and three characters, compound surnames, given names jieba reads as
words), posts (listed, unlisted, unit + post, none), what stands before and after the name, and a
first and second mention showed classes of misses shared by many cells. One test per class, with its
limit beside it. Pure; no database. Every sentence and name is invented for these tests.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_a_name_with_a_compound_surname_is_found_whole_with_its_post():
    assert _roles("网格员欧阳志远每天上门测温。") == {"欧阳志远": ["网格员"]}
    assert _roles("东坡社区党委书记司马晓红说,大家都很配合。") == {"司马晓红": ["东坡社区党委书记"]}
    assert _roles("欧阳志远说,大家都很配合。") == {"欧阳志远": []}


def test_a_compound_surname_opening_an_ordinary_word_is_no_name():
    assert _roles("网格员上官方网站登记。") == {}
    assert _roles("东方明珠塔下志愿者正在值守。") == {}
    assert _roles("欧阳志远主动承担消杀任务。") == {}  # a name said once with no evidence around it


def test_a_form_of_address_after_a_name_jieba_cut_up_is_evidence_and_the_role():
    assert _roles("孙德福书记带领大家清理楼道。") == {"孙德福": ["书记"]}
    assert _roles("高兴旺主任每天第一个到岗。") == {"高兴旺": ["主任"]}


def test_a_title_after_a_word_that_is_a_post_itself_makes_no_name():
    assert _roles("常务副书记带领大家清理楼道。") == {}
    assert _roles("区委书记说,大家辛苦了。") == {}
    assert _roles("既有卸任的支部老主委,又有在任的委员。") == {}
    assert "楼宇" not in _roles("东坡大厦楼宇副书记孙德福扫码登记。")


def test_a_caption_position_mark_after_a_name_is_evidence_of_a_person():
    assert _roles("孙德福（左）正在登记信息。") == {"孙德福": []}
    assert _roles("吴红英(右二)在核对名单。") == {"吴红英": []}
    assert _roles("高兴旺（化名）一直在家隔离。") == {}  # a pseudonym: see test_extract_people_round11
    assert _roles("孙德福（前排左三）和队员们合影。") == {"孙德福": []}


def test_a_caption_mark_after_a_post_alone_names_nobody():
    assert _roles("志愿者（左）正在登记信息。") == {}
    assert _roles("网格员（右二）在核对名单。") == {}


def test_a_name_jieba_cut_up_right_before_a_speech_verb_is_the_speaker():
    assert _roles("孙德福说,大家都很配合。") == {"孙德福": []}
    assert _roles("高兴旺表示,防控不能松懈。") == {"高兴旺": []}


def test_a_word_before_a_speech_verb_is_no_speaker():
    assert _roles("他高兴地说,终于回家了。") == {}
    assert _roles("全体居民说,感谢大家。") == {}
    assert _roles("明天再说吧。") == {}
    assert _roles("常常说起这件事。") == {}


def test_a_given_name_that_is_a_common_verb_or_adjective_is_part_of_the_name():
    assert _roles("网格员李建设每天上门测温。") == {"李建设": ["网格员"]}
    assert _roles("网格员王胜利每天上门测温。") == {"王胜利": ["网格员"]}
    assert _roles("刘成功告诉记者,物资已经送到。") == {"刘成功": []}
    assert _roles("网格员李建设、王胜利和刘成功一起上门。") == {
        "李建设": ["网格员"],
        "王胜利": ["网格员"],
        "刘成功": ["网格员"],
    }


def test_a_verb_with_its_object_after_a_surname_character_is_no_given_name():
    assert _roles("志愿者李发展了一批新会员。") == {}
    assert _roles("志愿者王帮助老人。") == {}


def test_a_given_name_glued_to_the_preposition_after_it_ends_before_it():
    assert _roles("理发师余欢向居民发放口罩。") == {"余欢": ["理发师"]}


def test_a_given_name_that_is_a_common_word_before_a_form_of_address_is_part_of_the_name():
    assert _roles("李建设书记带领大家清理楼道。") == {"李建设": ["书记"]}
    assert _roles("孙德福队长带领大家巡逻。") == {"孙德福": ["队长"]}
    assert _roles("工程建设主任说,进度正常。") == {}


def test_names_between_you_and_danren_hold_the_post_written_before_or_after():
    assert _roles("东坡区医疗队组长由孙德福、吴红英担任。") == {
        "孙德福": ["东坡区医疗队组长"],
        "吴红英": ["东坡区医疗队组长"],
    }
    assert _roles("东坡区医疗队组长由孙德福担任。") == {"孙德福": ["东坡区医疗队组长"]}
    assert _roles("突击队由公司党总支书记孙德福同志担任组长。") == {"孙德福": ["公司党总支书记", "组长"]}


def test_the_preposition_you_before_a_surname_is_no_part_of_the_name():
    assert "由孙" not in _roles("东坡区医疗队组长由孙德福、吴红英担任。")
    assert _roles("由于人手不够,由大家共同担任志愿者。") == {}
