"""Whether the database behind ARCHIVE_DATA_DIR (or DATABASE_URL) is set up for this code: the
archive's commands say "run migrate" instead of failing on a missing table (a new data folder, a
restore target never migrated, an archive made by an older version)."""

from __future__ import annotations

from django.core.management.base import CommandError
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor


def schema_problem() -> str:
    """'' when every migration is applied, else what to do about it."""
    try:
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        applied = executor.loader.applied_migrations
    except DatabaseError as exc:
        return f"the database cannot be read ({exc})"
    if not pending:
        return ""
    if not applied:
        return "the database has no tables yet: run `python manage.py migrate` first"
    return (
        f"the database was made by an older version ({len(pending)} migration(s) not applied): "
        "run `python manage.py migrate` first (then `python manage.py resolve_entities`, see the README)"
    )


def require_current_schema() -> None:
    """A command's first step: a CommandError saying what to run when the schema is not current."""
    problem = schema_problem()
    if problem:
        raise CommandError(problem)
