"""Signed backups (issue 14, optional part of finding 1): with ARCHIVE_BACKUP_KEY set, a backup carries
an HMAC of its manifest, and a restore refuses a backup that is unsigned, signed with another key,
or altered after signing — even when the attacker recomputed every checksum."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from archive.models import Article
from tests.conftest import SAMPLES, run_import

pytestmark = pytest.mark.django_db(transaction=True)

KEY = "backup-signing-key-for-tests-only"


def _rewrite(source: Path, target: Path, change) -> None:
    with tarfile.open(source) as tar_in, tarfile.open(target, "w") as tar_out:
        for member in tar_in:
            data = change(member.name, tar_in.extractfile(member).read())
            if data is not None:
                member.size = len(data)
                tar_out.addfile(member, io.BytesIO(data))


def _backup(settings, tmp_path, key: str) -> Path:
    settings.ARCHIVE_BACKUP_KEY = key
    assert run_import(SAMPLES)[0] == 0
    backup = tmp_path / "backup.tar"
    call_command("backup_archive", str(backup), stdout=StringIO())
    return backup


def _into_empty_archive(settings, tmp_path) -> None:
    call_command("flush", "--noinput", verbosity=0)
    settings.ARCHIVE_DATA_DIR = tmp_path / "restored"
    settings.ARCHIVE_DATA_DIR.mkdir()


def _refused(settings, tmp_path, backup: Path, message: str) -> None:
    with pytest.raises(CommandError, match=message):
        call_command("restore_archive", str(backup), stdout=StringIO())
    assert not Article.objects.exists()
    assert not any(p.is_file() for p in settings.ARCHIVE_DATA_DIR.rglob("*"))


def test_a_signed_backup_restores_with_the_same_key(settings, tmp_path):
    backup = _backup(settings, tmp_path, KEY)
    with tarfile.open(backup) as tar:
        assert "manifest.sig" in tar.getnames()
    _into_empty_archive(settings, tmp_path)
    call_command("restore_archive", str(backup), stdout=StringIO())
    assert Article.objects.count() == 5


def test_with_a_key_set_an_unsigned_backup_is_refused(settings, tmp_path):
    backup = _backup(settings, tmp_path, "")
    _into_empty_archive(settings, tmp_path)
    settings.ARCHIVE_BACKUP_KEY = KEY
    _refused(settings, tmp_path, backup, "not signed")


def test_a_backup_signed_with_another_key_is_refused(settings, tmp_path):
    backup = _backup(settings, tmp_path, "another-key")
    _into_empty_archive(settings, tmp_path)
    settings.ARCHIVE_BACKUP_KEY = KEY
    _refused(settings, tmp_path, backup, "signature does not match")


def test_an_altered_signed_backup_with_recomputed_checksums_is_refused(settings, tmp_path):
    backup = _backup(settings, tmp_path, KEY)
    dump_sha = {}

    def hide_everything(name, data):
        if name == "database.jsonl":
            data = data.replace(b'"status": "published"', b'"status": "hidden"')
            dump_sha["value"] = hashlib.sha256(data).hexdigest()
        return data

    stage, bad = tmp_path / "stage.tar", tmp_path / "bad.tar"
    _rewrite(backup, stage, hide_everything)

    def fix_manifest(name, data):
        if name == "manifest.json":
            manifest = json.loads(data)
            manifest["database_sha256"] = dump_sha["value"]
            data = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
        return data

    _rewrite(stage, bad, fix_manifest)
    _into_empty_archive(settings, tmp_path)
    _refused(settings, tmp_path, bad, "signature does not match")
