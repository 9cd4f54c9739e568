"""haystack's Whoosh engine with Chinese analysis: a small subclass, not a patched library.

What differs from the stock backend:
- schema: fields that name an analyzer get it with positions only where phrases need them, are not
  stored (the database has the text) and are not sortable columns; `indexed=False` fields are stored only;
- writing: one writer at a time, waiting for Whoosh's lock (`ARCHIVE_SEARCH_LOCK_TIMEOUT` seconds)
  instead of failing or buffering in a thread;
- querying: an exact filter on a gram field becomes a Whoosh phrase of character bigrams, and
  `SearchQuerySet.boost()` words only rank (ANDMAYBE), they never narrow the results;
- searching: one Whoosh searcher is kept per thread and reopened only when the index changed (the
  stock backend opens three per query, most of its latency); the set of matching documents comes
  from the required part of the query alone (no scoring), which gives the exact total, the facet
  counts (from per-document value arrays built once per index version) and date sorting; only the
  top of the page is scored, with Whoosh's block-skipping collector. Highlighting is left to
  search.highlight.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from itertools import chain

from django.conf import settings
from haystack.backends import log_query
from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend, WhooshSearchQuery
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import SkipDocument
from haystack.models import SearchResult
from haystack.utils import get_identifier
from whoosh import query as wq
from whoosh.fields import STORED, TEXT
from whoosh.index import LockError

from search.analyzers import GramTokenizer
from search.phrase import make_phrase

_SAFE_WORD = re.compile(r"^\w+$")


class IndexLocked(Exception):
    """Another process held the index's write lock for longer than the timeout."""


