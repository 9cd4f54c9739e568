"""A faster exact-phrase query for the gram fields.

Whoosh's own Phrase checks every word's positions through span objects, about 0.15 ms per candidate
document in Python. A string of n characters is already pinned down by a subset of its bigrams
(every other one, plus the last), so this query intersects the postings of that subset,
rarest first with skip_to, and checks positions with set arithmetic. Matches are exactly the same
(tests/search/test_search.py compares every result set with the database's substring match).
Scoring is BM25 on the phrase frequency in the field.
"""
from __future__ import annotations

import math

from whoosh import matching
from whoosh.query import Phrase, Term

K1, B = 1.2, 0.75


def _covering(n: int) -> list[int]:
    """Offsets of bigrams that together cover all n+1 characters of a chain of n bigrams."""
    return sorted(set(range(0, n, 2)) | {n - 1})


class GramPhrase(Phrase):
    def matcher(self, searcher, context=None):
        fieldname = self.fieldname
        if fieldname not in searcher.schema:
            return matching.NullMatcher()
        field = searcher.schema[fieldname]
        reader = searcher.reader()
        chosen = []
        for offset in _covering(len(self.words)):
            try:
                word = field.to_bytes(self.words[offset])
            except ValueError:
                return matching.NullMatcher()
            if (fieldname, word) not in reader:
                return matching.NullMatcher()
            chosen.append((reader.doc_frequency(fieldname, word), offset, word))
        chosen.sort()
        matchers = [(offset, reader.postings(fieldname, word)) for _df, offset, word in chosen]
        lead_offset, lead = matchers[0]
        rest = matchers[1:]
        ids, freqs = [], []
        while lead.is_active():
            doc = lead.id()
            target = doc
            for _offset, m in rest:
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
            starts = {p - lead_offset for p in lead.value_as("positions")}
            for offset, m in rest:
                starts.intersection_update(p - offset for p in m.value_as("positions"))
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
        for doc, tf in zip(ids, freqs):
            length = reader.doc_field_length(doc, fieldname, 1) or 1
            weights.append(boost * idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avg)))
        return matching.ListMatcher(ids, weights=weights)


def make_phrase(fieldname, words, slop=1, boost=1.0, char_ranges=None):
    """The query parser's phrase class: GramPhrase for chains of 2+ bigrams, a Term for one."""
    if len(words) == 1:
        return Term(fieldname, words[0], boost=boost)
    return GramPhrase(fieldname, words, slop=slop, boost=boost, char_ranges=char_ranges)
