"""People: evidence that a word is a person of the story, and credits glued into the body that are
not. Pure; no database. The sentences are written for these tests; each is a class, not a page.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _people(text: str) -> list[str]:
    return [p.name for p in extract(text).people]


def test_a_reporter_glued_to_the_next_credit_key_is_no_person_of_the_story():
    text = "(晚报记者邵明轩通讯员柏青松)5月3日,社区书记冯玉洁带领志愿者上门。"
    assert _people(text) == ["冯玉洁"]


def test_a_reporter_before_reports_and_an_editor_in_brackets_are_no_people():
    assert _people("家园网讯 记者卜文静报道:社区书记冯玉洁带领志愿者上门。") == ["冯玉洁"]
    assert _people("社区书记冯玉洁带领志愿者上门。\n【编辑】:邵明轩") == ["冯玉洁"]


def test_the_reporter_finding_something_out_hides_no_name_after_it():
    assert _people("记者了解到,冯玉洁每天六点到岗。社区书记冯玉洁说不累。") == ["冯玉洁"]


def test_a_kin_word_before_a_name_names_a_person_and_is_the_role_it_states():
    ex = extract("网格员邹丽萍的丈夫秦拥国也来帮忙。")
    assert [(p.name, p.roles) for p in ex.people] == [("邹丽萍", ["网格员"]), ("秦拥国", ["丈夫"])]


def test_a_title_stated_after_a_word_makes_it_a_person():
    ex = extract("傅长顺是东湖社区党支部书记,每天都在一线。")
    assert [(p.name, p.roles) for p in ex.people] == [("傅长顺", ["东湖社区党支部书记"])]


def test_a_name_whose_last_character_jieba_glues_to_the_next_word_is_whole():
    assert _people("滞留学生孙佳奕在登记信息。孙佳奕说不累。") == ["孙佳奕"]
    assert _people("社区志愿者朱欢欢连续4天录入信息。") == ["朱欢欢"]


def test_a_verb_after_a_generic_resident_noun_is_no_name():
    assert _people("物资送到后,让居民连呼“贴心”。") == []


def test_a_common_word_that_jieba_reads_as_a_name_with_the_next_character_is_no_name():
    assert _people("要加强宣传,利用微信群、大喇叭等方式通知居民。") == []


def test_the_stem_of_a_title_is_no_name():
    assert _people("社区还以楼栋为单位,组织党员值守。") == []


def test_a_garment_after_a_wearing_verb_and_a_title_word_is_no_name():
    assert _people("她穿着志愿者马甲,来到了社区报到。") == []


def test_a_preposition_and_a_direction_or_a_word_after_an_attributive_is_no_name():
    assert _people("从村口出来,向右走。商场和大型商超自初三起开展消杀。") == []


def test_a_surname_with_a_city_for_a_given_name_after_a_title_is_a_person():
    ex = extract("采样点总能看到华侨蔡西宁的身影。")
    assert [p.name for p in ex.people] == ["蔡西宁"]


def test_a_short_contact_line_with_a_telephone_number_names_nobody_of_the_story():
    text = "社区书记冯玉洁带领志愿者上门。\n邵明轩(版权合作)0431-62523496\n联系人:柏青松 13912345678"
    assert _people(text) == ["冯玉洁"]


def test_a_given_name_jieba_reads_as_an_adverb_after_a_title_is_part_of_the_name():
    assert _people("社区党委书记韩立新正在指挥居民排队。") == ["韩立新"]


def test_an_age_stated_right_after_a_name_makes_it_a_person():
    ex = extract("高红梅今年45岁,是社区的一名网格员。")
    assert [(p.name, p.age) for p in ex.people] == [("高红梅", 45)]


def test_a_particle_after_a_word_is_never_the_last_character_of_a_name():
    assert _people("队长车载着物资来了。") == []


def test_reporters_glued_together_after_the_key_are_no_people_even_when_a_role_follows():
    text = "日报客户端记者邵明轩柏青松他是“小巷总管”。8月18日,社区书记冯玉洁带队上门。"
    assert _people(text) == ["冯玉洁"]


def test_a_neighbour_word_before_a_name_names_a_person():
    assert _people("听说邻居张浩的女儿在外地上大学,他立即上门询问。") == ["张浩"]


def test_a_title_stated_after_a_comma_makes_the_word_before_it_a_person():
    ex = extract("90后的李雅,是社区下沉党员,今晚负责信息摸排。")
    assert [p.name for p in ex.people] == ["李雅"]


def test_a_familiar_form_after_a_conjunction_is_no_name():
    assert _people("我问老陈和老齐他们哪去了。镇党委书记杨春丽也来了。") == ["杨春丽"]
