"""Records a curator may want to merge: the import keeps them apart on purpose, so they are listed,
never merged automatically.

- People: one name is one person only within one region (README, "person identity"). So 张磊 of an
  article that names only 上海市 and 张磊 of one that names 静安区 are two records. Two people are
  *likely the same* when their names are one in the search's normal form (traditional → simplified,
  width, case) and one's region lies within the other's (or one has none). The import makes one
  record of a name written in either script within one region (`name_key`), so a pair of scripts is
  listed here when the regions differ, or when an older import made two (`resolve_entities` folds
  those).
- Organisations: names that are one in that normal form (組織部 / 组织部, full-width letters): the
  import makes them one record, so these are records made before it did, or by hand.

A pair a curator has kept apart (the admin's *Keep apart* action) or split is not listed again.

The normal form maps characters one by one (textnorm.normalize), so 於 and 于, 乾 and 干 — distinct
surnames in simplified script too — also meet here.
"""

from __future__ import annotations

from collections import defaultdict

from archive.models import EntityMerge, Organization, Person, Place
from textnorm.normalize import normalize


def _ancestors(place_ids: set[int]) -> dict[int, set[int]]:
    """Each place's id → the ids of itself and every place it lies in (one query per level)."""
    parent: dict[int, int | None] = {}
    todo = set(place_ids)
    while todo:
        rows = dict(Place.objects.filter(pk__in=todo).values_list("pk", "parent_id"))
        parent.update(rows)
        todo = {p for p in rows.values() if p is not None and p not in parent}
    out = {}
    for pk in place_ids:
        chain, node = set(), pk
        while node is not None and node not in chain:
            chain.add(node)
            node = parent.get(node)
        out[pk] = chain
    return out


def _nested(a: int | None, b: int | None, chains: dict[int, set[int]]) -> bool:
    return a is None or b is None or a in chains.get(b, ()) or b in chains.get(a, ())


def decided_apart(kind: str) -> set[frozenset[int]]:
    """Pairs of records a curator said are different (kept apart, or split one from the other)."""
    rows = EntityMerge.objects.filter(
        kind=kind, action__in=(EntityMerge.Action.APART, EntityMerge.Action.SPLIT)
    ).values_list("source_id", "target_id")
    return {frozenset(pair) for pair in rows}


def _groups(candidates: dict[str, list[tuple[int, int | None]]], chains, kind: str) -> dict[int, list[int]]:
    """pk → the other pks it is likely the same as (same normal name, nested regions, not decided)."""
    out: dict[int, list[int]] = {}
    apart = None
    for rows in candidates.values():
        if len(rows) < 2:
            continue
        apart = decided_apart(kind) if apart is None else apart
        for pk, region in rows:
            others = [
                o
                for o, r in rows
                if o != pk and _nested(region, r, chains) and frozenset((pk, o)) not in apart
            ]
            if others:
                out[pk] = others
    return out


def likely_same_people() -> dict[int, list[int]]:
    """Person pk → the pks of the other people who are likely the same person."""
    by_name: dict[str, list[tuple[int, int | None]]] = defaultdict(list)
    for pk, name, region in Person.objects.values_list("pk", "name", "region_place_id").order_by("pk"):
        by_name[normalize(name)].append((pk, region))
    regions = {r for rows in by_name.values() if len(rows) > 1 for _, r in rows if r is not None}
    return _groups(by_name, _ancestors(regions), EntityMerge.Kind.PERSON)


def likely_same_organizations() -> dict[int, list[int]]:
    """Organisation pk → the pks of the other organisations whose name differs only in script,
    width or case."""
    by_name: dict[str, list[tuple[int, int | None]]] = defaultdict(list)
    for pk, name in Organization.objects.values_list("pk", "name").order_by("pk"):
        by_name[normalize(name)].append((pk, None))
    return _groups(by_name, {}, EntityMerge.Kind.ORGANIZATION)


LIKELY_SAME = {Person: likely_same_people, Organization: likely_same_organizations}
