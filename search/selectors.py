"""Reads behind the search pages: form values → SearchQuerySet → a page of hits with facets."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone
from haystack.query import SQ, SearchQuerySet

from archive.models import Article, Mention, Organization, Outlet, Person, Place
from search import highlight
from search.analyzers import words
from search.indexing import load_archive_words
from search.query import ParsedQuery, day_end, day_start, parse, to_sq
from search.search_indexes import naive_utc

FACET_LIMIT = 12
FACETS = [  # (url parameter, index field, model or None)
    ("outlet", "outlet", Outlet),
    ("year", "year", None),
    ("month", "month", None),
    ("place", "place_ids", Place),
    ("person", "person_ids", Person),
    ("org", "org_ids", Organization),
]


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Hit:
    article: Article
    title_html: str
    snippets: list[str]
    people: list[Person]


@dataclass
class SearchPage:
    parsed: ParsedQuery
    total: int
    page: int
    num_pages: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    per_page: int = 20

    @property
    def first_index(self) -> int:
        return (self.page - 1) * self.per_page + 1

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages


def _local_bound(d: date, end: bool) -> datetime:
    moment = day_end(d) if end else day_start(d)
    return naive_utc(timezone.make_aware(moment))


def build_queryset(values: dict) -> tuple[SearchQuerySet, ParsedQuery]:
    parsed = parse(values.get("q") or "")
    sqs = SearchQuerySet().models(Article)
    sq = to_sq(parsed)
    if sq is not None:
        sqs = sqs.filter(sq)
    for param, index_field, _model in FACETS:
        for value in values.get(param) or []:
            sqs = sqs.filter(SQ(**{f"{index_field}__exact": str(value)}))
    start = max(filter(None, [parsed.date_from, values.get("date_from")]), default=None)
    stop = min(filter(None, [parsed.date_to, values.get("date_to")]), default=None)
    if start:
        sqs = sqs.filter(published__gte=_local_bound(start, end=False))
    if stop:
        sqs = sqs.filter(published__lte=_local_bound(stop, end=True))
    sort = values.get("sort") or ("relevance" if parsed.clauses else "newest")
    if sort == "newest":
        sqs = sqs.order_by("-published")
    elif sort == "oldest":
        sqs = sqs.order_by("published")
    else:
        # Ranking only (the backend makes boosts optional clauses): the headline, then jieba words.
        for term in parsed.positive_terms:
            if term.field == "text":
                sqs = sqs.boost(f"title:{term.text}", 1.0)
        for word in _ranking_words(parsed):
            sqs = sqs.boost(word, 0.5)
    return sqs, parsed


def _ranking_words(parsed: ParsedQuery) -> list[str]:
    load_archive_words()
    out: list[str] = []
    for term in parsed.positive_terms:
        if term.field in ("text", "title"):
            for w in words(term.text):
                if len(w) > 1 and w not in out:
                    out.append(w)
    return out[:16]


def _facets(sqs: SearchQuerySet, values: dict) -> dict[str, list[FacetValue]]:
    counts = (sqs.facet_counts() or {}).get("fields", {})
    out: dict[str, list[FacetValue]] = {}
    for param, index_field, model in FACETS:
        raw = [(v, c) for v, c in counts.get(index_field, []) if v is not None and c > 0]
        if param in ("year", "month"):
            raw.sort(key=lambda vc: vc[0], reverse=True)
        raw = raw[: FACET_LIMIT * (3 if param == "month" else 1)]
        labels = {}
        if model is not None:
            labels = {
                str(pk): getattr(obj, "name", str(obj))
                for pk, obj in model.objects.in_bulk([int(v) for v, _ in raw if v.isdigit()]).items()
            }
        selected = {str(v) for v in values.get(param) or []}
        out[param] = [
            FacetValue(value=v, label=labels.get(v, v), count=c, selected=v in selected)
            for v, c in raw
            if model is None or v in labels
        ]
    return out


def _load_hits(pks: list[int], parsed: ParsedQuery) -> list[Hit]:
    people = (
        Mention.objects.filter(person__isnull=False)
        .exclude(status=Mention.Status.REJECTED)
        .select_related("person")
    )
    articles = Article.objects.select_related("outlet").prefetch_related(
        Prefetch("mentions", queryset=people, to_attr="person_mentions")
    )
    by_pk = articles.in_bulk(pks)
    needles = parsed.highlight_texts()
    hits = []
    for pk in pks:
        article = by_pk.get(pk)
        if article is None:
            continue  # deleted since it was indexed; check_index removes it from the index
        seen: dict[int, Person] = {}
        for m in article.person_mentions:
            seen.setdefault(m.person_id, m.person)
        hits.append(
            Hit(
                article=article,
                title_html=highlight.highlight(article.title, needles),
                snippets=highlight.snippets(article.body, needles)
                or [highlight.mark(article.body[:160], [])],
                people=list(seen.values()),
            )
        )
    return hits


def search(values: dict, *, per_page: int | None = None, with_facets: bool = True) -> SearchPage:
    per_page = per_page or settings.HAYSTACK_SEARCH_RESULTS_PER_PAGE
    sqs, parsed = build_queryset(values)
    if with_facets:
        for _param, index_field, _model in FACETS:
            sqs = sqs.facet(index_field)
    page = max(1, int(values.get("page") or 1))
    start = (page - 1) * per_page
    results = list(sqs[start : start + per_page])
    total = sqs.count()
    num_pages = max(1, math.ceil(total / per_page))
    hits = _load_hits([int(r.pk) for r in results], parsed)
    facets = _facets(sqs, values) if with_facets and total else {}
    return SearchPage(
        parsed=parsed,
        total=total,
        page=page,
        num_pages=num_pages,
        hits=hits,
        facets=facets,
        per_page=per_page,
    )


def result_ids(values: dict, *, batch: int = 1000) -> Iterator[int]:
    """Every matching article id in result order, uncapped (for exports and KWIC)."""
    sqs, _parsed = build_queryset(values)
    start = 0
    while True:
        chunk = [int(r.pk) for r in sqs[start : start + batch]]
        yield from chunk
        if len(chunk) < batch:
            return
        start += batch


def warm_up() -> None:
    """Do once what a process's first search would do while a reader waits: load jieba's dictionary
    with the archive's names, open the index and build its per-version arrays (facets). gunicorn
    calls this in every new worker before it takes requests (config/gunicorn.conf.py)."""
    search({"q": "社区"})
