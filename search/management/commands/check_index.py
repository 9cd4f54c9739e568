"""python manage.py check_index [--dry-run] — find and repair drift between the database and the search index.

Drift: a published article missing from the index, an indexed article that is gone or no longer
published, or an indexed document whose content stamp differs from what the database now holds.
"""

from __future__ import annotations

import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from haystack import connections

from archive.models import Article
from archive.schema import require_current_schema
from search.backends import IndexLocked, IndexOutdated
from search.indexing import index_drift, sync_articles


class Command(BaseCommand):
    help = "Compare the search index with the database and repair any difference."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="only report; exit 1 when there is drift")

    def handle(self, *args, dry_run: bool, **options):
        require_current_schema()
        try:
            drift = index_drift()
        except IndexOutdated as exc:
            if dry_run:
                raise CommandError(f"{exc}; run without --dry-run to rebuild it", returncode=1) from exc
            self.stdout.write("the search index was built by an earlier version; rebuilding it")
            connections["default"].get_backend().clear()
            drift = index_drift()
        except Exception as exc:  # unreadable index: say so and point at the full rebuild
            folder = Path(connections["default"].options.get("PATH", ""))
            if folder.is_dir() and not os.access(folder, os.W_OK):  # nothing to rebuild: nothing is damaged
                raise CommandError(
                    f"the search index folder {folder} cannot be written (read-only?); make it writable "
                    "and run this again"
                ) from exc
            raise CommandError(
                f"the search index could not be read ({exc}); rebuild it with "
                "`python manage.py rebuild_index --noinput`"
            ) from exc
        total = Article.objects.published().count()
        self.stdout.write(
            f"published articles: {total}; missing from index: {len(drift['missing'])}, "
            f"stale: {len(drift['stale'])}, not in database or not published: {len(drift['extra'])}"
        )
        for kind, pks in drift.items():
            if pks and options.get("verbosity", 1) > 1:
                self.stdout.write(f"  {kind}: {', '.join(map(str, pks[:50]))}{' …' if len(pks) > 50 else ''}")
        changed = drift["missing"] + drift["stale"] + drift["extra"]
        if not changed:
            self.stdout.write("index is in step with the database")
            return
        if dry_run:
            raise CommandError(
                f"{len(changed)} article(s) out of step; run without --dry-run to repair", returncode=1
            )
        try:
            indexed, removed = sync_articles(changed)
        except IndexLocked as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"repaired: indexed {indexed}, removed {removed}")
