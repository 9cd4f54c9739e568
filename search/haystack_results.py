"""What haystack expects back from a backend's search(), built from our whole-index evaluation:
SearchResult objects carrying their stored fields, field and date facet counts in haystack's shapes,
and highlighted text. Used by search.backends.ChineseWhooshSearchBackend.search (the haystack path);
the archive's own pages go through search.engine and need none of it.
"""

from __future__ import annotations

from datetime import date, datetime

import numpy as np
from django.utils.html import escape
from haystack.backends.whoosh_backend import WhooshHtmlFormatter
from haystack.constants import DJANGO_CT, DJANGO_ID
from haystack.models import SearchResult
from haystack.utils.app_loading import haystack_get_model
from whoosh import query as wq
from whoosh.highlight import ContextFragmenter
from whoosh.highlight import highlight as whoosh_highlight
from whoosh.support.relativedelta import relativedelta
from whoosh.util.times import datetime_to_long

from search.analyzers import GramTokenizer
from textnorm.highlight import find_spans


def results(backend, searcher, page, result_class, highlight_terms: list[str] | None) -> tuple[list, int]:
    """(SearchResults of the page's documents, how many were left out: documents of models no longer
    registered, as the stock backend does)."""
    from haystack import connections

    result_class = result_class or SearchResult
    unified = connections[backend.connection_alias].get_unified_index()
    indexed = unified.get_indexed_models()
    out, dropped = [], 0
    for docnum, score in page:
        stored = searcher.stored_fields(docnum)
        app_label, model_name = stored[DJANGO_CT].split(".")
        model = haystack_get_model(app_label, model_name)
        if model is None or model not in indexed:
            dropped += 1
            continue
        index = unified.get_index(model)
        fields = {}
        for key, value in stored.items():
            if key in (DJANGO_CT, DJANGO_ID):
                continue
            field = index.fields.get(key)
            if field is not None and hasattr(field, "convert"):
                if field.is_multivalued:
                    fields[key] = value.split(",") if value else []
                else:
                    fields[key] = field.convert(value)
            else:
                fields[key] = backend._to_python(value)
        if highlight_terms is not None:
            text = fields.get(backend.content_field_name)
            fields["highlighted"] = {
                backend.content_field_name: [highlighted(backend, text, highlight_terms)]
            }
        out.append(result_class(app_label, model_name, stored[DJANGO_ID], score, **fields))
    return out, dropped


def query_texts(q, fieldname: str) -> list[str]:
    """The strings a parsed query looks for in one field (phrases of grams joined back together)."""
    found: list[str] = []
    for sub in [q, *q.leaves()] if hasattr(q, "leaves") else [q]:
        if getattr(sub, "fieldname", None) != fieldname:
            continue
        if isinstance(sub, wq.Phrase) and sub.words:
            found.append(sub.words[0] + "".join(w[-1] for w in sub.words[1:]))
        elif isinstance(sub, (wq.Term, wq.Prefix, wq.Wildcard)):
            found.append(str(sub.text).rstrip("*"))
    return [t for t in dict.fromkeys(found) if t]


def highlighted(backend, text, terms: list[str]) -> str:
    """Our highlighter for our gram fields (it knows their normal form: 黨員 marks 党员); Whoosh's,
    with the field's own analyzer, for any other field."""
    if not text:
        return ""
    analyzer = getattr(backend.schema[backend.content_field_name], "analyzer", None)
    if isinstance(analyzer, GramTokenizer):
        spans = find_spans(text, terms)
        out, pos = [], 0
        for start, end in spans:
            out += [escape(text[pos:start]), "<em>", escape(text[start:end]), "</em>"]
            pos = end
        return "".join([*out, escape(text[pos:])])
    words = [t.text for term in terms for t in analyzer(term)] if analyzer else terms
    return whoosh_highlight(text, words, analyzer, ContextFragmenter(), WhooshHtmlFormatter("em"))


def field_facets(backend, searcher, names, mask) -> dict[str, list]:
    return {name: backend._facet_counts(searcher, name, mask) for name in names}


def _as_datetime(value) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)  # noqa: DTZ001 - Whoosh dates are naive
    raise ValueError(f"not a date: {value!r}")


def date_facets(backend, searcher, spec: dict, matched: np.ndarray) -> dict[str, list]:
    """haystack's date_facets: per field, ((start, end), count) for every gap with documents, and
    (None, count) for the matches outside every gap; ordered by count, as the stock backend does."""
    out = {}
    for name, options in spec.items():
        start, end = _as_datetime(options["start_date"]), _as_datetime(options["end_date"])
        gap = relativedelta(**{f"{options['gap_by']}s": options.get("gap_amount", 1)})
        values = backend.date_values(searcher, name)[matched]
        counts = []
        outside = np.ones(len(values), dtype=bool)
        low = start
        while low < end:
            high = low + gap
            inside = (values >= datetime_to_long(low)) & (values < datetime_to_long(high))
            outside &= ~inside
            if inside.any():
                counts.append(((low, high), int(inside.sum())))
            low = high
        counts.sort(key=lambda kv: (-kv[1], kv[0]))
        missing = int(outside.sum())
        if missing:
            where = next((i for i, (_k, c) in enumerate(counts) if c < missing), len(counts))
            counts.insert(where, (None, missing))
        out[name] = counts
    return out
