"""The gram fields written in bulk from arrays (whoosh_adapter.BulkGramWriter) hold exactly what
Whoosh's own per-document writer would have written, so every reader, the phrase oracle and segment
merges see the same index."""

from __future__ import annotations

import gc
import multiprocessing
import os
import random
from collections import Counter

import numpy as np
import pytest
from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import FileStorage

from archive.models import Article
from search.analyzers import (
    MAX_GRAM,
    gram_analyzer,
    gram_arrays,
    gram_code,
    gram_code_texts,
    grams,
    word_analyzer,
)
from search.phrase import CompactPositions
from search.whoosh_adapter import BulkGramWriter

WORDS = frozenset({"words", "wordpos"})
ALPHABET = list("  \n\t黨員党员核酸检测社区志愿者ａＢc12,。x\x00")


def random_text(rng: random.Random, longest: int = 14) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, longest)))


def test_gram_arrays_are_the_terms_and_positions_of_the_tokenizer():
    rng = random.Random(5)
    for _ in range(2000):
        text = random_text(rng)
        codes, positions = gram_arrays(text)
        got = Counter(zip(gram_code_texts(codes), positions.tolist(), strict=True))
        assert got == Counter((term, pos) for term, pos, _s, _e in grams(text)), repr(text)
        assert [gram_code(t) for t in gram_code_texts(codes)] == codes.tolist()


def test_gram_codes_sort_as_the_terms_utf8_bytes_do():
    terms = sorted({term for text in ("社区a志愿者", "b 社\x00x", "核酸检测") for term, *_ in grams(text)})
    assert sorted(terms, key=gram_code) == sorted(terms, key=lambda t: t.encode("utf-8"))
    assert all(len(t) <= MAX_GRAM for t in terms)


def _schema() -> Schema:
    text = TEXT(analyzer=gram_analyzer(), phrase=True, field_boost=3.0)
    text.format = CompactPositions(field_boost=3.0, positions_from=MAX_GRAM)
    # `title` as haystack's stock fields are: stemmed, with spelling words and term vectors.
    title = TEXT(stored=True, analyzer=StemmingAnalyzer(), spelling=True, vector=True)
    words = TEXT(analyzer=word_analyzer(), phrase=False, field_boost=2.0)  # jieba words, Frequency format
    # Named as a word field but with positions: not the bulk writer's format, so Whoosh writes it.
    wordpos = TEXT(analyzer=word_analyzer())
    return Schema(id=ID(stored=True, unique=True), text=text, title=title, words=words, wordpos=wordpos)


def _postings(index, by_id: bool = False) -> tuple:
    """Every term of every field with its postings, its term statistics and the field lengths. With
    by_id, documents are named by their id field instead of their number (a merge reorders them),
    and the field's total length is left out (Whoosh's own merges re-add it from the one-byte lengths)."""
    out = {}
    with index.searcher() as searcher:
        reader = searcher.reader()
        names = [fields["id"] for fields in reader.all_stored_fields()] if by_id else None
        for fieldname, term in reader.all_terms():
            if fieldname.startswith("spell_"):  # words for suggestions: one dummy posting per segment
                out[(fieldname, term)] = "a spelling word"
                continue
            info = reader.term_info(fieldname, term)
            matcher = reader.postings(fieldname, term)
            postings = []
            while matcher.is_active():
                doc = names[matcher.id()] if by_id else matcher.id()
                postings.append((doc, matcher.weight(), matcher.value()))
                matcher.next()
            stats = (info.weight(), info.doc_frequency(), info.min_length(), info.max_length())
            out[(fieldname, term)] = (stats, info.max_weight(), sorted(postings, key=str))
        lengths = [
            (
                reader.doc_field_length(d, "text"),
                reader.doc_field_length(d, "words"),
                list(reader.vector_as("weight", d, "title")),
            )
            for d in range(reader.doc_count_all())
        ]
        stored = list(reader.all_stored_fields())
        if by_id:
            # (a merge copies stored fields in set order: compare their items, not their dicts' order)
            return out, dict(zip(names, lengths, strict=True)), sorted(sorted(f.items()) for f in stored)
        return out, lengths, reader.field_length("text"), stored


