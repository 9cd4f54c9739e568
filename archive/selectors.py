"""Reads for the pages: published articles, the mentions that tie entities to them, and summaries.

Every function returns data for one page region with a fixed number of queries (the page tests
assert the totals), whatever the size of the archive.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from django.db.models import Count, Max, Min, Q, QuerySet
from django.db.models.functions import TruncMonth

from archive.models import Article, Mention, Organization, Outlet, Person, Place

VISIBLE = Q(article__status=Article.Status.PUBLISHED) & ~Q(status=Mention.Status.REJECTED)
# For mentions already restricted to articles taken from visible mentions: the status join is redundant,
# and without it SQLite drives the query from those few articles instead of scanning every published one.
NOT_REJECTED = ~Q(status=Mention.Status.REJECTED)
ENTITY_VISIBLE = Q(mentions__article__status=Article.Status.PUBLISHED) & ~Q(
    mentions__status=Mention.Status.REJECTED
)

ENTITY_FIELD = {Person: "person", Organization: "organization", Place: "place"}

# -- who sees what ----------------------------------------------------------------------------
# The one rule every public page (HTML or JSON) applies to drafts and hidden articles, their
# captures and the entities known only from them. Staff status alone is not enough (a staff user
# with no group sees nothing unpublished): the archive's view permission is, which the "curator"
# group has (archive/apps.py) and superusers have implicitly.
VIEW_UNPUBLISHED_PERMISSION = "archive.view_article"


def can_see_unpublished(user) -> bool:
    """True if `user` may see drafts, hidden articles and what is known only from them."""
    return bool(user is not None and user.is_active and user.has_perm(VIEW_UNPUBLISHED_PERMISSION))


def visible_articles(user) -> QuerySet[Article]:
    """Every article `user` may open: all of them with the view permission, otherwise the published."""
    return Article.objects.all() if can_see_unpublished(user) else Article.objects.published()


def public_entity(model, pk: int | None):
    """The person/organisation/place with a visible mention in a published article, else None: what an
    id-taking filter (`/articles/?place=`) may name without revealing anything unpublished."""
    if not pk:
        return None
    return model.objects.filter(ENTITY_VISIBLE, pk=pk).first()


def article_list() -> QuerySet[Article]:
    return Article.objects.published().select_related("outlet", "site")


def filtered_articles(
    *,
    outlet: int | None = None,
    year: int | None = None,
    place: int | None = None,
    oldest_first: bool = False,
    month: tuple[int, int] | None = None,
) -> QuerySet[Article]:
    qs = article_list()
    if outlet:
        qs = qs.filter(outlet_id=outlet)
    if year:
        qs = qs.filter(published_at__year=year)
    if month:
        qs = qs.filter(published_at__year=month[0], published_at__month=month[1])
    if place:  # the place and every place within it (上海市 lists an article naming only 芷江西路街道)
        from archive.place_tree import subtree_ids

        within = list(subtree_ids([place]))
        qs = qs.filter(pk__in=Mention.objects.filter(VISIBLE, place_id__in=within).values("article_id"))
    if oldest_first:
        return qs.order_by("published_at", "id")
    return qs.order_by("-published_at", "-id")


def article_years() -> list[int]:
    return sorted({d.year for d in Article.objects.published().dates("published_at", "year")}, reverse=True)


def article_filter_choices(places: int = 100) -> dict:
    """The article list's month choices [(date, n)] (newest first) and its place choices (the places
    in most articles, in pinyin order), computed once per data version."""
    return _cached("article-choices", lambda: _article_filter_choices(places))


def _article_filter_choices(places: int) -> dict:
    tl = timeline()
    months = [(bar.month, bar.count) for bar in reversed(tl.bars) if bar.count] if tl else []
    top = sorted(top_entities(Place, places), key=lambda p: (p.sort_key, p.pk))
    return {"months": months, "places": top}


def _cached(name: str, compute):
    import hashlib

    from django.core.cache import cache

    key = f"{name}:" + hashlib.sha256(data_version().encode()).hexdigest()[:32]
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, 24 * 3600)
    return value


def outlets_with_articles() -> QuerySet[Outlet]:
    return (
        Outlet.objects.filter(articles__status=Article.Status.PUBLISHED)
        .annotate(n=Count("articles"))
        .order_by("-n", "name")
    )


def entity_mentions(**entity) -> QuerySet[Mention]:
    """Every visible mention of one person / organisation / place, with its article, newest first."""
    return (
        Mention.objects.filter(VISIBLE, **entity)
        .select_related("article", "article__outlet")
        .order_by("-article__published_at", "article_id", "start")
    )


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
    import hashlib

    from django.core.cache import cache

    key = "home-summary:" + hashlib.sha256(data_version().encode()).hexdigest()[:32]
    summary = cache.get(key)
    if summary is None:
        first, last = date_span()
        summary = {
            "counts": archive_counts(),
            "first": first,
            "last": last,
            "timeline": timeline(),
            "top_people": list(top_entities(Person)),
            "top_organizations": list(top_entities(Organization)),
            "top_places": list(top_entities(Place)),
        }
        cache.set(key, summary, 24 * 3600)
    return summary


def date_span() -> tuple[date | None, date | None]:
    from django.utils import timezone

    span = Article.objects.published().aggregate(first=Min("published_at"), last=Max("published_at"))
    first, last = span["first"], span["last"]
    return (
        timezone.localtime(first).date() if first else None,
        timezone.localtime(last).date() if last else None,
    )


@dataclass
class MonthBar:
    month: date
    count: int
    x: float = 0.0
    y: float = 0.0
    height: float = 0.0


@dataclass
class Timeline:
    bars: list[MonthBar]
    peak: int
    width: int = 720
    height: int = 160
    bar_width: float = 0.0
    years: list[tuple[int, float]] = field(default_factory=list)  # (year, x) labels


def timeline(width: int = 720, height: int = 160) -> Timeline | None:
    """Published articles per month, every month from the first to the last (empty ones too), laid
    out as SVG bars (the template draws them; no script needed)."""
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
        return None
    (y, m), last = min(counts), max(counts)
    bars = []
    while (y, m) <= last:
        bars.append(MonthBar(date(y, m, 1), counts.get((y, m), 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    peak = max(b.count for b in bars)
    plot = height - 20
    slot = width / len(bars)
    years = []
    for i, bar in enumerate(bars):
        bar.x = round(i * slot, 2)
        bar.height = round(plot * bar.count / peak, 2) if peak else 0
        bar.y = round(plot - bar.height, 2)
        if bar.month.month == 1 or i == 0:
            years.append((bar.month.year, bar.x))
    return Timeline(
        bars=bars, peak=peak, width=width, height=height, bar_width=round(max(slot - 1, 1), 2), years=years
    )


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
    if order == "mentions":
        return qs.order_by("-n", "sort_key", "pk")
    return qs.order_by("sort_key", "pk")


# -- entity pages ---------------------------------------------------------------------------


@dataclass
class MarkedSentence:
    text: str
    names: list[str]  # every way the entity is written in it, to mark each occurrence


@dataclass
class ArticleMentions:
    article: Article
    mentions: list[Mention]

    @property
    def sentences(self) -> list[MarkedSentence]:
        """Each sentence once (a sentence naming the entity twice is one line), in text order."""
        out: dict[str, MarkedSentence] = {}
        for m in self.mentions:
            row = out.setdefault(m.sentence, MarkedSentence(m.sentence, []))
            if m.text not in row.names:
                row.names.append(m.text)
        return list(out.values())


@dataclass
class Role:
    title: str
    organizations: list[str]
    mention: Mention


@dataclass
class Neighbour:
    entity: object
    shared: int  # articles in common
    x: float = 0.0
    y: float = 0.0


@dataclass
class Network:
    centre: object
    nodes: list[Neighbour]
    edges: list[tuple[Neighbour, Neighbour, int]]  # between neighbours: (a, b, shared articles)
    size: int = 360


def entity_articles(entity) -> QuerySet[Article]:
    """Published articles with a visible mention of the entity, newest first."""
    field_name = ENTITY_FIELD[type(entity)]
    ids = Mention.objects.filter(VISIBLE, **{field_name: entity}).values("article_id")
    return (
        Article.objects.filter(pk__in=ids).select_related("outlet", "site").order_by("-published_at", "-id")
    )


def mentions_in(entity, articles) -> list[ArticleMentions]:
    """The entity's visible mentions in these articles (one page of them), grouped, in the articles' order."""
    field_name = ENTITY_FIELD[type(entity)]
    articles = list(articles)
    by_article: dict[int, list[Mention]] = defaultdict(list)
    for m in Mention.objects.filter(
        NOT_REJECTED, article__in=[a.pk for a in articles], **{field_name: entity}
    ).order_by("-in_title", "start"):  # the headline first, then the body in text order
        by_article[m.article_id].append(m)
    return [ArticleMentions(a, by_article[a.pk]) for a in articles]


def roles_of(person: Person, limit: int = 100) -> list[Role]:
    """Each distinct title with the newest article and sentence that states it."""
    seen: dict[str, Role] = {}
    for m in (
        Mention.objects.filter(VISIBLE, person=person)
        .exclude(role="")
        .select_related("article")
        .order_by("-article__published_at", "article_id", "start")[:500]
    ):
        for title in m.roles:
            if title not in seen and len(seen) < limit:
                seen[title] = Role(title, list(m.organizations or []), m)
    return list(seen.values())


def co_mentioned(entity, model, limit: int = 24) -> list[Neighbour]:
    """Entities of `model` mentioned in the same published articles, by number of shared articles."""
    own = ENTITY_FIELD[type(entity)]
    other = ENTITY_FIELD[model]
    articles = Mention.objects.filter(VISIBLE, **{own: entity}).values("article_id")
    rows = (
        Mention.objects.filter(NOT_REJECTED, article_id__in=articles, **{f"{other}__isnull": False})
        .exclude(**({other: entity} if own == other else {}))
        .values(other)
        .annotate(shared=Count("article", distinct=True))
        .order_by("-shared", other)[:limit]
    )
    rows = list(rows)
    entities = model.objects.in_bulk([r[other] for r in rows])
    return [Neighbour(entities[r[other]], r["shared"]) for r in rows if r[other] in entities]


def network(entity, limit: int = 12, size: int = 360) -> Network:
    """The entity, its most frequent co-mentioned entities of the same kind, and the links among them,
    laid out on a circle (drawn as SVG; the same data is listed as text)."""
    import math

    model = type(entity)
    field_name = ENTITY_FIELD[model]
    nodes = co_mentioned(entity, model, limit)
    ids = [n.entity.pk for n in nodes]
    articles_of: dict[int, set[int]] = defaultdict(set)
    own_articles = Mention.objects.filter(VISIBLE, **{field_name: entity}).values("article_id")
    for entity_id, article_id in (
        Mention.objects.filter(NOT_REJECTED, article_id__in=own_articles, **{f"{field_name}_id__in": ids})
        .values_list(f"{field_name}_id", "article_id")
        .distinct()
    ):
        articles_of[entity_id].add(article_id)
    by_id = {n.entity.pk: n for n in nodes}
    edges = []
    for a, b in combinations(ids, 2):
        shared = len(articles_of[a] & articles_of[b])
        if shared:
            edges.append((by_id[a], by_id[b], shared))
    radius = size / 2 - 50
    for i, node in enumerate(nodes):
        angle = 2 * math.pi * i / max(len(nodes), 1) - math.pi / 2
        node.x = round(size / 2 + radius * math.cos(angle), 1)
        node.y = round(size / 2 + radius * math.sin(angle), 1)
    return Network(centre=entity, nodes=nodes, edges=edges, size=size)


def units_within(entity, limit: int = 50) -> dict[str, list]:
    """Organisations and places whose names begin with this one's (同济新村 → 同济新村居委会)."""
    name = entity.name
    out = {
        "organizations": list(
            Organization.objects.filter(name__startswith=name)
            .exclude(name=name)
            .filter(mentions__article__status=Article.Status.PUBLISHED)
            .distinct()
            .order_by("sort_key")[:limit]
        ),
        "places": list(
            Place.objects.filter(name__startswith=name)
            .exclude(name=name)
            .filter(mentions__article__status=Article.Status.PUBLISHED)
            .distinct()
            .order_by("sort_key")[:limit]
        ),
    }
    if isinstance(entity, Organization):
        out["places"] = []
    return out


