"""What the benchmarks on a generated archive share: a throw-away (or kept) archive folder, Django set
up on it, percentiles, and the version a kept corpus and index depend on.

Used by bench/search.py, bench/pages.py, bench/data_out.py, bench/load.py and bench/build_memory.py.
Each script puts the project root ahead of bench/ on sys.path, so that `search` is the project's
package and not bench/search.py.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What a kept corpus + index depends on: the generator and the index-time analysis.
INDEX_INPUTS = (
    "bench/search_corpus.py",
    "bench/ingest.py",
    "search/analyzers.py",
    "search/search_indexes.py",
)


def setup_django(work: Path) -> None:
    """Django on a fresh archive under work/data (SQLite, Whoosh), migrated."""
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_SECRET_KEY="bench",
        ARCHIVE_DATA_DIR=str(work / "data"),
    )
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def work_dir(keep: str | None, name: str, meta_file: str, prefix: str) -> Path:
    """Where a run keeps its archive: DIR/name (reused when meta_file says it is complete), or a temp
    folder."""
    if not keep:
        return Path(tempfile.mkdtemp(prefix=prefix))
    work = Path(keep).resolve() / name
    if not (work / "data" / meta_file).exists():
        shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    return work


def pct(values: list[float], q: int) -> float:
    """The q-th percentile (the value itself for one value, 0 for none)."""
    return statistics.quantiles(values, n=100)[q - 1] if len(values) >= 2 else (values[0] if values else 0.0)


def index_version() -> str:
    """A short hash of INDEX_INPUTS: a kept corpus and index are rebuilt when it changes."""
    h = hashlib.sha256()
    for rel in INDEX_INPUTS:
        h.update((ROOT / rel).read_text(encoding="utf-8").encode())
    return h.hexdigest()[:16]
