"""haystack's Whoosh engine with Chinese analysis: a small subclass, not a patched library.

What differs from the stock backend:
- schema: fields that name an analyzer get it, with positions (search.phrase.CompactPositions) only
  where phrases need them, are not stored (the database has the text) and are not sortable columns;
  `indexed=False` fields are stored only. An index written with another schema version is refused
  (IndexOutdated) until `check_index` rebuilds it;
- writing: one writer at a time, waiting for Whoosh's lock (`ARCHIVE_SEARCH_LOCK_TIMEOUT` seconds)
  instead of failing or buffering in a thread;
- querying: an exact filter on a gram field becomes a Whoosh phrase of character grams, and
  `SearchQuerySet.boost()` words only rank (ANDMAYBE), they never narrow the results;
- searching: one Whoosh searcher is kept per thread and reopened only when the index changed (the
  stock backend opens three per query); the query is evaluated over the whole index at once with
  NumPy (search.vector): the exact total, BM25 scores for every match, the top of the page, facet
  counts and date order come from arrays built once per index version. Highlighting is left to
  search.highlight.
"""

from __future__ import annotations

import os
import re

import numpy as np
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

from archive.indexing import IndexUnavailable
from search.analyzers import MAX_GRAM, GramTokenizer
from search.phrase import CompactPositions, make_phrase
from search.registry import GRAM_FIELDS, WORD_FIELD
from search.vector import Evaluator, top
from search.whoosh_adapter import index_identity, stored_schema

_SAFE_WORD = re.compile(r"^\w+$")


class IndexLocked(IndexUnavailable):
    """Another process held the index's write lock for longer than the timeout."""


class IndexOutdated(IndexUnavailable):
    """The index on disk was built by another version of the analysis; it must be rebuilt."""


