"""Who sees what: the visibility rules every public page (HTML or JSON) applies."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from archive.models import Article, Mention, Organization, Person, Place

VISIBLE = Q(article__status=Article.Status.PUBLISHED) & ~Q(status=Mention.Status.REJECTED)
# For mentions already restricted to articles taken from visible mentions: the status join is redundant,
# and without it SQLite drives the query from those few articles instead of scanning every published one.
NOT_REJECTED = ~Q(status=Mention.Status.REJECTED)
ENTITY_VISIBLE = Q(mentions__article__status=Article.Status.PUBLISHED) & ~Q(
    mentions__status=Mention.Status.REJECTED
)

ENTITY_FIELD = {Person: "person", Organization: "organization", Place: "place"}

# -- who sees what ----------------------------------------------------------------------------
# The one rule every public page (HTML or JSON) applies to drafts and hidden articles, their
# captures and the entities known only from them. Staff status alone is not enough (a staff user
# with no group sees nothing unpublished): the archive's view permission is, which the "curator"
# group has (archive/apps.py) and superusers have implicitly.
VIEW_UNPUBLISHED_PERMISSION = "archive.view_article"


def can_see_unpublished(user) -> bool:
    """True if `user` may see drafts, hidden articles and what is known only from them."""
    return bool(user is not None and user.is_active and user.has_perm(VIEW_UNPUBLISHED_PERMISSION))


def visible_articles(user) -> QuerySet[Article]:
    """Every article `user` may open: all of them with the view permission, otherwise the published."""
    return Article.objects.all() if can_see_unpublished(user) else Article.objects.published()


def public_entity(model, pk: int | None):
    """The person/organisation/place with a visible mention in a published article, else None: what an
    id-taking filter (`/articles/?place=`) may name without revealing anything unpublished."""
    if not pk:
        return None
    return model.objects.filter(ENTITY_VISIBLE, pk=pk).first()
