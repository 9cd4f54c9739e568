"""Outlets and sites: one record however the name is written. A page in traditional script credits
人民網, another 人民网, a third ＣＣＴＶ: each names the record whose `key` (models.source_key) its
name has — the first form imported stays the record's name. Records made before keys existed, or
by hand, are merged here (by a curator in the admin, or by `resolve_entities` for every pair that
shares a key), with a history record for each article moved and an EntityMerge row for each merge."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from simple_history.utils import update_change_reason

from archive.indexing import schedule
from archive.ingest.rows import contains, select_rows
from archive.merge_rows import decision_row
from archive.models import Article, EntityMerge, Outlet, Site, source_key

FIELD = {Outlet: "outlet", Site: "site"}


def named(model, name: str, *, reason: str):
    """The outlet or site printed as `name`: the oldest record whose name is written the same way
    (in either script), else a new one (its history saying `reason`)."""
    key = source_key(name)
    like, pattern = contains(model, f"|{key}|")
    found = select_rows(model, f"{{key}} = %s OR {{alias_keys}} {like}", [key, pattern], limit=1)
    if found:
        return found[0]
    try:
        with transaction.atomic():
            record, created = model.objects.get_or_create(name=name)
    except IntegrityError:  # another import created it between the lookup and the insert
        return model.objects.get(name=name)
    if created:
        update_change_reason(record, reason)
    return record


def survivor_of(records):
    """Which of `records` a merge keeps: the one most articles cite, the oldest of equals."""
    field_name = FIELD[type(records[0])]
    cited = Article.objects.filter(**{f"{field_name}__in": records}).values_list(field_name)
    counts = dict(cited.annotate(n=Count("pk")))
    return min(records, key=lambda r: (-counts.get(r.pk, 0), r.pk))


def merge_sources(model, survivor, others, *, user=None, reason: str = "") -> int:
    """Point every article of `others` at `survivor` (each re-dated, so OAI harvesters fetch its new
    publisher), keep their names as the survivor's aliases (a later page printing one names the
    survivor), delete them, and record it: each moved article's history, one EntityMerge row per
    record. Returns the number of articles moved."""
    others = [o for o in others if o.pk != survivor.pk]
    field_name = FIELD[model]
    moved_total = 0
    with transaction.atomic():
        survivor = model.objects.select_for_update().get(pk=survivor.pk)
        if model.objects.filter(pk__in=[o.pk for o in others]).count() < len(others):
            raise model.DoesNotExist("a record to merge was merged or deleted meanwhile")
        aliases = list(survivor.aliases or [])
        merged_ids = ", ".join(f"#{o.pk}" for o in others)  # before delete() sets each pk to None
        for other in others:
            pks = list(Article.objects.filter(**{field_name: other}).values_list("pk", flat=True))
            moved = Article.objects.filter(pk__in=pks).update(
                **{field_name: survivor, "updated_at": timezone.now()}
            )
            Article.history.bulk_history_create(
                list(Article.objects.filter(pk__in=pks)),
                update=True,
                default_user=user,
                default_change_reason=f"moved from #{other.pk} by a merge: {reason}"[:100],
            )
            merge = EntityMerge.Action.MERGE
            decision_row(model, merge, other, survivor, reason=reason, user=user, moved=moved).save()
            for name in [other.name, *(other.aliases or [])]:
                if name != survivor.name and name not in aliases:
                    aliases.append(name)
            other._change_reason = f"merged into #{survivor.pk}: {reason}"[:100]
            if user is not None:
                other._history_user = user
            other.delete()
            moved_total += moved
            schedule(pks)
        survivor.aliases = aliases
        survivor._change_reason = f"merged {merged_ids}: {reason}"[:100]
        if user is not None:
            survivor._history_user = user
        survivor.save()  # its articles are indexed again with the names it now answers to
    return moved_total


def same_key_groups(model) -> list[list]:
    """Records of `model` whose names are one name written differently, oldest first in each."""
    groups: dict[str, list] = {}
    for record in model.objects.order_by("pk"):
        groups.setdefault(record.key or source_key(record.name), []).append(record)
    return [g for g in groups.values() if len(g) > 1]


def merge_written_forms(*, reason: str, dry_run: bool = False) -> list[str]:
    """Merge every group of outlets (and sites) that share a key; one line per merge made."""
    lines = []
    for model in (Outlet, Site):
        for group in same_key_groups(model):
            survivor = survivor_of(group)
            others = [r for r in group if r.pk != survivor.pk]
            names = "、".join(r.name for r in others)
            lines.append(f"{model.__name__.lower()} {survivor.name} (#{survivor.pk}) takes in {names}")
            if not dry_run:
                merge_sources(model, survivor, others, reason=reason)
    return lines
