"""The rows of `EntityMerge`, a curator's merges, splits and decisions to keep records apart: how one
is made, and how an old address follows them to the record it lives on now. Rows are never rewritten
(an audit trail); `archive.curation` makes them."""

from __future__ import annotations

from archive.models import EntityMerge, Organization, Outlet, Person, Place, Site

KIND = {
    Person: EntityMerge.Kind.PERSON,
    Organization: EntityMerge.Kind.ORGANIZATION,
    Place: EntityMerge.Kind.PLACE,
    Outlet: EntityMerge.Kind.OUTLET,
    Site: EntityMerge.Kind.SITE,
}


def decision_row(model, action: str, source, target, *, reason: str, user, moved: int = 0) -> EntityMerge:
    """The (unsaved) EntityMerge row of a curator's merge, split or keeping apart of two records."""
    return EntityMerge(
        kind=KIND[model],
        action=action,
        source_id=source.pk,
        source_name=str(source)[:200],
        target_id=target.pk,
        target_name=str(target)[:200],
        mentions_moved=moved,
        reason=reason,
        user=user,
    )


_LEADS_ON = (EntityMerge.Action.MERGE, EntityMerge.Action.MOVED)  # rows an old address follows


def resolve_merged(model, pk: int):
    """The record that a merged-away id now lives on (following merges of merges), or None."""
    seen = set()
    while pk not in seen:
        seen.add(pk)
        found = model.objects.filter(pk=pk).first()
        if found is not None:
            return found
        step = (
            EntityMerge.objects.filter(kind=KIND[model], action__in=_LEADS_ON, source_id=pk)
            .order_by("-at", "-id")
            .first()
        )
        if step is None:
            return None
        pk = step.target_id
    return None