class ChineseWhooshSearchBackend(WhooshSearchBackend):
    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self.lock_timeout = float(
            connection_options.get("LOCK_TIMEOUT", getattr(settings, "ARCHIVE_SEARCH_LOCK_TIMEOUT", 120))
        )
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
                grams = isinstance(analyzer, GramTokenizer)
                field = TEXT(
                    analyzer=analyzer, phrase=grams, stored=field_class.stored, field_boost=field_class.boost
                )
                if grams:
                    field.format = CompactPositions(field_boost=field_class.boost, positions_from=MAX_GRAM)
                schema.add(name, field)
        return content_field_name, schema

    def setup(self):
        super().setup()
        gram_fields = {
            name for name, f in self.schema.items() if isinstance(getattr(f, "analyzer", None), GramTokenizer)
        }
        # Only text fields rank; a filter on outlet or year narrows without changing the order.
        self.scored_fields = frozenset(
            name for name, f in self.schema.items() if getattr(f, "analyzer", None) is not None
        )

        def phrase_class(fieldname, words, **kwargs):
            if fieldname in gram_fields:
                return make_phrase(fieldname, words, **kwargs)
            return wq.Phrase(fieldname, words, **kwargs)

        self.parser.phraseclass = phrase_class
        self.outdated = not self._built_with_this_schema()

    def _built_with_this_schema(self) -> bool:
        """Whether the index on disk was written with these analyzers and posting formats (haystack
        opens an index with the schema it builds, so an older index would otherwise be misread)."""
        stored = stored_schema(self.storage, self.index.indexname)
        if stored is None:
            return True
        for name, field in self.schema.items():
            if name not in stored:
                return False
            old = stored[name]
            if (
                type(old) is not type(field)
                or type(getattr(old, "format", None)) is not type(getattr(field, "format", None))
                or getattr(old, "analyzer", None) != getattr(field, "analyzer", None)
            ):
                return False
        return True

    def _check_current(self) -> None:
        if not self.setup_complete:
            self.setup()
        if self.outdated:
            raise IndexOutdated(
                f"the search index at {self.path} was built by an earlier version of the archive; "
                "rebuild it with `python manage.py check_index` (or `rebuild_index --noinput`)"
            )

    def _searcher(self):
        """The cached searcher, reopened when the index changed. Not only the generation is compared:
        a rebuild (clear + update, in this or another process) can reach the same generation number
        with other segments, so the identity is the generation and its segment ids."""
        searcher = getattr(self, "_cached_searcher", None)
        identity = index_identity(self.storage, self.index.indexname)
        if searcher is None:
            self.index = self.index.refresh()
            searcher = self.index.searcher()
        elif identity != getattr(self, "_searcher_identity", None) or not searcher.up_to_date():
            # Not searcher.refresh(): it reuses segment readers whose deleted-document sets are cached,
            # so a document deleted since would still be found.
            searcher.close()
            self.index = self.index.refresh()
            searcher = self.index.searcher()
        self._cached_searcher = searcher
        self._searcher_identity = identity
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
    def search(
        self,
        query_string,
        sort_by=None,
        start_offset=0,
        end_offset=None,
        facets=None,
        narrow_queries=None,
        models=None,
        limit_to_registered_models=None,
        result_class=None,
        **kwargs,
    ):
        self._check_current()
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
        evaluator = self.evaluator(searcher)
        allowed = None
        if filters:
            allowed = evaluator.mask(evaluator.evaluate(wq.And(filters)).ids)
        optional = parsed.b if isinstance(parsed, wq.AndMaybe) else None
        page, matched_ids = self.evaluate_page(
            searcher, evaluator, required, optional, allowed, sort_by, start_offset, end_offset
        )
        hits = self._hits(searcher, page, result_class)
        facet_counts = {}
        if facets:
            mask = evaluator.mask(matched_ids)
            facet_counts = {
                "fields": {name: self._facet_counts(searcher, name, mask) for name in facets},
                "dates": {},
                "queries": {},
            }
        return {
            "results": hits,
            "hits": len(matched_ids),
            "facets": facet_counts,
            "spelling_suggestion": None,
        }

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

    @staticmethod
    def _hits(searcher, page, result_class):
        result_class = result_class or SearchResult
        hits = []
        for docnum, score in page:
            stored = searcher.stored_fields(docnum)
            app_label, model_name = stored[DJANGO_CT].split(".")
            hits.append(result_class(app_label, model_name, stored[DJANGO_ID], score))
        return hits

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
            return np.full(size, -1, dtype=np.int64)
        # Raw sortable values: translating a missing date (stored as the maximum) overflows.
        column = reader.column_reader(name, translate=False)
        missing = getattr(searcher.schema[name], "default", None)
        values = [column[d] for d in range(size)]
        present = [v for v in values if v != missing and v is not None and v != b""]
        rank = {v: i for i, v in enumerate(sorted(set(present)))}
        return np.array([rank.get(v, -1) for v in values], dtype=np.int64)

    def _facet_counts(self, searcher, name, mask):
        cache = self._per_searcher_cache(searcher)
        if ("facet", name) not in cache:
            reader = searcher.reader()
            labels, docs, terms = [], [], []
            if name in searcher.schema:
                for term in reader.lexicon(name):
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

    def _writer(self, procs: int = 1):
        try:
            if procs > 1:
                return self.index.writer(
                    procs=procs, multisegment=True, limitmb=256, timeout=self.lock_timeout, delay=0.05
                )
            return self.index.writer(timeout=self.lock_timeout, delay=0.05)
        except LockError as exc:
            raise IndexLocked(
                f"the search index at {self.path} stayed locked for {self.lock_timeout:.0f} s "
                "(another import or update_index is writing); try again when it has finished"
            ) from exc

    def update(self, index, iterable, commit=True):
        self._check_current()
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
        _commit(writer)

    def remove_many(self, identifiers) -> None:
        self._check_current()
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
        _commit(writer)

    def remove(self, obj_or_string, commit=True):
        self.remove_many([obj_or_string])

    def indexed_stamps(self) -> dict[str, str]:
        """{django_id: stamp} of every document in the index (for check_index)."""
        self._check_current()
        self.index = self.index.refresh()
        with self.index.searcher() as searcher:
            return {
                fields.get("django_id"): fields.get("stamp", "") for fields in searcher.all_stored_fields()
            }


def _commit(writer) -> None:
    """writer.commit(), releasing the write lock if it fails (Whoosh's commit does not, and the lock
    would then block every later write in this process)."""
    try:
        writer.commit()
    except BaseException:
        lock = getattr(writer, "writelock", None)
        try:
            writer.cancel()
        except Exception:
            if lock is not None and getattr(lock, "fd", None) is not None:
                lock.release()
        raise


def phrase_text(value: str) -> str:
    """Text that can sit between Whoosh's phrase quotes (which cannot be escaped)."""
    return value.replace('"', " ")


class ChineseWhooshSearchQuery(WhooshSearchQuery):
    gram_fields = GRAM_FIELDS

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
                words.append(f"{WORD_FIELD}:{key}^{value}")
        if words:
            query = f"({query}) ANDMAYBE ({' OR '.join(words)})"
        return query


class ChineseWhooshEngine(WhooshEngine):
    backend = ChineseWhooshSearchBackend
    query = ChineseWhooshSearchQuery
