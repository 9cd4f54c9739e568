"""Backup and restore of the whole archive: database rows (articles, captures, mentions, people,
organisations, places, curated decisions, merges, the full change history, users and groups) and
every original capture, in one tar file. The search index is not in it: it is rebuilt from the
database on restore.

Layout of a backup (`.tar`, or `.tar.gz` / `.tgz` compressed):
    manifest.json        format, creation time, migrations, row counts, SHA-256 of database.jsonl
    manifest.sig         HMAC-SHA256 of manifest.json with ARCHIVE_BACKUP_KEY (only when a key is set)
    database.jsonl       Django's `dumpdata` (JSON Lines, natural keys for users/groups/content types)
    originals/xx/<sha256> the captured bytes, named by their SHA-256

A backup is written to a temporary name and renamed when complete. A restore goes into an empty
archive only, checks every checksum before anything is kept, and loads the rows in one transaction:
it either restores everything or leaves the archive as empty as it found it.

Checksums show damage, not tampering: whoever edits database.jsonl can recompute them. With
`ARCHIVE_BACKUP_KEY` set, backups are signed (the manifest names the dump's SHA-256, the dump names
every original's SHA-256, so the signature covers everything) and a restore refuses a backup that is
unsigned or signed with another key.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import re
import shutil
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from archive.integrity import file_sha256
from archive.originals import is_sha256, original_path, original_relpath

FORMAT = "community-response-archive-backup"
VERSION = 1
DUMPED = ["auth.group", "auth.user", "admin.logentry", "archive", "search"]  # search: saved searches
_ORIGINAL = re.compile(r"^originals/([0-9a-f]{2})/([0-9a-f]{64})$")
SIGNATURE = "manifest.sig"


class BackupError(Exception):
    """A backup that cannot be written or restored; the message says why."""


@dataclass
class RestoreReport:
    rows: int
    originals: int
    indexed: int


def _applied_migrations() -> dict[str, str]:
    """app label → the last applied migration, for the apps whose rows are in the backup."""
    recorder = MigrationRecorder(connections[DEFAULT_DB_ALIAS])
    latest: dict[str, str] = {}
    for app, name in sorted(recorder.applied_migrations()):
        if app in {"auth", "admin", "archive", "contenttypes", "search"}:
            latest[app] = max(latest.get(app, ""), name)
    return latest


def _row_counts() -> dict[str, int]:
    counts = {}
    for label in DUMPED:
        models = apps.get_app_config(label).get_models() if "." not in label else [apps.get_model(label)]
        for model in models:
            counts[model._meta.label] = model._default_manager.count()
    return counts


def _mode(path: Path, write: bool) -> str:
    compressed = path.name.endswith((".tar.gz", ".tgz"))
    return ("w:gz" if compressed else "w") if write else "r:*"


def create_backup(target: Path) -> dict:
    """Write the whole archive to `target`; return the manifest."""
    from archive.models import Capture

    target = target.resolve()
    if not target.parent.is_dir():
        raise BackupError(f"folder {target.parent} does not exist")
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".backup-") as scratch:
        dump = Path(scratch) / "database.jsonl"
        # One consistent snapshot: counts, rows and the list of originals read in one transaction.
        with transaction.atomic():
            call_command(
                "dumpdata",
                *DUMPED,
                format="archive_jsonl",  # times to the microsecond (archive/backup_format.py)
                natural_foreign=True,
                natural_primary=True,
                output=str(dump),
                verbosity=0,
            )
            counts = _row_counts()
            captures = list(Capture.objects.order_by("pk").values_list("sha256", flat=True))
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "created": timezone.now().isoformat(),
            "migrations": _applied_migrations(),
            "rows": counts,
            "originals": len(captures),
            "database_sha256": file_sha256(dump),
        }
        partial = Path(scratch) / "backup.partial"
        with tarfile.open(partial, _mode(target, write=True)) as tar:
            data = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size, info.mtime = len(data), int(timezone.now().timestamp())
            tar.addfile(info, io.BytesIO(data))
            if settings.ARCHIVE_BACKUP_KEY:
                signature = _signature(data).encode()
                info = tarfile.TarInfo(SIGNATURE)
                info.size, info.mtime = len(signature), int(timezone.now().timestamp())
                tar.addfile(info, io.BytesIO(signature))
            tar.add(dump, arcname="database.jsonl")
            for sha in captures:
                path = original_path(sha)
                if not path.exists():
                    raise BackupError(f"original {sha} is missing; run `manage.py check_archive` first")
                tar.add(path, arcname=f"originals/{sha[:2]}/{sha}")
        os.replace(partial, target)
    return manifest


def _archive_is_empty() -> bool:
    from archive.models import Article, Capture, Mention, Organization, Outlet, Person, Place

    models = (Article, Capture, Mention, Person, Organization, Place, Outlet)
    if any(m.objects.exists() for m in models):
        return False
    originals = Path(settings.ARCHIVE_DATA_DIR) / "originals"
    return not originals.exists() or not any(p.is_file() for p in originals.rglob("*"))


def restore_backup(source: Path) -> RestoreReport:
    """Restore a backup into an empty archive (migrated database, no articles, no originals)."""
    from archive.indexing import deferred_indexing, sync_articles

    if not source.is_file():
        raise BackupError(f"{source}: no such backup file")
    if not _archive_is_empty():
        raise BackupError(
            "the archive is not empty: restore into a new ARCHIVE_DATA_DIR (run `migrate` there "
            "first), so that nothing already stored is overwritten"
        )
    root = Path(settings.ARCHIVE_DATA_DIR)
    written: list[Path] = []
    try:
        with (
            tarfile.open(source, _mode(source, write=False)) as tar,
            tempfile.TemporaryDirectory(dir=root, prefix=".restore-") as scratch,
        ):
            manifest = _read_manifest(tar)
            dump = Path(scratch) / "database.jsonl"
            _extract(tar, "database.jsonl", dump)
            if file_sha256(dump) != manifest["database_sha256"]:
                raise BackupError(
                    "database.jsonl does not match the checksum in the manifest: the backup is damaged"
                )
            originals = 0
            with transaction.atomic(), deferred_indexing(sync=False):
                call_command("loaddata", str(dump), verbosity=0)
                if _row_counts() != manifest["rows"]:
                    raise BackupError("the restored row counts differ from the manifest")
                expected = _expected_originals()
                for member in tar:
                    match = _ORIGINAL.match(member.name)
                    if member.name in ("manifest.json", SIGNATURE, "database.jsonl") or member.isdir():
                        continue
                    if not match or not member.isfile():
                        raise BackupError(f"unexpected entry {member.name!r} in the backup")
                    sha = match.group(2)
                    if sha not in expected:
                        raise BackupError(f"original {sha} in the backup belongs to no capture")
                    expected.discard(sha)
                    path = original_path(sha)  # from the content hash alone, never from the dump
                    path.parent.mkdir(parents=True, exist_ok=True)
                    temp = path.with_name(path.name + ".restoring")
                    _extract(tar, member, temp)
                    written.append(temp)
                    if file_sha256(temp) != sha:
                        raise BackupError(
                            f"original {sha} is damaged in the backup (its bytes hash differently)"
                        )
                    os.replace(temp, path)
                    written[-1] = path
                    originals += 1
                if expected:
                    raise BackupError(f"{len(expected)} original(s) are missing from the backup")
    except BackupError:
        _remove(written)
        raise
    except (tarfile.TarError, EOFError, OSError, json.JSONDecodeError, KeyError) as exc:
        _remove(written)
        raise BackupError(f"{source}: not a readable archive backup ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # loaddata failures (DeserializationError, IntegrityError) among them
        _remove(written)
        raise BackupError(f"{source}: the rows could not be restored ({type(exc).__name__}: {exc})") from None
    from archive.models import Article

    indexed, _ = sync_articles(Article.objects.values_list("pk", flat=True))
    return RestoreReport(rows=sum(manifest["rows"].values()), originals=originals, indexed=indexed)


def _expected_originals() -> set[str]:
    """The SHA-256 of every restored capture. The dump is untrusted (its checksum is in the same file
    an attacker would write): a capture whose hash or storage path is not the content-addressed layout
    refuses the whole backup, so nothing can be written or later served outside the originals folder."""
    from archive.models import Capture

    expected = set()
    for sha, rel in Capture.objects.values_list("sha256", "storage_path"):
        if not is_sha256(sha) or rel != original_relpath(sha):
            raise BackupError(
                f"capture {sha!r} has the storage path {rel!r} outside the originals folder: "
                "the backup was altered, nothing was restored"
            )
        expected.add(sha)
    return expected


def _read_manifest(tar: tarfile.TarFile) -> dict:
    try:
        handle = tar.extractfile("manifest.json")
    except KeyError:
        raise BackupError("not an archive backup (no manifest.json)") from None
    data = handle.read()
    _check_signature(tar, data)
    manifest = json.loads(data)
    if manifest.get("format") != FORMAT:
        raise BackupError("not an archive backup (unknown format)")
    if manifest.get("version") != VERSION:
        raise BackupError(
            f"backup format version {manifest.get('version')} is not supported (this is {VERSION})"
        )
    here = _applied_migrations()
    if manifest.get("migrations") != here:
        raise BackupError(
            f"the backup was made at database schema {manifest.get('migrations')}, this archive is at "
            f"{here}; restore with the version that made it, then upgrade"
        )
    return manifest


def _signature(manifest: bytes) -> str:
    return hmac.new(settings.ARCHIVE_BACKUP_KEY.encode(), manifest, hashlib.sha256).hexdigest()


def _check_signature(tar: tarfile.TarFile, manifest: bytes) -> None:
    """With ARCHIVE_BACKUP_KEY set, only a backup signed with that key is restored."""
    if not settings.ARCHIVE_BACKUP_KEY:
        return
    try:
        handle = tar.extractfile(SIGNATURE)
    except KeyError:
        handle = None
    if handle is None:
        raise BackupError("the backup is not signed and ARCHIVE_BACKUP_KEY is set: it is refused")
    if not hmac.compare_digest(handle.read().strip(), _signature(manifest).encode()):
        raise BackupError(
            "the backup's signature does not match ARCHIVE_BACKUP_KEY: it was altered or signed with "
            "another key"
        )


def _extract(tar: tarfile.TarFile, member, target: Path) -> None:
    handle = tar.extractfile(member)
    if handle is None:
        raise BackupError(f"{getattr(member, 'name', member)} is not a file in the backup")
    with target.open("wb") as out:
        shutil.copyfileobj(handle, out, 1024 * 1024)


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
