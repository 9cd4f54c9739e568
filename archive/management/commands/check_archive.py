"""python manage.py check_archive [--dry-run] [--skip-fixity] — is the archive whole?

1. The database: the engine's integrity check and the archive's invariants (every article has its capture).
2. Fixity: every stored original still hashes to the SHA-256 recorded when it was imported.
   Originals no capture points at (left by an import killed between writing the file and committing
   its rows) are removed when repairing.
3. The search index agrees with the database (`check_index`), repaired unless --dry-run.

Exit status 0 when everything is (now) in order; 1 when something is wrong that a repair did not
or could not fix (a changed or lost original must be restored from a backup).
"""

from __future__ import annotations

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from archive.integrity import check_fixity, database_problems
from archive.schema import require_current_schema


class Command(BaseCommand):
    help = "Verify the database, the fixity of every stored original and the search index; repair the index."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="only report, change nothing")
        parser.add_argument("--skip-fixity", action="store_true", help="do not re-hash the stored originals")

    def handle(self, *args, dry_run: bool, skip_fixity: bool, verbosity: int, **options):
        require_current_schema()
        failures: list[str] = []
        problems = database_problems()
        for problem in problems:
            self.stderr.write(f"database: {problem}")
        failures += problems
        self.stdout.write("database: " + ("ok" if not problems else f"{len(problems)} problem(s)"))

        if not skip_fixity:
            fixity = check_fixity()
            self.stdout.write(
                f"originals: {fixity.checked} checked ({fixity.bytes:,} bytes); "
                f"missing {len(fixity.missing)}, altered {len(fixity.altered)}, "
                f"unreferenced {len(fixity.orphans)}"
            )
            for sha in fixity.missing:
                self.stderr.write(f"original missing: capture {sha}")
            for sha in fixity.altered:
                self.stderr.write(f"original altered (hash differs): capture {sha}")
            if fixity.missing or fixity.altered:
                failures.append(
                    f"{len(fixity.missing) + len(fixity.altered)} original(s) lost or altered; "
                    "restore them from a backup (see README, 'Backup and restore')"
                )
            if fixity.orphans and not dry_run:
                for path in fixity.orphans:
                    path.unlink(missing_ok=True)
                self.stdout.write(
                    f"removed {len(fixity.orphans)} unreferenced original(s) left by interrupted imports"
                )
            elif fixity.orphans:
                failures.append(
                    f"{len(fixity.orphans)} unreferenced original(s); run without --dry-run to remove them"
                )

        try:
            call_command(
                "check_index", dry_run=dry_run, verbosity=verbosity, stdout=self.stdout, stderr=self.stderr
            )
        except CommandError as exc:
            failures.append(f"search index: {exc}")
        if failures:
            raise CommandError("; ".join(failures), returncode=1)
        self.stdout.write("archive is consistent")
