"""Reads behind place browsing: the hierarchy province → city → county → street/town → community, with
article counts that include everything below a place.

Each function costs a fixed number of queries per level of the hierarchy (at most six levels), never
one per place.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from archive.models import Mention, Place
from archive.selectors import VISIBLE

MAX_DEPTH = 6


@dataclass
class PlaceCount:
    place: Place
    n: int  # published articles mentioning the place or anything within it


def subtree_ids(roots: list[int]) -> dict[int, int]:
    """Every place within `roots` (and the roots themselves) → the root it lies in."""
    owner = {pk: pk for pk in roots}
    frontier = list(roots)
    for _ in range(MAX_DEPTH):
        if not frontier:
            break
        rows = list(Place.objects.filter(parent_id__in=frontier).values_list("pk", "parent_id"))
        frontier = [pk for pk, parent in rows if pk not in owner]
        for pk, parent in rows:
            owner.setdefault(pk, owner[parent])
    return owner


def within_ids(place: Place) -> list[int]:
    """The place and every place within it: used by `place:`-style filters on the article list."""
    return list(subtree_ids([place.pk]))


def article_counts(places: list[Place]) -> list[PlaceCount]:
    """Each place with the number of published articles naming it or a place within it, most first
    (places no published article reaches are left out)."""
    owner = subtree_ids([p.pk for p in places])
    articles: dict[int, set[int]] = defaultdict(set)
    for place_id, article_id in (
        Mention.objects.filter(VISIBLE, place_id__in=list(owner))
        .order_by()  # Mention's ordering would add its columns to the DISTINCT (a row per mention)
        .values_list("place_id", "article_id")
        .distinct()
    ):
        articles[owner[place_id]].add(article_id)
    counted = [PlaceCount(p, len(articles[p.pk])) for p in places if articles[p.pk]]
    return sorted(counted, key=lambda c: (-c.n, c.place.sort_key, c.place.pk))


def top_level() -> list[PlaceCount]:
    """Provinces (and places the gazetteer could not place) with their article counts."""
    return article_counts(list(Place.objects.filter(parent__isnull=True)))


def tree() -> list[tuple[PlaceCount, list[PlaceCount]]]:
    """The top level, each with what lies directly within it (for /places/)."""
    roots = top_level()
    below = article_counts(list(Place.objects.filter(parent__in=[r.place.pk for r in roots])))
    by_parent: dict[int, list[PlaceCount]] = defaultdict(list)
    for child in below:
        by_parent[child.place.parent_id].append(child)
    return [(root, by_parent[root.place.pk]) for root in roots]


def children(place: Place) -> list[PlaceCount]:
    """What lies directly within `place`, with article counts that include everything below."""
    return article_counts(list(place.children.all()))


def breadcrumb(place: Place) -> list[Place]:
    """The parents of `place`, from the province down (one query per level)."""
    return place.chain[:-1]
