"""Extraction (issue 12, twenty-ninth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.extract import extract


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.roles) for p in extract(text).people}


def test_a_name_before_a_compound_post_is_a_person_with_that_post():
    """韩志刚支队长为…, 周海燕副大队长说: a post that opens with a unit's word (支队, 大队, 中队) written
    after a name is the person's form of address, not the name of a unit (no 韩志刚支队)."""
    text = "消杀开始前，韩志刚支队长为队员们检查装备。周海燕副大队长说，大家再坚持几天。"
    found = extract(text)
    people = {p.name: list(p.roles) for p in found.people}
    assert people.get("韩志刚") == ["支队长"]
    assert people.get("周海燕") == ["副大队长"]
    assert not any(o.name.startswith(("韩志刚", "周海燕")) for o in found.organizations)


def test_a_verb_before_a_person_noun_that_opens_with_a_units_word_is_no_name():
    """安抚|村民: 安 is a surname and 村 a unit's word, but 村民 is no post, so 安抚 stays a verb."""
    assert "安抚" not in _people("值班的村干部轮流安抚村民的情绪，党员程国富守在卡点。")


def test_a_brand_written_in_formal_numerals_opens_the_companys_name():
    """湖北|玖|源建材有限公司: jieba reads the cheque numeral 玖 as a number and cut it off the name; the
    numerals of cheques and receipts are never a count in prose, so they open the brand."""
    orgs = {o.name for o in extract("湖北玖源建材有限公司和湖南叁禾食品有限公司送来了口罩。").organizations}
    assert {"湖北玖源建材有限公司", "湖南叁禾食品有限公司"} <= orgs
