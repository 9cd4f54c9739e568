"""search.whoosh_adapter holds every private Whoosh access; this pins it to the Whoosh it was written
against and exercises each function on a real index, so an upgrade fails here, loudly, first."""

from __future__ import annotations

import numpy as np
import pytest
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import FileStorage, RamStorage

from search import whoosh_adapter
from search.analyzers import gram_analyzer
from search.phrase import CompactPositions


def test_the_installed_whoosh_is_the_version_the_adapter_was_written_for():
    installed = whoosh_adapter.installed_version()
    assert installed == whoosh_adapter.WHOOSH_VERSION, (
        f"Whoosh {installed} is installed but search/whoosh_adapter/ reads the private internals of "
        f"{whoosh_adapter.WHOOSH_VERSION}: check every function there against the new version "
        "(postings blocks, length columns, the table of contents), then update WHOOSH_VERSION"
    )


@pytest.fixture
def small_index(tmp_path):
    text = TEXT(analyzer=gram_analyzer(), phrase=True)
    text.format = CompactPositions(positions_from=4)
    storage = FileStorage(str(tmp_path))
    index = storage.create_index(Schema(id=ID(stored=True, unique=True), text=text))
    writer = index.writer()
    bodies = ["社区志愿者" * (i % 3 + 1) if i % 2 else "核酸检测点" for i in range(300)]
    for i, body in enumerate(bodies):
        writer.add_document(id=str(i), text=body)
    writer.commit()
    return storage, index, bodies


def test_postings_blocks_lengths_and_the_table_of_contents_are_read(small_index):
    storage, index, bodies = small_index
    with index.searcher() as searcher:
        reader = searcher.reader()
        ((leaf, offset),) = list(reader.leaf_readers())
        ids, weights, values = whoosh_adapter.leaf_postings(leaf, offset, "text", "志愿".encode(), None, True)
        ids = np.concatenate(ids)
        assert ids.tolist() == [i for i, b in enumerate(bodies) if "志愿" in b]
        assert np.concatenate(weights).tolist() == [float(bodies[i].count("志愿")) for i in ids]
        assert sum(len(v) for v in values) == len(ids)
        within = np.zeros(len(bodies), dtype=bool)
        within[290:] = True  # the first block (documents up to 255) is skipped unread
        skipped = np.concatenate(
            whoosh_adapter.leaf_postings(leaf, offset, "text", "志愿".encode(), within, False)[0]
        )
        assert skipped[-1] == ids[-1] and len(skipped) < len(ids)
        lengths = whoosh_adapter.field_lengths(leaf, "text")
        assert lengths is not None and len(lengths) == len(bodies) and lengths[1] > lengths[0] > 0
    assert whoosh_adapter.stored_schema(storage, index.indexname).names() == ["id", "text"]
    first = whoosh_adapter.index_identity(storage, index.indexname)
    writer = index.writer()
    writer.add_document(id="x", text="新的一段")
    writer.commit()
    assert whoosh_adapter.index_identity(storage, index.indexname) != first
    assert whoosh_adapter.stored_schema(RamStorage(), "MAIN") is None


def test_a_writers_lock_can_be_released_after_a_failed_commit(small_index):
    _storage, index, _bodies = small_index
    writer = index.writer()
    whoosh_adapter.release_write_lock(writer)
    second = index.writer(timeout=1)  # would raise LockError if the first still held the lock
    second.cancel()
