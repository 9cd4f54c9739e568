"""python manage.py backup_archive FILE.tar[.gz] — the whole archive in one file (see archive/backup.py)."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.backup import BackupError, create_backup
from archive.schema import require_current_schema


class Command(BaseCommand):
    help = "Write the database rows, curated decisions, history and every original capture to one tar file."

    def add_arguments(self, parser):
        parser.add_argument("target", type=Path, help="FILE.tar, or FILE.tar.gz / FILE.tgz to compress")

    def handle(self, *args, target: Path, **options):
        require_current_schema()
        if not target.name.endswith((".tar", ".tar.gz", ".tgz")):
            raise CommandError("the backup file name must end in .tar, .tar.gz or .tgz")
        try:
            manifest = create_backup(target)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        except OSError as exc:
            raise CommandError(f"{target}: cannot write the backup ({exc.strerror})") from exc
        self.stdout.write(
            f"backup written to {target}: {sum(manifest['rows'].values())} rows, "
            f"{manifest['originals']} originals"
        )
