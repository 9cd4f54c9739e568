"""Places and organisations (issue 12, nineteenth round): one test per construction, each with its
limit on the other side.

Pure; no database. Every sentence is written for these tests (invented estates and people in real kinds
of places).
"""

from __future__ import annotations

from archive.ingest.extract import extract, extract_headline


def _places(text: str) -> set[str]:
    return {p.name for p in extract(text).places}


def test_an_estate_phase_before_its_xiaoqu_is_one_name():
    """Phase words (一期, 二期 …) are a closed class: 某花园|二期|小区 is one compound."""
    found = _places("记者来到青松街道翠柳花园二期小区，看到志愿者正在门口值守。")
    assert "翠柳花园二期小区" in found
    assert "翠柳花园二期" not in found


def test_an_estate_phase_without_xiaoqu_stays_as_before():
    found = _places("记者来到青松街道翠柳花园二期，看到志愿者正在门口值守。")
    assert "翠柳花园二期" in found
    assert "翠柳花园二期小区" not in found


BODY = "石柱土家族自治县青松镇的党员们连日值守在村口，劝返外来车辆。"


def test_a_headline_names_an_autonomous_county_by_its_place_name():
    """An autonomous county's short form drops its peoples and 自治县 (石柱), not just the last character."""
    body = extract(BODY)
    assert "石柱土家族自治县" in {p.name for p in body.places}
    head = extract_headline("石柱:党员守好山村路口", body)
    assert "石柱" in {p.name for p in head.places}


def test_a_headline_without_the_short_form_names_no_county():
    head = extract_headline("党员守好山村路口", extract(BODY))
    assert not head.places
