"""Entity and history rows the import writes in bulk, inside the article's transaction (store.py)."""

from __future__ import annotations

from functools import cache

from django.conf import settings
from django.db import IntegrityError, connections, models, router, transaction
from django.db.models import Q
from django.utils import timezone

from archive.merge_rows import resolve_merged
from archive.models import EntityMerge, Organization, Person, PersonIdentity, Place, name_key, pinyin_key
from archive.originals import original_path

IMPORT_REASON = "created by import"
ALIAS_REASON = "written form added by import"
# resolve_entities' own merges (archive/upgrade.py): one record per real place, body and person. A
# record it folds into another is not a name of that other for later articles (an unplaced 长青社区 of
# an old import is no place in particular); a curator's merge is.
UPGRADE_REASON = "resolve_entities: one record per real place, organisation and person"


# The lookups the import makes for every article, written as SQL over the model's own columns: a queryset
# costs a third of a millisecond to build and compile, a dozen of them a tenth of the import's time.
def _columns(model, connection) -> dict[str, str]:
    """Field name and attname → the quoted column, for `{name}` placeholders in a WHERE clause."""
    q = connection.ops.quote_name
    return {n: q(f.column) for f in model._meta.concrete_fields for n in (f.name, f.attname)}


def marks(values) -> str:
    """The placeholders of an IN list (never empty: callers ask for none when they have no values)."""
    return ", ".join(["%s"] * len(values))


def select_rows(model, where: str, params: list, limit: int | None = None, order: str = "{pk}") -> list:
    """The rows of `model` WHERE `where` (columns written `{field}`, values as %s parameters), oldest
    first (or by `order`), as model instances: `model.objects.filter(…).order_by("pk")` without the
    queryset."""
    connection = connections[router.db_for_read(model)]
    q = connection.ops.quote_name
    columns = _columns(model, connection) | {"pk": q(model._meta.pk.column)}
    fields = ", ".join(q(f.column) for f in model._meta.concrete_fields)
    sql = (  # identifiers quoted by the backend; every value is a parameter
        f"SELECT {fields} FROM {q(model._meta.db_table)} "  # noqa: S608
        f"WHERE {where.format(**columns)} ORDER BY {order.format(**columns)}"
    )
    return list(model.objects.raw(sql + (f" LIMIT {int(limit)}" if limit else ""), params))


def row_exists(model, where: str, params: list) -> bool:
    """Whether a row of `model` matches `where` (as `select_rows`)."""
    connection = connections[router.db_for_read(model)]
    table = connection.ops.quote_name(model._meta.db_table)
    sql = f"SELECT 1 FROM {table} WHERE {where.format(**_columns(model, connection))}"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql + " LIMIT 1", params)
        return cursor.fetchone() is not None


def contains(model, value: str) -> tuple[str, str]:
    """The backend's `contains` operator (LIKE, its escape) and the pattern for `value`."""
    connection = connections[router.db_for_read(model)]
    return connection.operators["contains"], f"%{connection.ops.prep_for_like_query(value)}%"


@cache
def history_of(model):
    """The model's history manager (simple_history builds a new manager class on every `.history`)."""
    return model.history


def ensure_named(model, names, *, merged=None, created_with=None, created_by_name=None, **scope):
    """name → row for every name, creating the missing ones in one statement (kinds from a dict, and the
    fields `created_with` and `created_by_name[name]`, new rows only: set as they are made, no update
    after); `merged(missing)` first gives the rows names not found were merged into (people a curator
    merged).
    A name written otherwise than its record (鄭曉嵐 for 郑晓岚: the same `name_key`) is that record,
    and the written form becomes one of its aliases; a record of the very name comes first (於 and 于,
    two surnames, meet in the key: a record a curator split out keeps its own name).
    The new rows come back with their keys (RETURNING); only if another import created one meanwhile
    are they read back by name."""
    kinds = names if isinstance(names, dict) else {}
    keys = {n: name_key(n) for n in names}
    # one read for the records of the very names and of their keys (鄭曉嵐 finds 郑晓岚's record)
    wanted = sorted(set(keys.values()))
    where = f"({{name}} IN ({marks(names)}) OR {{key}} IN ({marks(wanted)}))"
    where += "".join(f" AND {{{field}}} = %s" for field in scope)
    rows = select_rows(model, where, [*names, *wanted, *scope.values()]) if names else []
    found = {row.name: row for row in rows if row.name in names}
    if merged is not None and len(found) < len(names):
        found.update(merged([n for n in names if n not in found]))
    if len(found) < len(names):
        unfound = [n for n in names if n not in found]
        wanted = {keys[n] for n in unfound}
        found.update(_written_otherwise(unfound, [r for r in rows if r.key in wanted]))
    missing = sorted(n for n in names if n not in found)  # the history in the order a read by name gives
    first: dict[str, str] = {}  # key → the name a new record takes (one record for 鄭曉嵐 and 郑晓岚)
    for n in missing:
        first.setdefault(name_key(n), n)
    new = sorted(first.values())
    if new:
        rows = [
            model(
                name=n,
                sort_key=pinyin_key(n),
                key=name_key(n),
                **scope,
                **(created_with or {}),
                **(created_by_name or {}).get(n, {}),
                **({"kind": kinds[n]} if kinds else {}),
            )
            for n in new
        ]
        try:
            with transaction.atomic():
                created = model.objects.bulk_create(rows)
        except IntegrityError:
            created = []
        if not created or any(row.pk is None for row in created):
            model.objects.bulk_create(rows, ignore_conflicts=True)
            created = list(model.objects.filter(name__in=new, **scope))
        copy_history(model, [row.pk for row in created], IMPORT_REASON)
        found.update({row.name: row for row in created})
        found.update(_written_otherwise([n for n in missing if n not in found], created))
    return found