class ChineseWhooshSearchBackend(WhooshSearchBackend):
    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self.lock_timeout = float(connection_options.get("LOCK_TIMEOUT",
                                                         getattr(settings, "ARCHIVE_SEARCH_LOCK_TIMEOUT", 120)))
        self.procs = int(connection_options.get("PROCS", min(os.cpu_count() or 1, 4)))
        self.parallel_from = int(connection_options.get("PARALLEL_FROM", 500))

    def build_schema(self, fields):
        content_field_name, schema = super().build_schema(fields)
        for field_class in fields.values():
            name = field_class.index_fieldname
            if not field_class.indexed:
                schema.remove(name)
                schema.add(name, STORED())
            elif getattr(field_class, "analyzer", None) is not None:
                analyzer = field_class.analyzer
                schema.remove(name)
                schema.add(name, TEXT(analyzer=analyzer, phrase=isinstance(analyzer, GramTokenizer),
                                      stored=field_class.stored, field_boost=field_class.boost))
        return content_field_name, schema

    def setup(self):
        super().setup()
        gram_fields = {name for name, f in self.schema.items() if isinstance(getattr(f, "analyzer", None), GramTokenizer)}

        def phrase_class(fieldname, words, **kwargs):
            if fieldname in gram_fields:
                return make_phrase(fieldname, words, **kwargs)
            return wq.Phrase(fieldname, words, **kwargs)

        self.parser.phraseclass = phrase_class

    def _searcher(self):
        searcher = getattr(self, "_cached_searcher", None)
        if searcher is None:
            self.index = self.index.refresh()
            searcher = self.index.searcher()
        elif not searcher.up_to_date():
            # Not searcher.refresh(): it reuses segment readers whose deleted-document sets are cached,
            # so a document deleted since would still be found.
            searcher.close()
            self.index = self.index.refresh()
            searcher = self.index.searcher()
        self._cached_searcher = searcher
        return searcher

    def _forget_searcher(self) -> None:
        searcher = getattr(self, "_cached_searcher", None)
        self._cached_searcher = None
        if searcher is not None:
            searcher.close()

    def clear(self, models=None, commit=True):
        self._forget_searcher()
        return super().clear(models=models, commit=commit)

    @log_query
    def search(self, query_string, sort_by=None, start_offset=0, end_offset=None, facets=None,
               narrow_queries=None, models=None, limit_to_registered_models=None, result_class=None, **kwargs):
        if not self.setup_complete:
            self.setup()
        empty = {"results": [], "hits": 0, "facets": {}, "spelling_suggestion": None}
        if not query_string:
            return empty
        searcher = self._searcher()
        if not searcher.doc_count():
            return empty
        parsed = self.parser.parse(str(query_string))
        if parsed is None or parsed is wq.NullQuery:
            return empty
        # What matches is decided by the required part; an ANDMAYBE clause only ranks.
        required = parsed.a if isinstance(parsed, wq.AndMaybe) else parsed
        filters = [self.parser.parse(str(nq)) for nq in (narrow_queries or ())]
        registered = self.build_models_list()
        wanted = sorted(f"{m._meta.app_label}.{m._meta.model_name}" for m in models) if models else registered
        if set(wanted) != set(registered) or len(registered) > 1:
            filters.append(wq.Or([wq.Term(DJANGO_CT, ct) for ct in wanted]))
        allowed = set(searcher.docs_for_query(wq.And(filters))) if filters else None
        end_offset = end_offset if end_offset is not None else start_offset + 20
        if (not facets and not sort_by and allowed is None and isinstance(required, wq.Term)
                and not searcher.reader().has_deletions()):
            # One term, nothing else asked for: the total is its document frequency, no need to
            # walk every matching document (a one-character query can match all of them).
            total = searcher.doc_frequency(required.fieldname, required.text)
            results = searcher.search(parsed, limit=max(end_offset, 1), terms=False)
            hits = self._hits(searcher, [(h.docnum, h.score or 0.0) for h in results[start_offset:end_offset]],
                              result_class)
            return {"results": hits, "hits": total, "facets": {}, "spelling_suggestion": None}
        if isinstance(required, wq.Every):
            matched = list(allowed) if allowed is not None else list(searcher.reader().all_doc_ids())
        else:
            matched = [d for d in searcher.docs_for_query(required) if allowed is None or d in allowed]
        if sort_by:
            page = self._sorted_page(searcher, matched, sort_by, start_offset, end_offset)
        elif isinstance(required, wq.Every):
            page = [(d, 0.0) for d in sorted(matched)[start_offset:end_offset]]
        else:
            results = searcher.search(parsed, limit=max(end_offset, 1), terms=False,
                                      filter=allowed if allowed is not None else None)
            page = [(hit.docnum, hit.score or 0.0) for hit in results[start_offset:end_offset]]
        hits = self._hits(searcher, page, result_class)
        facet_counts = {}
        if facets:
            facet_counts = {"fields": {name: self._facet_counts(searcher, name, matched) for name in facets},
                            "dates": {}, "queries": {}}
        return {"results": hits, "hits": len(matched), "facets": facet_counts, "spelling_suggestion": None}

    @staticmethod
    def _hits(searcher, page, result_class):
        result_class = result_class or SearchResult
        hits = []
        for docnum, score in page:
            stored = searcher.stored_fields(docnum)
            app_label, model_name = stored[DJANGO_CT].split(".")
            hits.append(result_class(app_label, model_name, stored[DJANGO_ID], score))
        return hits

    def _per_searcher(self, searcher, key, build):
        """Per-document arrays (sort keys, facet values) built once per searcher, i.e. per index version."""
        cache = getattr(self, "_arrays", None)
        if cache is None or cache[0] is not searcher:
            cache = self._arrays = (searcher, {})
        if key not in cache[1]:
            cache[1][key] = build()
        return cache[1][key]

    def _sorted_page(self, searcher, matched, sort_by, start, end):
        directions = {name.startswith("-") for name in sort_by}
        if len(directions) > 1:
            from haystack.exceptions import SearchBackendError

            raise SearchBackendError("Whoosh requires all order_by fields to use the same sort direction")
        reverse = directions.pop()
        names = [name.lstrip("-") for name in sort_by]

        def column(name):
            def build():
                reader = searcher.reader()
                if not reader.has_column(name):
                    return [None] * reader.doc_count_all()
                # Raw sortable values: translating a missing date (stored as the maximum) overflows.
                col = reader.column_reader(name, translate=False)
                missing = getattr(searcher.schema[name], "default", None)
                return [None if v == missing else v for v in (col[d] for d in range(reader.doc_count_all()))]
            return self._per_searcher(searcher, ("sort", name), build)

        arrays = [column(n) for n in names]
        # Documents without a value (no date) go last in both directions; ties keep index order.
        def key(d):
            values = tuple(a[d] for a in arrays)
            return (any(v is None or v == b"" for v in values), values)
        present = [d for d in matched if not key(d)[0]]
        missing = [d for d in matched if key(d)[0]]
        present.sort(key=lambda d: tuple(a[d] for a in arrays), reverse=reverse)
        ordered = present + sorted(missing)
        return [(d, 0.0) for d in ordered[start:end]]

    def _facet_counts(self, searcher, name, matched):
        def build():
            reader = searcher.reader()
            values = [()] * reader.doc_count_all()
            if name in searcher.schema:
                for term in reader.lexicon(name):
                    text = term.decode("utf-8") if isinstance(term, bytes) else term
                    for d in reader.postings(name, term).all_ids():
                        values[d] = values[d] + (text,)
            return values
        values = self._per_searcher(searcher, ("facet", name), build)
        counts = Counter(chain.from_iterable(map(values.__getitem__, matched)))
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    def _writer(self, procs: int = 1):
        try:
            if procs > 1:
                return self.index.writer(procs=procs, multisegment=True, limitmb=256,
                                         timeout=self.lock_timeout, delay=0.05)
            return self.index.writer(timeout=self.lock_timeout, delay=0.05)
        except LockError as exc:
            raise IndexLocked(f"the search index at {self.path} stayed locked for {self.lock_timeout:.0f} s "
                              "(another import or update_index is writing); try again when it has finished") from exc

    def update(self, index, iterable, commit=True):
        if not self.setup_complete:
            self.setup()
        from search.indexing import load_archive_words

        load_archive_words()
        self.index = self.index.refresh()
        # Large batches (big imports, rebuild_index, check_index after a big drift) analyse text in
        # one process per core; small ones (an edit, a few pages) are not worth starting processes for.
        size = len(iterable) if hasattr(iterable, "__len__") else None
        writer = self._writer(procs=self.procs if size is None or size >= self.parallel_from else 1)
        try:
            for obj in iterable:
                try:
                    doc = index.full_prepare(obj)
                except SkipDocument:
                    continue
                doc = {key: self._from_python(value) for key, value in doc.items() if key != "boost"}
                writer.update_document(**doc)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    def remove_many(self, identifiers) -> None:
        if not self.setup_complete:
            self.setup()
        identifiers = [get_identifier(i) for i in identifiers]
        if not identifiers:
            return
        self.index = self.index.refresh()
        writer = self._writer()
        try:
            for ident in identifiers:
                writer.delete_by_term(ID, ident)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    def remove(self, obj_or_string, commit=True):
        self.remove_many([obj_or_string])

    def indexed_stamps(self) -> dict[str, str]:
        """{django_id: stamp} of every document in the index (for check_index)."""
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        with self.index.searcher() as searcher:
            return {fields.get("django_id"): fields.get("stamp", "") for fields in searcher.all_stored_fields()}


