"""Round 16: people and posts on pages nobody tuned to, one test per construction, each with its limit.
Pure; no database.

Every sentence and name is invented for these tests; each stands for a construction, not a page.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_a_one_character_verb_with_an_aspect_particle_ends_no_name():
    # 甲乙|捐|了: the verb and its 了/着/过 are the predicate of a two-character name jieba tagged
    people = _roles("骆志平捐了消毒液,韦岚捐了口罩,毕晓霞捐了手套。")
    assert set(people) == {"骆志平", "韦岚", "毕晓霞"}
    assert "韦岚" in _roles("社区里,韦岚送着饭菜上楼,一趟又一趟。")
    assert "韦岚" in _roles("那几天,韦岚跑过每一个楼栋,敲开每一户的门。")
    # (a given name's last character is still taken when no particle follows it)
    assert "骆志平" in _roles("志愿者骆志平每天守在卡口。")


def test_a_master_names_his_apprentice_as_kin_are_named():
    assert "韦岚" in _roles("接到爱徒韦岚打来的电话,他赶紧赶到小区。")
    assert "韦晓岚" in _roles("她的徒弟韦晓岚也报名当了志愿者。")
    assert "骆志平" in _roles("老师傅把手艺传给了徒弟骆志平。")
    # (the word alone names nobody)
    assert _roles("师徒二人一起上阵,守在卡口。") == {}


def test_a_rare_surname_whose_character_writes_no_common_word():
    people = _roles("东坡村村民缑志明就是其中一位。缑志明每天早起巡逻。")
    assert "东坡村村民" in people["缑志明"]
