"""Searching a Whoosh index the haystack way, evaluated over the whole index at once (search.vector).

Mixed into search.backends.ChineseWhooshSearchBackend. `search()` keeps haystack's backend contract
as the stock Whoosh backend does — stored fields on every result (so `values()`, `values_list()`
and `update_index --remove` work), field and date facets, highlighting, sorting (with or without a
sortable column), narrow queries, the django_ct filter for the registered models, spelling
suggestions, every result when no end offset is given — with the differences listed in
search/HAYSTACK_DEVIATIONS.md. The archive's own pages use search.engine, which calls
evaluator() and evaluate_page() directly.
"""

from __future__ import annotations

import numpy as np
from django.conf import settings
from django.utils.encoding import force_str
from haystack.backends import log_query
from haystack.constants import DJANGO_CT
from haystack.utils import get_model_ct
from whoosh import query as wq
from whoosh.util.times import datetime_to_long

from search import haystack_results
from search.vector import Evaluator, top


def field_terms(reader, name: str) -> list:
    """Every term of a field, sorted, read segment by segment: a MultiReader's own lexicon merges the
    segments' terms and stops at the first term of another field, so a segment that numbered its fields
    in another order (written in bulk before 2026-12) hid the rest of the field (a year from the facet)."""
    return sorted(set().union(*(leaf.lexicon(name) for leaf, _offset in reader.leaf_readers())))


def raw_column(reader, name: str) -> list:
    """Each document's raw (untranslated) value in the column, None in a segment without the column.
    Read segment by segment: Whoosh's MultiColumnReader maps the documents of a segment that has no
    such column (one whose documents all lack a date) into the next segment's column, at offset -1 —
    an undated article imported before dated ones broke every date sort (struct.error)."""
    values: list = []
    for leaf, _base in reader.leaf_readers():
        count = leaf.doc_count_all()
        if leaf.has_column(name):
            column = leaf.column_reader(name, translate=False)
            values += [column[d] for d in range(count)]
        else:
            values += [None] * count
    return values


