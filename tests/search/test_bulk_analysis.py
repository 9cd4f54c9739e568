"""The analysis of a bulk index write done by forked worker processes (search.bulk_analysis) gives
the same documents, in the same order, and the same index, as the analysis done by the writer itself;
it stays in this process where forking is not possible or not safe."""

from __future__ import annotations

import multiprocessing
import os
import random
import threading

import numpy as np
import pytest
from whoosh.filedb.filestore import FileStorage

from search.analyzers import MAX_GRAM
from search.bulk_analysis import BATCH, analyse, analysed, worker_count
from search.whoosh_adapter import BulkGramWriter
from tests.search.test_bulk_index import WORDS, _postings, _schema, _title, random_text

GRAMS = {"text": MAX_GRAM}  # gram fields, with the gram length from which positions are kept


@pytest.fixture
def docs():
    rng = random.Random(23)
    bodies = [random_text(rng, 300) + "社区志愿者核酸检测" * (i % 3) for i in range(5 * BATCH + 7)]
    return [
        {"id": str(i), "text": b, "title": _title(i), "words": b, "wordpos": b[:40]}
        for i, b in enumerate(bodies)
    ]


def _same(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(
        len(x) == len(y)
        and all(np.array_equal(np.asarray(p), np.asarray(q)) for p, q in zip(x, y, strict=True))
        for x, y in ((a[k], b[k]) for k in a)
    )


def test_a_worker_process_returns_every_document_in_order_with_the_analysis_done_here(docs):
    out = list(analysed([dict(d) for d in docs], GRAMS, WORDS, workers=1))
    assert [d["id"] for d in out] == [d["id"] for d in docs]
    for doc, original in zip(out, docs, strict=True):
        texts = {k: v for k, v in original.items() if k in GRAMS or k in WORDS}
        assert _same(doc.pop("_analysis"), analyse(texts, GRAMS, WORDS))
        assert doc == original


def test_without_workers_or_with_a_small_batch_documents_pass_through_unanalysed(docs):
    assert list(analysed([dict(d) for d in docs], GRAMS, WORDS, workers=0)) == docs
    few = docs[: BATCH - 1]
    assert list(analysed([dict(d) for d in few], GRAMS, WORDS, workers=1)) == few


@pytest.mark.parametrize("workers", [0, 1, 2])
def test_an_index_written_from_worker_analysis_equals_whooshs_own(tmp_path, docs, workers):
    (tmp_path / "stock").mkdir()
    (tmp_path / "bulk").mkdir()
    stock = FileStorage(str(tmp_path / "stock")).create_index(_schema())
    writer = stock.writer()
    for doc in docs:
        writer.update_document(**doc)
    writer.commit()
    bulk = FileStorage(str(tmp_path / "bulk")).create_index(_schema())
    writer = BulkGramWriter(bulk, frozenset(GRAMS), segment_tokens=30_000, word_fields=WORDS)
    for doc in analysed([dict(d) for d in docs], writer.gram_fields, writer.word_fields, workers=workers):
        writer.update_document(**doc)
    writer.commit()
    assert len(bulk._segments()) > 1
    assert _postings(bulk) == _postings(stock)


def _report(queue, affinity, threads=False):
    if affinity is not None:
        os.sched_setaffinity(0, affinity)
    if not threads:
        queue.put(worker_count())
        return
    # A forked child starts with its one thread, whatever threads earlier tests left in this process.
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait, daemon=True)  # as tqdm's progress-bar monitor
    helper.start()
    other = threading.Thread(target=stop.wait)  # as a threaded server's request threads
    try:
        beside_daemon = worker_count()
        other.start()
        queue.put((beside_daemon, worker_count()))
    finally:
        stop.set()
        helper.join()
        if other.ident is not None:
            other.join()


