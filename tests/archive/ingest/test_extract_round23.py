"""Extraction (issue 12, twenty-third round): one test per construction, each with its limit on the
other side.

Pure; no database. Every sentence is written for these tests (invented people in real kinds of places).
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text).organizations}


def _places(text: str) -> set[str]:
    return {p.name for p in extract(text).places}


def test_a_bureau_named_for_two_fields_keeps_a_field_jieba_reads_as_a_place():
    """水务和|湖泊/ns|局: 湖泊 is tagged a place name but names no division; it is the bureau's second
    field, and the district before the fields opens the name, its party group's too."""
    assert "江夏区水务和湖泊局" in _orgs("江夏区水务和湖泊局组织机关党员下沉到小区值守。")
    found = _orgs("江夏区水务和湖泊局党组书记韦晓岚带队来到卡点。")
    assert "江夏区水务和湖泊局党组" in found and "水务和湖泊局党组" not in found


def test_a_conjunction_between_a_community_and_a_body_joins_no_fields():
    """The limit: a unit before 和 is a name of its own (青松社区|和|石马村委会), never a field."""
    found = _orgs("青松社区和石马村委会的志愿者一起清理了楼道。")
    assert "石马村委会" in found and not any(name.startswith("青松社区和") for name in found)


def test_a_short_word_in_quotes_inside_a_body_s_name_is_part_of_the_name():
    """区委|“两新”|工委: a quoted short word between a party committee and the body's suffix."""
    assert "江夏区委“两新”工委" in _orgs("江夏区委“两新”工委书记邵明秋来到园区检查防控。")
    assert "市委“两新”工委" in _orgs("市委“两新”工委组织非公企业党员参与值守。")


def test_a_quoted_campaign_before_a_body_stays_out_of_its_name():
    """The limit: a quoted campaign after a verb (开展“敲门”行动) opens no body's name."""
    assert not any("“" in name for name in _orgs("社区开展“敲门”行动，网格员韦晓光挨户登记。"))


def test_a_community_named_by_a_good_word_and_a_direction_is_a_place():
    """幸福/a|南|社区, 明秀/a|东|社区: jieba tags the first word an adjective, but with a direction
    after it the two name the community (a verb or adjective before a place name is still cut off)."""
    assert "幸福南社区" in _places("幸福南社区主任韦晓岚一早就赶到了小区门口。")
    assert {"明秀东社区", "江夏区"} <= _places("江夏区明秀东社区的志愿者们搬运物资。")


def test_a_good_word_before_a_community_without_a_direction_names_none():
    """The limit: 美丽社区, 幸福社区建设 with no direction: the adjective describes, it names nothing."""
    assert _places("大家一起建设美丽社区，居民们都说好。") == set()
