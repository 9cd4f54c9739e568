"""Backup and restore: a curated archive dumped, emptied, restored — rows, history, curated decisions,
originals and search results come back exactly; damaged or foreign backups are refused whole."""

from __future__ import annotations

import io
import tarfile
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError

from archive import curation
from archive.models import Article, Mention, Person
from search.selectors import search
from tests.conftest import SAMPLES, run_import

pytestmark = pytest.mark.django_db(transaction=True)


def _snapshot(settings) -> dict:
    out = StringIO()
    # Users by their natural key (username), not their row id: the restore loads them by natural key,
    # so their ids follow the database's sequence, which other tests in the same database have moved.
    call_command(
        "dumpdata",
        "archive",
        "search",
        "auth.user",
        format="jsonl",
        natural_foreign=True,
        natural_primary=True,
        stdout=out,
    )
    originals = Path(settings.ARCHIVE_DATA_DIR) / "originals"
    export = StringIO()
    call_command("export_articles", "--format", "jsonl", "--all-statuses", stdout=export)
    return {
        "rows": sorted(out.getvalue().splitlines()),
        "originals": {
            p.relative_to(originals).as_posix(): p.read_bytes() for p in originals.rglob("*") if p.is_file()
        },
        "export": export.getvalue(),
        "search": [
            (q, search({"q": q}).total, [h.article.pk for h in search({"q": q}).hits])
            for q in ("社区", "志愿者", "张磊", '"核酸检测"', "黨員")
        ],
    }


def _curate() -> None:
    curator = User.objects.create_user("archivist", password="not-a-real-password-42")
    a, b = Person.objects.filter(mentions__isnull=False).distinct().order_by("pk")[:2]
    curation.merge(Person, a, [b], user=curator, reason="same person")
    mention = Mention.objects.filter(person__isnull=False).first()
    curation.set_mention_status(Mention.objects.filter(pk=mention.pk), Mention.Status.REJECTED, user=curator)
    hidden = Article.objects.order_by("pk").last()
    hidden.status, hidden.hidden_reason = Article.Status.HIDDEN, "copyright request"
    hidden.save()
    from django.utils import timezone

    from search.models import SavedSearch

    SavedSearch.objects.create(user=curator, name="志愿者", query="q=志愿者", last_visit_at=timezone.now())


def test_a_backup_restores_into_an_empty_archive_exactly(settings, tmp_path):
    assert run_import(SAMPLES)[0] == 0
    _curate()
    # Rank order depends on the index's statistics, which count deleted documents until segments
    # merge; compare with a freshly built index, as the restore builds one.
    from haystack import connections

    from search.indexing import sync_articles

    connections["default"].get_backend().clear()
    sync_articles(Article.objects.values_list("pk", flat=True))
    before = _snapshot(settings)
    backup = tmp_path / "archive-backup.tar.gz"
    call_command("backup_archive", str(backup), stdout=StringIO())
    with tarfile.open(backup) as tar:
        names = tar.getnames()
    assert {"manifest.json", "database.jsonl"} <= set(names) and sum(
        n.startswith("originals/") for n in names
    ) == 5

    # An empty archive: a new data folder, a freshly migrated (flushed) database, an empty index.
    call_command("flush", "--noinput", verbosity=0)
    settings.ARCHIVE_DATA_DIR = tmp_path / "restored"
    settings.ARCHIVE_DATA_DIR.mkdir()
    from tests.conftest import _use_index

    _use_index(settings, tmp_path / "restored-index")
    out = StringIO()
    call_command("restore_archive", str(backup), stdout=out)
    assert "5 originals" in out.getvalue() and "indexed 4 published articles" in out.getvalue()
    after = _snapshot(settings)
    assert after == before
    assert Article.objects.get(status=Article.Status.HIDDEN).history.count() >= 2  # history came back
    call_command("check_archive", "--dry-run", stdout=StringIO())  # and agrees with itself

    with pytest.raises(CommandError, match="the archive is not empty"):
        call_command("restore_archive", str(backup), stdout=StringIO())


