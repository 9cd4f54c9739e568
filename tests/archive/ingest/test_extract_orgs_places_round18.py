"""Places and organisations by class, round 18 (issue 12): names as a converter prints them, villages
written right after their township.

Pure; no database. Every sentence is written for these tests: the townships, villages, communities
and people are invented (青禾, 绿柳, 骆志平); real divisions (岳阳市, 疏附县) stand where a name's
start depends on the division before it being known.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


# A converter's pinyin gloss after a unit's last character belongs to the name as printed


def test_a_unit_whose_last_character_is_glossed_keeps_the_gloss():
    text = "韦晓岚在岳阳市青禾鎮(zhèn)綠柳社區(qū)值守，每天都來。"
    assert _places(text) == ["岳阳市", "青禾鎮(zhèn)", "綠柳社區(qū)"]


def test_a_glossed_district_and_community_in_a_list_keep_their_glosses():
    places = _places("岳陽(yáng)市青禾區(qū)的望松社區(qū)、晓竹社區(qū)都設了卡口。")
    assert "望松社區(qū)" in places and "晓竹社區(qū)" in places
    assert not any(p.endswith(("區", "鎮")) for p in places)  # never the name without its gloss


def test_a_body_a_gloss_runs_through_is_recorded_as_printed():
    assert "綠柳社區(qū)黨委" in _orgs("綠柳社區(qū)黨委書記騾志平帶隊走訪。")


def test_a_person_keeps_no_gloss_of_the_word_after_the_name():
    people = [p.name for p in extract("村支書(shū)骆志平說(shuō)，大家都辛苦了。").people]
    assert people == ["骆志平"]
