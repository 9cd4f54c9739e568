"""Extraction and metadata (issue 12, thirty-seventh round). Sentences written for these tests."""

from __future__ import annotations

from tests.archive.ingest.found import place_set as _places


def test_a_verb_of_recording_or_telling_before_a_unit_word_names_no_place():
    """记录|小|区内, 通知|小区居民, 热心|社区公益: the verb takes the unit's people as its object."""
    found = _places(
        "柯小川热心社区公益事业，住在青禾镇柳湾社区，每天记录小区内独居老人的需求，"
        "登记小区住户信息，通知小区居民下楼做核酸。"
    )
    assert found == {"青禾镇", "柳湾社区"}
