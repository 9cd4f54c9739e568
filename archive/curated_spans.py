"""A curator's merges and splits survive *Re-run extraction*.

Re-extraction replaces an article's unreviewed mentions with what extraction finds now, and each
name goes to the record its written form and region resolve to. A name a curator moved — merged into
another record (陈晓东 of 长沙 into 陈晓东 of 上海) or split out to a record of its own — would go back
to a new record of the merged-away identity, or to the record it was split from. So before
re-extraction the spans whose record a curator made (a merge's survivor, a split's new record) are
noted, and afterwards a mention found at the same span goes to that record again; a record the
re-extraction created only to be left without mentions is removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Max

from archive.models import Article, EntityMerge, Mention, Organization, Person, Place

_KINDS = (
    ("person", Person, EntityMerge.Kind.PERSON),
    ("organization", Organization, EntityMerge.Kind.ORGANIZATION),
    ("place", Place, EntityMerge.Kind.PLACE),
)


@dataclass
class Snapshot:
    spans: dict[tuple[str, bool, int, int], int] = field(
        default_factory=dict
    )  # (kind, in_title, start, end) → record
    newest: dict[str, int] = field(default_factory=dict)  # kind → the largest key before re-extraction


def snapshot(article) -> Snapshot:
    """The spans of `article` whose (unreviewed) mention is on a record a curator merged into or split
    out, and each kind's largest key."""
    out = Snapshot()
    for name, model, kind in _KINDS:
        out.newest[name] = model.objects.aggregate(m=Max("pk"))["m"] or 0
        mentions = Mention.objects.filter(
            article=article, status=Mention.Status.EXTRACTED, **{f"{name}__isnull": False}
        ).values_list("in_title", "start", "end", f"{name}_id")
        rows = list(mentions)
        if not rows:
            continue
        curated = set(
            EntityMerge.objects.filter(
                kind=kind,
                action__in=(EntityMerge.Action.MERGE, EntityMerge.Action.SPLIT),
                target_id__in={pk for *_span, pk in rows},
            ).values_list("target_id", flat=True)
        )
        for in_title, start, end, pk in rows:
            if pk in curated:
                out.spans[(name, in_title, start, end)] = pk
    return out


def restore(article, before: Snapshot) -> int:
    """Put each re-extracted mention at a noted span back on the curator's record (if it still
    exists), and remove the records created since `before` that are left without mentions (a new
    place the re-extraction also made a region, a parent or a jurisdiction hands those over to the
    curator's record first). Returns how many mentions went back."""
    moved = 0
    for name, model, _kind in _KINDS:
        wanted = {span[1:]: pk for span, pk in before.spans.items() if span[0] == name}
        replaced: dict[int, int] = {}  # a record re-extraction created → the curator's record
        if wanted:
            alive = set(model.objects.filter(pk__in=set(wanted.values())).values_list("pk", flat=True))
            found = Mention.objects.filter(
                article=article, status=Mention.Status.EXTRACTED, **{f"{name}__isnull": False}
            ).values_list("pk", "in_title", "start", "end", f"{name}_id")
            for pk, in_title, start, end, current in found:
                target = wanted.get((in_title, start, end))
                if target in alive and target != current:
                    Mention.objects.filter(pk=pk).update(**{f"{name}_id": target})
                    replaced.setdefault(current, target)
                    moved += 1
        orphans = model.objects.filter(pk__gt=before.newest[name], mentions__isnull=True)
        if name == "place":
            for new, target in replaced.items():
                if new > before.newest[name]:
                    hand_over_place(new, target)
            # a new place that places, people, bodies or articles still refer to is no orphan
            orphans = orphans.filter(
                children__isnull=True,
                people__isnull=True,
                organizations__isnull=True,
                regional_articles__isnull=True,
            )
        for orphan in orphans:
            orphan.delete()
    return moved


def hand_over_place(new: int, target: int) -> None:
    """What refers to place `new` (one re-extraction recreated, or one merged away) refers to `target`
    instead: articles' and people's regions, bodies' jurisdictions, and the places lying in it."""
    Article.objects.filter(region_place_id=new).update(region_place_id=target)
    Person.objects.filter(region_place_id=new).update(region_place_id=target)
    Organization.objects.filter(jurisdiction_id=new).update(jurisdiction_id=target)
    Place.objects.filter(parent_id=new).exclude(pk=target).update(parent_id=target)
