"""Re-resolve the stored entities of an archive made before places had division codes (issue 12):
`entities_resolve()` is what `manage.py resolve_entities` runs.

Every article's stored mentions (their written text, not a new extraction) are resolved again
(`archive.ingest.resolve`): places move to their division records (上海 and 上海市 → one 上海市),
relative organisations to the body of the article's city or district (市委组织部 → 天门市委组织部 and
永州市委组织部), people to name + the article's region. A name is one whatever its script (`name_key`):
twins an import before that made (靜安區 beside 静安区, 天門市人民醫院 beside 天门市人民医院, 鄭曉嵐 beside
郑晓岚 in one region) become one record, the other written form an alias — unless a curator kept
the two apart or split one from the other. Nothing curated is lost:
- a record whose mentions all go to one new record is merged into it with the curators' own merge
  (`curation.merge`): its mentions keep their status, its name and aliases become aliases, its note
  is kept, and its old address redirects (an `EntityMerge` row says why) — unless it is curated (a
  note, aliases, confirmed mentions, a curator's merge or split made it) and the other is not: then
  the curated record stays and takes the other in (`KEPT_REASON`), its name and jurisdiction too, so
  a later article naming that name finds it (`ingest.rows.merged_organizations`, `merged_place`);
- a record a curator kept apart from another, or split from it, never goes back into it;
- a record a curator merged others into is never divided (listed for review instead), and a place
  name merged into it is read as the kind it was (`_merged_kinds`); a person's region a curator set
  (`_regions_curated`, by its history) is never changed; a record is saved only when a field changes;
- a record whose mentions go to several records (one 市委组织部 for two cities) keeps its curated
  content and is marked `needs_review`; its mentions move (recorded as splits); a person a curator
  has merged, noted, aliased or confirmed is never split: it keeps one record, its region becomes
  what its articles share (its region stays when they share none), and it is marked for review;
- written forms no article context decides (城关镇 alone) stay where they are and are listed.
Runs in one transaction; `dry_run` rolls it back after reporting.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count, Q

from archive import curation
from archive.indexing import schedule
from archive.ingest.extract import Entity, Extraction
from archive.ingest.extract import Occurrence as Span
from archive.ingest.gazetteer import candidates
from archive.ingest.resolve import resolve
from archive.ingest.rows import ALIAS_REASON, IMPORT_REASON, history_of, merged_organizations
from archive.ingest.rows import UPGRADE_REASON as REASON
from archive.ingest.store import _set_region, ensure_places, region_of
from archive.merge_rows import resolve_merged
from archive.models import Article, EntityMerge, Mention, Organization, Person, Place, name_key

KEPT_REASON = "resolve_entities: a curated record takes in the record its articles name"


@dataclass
class UpgradeReport:
    articles: int = 0
    merged: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    moved: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    review: list[str] = field(default_factory=list)  # what a curator should look at, one line each


def _extraction(mentions: list[Mention], kinds: dict[tuple[int, str], str]) -> Extraction:
    """The article's stored mentions as an extraction; a place's kind is its record's, or the kind of
    the place a merge joined to that record under this written name (`_merged_kinds`)."""
    places: dict[str, Entity] = {}
    orgs: dict[str, Entity] = {}
    for m in sorted(mentions, key=lambda m: not m.in_title):
        if m.status == Mention.Status.REJECTED and not m.organization_id:
            continue  # a rejected place must not decide the region; a rejected body goes with its article
        # the headline is read before the body (as store.py resolves it): its offsets come first
        span = Span(m.start - 10_000, m.end - 10_000) if m.in_title else Span(m.start, m.end)
        if m.place_id:
            kind = kinds.get((m.place_id, name_key(m.text)), m.place.kind)
            places.setdefault(m.text, Entity(m.text, kind)).mentions.append(span)
        elif m.organization_id:
            orgs.setdefault(m.text, Entity(m.text, m.organization.kind)).mentions.append(span)
    return Extraction([], list(orgs.values()), list(places.values()))


def _merged_kinds() -> dict[tuple[int, str], str]:
    """(record pk, name key) → the kind of a place merged into that record under that name: a
    community a curator merged into its street is still read as the community its articles wrote
    (not as a street of that name), so it resolves where it did and to the record it was merged into."""
    rows = EntityMerge.objects.filter(kind=EntityMerge.Kind.PLACE, action=EntityMerge.Action.MERGE)
    sources = list(rows.values_list("source_id", "source_name", "target_id"))
    gone = history_of(Place).filter(history_type="-", id__in=[s for s, _, _ in sources])
    kinds = dict(gone.values_list("id", "kind"))
    found = {}
    for source, name, target in sources:
        record = resolve_merged(Place, target)
        if source in kinds and record is not None:
            found[(record.pk, name_key(name))] = kinds[source]
    return found


def _merged_into_by_curator(model, record) -> bool:
    """Whether a curator merged another record into this one (not this command)."""
    return (
        EntityMerge.objects.filter(
            kind=curation.KIND[model], target_id=record.pk, action=EntityMerge.Action.MERGE
        )
        .exclude(reason__in=(REASON, KEPT_REASON))
        .exists()
    )


def _is_curated(model, record) -> bool:
    field_name = curation.FIELD[model]
    decisions = EntityMerge.objects.filter(kind=curation.KIND[model], target_id=record.pk)
    return bool(
        getattr(record, "note", "")
        or record.aliases
        or decisions.filter(action=EntityMerge.Action.MERGE).exists()
        or decisions.filter(action=EntityMerge.Action.SPLIT).exclude(reason=REASON).exists()
        or Mention.objects.filter(**{field_name: record}, status=Mention.Status.CONFIRMED).exists()
    )


def _saved(record, *fields: str, reason: str = REASON):
    """Save `fields` of `record` (all of a new one) with a history record that says why."""
    record._change_reason = reason
    record.save(update_fields=fields or None)
    return record


def _update(record, reason: str = REASON, **values):
    """Set `values` on `record` and save the fields that changed, with a history record that says why
    (none when nothing changed: a second run writes no history)."""
    changed = [name for name, value in values.items() if getattr(record, name) != value]
    for name in changed:
        setattr(record, name, values[name])
    return _saved(record, *changed, reason=reason) if changed else record


def _split_off(model, pks: list[int], record, target) -> int:
    """Move the mentions `pks` of `record` to `target`, recorded as a split; returns how many moved."""
    return curation.move_mentions(
        model,
        pks,
        record,
        target,
        action=EntityMerge.Action.SPLIT,
        reason=REASON,
        history=f"moved from #{record.pk}: {REASON}",
    )


def _move(model, record, plan: dict[int, list[int]], report: UpgradeReport, label: str) -> None:
    """`plan`: target pk → mention pks of `record` that belong there."""
    # a target taken in by a curated record earlier in this run lives on that record now
    plan = {(resolve_merged(model, pk) or record).pk: pks for pk, pks in plan.items()}
    targets = [pk for pk in plan if pk != record.pk]
    if not targets:
        return
    if len(plan) == 1:
        target = model.objects.get(pk=targets[0])
        if _takes_in(model, record, target):
            if getattr(target, "jurisdiction_id", None) and not record.jurisdiction_id:
                record.jurisdiction_id = target.jurisdiction_id
                _saved(record, "jurisdiction")
            report.moved[label] += curation.merge(model, record, [target], reason=KEPT_REASON)
        else:
            report.moved[label] += curation.merge(model, target, [record], reason=REASON)
        report.merged[label] += 1
        return
    names = "、".join(str(model.objects.get(pk=pk)) for pk in targets)
    if _merged_into_by_curator(model, record):  # a curator's merge holds: it is listed, not divided
        _update(record, needs_review=True)
        report.review.append(
            f"{label} #{record.pk} {record}: a curator merged records into it; kept as one, "
            f"though its articles name {names}"
        )
        return
    for target_pk in targets:
        report.moved[label] += _split_off(model, plan[target_pk], record, model.objects.get(pk=target_pk))
    _update(record, needs_review=True)
    report.review.append(f"{label} #{record.pk} {record}: its mentions were divided among {names}")


def _takes_in(model, record, target) -> bool:
    """Whether the curated `record` stays and takes in the uncurated `target` its mentions resolve to
    (a division with a code always stays: it is the place)."""
    if model is Place and target.code:
        return False
    return _is_curated(model, record) and not _is_curated(model, target)


def _common_region(places: list[Place]) -> Place | None:
    chains = [p.chain for p in places]
    common = None
    for level in zip(*chains, strict=False):
        if any(p.pk != level[0].pk for p in level):
            break
        common = level[0]
    return common


def _machine_made(reason: str | None) -> bool:
    """A history record an import or this command wrote."""
    return not reason or reason in (IMPORT_REASON, ALIAS_REASON) or reason.endswith((REASON, KEPT_REASON))


def _regions_curated(pks: list[int]) -> set[int]:
    """The people among `pks` whose region a curator set (either field): a change of it in their history
    not made by an import or this command, read in one query for the whole run. (The place record alone
    also changes without a history record, when places are merged or an import places a person: it
    counts where the curator's record names it.)"""
    rows = history_of(Person).filter(id__in=pks).order_by("id", "history_date", "history_id")
    found: set[int] = set()
    last, before = None, ("", None)
    for pk, region, place, reason in rows.values_list(
        "id", "region", "region_place_id", "history_change_reason"
    ).iterator(chunk_size=2000):
        if pk != last:
            last, before = pk, ("", None)
        if not _machine_made(reason) and (
            region != before[0] or (place != before[1] and "region_place" in reason)
        ):
            found.add(pk)
        before = (region, place)
    return found


def _people(plan: dict[int, dict[int | None, list[int]]], report: UpgradeReport) -> None:
    apart = _decided_apart(EntityMerge.Kind.PERSON)
    regions = Place.objects.in_bulk([pk for targets in plan.values() for pk in targets if pk])
    curated_regions = _regions_curated(list(plan))
    for person in Person.objects.filter(pk__in=list(plan)):
        targets = plan[person.pk]
        if person.pk in curated_regions:  # a curator's region stays, and the person stays one record
            named = [regions[pk] for pk in targets if pk and pk != person.region_place_id]
            if named:
                report.review.append(
                    f"person #{person.pk} {person}: its region was set by a curator and is kept, though "
                    f"articles name it in {'、'.join(p.label for p in named)}"
                )
            continue
        if len(targets) > 1 and _is_curated(Person, person):
            common = _common_region([regions[pk] for pk in targets if pk])
            if common is None and person.region:  # a curated region is never cleared: it stays
                _update(person, needs_review=True)
                report.review.append(
                    f"person #{person.pk} {person}: curated, named in articles of regions that share "
                    "none; its region is kept"
                )
                continue
            _person_region(person, common, report, review=True, apart=apart)
            continue
        ordered = sorted(targets, key=lambda pk: (-len(targets[pk]), pk or 0))
        for region_pk in ordered[1:]:  # an uncurated name in several regions is several people
            region = regions.get(region_pk)
            label = region.label[:100] if region else ""
            in_region = Person.objects.filter(region=label)
            other = (
                _twin(in_region, person, apart)
                or in_region.filter(name=person.name).first()
                or _saved(Person(name=person.name, region=label, region_place=region))
            )
            if other.region_place_id is None and region is not None:
                _update(other, region_place_id=region.pk)
            report.moved["person"] += _split_off(Person, targets[region_pk], person, other)
            if person.name not in (other.name, *other.aliases):  # the twin's other written form
                _update(other, aliases=[*other.aliases, person.name])
        _person_region(person, regions.get(ordered[0]), report, review=False, apart=apart)


def _person_region(
    person: Person, region: Place | None, report: UpgradeReport, *, review: bool, apart: set
) -> None:
    label = region.label[:100] if region else ""
    same = _twin(Person.objects.filter(region=label), person, apart)
    if same is not None:
        if _is_curated(Person, person) and not _is_curated(Person, same):
            same, person = person, same  # the record a curator kept stays (it takes the other in)
        report.moved["person"] += curation.merge(Person, same, [person], reason=REASON)
        report.merged["person"] += 1
        person = same
    former = person.region
    _update(
        person,
        region=label,
        region_place_id=region.pk if region else None,
        needs_review=person.needs_review or review,
    )
    if review:  # a curated record: a later article naming it by its former region is still its
        person.remember(person.name, former)
    if review:
        report.review.append(
            f"person #{person.pk} {person}: curated, named in articles of several regions; kept as one"
        )


def _decided_apart(kind: str) -> set[frozenset[int]]:
    """The pairs a curator kept apart or split one from the other (not the splits this command made:
    those divide a name among regions, and its twins in those regions are still one with it)."""
    rows = EntityMerge.objects.filter(
        kind=kind, action__in=(EntityMerge.Action.APART, EntityMerge.Action.SPLIT)
    ).exclude(reason=REASON)
    return {frozenset(pair) for pair in rows.values_list("source_id", "target_id")}


def _twin(records, record, apart: set):
    """The record of `records` that `record` is one with: the same name, else the oldest of the same
    name in another script (鄭曉嵐 and 郑晓岚) that no curator kept apart from it or split from it."""
    others = records.filter(key=name_key(record.name)).exclude(pk=record.pk).order_by("pk")
    same = [o for o in others if frozenset((o.pk, record.pk)) not in apart]
    return next((o for o in same if o.name == record.name), None) or next(iter(same), None)


def _script_twins() -> bool:
    """Records an import made before names were one in either script: two people of one name key in
    one region, two organisations of one key, a place written in traditional script that names a
    division but has no code (靜安區), two unplaced places or two of one parent with one key."""
    if Person.objects.values("key", "region").annotate(n=Count("pk")).filter(n__gt=1).exists():
        return True
    if Organization.objects.values("key").annotate(n=Count("pk")).filter(n__gt=1).exists():
        return True
    local = Place.objects.filter(code="")
    if local.values("key", "parent").annotate(n=Count("pk")).filter(n__gt=1).exists():
        return True
    divisions = local.exclude(kind__in=("community", "compound")).values_list("name", "key")
    return any(name != key and len(candidates(name)) == 1 for name, key in divisions)


def upgrade_needed() -> bool:
    """An archive imported before resolution (articles with a region name but no region record), or
    before names were one in either script (`_script_twins`)."""
    return Article.objects.exclude(region="").filter(region_place__isnull=True).exists() or _script_twins()


def entities_resolve(*, dry_run: bool = False) -> UpgradeReport:
    """Re-resolve every stored place, organisation and person (see the module docstring)."""
    report = UpgradeReport()
    with transaction.atomic():
        place_plan: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        org_plan: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        person_plan: dict[int, dict[int | None, list[int]]] = defaultdict(lambda: defaultdict(list))
        org_apart = _decided_apart(EntityMerge.Kind.ORGANIZATION)
        kinds = _merged_kinds()
        for article in Article.objects.order_by("pk").iterator(chunk_size=200):
            report.articles += 1
            mentions = list(article.mentions.select_related("place", "organization"))
            resolution = resolve(_extraction(mentions, kinds))
            rows = ensure_places(list(resolution.places.values()), reason=REASON)
            region, label = region_of(resolution, rows)
            _set_region(article, region, label)
            for form in resolution.ambiguous:
                report.review.append(f"article #{article.pk}: no place in the article decides “{form}”")
            for m in mentions:
                if m.place_id and m.text in resolution.places:
                    place_plan[m.place_id][rows[resolution.places[m.text].key].pk].append(m.pk)
                elif m.organization_id and m.text in resolution.organizations:
                    found = resolution.organizations[m.text]
                    jurisdiction = rows.get(found.jurisdiction.key) if found.jurisdiction else None
                    target = _organization(m.organization, found.name, jurisdiction, org_apart)
                    org_plan[m.organization_id][target.pk].append(m.pk)
                elif m.person_id:
                    person_plan[m.person_id][region.pk if region else None].append(m.pk)
        for model, plan, label in ((Place, place_plan, "place"), (Organization, org_plan, "organisation")):
            for record in model.objects.filter(pk__in=list(plan)):
                _move(model, record, plan[record.pk], report, label)
        _people(person_plan, report)
        schedule(Article.objects.values_list("pk", flat=True))
        if dry_run:
            transaction.set_rollback(True)
    return report


def _organization(current: Organization, name: str, jurisdiction: Place | None, apart: set) -> Organization:
    """The record `name` denotes: the oldest of its name key (in either script), the current one when
    none is older, the one a merge joined that name to, else one made for it — never one a curator
    kept apart from the current record or split from it (the current one stays then)."""
    key = name_key(name)
    if current.key == key:
        twin = _twin(Organization.objects.filter(pk__lt=current.pk), current, apart)
        target = twin or current
    else:
        named = Organization.objects.filter(Q(name=name[:200]) | Q(key=key)).order_by("pk")
        found = sorted(named, key=lambda o: o.name != name[:200]) or list(
            merged_organizations([name]).values()
        )
        allowed = [o for o in found if frozenset((o.pk, current.pk)) not in apart]
        if found and not allowed:
            target = current
        else:
            target = next(iter(allowed), None) or _saved(Organization(name=name[:200], kind=current.kind))
    if jurisdiction is not None and target.jurisdiction_id is None:
        target.jurisdiction = jurisdiction
        _saved(target, "jurisdiction")
    return target
