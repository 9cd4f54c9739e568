"""haystack's Whoosh engine with Chinese analysis: a small subclass, not a patched library.

What differs from the stock backend (search/HAYSTACK_DEVIATIONS.md lists what haystack's own test
suite sees of it):
- schema: fields analysed by our tokenizers get positions (search.phrase.CompactPositions) only
  where phrases need them, are not stored (the database has the text) and are not sortable columns;
  non-indexed text fields are stored only. An index written with another schema version is refused
  (IndexOutdated) until `check_index` rebuilds it;
- writing: one writer at a time, waiting for Whoosh's lock (`ARCHIVE_SEARCH_LOCK_TIMEOUT` seconds)
  instead of failing or buffering in a thread; setup() is retried when another writer's commit
  replaces the table of contents under it (`update_index --workers N`);
- querying: an exact filter on a gram field becomes a Whoosh phrase of character grams, and
  `SearchQuerySet.boost()` words only rank (ANDMAYBE), they never narrow the results;
- searching (search.whole_index): one Whoosh searcher is kept per thread and reopened when the
  index changed — compared by its identity (generation and segment ids), so a rebuild by another
  process is seen even when it reaches the same generation number; the query is evaluated over the
  whole index at once with NumPy (search.vector).
"""

from __future__ import annotations

import os
import re
import time
from contextlib import closing

from django.conf import settings
from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend, WhooshSearchQuery
from haystack.constants import ID
from haystack.exceptions import SkipDocument
from haystack.utils import get_identifier
from whoosh import query as wq
from whoosh.fields import STORED, TEXT
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError
from whoosh.qparser import FuzzyTermPlugin, QueryParser

from archive.indexing import IndexUnavailable
from search.analyzers import MAX_GRAM, GramTokenizer, WordTokenizer
from search.bulk_analysis import analysed
from search.phrase import CompactPositions, make_phrase
from search.whole_index import WholeIndexSearch
from search.whoosh_adapter import BulkGramWriter, index_identity, release_write_lock, stored_schema

_SAFE_WORD = re.compile(r"^\w+$")


class IndexLocked(IndexUnavailable):
    """Another process held the index's write lock for longer than the timeout."""


class IndexOutdated(IndexUnavailable):
    """The index on disk was built by another version of the analysis; it must be rebuilt."""


