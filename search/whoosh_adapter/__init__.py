"""Every use of Whoosh's private internals, in one place: this package (reading here, bulk writing in
bulk.py).

The whole-index evaluator (search.vector) reads postings a compressed block at a time and
document-length columns as one byte string; the backend reads the schema an index was written with.
None of that is public Whoosh API, so it lives here alone, written against whoosh-reloaded
WHOOSH_VERSION. tests/search/test_whoosh_adapter.py checks the installed version and exercises every
function: on a Whoosh upgrade it fails loudly, naming this module, before anything is misread.
Each function has a slow public fallback for readers it does not know.
"""

from __future__ import annotations

import numpy as np
import whoosh
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching import FilterMatcher
from whoosh.util.numeric import byte_to_length

WHOOSH_VERSION = (2, 7, 5)
LENGTHS = np.array([byte_to_length(i) for i in range(256)], dtype=np.float64)


def installed_version() -> tuple[int, ...]:
    return tuple(whoosh.__version__)


def leaf_postings(leaf, offset: int, fieldname: str, text: bytes, within, values: bool):
    """(ids, weights, values or None) arrays of one term in one segment, global document numbers.

    Blocks whose documents all lie outside the `within` mask are skipped undecompressed."""
    matcher = leaf.postings(fieldname, text)
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child  # deleted documents: the caller's live mask covers them
    id_parts, weight_parts, value_parts = [], [], []
    if isinstance(matcher, W3LeafMatcher):
        _read_blocks(matcher, offset, within, values, id_parts, weight_parts, value_parts)
    else:  # postings inlined in the term info (a term in one document), or another codec
        ids, weights, vals = [], [], []
        while matcher.is_active():
            ids.append(matcher.id() + offset)
            weights.append(matcher.weight())
            if values:
                vals.append(matcher.value())
            matcher.next()
        id_parts.append(np.array(ids, dtype=np.int64))
        weight_parts.append(np.array(weights, dtype=np.float64))
        value_parts.append(vals)
    return id_parts, weight_parts, value_parts


def _read_blocks(m, offset, within, values, id_parts, weight_parts, value_parts) -> None:
    previous_max = -1
    while True:
        needed = True
        if within is not None:
            needed = bool(within[offset + previous_max + 1 : offset + m._maxid + 1].any())
        if needed:
            if m._data is None:
                m._read_data()
            raw_ids, raw_weights, raw_values = m._data
            count = len(raw_ids)
            if m._byteids:  # pragma: no cover - only vectors use byte ids
                raise TypeError("byte ids are not document postings")
            ids = np.cumsum(np.fromiter(raw_ids, dtype=np.int64, count=count)) + offset
            if raw_weights is None:
                weights = np.ones(count, dtype=np.float64)
            elif isinstance(raw_weights, float):
                weights = np.full(count, raw_weights, dtype=np.float64)
            else:
                weights = np.fromiter(raw_weights, dtype=np.float64, count=count)
            id_parts.append(ids)
            weight_parts.append(weights)
            if values:
                value_parts.append(raw_values if raw_values is not None else (None,) * count)
        previous_max = m._maxid
        if m._lastblock:
            return
        m._goto(m._nextoffset)


def field_lengths(leaf, fieldname: str) -> np.ndarray | None:
    """Per-document lengths of a field in one segment (None: the segment keeps none)."""
    perdoc = getattr(leaf, "_perdoc", leaf)  # a segment reader keeps its columns in the codec's reader
    if not hasattr(perdoc, "_cached_reader"):
        return None
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return None
    return LENGTHS[_byte_column(column, leaf.doc_count_all())]


def _byte_column(column, count: int) -> np.ndarray:
    """A one-byte numeric column as an array: its bytes read in one call (documents past the
    stored part hold the default, 0), or value by value for any other column reader."""
    try:
        if column._typecode == "B" and column._default == 0:
            raw = np.zeros(count, dtype=np.uint8)
            stored = min(column._count, count)
            raw[:stored] = np.frombuffer(column._dbfile.get(column._basepos, stored), dtype=np.uint8)
            return raw
    except AttributeError:
        pass
    return np.fromiter((column[d] for d in range(count)), dtype=np.uint8, count=count)


def stored_schema(storage, indexname: str):
    """The schema pickled in the index's table of contents (None: no index written yet)."""
    from whoosh.index import TOC, EmptyIndexError

    try:
        return TOC.read(storage, indexname).schema
    except EmptyIndexError:
        return None


def index_identity(storage, indexname: str) -> tuple | None:
    """What tells a recreated index from an updated one: the segment ids of the latest table of
    contents (a rebuild writes new segments, an update keeps the old ones or merges them into new;
    either way a searcher over other segments is stale). None when there is no index."""
    from whoosh.index import TOC, EmptyIndexError

    for attempt in range(5):
        try:
            toc = TOC.read(storage, indexname)
        except EmptyIndexError:
            return None
        except OSError:  # a writer's commit replaced the table of contents between listing and reading
            if attempt == 4:
                raise
            continue
        return (toc.generation, tuple(sorted(s.segment_id() for s in toc.segments)))
    return None


def release_write_lock(writer) -> None:
    """Release a writer's file lock if it still holds it (after a failed commit and cancel)."""
    lock = getattr(writer, "writelock", None)
    if lock is not None and getattr(lock, "fd", None) is not None:
        lock.release()


from search.whoosh_adapter.bulk import BulkGramWriter  # noqa: E402  (the writer half, reading _byte_column)

__all__ = [
    "BulkGramWriter",
    "field_lengths",
    "index_identity",
    "installed_version",
    "leaf_postings",
    "release_write_lock",
    "stored_schema",
]