def people_of_organization(org: Organization, limit: int = 100) -> list[tuple[Person, list[Role]]]:
    """People whose stated role names this organisation, in the articles that mention it."""
    articles = Mention.objects.filter(VISIBLE, organization=org).values("article_id")
    found: dict[int, tuple[Person, list[Role]]] = {}
    for m in (
        Mention.objects.filter(
            NOT_REJECTED, article_id__in=articles, person__isnull=False, role__contains=org.name
        )
        .select_related("person", "article")
        .order_by("-article__published_at", "start")[:1000]
    ):
        if m.person_id not in found and len(found) >= limit:
            continue
        person, roles = found.setdefault(m.person_id, (m.person, []))
        for title in m.roles:
            if org.name in title and title not in [r.title for r in roles]:
                roles.append(Role(title, list(m.organizations or []), m))
    return [(person, roles) for person, roles in found.values() if roles]


def place_counts(entity, limit: int = 30) -> list[tuple[Place, int]]:
    """Places mentioned in the articles that mention the entity, by number of articles."""
    field_name = ENTITY_FIELD[type(entity)]
    articles = Mention.objects.filter(VISIBLE, **{field_name: entity}).values("article_id")
    rows = list(
        Mention.objects.filter(NOT_REJECTED, article_id__in=articles, place__isnull=False)
        .exclude(place_id=entity.pk if isinstance(entity, Place) else None)
        .values("place_id")
        .annotate(n=Count("article", distinct=True))
        .order_by("-n", "place_id")[:limit]
    )
    places = Place.objects.in_bulk([r["place_id"] for r in rows])
    return [(places[r["place_id"]], r["n"]) for r in rows if r["place_id"] in places]