def phrase_text(value: str) -> str:
    """Text that can sit between Whoosh's phrase quotes (which cannot be escaped)."""
    return value.replace('"', " ")


class ChineseWhooshSearchQuery(WhooshSearchQuery):
    gram_fields = frozenset({"text", "title", "people", "orgs", "places", "source"})

    def build_query_fragment(self, field, filter_type, value):
        name = "text" if field == "content" else field
        if filter_type == "exact" and name in self.gram_fields and isinstance(value, str):
            text = phrase_text(value).strip()
            if text:
                return f'{name}:"{text}"'
        return super().build_query_fragment(field, filter_type, value)

    def build_query(self):
        boosts, self.boost = self.boost, {}
        try:
            query = super().build_query()
        finally:
            self.boost = boosts
        words = []
        for key, value in boosts.items():
            field, _, text = key.partition(":")
            if text and field in self.gram_fields and phrase_text(text).strip():
                words.append(f'{field}:"{phrase_text(text).strip()}"^{value}')
            elif _SAFE_WORD.match(key) and key not in ("AND", "OR", "NOT", "TO", "ANDMAYBE", "ANDNOT"):
                words.append(f"words:{key}^{value}")
        if words:
            query = f"({query}) ANDMAYBE ({' OR '.join(words)})"
        return query


class ChineseWhooshEngine(WhooshEngine):
    backend = ChineseWhooshSearchBackend
    query = ChineseWhooshSearchQuery
