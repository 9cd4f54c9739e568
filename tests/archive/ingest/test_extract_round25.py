"""Extraction (issue 12, twenty-fifth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.extract import extract


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.roles) for p in extract(text).people}


def test_a_given_name_s_last_character_glued_to_a_word_ending_in_zai_after_a_title():
    """党员张文|健在|值守: jieba reads 健在 (alive) as a word; after a title, 健 is the name's and 在 the
    preposition. Words that open with an adverb (正在, 也是) or 所 (所在) leave the name as it is."""
    assert "韦晓健" in _people("青松小区在职党员韦晓健在值守时，坚决不让外来车辆进入。")
    people = _people("社区书记韦刚正在值守，社区主任骆明也是党员，市民韦梓所在的小区被封控。")
    assert {"韦刚", "骆明", "韦梓"} <= set(people)
    assert not {"韦刚正", "骆明也", "韦梓所"} & set(people)