def _rewrite(source: Path, target: Path, change) -> None:
    with tarfile.open(source) as tar_in, tarfile.open(target, "w") as tar_out:
        for member in tar_in:
            data = tar_in.extractfile(member).read() if member.isfile() else None
            data = change(member.name, data)
            if data is None:
                continue
            member.size = len(data)
            tar_out.addfile(member, io.BytesIO(data))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda name, data: data + b"!" if name.startswith("originals/") else data, "damaged in the backup"),
        (lambda name, data: None if name.startswith("originals/") else data, "missing from the backup"),
        (
            lambda name, data: (
                data.replace(b'"archive.person"', b'"archive.persons"') if name == "database.jsonl" else data
            ),
            "does not match the checksum",
        ),
        (lambda name, data: None if name == "manifest.json" else data, "no manifest.json"),
        (
            lambda name, data: data.replace(b'"0003_', b'"0099_') if name == "manifest.json" else data,
            "database schema",
        ),
    ],
)
def test_a_damaged_backup_restores_nothing(settings, tmp_path, change, message):
    assert run_import(SAMPLES)[0] == 0
    good = tmp_path / "good.tar"
    call_command("backup_archive", str(good), stdout=StringIO())
    bad = tmp_path / "bad.tar"
    _rewrite(good, bad, change)
    call_command("flush", "--noinput", verbosity=0)
    settings.ARCHIVE_DATA_DIR = tmp_path / "restored"
    settings.ARCHIVE_DATA_DIR.mkdir()
    with pytest.raises(CommandError, match=message):
        call_command("restore_archive", str(bad), stdout=StringIO())
    assert not Article.objects.exists() and not Person.objects.exists()
    assert not any(p.is_file() for p in settings.ARCHIVE_DATA_DIR.rglob("*"))


def test_not_a_backup_at_all_is_refused_with_a_reason(db, tmp_path):
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"this is not a tar file")
    with pytest.raises(CommandError, match="not a readable archive backup"):
        call_command("restore_archive", str(junk), stdout=StringIO())
    with pytest.raises(CommandError, match="no such backup file"):
        call_command("restore_archive", str(tmp_path / "nope.tar"), stdout=StringIO())
    with pytest.raises(CommandError, match="must end in .tar"):
        call_command("backup_archive", str(tmp_path / "backup.zip"), stdout=StringIO())


@pytest.mark.parametrize("storage_path", ["../escaped/pwned.txt", "ABSOLUTE"])
def test_a_backup_whose_paths_leave_the_originals_folder_writes_nothing_anywhere(
    settings, tmp_path, storage_path
):
    """An attacker who edits database.jsonl can recompute the manifest's checksum too: the checksum
    proves nothing, so restore must take every path from the content hash and refuse other paths."""
    import hashlib
    import json

    assert run_import(SAMPLES)[0] == 0
    good = tmp_path / "good.tar"
    call_command("backup_archive", str(good), stdout=StringIO())
    outside = tmp_path / "outside" / "pwned.txt"
    target = str(outside) if storage_path == "ABSOLUTE" else storage_path
    dump_sha = {}

    def tamper(name, data):
        if name == "database.jsonl":
            rows = [json.loads(line) for line in data.decode().splitlines()]
            for row in rows:
                if row["model"] == "archive.capture":
                    row["fields"]["storage_path"] = target
            data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode()
            dump_sha["value"] = hashlib.sha256(data).hexdigest()
        return data

    stage = tmp_path / "stage.tar"
    _rewrite(good, stage, tamper)
    bad = tmp_path / "bad.tar"

    def fix_manifest(name, data):
        if name == "manifest.json":
            manifest = json.loads(data)
            manifest["database_sha256"] = dump_sha["value"]
            data = json.dumps(manifest).encode()
        return data

    _rewrite(stage, bad, fix_manifest)
    call_command("flush", "--noinput", verbosity=0)
    settings.ARCHIVE_DATA_DIR = tmp_path / "restored" / "data"
    settings.ARCHIVE_DATA_DIR.mkdir(parents=True)
    with pytest.raises(CommandError, match="outside the originals folder"):
        call_command("restore_archive", str(bad), stdout=StringIO())
    assert not Article.objects.exists()
    assert not outside.exists() and not (tmp_path / "restored" / "escaped").exists()
    assert not any(p.is_file() for p in (tmp_path / "restored").rglob("*"))
