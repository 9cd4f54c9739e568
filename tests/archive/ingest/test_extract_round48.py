"""Extraction (issue 12, forty-eighth round). Sentences written for these tests."""

from __future__ import annotations

from tests.archive.ingest.found import people_roles as _people


def test_a_word_before_a_negation_is_no_name():
    """农时/n|不等人: a word, then 不: no given name ends in the negation."""
    assert _people("春耕已经开始,农时不等人,村里组织大家下田。") == {}


def test_a_frequent_adjective_opens_no_name():
    """居民方便/a|全|靠: a frequent adjective of the dictionary is the predicate, not a surname and a
    given name, after a person noun too; a real name before a predicate is still one."""
    assert _people("这栋老楼的居民方便全靠楼下的公厕。") == {}
    assert "方国全" in _people("社区书记方国全正在登记。")


def test_a_surname_with_the_word_for_social_worker_is_a_form_of_address():
    """郭社工, 陈社工: a surname and a title, as 马先生 is, no one named."""
    assert _people("社区请来郭社工和陈社工为居民做心理疏导。") == {}


def test_an_exemplars_name_used_as_a_common_noun_is_no_person():
    """的士雷锋车队, 活雷锋: the genre's byword for a volunteer, never a person of the story."""
    people = _people("青禾市的士雷锋车队队长谢庆林说,大家都把他叫作活雷锋。")
    assert "雷锋" not in people and "谢庆林" in people


def test_a_photographers_credit_with_a_slash_is_no_person():
    """(甲/摄) after a caption: the photographer's credit, not a person of the story."""
    people = _people("正在建设中的青禾方舱医院(韦晓岚/摄)\n参与建设的工人骆志平(韦晓岚/摄)")
    assert "韦晓岚" not in people and "骆志平" in people