def _title(i: int) -> str:
    return f"第{i}篇 report {'reports ' * (i % 3)}"


def _fill(writer, bodies):
    for i, body in enumerate(bodies):
        writer.update_document(id=str(i), text=body, title=_title(i), words=body, wordpos=body[:40])
    writer.commit()


@pytest.fixture
def bodies():
    rng = random.Random(11)
    # Long bodies (terms with several blocks of postings) and short ones, repeats and empty texts.
    return [random_text(rng, 400) if i % 7 else "社区志愿者" * (i % 5) for i in range(400)]


def test_the_bulk_writer_writes_what_whoosh_writes(tmp_path, bodies):
    (tmp_path / "stock").mkdir()
    (tmp_path / "bulk").mkdir()
    stock = FileStorage(str(tmp_path / "stock")).create_index(_schema())
    _fill(stock.writer(), bodies)
    bulk = FileStorage(str(tmp_path / "bulk")).create_index(_schema())
    _fill(BulkGramWriter(bulk, frozenset({"text"}), word_fields=WORDS), bodies)
    assert _postings(bulk) == _postings(stock)


def test_a_large_batch_is_split_into_segments_that_hold_the_same_postings(tmp_path, bodies):
    (tmp_path / "stock").mkdir()
    (tmp_path / "bulk").mkdir()
    stock = FileStorage(str(tmp_path / "stock")).create_index(_schema())
    _fill(stock.writer(), bodies)
    bulk = FileStorage(str(tmp_path / "bulk")).create_index(_schema())
    _fill(BulkGramWriter(bulk, frozenset({"text"}), segment_tokens=20_000, word_fields=WORDS), bodies)
    assert len(bulk._segments()) > 3
    assert _postings(bulk) == _postings(stock)  # read across the segments, as searches read them


def test_a_large_batch_is_sorted_in_runs_on_disk_and_written_in_ranges_to_one_segment_with_the_same_postings(
    tmp_path, bodies
):
    (tmp_path / "stock").mkdir()
    (tmp_path / "bulk").mkdir()
    stock = FileStorage(str(tmp_path / "stock")).create_index(_schema())
    _fill(stock.writer(), bodies)
    bulk = FileStorage(str(tmp_path / "bulk")).create_index(_schema())
    # (ranges of about 3,000 postings: with a second core, a forked child encodes every other one)
    writer = BulkGramWriter(
        bulk, frozenset({"text"}), word_fields=WORDS, run_tokens=15_000, range_postings=3_000
    )
    _fill(writer, bodies)
    assert writer.spilled_runs > 5
    assert len(bulk._segments()) == 1
    assert _postings(bulk) == _postings(stock)
    assert sorted(p.name for p in (tmp_path / "bulk").iterdir() if p.is_dir()) == []  # runs removed


def _build_and_report_freezes(queue, folder: str, bodies) -> None:
    """In a forked child (one thread, whatever threads earlier tests left in the test process): build
    with the forked range writer and report how many objects were frozen at each fork, how many are
    frozen after, and how many documents the index holds."""
    try:
        frozen_at_fork: list[int] = []  # in this process, right after each fork it makes
        os.register_at_fork(after_in_parent=lambda: frozen_at_fork.append(gc.get_freeze_count()))
        before = gc.get_freeze_count()
        bulk = FileStorage(folder).create_index(_schema())
        writer = BulkGramWriter(
            bulk, frozenset({"text"}), word_fields=WORDS, run_tokens=15_000, range_postings=3_000
        )
        _fill(writer, bodies)
        with bulk.searcher() as searcher:
            queue.put((before, frozen_at_fork, gc.get_freeze_count(), searcher.doc_count()))
    except BaseException as exc:  # reported, so the test fails with the reason instead of a timeout
        queue.put(repr(exc))


