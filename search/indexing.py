"""Keeping the search index equal to the database.

Single edits are indexed when their transaction commits (`search.signals`). Imports wrap their work
in `deferred_indexing()`: saved articles are collected and written to the index in one batch, by one
writer, at the end. `sync_articles` is the one place that decides what the index holds for an article:
published → (re)indexed, anything else or deleted → removed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.db import transaction
from haystack import connections
from haystack.utils import get_identifier

from archive.indexing import IndexUnavailable
from archive.models import Article

log = logging.getLogger(__name__)
_local = threading.local()
BATCH = 500


def _index():
    return connections["default"].get_unified_index().get_index(Article)


def _backend():
    return connections["default"].get_backend()


def article_identifier(pk: int) -> str:
    return f"archive.article.{pk}"


class _Articles:
    """The published articles among some ids, loaded BATCH at a time; sized, so the backend can
    choose a parallel writer for large sets."""

    def __init__(self, pks: list[int]) -> None:
        self.pks = pks

    def __len__(self) -> int:
        return len(self.pks)

    def __iter__(self):
        index = _index()
        for start in range(0, len(self.pks), BATCH):
            yield from index.index_queryset().filter(pk__in=self.pks[start : start + BATCH]).order_by("pk")


def _published(pks: list[int]) -> list[int]:
    """Those of `pks` (sorted) the index should hold, in order, read BATCH ids at a time."""
    published: list[int] = []
    for start in range(0, len(pks), BATCH):
        published += (
            _index().index_queryset().filter(pk__in=pks[start : start + BATCH]).values_list("pk", flat=True)
        )
    return sorted(published)


def sync_articles(pks: Iterable[int]) -> tuple[int, int]:
    """Index the published ones among `pks`, remove the rest. Returns (indexed, removed)."""
    pks = sorted(set(pks))
    index, backend = _index(), _backend()
    published = _published(pks)
    gone = sorted(set(pks) - set(published))
    if published:
        backend.update(index, _Articles(published))
    if gone:
        remover = getattr(backend, "remove_many", None)
        if remover:
            remover([article_identifier(pk) for pk in gone])
        else:
            for pk in gone:
                backend.remove(article_identifier(pk))
    return len(published), len(gone)


def out_of_step(pks: Iterable[int]) -> list[int]:
    """The published ones among `pks` that the index does not hold, or holds with an old content stamp
    (a written form of a person or place they name was added after they were indexed)."""
    from search.search_indexes import article_queryset, document_stamp

    published = _published(sorted(set(pks)))
    stamps = getattr(_backend(), "indexed_stamps", None)  # an engine that cannot list them: none known
    if not published or stamps is None:
        return []
    held = {str(k): v for k, v in stamps().items()}
    out = [pk for pk in published if str(pk) not in held]
    for start in range(0, len(published), BATCH):
        for article in article_queryset().filter(pk__in=published[start : start + BATCH]):
            if str(article.pk) in held and held[str(article.pk)] != document_stamp(article):
                out.append(article.pk)
    return sorted(out)


def _pending_stack() -> list[set[int]]:
    if not hasattr(_local, "stack"):
        _local.stack = []
    return _local.stack


@contextmanager
def deferred_indexing(*, sync: bool = True) -> Iterator[set[int]]:
    """Collect article saves inside the block; index them in one batch when it ends
    (or, with sync=False, leave that to the caller, who gets the collected ids)."""
    stack = _pending_stack()
    pending: set[int] = set()
    stack.append(pending)
    try:
        yield pending
    finally:
        stack.pop()
        if stack:
            stack[-1].update(pending)
        elif pending and sync:
            sync_articles(pending)


def schedule(pks: Iterable[int]) -> None:
    """Called by the signal receivers: index these articles once the current transaction commits.

    All the articles scheduled in one transaction are indexed by one commit hook (a re-extraction
    deletes and creates dozens of mentions; one index write, not one per mention)."""
    pks = {pk for pk in pks if pk is not None}
    if not pks:
        return
    stack = _pending_stack()
    if stack:
        stack[-1].update(pks)
        return
    connection = transaction.get_connection()
    hooks = (
        connection.run_on_commit
    )  # replaced by a new list on every commit, rollback and savepoint rollback
    batch = getattr(_local, "commit_batch", None)
    if (
        connection.in_atomic_block
        and batch is not None
        and not batch["done"]
        and batch["hooks"] is hooks
        and any(h[1] is batch["hook"] for h in hooks)
    ):
        batch["pks"].update(pks)
        return
    state = {"pks": set(pks), "done": False, "hooks": None, "hook": None}

    def hook() -> None:
        state["done"] = True
        _sync_quietly(state["pks"])

    transaction.on_commit(hook)
    if connection.in_atomic_block:
        state.update(hooks=connection.run_on_commit, hook=hook)
        _local.commit_batch = state


def _sync_quietly(pks: set[int]) -> None:
    # A failed index write must not turn a saved edit into an error page; check_index repairs the drift.
    try:
        sync_articles(pks)
    except IndexUnavailable as exc:  # outdated (an upgrade), locked or unwritable: the message says which
        log.error("search index not updated for %d article(s): %s", len(pks), exc)
    except Exception:
        log.exception("search index update failed for articles %s; run `manage.py check_index`", sorted(pks))


__all__ = [
    "deferred_indexing",
    "schedule",
    "sync_articles",
    "out_of_step",
    "article_identifier",
    "get_identifier",
]


_known_words: dict[str, tuple[int, int]] = {}  # model key -> (row count, highest pk) at the last reading
_added_words: set[str] = set()


def load_archive_words() -> int:
    """Add the archive's people, places and organisations to jieba's dictionary (new ones only).

    jieba then keeps 潘晓喆 or 同济新村 whole in the ranking field and in ranking queries alike. Each
    call asks a table its row count and highest id (the primary key's index only: a search asks every
    time). Rows past the last highest id are read when they account for the whole growth; otherwise
    (ids given again after a restore, a flush or a rolled-back transaction) every name is read again,
    as after a rename or deletion in this process (`forget_archive_words`)."""
    from django.db.models import Count, Max

    from archive.models import Organization, Person, Place
    from search.analyzers import word_tokenizer

    tokenizer = word_tokenizer()

    added = 0
    for key, model in (("person", Person), ("place", Place), ("organization", Organization)):
        shape = model.objects.aggregate(n=Count("pk"), top=Max("pk"))
        reading = (shape["n"], shape["top"] or 0)
        known = _known_words.get(key)
        if known == reading:
            continue
        rows = model.objects.all()
        if known and reading[1] > known[1]:
            newer = list(rows.filter(pk__gt=known[1]).values_list("name", flat=True))
            names = newer if known[0] + len(newer) == reading[0] else None
        else:
            names = None
        for name in rows.values_list("name", flat=True).iterator(chunk_size=2000) if names is None else names:
            if 1 < len(name) <= 20 and name not in _added_words:
                tokenizer.add_word(name, freq=2000)
                _added_words.add(name)
                added += 1
        _known_words[key] = reading
    return added


def forget_archive_words(sender=None, instance=None, created: bool = False, **_kwargs) -> None:
    """A person, place or organisation was renamed or deleted here, or created under an id not past the
    highest one read (an id given again): read every name again next time. A new row past it needs
    nothing."""
    known = _known_words.get(getattr(sender, "__name__", "").lower())
    if not created or known is None or instance is None or instance.pk is None or instance.pk <= known[1]:
        _known_words.clear()


def index_drift() -> dict[str, list[int]]:
    """Articles where index and database differ: published but missing, indexed with an old content
    stamp (stale), or indexed but gone or no longer published (extra)."""
    from search.search_indexes import article_queryset, document_stamp

    backend = connections["default"].get_backend()
    indexed = {int(k): v for k, v in backend.indexed_stamps().items() if k and str(k).isdigit()}
    missing, stale = [], []
    published = set()
    for article in article_queryset().iterator(chunk_size=500):
        published.add(article.pk)
        stamp = indexed.get(article.pk)
        if stamp is None:
            missing.append(article.pk)
        elif stamp != document_stamp(article):
            stale.append(article.pk)
    extra = sorted(set(indexed) - published)
    return {"missing": sorted(missing), "stale": sorted(stale), "extra": extra}
