"""Round 19, roles: a quoted label a predicate gives the subject is a role only when its head is a
post. The sentences are written for these tests (invented names, places of real kinds)."""

from __future__ import annotations

from archive.ingest.extract import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_a_figure_of_praise_after_shi_or_cheng_le_is_no_role():
    found = _roles("在青禾社区,网格长柏芸汐是“联络兵”,每天回复上百条消息。")
    assert found == {"柏芸汐": ["网格长"]}
    found = _roles("退休教师邵禾川成了社区的“顶梁柱”。邵禾川说,能帮就帮。")
    assert found == {"邵禾川": ["退休教师"]}


def test_a_figure_of_praise_after_bei_cheng_wei_is_no_role():
    found = _roles("财务科科长骆芷晴连续值守十天,被同事称为“铁娘子”。")
    assert found == {"骆芷晴": ["财务科科长"]}


def test_a_quoted_label_headed_by_a_post_is_still_a_role():
    found = _roles("65岁的秦德海第一时间回到社区,化身“应急队长”,支援周边几个小区。")
    assert found["秦德海"] == ["应急队长"]
    found = _roles("社区发出动员令,郭立海主动报名,当起了“红色楼长”。郭立海说,应该的。")
    assert found == {"郭立海": ["红色楼长"]}
