"""Reads for the pages: published articles, the mentions that tie entities to them, and summaries.

Every function returns data for one page region with a fixed number of queries (the page tests
assert the totals), whatever the size of the archive. One module per part: `visibility` (who sees
what), `articles` (the article list), `summary` (archive-wide figures), `entities` (entity pages).
"""

from archive.selectors.articles import (
    article_filter_choices,
    article_list,
    article_years,
    filtered_articles,
    outlets_with_articles,
)
from archive.selectors.entities import (
    ArticleMentions,
    MarkedSentence,
    Neighbour,
    Network,
    Role,
    co_mentioned,
    entity_articles,
    entity_mentions,
    mentions_in,
    network,
    people_of_organization,
    place_counts,
    roles_of,
    units_within,
)
from archive.selectors.summary import (
    MonthBar,
    archive_counts,
    cached,
    data_version,
    date_span,
    entity_list,
    home_summary,
    timeline,
    top_entities,
)
from archive.selectors.visibility import (
    ENTITY_FIELD,
    ENTITY_VISIBLE,
    NOT_REJECTED,
    VIEW_UNPUBLISHED_PERMISSION,
    VISIBLE,
    can_see_unpublished,
    public_entity,
    visible_articles,
)

__all__ = [
    "ENTITY_FIELD",
    "ENTITY_VISIBLE",
    "NOT_REJECTED",
    "VIEW_UNPUBLISHED_PERMISSION",
    "VISIBLE",
    "ArticleMentions",
    "MarkedSentence",
    "MonthBar",
    "Neighbour",
    "Network",
    "Role",
    "archive_counts",
    "article_filter_choices",
    "article_list",
    "article_years",
    "cached",
    "can_see_unpublished",
    "co_mentioned",
    "data_version",
    "date_span",
    "entity_articles",
    "entity_list",
    "entity_mentions",
    "filtered_articles",
    "home_summary",
    "mentions_in",
    "network",
    "outlets_with_articles",
    "people_of_organization",
    "place_counts",
    "public_entity",
    "roles_of",
    "timeline",
    "top_entities",
    "units_within",
    "visible_articles",
]
