"""What extraction finds in a sentence, by kind: the names only (the helpers each round's tests use)."""

from __future__ import annotations

from archive.ingest.extract import extract


def orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]


def people_roles(text: str) -> dict[str, list[str]]:
    """Each person found, with the roles of all their mentions (sorted)."""
    return {p.name: sorted({r for m in p.mentions for r in m.roles}) for p in extract(text).people}


def org_set(text: str) -> set[str]:
    return set(orgs(text))


def place_set(text: str) -> set[str]:
    return set(places(text))
