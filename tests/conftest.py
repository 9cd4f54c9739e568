"""Shared fixtures: the real sample pages, a private data folder per test, imported samples."""

from __future__ import annotations

import os
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


def sample(prefix: str) -> Path:
    return next(SAMPLES.glob(f"{prefix}_*.txt"))


def sample_text(prefix: str) -> str:
    return sample(prefix).read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _data_dir(settings, tmp_path):
    """Each test writes originals into its own ARCHIVE_DATA_DIR."""
    settings.ARCHIVE_DATA_DIR = tmp_path / "data"
    settings.ARCHIVE_DATA_DIR.mkdir()
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    _use_index(settings, tmp_path / "index")
    from django.core.cache import cache

    cache.clear()  # summaries are cached per data version; start each test cold


def _use_index(settings, path: Path) -> None:
    """Point haystack at a fresh Whoosh index folder (connections are cached per thread)."""
    from haystack import connections

    info = {"default": {**settings.HAYSTACK_CONNECTIONS["default"], "PATH": str(path)}}
    settings.HAYSTACK_CONNECTIONS = info
    connections.connections_info = info
    connections.reload("default")


def child_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a child process (manage.py, gunicorn) with an archive of its own in data_dir:
    production settings (none of this process's DJANGO_/ARCHIVE_ variables), SQLite unless extra says."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "ARCHIVE_", "DATABASE_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_SECRET_KEY=CHILD_SECRET_KEY,
        ARCHIVE_DATA_DIR=str(data_dir),
    )
    env.update(extra)
    return env


CHILD_SECRET_KEY = "k7#Qv9!mZ2@xR4$wL8^pN3&tY6*bH1(cJ5)dF0_gS-eU+aW=oI"


def import_text(folder: Path, name: str, text: str):
    """Write `text` as `folder/name`, import it (it must succeed) and return its Article."""
    from archive.models import Article

    path = folder / name
    path.write_text(text, encoding="utf-8")
    code, _out, err = run_import(path)
    assert code == 0, err
    return Article.objects.get(captures__file_name=name)


def import_texts(folder: Path, texts: dict[str, str]) -> None:
    """Write each text as `folder/name` and import the folder (it must succeed)."""
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    code, _out, err = run_import(folder)
    assert code == 0, err


def run_import(*paths: Path) -> tuple[int, str, str]:
    """call_command import_articles; returns (exit code, stdout, stderr)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_articles", *map(str, paths), "--no-progress", stdout=out, stderr=err)
        code = 0
    except SystemExit as exc:  # pragma: no cover - CommandError is raised instead under call_command
        code = int(exc.code or 0)
    except Exception as exc:  # CommandError carries the exit status
        code = getattr(exc, "returncode", 1)
        err.write(str(exc))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def imported_samples(db):
    code, out, err = run_import(SAMPLES)
    assert code == 0, err
    return out
