"""Receivers that keep the index in step with single edits (admin, shell); imports batch instead."""

from __future__ import annotations

from functools import reduce
from operator import or_

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from archive.models import Article, Mention, Organization, Outlet, Person, Place, Site
from search.indexing import forget_archive_words, schedule


@receiver(post_save, sender=Article, dispatch_uid="search_article_saved")
@receiver(post_delete, sender=Article, dispatch_uid="search_article_deleted")
def article_changed(sender, instance: Article, **kwargs) -> None:
    schedule([instance.pk])


@receiver(post_save, sender=Mention, dispatch_uid="search_mention_saved")
@receiver(post_delete, sender=Mention, dispatch_uid="search_mention_deleted")
def mention_changed(sender, instance: Mention, **kwargs) -> None:
    schedule([instance.article_id])


# An article's document holds the names of every place its places lie in (place:上海市 finds
# 芷江西路街道): a place's change reaches the articles naming any place below it, as far down as
# Place.chain climbs.


def _mentions_of(field: str, pk: int) -> Q:
    if field != "place":
        return Q(**{field: pk})
    return reduce(or_, (Q(**{"__".join(["place", *["parent"] * n]): pk}) for n in range(Place.MAX_DEPTH)))


def _entity_changed(field: str):
    def receiver_(sender, instance, **kwargs) -> None:
        if kwargs.get("signal") is post_delete:
            return  # deleting an entity deletes its mentions, which reschedule their articles
        schedule(
            Mention.objects.filter(_mentions_of(field, instance.pk))
            .values_list("article_id", flat=True)
            .distinct()
        )

    return receiver_


_person_changed = _entity_changed("person")
_organization_changed = _entity_changed("organization")
_place_changed = _entity_changed("place")
post_save.connect(_person_changed, sender=Person, dispatch_uid="search_person_saved")
post_save.connect(_organization_changed, sender=Organization, dispatch_uid="search_org_saved")
post_save.connect(_place_changed, sender=Place, dispatch_uid="search_place_saved")
for _model in (Person, Organization, Place):  # the ranking field's dictionary reads the names again
    post_save.connect(
        forget_archive_words, sender=_model, dispatch_uid=f"search_words_{_model.__name__}_saved"
    )
    post_delete.connect(
        forget_archive_words, sender=_model, dispatch_uid=f"search_words_{_model.__name__}_gone"
    )


@receiver(post_save, sender=Outlet, dispatch_uid="search_outlet_saved")
@receiver(post_save, sender=Site, dispatch_uid="search_site_saved")
def source_changed(sender, instance, **kwargs) -> None:
    schedule(instance.articles.values_list("pk", flat=True))
