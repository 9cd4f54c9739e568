"""The archive's records: outlets, sites, articles with their original captures, and the people,
organisations and places they mention (with offsets into the clean body)."""

from .articles import Article, ArticleQuerySet, Capture, Outlet, Site, source_key
from .entities import (
    CURATED_TEXT,
    NamedEntity,
    Organization,
    Person,
    PersonIdentity,
    PinyinSorted,
    Place,
    name_key,
    pinyin_key,
)
from .mentions import EntityMerge, Mention

__all__ = [
    "Article",
    "ArticleQuerySet",
    "Capture",
    "CURATED_TEXT",
    "EntityMerge",
    "Mention",
    "NamedEntity",
    "name_key",
    "Organization",
    "Outlet",
    "source_key",
    "Person",
    "PersonIdentity",
    "pinyin_key",
    "PinyinSorted",
    "Place",
    "Site",
]
