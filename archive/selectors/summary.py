"""Archive-wide summaries (counts, date span, the month timeline, the most-named entities),
computed once per data version."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from django.core.cache import cache
from django.db.models import Count, Max, Min, Q, QuerySet
from django.db.models.functions import TruncMonth

from archive.models import Article, Mention, Organization, Outlet, Person, Place
from archive.selectors.visibility import ENTITY_VISIBLE, VISIBLE


def cached(name: str, compute):
    """compute(), kept in the cache until the data version changes."""
    key = f"{name}:" + hashlib.sha256(data_version().encode()).hexdigest()[:32]
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, 24 * 3600)
    return value


def archive_counts() -> dict[str, int]:
    return {
        "articles": Article.objects.published().count(),
        "outlets": Outlet.objects.filter(articles__status=Article.Status.PUBLISHED).distinct().count(),
        "people": Mention.objects.filter(VISIBLE, person__isnull=False)
        .values("person_id")
        .distinct()
        .count(),
        "organizations": Mention.objects.filter(VISIBLE, organization__isnull=False)
        .values("organization_id")
        .distinct()
        .count(),
        "places": Mention.objects.filter(VISIBLE, place__isnull=False).values("place_id").distinct().count(),
    }


def data_version() -> str:
    """Changes whenever anything the summaries show may have changed: article saves (updated_at),
    new or deleted articles and mentions, and every history record (mention reviews, merges, renames).
    A handful of index-only aggregates, far cheaper than the summaries themselves."""
    from archive.models import EntityMerge

    parts = [
        Article.objects.aggregate(n=Count("id"), last=Max("updated_at")),
        Mention.objects.aggregate(n=Count("id"), last=Max("id")),
        {"merges": EntityMerge.objects.aggregate(last=Max("id"))["last"]},
    ]
    for model in (Mention, Person, Organization, Place):
        parts.append({model.__name__: model.history.aggregate(last=Max("history_id"))["last"]})
    return repr(parts)


def home_summary() -> dict:
    """Everything on the home page but the latest articles, computed once per data version."""
    return cached("home-summary", _home_summary)


def _home_summary() -> dict:
    first, last = date_span()
    return {
        "counts": archive_counts(),
        "first": first,
        "last": last,
        "timeline": timeline(),
        "top_people": list(top_entities(Person)),
        "top_organizations": list(top_entities(Organization)),
        "top_places": list(top_entities(Place)),
    }


def date_span() -> tuple[date | None, date | None]:
    from django.utils import timezone

    span = Article.objects.published().aggregate(first=Min("published_at"), last=Max("published_at"))
    first, last = span["first"], span["last"]
    return (
        timezone.localtime(first).date() if first else None,
        timezone.localtime(last).date() if last else None,
    )


@dataclass(frozen=True)
class MonthBar:
    month: date
    count: int


def timeline() -> list[MonthBar]:
    """Published articles per month, every month from the first to the last (empty ones too), oldest
    first; `archive.charts.month_chart` draws them."""
    rows = (
        Article.objects.published()
        .exclude(published_at=None)
        .annotate(m=TruncMonth("published_at"))
        .values("m")
        .annotate(n=Count("id"))
        .order_by("m")
    )
    counts = {(r["m"].year, r["m"].month): r["n"] for r in rows if r["m"] is not None}
    if not counts:
        return []
    (y, m), last = min(counts), max(counts)
    bars = []
    while (y, m) <= last:
        bars.append(MonthBar(date(y, m, 1), counts.get((y, m), 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return bars


def top_entities(model, limit: int = 10):
    """The entities mentioned in the most published articles."""
    return entity_list(model, order="mentions")[:limit]


def entity_list(
    model, *, order: str = "pinyin", letter: str = "", kind: str = "", name: str = ""
) -> QuerySet:
    """Entities with at least one visible mention, with the number of articles mentioning them (n);
    `name` keeps those whose name or an alias contains it."""
    qs = model.objects.annotate(n=Count("mentions__article", filter=ENTITY_VISIBLE, distinct=True)).filter(
        n__gt=0
    )
    if letter:
        qs = qs.filter(sort_key__startswith=letter.lower())
    if kind and hasattr(model, "Kind"):
        qs = qs.filter(kind=kind)
    if name:
        # Aliases are matched here rather than in SQL: SQLite stores JSON with \u escapes.
        with_alias = [
            pk
            for pk, aliases in model.objects.exclude(aliases=[]).values_list("pk", "aliases")
            if any(name.lower() in str(a).lower() for a in aliases or [])
        ]
        qs = qs.filter(Q(name__icontains=name) | Q(pk__in=with_alias))
    # Each listed with the places it (or a body's jurisdiction) lies in, read in this query: the list
    # and its CSV show them (Place.path, Place.above), and a chain stops at Place.MAX_DEPTH.
    parents = "__".join(["parent"] * (Place.MAX_DEPTH - 1))
    if model is Place:
        qs = qs.select_related(parents)
    elif model is Organization:
        qs = qs.select_related("jurisdiction__" + parents)
    if order == "mentions":
        return qs.order_by("-n", "sort_key", "pk")
    return qs.order_by("sort_key", "pk")
