"""Reads for the pages: published articles and the mentions that tie entities to them."""
from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from archive.models import Article, Mention


def article_list() -> QuerySet[Article]:
    return Article.objects.published().select_related("outlet", "site")


def entity_mentions(**entity) -> QuerySet[Mention]:
    """Every visible mention of one person / organisation / place, with its article, newest first."""
    return (Mention.objects.filter(**entity, article__status=Article.Status.PUBLISHED)
            .exclude(status=Mention.Status.REJECTED)
            .select_related("article", "article__outlet")
            .order_by("-article__published_at", "article_id", "start"))


def archive_counts() -> dict[str, int]:
    from archive.models import Organization, Person, Place

    visible = Q(mentions__article__status=Article.Status.PUBLISHED)
    return {
        "articles": Article.objects.published().count(),
        "people": Person.objects.filter(visible).distinct().count(),
        "organizations": Organization.objects.filter(visible).distinct().count(),
        "places": Place.objects.filter(visible).distinct().count(),
    }


def top_people(limit: int = 10):
    from archive.models import Person

    return (Person.objects.filter(mentions__article__status=Article.Status.PUBLISHED)
            .annotate(n=Count("mentions")).order_by("-n", "name")[:limit])
