"""Organisations and places on pages nobody tuned to (issue 12, fourteenth round): one test per class.

Pure; no database. Every sentence is written for these tests: the people, villages and bodies are
invented (韦晓岚, 骆志平, 青禾, 绿柳).
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


# A level's own organs (市机关…, 县机关…) name a body: 机关 there is a word of the name, not a kind word


def test_the_organs_of_a_level_open_a_bodys_name():
    assert "市机关后勤保障中心" in _orgs("骆志平调到市机关后勤保障中心工作。")
    assert "县机关事务服务中心" in _orgs("骆志平来自县机关事务服务中心。")
    assert "绿柳市机关事务管理局" in _orgs("绿柳市机关事务管理局组织干部下沉社区。")


def test_a_kind_word_after_a_common_noun_is_still_cut():
    assert "青禾物流公司" in _orgs("辖区企业青禾物流公司捐赠物资。")
    assert "绿柳酒店" in _orgs("驻地企业绿柳酒店提供房间。")


# 发挥, 携手, 借助, 依靠 take a body as their object: the verb is no part of its name


def test_a_verb_taking_a_body_as_object_is_no_part_of_its_name():
    assert "青禾村党支部" in _orgs("各村发挥青禾村党支部战斗堡垒作用。")
    assert "青禾物业公司" in _orgs("街道携手青禾物业公司开展消杀。")
    assert "绿柳物流公司" in _orgs("社区借助绿柳物流公司配送物资。")
