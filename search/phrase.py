"""Exact phrases over the gram fields, and the compact positions format they read.

The pages evaluate phrases in search.vector (whole-index, NumPy); GramPhrase is the same match as a
Whoosh query object, for every other Whoosh code path (docs_for_query, stock collectors).

Whoosh's own Phrase checks every word's positions through span objects, about 0.15 ms per candidate
document in Python. Here documents must first hold every gram of the chain (postings intersected
rarest first with skip_to); then only the grams that cover the string (every fourth 4-gram and
the last) have their positions checked, with set arithmetic. Matches are exactly the same
(tests/search/test_search.py compares every result set with the database's substring match).
Scoring is BM25 on the phrase frequency in the field.
"""

from __future__ import annotations

import math
import struct
from collections import defaultdict

from whoosh import matching
from whoosh.formats import Positions, tokens
from whoosh.query import Phrase, Term

K1, B = 1.2, 0.75


# The value of a posting without positions. Not empty: Whoosh's block writer drops empty values, which
# would leave a block's values out of step with its ids (and break segment merges).
NO_POSITIONS = b"\x00"


class CompactPositions(Positions):
    """Positions stored as a plain array of little-endian uint32 (Whoosh's own format pickles a list of
    deltas per posting), and only for terms of at least `positions_from` characters.

    Phrases over the gram fields are always chains of the longest grams (search.analyzers.query_grams),
    so shorter grams never need positions; leaving them out makes the postings of common characters
    several times smaller and faster to read (most of a block's decoding was their positions).
    search.vector decodes the positions of thousands of documents with one NumPy call."""

    def __init__(self, field_boost=1.0, positions_from: int = 1, **options):
        super().__init__(field_boost=field_boost, **options)
        self.positions_from = positions_from

    def word_values(self, value, analyzer, **kwargs):
        field_boost = self.field_boost
        positions = defaultdict(list)
        weights = defaultdict(float)
        kwargs["positions"] = True
        kwargs["boosts"] = True
        for t in tokens(value, analyzer, kwargs):
            positions[t.text].append(t.pos)
            weights[t.text] += t.boost
        shortest = getattr(self, "positions_from", 1)
        for word, poslist in positions.items():
            encoded = self.encode(poslist) if len(word) >= shortest else NO_POSITIONS
            yield word, len(poslist), weights[word] * field_boost, encoded

    def encode(self, poslist):
        return struct.pack(f"<{len(poslist)}I", *poslist)

    def decode_positions(self, valuestring):
        count = len(valuestring) // 4
        return list(struct.unpack(f"<{count}I", valuestring[: count * 4]))

    def decode_frequency(self, valuestring):
        return len(valuestring) // 4

    def decode_weight(self, valuestring):
        return self.decode_frequency(valuestring) * self.field_boost


def _covering(n: int, size: int) -> list[int]:
    """Offsets of grams (of `size` characters) that together cover a chain of n grams."""
    return sorted(set(range(0, n, size)) | {n - 1})


class GramPhrase(Phrase):
    def matcher(self, searcher, context=None):
        fieldname = self.fieldname
        if fieldname not in searcher.schema:
            return matching.NullMatcher()
        field = searcher.schema[fieldname]
        reader = searcher.reader()
        covering = set(_covering(len(self.words), max(1, len(self.words[0]))))
        terms: dict[bytes, tuple[int, list[int]]] = {}
        for offset, text in enumerate(self.words):
            try:
                word = field.to_bytes(text)
            except ValueError:
                return matching.NullMatcher()
            if word not in terms:
                if (fieldname, word) not in reader:
                    return matching.NullMatcher()
                terms[word] = (reader.doc_frequency(fieldname, word), [])
            terms[word][1].append(offset)
        # Documents must hold every gram (rarest first, so the intersection shrinks fastest); the
        # positions of the grams that cover the string then decide.
        ordered = sorted(terms.items(), key=lambda kv: kv[1][0])
        matchers = [reader.postings(fieldname, word) for word, _ in ordered]
        checks = [
            (m, [o for o in offsets if o in covering])
            for m, (_word, (_df, offsets)) in zip(matchers, ordered, strict=True)
        ]
        checks = [(m, offsets) for m, offsets in checks if offsets]
        lead, rest = matchers[0], matchers[1:]
        ids, freqs = [], []
        while lead.is_active():
            doc = target = lead.id()
            for m in rest:
                if m.id() < target:
                    m.skip_to(target)
                    if not m.is_active():
                        return self._finish(searcher, ids, freqs)
                if m.id() > target:
                    target = m.id()
                    break
            if target != doc:
                lead.skip_to(target)
                continue
            starts = None
            for m, offsets in checks:
                positions = m.value_as("positions")
                for offset in offsets:
                    shifted = {p - offset for p in positions}
                    if starts is None:
                        starts = shifted
                    else:
                        starts &= shifted
                    if not starts:
                        break
                if not starts:
                    break
            if starts:
                ids.append(doc)
                freqs.append(len(starts))
            lead.next()
        return self._finish(searcher, ids, freqs)

    def _finish(self, searcher, ids, freqs):
        if not ids:
            return matching.NullMatcher()
        fieldname = self.fieldname
        reader = searcher.reader()
        n_docs = max(reader.doc_count_all(), 1)
        idf = math.log(1 + (n_docs - len(ids) + 0.5) / (len(ids) + 0.5))
        avg = searcher.avg_field_length(fieldname, 1) or 1
        boost = self.boost * getattr(searcher.schema[fieldname].format, "field_boost", 1.0)
        weights = []
        for doc, tf in zip(ids, freqs, strict=True):
            length = reader.doc_field_length(doc, fieldname, 1) or 1
            weights.append(boost * idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avg)))
        return matching.ListMatcher(ids, weights=weights)


def make_phrase(fieldname, words, slop=1, boost=1.0, char_ranges=None):
    """The query parser's phrase class: GramPhrase for chains of 2+ bigrams, a Term for one."""
    if len(words) == 1:
        return Term(fieldname, words[0], boost=boost)
    return GramPhrase(fieldname, words, slop=slop, boost=boost, char_ranges=char_ranges)
