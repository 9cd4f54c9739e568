"""The analysis of a bulk index write, done in worker processes while this one writes the index.

Most of an index batch's CPU time is analysis: cutting jieba words for the ranking field and
computing the gram fields' term arrays (search.analyzers.word_counts, gram_arrays). Neither depends
on the index, so `analysed(docs, ...)` sends documents' texts in batches to worker processes, forked
from this one (so they hold the same jieba dictionary, with the archive's names already added), and
yields each document again, in order, with its analysis under `_analysis`, which
search.whoosh_adapter.BulkGramWriter uses instead of analysing the text itself. Results are the same
either way; only where the work runs differs.

It runs inline, in this process, when there is no second core, in a daemonic process (haystack's
`update_index --workers N` runs its workers as such, and they may not have children), while other
non-daemon threads run (a threaded server's request threads: fork copies only the calling thread, and
a lock one of them held would stay held in the child), and for batches too small to be worth a
process (fewer than BATCH documents). Daemon helper threads (tqdm's progress-bar monitor during an
import) do not prevent it: the worker runs only jieba's cut (no lock once initialised, which happens
here before the fork), NumPy and the pool's own fresh queues, and Python resets its internal locks
(import, logging) in a forked child.
At most 2 × workers + 2 batches are in flight, so memory stays bounded.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor

from search.analyzers import gram_arrays, word_counts, word_tokenizer
from search.whoosh_adapter.buffers import reduce_grams

BATCH = 32  # documents sent to a worker at once
_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent ends
MAX_WORKERS = 3


def analyse(texts: dict[str, str], gram_fields: Mapping[str, int], word_fields: frozenset[str]) -> dict:
    """What the bulk writer needs of each text: for a gram field (mapped to the gram length from which
    positions are kept) its postings (whoosh_adapter.buffers.reduce_grams of gram_arrays), for a word
    field word_counts."""
    out: dict[str, tuple] = {}
    for name, text in texts.items():
        if name in gram_fields:
            out[name] = reduce_grams(*gram_arrays(text), gram_fields[name])
        elif name in word_fields:
            out[name] = word_counts(text)
    return out


def _analyse_batch(batch: list[dict[str, str]], gram_fields, word_fields) -> list[dict]:
    return [analyse(texts, gram_fields, word_fields) for texts in batch]


def die_with_parent(parent: int) -> None:
    """A worker's start: it ends when the process that forked it ends, however (kill -9 of an import
    during its index batch). A worker holds a copy of the index's write lock, taken before the fork:
    orphaned, it kept the index locked and the next import waited out its lock timeout."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # pragma: no cover - not Linux: the check below only
        pass
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(0)


def worker_count() -> int:
    """Worker processes to use here: one per usable core (at most MAX_WORKERS), 0 on one core and where
    forking is not possible or not safe (see the module's docstring)."""
    others = [t for t in threading.enumerate() if t is not threading.current_thread() and not t.daemon]
    if multiprocessing.current_process().daemon or others:
        return 0
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - platforms without affinity
        cores = os.cpu_count() or 1
    if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover - Windows
        return 0
    # As many workers as cores: the writing process waits for them much of the time (it reads the
    # database and writes while they cut words, and is idle when they are behind).
    return min(MAX_WORKERS, cores) if cores > 1 else 0


def analysed(
    docs: Iterable[dict],
    gram_fields: Mapping[str, int],
    word_fields: frozenset[str],
    workers: int | None = None,
) -> Iterator[dict]:
    """Each document of `docs` (a dict of field values), in order, with `_analysis` added: the
    analysis of its gram and word fields (see analyse), computed by `workers` forked processes
    (default: worker_count()) or, with none, left to the index writer."""
    workers = worker_count() if workers is None else workers
    fields = set(gram_fields) | word_fields
    docs = iter(docs)
    first: list[dict] = []
    for doc in docs:
        first.append(doc)
        if len(first) >= BATCH:
            break
    if workers <= 0 or len(first) < BATCH:  # one core, unsafe to fork, or a small batch
        yield from first
        yield from docs
        return
    if word_fields:
        word_tokenizer()  # loaded once, here, before the fork: the workers share it

    def texts(batch: list[dict]) -> list[dict[str, str]]:
        return [{n: v for n, v in doc.items() if n in fields and isinstance(v, str)} for doc in batch]

    pending: deque = deque()
    with ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=die_with_parent,
        initargs=(os.getpid(),),
    ) as pool:
        try:
            batch = first
            while batch or pending:
                if batch:
                    pending.append(
                        (batch, pool.submit(_analyse_batch, texts(batch), gram_fields, word_fields))
                    )
                if not batch or len(pending) > 2 * workers + 1:
                    done, future = pending.popleft()
                    for doc, analysis in zip(done, future.result(), strict=True):
                        doc["_analysis"] = analysis
                        yield doc
                batch = []
                for doc in docs:
                    batch.append(doc)
                    if len(batch) >= BATCH:
                        break
        finally:
            for _batch, future in pending:
                future.cancel()
