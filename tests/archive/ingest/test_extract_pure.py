"""extract() is a pure function: the same text and lexicon give the same result, whatever ran before."""

from __future__ import annotations

import jieba

from archive.ingest.extract import extract
from archive.ingest.lexicon import Lexicon

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
