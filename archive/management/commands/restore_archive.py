"""python manage.py restore_archive FILE.tar[.gz] — restore a backup into an empty archive, then index it."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.backup import BackupError, restore_backup
from archive.schema import require_current_schema


class Command(BaseCommand):
    help = (
        "Restore a backup_archive file into an empty, migrated ARCHIVE_DATA_DIR and rebuild the search index."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", type=Path)

    def handle(self, *args, source: Path, **options):
        require_current_schema()
        try:
            report = restore_backup(source)
        except BackupError as exc:
            raise CommandError(f"{exc}; nothing was restored") from exc
        self.stdout.write(
            f"restored {report.rows} rows and {report.originals} originals; "
            f"indexed {report.indexed} published articles"
        )
