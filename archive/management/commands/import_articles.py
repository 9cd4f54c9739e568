"""python manage.py import_articles PATH... — import pages from files or folders (see the README's table:
text, HTML, WARC/WACZ, WeChat pages, MHTML, SingleFile, CSV/JSON Lines/JSON/Excel datasets, Markdown)."""

from __future__ import annotations

import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from tqdm import tqdm

from archive.ingest.formats.datasets import parse_column_map
from archive.ingest.read import iter_paths
from archive.schema import require_current_schema
from archive.services import articles_import


class Command(BaseCommand):
    help = (
        "Import collected news pages (files or folders, recursive): .txt, .htm(l), .mht(ml), "
        ".md/.markdown, .warc(.gz), .wacz, .csv, .tsv, .jsonl, .json, .xlsx"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="+", type=Path, help="files or folders to import (folders recursively)"
        )
        parser.add_argument("--no-progress", action="store_true", help="do not show a progress bar")
        parser.add_argument(
            "--map",
            default="",
            metavar="FIELD=COLUMN,...",
            help="dataset columns by name: title, body, published (date), source, url, author",
        )

    def handle(self, *args, paths: list[Path], no_progress: bool, verbosity: int, map: str, **options):
        require_current_schema()
        try:
            column_map = parse_column_map(map)
        except ValueError as exc:
            raise CommandError(f"--map {exc}") from None
        missing = [str(p) for p in paths if not p.exists()]
        for p in missing:
            self.stderr.write(f"{p}: no such file or folder")
        paths = [p for p in paths if p.exists()]
        total = sum(1 for _ in iter_paths(paths))
        bar = tqdm(total=total, unit="file", disable=no_progress or None, file=sys.stderr, leave=False)
        try:
            report = articles_import(paths=paths, progress=lambda _path: bar.update(1), column_map=column_map)
        except KeyboardInterrupt:  # a second Ctrl-C, while the stored articles were being indexed
            raise CommandError(
                "interrupted while indexing: the articles stored are kept; run `python manage.py "
                "check_index` to bring the search index up to date",
                returncode=130,
            ) from None
        except DatabaseError as exc:  # nothing was half-stored: each page is one transaction
            raise CommandError(
                f"the archive's database cannot be written ({exc}); is the data folder "
                f"{settings.ARCHIVE_DATA_DIR} read-only or its disk full?",
                returncode=1,
            ) from None
        finally:
            bar.close()
        for path, reason in report.lines:  # in the order met (row 2's failure before row 4's note)
            self.stderr.write(f"{path}: {reason}")
        failed = report.failed + len(missing)
        self.stdout.write(f"imported {report.imported}, duplicate {report.duplicate}, failed {failed}")
        if report.late:
            self.stdout.write(
                f"indexed {report.late} article(s) stored but not yet in the index, or indexed before "
                "a name they hold was written another way (by an import that stopped, or one still running)"
            )
        if report.stopped:
            indexed = (
                f" but not indexed ({report.index_error}: run `python manage.py check_index` once the "
                "data folder can be written)"
                if report.index_error
                else " and indexed"
            )
            raise CommandError(
                f"stopped before the end: {report.stopped}. The {report.imported} article(s) stored before "
                f"it are kept{indexed}; run the same import again to store the rest.",
                returncode=130 if report.interrupted else 1,
            )
        if report.index_error:
            raise CommandError(
                f"the articles are stored but the search index was not updated: {report.index_error}. "
                "Run `python manage.py check_index` to bring it up to date.",
                returncode=1,
            )
        if failed:
            raise CommandError(
                f"{failed} item(s) could not be imported (each listed above: a file, a row or a page)",
                returncode=1,
            )
