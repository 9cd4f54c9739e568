"""The postings of one segment's bulk-written fields, held as NumPy arrays until the segment is
written (search.whoosh_adapter.bulk): `GramBuffer` for the character-gram fields (term codes from
search.analyzers.gram_arrays, positions kept for the grams phrases chain), `WordBuffer` for the jieba
`words` field (terms by a vocabulary id, a frequency per posting, as Whoosh's Frequency format).
Pure NumPy; nothing here touches Whoosh.
"""

from __future__ import annotations

import numpy as np


class GramBuffer:
    """The postings of one gram field in the segment being written: token chunks as they come, reduced
    to sorted (code, doc, weight) postings with their positions when they grow large."""

    def __init__(self, boost: float, positions_from: int, shift: int, grams: int, reduce_at: int = 1_000_000):
        self.boost, self.positions_from, self.shift, self.grams = boost, positions_from, shift, grams
        self.reduce_at = reduce_at
        self.tokens: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # (codes, positions, docs)
        self.pending = 0
        self.chunks: list[tuple] = []  # reduced: (codes, docs, weights, counts, positions)
        self.copied: list[tuple[bytes, int, float, bytes | None]] = []  # postings of merged segments
        self.runs: list[tuple] = []  # sorted runs (spill): codes, docs, weights, counts, positions, ends

    def add(self, docnum: int, codes: np.ndarray, positions: np.ndarray) -> None:
        self.tokens.append((codes, positions, np.full(len(codes), docnum, dtype=np.int64)))
        self.pending += len(codes)
        if self.pending >= self.reduce_at:
            self._reduce()

    def _reduce(self) -> None:
        if not self.tokens:
            return
        codes, positions, docs = (np.concatenate(p) for p in zip(*self.tokens, strict=True))
        self.tokens, self.pending = [], 0
        order = np.lexsort((positions, docs, codes))
        codes, positions, docs = codes[order], positions[order], docs[order]
        starts = np.flatnonzero(np.r_[True, (codes[1:] != codes[:-1]) | (docs[1:] != docs[:-1])])
        counts = np.diff(np.r_[starts, len(codes)])
        long = self._has_positions(codes[starts])
        kept = np.repeat(long, counts)  # positions are kept for the grams that phrases chain
        self.chunks.append(
            (
                codes[starts],
                docs[starts].astype(np.int32),
                (counts * self.boost).astype(np.float32),
                (counts * long).astype(np.int32),
                positions[kept].astype(np.int32),
            )
        )

    def _has_positions(self, codes: np.ndarray) -> np.ndarray:
        size = np.zeros(len(codes), dtype=np.int64)
        for k in range(self.grams):
            size += ((codes >> (self.shift * k)) & ((1 << self.shift) - 1)) > 0
        return size >= self.positions_from

    def postings(self):
        """(codes, docs, weights, position counts, positions) of the segment, sorted by code then doc."""
        self._reduce()
        if self.copied:  # postings read from segments merged into this one (after this writer's own)
            from search.analyzers import gram_code

            counts, positions = [], []
            for _t, _d, _w, vbytes in self.copied:
                pos = np.frombuffer(vbytes, dtype="<u4") if vbytes and len(vbytes) % 4 == 0 else ()
                counts.append(len(pos))
                positions.extend(pos)
            self.chunks.append(
                (
                    np.array([gram_code(t.decode("utf-8")) for t, _d, _w, _v in self.copied], dtype=np.int64),
                    np.array([d for _t, d, _w, _v in self.copied], dtype=np.int32),
                    np.array([w for _t, _d, w, _v in self.copied], dtype=np.float32),
                    np.array(counts, dtype=np.int32),
                    np.array(positions, dtype=np.int32),
                )
            )
            self.copied = []
        if not self.chunks:
            return None
        chunks, self.chunks = [list(c) for c in self.chunks], []
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
        self.spill(None)
        runs, self.runs = self.runs, []
        if not runs:
            return
        if len(runs) == 1 and not isinstance(runs[0][0], np.memmap):
            yield runs[0][:5]
            return
        total = sum(len(r[0]) for r in runs)
        sample = np.unique(np.concatenate([np.asarray(r[0][:: max(1, len(r[0]) // 4096)]) for r in runs]))
        cuts = sample[np.linspace(0, len(sample), max(1, total // group) + 1).astype(np.int64)[1:-1]]
        bounds = [None, *np.unique(cuts).tolist(), None]
        for lo, hi in zip(bounds[:-1], bounds[1:], strict=True):
            parts = []
            for codes, docs, weights, counts, positions, pend in runs:
                i0 = 0 if lo is None else int(np.searchsorted(codes, lo, side="left"))
                i1 = len(codes) if hi is None else int(np.searchsorted(codes, hi, side="left"))
                if i1 > i0:
                    p0 = int(pend[i0 - 1]) if i0 else 0
                    parts.append(
                        [
                            np.asarray(a)
                            for a in (
                                codes[i0:i1],
                                docs[i0:i1],
                                weights[i0:i1],
                                counts[i0:i1],
                                positions[p0 : pend[i1 - 1]],
                            )
                        ]
                    )
            if parts:
                yield _sorted_by_code(parts)


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
    segments; each segment sorts the ids by the terms' UTF-8 bytes when it is written."""

    def __init__(self, vocab: dict[str, int]):
        self.vocab = vocab
        self.ids: list[np.ndarray] = []
        self.counts: list[np.ndarray] = []
        self.weights: list[np.ndarray] = []
        self.docs: list[int] = []

    def add(self, docnum: int, terms: list[str], counts: np.ndarray, boost: float, docboost: float) -> None:
        """One document's distinct terms with their frequencies; a posting weighs its frequency times
        the field's boost times the document's (as Frequency.word_values and SegmentWriter do)."""
        vocab = self.vocab
        self.ids.append(np.array([vocab.setdefault(t, len(vocab)) for t in terms], dtype=np.int32))
        self.counts.append(counts.astype(np.int32))
        self.weights.append((counts.astype(np.float64) * boost * docboost).astype(np.float32))
        self.docs.append(docnum)

    def add_copied(self, term: str, docnum: int, weight: float, count: int) -> None:
        """One posting of a segment merged into this one (its documents come after this writer's)."""
        self.add(docnum, [term], np.array([count]), 1.0, 1.0)
        self.weights[-1][0] = weight

    def postings(self):
        """(term bytes of each distinct term, term ends, docs, weights, counts), sorted by term bytes
        then document; None when the segment holds no posting of the field."""
        if not self.ids:
            return None
        lens = np.array([len(i) for i in self.ids], dtype=np.int64)
        ids = np.concatenate(self.ids)
        counts = np.concatenate(self.counts)
        weights = np.concatenate(self.weights)
        docs = np.repeat(np.array(self.docs, dtype=np.int32), lens)
        self.ids, self.counts, self.weights, self.docs = [], [], [], []
        keys = [t.encode("utf-8") for t in self.vocab]
        by_bytes = sorted(range(len(keys)), key=keys.__getitem__)
        rank = np.empty(len(keys), dtype=np.int64)
        rank[np.array(by_bytes, dtype=np.int64)] = np.arange(len(keys))
        codes = rank[ids]
        order = np.lexsort((docs, codes))
        codes, docs, weights, counts = codes[order], docs[order], weights[order], counts[order]
        ends = np.flatnonzero(np.r_[codes[1:] != codes[:-1], True]) + 1
        texts = [keys[by_bytes[c]] for c in codes[ends - 1].tolist()]
        return texts, ends, docs, weights, counts