class WholeIndexSearch:
    @log_query
    def search(
        self,
        query_string,
        sort_by=None,
        start_offset=0,
        end_offset=None,
        fields="",
        highlight=False,
        facets=None,
        date_facets=None,
        query_facets=None,
        narrow_queries=None,
        spelling_query=None,
        within=None,
        dwithin=None,
        distance_point=None,
        models=None,
        limit_to_registered_models=None,
        result_class=None,
        **kwargs,
    ):
        self._check_current()
        query_string = force_str(query_string)
        if not query_string:
            return {"results": [], "hits": 0}
        searcher = self._searcher()
        spelling = self._spelling(spelling_query or query_string)
        if not searcher.doc_count():
            return {"results": [], "hits": 0, "spelling_suggestion": spelling}
        parsed = self.parser.parse(query_string)
        if parsed is None or parsed is wq.NullQuery:  # only stop words: nothing to look for
            return {"results": [], "hits": 0}
        # What matches is decided by the required part; an ANDMAYBE clause only ranks.
        required = parsed.a if isinstance(parsed, wq.AndMaybe) else parsed
        optional = parsed.b if isinstance(parsed, wq.AndMaybe) else None
        filters = [self.parser.parse(force_str(nq)) for nq in (narrow_queries or ())]
        if limit_to_registered_models is None:
            limit_to_registered_models = getattr(settings, "HAYSTACK_LIMIT_TO_REGISTERED_MODELS", True)
        if models:
            choices = sorted(get_model_ct(m) for m in models)
        else:
            choices = self.build_models_list() if limit_to_registered_models else []
        if end_offset is not None and end_offset <= 0:
            end_offset = 1  # as the stock backend: a page of at least one
        evaluator = self.evaluator(searcher)
        allowed = evaluator.mask(evaluator.evaluate(wq.And(filters)).ids) if filters else None
        if choices:  # the documents of these models: one mask per index version
            cache = self._per_searcher_cache(searcher)
            if ("models", tuple(choices)) not in cache:
                of_models = wq.Or([wq.Term(DJANGO_CT, ct) for ct in choices])
                cache[("models", tuple(choices))] = evaluator.mask(evaluator.evaluate(of_models).ids)
            models_mask = cache[("models", tuple(choices))]
            allowed = models_mask if allowed is None else allowed & models_mask
        page, matched = self.evaluate_page(
            searcher, evaluator, required, optional, allowed, sort_by, start_offset, end_offset
        )
        terms = haystack_results.query_texts(required, self.content_field_name) if highlight else None
        results, dropped = haystack_results.results(self, searcher, page, result_class, terms)
        facet_counts = {}
        if facets or date_facets:
            facet_counts = {"fields": {}, "dates": {}, "queries": {}}
            if facets:
                facet_counts["fields"] = haystack_results.field_facets(
                    self, searcher, facets, evaluator.mask(matched)
                )
            if date_facets:
                facet_counts["dates"] = haystack_results.date_facets(self, searcher, date_facets, matched)
        return {
            "results": results,
            "hits": len(matched) - dropped,
            "facets": facet_counts,
            "spelling_suggestion": spelling,
        }

    def _spelling(self, text: str):
        if not getattr(self, "include_spelling", False):
            return None
        return self.create_spelling_suggestion(text)

    def date_values(self, searcher, name: str) -> np.ndarray:
        """Per document: its date in the field as Whoosh's sortable long (-1: none)."""
        cache = self._per_searcher_cache(searcher)
        if ("dates", name) not in cache:
            reader = searcher.reader()
            size = reader.doc_count_all()
            values = np.full(size, -1, dtype=np.int64)
            if reader.has_column(name):
                missing = getattr(searcher.schema[name], "default", None)
                for d, v in enumerate(raw_column(reader, name)):
                    if v is not None and v != missing:
                        values[d] = int(v)
            else:
                for d in range(size):
                    v = None if reader.is_deleted(d) else reader.stored_fields(d).get(name)
                    if v is not None:
                        values[d] = datetime_to_long(v)
            cache[("dates", name)] = values
        return cache[("dates", name)]

    def evaluator(self, searcher) -> Evaluator:
        return Evaluator(
            searcher,
            self._per_searcher_cache(searcher),
            self.scored_fields,
            frozenset({self.content_field_name}),
        )

    def evaluate_page(self, searcher, evaluator, required, optional, allowed, sort_by, start, end):
        """(page of (docnum, score), every matching docnum): `required` decides what matches (None:
        everything), `optional` only adds to the score; `allowed` is a mask of documents (None: all)."""
        required = wq.Every() if required is None else required
        if optional is not None and not sort_by:
            matched = evaluator.evaluate(wq.AndMaybe(required, optional), allowed)
        else:
            matched = evaluator.evaluate(required, allowed)
        end = len(matched.ids) if end is None else end
        if sort_by:
            page = self._sorted_page(searcher, evaluator, matched.ids, sort_by, start, end)
        else:
            page = top(matched, start, end)
        return page, matched.ids

    def _per_searcher_cache(self, searcher) -> dict:
        """Arrays (document lengths, sort keys, facet values) built once per searcher (index version)."""
        cache = getattr(self, "_arrays", None)
        if cache is None or cache[0] is not searcher:
            cache = self._arrays = (searcher, {})
        return cache[1]

    def _sorted_page(self, searcher, evaluator, matched, sort_by, start, end):
        directions = {name.startswith("-") for name in sort_by}
        if len(directions) > 1:
            from haystack.exceptions import SearchBackendError

            raise SearchBackendError("Whoosh requires all order_by fields to use the same sort direction")
        descending = directions.pop()
        cache = self._per_searcher_cache(searcher)
        keys = []
        for name in (n.lstrip("-") for n in sort_by):
            if ("sort", name) not in cache:
                cache[("sort", name)] = self._sort_ranks(searcher, name)
            keys.append(cache[("sort", name)][matched])
        # Documents without a value (no date) go last in both directions; ties keep index order.
        missing = np.zeros(len(matched), dtype=bool)
        for key in keys:
            missing |= key < 0
        sign = -1 if descending else 1
        order = np.lexsort((matched, *[sign * k for k in reversed(keys)], missing))
        return [(int(matched[i]), 0.0) for i in order[start:end]]

    @staticmethod
    def _sort_ranks(searcher, name):
        """Per document: the dense rank of its value in the column (-1: no value)."""
        reader = searcher.reader()
        size = reader.doc_count_all()
        if not reader.has_column(name):
            # No sortable column (a text field): each document's smallest term, as Whoosh's own sort would.
            ranks = np.full(size, -1, dtype=np.int64)
            if name in searcher.schema:
                for rank, term in enumerate(field_terms(reader, name)):
                    ids = np.fromiter(reader.postings(name, term).all_ids(), dtype=np.int64)
                    ids = ids[ranks[ids] < 0]
                    ranks[ids] = rank
            return ranks
        # Raw sortable values: translating a missing date (stored as the maximum) overflows.
        missing = getattr(searcher.schema[name], "default", None)
        values = raw_column(reader, name)
        present = [v for v in values if v != missing and v is not None and v != b""]
        rank = {v: i for i, v in enumerate(sorted(set(present)))}
        return np.array([rank.get(v, -1) for v in values], dtype=np.int64)

    def _facet_counts(self, searcher, name, mask):
        cache = self._per_searcher_cache(searcher)
        if ("facet", name) not in cache:
            reader = searcher.reader()
            labels, docs, terms = [], [], []
            if name in searcher.schema:
                for term in field_terms(reader, name):
                    ids = np.fromiter(reader.postings(name, term).all_ids(), dtype=np.int64)
                    docs.append(ids)
                    terms.append(np.full(len(ids), len(labels), dtype=np.int64))
                    labels.append(term.decode("utf-8") if isinstance(term, bytes) else term)
            cache[("facet", name)] = (
                labels,
                np.concatenate(docs) if docs else np.empty(0, dtype=np.int64),
                np.concatenate(terms) if terms else np.empty(0, dtype=np.int64),
            )
        labels, docs, terms = cache[("facet", name)]
        counts = np.bincount(terms[mask[docs]], minlength=len(labels))
        found = [(labels[i], int(counts[i])) for i in np.flatnonzero(counts)]
        return sorted(found, key=lambda kv: (-kv[1], kv[0]))
