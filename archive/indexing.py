"""What the archive announces about its articles, for whichever app keeps a search index.

The archive never imports search. It calls these functions; the search app subscribes in its
AppConfig.ready() (`subscribe(search.indexing)`). With no subscriber they do nothing, so the archive
works (and its tests run) without a search app.

    with deferred_indexing(sync=False) as saved:   # an import: collect the ids of saved articles
        ...
    sync_articles(saved)                           # then bring the index up to date, in one batch
    schedule([article.pk])                         # a single edit: after its transaction commits
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Protocol


class IndexUnavailable(Exception):
    """The search index could not be written (locked by another writer, damaged, outdated)."""


class Subscriber(Protocol):
    def deferred_indexing(self, *, sync: bool = True): ...

    def schedule(self, pks: Iterable[int]) -> None: ...

    def sync_articles(self, pks: Iterable[int]) -> tuple[int, int]: ...

    def out_of_step(self, pks: Iterable[int]) -> list[int]: ...


_subscriber: Subscriber | None = None


def subscribe(subscriber: Subscriber) -> None:
    global _subscriber
    _subscriber = subscriber


@contextmanager
def deferred_indexing(*, sync: bool = True) -> Iterator[set[int]]:
    """Collect the ids of articles saved inside the block; index them in one batch when it ends
    (or, with sync=False, leave that to the caller, who gets the ids)."""
    if _subscriber is None:
        yield set()
        return
    with _subscriber.deferred_indexing(sync=sync) as saved:
        yield saved


def schedule(pks: Iterable[int]) -> None:
    """These articles changed: update the index once the current transaction commits."""
    if _subscriber is not None:
        _subscriber.schedule(pks)


def sync_articles(pks: Iterable[int]) -> tuple[int, int]:
    """Bring the index up to date for these articles now. Returns (indexed, removed)."""
    if _subscriber is None:
        return 0, 0
    return _subscriber.sync_articles(pks)


def out_of_step(pks: Iterable[int]) -> list[int]:
    """Those of these articles that should be in the index and are not, or are there as they were before
    a later change (an import stopped before it indexed what it stored or changed)."""
    pks = set(pks)
    if _subscriber is None or not pks:
        return []
    return _subscriber.out_of_step(pks)