def _count_in_child(daemon: bool, affinity=None, threads=False):
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_report, args=(queue, affinity, threads), daemon=daemon)
    child.start()
    count = queue.get(timeout=60)
    child.join(timeout=60)
    return count


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs CPU affinity (Linux)")
def test_it_forks_no_worker_on_one_core_in_a_daemonic_process_or_beside_other_threads():
    cores = len(os.sched_getaffinity(0))
    assert _count_in_child(daemon=False) == (min(3, cores) if cores > 1 else 0)
    assert _count_in_child(daemon=False, affinity={sorted(os.sched_getaffinity(0))[0]}) == 0
    assert _count_in_child(daemon=True) == 0  # as haystack's update_index --workers runs
    # Beside a daemon thread the workers stay; beside another non-daemon thread there are none.
    assert _count_in_child(daemon=False, threads=True) == ((min(3, cores) if cores > 1 else 0), 0)


def test_an_archive_indexed_with_a_worker_process_finds_and_ranks_as_one_indexed_without(db):
    """The backend's batch, analysed by a forked worker where there is a second core, against the same
    batch analysed in this process (as it is while another thread runs): same matches, same order."""
    from datetime import UTC, datetime, timedelta

    from haystack import connections

    from archive.models import Article
    from search.indexing import sync_articles
    from tests.conftest import sample_text
    from tests.search import test_search

    paragraphs = [p for p in sample_text("000").split("\n") if len(p) > 20]
    rng = random.Random(3)
    Article.objects.bulk_create(
        Article(
            title=f"社区抗疫纪实之{i}",
            body="\n".join(rng.sample(paragraphs, k=min(4, len(paragraphs)))),
            published_at=datetime(2020, 2, 1, tzinfo=UTC) + timedelta(days=i),
            content_hash=f"analysis-{i}",
        )
        for i in range(2 * BATCH + 5)
    )
    pks = list(Article.objects.values_list("pk", flat=True))
    bodies = list(Article.objects.values_list("body", flat=True))
    queries = test_search.draw(rng, bodies, 40, lengths=range(1, 7))
    backend = connections["default"].get_backend()
    if len(os.sched_getaffinity(0)) > 1:
        assert worker_count() > 0  # so the batch below is analysed by a forked worker
    sync_articles(pks)
    batch = {q: list(test_search.result_ids({"q": q})) for q in queries}
    for q in queries:
        assert set(batch[q]) == test_search.norm_contains(q), q
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert worker_count() == 0
        backend.clear()
        sync_articles(pks)
    finally:
        stop.set()
        other.join()
    assert {q: list(test_search.result_ids({"q": q})) for q in queries} == batch


def _pool_that_reports_its_worker(pid_file: str) -> None:
    """A process that starts the bulk analysis's kind of pool, has a worker write its pid, and waits."""
    from concurrent.futures import ProcessPoolExecutor

    from search.bulk_analysis import die_with_parent

    with ProcessPoolExecutor(
        1,
        mp_context=multiprocessing.get_context("fork"),
        initializer=die_with_parent,
        initargs=(os.getpid(),),
    ) as pool:
        pool.submit(_write_pid_and_wait, pid_file).result()


def _write_pid_and_wait(pid_file: str) -> None:
    import time

    with open(pid_file, "w") as f:
        f.write(str(os.getpid()))
    time.sleep(600)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[-1][:1] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads /proc")
def test_a_worker_ends_when_the_process_that_forked_it_is_killed(tmp_path):
    # kill -9 of an import during its index batch: an orphaned worker kept a copy of the index's
    # write lock, and the next import waited out the lock's timeout
    from tests.processes import wait_until

    pid_file = tmp_path / "worker.pid"
    parent = multiprocessing.get_context("fork").Process(
        target=_pool_that_reports_its_worker, args=(str(pid_file),)
    )
    parent.start()
    worker = wait_until(
        lambda: pid_file.exists() and pid_file.read_text() and int(pid_file.read_text()), "a worker"
    )
    assert _alive(worker)
    os.kill(parent.pid, 9)
    parent.join()
    wait_until(lambda: not _alive(worker), "the worker to end with its parent")
