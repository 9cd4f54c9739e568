"""Exact phrases over the gram fields, and the compact positions format they read.

The pages evaluate phrases in search.vector (whole-index, NumPy); GramPhrase is the same match as a
Whoosh query object, for every other Whoosh code path (docs_for_query, stock collectors).

Whoosh's own Phrase checks every word's positions through span objects, about 0.15 ms per candidate
document in Python. GramPhrase is matched by search.vector instead (the grams that cover the string,
positions compared as arrays); tests compare it with a slow reference matcher and with the
database's substring match.
"""

from __future__ import annotations

import struct
from collections import defaultdict

from whoosh import matching
from whoosh.formats import Positions, tokens
from whoosh.query import Phrase, Term

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


class GramPhrase(Phrase):
    """An exact phrase of character grams as a Whoosh query, for Whoosh's own code paths
    (docs_for_query, stock collectors). It is evaluated by search.vector, the one phrase matcher and
    the one BM25 (the slow reference matcher lives in tests/search/phrase_oracle.py)."""

    def matcher(self, searcher, context=None):
        from search.vector import Evaluator

        if self.fieldname not in searcher.schema:
            return matching.NullMatcher()
        evaluator = Evaluator(searcher, {}, frozenset({self.fieldname}))
        hits = evaluator.evaluate(self)
        if not len(hits.ids):
            return matching.NullMatcher()
        return matching.ListMatcher(hits.ids.tolist(), weights=hits.scores.tolist())


def make_phrase(fieldname, words, slop=1, boost=1.0, char_ranges=None):
    """The query parser's phrase class: GramPhrase for chains of 2+ bigrams, a Term for one."""
    if len(words) == 1:
        return Term(fieldname, words[0], boost=boost)
    return GramPhrase(fieldname, words, slop=slop, boost=boost, char_ranges=char_ranges)
