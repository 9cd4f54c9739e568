"""Reads behind the search pages: form values → SearchQuerySet → a page of hits with facets."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from archive.models import Article, Mention, Person, Place
from search import highlight, registry
from search.analyzers import words
from search.engine import SearchRequest, get_engine
from search.indexing import load_archive_words
from search.query import ParsedQuery, day_end, day_start, parse
from search.search_indexes import naive_utc, short_forms

# What a search page, feed, export or citation answers (503) when the index cannot be read.
UNAVAILABLE = _("Search is unavailable right now (the index could not be read). Please try again later.")

FACET_LIMIT = 12  # default values shown per facet (registry.Facet.limit); `facet_limit` asks for more
FACETS = [(f.param, f.field, f.model_class) for f in registry.FACETS]  # kept for older callers


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    excluded: bool = False


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
    # facet param → results with no value of it (registry.Facet.missing: no outlet, no date)
    missing: dict[str, int] = field(default_factory=dict)

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


def hidden_ids() -> frozenset[int]:
    """Articles the index may still hold but the database says must not be shown (hidden or draft
    since they were indexed, even by a bulk update() that sent no signal): one query per search."""
    return frozenset(Article.objects.exclude(status=Article.Status.PUBLISHED).values_list("pk", flat=True))


def _date_bounds(values: dict, parsed: ParsedQuery):
    box_from, box_to = values.get("date_from"), values.get("date_to")
    if box_from and box_to and box_from > box_to:
        box_from, box_to = box_to, box_from
        parsed.notices.append(_("The 从/到 dates were the wrong way round; they were swapped."))
    start = max(filter(None, [parsed.date_from, box_from]), default=None)
    stop = min(filter(None, [parsed.date_to, box_to]), default=None)
    if (
        start
        and stop
        and start > stop
        and not (parsed.date_from and parsed.date_to and parsed.date_from > parsed.date_to)
    ):
        parsed.notices.append(_("The dates in the query and in the 从/到 boxes leave no day in common."))
    return start, stop


def _listed(value) -> tuple[str, ...]:
    """A facet parameter as a tuple of values: the form gives a list, a caller may give one value
    (`place=966`, not the characters "9", "6", "6")."""
    if value is None or value == "":
        return ()
    if isinstance(value, (str, int)):
        return (str(value),)
    return tuple(str(v) for v in value)


def _place_name_notices(parsed: ParsedQuery) -> None:
    """`place:` searches whole names: a term that is only part of names (place:芷江) finds nothing, so
    the places it is part of are named, for the reader to search one of them."""
    for term in parsed.positive_terms:
        text = term.text.strip()
        if term.field not in registry.WHOLE_NAME_FIELDS or not text:
            continue
        within = list(Place.objects.filter(name__contains=text).order_by("name")[:50])
        if not within or any(text in (p.name, *(p.aliases or []), *short_forms(p.name)) for p in within):
            continue
        names = "、".join(p.name for p in within[:5]) + ("…" if len(within) > 5 else "")
        parsed.notices.append(
            _(
                "No place is called “%(text)s”: place: searches whole names (or short forms). "
                "It is part of: %(names)s."
            )
            % {"text": text, "names": names}
        )


def build_request(values: dict, **options) -> SearchRequest:
    """Form values → an engine request (the query parsed, every note about ignored input kept)."""
    parsed = parse(values.get("q") or "")
    parsed.notices += [n for n in values.get("notices") or [] if n not in parsed.notices]
    _place_name_notices(parsed)
    start, stop = _date_bounds(values, parsed)
    sort = values.get("sort") or ("relevance" if parsed.clauses else "newest")
    ranking: list[tuple[str, str, float]] = []
    if sort == "relevance":
        # Ranking only (never a filter): the headline, then jieba words.
        ranking += [
            ("title", t.text, 1.0) for t in parsed.positive_terms if t.field == registry.CONTENT_FIELD
        ]
        ranking += [(registry.WORD_FIELD, w, 0.5) for w in _ranking_words(parsed)]
    include = {f.field: _listed(values.get(f.param)) for f in registry.FACETS}
    exclude = {f.field: _listed(values.get("not_" + f.param)) for f in registry.FACETS}
    return SearchRequest(
        query=parsed,
        include={k: v for k, v in include.items() if v},
        exclude={k: v for k, v in exclude.items() if v},
        date_from=_local_bound(start, end=False) if start else None,
        date_to=_local_bound(stop, end=True) if stop else None,
        sort=sort,
        ranking=tuple(ranking),
        **options,
    )


def build_queryset(values: dict):
    """The same search as a haystack SearchQuerySet (for haystack users and the benchmarks)."""
    from search.engine import HaystackEngine

    request = build_request(values)
    return HaystackEngine().queryset(request), request.query


def _ranking_words(parsed: ParsedQuery) -> list[str]:
    load_archive_words()
    out: list[str] = []
    for term in parsed.positive_terms:
        if term.field in (registry.CONTENT_FIELD, "title"):
            for w in words(term.text):
                if len(w) > 1 and w not in out:
                    out.append(w)
    return out[:16]


def _labels(records: dict) -> dict[str, str]:
    """pk → a record's name, or its full label (张磊（上海市）) where two records listed share the name."""
    names = Counter(getattr(r, "name", str(r)) for r in records.values())
    return {
        str(pk): str(r) if names[getattr(r, "name", str(r))] > 1 else getattr(r, "name", str(r))
        for pk, r in records.items()
    }


