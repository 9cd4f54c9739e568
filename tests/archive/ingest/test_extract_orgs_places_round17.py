"""Organisations and places, issue 12, seventeenth round: one test per class, each with its limit.

Pure; no database. Every sentence is written for these tests: the people, streets, villages, estates
and bodies are invented (韦晓岚, 骆志平, 青禾, 绿柳).
"""

from __future__ import annotations

from tests.archive.ingest.found import places as _places

# An estate called by its developer's brand alone (no 小区 after it), right after the unit it lies in
# or in apposition to the word 小区


def test_an_estate_by_its_brand_after_its_unit_is_a_compound():
    assert "禾润华庭" in _places("骆志平住在青禾区绿柳社区禾润华庭，每天下楼做核酸。")
    assert "韦岚中央广场" in _places("韦晓岚所在的小区是鼓楼区韦岚中央广场。")
    assert "柳湾雅庭" in _places("她报名参加疫点小区——柳湾雅庭的夜班值守。")
    assert "骆源城" in _places("绿柳社区骆源城全域被列为临时管控区。")


def test_a_common_word_after_a_unit_is_no_estate():
    assert "人民广场" not in _places("青禾区人民广场上，志愿者排起长队。")
    assert "县城" not in _places("绿柳镇县城里的超市都开着门。")
    assert not any(p.endswith("汽配城") for p in _places("绿柳社区两委成员到汽配城走访商户。"))