def _written_otherwise(names: list[str], rows: list) -> dict:
    """name → the record (the oldest of `rows`, the records read or created with the names' keys) whose
    key the name has, for names no record bears; each such name is added to its record's aliases."""
    keys = {n: name_key(n) for n in names}
    by_key: dict[str, object] = {}
    for row in sorted(rows, key=lambda r: r.pk):
        by_key.setdefault(row.key, row)
    out = {}
    for n, key in keys.items():
        row = by_key.get(key)
        if row is None:
            continue
        out[n] = row
        if n not in (row.aliases or []):
            row.aliases = [*(row.aliases or []), n]
            save_aliases(row)
    return out


# Values of these fields go to the database as the import builds them (str, int, bool, None, a key):
# the rest (JSON, dates) through the field's own preparation.
_PLAIN_FIELDS = (
    models.CharField,
    models.TextField,
    models.IntegerField,
    models.BooleanField,
    models.ForeignKey,
)


def insert_rows(model, rows: list[dict]) -> list:
    """INSERT rows given as {attname: value} (the field's default for the rest) in multi-row statements
    and return their keys: what `bulk_create` writes, without a model instance per row and its
    per-value compilation (an import writes dozens of mentions an article). Where the database cannot
    return the keys of a multi-row insert, `bulk_create` itself."""
    if not rows:
        return []
    connection = connections[router.db_for_write(model)]
    if not connection.features.can_return_rows_from_bulk_insert:
        return [row.pk for row in model.objects.bulk_create([model(**row) for row in rows])]
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    defaults = {f.attname: f.get_default() for f in fields if f.has_default() or f.null}
    prepared = [not isinstance(f, _PLAIN_FIELDS) for f in fields]
    q = connection.ops.quote_name
    head = (  # identifiers only, quoted by the backend; every value is a parameter
        f"INSERT INTO {q(model._meta.db_table)} ({', '.join(q(f.column) for f in fields)}) VALUES "  # noqa: S608
    )
    one = "(" + ", ".join(["%s"] * len(fields)) + ")"
    size = max(1, connection.ops.bulk_batch_size(fields, rows))
    pks: list = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), size):
            batch = rows[start : start + size]
            params: list = []
            for row in batch:
                for f, prep in zip(fields, prepared, strict=True):
                    value = row[f.attname] if f.attname in row else defaults[f.attname]
                    params.append(f.get_db_prep_save(value, connection) if prep else value)
            cursor.execute(
                f"{head}{', '.join([one] * len(batch))} RETURNING {q(model._meta.pk.column)}", params
            )
            pks += [r[0] for r in cursor.fetchall()]
    return pks


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
        if not keys:
            return {}
        found = select_rows(PersonIdentity, f"{{key}} IN ({marks(keys)})", list(keys))
        if not found:  # (most archives: no curator merged anyone)
            return {}
        ids = [identity.person_id for identity in found]
        people = {p.pk: p for p in select_rows(Person, f"{{id}} IN ({marks(ids)})", ids)}
        return {keys[identity.key]: people[identity.person_id] for identity in found}

    return lookup


