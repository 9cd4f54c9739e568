"""Sub-district places the genre writes without their unit word: names listed before the kind of unit
they all are, the phase of an estate, and phrases that end in a unit word but name none (issue 12).

Pure; no database. Every sentence is written for these tests; the compounds, communities and villages
are invented.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


def _kinds(text: str) -> dict[str, str]:
    return {p.name: p.kind for p in extract(text).places}


def test_each_name_of_a_list_closed_by_its_kind_of_unit_is_such_a_unit():
    kinds = _kinds("党员们每天轮流去金州城、纺织宿舍、百合居等小区值守。")
    assert kinds == {"金州城": "compound", "纺织宿舍": "compound", "百合居": "compound"}


def test_a_list_counted_before_its_unit_word_starts_after_the_unit_above_it():
    places = _places("干部分别下沉到建设街道东风、红旗、光明共3个社区，协助排查。")
    assert {"东风", "红旗", "光明"} <= set(places)
    assert not any(p.endswith("街道东风") for p in places)


def test_a_list_of_people_or_of_tasks_before_a_unit_word_names_no_unit():
    assert _places("党员、干部、群众等社区力量都动员起来。") == []
    assert _places("消杀、巡逻等社区工作有序开展。") == []
    assert _places("王家、李家等村民自发设卡。") == []  # 等|村民: the unit word opens a longer word


def test_a_phase_of_an_estate_is_a_compound_of_its_own():
    assert "翠湖家园二期" in _places("她每天到翠湖家园二期帮忙登记。")
    assert _places("她每天到翠湖小区一期帮忙登记。") == ["翠湖小区"]  # a phase of a named 小区 is its part
    assert _places("疫情期间，翠湖家园小区实行封闭管理。") == ["翠湖家园小区"]


def test_a_verb_whose_object_is_a_units_defences_names_no_unit():
    assert _places("要求各单位织密筑牢社区防护网。") == []
    assert _places("各村积极开展无疫情社区创建。") == []


def test_each_name_of_a_list_closed_by_street_or_town_is_a_subdistrict():
    kinds = _kinds("共向松北、松南、石榴墩、青河东路等街道派出志愿者。")
    assert kinds == {
        "松北": "subdistrict",
        "松南": "subdistrict",
        "石榴墩": "subdistrict",
        "青河东路": "subdistrict",
    }
    assert _kinds("工作组分赴柳塘、白石等镇排查。") == {"柳塘": "subdistrict", "白石": "subdistrict"}


def test_a_list_before_towns_and_townships_together_names_no_unit():
    assert _places("柳塘、白石等乡镇干部连夜返岗。") == []


def test_each_item_of_a_list_of_communities_is_named_by_all_between_its_commas():
    places = _places("他走遍了柳塘社区、高新园红枫社区、迎客社区的每个楼栋。")
    assert {"柳塘社区", "高新园红枫社区", "迎客社区"} <= set(places)
    assert "园红枫社区" not in places


def test_a_generic_or_counted_item_of_a_list_of_units_is_no_name():
    assert _places("城市社区、农村社区都要排查。") == []
    assert _places("他去过柳塘社区、各个社区。") == ["柳塘社区"]


def test_a_pointer_read_together_with_the_unit_word_names_no_unit():
    assert _places("文明实践站面向全镇招募志愿者。") == []
    assert _places("工作组走遍各村宣传。") == []


def test_a_town_whose_name_ends_in_a_pointer_character_is_still_a_place():
    assert "柳全镇" in _places("工作组走遍柳全镇宣传。")  # 柳|全镇: the pointer is the name's tail
