"""The archive on an Elasticsearch 7 / OpenSearch cluster, through haystack — chosen by settings only:

    ARCHIVE_SEARCH_ENGINE=search.elasticsearch.ChineseElasticsearchEngine
    ARCHIVE_SEARCH_URL=http://es.internal:9200/  ARCHIVE_SEARCH_INDEX_NAME=archive

The recall promise of the Whoosh backend (every article containing the typed characters is found;
traditional/simplified, full/half width and case fold together) is kept by the same means in the
cluster's own analysis, with no plugin:

- `archive_chars` analyzer for the text fields: a `mapping` char filter generated from our own
  `normalize_char` (every character whose search form differs: OpenCC traditional→simplified,
  NFKC width, case), runs of whitespace folded to one space, then an `ngram` tokenizer of size 1
  over every character class — one token per character at consecutive positions. A query string
  is analysed the same way, and haystack's `__exact` filters become `"…"` phrase queries, so a
  string matches exactly where it occurs, one character or forty, Chinese, digits or Latin.
- `words` (ranking only): jieba words of the text, segmented here with the archive's own names
  (the same `words()` the Whoosh backend uses) and sent space-separated, analysed by `whitespace`
  + the same folding. Ranking words and the headline are optional `should` clauses, never filters,
  as in the Whoosh backend.

The query layer (`search/query.py` → `SQ` objects, `search/selectors.py`) is shared unchanged.
"""

from __future__ import annotations

import copy
from functools import lru_cache

from haystack.backends.elasticsearch7_backend import (
    Elasticsearch7SearchBackend,
    Elasticsearch7SearchEngine,
    Elasticsearch7SearchQuery,
)

from search.analyzers import normalize_char, words
from search.registry import FACET_FIELDS, GRAM_FIELDS, STAMP_FIELD, WORD_FIELD

CHAR_FIELDS = GRAM_FIELDS
# Code points whose folding matters: ASCII/Latin/Greek/Cyrillic letters, general punctuation, CJK
# symbols and punctuation, CJK ideographs (BMP, compatibility, extensions), full/half-width forms.
_RANGES = (
    (0x0000, 0x24FF),
    (0x2E80, 0x33FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
    (0x20000, 0x3134F),
)


def _escape(ch: str) -> str:
    """A character as written in an Elasticsearch mapping rule (`\\uXXXX` for anything not plain)."""
    if ch.isalnum() and ord(ch) < 0x10000 and ch not in "=>":
        return ch
    if ord(ch) >= 0x10000:  # the rules are read as Java strings: a surrogate pair
        code = ord(ch) - 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{ord(ch):04x}"


@lru_cache(maxsize=1)
def char_mappings() -> tuple[str, ...]:
    """`from => to` rules for every character whose search form (normalize_char) is another character."""
    rules = []
    for low, high in _RANGES:
        for code in range(low, high + 1):
            ch = chr(code)
            if 0xD800 <= code <= 0xDFFF or ch.isspace():
                continue
            folded = normalize_char(ch)
            if folded != ch and len(folded) == 1:
                rules.append(f"{_escape(ch)} => {_escape(folded)}")
    return tuple(rules)


def index_settings() -> dict:
    """The index settings (analysis) the archive's Elasticsearch/OpenSearch index is created with."""
    return {
        "settings": {
            "index": {"max_ngram_diff": 0},
            "analysis": {
                "char_filter": {
                    "archive_fold": {"type": "mapping", "mappings": list(char_mappings())},
                    "archive_space": {"type": "pattern_replace", "pattern": "\\s+", "replacement": " "},
                },
                "tokenizer": {
                    "archive_char": {
                        "type": "ngram",
                        "min_gram": 1,
                        "max_gram": 1,
                        "token_chars": ["letter", "digit", "whitespace", "punctuation", "symbol"],
                    },
                },
                "analyzer": {
                    "archive_chars": {
                        "type": "custom",
                        "char_filter": ["archive_fold", "archive_space"],
                        "tokenizer": "archive_char",
                        "filter": ["lowercase"],
                    },
                    "archive_words": {
                        "type": "custom",
                        "char_filter": ["archive_fold"],
                        "tokenizer": "whitespace",
                        "filter": ["lowercase"],
                    },
                },
            },
        },
    }


class ChineseElasticsearchBackend(Elasticsearch7SearchBackend):
    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self.DEFAULT_SETTINGS = index_settings()

    def build_schema(self, fields):
        content_field_name, mapping = super().build_schema(fields)
        for _, field in fields.items():
            name = field.index_fieldname
            if name in CHAR_FIELDS:
                mapping[name] = {
                    "type": "text",
                    "analyzer": "archive_chars",
                    **({"boost": field.boost} if field.boost != 1.0 else {}),
                }
            elif name == WORD_FIELD:
                mapping[name] = {"type": "text", "analyzer": "archive_words"}
            elif name in FACET_FIELDS or field.is_multivalued or name == STAMP_FIELD:
                mapping[name] = {"type": "keyword"}
        return content_field_name, mapping

    def _prepare_object(self, index, obj):
        data = super()._prepare_object(index, obj)
        if data.get(WORD_FIELD):
            data[WORD_FIELD] = " ".join(words(data[WORD_FIELD]))
        return data

    def build_search_kwargs(self, query_string, boost=None, **kwargs):
        search_kwargs = super().build_search_kwargs(query_string, **kwargs)
        should = []
        for key, value in (boost or {}).items():
            field, _, text = key.partition(":")
            if text and field in CHAR_FIELDS:
                should.append({"match_phrase": {field: {"query": text, "boost": value}}})
            else:
                should.append({"match": {WORD_FIELD: {"query": key, "boost": value}}})
        if should:  # ranking only: the required query decides what matches
            search_kwargs["query"] = {
                "bool": {"must": [copy.deepcopy(search_kwargs["query"])], "should": should}
            }
        return search_kwargs


class ChineseElasticsearchSearchQuery(Elasticsearch7SearchQuery):
    def build_query(self):
        boosts, self.boost = self.boost, {}  # sent separately (build_params), as optional clauses
        try:
            return super().build_query()
        finally:
            self.boost = boosts


class ChineseElasticsearchEngine(Elasticsearch7SearchEngine):
    backend = ChineseElasticsearchBackend
    query = ChineseElasticsearchSearchQuery
