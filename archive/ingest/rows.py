"""Entity and history rows the import writes in bulk, inside the article's transaction (store.py)."""

from __future__ import annotations

from functools import cache

from django.conf import settings
from django.db import IntegrityError, connections, router, transaction
from django.utils import timezone

from archive.models import Person, PersonIdentity, pinyin_key

IMPORT_REASON = "created by import"
ALIAS_REASON = "written form added by import"


@cache
def history_of(model):
    """The model's history manager (simple_history builds a new manager class on every `.history`)."""
    return model.history


def ensure_named(model, names, *, merged=None, **scope):
    """name → row for every name, creating the missing ones in one statement (kinds from a dict);
    `merged(missing)` first gives the rows names not found were merged into (people a curator merged).
    The new rows come back with their keys (RETURNING); only if another import created one meanwhile
    are they read back by name."""
    kinds = names if isinstance(names, dict) else {}
    found = {row.name: row for row in model.objects.filter(name__in=list(names), **scope)}
    if merged is not None and len(found) < len(names):
        found.update(merged([n for n in names if n not in found]))
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
        copy_history(model, [row.pk for row in created], IMPORT_REASON)
        found.update({row.name: row for row in created})
    return found


def copy_history(model, pks: list, reason: str) -> None:
    """The creation ("+") history of rows just written, copied from their table by INSERT … SELECT,
    500 at a time, in key order: the rows `bulk_history_create` writes for them (the tracked columns
    as stored, this reason, the user of the current request if any), without a historical object and
    its parameters per row. One history date for the batch."""
    if not pks or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    history = history_of(model).model
    user = history.get_default_history_user(model())
    user_id = history(history_user=user).history_user_id if user is not None else None
    connection = connections[router.db_for_write(history)]
    q = connection.ops.quote_name
    tracked = history.tracked_fields
    date = history._meta.get_field("history_date").get_db_prep_save(timezone.now(), connection)
    into = [q(f.column) for f in tracked] + [
        q(history._meta.get_field(name).column)
        for name in ("history_date", "history_change_reason", "history_type", "history_user")
    ]
    source = [q(model._meta.get_field(f.name).column) for f in tracked]
    pk = q(model._meta.pk.column)
    select = (  # identifiers only, quoted by the backend; every value is a parameter
        f"INSERT INTO {q(history._meta.db_table)} ({', '.join(into)}) "  # noqa: S608
        f"SELECT {', '.join(source)}, %s, %s, %s, %s FROM {q(model._meta.db_table)} WHERE {pk} IN "
    )
    pks = sorted(pks)
    with connection.cursor() as cursor:
        for start in range(0, len(pks), 500):
            batch = pks[start : start + 500]
            marks = ", ".join(["%s"] * len(batch))
            cursor.execute(f"{select}({marks}) ORDER BY {pk}", [date, reason, "+", user_id, *batch])


def save_aliases(record) -> None:
    """Save a record's aliases, grown by a new written form, as a tracked edit: its history gets a
    version (ALIAS_REASON) and post_save reaches the search index, whose documents of the articles
    naming it (or, for a place, anything within it) hold its names. A queryset update told neither."""
    record._change_reason = ALIAS_REASON
    record.save(update_fields=["aliases"])


def merged_people(region: str):
    """The people a curator merged `name` + `region` into, for names the import has no record of."""

    def lookup(names: list[str]) -> dict[str, Person]:
        keys = {Person.identity_key(n, region): n for n in names}
        found = PersonIdentity.objects.filter(key__in=list(keys)).select_related("person")
        return {keys[identity.key]: identity.person for identity in found}

    return lookup
