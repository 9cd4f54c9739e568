"""Extraction (issue 12, thirtieth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.extract import extract


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.roles) for p in extract(text).people}


def test_a_post_printed_before_a_colon_is_its_holders_role():
    """村支书：甲、村主任：乙: a roster prints each post, a colon, then the holder; the post is the role
    (with its unit, where the clause names one)."""
    people = _people("疫情发生后，村支书：罗永强、村主任：孙晓燕带领村干部轮流值守。")
    assert people.get("罗永强") == ["村支书"]
    assert people.get("孙晓燕") == ["村主任"]
    people = _people("封控期间，青松村党支部书记：罗永强，每天守在卡点。")
    assert people.get("罗永强") == ["青松村党支部书记"]


def test_a_credits_key_before_a_colon_is_no_role():
    """记者：甲 is a credit (metadata), and 居民 before a colon is no post."""
    people = _people("一位居民：罗永强说，菜送到了门口。（记者：孙晓燕）")
    assert people.get("罗永强", []) == []
    assert "孙晓燕" not in people