class ChineseWhooshSearchBackend(WholeIndexSearch, WhooshSearchBackend):
    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        # A bulk write sorts its gram postings in runs of this many tokens (memory: ~40 bytes a token),
        # merged into one segment at commit; with SEGMENT_TOKENS it is split into segments instead.
        self.run_tokens = int(connection_options.get("RUN_TOKENS", 4_000_000))
        self.segment_tokens = int(connection_options.get("SEGMENT_TOKENS", 0))
        self.lock_timeout = float(
            connection_options.get("LOCK_TIMEOUT", getattr(settings, "ARCHIVE_SEARCH_LOCK_TIMEOUT", 120))
        )

    def build_schema(self, fields):
        content_field_name, schema = super().build_schema(fields)
        for field_class in fields.values():
            name = field_class.index_fieldname
            if not field_class.indexed and isinstance(schema[name], TEXT):
                # Text kept for display only (the content stamp): stored, not analysed.
                schema.remove(name)
                schema.add(name, STORED())
            elif isinstance(getattr(field_class, "analyzer", None), (GramTokenizer, WordTokenizer)):
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
        """haystack's setup, retried: with several `update_index --workers`, another worker's commit
        can delete the table of contents this one is reading. A failed attempt never leaves the
        backend marked as set up without its state."""
        for attempt in range(6):
            try:
                self._setup_once()
                return
            except Exception:
                self.setup_complete = False
                if attempt == 5:
                    raise
                time.sleep(0.02 * 2**attempt)  # back off while the other writer finishes its commit

    def _setup_once(self):
        read_only = getattr(settings, "ARCHIVE_READ_ONLY", False) or not os.access(self.path, os.W_OK)
        if self.use_file_storage and os.path.isdir(self.path) and read_only:
            self._setup_read_only()  # haystack refuses a folder it cannot write; searching needs none
        else:
            super().setup()
        self.setup_complete = False
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
        self.setup_complete = True

    def _setup_read_only(self):
        """haystack's setup for an index on read-only storage (a published archive): searched as it is;
        a write fails in Whoosh with a clear error instead of here."""
        from haystack import connections

        self.storage = FileStorage(self.path, readonly=True)
        fields = connections[self.connection_alias].get_unified_index().all_searchfields()
        self.content_field_name, self.schema = self.build_schema(fields)
        self.parser = QueryParser(self.content_field_name, schema=self.schema)
        self.parser.add_plugins([FuzzyTermPlugin])
        self.index = self.storage.open_index(schema=self.schema)
        self.setup_complete = True

    def _uses_jieba_words(self) -> bool:
        return any(isinstance(getattr(f, "analyzer", None), WordTokenizer) for _n, f in self.schema.items())

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

    def _bulk_word_fields(self) -> frozenset[str]:
        """The jieba ranking fields, written in bulk too (in Whoosh's Frequency format)."""
        return frozenset(
            name for name, f in self.schema.items() if isinstance(getattr(f, "analyzer", None), WordTokenizer)
        )

    def _writer(self, bulk: bool = False):
        try:
            if bulk:
                grams = frozenset(
                    name
                    for name, f in self.schema.items()
                    if isinstance(getattr(f, "analyzer", None), GramTokenizer)
                    and isinstance(getattr(f, "format", None), CompactPositions)
                )
                return BulkGramWriter(
                    self.index,
                    grams,
                    self.segment_tokens,
                    self._bulk_word_fields(),
                    self.run_tokens,
                    timeout=self.lock_timeout,
                    delay=0.05,
                )
            return self.index.writer(timeout=self.lock_timeout, delay=0.05)
        except LockError as exc:
            raise IndexLocked(
                f"the search index at {self.path} stayed locked for {self.lock_timeout:.0f} s "
                "(another import or update_index is writing); try again when it has finished"
            ) from exc

    def update(self, index, iterable, commit=True):
        self._check_current()
        if self._uses_jieba_words():
            from django.apps import apps

            if apps.is_installed("archive"):  # the archive's names keep 潘晓喆 whole in the ranking field
                from search.indexing import load_archive_words

                load_archive_words()
        self.index = self.index.refresh()
        # The gram and word fields are written from arrays (whoosh_adapter.BulkGramWriter), analysed by
        # a second process while this one writes (search.bulk_analysis); the rest through Whoosh.
        writer = self._writer(bulk=True)
        try:
            docs = analysed(self._prepared(index, iterable), writer.gram_fields, writer.word_fields)
            with closing(docs):
                for doc in docs:
                    writer.update_document(**doc)
        except BaseException:
            writer.cancel()
            raise
        _commit(writer)

    def _prepared(self, index, iterable):
        for obj in iterable:
            try:
                doc = index.full_prepare(obj)
            except SkipDocument:
                continue
            yield {key: self._from_python(value) for key, value in doc.items() if key != "boost"}

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
        try:
            writer.cancel()
        except Exception:
            release_write_lock(writer)
        raise


def phrase_text(value: str) -> str:
    """Text that can sit between Whoosh's phrase quotes (which cannot be escaped)."""
    return value.replace('"', " ")


class ChineseWhooshSearchQuery(WhooshSearchQuery):
    """Field names come from the backend's schema, not from this class: gram fields (GramTokenizer)
    take exact phrases, `boost()` words go to the jieba field (WordTokenizer) or, without one, to
    the document field, and only rank (ANDMAYBE)."""

    def _fields(self) -> tuple[str, frozenset[str], str]:
        backend = self.backend
        if not backend.setup_complete:
            backend.setup()
        by_analyzer = {name: getattr(f, "analyzer", None) for name, f in backend.schema.items()}
        grams = frozenset(n for n, a in by_analyzer.items() if isinstance(a, GramTokenizer))
        words = [n for n, a in by_analyzer.items() if isinstance(a, WordTokenizer)]
        return backend.content_field_name, grams, (words[0] if words else backend.content_field_name)

    def build_query_fragment(self, field, filter_type, value):
        content, grams, _words = self._fields()
        name = content if field == "content" else field
        if filter_type == "exact" and name in grams and isinstance(value, str):
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
        _content, grams, word_field = self._fields()
        words = []
        for key, value in boosts.items():
            field, _, text = key.partition(":")
            if text and field in grams and phrase_text(text).strip():
                words.append(f'{field}:"{phrase_text(text).strip()}"^{value}')
            elif _SAFE_WORD.match(key) and key not in ("AND", "OR", "NOT", "TO", "ANDMAYBE", "ANDNOT"):
                words.append(f"{word_field}:{key}^{value}")
        if words:
            query = f"({query}) ANDMAYBE ({' OR '.join(words)})"
        return query


class ChineseWhooshEngine(WhooshEngine):
    backend = ChineseWhooshSearchBackend
    query = ChineseWhooshSearchQuery
