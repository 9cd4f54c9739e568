"""Entity and history rows the import writes in bulk, inside the article's transaction (store.py)."""

from __future__ import annotations

from functools import cache

from django.db import IntegrityError, transaction

from archive.models import pinyin_key

IMPORT_REASON = "created by import"


@cache
def history_of(model):
    """The model's history manager (simple_history builds a new manager class on every `.history`)."""
    return model.history


def ensure_named(model, names, **scope):
    """name → row for every name, creating the missing ones in one statement (kinds from a dict).
    The new rows come back with their keys (RETURNING); only if another import created one meanwhile
    are they read back by name."""
    kinds = names if isinstance(names, dict) else {}
    found = {row.name: row for row in model.objects.filter(name__in=list(names), **scope)}
    missing = sorted(n for n in names if n not in found)  # the history in the order a read by name gives
    if missing:
        rows = [
            model(name=n, sort_key=pinyin_key(n), **scope, **({"kind": kinds[n]} if kinds else {}))
            for n in missing
        ]
        try:
            with transaction.atomic():
                created = model.objects.bulk_create(rows)
        except IntegrityError:
            created = []
        if not created or any(row.pk is None for row in created):
            model.objects.bulk_create(rows, ignore_conflicts=True)
            created = list(model.objects.filter(name__in=missing, **scope))
        history_of(model).bulk_history_create(created, default_change_reason=IMPORT_REASON)
        found.update({row.name: row for row in created})
    return found


def write_history(model, rows: list, reason: str) -> None:
    if rows:
        history_of(model).bulk_history_create(rows, default_change_reason=reason)
