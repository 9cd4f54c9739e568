"""An import killed with SIGKILL leaves nothing half-written; `check_archive` finds what the kill left
(articles stored but not yet indexed, originals without rows) and repairs it; fixity catches an
altered original. Everything runs in real processes on a real data folder."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from contextlib import closing
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.conftest import ROOT, SAMPLES, child_env
from tests.processes import wait_until

# The child processes get an archive of their own: SQLite in their data folder, or — when the suite
# runs on PostgreSQL (DATABASE_URL) — a new PostgreSQL database, dropped afterwards.
_DATABASES: dict[Path, str] = {}


@pytest.fixture
def database(tmp_path):
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        yield None
        return
    import psycopg

    name = f"crash_{uuid.uuid4().hex[:12]}"
    admin = psycopg.connect(url, autocommit=True)
    admin.execute(f'create database "{name}"')
    parts = urlsplit(url)
    yield urlunsplit(parts._replace(path=f"/{name}"))
    admin.execute(f'drop database if exists "{name}" with (force)')
    admin.close()


def _env(data: Path) -> dict[str, str]:
    return child_env(data, **({"DATABASE_URL": _DATABASES[data]} if _DATABASES.get(data) else {}))


def _manage(data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=_env(data),
        capture_output=True,
        text=True,
        timeout=600,
    )


def _query(data: Path, sql: str, *, while_importing: bool = False) -> list[tuple]:
    """Read the child archive's database directly (not through Django: it must not wait on the child).

    While the import runs, a read that fails (no tables yet, a lock) counts as nothing stored yet.
    After the kill every read must succeed: the first one may have to recover SQLite's write-ahead
    log, which needs a writable connection and may wait for a lock (generous timeout)."""
    url = _DATABASES.get(data)
    if url:
        import psycopg

        with psycopg.connect(url) as conn:
            return conn.execute(sql).fetchall()
    path = data / "archive.sqlite3"
    if not while_importing:
        with closing(sqlite3.connect(path, timeout=120)) as conn:
            return conn.execute(sql).fetchall()
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)) as conn:
            return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return [(0,)]


def _pages(folder: Path, n: int) -> None:
    """n distinct pages: the samples, each with a numbered bulletin paragraph of its own."""
    folder.mkdir()
    samples = sorted(SAMPLES.glob("*.txt"))
    for i in range(n):
        text = samples[i % len(samples)].read_text(encoding="utf-8")
        lines = text.split("\n")
        lines.insert(
            len(lines) // 2, f"第{i + 1}号通报：社区志愿者第{i + 1}批次完成入户排查，共走访{100 + i}户居民。"
        )
        (folder / f"page-{i:03d}.txt").write_text("\n".join(lines), encoding="utf-8")


def test_an_import_killed_midway_is_repaired_by_check_archive(tmp_path, database):
    data = tmp_path / "data"
    _DATABASES[data] = database
    assert _manage(data, "migrate", "-v0").returncode == 0
    folder = tmp_path / "pages"
    _pages(folder, 60)
    child = subprocess.Popen(
        [sys.executable, "manage.py", "import_articles", "--no-progress", str(folder)],
        cwd=ROOT,
        env=_env(data),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_until(
        lambda: _query(data, "select count(*) from archive_article", while_importing=True)[0][0] >= 5,
        "the import to store 5 articles",
        alive=child,
    )
    child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=60) == -signal.SIGKILL, "the import ended before it could be killed"

    stored = _query(data, "select count(*) from archive_article")[0][0]
    assert 5 <= stored < 60
    # Nothing half-written: every article has its capture and its original, byte for byte.
    rows = _query(
        data,
        "select a.id, c.sha256, c.storage_path from archive_article a "
        "join archive_capture c on c.article_id = a.id",
    )
    assert len({r[0] for r in rows}) == stored
    for _, sha, rel in rows:
        assert hashlib.sha256((data / rel).read_bytes()).hexdigest() == sha
    assert (
        _query(
            data,
            "select count(*) from archive_mention m left join archive_article a "
            "on a.id = m.article_id where a.id is null",
        )[0][0]
        == 0
    )

    # The kill came before the import's index batch: check_archive sees the drift and repairs it.
    report = _manage(data, "check_archive", "--dry-run")
    assert report.returncode == 1, report.stdout + report.stderr
    assert "missing from index: " in report.stdout and "Traceback" not in report.stderr
    repaired = _manage(data, "check_archive")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert f"published articles: {stored}" in repaired.stdout
    clean = _manage(data, "check_archive", "--dry-run")
    assert clean.returncode == 0 and "archive is consistent" in clean.stdout, clean.stdout + clean.stderr

    # The import run again finishes the job: the stored pages are duplicates, the rest arrive.
    again = _manage(data, "import_articles", "--no-progress", str(folder))
    assert again.returncode == 0, again.stderr
    assert f"imported {60 - stored}, duplicate {stored}, failed 0" in again.stdout
    final = _manage(data, "check_archive", "--dry-run")
    assert final.returncode == 0 and "published articles: 60" in final.stdout, final.stdout + final.stderr
    found = _manage(
        data,
        "shell",
        "-c",
        "from search.selectors import search; print('TOTAL', search({'q': '入户排查'}).total)",
    )
    assert "TOTAL 60" in found.stdout, found.stdout + found.stderr


def test_fixity_catches_an_altered_or_lost_original_and_removes_strays(tmp_path, database):
    data = tmp_path / "data"
    _DATABASES[data] = database
    assert _manage(data, "migrate", "-v0").returncode == 0
    assert _manage(data, "import_articles", "--no-progress", str(SAMPLES)).returncode == 0
    assert _manage(data, "check_archive", "--dry-run").returncode == 0
    originals = sorted((data / "originals").rglob("*"))
    files = [p for p in originals if p.is_file()]
    files[0].write_bytes(files[0].read_bytes() + b" ")  # bit rot
    files[1].unlink()  # lost
    stray = data / "originals" / "ab" / "ab12.tmp999"
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"left by a killed import")
    report = _manage(data, "check_archive")
    assert report.returncode == 1
    assert "missing 1, altered 1, unreferenced 1" in report.stdout
    assert "original altered (hash differs)" in report.stderr and "original missing" in report.stderr
    assert "restore them from a backup" in report.stderr and "Traceback" not in report.stderr
    assert not stray.exists()
