"""Which OAI-PMH records there are and when each last changed (the protocol is in archive/oai.py).

A record is an article. Its datestamp is the article's last save (`updated_at`: edits, publish,
hide, draft all move it). An article that is not public (draft or hidden) is a deleted record dated
by the save that made it so; an article removed from the database is a deleted record dated by its
deletion in the change history (django-simple-history's `-` row). Pages are read in (datestamp, id)
order after a keyset position, from both sources at once, in a fixed number of queries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db.models import Min, Prefetch, Q
from django.utils import timezone

from archive.ids import id_from
from archive.models import Article, Mention, Outlet

GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"


class OAIError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Item:
    """One record header: a live article (public or not) or one deleted from the database."""

    pk: int
    stamp: datetime
    outlet_id: int | None
    published_at: datetime | None
    deleted: bool
    article: Article | None = None


def date_arg(value: str | None, *, end: bool) -> tuple[datetime, str] | None:
    """An OAI date argument as a UTC bound ('until' becomes the exclusive end of its second or day)."""
    if value is None:
        return None
    for fmt, unit, step in (
        ("%Y-%m-%d", "day", timedelta(days=1)),
        ("%Y-%m-%dT%H:%M:%SZ", "s", timedelta(seconds=1)),
    ):
        try:
            moment = datetime.strptime(value, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
        return (moment + step if end else moment), unit
    raise OAIError("badArgument", f"Not a date in the repository's granularity ({GRANULARITY}): {value}")


def set_filter(spec: str | None) -> Q:
    """setSpec → a filter on Article (or its history rows, which have the same fields)."""
    if not spec:
        return Q()
    kind, colon, value = spec.partition(":")  # `outlet:` (a colon, no id) is no set: only `outlet` is
    if kind == "outlet" and not colon:
        return Q(outlet_id__isnull=False)
    outlet = id_from(value) if value == value.strip() else None  # too large to be stored: no such set
    if kind == "outlet" and outlet is not None:
        return Q(outlet_id=outlet)
    if kind == "year" and not colon:
        return Q(published_at__isnull=False)
    if kind == "year" and re.fullmatch(r"\d{4}", value):
        return Q(published_at__year=int(value))
    raise OAIError("noRecordsMatch", f"No such set: {spec}")


def items(args: dict, after: tuple[datetime, int] | None, limit: int) -> tuple[list[Item], bool, int]:
    """A page of headers in (datestamp, id) order after the keyset position, whether more follow,
    and the complete list size."""
    start = date_arg(args.get("from"), end=False)
    stop = date_arg(args.get("until"), end=True)
    if start and stop and start[1] != stop[1]:
        raise OAIError("badArgument", "from and until must have the same granularity.")
    if start and stop and start[0] >= stop[0]:
        raise OAIError("badArgument", "from is later than until.")
    where = set_filter(args.get("set"))

    def bounds(field: str) -> Q:
        q = Q()
        if start:
            q &= Q(**{f"{field}__gte": start[0]})
        if stop:
            q &= Q(**{f"{field}__lt": stop[0]})
        return q

    def keyset(field: str, pk: str) -> Q:
        if after is None:
            return Q()
        return Q(**{f"{field}__gt": after[0]}) | Q(**{field: after[0], f"{pk}__gt": after[1]})

    live = Article.objects.filter(where, bounds("updated_at"))
    gone = Article.history.filter(where, bounds("history_date"), history_type="-").exclude(
        id__in=Article.objects.values("id")
    )
    total = live.count() + gone.count()
    items = [
        Item(pk, stamp, outlet_id, published_at, status != Article.Status.PUBLISHED)
        for pk, stamp, outlet_id, published_at, status in live.filter(keyset("updated_at", "id"))
        .order_by("updated_at", "id")
        .values_list("id", "updated_at", "outlet_id", "published_at", "status")[: limit + 1]
    ]
    items += [
        Item(pk, stamp, outlet_id, published_at, True)
        for pk, stamp, outlet_id, published_at in gone.filter(keyset("history_date", "id"))
        .order_by("history_date", "id")
        .values_list("id", "history_date", "outlet_id", "published_at")[: limit + 1]
    ]
    items.sort(key=lambda i: (i.stamp, i.pk))
    return items[:limit], len(items) > limit, total


def with_articles(items: list[Item]) -> None:
    """Load the public articles of a page of items in a fixed number of queries."""
    subjects = (
        Mention.objects.exclude(status=Mention.Status.REJECTED)
        .filter(Q(person__isnull=False) | Q(place__isnull=False))
        .select_related("person", "place")
        .order_by("start")
    )
    articles = (
        Article.objects.select_related("outlet", "site")
        .prefetch_related("captures", Prefetch("mentions", queryset=subjects, to_attr="subject_mentions"))
        .in_bulk([i.pk for i in items if not i.deleted])
    )
    for item in items:
        item.article = articles.get(item.pk)


def set_specs(item: Item) -> list[str]:
    specs = []
    if item.outlet_id:
        specs += ["outlet", f"outlet:{item.outlet_id}"]
    if item.published_at:
        specs += ["year", f"year:{timezone.localtime(item.published_at).year}"]
    return specs


def sets() -> list[tuple[str, str]]:
    from archive.selectors import article_years

    outlets = Outlet.objects.filter(articles__isnull=False).distinct().order_by("name")
    years = article_years()
    sets = []
    if outlets:
        sets.append(("outlet", "按来源 · By outlet"))
        sets += [(f"outlet:{o.pk}", o.name) for o in outlets]
    if years:
        sets.append(("year", "按年份 · By year"))
        sets += [(f"year:{y}", str(y)) for y in sorted(years)]
    return sets


def find(pk: int | None, identifier: str) -> Item:
    """One record's header: a live article, or one deleted from the database (else idDoesNotExist)."""
    article = Article.objects.filter(pk=pk).first() if pk else None
    if article is not None:
        published = article.status == Article.Status.PUBLISHED
        return Item(pk, article.updated_at, article.outlet_id, article.published_at, not published)
    gone = Article.history.filter(id=pk, history_type="-").order_by("-history_date").first() if pk else None
    if gone is None:
        raise OAIError("idDoesNotExist", f"No such record: {identifier}")
    return Item(pk, gone.history_date, gone.outlet_id, gone.published_at, True)


def earliest_datestamp() -> datetime | None:
    stamps = [
        Article.objects.aggregate(m=Min("updated_at"))["m"],
        Article.history.filter(history_type="-").aggregate(m=Min("history_date"))["m"],
    ]
    stamps = [s for s in stamps if s]
    return min(stamps) if stamps else None
