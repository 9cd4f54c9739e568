"""Evaluate a Whoosh query over the whole index at once, with NumPy arrays instead of matchers.

A results page needs every matching document (the exact total, facet counts, date sorting) and
the best-scoring few. Whoosh's matchers reach each matching document through several Python calls
(about 10 µs per document with scoring), which is most of the time for a query that matches tens of
thousands of articles, such as one common character. Here a term's postings are read a block at a
time (one zlib + pickle call per 128 postings), turned into arrays, and combined with array
operations: AND is a mask, OR a union, BM25 a vector expression over a per-field document-length
array.

Supported: Term, GramPhrase (search.phrase), And, Or, AndMaybe, AndNot, Not, Every, NullQuery;
any other query is answered by Whoosh itself (`docs_for_query`) and scores nothing. Blocks whose
documents are all outside the current candidate set are never decompressed, so a rare gram or a
filter narrows everything evaluated after it.

Phrase matches are the same as GramPhrase's (documents holding every gram of the chain, then the
positions of the covering grams); tests compare both with the database's substring match.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
from whoosh import query as wq

from search.phrase import CompactPositions, GramPhrase
from search.whoosh_adapter import field_lengths, leaf_postings

K1, B = 1.2, 0.75  # BM25 parameters: the only BM25 in the archive is Evaluator.bm25
_NO_IDS = np.empty(0, dtype=np.int64)
_NO_SCORES = np.empty(0, dtype=np.float64)


class Hits(NamedTuple):
    ids: np.ndarray  # sorted, unique document numbers (int64)
    scores: np.ndarray  # float64, aligned with ids


NO_HITS = Hits(_NO_IDS, _NO_SCORES)


class Postings(NamedTuple):
    ids: np.ndarray
    weights: np.ndarray
    values: list | None  # raw posting values (positions), aligned with ids, when asked for


def top(hits: Hits, start: int, end: int) -> list[tuple[int, float]]:
    """Documents start..end by score (highest first), ties by document number (stable pages)."""
    n = len(hits.ids)
    if not n or start >= end:
        return []
    ids, scores = hits.ids, hits.scores
    if end < n:
        threshold = -np.partition(-scores, end - 1)[end - 1]
        keep = scores >= threshold
        ids, scores = ids[keep], scores[keep]
    order = np.lexsort((ids, -scores))[start:end]
    return [(int(ids[i]), float(scores[i])) for i in order]


class Evaluator:
    """Whole-index evaluation for one searcher; `cache` is kept by the caller per searcher (index version)."""

    def __init__(
        self, searcher, cache: dict, scored_fields: frozenset[str], every_fields: frozenset[str] = frozenset()
    ):
        """every_fields: fields every document has (the document field), so Every(field) is every document
        (Whoosh's own Every(field) walks every term of the field: seconds on a gram field)."""
        self.searcher = searcher
        self.every_fields = every_fields
        self.reader = searcher.reader()
        self.schema = searcher.schema
        self.size = self.reader.doc_count_all()
        self.cache = cache
        self.scored_fields = scored_fields

    # -- per index version ---------------------------------------------------------------

    def live(self) -> np.ndarray | None:
        """Mask of documents not deleted, or None when nothing is deleted."""
        if "live" not in self.cache:
            mask = None
            if self.reader.has_deletions():
                mask = np.zeros(self.size, dtype=bool)
                for leaf, offset in self.reader.leaf_readers():
                    alive = np.fromiter(leaf.all_doc_ids(), dtype=np.int64)
                    mask[alive + offset] = True
            self.cache["live"] = mask
        return self.cache["live"]

    def lengths(self, fieldname: str) -> np.ndarray:
        key = ("lengths", fieldname)
        if key not in self.cache:
            out = np.zeros(self.size, dtype=np.float64)
            for leaf, offset in self.reader.leaf_readers():
                lengths = field_lengths(leaf, fieldname)
                if lengths is not None:
                    out[offset : offset + len(lengths)] = lengths
            self.cache[key] = out
        return self.cache[key]

    # -- reading postings ----------------------------------------------------------------

    def postings(
        self, fieldname: str, text: bytes, within: np.ndarray | None, values: bool = False
    ) -> Postings:
        """Every posting of a term (inside the `within` mask), as arrays of global document numbers."""
        id_parts, weight_parts, value_parts = [], [], []
        for leaf, offset in self.reader.leaf_readers():
            if (fieldname, text) not in leaf:
                continue
            ids, weights, vals = leaf_postings(leaf, offset, fieldname, text, within, values)
            id_parts += ids
            weight_parts += weights
            value_parts += vals
        if not id_parts:
            return Postings(_NO_IDS, _NO_SCORES, [] if values else None)
        ids = np.concatenate(id_parts)
        weights = np.concatenate(weight_parts)
        flat_values = [v for part in value_parts for v in part] if values else None
        if within is not None and len(ids):
            keep = within[ids]
            if not keep.all():
                index = np.flatnonzero(keep)
                ids, weights = ids[index], weights[index]
                if values:
                    flat_values = [flat_values[i] for i in index.tolist()]
        return Postings(ids, weights, flat_values)

    # -- scoring ------------------------------------------------------------------------

    def bm25(self, fieldname: str, ids: np.ndarray, freqs: np.ndarray, df: int, boost: float) -> np.ndarray:
        """BM25 of a term (or phrase) frequency; field boosts multiply, as in search.phrase."""
        if fieldname not in self.scored_fields or not len(ids):
            return np.zeros(len(ids), dtype=np.float64)
        field_boost = getattr(self.schema[fieldname].format, "field_boost", 1.0) or 1.0
        avg = self.searcher.avg_field_length(fieldname, 1) or 1.0
        idf = math.log(1 + (self.size - df + 0.5) / (df + 0.5))
        lengths = self.lengths(fieldname)[ids]
        lengths[lengths == 0] = 1.0
        return boost * field_boost * idf * freqs * (K1 + 1) / (freqs + K1 * (1 - B + B * lengths / avg))

    # -- the query tree -----------------------------------------------------------------

    def mask(self, ids: np.ndarray) -> np.ndarray:
        out = np.zeros(self.size, dtype=bool)
        out[ids] = True
        return out

    def evaluate(self, q, within: np.ndarray | None = None) -> Hits:
        """Documents matching q inside the `within` mask (None: every live document), with scores."""
        if within is None:
            within = self.live()
        return self._eval(q, within)

    def _eval(self, q, within) -> Hits:
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return NO_HITS
        if isinstance(q, GramPhrase):
            return self._phrase(q, within)
        if isinstance(q, wq.Term):
            return self._term(q, within)
        if isinstance(q, wq.AndMaybe):
            required = self._eval(q.a, within)
            if not len(required.ids):
                return required
            optional = self._eval(q.b, self.mask(required.ids))
            return Hits(required.ids, required.scores + _scores_at(required.ids, optional))
        if isinstance(q, wq.AndNot):
            positive = self._eval(q.a, within)
            if not len(positive.ids):
                return positive
            negative = self._eval(q.b, self.mask(positive.ids))
            return _without(positive, negative.ids)
        if isinstance(q, wq.Not):
            everything = self._every(within)
            return _without(everything, self._eval(q.query, within).ids)
        if isinstance(q, wq.And):
            return self._and(q.subqueries, within)
        if isinstance(q, wq.Or) and not q.minmatch:
            return self._or(q.subqueries, within)
        if isinstance(q, wq.Every) and (not q.fieldname or q.fieldname in self.every_fields):
            return self._every(within)
        return self._generic(q, within)

    def _every(self, within) -> Hits:
        ids = np.flatnonzero(within) if within is not None else np.arange(self.size, dtype=np.int64)
        return Hits(ids.astype(np.int64), np.zeros(len(ids), dtype=np.float64))

    def _generic(self, q, within) -> Hits:
        ids = np.fromiter(self.searcher.docs_for_query(q), dtype=np.int64)
        ids.sort()
        if within is not None and len(ids):
            ids = ids[within[ids]]
        return Hits(ids, np.zeros(len(ids), dtype=np.float64))

    def _term(self, q: wq.Term, within) -> Hits:
        fieldname = q.fieldname
        if fieldname not in self.schema:
            return NO_HITS
        try:
            text = self.schema[fieldname].to_bytes(q.text)
        except ValueError:
            return NO_HITS
        postings = self.postings(fieldname, text, within)
        if not len(postings.ids):
            return NO_HITS
        field_boost = getattr(self.schema[fieldname].format, "field_boost", 1.0) or 1.0
        df = self.reader.doc_frequency(fieldname, text)
        return Hits(
            postings.ids, self.bm25(fieldname, postings.ids, postings.weights / field_boost, df, q.boost)
        )

    def _and(self, subqueries, within) -> Hits:
        positive = [s for s in subqueries if not isinstance(s, wq.Not)]
        negative = [s.query for s in subqueries if isinstance(s, wq.Not)]
        if not positive:
            positive = [wq.Every()]
        # Terms first (cheap, and they narrow the phrase checks), then the rest.
        positive.sort(key=lambda s: 0 if isinstance(s, wq.Term) else 1)
        current = None
        mask = within
        for sub in positive:
            hits = self._eval(sub, mask)
            if current is None:
                current = hits
            else:
                current = Hits(hits.ids, hits.scores + _scores_at(hits.ids, current))
            if not len(current.ids):
                return NO_HITS
            mask = self.mask(current.ids)
        for sub in negative:
            current = _without(current, self._eval(sub, mask).ids)
            if not len(current.ids):
                return NO_HITS
        return current

    def _or(self, subqueries, within) -> Hits:
        parts = [self._eval(s, within) for s in subqueries]
        parts = [p for p in parts if len(p.ids)]
        if not parts:
            return NO_HITS
        if len(parts) == 1:
            return parts[0]
        ids = np.concatenate([p.ids for p in parts])
        scores = np.concatenate([p.scores for p in parts])
        unique, inverse = np.unique(ids, return_inverse=True)
        return Hits(unique, np.bincount(inverse, weights=scores, minlength=len(unique)))

    def _phrase(self, q: GramPhrase, within) -> Hits:
        fieldname = q.fieldname
        if fieldname not in self.schema:
            return NO_HITS
        field = self.schema[fieldname]
        size = max(1, len(q.words[0]))
        try:
            grams = [field.to_bytes(text) for text in q.words]
        except ValueError:
            return NO_HITS
        frequency = {g: self.reader.doc_frequency(fieldname, g) for g in grams}
        if not all(frequency.values()):
            return NO_HITS
        if size < getattr(field.format, "positions_from", 1):
            # Only the longest grams have positions; search.analyzers.query_grams makes no other chains.
            raise ValueError(f"a phrase of {size}-character grams cannot be checked (no positions stored)")
        # The grams whose positions prove the phrase: the cheapest set that covers every character.
        cover = cheapest_cover([frequency[g] for g in grams], size)
        # The cover, rarest first: each read narrows the blocks the next one decompresses. A much rarer
        # gram outside the cover is read first when it narrows enough to pay for itself.
        order = sorted(cover, key=lambda i: frequency[grams[i]])
        rarest = min(range(len(grams)), key=lambda i: frequency[grams[i]])
        if frequency[grams[rarest]] * 2 < frequency[grams[order[0]]]:
            order.insert(0, rarest)
        mask = within
        read: dict[bytes, Postings] = {}
        ids = _NO_IDS
        for i in order:
            gram = grams[i]
            if gram in read:
                continue
            postings = self.postings(
                fieldname, gram, mask, values=i in cover or gram in {grams[c] for c in cover}
            )
            ids = postings.ids
            if not len(ids):
                return NO_HITS
            read[gram] = postings
            mask = self.mask(ids)
        # `ids`: documents holding the cover's grams. A match starts at p when gram i sits at p + i
        # for every gram of the cover; keys (document index << 32 | start) are intersected gram by gram.
        starts = None
        for i in cover:
            postings = read[grams[i]]
            where = np.searchsorted(postings.ids, ids).tolist()
            doc_index, positions = _positions(field.format, [postings.values[w] for w in where])
            valid = positions >= i
            keys = (doc_index[valid] << 32) | (positions[valid] - i)
            starts = keys if starts is None else np.intersect1d(starts, keys, assume_unique=True)
            if not len(starts):
                return NO_HITS
        counts = np.bincount(starts >> 32, minlength=len(ids))
        found = np.flatnonzero(counts)
        found_ids = ids[found]
        scores = self.bm25(fieldname, found_ids, counts[found].astype(np.float64), len(found_ids), q.boost)
        return Hits(found_ids, scores)


def cheapest_cover(costs: list[int], size: int) -> list[int]:
    """Indexes of grams (gram i spans characters i .. i+size-1 of a chain of len(costs) grams) that
    together cover every character, with the smallest total cost (document frequency)."""
    n = len(costs)
    length = n + size - 1
    # best[c] = (cost, grams) of covering characters 0..c-1 with grams ending exactly at c.
    best: dict[int, tuple[int, list[int]]] = {0: (0, [])}
    for i in range(n):
        end = i + size
        before = [best[c] for c in range(i, end) if c in best]  # reached up to somewhere inside gram i
        if not before:
            continue
        cost, chosen = min(before, key=lambda b: b[0])
        candidate = (cost + costs[i], chosen + [i])
        if end not in best or candidate[0] < best[end][0]:
            best[end] = candidate
    return best[length][1]


def _positions(fmt, values: list) -> tuple[np.ndarray, np.ndarray]:
    """(document index, position) pairs of many postings' values, decoded at once when the format
    is CompactPositions, else value by value through the format."""
    if isinstance(fmt, CompactPositions):
        counts = np.fromiter(map(len, values), dtype=np.int64, count=len(values)) // 4
        positions = np.frombuffer(b"".join(values), dtype="<u4").astype(np.int64)
    else:
        decoded = [fmt.decode_positions(v) for v in values]
        counts = np.fromiter(map(len, decoded), dtype=np.int64, count=len(decoded))
        positions = np.fromiter((p for ps in decoded for p in ps), dtype=np.int64, count=int(counts.sum()))
    return np.repeat(np.arange(len(values), dtype=np.int64), counts), positions


def _scores_at(ids: np.ndarray, other: Hits) -> np.ndarray:
    """other's scores for the documents in ids (0 where other does not match)."""
    out = np.zeros(len(ids), dtype=np.float64)
    if len(other.ids) and len(ids):
        where = np.searchsorted(other.ids, ids)
        where[where == len(other.ids)] = 0
        hit = other.ids[where] == ids
        out[hit] = other.scores[where[hit]]
    return out


def _without(hits: Hits, exclude: np.ndarray) -> Hits:
    if not len(exclude) or not len(hits.ids):
        return hits
    keep = ~np.isin(hits.ids, exclude, assume_unique=True)
    return Hits(hits.ids[keep], hits.scores[keep])
