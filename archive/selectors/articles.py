"""The article list: published articles, their filters and the filter choices."""

from __future__ import annotations

from django.db.models import Count, QuerySet

from archive.models import Article, Mention, Outlet, Place
from archive.selectors.summary import cached, timeline, top_entities
from archive.selectors.visibility import VISIBLE


def article_list() -> QuerySet[Article]:
    return Article.objects.published().select_related("outlet", "site")


def filtered_articles(
    *,
    outlet: int | None = None,
    year: int | None = None,
    place: int | None = None,
    oldest_first: bool = False,
    month: tuple[int, int] | None = None,
) -> QuerySet[Article]:
    qs = article_list()
    if outlet:
        qs = qs.filter(outlet_id=outlet)
    if year:
        qs = qs.filter(published_at__year=year)
    if month:
        qs = qs.filter(published_at__year=month[0], published_at__month=month[1])
    if place:  # the place and every place within it (上海市 lists an article naming only 芷江西路街道)
        from archive.place_tree import subtree_ids

        within = list(subtree_ids([place]))
        qs = qs.filter(pk__in=Mention.objects.filter(VISIBLE, place_id__in=within).values("article_id"))
    if oldest_first:
        return qs.order_by("published_at", "id")
    return qs.order_by("-published_at", "-id")


def article_years() -> list[int]:
    return sorted({d.year for d in Article.objects.published().dates("published_at", "year")}, reverse=True)


def article_filter_choices(places: int = 100) -> dict:
    """The article list's month choices [(date, n)] (newest first) and its place choices (the places
    in most articles, in pinyin order), computed once per data version."""
    return cached("article-choices", lambda: _article_filter_choices(places))


def _article_filter_choices(places: int) -> dict:
    months = [(bar.month, bar.count) for bar in reversed(timeline()) if bar.count]
    top = sorted(top_entities(Place, places), key=lambda p: (p.sort_key, p.pk))
    return {"months": months, "places": top}


def outlets_with_articles() -> QuerySet[Outlet]:
    return (
        Outlet.objects.filter(articles__status=Article.Status.PUBLISHED)
        .annotate(n=Count("articles"))
        .order_by("-n", "name")
    )
