"""A surname-led word the dictionary does not know and jieba's model reads as a verb is no name, even
beside a real name or after a title (QA: 封控 became a person in 16 records). Sentences written for
this test."""

import pytest

from archive.ingest.extract import extract


def _people(text: str) -> list[str]:
    return [p.name for p in extract(text).people]


@pytest.mark.parametrize(
    "text",
    [
        "社区书记韦晓岚和封控管理的一周。",  # 和 + a new verb of the genre: no second name in a row
        "骆志平说，党员包保到户，一户不落。",  # a title then a new verb: no name after the title
    ],
)
def test_a_new_verb_led_by_a_surname_character_is_no_person(text):
    people = _people(text)
    assert people and all(len(name) == 3 for name in people)


def test_names_beside_such_verbs_are_still_found():
    assert _people("网格员柏明远和韦晓岚封控期间每天上门。") == ["柏明远", "韦晓岚"]
