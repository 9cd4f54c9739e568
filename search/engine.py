"""The search engine boundary: the few operations the archive needs, whatever runs underneath.

    engine = get_engine()
    engine.search(SearchRequest(query=parse("核酸 -演练"), include={"year": ("2020",)}, end=20))
        → SearchResult(ids=[12, 7, …], total=31, facets={"outlet": [("3", 12), …]})
    engine.sync([12, 13])          # index the published ones, remove the rest
    engine.remove([14])
    engine.check()                 # {"missing": […], "stale": […], "extra": […]}

The Whoosh engine evaluates our ParsedQuery directly (query → Whoosh query objects → search.vector's
whole-index evaluation); no query string is written or re-parsed. Any other haystack backend
(Elasticsearch/OpenSearch) gets the same request as haystack SQ objects (HaystackEngine).
Index fields and facets come from search.registry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
from haystack import connections
from haystack.constants import DJANGO_ID
from whoosh import query as wq

from search import registry
from search.phrase import make_phrase
from search.query import Clause, Group, ParsedQuery, Term
from search.vector import Evaluator


@dataclass(frozen=True)
class SearchRequest:
    query: ParsedQuery
    include: dict[str, tuple[str, ...]] = field(default_factory=dict)  # index field → any of these
    exclude: dict[str, tuple[str, ...]] = field(default_factory=dict)  # index field → none of these
    date_from: datetime | None = None  # naive UTC, inclusive
    date_to: datetime | None = None
    sort: str = "relevance"  # relevance | newest | oldest
    start: int = 0
    end: int | None = 20  # None: every result
    facets: tuple[str, ...] = ()  # index fields to count
    facet_limit: int | None = None  # values per facet (None: all)
    hidden: frozenset[int] = frozenset()  # article ids never to return (not published in the database)
    ranking: tuple[tuple[str, str, float], ...] = ()  # (field, text, boost): rank only, never filter


@dataclass
class SearchResult:
    ids: list[int]
    total: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def get_engine(alias: str = "default"):
    from search.backends import ChineseWhooshSearchBackend

    backend = connections[alias].get_backend()
    if isinstance(backend, ChineseWhooshSearchBackend):
        return WhooshEngine(backend)
    return HaystackEngine(alias)


class _Maintenance:
    def sync(self, ids) -> tuple[int, int]:
        from search.indexing import sync_articles

        return sync_articles(ids)

    def remove(self, ids) -> None:
        from search.indexing import article_identifier

        backend = connections[self.alias].get_backend()
        remover = getattr(backend, "remove_many", None)
        identifiers = [article_identifier(pk) for pk in ids]
        if remover:
            remover(identifiers)
        else:
            for ident in identifiers:
                backend.remove(ident)

    def check(self) -> dict[str, list[int]]:
        from search.indexing import index_drift

        return index_drift()


class WhooshEngine(_Maintenance):
    def __init__(self, backend) -> None:
        self.backend = backend
        self.alias = backend.connection_alias

    def search(self, request: SearchRequest) -> SearchResult:
        backend = self.backend
        backend._check_current()
        searcher = backend._searcher()
        if not searcher.doc_count():
            return SearchResult([], 0, {})
        evaluator = backend.evaluator(searcher)
        schema = searcher.schema
        required = compile_clauses(request.query.clauses, schema)
        filters = compile_filters(request, schema)
        optional = None
        if request.ranking and request.sort == "relevance":
            optional = [_ranking_query(f, text, boost, schema) for f, text, boost in request.ranking]
            optional = wq.Or([q for q in optional if q is not None]) if any(optional) else None
        allowed = _allowed(evaluator, filters, request.hidden)
        sort_by = {"newest": ["-" + registry.DATE_FIELD], "oldest": [registry.DATE_FIELD]}.get(request.sort)
        page, matched = backend.evaluate_page(
            searcher, evaluator, required, optional, allowed, sort_by, request.start, request.end
        )
        facets = {}
        if request.facets and len(matched):
            mask = evaluator.mask(matched)
            for name in request.facets:
                counts = backend._facet_counts(searcher, name, mask)
                facets[name] = counts if request.facet_limit is None else counts[: request.facet_limit]
        ids = [int(searcher.stored_fields(d)[DJANGO_ID]) for d, _score in page]
        return SearchResult(ids, len(matched), facets)


def _allowed(evaluator: Evaluator, filters: list, hidden: frozenset[int]) -> np.ndarray | None:
    """Mask of the documents the filters leave, minus the hidden articles (None: every live one)."""
    if hidden:
        # Terms absent from the index cost one dictionary lookup each; hidden articles usually are.
        unwanted = wq.Or([wq.Term(DJANGO_ID, str(pk)) for pk in sorted(hidden)])
        filters = [*(filters or [wq.Every()]), wq.Not(unwanted)]
    if not filters:
        return None
    return evaluator.mask(evaluator.evaluate(wq.And(filters)).ids)


def compile_term(term: Term, schema) -> wq.Query | None:
    """One term as a Whoosh query on its gram field: one gram, or the phrase of its longest grams."""
    name = term.field if term.field in schema else None
    if name is None:
        return wq.NullQuery
    analyzer = getattr(schema[name], "analyzer", None)
    if analyzer is None:
        return wq.Term(name, term.text)
    grams = [t.text for t in analyzer(registry.term_text(name, term.text), mode="query")]
    if not grams:
        return None
    return make_phrase(name, grams)


def compile_clauses(clauses: list[Clause], schema) -> wq.Query | None:
    """AND of the clauses (each an OR of its alternatives, negated ones as NOT); None: no constraint."""
    parts = []
    for clause in clauses:
        alternatives = []
        for item in clause.terms:
            q = (
                compile_clauses(item.clauses, schema)
                if isinstance(item, Group)
                else compile_term(item, schema)
            )
            if q is not None:
                alternatives.append(q)
        if not alternatives:
            continue
        q = alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives)
        parts.append(wq.Not(q) if clause.negated else q)
    if not parts:
        return None
    if all(isinstance(p, wq.Not) for p in parts):
        parts.insert(0, wq.Every())
    return parts[0] if len(parts) == 1 else wq.And(parts)


def compile_filters(request: SearchRequest, schema) -> list[wq.Query]:
    filters: list[wq.Query] = []
    for name, values in request.include.items():
        if values:
            filters.append(wq.Or([wq.Term(name, str(v)) for v in values]))
    for name, values in request.exclude.items():
        if values:
            filters.append(wq.Not(wq.Or([wq.Term(name, str(v)) for v in values])))
    if request.date_from or request.date_to:
        filters.append(wq.DateRange(registry.DATE_FIELD, request.date_from, request.date_to))
    if filters and all(isinstance(f, wq.Not) for f in filters):
        filters.insert(0, wq.Every())
    return filters


def _ranking_query(name: str, text: str, boost: float, schema) -> wq.Query | None:
    if name not in schema:
        return None
    if name in registry.GRAM_FIELDS:
        q = compile_term(Term(text=text, field=name), schema)
        if q is None or q is wq.NullQuery:
            return None
        q.boost = boost
        return q
    return wq.Term(name, text, boost=boost)


class HaystackEngine(_Maintenance):
    """Any other haystack backend: the request as SQ objects through a SearchQuerySet."""

    def __init__(self, alias: str = "default") -> None:
        self.alias = alias

    def queryset(self, request: SearchRequest):
        from haystack.query import SQ, SearchQuerySet

        from archive.models import Article
        from search.query import to_sq

        sqs = SearchQuerySet(using=self.alias).models(Article)
        sq = to_sq(request.query)
        if sq is not None:
            sqs = sqs.filter(sq)
        for name, values in request.include.items():
            if values:
                either = None
                for v in values:
                    one = SQ(**{f"{name}__exact": str(v)})
                    either = one if either is None else either | one
                sqs = sqs.filter(either)
        for name, values in request.exclude.items():
            for v in values:
                sqs = sqs.exclude(**{f"{name}__exact": str(v)})
        if request.hidden:
            sqs = sqs.exclude(django_id__in=[str(pk) for pk in sorted(request.hidden)])
        if request.date_from:
            sqs = sqs.filter(**{f"{registry.DATE_FIELD}__gte": request.date_from})
        if request.date_to:
            sqs = sqs.filter(**{f"{registry.DATE_FIELD}__lte": request.date_to})
        if request.sort == "newest":
            sqs = sqs.order_by("-" + registry.DATE_FIELD)
        elif request.sort == "oldest":
            sqs = sqs.order_by(registry.DATE_FIELD)
        else:
            for name, text, boost in request.ranking:
                sqs = sqs.boost(f"{name}:{text}" if name in registry.GRAM_FIELDS else text, boost)
        for name in request.facets:
            sqs = sqs.facet(name, size=request.facet_limit or registry.MAX_FACET_LIMIT)
        return sqs

    def search(self, request: SearchRequest) -> SearchResult:
        sqs = self.queryset(request)
        end = request.end if request.end is not None else sqs.count()
        ids = [int(r.pk) for r in sqs[request.start : end]]
        total = sqs.count()
        facets = {}
        if request.facets and total:
            counts = (sqs.facet_counts() or {}).get("fields", {})
            facets = {name: list(counts.get(name, [])) for name in request.facets}
        return SearchResult(ids, total, facets)
