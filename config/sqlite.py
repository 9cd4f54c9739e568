"""The embedded database's connection settings: written to while imports and curators work, read as it is
when the archive is published on read-only storage (a mounted copy, a disc, a read-only volume)."""

from __future__ import annotations

import os
from pathlib import Path


def folder_is_read_only(path: Path) -> bool:
    """An existing file whose folder cannot be written (SQLite writes its journal files beside it)."""
    return path.is_file() and not os.access(path.parent, os.W_OK)


def unsaved_log(path: Path) -> str:
    """'' unless `path` has a write-ahead log with changes not yet written into the database file (an
    import killed, a disk that filled up): then why a read-only copy cannot be served. Read-only
    storage is read with `immutable=1`, which ignores the log: the copy would serve an older state,
    or a damaged one where the file and the log disagree.

    >>> unsaved_log(Path("/nonexistent/archive.sqlite3"))
    ''
    """
    log = path.with_name(path.name + "-wal")
    if not log.is_file() or log.stat().st_size == 0:
        return ""
    return (
        f"{log} holds changes not yet written into {path.name}, and this copy cannot be written to "
        "fold them in: open the archive once where it can be written (any command, e.g. `python "
        "manage.py check_archive --dry-run`), then copy or publish the folder again"
    )


def sqlite_settings(database: dict, *, read_only: bool, unwritable: bool) -> dict:
    """`database` (dj-database-url's dict) with our options. WAL lets the web server read while an import
    writes; the busy timeout waits out short locks. Read-only: `mode=ro` refuses every write; on storage
    that cannot be written (`unwritable`: `folder_is_read_only`) `immutable=1` also reads without WAL's
    -shm file, which could not be made there.

    >>> sqlite_settings({"NAME": "/data/archive.sqlite3"}, read_only=True, unwritable=False)["NAME"]
    'file:/data/archive.sqlite3?mode=ro'
    """
    if not (read_only or unwritable):
        options = {
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
        }
        return {**database, "OPTIONS": options}
    query = "mode=ro&immutable=1" if unwritable else "mode=ro"
    return {**database, "NAME": f"file:{Path(database['NAME'])}?{query}", "OPTIONS": {"timeout": 20}}
