"""What `check_archive` verifies besides the search index: the database's own integrity and the
fixity of every stored original (its bytes still hash to the SHA-256 recorded at import)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection

from archive.models import Article, Capture
from archive.originals import original_path, originals_root


@dataclass
class FixityReport:
    checked: int = 0
    bytes: int = 0
    missing: list[str] = field(default_factory=list)  # capture sha256s whose file is gone
    altered: list[str] = field(default_factory=list)  # capture sha256s whose bytes hash differently
    orphans: list[Path] = field(default_factory=list)  # files under originals/ no capture points at

    @property
    def ok(self) -> bool:
        return not self.missing and not self.altered


def file_sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def check_fixity(progress=None) -> FixityReport:
    """Hash every stored original (streamed) and compare with its capture; list unreferenced files."""
    report = FixityReport()
    referenced: set[Path] = set()
    for sha in Capture.objects.order_by("pk").values_list("sha256", flat=True).iterator(chunk_size=2000):
        path = original_path(sha)
        referenced.add(path)
        report.checked += 1
        try:
            digest = file_sha256(path)
            report.bytes += path.stat().st_size
        except FileNotFoundError:
            report.missing.append(sha)
            continue
        if digest != sha:
            report.altered.append(sha)
        if progress:
            progress()
    report.orphans = [p for p in _stored_files() if p not in referenced]
    return report


def _stored_files() -> Iterator[Path]:
    base = originals_root()
    if base.exists():
        yield from (p for p in sorted(base.rglob("*")) if p.is_file())


def database_problems() -> list[str]:
    """The engine's own integrity check plus the archive's invariants, as sentences."""
    problems: list[str] = []
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA quick_check")
            rows = [r[0] for r in cursor.fetchall()]
            if rows != ["ok"]:
                problems += [f"SQLite quick_check: {r}" for r in rows[:20]]
            cursor.execute("PRAGMA foreign_key_check")
            broken = cursor.fetchall()
            if broken:
                problems.append(f"{len(broken)} row(s) point at rows that do not exist (first: {broken[0]})")
    without = Article.objects.filter(captures__isnull=True).count()
    if without:
        problems.append(f"{without} article(s) have no stored capture")
    return problems
