"""python manage.py resolve_entities [--dry-run] — re-resolve stored places, organisations and people
into one record per real place, body and person (see archive/upgrade.py), and merge outlets and
sites recorded under one name written two ways (archive/sources.py); lists what needs a curator."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from archive.schema import require_current_schema
from archive.sources import merge_written_forms
from archive.upgrade import entities_resolve, upgrade_needed


class Command(BaseCommand):
    help = "Re-resolve stored entities into division-coded places, jurisdictions and regions (keeps curation)"

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="report what would change, change nothing")
        parser.add_argument(
            "--if-needed",
            action="store_true",
            help="only when the archive was made before resolution (bin/demo runs this after migrate)",
        )

    def handle(self, *args, dry_run: bool, if_needed: bool, **options):
        require_current_schema()
        # outlets and sites recorded under one name written two ways (before records had keys)
        sources = merge_written_forms(reason="one name written two ways (upgrade)", dry_run=dry_run)
        for line in sources:
            self.stdout.write(f"{'would merge' if dry_run else 'merged'}: {line}")
        if if_needed and not upgrade_needed():
            return
        report = entities_resolve(dry_run=dry_run)
        for line in report.review:
            self.stdout.write(f"needs review: {line}")
        for line in sources:  # "outlet 人民網 (#3) takes in 人民网": one merge of an outlet (or a site)
            report.merged[line.split(" ", 1)[0]] += 1
        merged = ", ".join(f"{k} {v}" for k, v in sorted(report.merged.items())) or "none"
        moved = ", ".join(f"{k} {v}" for k, v in sorted(report.moved.items())) or "none"
        prefix = "would resolve" if dry_run else "resolved"
        self.stdout.write(
            f"{prefix} {report.articles} articles; records merged: {merged}; mentions moved: {moved}; "
            f"{len(report.review)} to review"
        )