def _facets(
    counts: dict[str, list[tuple[str, int]]], values: dict, limit: int | None
) -> dict[str, list[FacetValue]]:
    out: dict[str, list[FacetValue]] = {}
    for facet in registry.FACETS:
        raw = [(v, c) for v, c in counts.get(facet.field, []) if v is not None and c > 0]
        if facet.by_value:
            raw.sort(key=lambda vc: vc[0], reverse=True)
        raw = raw[: limit or facet.limit]
        model = facet.model_class()
        labels = {}
        if model is not None:
            labels = _labels(model.objects.in_bulk([int(v) for v, _ in raw if v.isdigit()]))
        selected = set(_listed(values.get(facet.param)))
        excluded = set(_listed(values.get("not_" + facet.param)))
        out[facet.param] = [
            FacetValue(
                value=v, label=labels.get(v, v), count=c, selected=v in selected, excluded=v in excluded
            )
            for v, c in raw
            if model is None or v in labels
        ]
    return out


def _missing(counts: dict[str, list[tuple[str, int]]], total: int) -> dict[str, int]:
    """Per facet of at most one value per article: how many of the `total` results have none. Left out
    where the engine's counts may stop short of every value (registry.MAX_FACET_LIMIT of them)."""
    return {
        facet.param: total - sum(c for _v, c in counts.get(facet.field, []))
        for facet in registry.FACETS
        if facet.missing and len(counts.get(facet.field, [])) < registry.MAX_FACET_LIMIT
    }


def _load_hits(pks: list[int], parsed: ParsedQuery) -> list[Hit]:
    people = (
        Mention.objects.filter(person__isnull=False)
        .exclude(status=Mention.Status.REJECTED)
        .select_related("person")
    )
    articles = (
        Article.objects.published()
        .select_related("outlet")
        .prefetch_related(Prefetch("mentions", queryset=people, to_attr="person_mentions"))
    )
    by_pk = articles.in_bulk(pks)
    needles = parsed.highlight_texts()
    hits = []
    for pk in pks:
        article = by_pk.get(pk)
        if article is None:
            continue  # deleted or unpublished since it was indexed; check_index removes it from the index
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


def _facet_limit(values: dict) -> int | None:
    """None: each facet's default; `facet_limit=all` (0 after the form): up to MAX_FACET_LIMIT."""
    limit = values.get("facet_limit")
    if limit is None:
        return None
    return registry.MAX_FACET_LIMIT if limit == 0 else min(int(limit), registry.MAX_FACET_LIMIT)


def search(values: dict, *, per_page: int | None = None, with_facets: bool = True) -> SearchPage:
    """One page of results for the form's values: hits (published articles only, loaded in one
    query), the exact total, facet counts, and notes about anything in the input that was ignored."""
    per_page = per_page or settings.HAYSTACK_SEARCH_RESULTS_PER_PAGE
    page = max(1, int(values.get("page") or 1))
    start = (page - 1) * per_page
    limit = _facet_limit(values)
    request = build_request(
        values,
        start=start,
        end=start + per_page,
        facets=tuple(f.field for f in registry.FACETS) if with_facets else (),
        facet_limit=None,
        hidden=hidden_ids(),
    )
    found = get_engine().search(request)
    parsed = request.query
    num_pages = max(1, math.ceil(found.total / per_page))
    hits = _load_hits(found.ids, parsed)
    facets = _facets(found.facets, values, limit) if with_facets and found.total else {}
    return SearchPage(
        missing=_missing(found.facets, found.total) if with_facets and found.total else {},
        parsed=parsed,
        total=found.total,
        page=page,
        num_pages=num_pages,
        hits=hits,
        facets=facets,
        per_page=per_page,
    )


def result_ids(values: dict, *, batch: int = 1000) -> Iterator[int]:
    """Every matching article id in result order, uncapped (for exports and KWIC); published
    articles only (the database's status is checked once, before the index is asked)."""
    request = build_request(values, start=0, end=None, hidden=hidden_ids())
    ids = get_engine().search(request).ids
    for first in range(0, len(ids), batch):
        chunk = ids[first : first + batch]
        # Re-checked against the database a batch at a time: an article hidden while a long export
        # streams is left out from the next batch on.
        published = set(Article.objects.published().filter(pk__in=chunk).values_list("pk", flat=True))
        yield from (pk for pk in chunk if pk in published)


def _added(values: dict, since: datetime | None, limit: int | None) -> tuple[list[int], ParsedQuery]:
    request = build_request({**values, "sort": "newest"}, start=0, end=None, hidden=hidden_ids())
    ids = get_engine().search(request).ids
    added: list[tuple[datetime, int]] = []
    for first in range(0, len(ids), 5000):  # SQLite's limit on query parameters
        rows = Article.objects.published().filter(pk__in=ids[first : first + 5000])
        if since is not None:
            rows = rows.filter(imported_at__gt=since)
        added += rows.order_by("-imported_at", "-id").values_list("imported_at", "pk")[:limit]
    added.sort(reverse=True)
    return [pk for _at, pk in added[:limit]], request.query


def added_ids(values: dict, *, since: datetime | None = None, limit: int | None = None) -> list[int]:
    """Matching published article ids by when they entered the archive, the latest first (import
    time, then id), whatever their publication date: a backfilled or undated page just imported comes
    first. What a search's feed and a saved search's "new since your last visit" both read; `since`
    keeps those imported after it, `limit` the first so many."""
    return _added(values, since, limit)[0]


def latest_added(values: dict, *, limit: int) -> list[Hit]:
    """The `limit` matches that entered the archive last, as hits (a feed: its newest entries)."""
    ids, parsed = _added(values, None, limit)
    return _load_hits(ids, parsed)


def warm_up() -> None:
    """Do once what a process's first search would do while a reader waits: load jieba's dictionary
    with the archive's names, open the index and build its per-version arrays (facets). gunicorn
    calls this in every new worker before it takes requests (config/gunicorn.conf.py)."""
    search({"q": "社区"})