# The merges of a kind that make the merged record's name (under its parent, for a place) a name of the
# survivor: a curator's, or resolve_entities' when a curated record takes in the one its articles name
# (`upgrade.KEPT_REASON`); parameters: the kind, EntityMerge.Action.MERGE, UPGRADE_REASON.
_HELD_MERGE = "{kind} = %s AND {action} = %s AND NOT ({reason} = %s)"


def _held_merges(kind: str, where: str, params: list, order: str) -> list:
    """The merges of `kind` that hold for later articles (_HELD_MERGE) and match `where`."""
    merge = EntityMerge.Action.MERGE
    return select_rows(
        EntityMerge, f"{_HELD_MERGE} AND {where}", [kind, merge, UPGRADE_REASON, *params], order=order
    )


def merged_organizations(names: list[str]) -> dict[str, Organization]:
    """name → the organisation a merge joined the record of that name to (following later merges), for
    names no record bears: a curator's merge holds for later articles."""
    wanted = sorted({n[:200] for n in names})
    if not wanted:
        return {}
    where = f"{{source_name}} IN ({marks(wanted)})"
    rows = _held_merges(EntityMerge.Kind.ORGANIZATION, where, wanted, order="{at}, {id}")
    out: dict[str, Organization] = {}
    for row in rows:
        found = resolve_merged(Organization, row.source_id)
        if found is not None:
            out[row.source_name] = found
    return {n: out[n[:200]] for n in names if n[:200] in out}


def place_merges_exist() -> bool:
    """Whether any merge of places holds for later articles (most archives have none: no lookup then)."""
    kind, merge = EntityMerge.Kind.PLACE, EntityMerge.Action.MERGE
    return row_exists(EntityMerge, _HELD_MERGE, [kind, merge, UPGRADE_REASON])


def merged_place(name: str, parent_pk: int | None, merges_exist: bool | None = None) -> Place | None:
    """The place a merge joined the place without a code of this name (either script) under this
    parent to: its deletion is in the history (name and parent as they were), the merge in EntityMerge."""
    if not (place_merges_exist() if merges_exist is None else merges_exist):
        return None
    gone = list(
        history_of(Place)
        .filter(history_type="-", code="", parent_id=parent_pk)
        .filter(Q(key=name_key(name)) | Q(name=name[:100]))
        .values_list("id", flat=True)
    )
    if not gone:
        return None
    rows = _held_merges(
        EntityMerge.Kind.PLACE, f"{{source_id}} IN ({marks(gone)})", gone, "{at} DESC, {id} DESC"
    )
    for row in rows:
        found = resolve_merged(Place, row.source_id)
        if found is not None:
            return found
    return None


def existing_places(codes: list[str], names: list[str]) -> list[Place]:
    """Coded places by code and local places by name in either script (`name_key`), in one query
    (`code <> ''` lets SQLite use the partial unique index place_code_unique)."""
    if not codes and not names:
        return []
    keys = sorted({name_key(n) for n in names})
    parts, params = [], []
    if codes:
        parts.append(f"({{code}} IN ({marks(codes)}) AND {{code}} <> '')")
        params += codes
    if keys:
        parts.append(f"({{code}} = '' AND {{key}} IN ({marks(keys)}))")
        params += keys
    return select_rows(Place, " OR ".join(parts), params)


def local_place_row(local: list[Place], name: str, parent_pk: int | None) -> Place | None:
    """The place without a code of this name under this parent, in either script (陽曲路居民區 is
    阳曲路居民区): the oldest of its key."""
    key = name_key(name)
    return min(
        (p for p in local if p.parent_id == parent_pk and p.key == key), key=lambda p: p.pk, default=None
    )


def create_places(rows: list[Place]) -> list[Place]:
    """Insert new places, getting their keys back; if another import created one meanwhile, the
    conflicting rows are skipped and the caller looks them up again."""
    try:
        with transaction.atomic():
            return Place.objects.bulk_create(rows)
    except IntegrityError:
        Place.objects.bulk_create(rows, ignore_conflicts=True)
        return []


def kept_row(doc, article) -> bool:
    """Whether a dataset row is one the article holds already, cell for cell: the same row again from a
    renamed or copied file (its capture names the file, so the bytes differ) is a silent duplicate."""
    from .formats.datasets import ROW_FORMATS, row_cells

    cells = row_cells(doc.raw) if doc.format in ROW_FORMATS else None
    if cells is None:
        return False
    for sha256 in article.captures.filter(format__in=ROW_FORMATS).values_list("sha256", flat=True):
        try:
            if row_cells(original_path(sha256).read_bytes()) == cells:
                return True
        except OSError:  # a lost original: check_archive names it
            continue
    return False
