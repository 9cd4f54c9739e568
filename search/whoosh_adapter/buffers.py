"""The postings of one segment's bulk-written fields, held as NumPy arrays until the segment is
written (search.whoosh_adapter.bulk): `GramBuffer` for the character-gram fields (term codes from
search.analyzers.gram_arrays, positions kept for the grams phrases chain), `WordBuffer` for the jieba
`words` field (terms by a vocabulary id, a frequency per posting, as Whoosh's Frequency format).
Pure NumPy; nothing here touches Whoosh.
"""

from __future__ import annotations

import functools

import numpy as np

from search.analyzers import CODE_BITS, MAX_GRAM


def reduce_grams(codes: np.ndarray, positions: np.ndarray, positions_from: int):
    """One document's gram tokens (search.analyzers.gram_arrays) as its postings: (distinct codes in
    order, occurrences of each, positions kept of each — all its occurrences for grams of at least
    `positions_from` characters, which phrases chain, else none — and those positions, by code then
    position). Done per document, by the analysis worker where there is one (search.bulk_analysis)."""
    if not len(codes):
        empty = np.zeros(0, dtype=np.int32)
        return codes, empty, empty, empty
    order = np.lexsort((positions, codes))
    codes, positions = codes[order], positions[order]
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
    freq = np.diff(np.r_[starts, len(codes)]).astype(np.int32)
    distinct = codes[starts]
    size = np.zeros(len(distinct), dtype=np.int64)
    for k in range(MAX_GRAM):
        size += ((distinct >> (CODE_BITS * k)) & ((1 << CODE_BITS) - 1)) > 0
    long = size >= positions_from
    return distinct, freq, freq * long, positions[np.repeat(long, freq)].astype(np.int32)


