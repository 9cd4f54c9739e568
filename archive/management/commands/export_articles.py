"""python manage.py export_articles --format jsonl|csv [--output FILE] [--raw] — the whole corpus.

CSV cells that a spreadsheet would run as a formula are prefixed with ' (archive/tabular.py);
`--raw` writes them exactly as stored, for scripts."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.models import Article
from archive.schema import require_current_schema
from archive.services import export_csv, export_jsonl


class Command(BaseCommand):
    help = "Export every published article with its people, organisations and places (JSON Lines or CSV)"

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
        parser.add_argument("--output", type=Path, help="file to write (default: standard output)")
        parser.add_argument("--all-statuses", action="store_true", help="include draft and hidden articles")
        parser.add_argument(
            "--raw",
            action="store_true",
            help="CSV: write cells beginning with = + - @ as they are (for scripts, not spreadsheets)",
        )

    def handle(
        self, *args, format: str, output: Path | None, all_statuses: bool, raw: bool = False, **options
    ):
        require_current_schema()
        queryset = Article.objects.all() if all_statuses else Article.objects.published()
        writer = export_jsonl if format == "jsonl" else partial(export_csv, raw=raw)
        if output is None:
            try:
                count = writer(self.stdout, queryset)
            except BrokenPipeError:  # `export_articles | head`: the reader stopped early
                sys.stderr.close()
                return
        else:
            try:
                with output.open("w", encoding="utf-8", newline="") as handle:
                    count = writer(handle, queryset)
            except OSError as exc:
                raise CommandError(f"cannot write {output}: {exc.strerror}") from None
        self.stderr.write(f"exported {count} articles")