@pytest.mark.skipif(
    len(os.sched_getaffinity(0)) < 2, reason="one core: the ranges are written without a fork"
)
def test_the_forked_range_writer_leaves_nothing_frozen_in_the_parent(tmp_path, bodies):
    """The parent freezes its objects before forking the range writer (so the child's collections do
    not copy their pages); a frozen object is never collected, so the parent must unfreeze them all."""
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_build_and_report_freezes, args=(queue, str(tmp_path), bodies))
    child.start()
    report = queue.get(timeout=300)
    child.join(timeout=60)
    assert isinstance(report, tuple), report
    before, frozen_at_fork, after, documents = report
    assert before == 0
    assert any(n > 0 for n in frozen_at_fork), frozen_at_fork  # the range writer was forked, frozen
    assert after == 0
    assert documents == len(bodies)  # and the index it wrote is whole


def test_runs_are_merged_a_range_of_terms_at_a_time_into_the_postings_of_one_sort():
    from search.whoosh_adapter.buffers import GramBuffer, reduce_grams

    rng = random.Random(4)
    texts = [random_text(rng, 200) for _ in range(300)]
    whole, runs = GramBuffer(1.0), GramBuffer(1.0)
    for doc, text in enumerate(texts):
        for buffer in (whole, runs):
            buffer.add(doc, reduce_grams(*gram_arrays(text), MAX_GRAM))
        if doc % 40 == 39:
            runs.spill(None)
    (expected,) = list(whole.merged())
    pieces = list(runs.merged(group=2_000))
    assert len(runs.runs) == 0 and len(pieces) > 5
    got = [np.concatenate(k) for k in zip(*pieces, strict=True)]
    assert all(np.array_equal(a, b) for a, b in zip(got, expected, strict=True))


def test_segments_merged_into_a_bulk_write_keep_their_postings(tmp_path, bodies):
    """Small segments written by Whoosh are merged into the bulk writer's segment on commit (their
    gram postings join the arrays); the result equals one index written by Whoosh alone."""
    (tmp_path / "stock").mkdir()
    (tmp_path / "bulk").mkdir()
    stock = FileStorage(str(tmp_path / "stock")).create_index(_schema())
    _fill(stock.writer(), bodies)
    bulk = FileStorage(str(tmp_path / "bulk")).create_index(_schema())
    for start in range(0, 40, 10):
        writer = bulk.writer()
        for i in range(start, start + 10):
            writer.add_document(
                id=str(i), text=bodies[i], title=_title(i), words=bodies[i], wordpos=bodies[i][:40]
            )
        writer.commit(merge=False)
    writer = BulkGramWriter(bulk, frozenset({"text"}), word_fields=WORDS)
    for i in range(40, len(bodies)):
        writer.add_document(
            id=str(i), text=bodies[i], title=_title(i), words=bodies[i], wordpos=bodies[i][:40]
        )
    writer.commit(optimize=True)
    assert len(bulk._segments()) == 1
    assert _postings(bulk, by_id=True) == _postings(stock, by_id=True)


def test_an_archive_indexed_in_many_small_segments_finds_exactly_the_substring_matches(imported_samples):
    """The backend's bulk writer, forced to split the samples into several segments (terms inline and
    in blocks, postings of one term across segments), finds every article containing a string and no
    other; the whole-index evaluator agrees with the reference phrase matcher; and so it stays after
    Whoosh's own writer merges those segments (a hidden article removed)."""
    from haystack import connections

    from search.indexing import sync_articles
    from search.phrase import GramPhrase
    from search.vector import Evaluator
    from tests.search import test_search
    from tests.search.phrase_oracle import OraclePhrase

    backend = connections["default"].get_backend()
    backend.segment_tokens = 4000
    backend.clear()
    sync_articles(Article.objects.values_list("pk", flat=True))
    assert len(backend._searcher().reader().leaf_readers()) > 3
    rng = random.Random(16)
    bodies = list(Article.objects.values_list("body", flat=True))
    strings = test_search.draw(rng, bodies, 120, lengths=range(1, 11))

    def check():
        for q in strings:
            assert test_search.found(q) == test_search.norm_contains(q), q
        searcher = backend._searcher()
        evaluator = Evaluator(searcher, {}, backend.scored_fields, frozenset({backend.content_field_name}))
        for q in strings[:40]:
            parsed = backend.parser.parse(f'text:"{q}"')
            oracle = test_search._with_oracle_phrases(parsed, GramPhrase, OraclePhrase)
            assert list(evaluator.evaluate(parsed).ids) == sorted(searcher.docs_for_query(oracle)), q

    check()
    victim = Article.objects.filter(body__contains="社区").first()
    Article.objects.filter(pk=victim.pk).update(status=Article.Status.HIDDEN)
    sync_articles([victim.pk])
    assert len(backend._searcher().reader().leaf_readers()) == 1
    check()