class GramBuffer:
    """The postings of one gram field in the segment being written: per document its reduced postings
    (reduce_grams) as they come; sorted into runs (spill) and merged when the segment is written."""

    def __init__(self, boost: float):
        self.boost = boost
        self.chunks: list[list] = []  # per document: [codes, docs, weights, counts, positions]
        self.copied: list[tuple[bytes, int, float, bytes | None]] = []  # postings of merged segments
        self.runs: list[tuple] = []  # sorted runs (spill): codes, docs, weights, counts, positions, ends

    def add(self, docnum: int, reduced: tuple) -> None:
        codes, freq, counts, positions = reduced
        weights = (freq * self.boost).astype(np.float32)
        self.chunks.append([codes, np.full(len(codes), docnum, dtype=np.int32), weights, counts, positions])

    def postings(self):
        """(codes, docs, weights, position counts, positions) of the segment, sorted by code then doc."""
        if self.copied:  # postings read from segments merged into this one (after this writer's own)
            from search.analyzers import gram_code

            counts, positions = [], []
            for _t, _d, _w, vbytes in self.copied:
                pos = np.frombuffer(vbytes, dtype="<u4") if vbytes and len(vbytes) % 4 == 0 else ()
                counts.append(len(pos))
                positions.extend(pos)
            self.chunks.append(
                [
                    np.array([gram_code(t.decode("utf-8")) for t, _d, _w, _v in self.copied], dtype=np.int64),
                    np.array([d for _t, d, _w, _v in self.copied], dtype=np.int32),
                    np.array([w for _t, _d, w, _v in self.copied], dtype=np.float32),
                    np.array(counts, dtype=np.int32),
                    np.array(positions, dtype=np.int32),
                ]
            )
            self.copied = []
        if not self.chunks:
            return None
        chunks, self.chunks = self.chunks, []
        return _sorted_by_code(chunks)

    def spill(self, folder: str | None) -> None:
        """Sort what is held into a run, kept until the segment is written: saved to `folder` and read
        back memory-mapped (so the memory is given back), or, without a folder, kept in memory."""
        found = self.postings()
        if found is None:
            return
        run = (*found, np.cumsum(found[3], dtype=np.int64))  # + each posting's end in positions
        if folder is not None:
            import os

            paths = [os.path.join(folder, f"{id(self)}-{len(self.runs)}-{k}.npy") for k in range(6)]
            for path, array in zip(paths, run, strict=True):
                np.save(path, array)
            del found, run
            run = tuple(np.load(path, mmap_mode="r") for path in paths)
        self.runs.append(run)

    def merged(self, group: int = 1_000_000):
        """The segment's postings as (codes, docs, weights, counts, positions) of consecutive ranges of
        terms, each sorted by code then doc, about `group` postings at a time: the runs (spill) and what
        is held, merged a range at a time (memory: one range, not the batch)."""
        for lo, hi in self.ranges(group):
            found = self.range_postings(lo, hi)
            if found is not None:
                yield found
        self.runs = []

    def ranges(self, group: int = 1_000_000) -> list[tuple[int | None, int | None]]:
        """What is held sorted into a last run, and the ranges of codes [lo, hi) (None: unbounded) of
        about `group` postings each in which the segment's postings are to be written."""
        self.spill(None)
        runs = self.runs
        if not runs:
            return []
        if len(runs) == 1 and not isinstance(runs[0][0], np.memmap):
            return [(None, None)]
        total = sum(len(r[0]) for r in runs)
        picks = []
        for run in runs:  # about 1,000 codes of each run (so as many pages read), given back at once
            picks.append(np.array(run[0][:: max(1, len(run[0]) // 1024)]))
            for array in run:
                _release(array)
        sample = np.unique(np.concatenate(picks))
        cuts = sample[np.linspace(0, len(sample), max(1, total // group) + 1).astype(np.int64)[1:-1]]
        bounds = [None, *np.unique(cuts).tolist(), None]
        return list(zip(bounds[:-1], bounds[1:], strict=True))

    def range_postings(self, lo: int | None, hi: int | None):
        """The postings of the codes in [lo, hi) across the runs, sorted by code then doc (or None)."""
        parts = []
        for codes, docs, weights, counts, positions, pend in self.runs:
            if lo is None and hi is None and not isinstance(codes, np.memmap):
                parts.append([codes, docs, weights, counts, positions])
                continue
            i0 = 0 if lo is None else int(np.searchsorted(codes, lo, side="left"))
            i1 = len(codes) if hi is None else int(np.searchsorted(codes, hi, side="left"))
            if i1 > i0:
                p0 = int(pend[i0 - 1]) if i0 else 0
                chunk = (
                    codes[i0:i1],
                    docs[i0:i1],
                    weights[i0:i1],
                    counts[i0:i1],
                    positions[p0 : pend[i1 - 1]],
                )
                parts.append([np.array(a) for a in chunk])  # copied: the mapped pages are released
        self.release()
        if len(parts) == 1:
            return tuple(parts[0])
        return _sorted_by_code(parts) if parts else None

    def release(self) -> None:
        """Give back the pages of the runs on disk read so far (clean file pages, which would otherwise
        stay mapped, counted in this process's RSS, until the kernel needed them)."""
        import mmap

        for run in self.runs:
            for array in run:
                mapped = getattr(array, "_mmap", None)
                if mapped is not None and hasattr(mapped, "madvise"):
                    mapped.madvise(mmap.MADV_DONTNEED)


def _sorted_by_code(chunks: list[list[np.ndarray]]):
    """(codes, docs, weights, counts, positions) chunks, each sorted by (code, doc) and holding later
    documents than the chunks before it, joined and sorted by code then doc (positions moved along)."""
    # Joined one array at a time, each chunk's part released as it is copied (peak memory).
    joined = []
    for k in range(5):
        joined.append(np.concatenate([c[k] for c in chunks]))
        for c in chunks:
            c[k] = None
    del chunks
    codes, docs, weights, counts, positions = joined
    del joined
    order = np.argsort(codes, kind="stable")
    if not (order[1:] > order[:-1]).all():
        counts64 = counts.astype(np.int64)
        pstart = np.cumsum(counts64) - counts64
        moved = counts64[order]
        take = np.repeat(pstart[order] - (np.cumsum(moved) - moved), moved)
        del counts64, pstart, moved
        take += np.arange(len(take))
        positions = positions[take]
        del take
        codes = codes[order]
        docs = docs[order]
        weights = weights[order]
        counts = counts[order]
    return codes, docs, weights, counts, positions


class WordBuffer:
    """The postings of one Frequency-format field (the jieba `words` field): per document its distinct
    terms as vocabulary ids and their frequencies. The vocabulary is the writer's, shared by its
    segments; each segment sorts the ids by the terms' UTF-8 bytes when it is written.

    Postings are joined into flat arrays every HELD postings (16 bytes each, no per-document array)
    and, with a folder (spill), appended to files there, so a batch's words cost no memory until the
    segment is written, and then about 4 bytes a posting (ranges: one pass per range of terms)."""

    HELD = 500_000

    def __init__(self, vocab: dict[str, int]):
        self.vocab = vocab
        self._pending: list[tuple[np.ndarray, ...]] = []  # per document: ids, counts, weights, docs
        self._held = 0
        self._parts: list[tuple[np.ndarray, ...]] = []  # flat arrays, kept in memory (no folder)
        self._files: list[str] | None = None  # or their files: ids, counts, weights, docs

    def add(self, docnum: int, terms: list[str], counts: np.ndarray, boost: float, docboost: float) -> None:
        """One document's distinct terms with their frequencies; a posting weighs its frequency times
        the field's boost times the document's (as Frequency.word_values and SegmentWriter do)."""
        vocab = self.vocab
        ids = np.array([vocab.setdefault(t, len(vocab)) for t in terms], dtype=np.int32)
        weights = (counts.astype(np.float64) * boost * docboost).astype(np.float32)
        self._pending.append((ids, counts.astype(np.int32), weights, np.full(len(ids), docnum, np.int32)))
        self._held += len(ids)
        if self._held >= self.HELD:
            self._join()

    def add_copied(self, term: str, docnum: int, weight: float, count: int) -> None:
        """One posting of a segment merged into this one (its documents come after this writer's)."""
        ids = np.array([self.vocab.setdefault(term, len(self.vocab))], dtype=np.int32)
        one = (ids, np.array([count], np.int32), np.array([weight], np.float32), np.array([docnum], np.int32))
        self._pending.append(one)
        self._held += 1
        if self._held >= self.HELD:
            self._join()

    def _join(self) -> None:
        if not self._pending:
            return
        joined = tuple(np.concatenate(k) for k in zip(*self._pending, strict=True))
        self._pending, self._held = [], 0
        if self._files is None:
            self._parts.append(joined)
            return
        for path, array in zip(self._files, joined, strict=True):
            with open(path, "ab") as f:
                array.tofile(f)

    def spill(self, folder: str) -> None:
        """From now on keep the postings in files in `folder` (those held so far included)."""
        if self._files is None:
            import os

            self._files = [os.path.join(folder, f"words-{id(self)}-{k}.bin") for k in range(4)]
            parts, self._parts = self._parts, []
            for part in parts:
                for path, array in zip(self._files, part, strict=True):
                    with open(path, "ab") as f:
                        array.tofile(f)
        self._join()

    def _arrays(self) -> tuple[np.ndarray, ...] | None:
        self._join()
        if self._files is not None:
            import os

            if not os.path.getsize(self._files[0]):
                return None
            kinds = (np.int32, np.int32, np.float32, np.int32)
            return tuple(np.memmap(p, dtype=t, mode="r") for p, t in zip(self._files, kinds, strict=True))
        if not self._parts:
            return None
        return tuple(np.concatenate(k) for k in zip(*self._parts, strict=True))

    def postings(self, group: int = 1_000_000):
        """(term bytes of each distinct term, term ends, docs, weights, counts) of consecutive ranges
        of terms of about `group` postings each, sorted by term bytes then document; nothing when the
        segment holds no posting of the field."""
        arrays = self._arrays()
        self._parts, self._files = [], None
        if arrays is None:
            return
        ids, counts, weights, docs = arrays
        keys = [t.encode("utf-8") for t in self.vocab]
        by_bytes = np.array(sorted(range(len(keys)), key=keys.__getitem__), dtype=np.int64)
        rank = np.empty(len(keys), dtype=np.int32)
        rank[by_bytes] = np.arange(len(keys), dtype=np.int32)
        codes = rank[ids]  # the rank of each posting's term (4 bytes a posting: all that is held)
        del ids, rank
        _release(arrays[0])
        per_rank = np.cumsum(np.bincount(codes, minlength=len(keys)), dtype=np.int64)
        cuts = np.searchsorted(per_rank, np.arange(group, int(per_rank[-1]), group, dtype=np.int64))
        bounds = [0, *np.unique(cuts + 1).tolist(), len(keys)]
        for lo, hi in zip(bounds[:-1], bounds[1:], strict=True):
            if hi <= lo:
                continue
            take = np.flatnonzero((codes >= lo) & (codes < hi)) if (lo, hi) != (0, len(keys)) else None
            c, d = (codes, np.asarray(docs)) if take is None else (codes[take], docs[take])
            order = np.lexsort((d, c))
            c, d = c[order], d[order]
            w = (weights if take is None else weights[take])[order]
            n = (counts if take is None else counts[take])[order]
            del take, order
            for array in arrays[1:]:
                _release(array)
            ends = np.flatnonzero(np.r_[c[1:] != c[:-1], True]) + 1
            texts = [keys[k] for k in by_bytes[c[ends - 1]].tolist()]
            yield texts, ends, d, w, n


def _release(array: np.ndarray) -> None:
    """Give back the pages of a memory-mapped array read so far (see GramBuffer.release)."""
    import mmap

    mapped = getattr(array, "_mmap", None)
    if mapped is not None and hasattr(mapped, "madvise"):
        mapped.madvise(mmap.MADV_DONTNEED)


def release_freed_memory() -> None:
    """Return the C heap's free pages to the system (glibc's malloc_trim): NumPy arrays freed after
    a sort leave free pages in the heap that would otherwise stay in this process's RSS, and be
    copied into a forked child's address space with it. Nothing where there is no glibc."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim():
    import ctypes

    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # pragma: no cover - not glibc
        return None
