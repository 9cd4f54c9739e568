"""The slow reference phrase matcher, kept as the oracle for search.vector's phrase matching.

Written against Whoosh's public matcher API only (postings, skip_to, value_as("positions")), one
document at a time: tests compare the arrays-at-once evaluator with it.
"""

from __future__ import annotations

from whoosh import matching
from whoosh.query import Phrase


def _covering(n: int, size: int) -> list[int]:
    """Offsets of grams (of `size` characters) that together cover a chain of n grams."""
    return sorted(set(range(0, n, size)) | {n - 1})


class OraclePhrase(Phrase):
    """Documents holding every gram of the chain (postings intersected with skip_to), then the
    positions of the covering grams compared as Python sets; weights are the phrase frequency."""

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
        return matching.ListMatcher(ids, weights=[float(f) for f in freqs])
