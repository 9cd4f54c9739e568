"""What curators do, as functions the admin (and tests) call: merge and split people, organisations
and places; confirm, reject and add mentions; re-run extraction; reindex. Each runs in one
transaction, leaves a history record (django-simple-history) naming the user and the reason, and
reaches the search index when it commits."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from archive import curated_spans
from archive.indexing import schedule
from archive.ingest.extract import extract, extract_headline
from archive.ingest.store import place_in_article, sentence_at, store_mentions
from archive.merge_rows import KIND, decision_row, resolve_merged
from archive.models import Article, EntityMerge, Mention, Organization, Person, PersonIdentity, Place

FIELD = {Person: "person", Organization: "organization", Place: "place"}
MODEL = {"person": Person, "organization": Organization, "place": Place}


class CurationError(ValueError):
    """A curation request that cannot be carried out as asked (the message says why)."""


def _history_reason(obj, user, reason: str) -> None:
    obj._change_reason = reason[:100] if reason else ""
    if user is not None:
        obj._history_user = user


def _mentions_history(pks, user, reason: str) -> None:
    """History records for mentions changed in bulk (a queryset update sends no signals)."""
    Mention.history.bulk_history_create(
        list(Mention.objects.filter(pk__in=pks)),
        update=True,
        default_user=user,
        default_change_reason=reason[:100],
    )


def move_mentions(
    model, pks: list[int], source, target, *, action: str, reason: str, history: str, user=None
) -> int:
    """Move the mentions `pks` (of `source`) onto `target` and record it: each mention's history
    (`history` as the reason) and one EntityMerge row (`action`, source → target, how many moved).
    Returns how many moved. Used by merge, split and the entity upgrade (archive/upgrade.py)."""
    moved = Mention.objects.filter(pk__in=pks).update(**{FIELD[model]: target})
    _mentions_history(pks, user, history)
    decision_row(model, action, source, target, reason=reason, user=user, moved=moved).save()
    return moved


def _affected_articles(model, ids) -> list[int]:
    return list(
        Mention.objects.filter(**{f"{FIELD[model]}_id__in": ids})
        .order_by()  # else Mention's ordering joins the DISTINCT (an id per mention)
        .values_list("article_id", flat=True)
        .distinct()
    )


@dataclass
class MergePreview:
    """Side by side: each record with its aliases, mention and article counts (all, and published),
    and sample sentences."""

    rows: list[dict]

    @property
    def unpublished_only(self) -> list:
        """Records mentioned only in drafts or hidden articles: merged into a published record, their
        names become its public aliases, so the preview warns the curator."""
        return [row["record"] for row in self.rows if row["unpublished_only"]]


def merge_preview(model, records) -> MergePreview:
    field_name = FIELD[model]
    counts = {
        r[field_name]: r
        for r in Mention.objects.filter(**{f"{field_name}__in": records})
        .values(field_name)
        .annotate(mentions=Count("id"), articles=Count("article", distinct=True))
    }
    public = dict(
        Mention.objects.filter(**{f"{field_name}__in": records}, article__status=Article.Status.PUBLISHED)
        .exclude(status=Mention.Status.REJECTED)
        .values(field_name)
        .annotate(articles=Count("article", distinct=True))
        .values_list(field_name, "articles")
    )
    rows = []
    for record in records:
        sample = list(
            Mention.objects.filter(**{field_name: record})
            .with_articles()
            .order_by("-article__published_at")[:3]
        )
        rows.append(
            {
                "record": record,
                "mentions": counts.get(record.pk, {}).get("mentions", 0),
                "articles": counts.get(record.pk, {}).get("articles", 0),
                "public_articles": public.get(record.pk, 0),
                "unpublished_only": counts.get(record.pk, {}).get("articles", 0) > 0
                and not public.get(record.pk),
                "sample": sample,
            }
        )
    return MergePreview(rows)


def _take_place_of(survivor: Place, other: Place) -> None:
    """Before `other` is deleted by a merge: what lies in it lies in `survivor`, what names it as a
    region or jurisdiction names `survivor`, and an unplaced survivor (or one lying in `other`)
    lies where `other` did (never inside itself)."""
    if survivor.parent_id == other.pk or survivor.parent_id is None:
        above = other.parent
        if above is None or survivor not in above.chain:
            survivor.parent = above
    curated_spans.hand_over_place(other.pk, survivor.pk)


GONE = "a selected record was merged or deleted meanwhile (by another curator?): nothing was merged"


def merge(model, survivor, others, *, user=None, reason: str = "") -> int:
    """Move every mention, alias and note of `others` onto `survivor`, delete them, record the merge.
    Returns the number of mentions moved."""
    others = [o for o in others if o.pk != survivor.pk]
    if not others:
        raise CurationError("choose at least two different records to merge")
    if any(type(o) is not model for o in [survivor, *others]):
        raise CurationError("only records of one kind can be merged")
    field_name = FIELD[model]
    with transaction.atomic():
        try:
            survivor = model.objects.select_for_update().get(pk=survivor.pk)
        except model.DoesNotExist:
            raise CurationError(GONE) from None
        if model.objects.filter(pk__in=[o.pk for o in others]).count() < len(others):
            raise CurationError(GONE)
        affected = _affected_articles(model, [o.pk for o in others])
        moved_total = 0
        aliases = list(survivor.aliases or [])
        notes = [survivor.note] if getattr(survivor, "note", "") else []
        merged_ids = ", ".join(f"#{o.pk}" for o in others)  # before delete() sets each pk to None
        for other in others:
            moving = list(Mention.objects.filter(**{field_name: other}).values_list("pk", flat=True))
            moved_total += move_mentions(
                model,
                moving,
                other,
                survivor,
                action=EntityMerge.Action.MERGE,
                reason=reason,
                history=f"moved from #{other.pk} by a merge: {reason}",
                user=user,
            )
            for name in [other.name, *(other.aliases or [])]:
                if name != survivor.name and name not in aliases:
                    aliases.append(name)
            if getattr(other, "note", ""):
                notes.append(other.note)
            # Earlier merges into the record merged away lead on to the survivor (resolve_merged).
            if model is Place:
                _take_place_of(survivor, other)
            if model is Person:  # a later article naming the other's name + region is the survivor's
                PersonIdentity.objects.filter(person=other).update(person=survivor)
                survivor.remember(other.name, other.region)
            _history_reason(other, user, f"merged into #{survivor.pk}: {reason}")
            other.delete()
        survivor.aliases = aliases
        if hasattr(survivor, "note"):
            survivor.note = "\n\n".join(n for n in notes if n)
        _history_reason(survivor, user, f"merged {merged_ids}: {reason}")
        survivor.save()
        schedule(affected)
    return moved_total


def split(
    model,
    record,
    mention_ids,
    *,
    name: str,
    region: str | None = None,
    kind: str | None = None,
    user=None,
    reason: str = "",
):
    """Move the chosen mentions of `record` to a new record called `name`; returns the new record."""
    field_name = FIELD[model]
    name = (name or "").strip()
    if not name:
        raise CurationError("the new record needs a name")
    with transaction.atomic():
        chosen = Mention.objects.filter(pk__in=mention_ids, **{field_name: record})
        if chosen.count() != len(set(mention_ids)) or not mention_ids:
            raise CurationError("choose one or more mentions of this record to move")
        if chosen.count() == Mention.objects.filter(**{field_name: record}).count():
            raise CurationError("leave at least one mention on the original record (or rename it instead)")
        values = {"name": name}
        if model is Person:
            values["region"] = record.region if region is None else region.strip()
            same_region = values["region"] == record.region
            if model.objects.filter(**values).exists():
                raise CurationError(
                    f"a person called {name} in region “{values['region']}” already exists; "
                    "give the new record another region (or merge instead)"
                )
        else:
            if model.objects.filter(name=name).exists():
                raise CurationError(f"“{name}” already exists; merge into it instead")
            values["kind"] = kind or record.kind
        if model is Person and same_region:
            values["region_place"] = record.region_place
        elif model is Place:
            values["parent"] = record.parent  # a split place lies where the original did
        new = model(**values)
        _history_reason(new, user, f"split from #{record.pk}: {reason}")
        new.save()
        if model is Person:  # the name + region split out is the new record's, no longer the original's
            PersonIdentity.objects.filter(
                person=record, key=Person.identity_key(new.name, new.region)
            ).delete()
        affected = list(chosen.order_by().values_list("article_id", flat=True).distinct())
        move_mentions(
            model,
            list(chosen.values_list("pk", flat=True)),
            record,
            new,
            action=EntityMerge.Action.SPLIT,
            reason=reason,
            history=f"moved to #{new.pk} by a split: {reason}",
            user=user,
        )
        if _hand_over_the_name(model, record, new, user):  # the original's articles lose the alias
            affected += list(
                Mention.objects.filter(**{field_name: record})
                .order_by()
                .values_list("article_id", flat=True)
                .distinct()
            )
        schedule(affected)
    return new


def _hand_over_the_name(model, record, new, user) -> bool:
    """A split that takes a name the original has as an alias (a record merged in earlier, split out
    again) takes the alias and the merged record's old address too, unless the original still has a
    mention written so."""
    if new.name not in (record.aliases or []):
        return False
    if Mention.objects.filter(**{FIELD[model]: record}, text=new.name).exists():
        return False
    record.aliases = [a for a in record.aliases if a != new.name]
    _history_reason(record, user, f"alias {new.name} went to #{new.pk} with its mentions")
    record.save(update_fields=["aliases"])
    merged = EntityMerge.objects.filter(
        kind=KIND[model], action=EntityMerge.Action.MERGE, source_name=str(new)[:200]
    ).values_list("source_id", "source_name")
    EntityMerge.objects.bulk_create(
        EntityMerge(
            kind=KIND[model],
            action=EntityMerge.Action.MOVED,
            source_id=pk,
            source_name=name,
            target_id=new.pk,
            target_name=str(new)[:200],
            reason=f"split from #{record.pk}",
            user=user,
        )
        for pk, name in dict(merged).items()
        if getattr(resolve_merged(model, pk), "pk", None) == record.pk
    )
    return True


@transaction.atomic
def keep_apart(model, records, *, user=None, reason: str = "") -> int:
    """Record that `records` are different (one EntityMerge row of action *apart* per pair not yet
    decided), so `selectors.likely_same` stops listing them together. Nothing else changes.
    Returns how many pairs were recorded."""
    records = sorted(records, key=lambda r: r.pk)
    if len(records) < 2:
        raise CurationError(_("Select at least two records."))
    from archive.selectors.likely_same import decided_apart

    decided = decided_apart(KIND[model])
    rows = [
        decision_row(model, EntityMerge.Action.APART, a, b, reason=reason, user=user)
        for i, a in enumerate(records)
        for b in records[i + 1 :]
        if frozenset((a.pk, b.pk)) not in decided
    ]
    EntityMerge.objects.bulk_create(rows)
    return len(rows)


def set_mention_status(mentions, status: str, *, user=None) -> int:
    """Confirm or reject mentions (each saved, so history and the index follow)."""
    n = 0
    with transaction.atomic():
        for m in mentions:
            if m.status != status:
                m.status = status
                _history_reason(m, user, f"{status} by a curator")
                m.save(update_fields=["status"])
                n += 1
    return n


def add_mention(
    article: Article, start: int, end: int, *, kind: str, name: str = "", role: str = "", user=None
) -> Mention:
    """A mention a curator marked in the text (it is confirmed: it feeds the extraction dictionary)."""
    body = article.body
    if not (0 <= start < end <= len(body)):
        raise CurationError("the selection is outside the article text")
    text = body[start:end]
    if "\n" in text or not text.strip() or text != text.strip():
        raise CurationError("select a name within one paragraph, without surrounding spaces")
    model = MODEL.get(kind)
    if model is None:
        raise CurationError("choose person, organisation or place")
    name = (name or text).strip()
    with transaction.atomic():
        if Mention.objects.filter(article=article, in_title=False, start=start, end=end).exists():
            raise CurationError("this text is already a mention; confirm it instead")
        if model is Person:
            entity = Person.objects.get_or_create(
                name=name[:50], region=article.region, defaults={"region_place": article.region_place}
            )[0]
        elif model is Place:
            entity = place_in_article(article, name[:100], start, end)
        else:
            entity = model.objects.get_or_create(name=name[: 200 if model is Organization else 100])[0]
        mention = Mention(
            article=article,
            start=start,
            end=end,
            text=text,
            sentence=sentence_at(body, start, end),
            role=role[:300],
            status=Mention.Status.CONFIRMED,
            **{FIELD[model]: entity},
        )
        _history_reason(mention, user, "added by a curator")
        mention.save()
    return mention


def reextract(articles, *, user=None) -> int:
    """Run extraction again on these articles with the curated dictionary; curated mentions stay as
    they are, rejected names are not extracted again, and a name a curator merged or split stays on
    the record the curator gave it (archive.curated_spans)."""
    from archive.services import lexicon_from_db

    lexicon = lexicon_from_db()
    n = 0
    for article in articles:
        with transaction.atomic():
            extraction = extract(article.body, lexicon, credited=[*article.authors, *article.editors])
            title = "" if article.is_title_derived else article.title
            headline = extract_headline(title, extraction, lexicon, article.subtitle)
            before, started = curated_spans.snapshot(article), timezone.now()
            store_mentions(article, extraction, headline=headline)
            Mention.history.filter(  # the unreviewed mentions it replaced: their history says why
                article_id=article.pk, history_type="-", history_change_reason=None, history_date__gte=started
            ).update(history_change_reason="replaced by re-extraction")
            curated_spans.restore(article, before)  # merges and splits are not undone
            schedule([article.pk])
        n += 1
    return n


def reindex(articles) -> tuple[int, int]:
    from archive.indexing import sync_articles

    return sync_articles([a.pk for a in articles])
