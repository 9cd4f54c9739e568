"""extract() is a pure function: the same text and lexicon give the same result, whatever ran before."""

from __future__ import annotations

import re
from pathlib import Path

import jieba

from archive.ingest.extract import extract, tokens
from archive.ingest.lexicon import Lexicon

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
TEXT = "社区书记韩小川带着志愿者上门。居民岳晴岚和韩小川一起核对名单,岳晴岚说:“名单对上了。”"


def _snapshot(text: str, lexicon: Lexicon | None = None):
    ex = extract(text, lexicon)
    return [
        [
            (e.name, e.kind, [(m.start, m.end, m.roles, m.organizations, m.age) for m in e.mentions])
            for e in kind
        ]
        for kind in (ex.people, ex.organizations, ex.places)
    ]


def test_extraction_run_twice_with_a_lexicon_in_between_gives_the_same_result():
    first = _snapshot(TEXT)
    curated = _snapshot(TEXT, Lexicon(people={"韩小川带"}, places={"名单对上": "compound"}))
    assert curated != first  # the lexicon did change that run
    assert _snapshot(TEXT) == first


def test_a_lexicon_never_reaches_the_process_wide_jieba():
    extract("甄一苇到了。", Lexicon(people={"甄一苇"}, organizations={"苇塘互助会": "other"}))
    assert "甄一苇" not in jieba.dt.FREQ and "苇塘互助会" not in jieba.dt.FREQ


def test_words_added_to_the_process_wide_jieba_do_not_change_extraction():
    text = "网格员柯蓝溪上门登记。"
    before = _snapshot(text)
    jieba.add_word("员柯蓝", freq=900000, tag="nr")
    try:
        assert _snapshot(text) == before
    finally:
        jieba.del_word("员柯蓝")


def _long_text() -> str:
    """A page well past the length from which Doc answers occurrences from its pair index."""
    parts, i = [], 0
    names = ["韩小川", "岳晴岚", "柯蓝溪", "甄一苇", "韩小"]
    while sum(map(len, parts)) < tokens._INDEXED * 3:
        a, b = names[i % 5], names[(i * 3 + 1) % 5]
        parts.append(f"社区书记{a}和志愿者{b}、{a}一起上门,哈哈哈哈哈,𠀋𠀋𠀋{b}说:“名单对上了。”\n")
        i += 1
    return "".join(parts)


def test_occurrences_on_a_long_text_are_those_of_finditer_and_str_count():
    text = _long_text()
    assert len(text) > tokens._INDEXED
    doc = tokens.Doc(text, Lexicon())
    asked = ["韩小川", "韩小", "岳晴岚、", "哈哈", "哈哈哈", "𠀋𠀋", "𠀋", "不在文中", "上门,哈", "\n社区"]
    asked += [text[p : p + n] for p in range(0, len(text) - 5, 997) for n in (1, 2, 3, 5)]
    for s in asked:
        assert doc.occurrences(s) == [m.start() for m in re.finditer(re.escape(s), text)], s
        assert doc.count(s) == text.count(s), s


def test_extraction_of_a_long_text_is_the_same_with_and_without_the_pair_index(monkeypatch):
    text = _long_text()
    lexicon = Lexicon(people={"甄一苇"}, organizations={"志愿者": "other"}, places={"社区书记": "community"})
    indexed = [_snapshot(text), _snapshot(text, lexicon)]
    monkeypatch.setattr(tokens, "_INDEXED", len(text) + 1)  # every question scans the text instead
    assert [_snapshot(text), _snapshot(text, lexicon)] == indexed
    assert indexed[0][0]  # people were found


def _samples_text() -> str:
    from archive.ingest.clean import clean_page

    bodies = [clean_page(p.read_text(encoding="utf-8")).body for p in sorted(SAMPLES.glob("*.txt"))]
    return "\n".join(bodies)


def test_extraction_of_the_samples_run_together_is_the_same_with_and_without_the_pair_index(monkeypatch):
    text = _samples_text()
    while len(text) <= tokens._INDEXED:
        text += "\n" + text
    indexed = _snapshot(text)
    monkeypatch.setattr(tokens, "_INDEXED", len(text) + 1)
    assert _snapshot(text) == indexed
    assert indexed[0] and indexed[1] and indexed[2]  # people, organisations and places were found


def test_ends_with_title_gives_the_first_title_of_the_length_ordered_list_that_ends_the_text():
    from archive.ingest.extract.role_scope import ALL_TITLES, agent_title
    from archive.ingest.extract.roles import ends_with_title

    def scan(s: str) -> str:  # the definition: the first of ALL_TITLES (longest first) that s ends with,
        return next((t for t in ALL_TITLES if s.endswith(t)), "") or agent_title(s)  # else a coined one

    text = _samples_text()
    asked = [text[max(0, i - n) : i] for i in range(0, len(text), 3) for n in (1, 2, 4, 8)]
    asked += [p + t for t in ALL_TITLES for p in ("", "社区", "副")]
    assert sum(1 for s in asked if scan(s)) > 100
    assert [ends_with_title(s) for s in asked] == [scan(s) for s in asked]
