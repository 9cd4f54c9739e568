"""The entity pages: an entity's articles and sentences, roles, neighbours, network and what lies
within it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations

from django.db.models import Count, QuerySet

from archive.models import Article, Mention, Organization, Person, Place
from archive.selectors.visibility import ENTITY_FIELD, NOT_REJECTED, VISIBLE


def entity_mentions(**entity) -> QuerySet[Mention]:
    """Every visible mention of one person / organisation / place, with its article, newest first."""
    return (
        Mention.objects.filter(VISIBLE, **entity)
        .with_articles("article__outlet")
        .order_by("-article__published_at", "article_id", "start")
    )


@dataclass
class MarkedSentence:
    text: str
    names: list[str]  # every way the entity is written in it, to mark each occurrence


# an entity page shows this many sentences of one article, then links to the article for the rest
SENTENCES_SHOWN = 20


@dataclass
class ArticleMentions:
    article: Article
    mentions: list[Mention]

    @cached_property
    def sentences(self) -> list[MarkedSentence]:
        """Each sentence once (a sentence naming the entity twice is one line), in text order."""
        out: dict[str, MarkedSentence] = {}
        for m in self.mentions:
            row = out.setdefault(m.sentence, MarkedSentence(m.sentence, []))
            if m.text not in row.names:
                row.names.append(m.text)
        return list(out.values())

    @property
    def shown(self) -> list[MarkedSentence]:
        """The first SENTENCES_SHOWN sentences: an article naming the entity on every line of a long
        text (thousands of sentences) would otherwise make one page of megabytes."""
        return self.sentences[:SENTENCES_SHOWN]

    @property
    def more(self) -> int:
        """How many sentences of this article are not shown."""
        return max(0, len(self.sentences) - SENTENCES_SHOWN)


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
        Article.objects.filter(pk__in=ids)
        .headers()
        .select_related("outlet", "site")
        .order_by("-published_at", "-id")
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
        .with_articles()
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
        .order_by()  # else Mention's ordering joins the DISTINCT
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
    """Organisations and places whose names begin with this one's (同济新村 → 同济新村居委会); an
    organisation has no places within it."""
    out = {"organizations": _named_within(Organization, entity.name, limit), "places": []}
    if not isinstance(entity, Organization):
        out["places"] = _named_within(Place, entity.name, limit)
    return out


def _named_within(model, name: str, limit: int) -> list:
    return list(
        model.objects.filter(name__startswith=name)
        .exclude(name=name)
        .filter(mentions__article__status=Article.Status.PUBLISHED)
        .distinct()
        .order_by("sort_key")[:limit]
    )


def people_of_organization(org: Organization, limit: int = 100) -> list[tuple[Person, list[Role]]]:
    """People whose stated role names this organisation, in the articles that mention it."""
    articles = Mention.objects.filter(VISIBLE, organization=org).values("article_id")
    found: dict[int, tuple[Person, list[Role]]] = {}
    for m in (
        Mention.objects.filter(
            NOT_REJECTED, article_id__in=articles, person__isnull=False, role__contains=org.name
        )
        .with_articles("person")
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
