"""Where the original bytes of a capture live: derived from its SHA-256 alone.

Every reader and writer of originals (import, capture pages, fixity, backup, restore) goes through
`original_path`, so no stored or restored row can point a file operation outside
`ARCHIVE_DATA_DIR/originals/`: `storage_path` in the database is a record of that layout, never an
instruction. A value that is not a lowercase hex SHA-256 raises `ValueError`.

    >>> original_relpath("ab" + "0" * 62)
    'originals/ab/ab00000000000000000000000000000000000000000000000000000000000000'
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from django.conf import settings

_SHA256 = re.compile(r"[0-9a-f]{64}")


def is_sha256(value: object) -> bool:
    return isinstance(value, str) and _SHA256.fullmatch(value) is not None


def original_relpath(sha256: str) -> str:
    """The path of an original relative to ARCHIVE_DATA_DIR (what `Capture.storage_path` holds)."""
    if not is_sha256(sha256):
        raise ValueError(f"not a SHA-256: {sha256!r}")
    return f"originals/{sha256[:2]}/{sha256}"


def originals_root() -> Path:
    return Path(settings.ARCHIVE_DATA_DIR) / "originals"


def original_path(sha256: str) -> Path:
    """The absolute path of an original; always inside `originals_root()`."""
    return Path(settings.ARCHIVE_DATA_DIR) / original_relpath(sha256)


def save_original(sha256: str, raw: bytes) -> str:
    """Write the exact bytes under ARCHIVE_DATA_DIR/originals, content-addressed (a temporary file
    renamed into place, so a reader never sees half a file); return the relative path."""
    path = original_path(sha256)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        try:
            tmp.write_bytes(raw)
            os.replace(tmp, path)
        except OSError:  # a full disk: no half-written file is left behind
            tmp.unlink(missing_ok=True)
            raise
    return original_relpath(sha256)
