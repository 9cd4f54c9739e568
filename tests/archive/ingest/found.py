"""What extraction finds in a sentence, by kind: the names only (the helpers each round's tests use)."""

from __future__ import annotations

from archive.ingest.extract import extract


def orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def places(text: str) -> list[str]:
    return [p.name for p in extract(text).places]