def test_word_postings_kept_in_files_come_out_a_range_of_terms_at_a_time_as_one_sort(tmp_path):
    from search.whoosh_adapter.buffers import WordBuffer

    folder = tmp_path / "runs"
    folder.mkdir()
    rng = random.Random(8)
    vocab_words = ["社区", "志愿者", "核酸", "a", "居民", "ｂ", "检测", "党员", "网格员", "2022"]
    docs = [rng.sample(vocab_words, rng.randint(0, 6)) for _ in range(300)]

    def fill(buffer, spill_every):
        for doc, terms in enumerate(docs):
            buffer.add(doc, terms, np.array([rng.randint(1, 9) for _ in terms]), 2.0, 1.5)
            if spill_every and doc % spill_every == spill_every - 1:
                buffer.spill(str(folder))
        buffer.add_copied("志愿者", len(docs), 7.5, 3)  # a posting of a segment merged into this one

    rng.seed(1)
    whole = WordBuffer({})
    fill(whole, 0)
    (expected,) = list(whole.postings())
    rng.seed(1)
    files = WordBuffer({})
    files.HELD = 7  # postings joined (and written) every 7
    fill(files, 50)
    pieces = list(files.postings(group=60))
    assert len(pieces) > 5 and len(list(folder.iterdir())) == 4  # ids, counts, weights, docs
    texts = [t for piece in pieces for t in piece[0]]
    assert texts == expected[0] == sorted({w.encode("utf-8") for d in docs for w in d})
    got = [np.concatenate([piece[k] for piece in pieces]) for k in (2, 3, 4)]
    assert all(np.array_equal(a, b) for a, b in zip(got, expected[2:], strict=True))
    offset, ends = 0, []
    for piece in pieces:
        ends += (piece[1] + offset).tolist()
        offset += len(piece[2])
    assert ends == expected[1].tolist()
    # each term's postings by document; the copied posting last among 志愿者's, with its own weight
    at = expected[0].index("志愿者".encode())
    lo, hi = (expected[1][at - 1] if at else 0), expected[1][at]
    assert expected[2][lo:hi].tolist() == sorted(d for d, t in enumerate(docs) if "志愿者" in t) + [len(docs)]
    assert (expected[3][hi - 1], expected[4][hi - 1]) == (np.float32(7.5), 3)


def test_a_bulk_segment_numbers_its_fields_as_whoosh_does_so_lexicons_read_across_segments(tmp_path, bodies):
    """Whoosh's terms table numbers fields in the order they are written, and a MultiReader merges
    the segments' terms expecting one order: a bulk segment that wrote its small fields first made a
    field's lexicon stop early across segments (a year missing from the facet counts)."""
    index = FileStorage(str(tmp_path)).create_index(_schema())
    writer = index.writer()
    for i in range(10):
        writer.add_document(
            id=str(i), text=bodies[i], title=_title(i), words=bodies[i], wordpos=bodies[i][:40]
        )
    writer.commit(merge=False)
    writer = BulkGramWriter(index, frozenset({"text"}), word_fields=WORDS)
    for i in range(10, 60):
        writer.add_document(
            id=str(i), text=bodies[i], title=_title(i), words=bodies[i], wordpos=bodies[i][:40]
        )
    writer.commit(merge=False)
    assert len(index._segments()) == 2
    with index.searcher() as searcher:
        reader = searcher.reader()
        leaves = [leaf for leaf, _offset in reader.leaf_readers()]
        for leaf in leaves:
            fields = [name for name, _term in leaf.all_terms()]
            assert fields == sorted(fields)
        for name in ("id", "text", "title", "wordpos", "words"):
            every = sorted(set().union(*(set(leaf.lexicon(name)) for leaf in leaves)))
            assert list(reader.lexicon(name)) == every, name
