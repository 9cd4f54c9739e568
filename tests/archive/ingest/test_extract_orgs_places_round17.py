"""Organisations and places, issue 12, seventeenth round: one test per class, each with its limit.

Pure; no database. Every sentence is written for these tests: the people, streets, villages, estates
and bodies are invented (韦晓岚, 骆志平, 青禾, 绿柳).
"""

from __future__ import annotations

from tests.archive.ingest.found import orgs as _orgs
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


# The 党组织 of a field the Party organises by (农村, 机关, 企事业单位, 新兴领域): every one of the field


def test_the_party_organisations_of_a_field_are_no_body():
    found = _orgs("绿柳区农村党组织和机关企事业单位党组织要带头，新兴领域党组织也要行动起来。")
    assert not any(o.endswith("党组织") for o in found)
    assert "两新组织党组织" not in _orgs("青禾街道两新组织党组织开展走访。")


def test_a_named_units_party_organisation_or_a_bodys_machinery_committee_stays():
    found = _orgs("青禾社区党组织书记韦晓岚、青禾县委组织部机关党委书记骆志平到场。")
    assert "青禾社区党组织" in found
    assert "青禾县委组织部机关党委" in found
