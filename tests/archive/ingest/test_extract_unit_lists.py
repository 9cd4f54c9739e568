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
    kinds = _kinds("志愿者们分批前往九州城、农贸宿舍、百合居等小区，在门口值守。")
    assert kinds == {"九州城": "compound", "农贸宿舍": "compound", "百合居": "compound"}


def test_a_list_counted_before_its_unit_word_starts_after_the_unit_above_it():
    places = _places("干部下沉到进学街道文华、文新、向阳共3个社区，协助排查。")
    assert {"文华", "文新", "向阳"} <= set(places)
    assert not any(p.endswith("街道文华") for p in places)


def test_a_list_of_people_or_of_tasks_before_a_unit_word_names_no_unit():
    assert _places("党员、干部、群众等社区力量都动员起来。") == []
    assert _places("消杀、巡逻等社区工作有序开展。") == []


def test_a_phase_of_an_estate_is_a_compound_of_its_own():
    assert "锦绣家园二期" in _places("她在锦绣家园二期从事志愿服务。")
    assert _places("她在锦绣小区一期从事志愿服务。") == ["锦绣小区"]  # a phase of a named 小区 is its part
    assert _places("疫情期间，锦绣家园小区实行封闭管理。") == ["锦绣家园小区"]


def test_a_verb_whose_object_is_a_units_defences_names_no_unit():
    assert _places("全力织密筑牢社区小区防护网格。") == []
    assert _places("扎实推进无疫情社区创建工作。") == []
