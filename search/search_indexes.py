"""What the search index holds for each published article.

Gram fields (`text`, `title`, `people`, `orgs`, `places`, `source`) decide matching: every
character and character pair, so any typed string is found. `words` holds jieba words and is used
only to rank. The `*_ids`, `outlet`, `year` and `month` fields are keywords for facets and filters.
`stamp` lets `check_index` see when an indexed document no longer matches the database.
"""

from __future__ import annotations

import hashlib
from datetime import UTC

from django.db.models import Prefetch
from haystack import indexes
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.utils import get_identifier, get_model_ct

from archive.ingest.divisions import Division
from archive.ingest.place_words import PLACE_SUFFIXES, PLACE_SUFFIXES_BY_LENGTH
from archive.models import Article, Mention
from search.analyzers import gram_analyzer, word_analyzer
from search.registry import FACETS, GRAM_FIELDS, TEXT_FIELDS, whole_names

__all__ = ["GRAM_FIELDS", "ArticleIndex", "article_queryset", "document_stamp", "naive_utc"]


def naive_utc(moment):
    """Whoosh's DATETIME cannot take aware datetimes: index and query in naive UTC."""

    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _visible_mentions():
    return Mention.objects.exclude(status=Mention.Status.REJECTED).select_related(
        "person", "organization", "place__parent__parent__parent__parent"
    )


def article_queryset():
    return (
        Article.objects.published()
        .select_related("outlet", "site")
        .prefetch_related(Prefetch("mentions", queryset=_visible_mentions()))
    )


def searchable_text(article: Article) -> str:
    """The text a plain query is matched against: headline, subtitle and body."""
    return "\n".join(part for part in (article.title, article.subtitle, article.body) if part)


def _entities(article: Article) -> dict[str, dict[int, list[str]]]:
    found: dict[str, dict[int, list[str]]] = {"person": {}, "organization": {}, "place": {}}
    for m in article.mentions.all():
        for kind in found:
            entity = getattr(m, kind) if getattr(m, f"{kind}_id") else None
            if entity is not None:
                names = found[kind].setdefault(entity.pk, [entity.name, *(entity.aliases or [])])
                if m.text not in names:
                    names.append(m.text)
                if kind == "place":  # and every place it lies in: place:上海市 finds 芷江西路街道
                    for above in entity.chain[:-1]:
                        found[kind].setdefault(above.pk, [above.name, *(above.aliases or [])])
    return found


# Levels below the county a place is also called without (芷江西路街道 → 芷江西路, 永收村 → 永收,
# 某某嘎查 → 某某), the extractor's own township and community suffixes, longest first; the county
# levels and above are divisions.Division.short's (静安区 → 静安, 广西壮族自治区 → 广西).
# A name ending in a compound's suffix (曹杨新村, 某某花园) is called by its whole name only.
_LOCAL_LEVELS = ("subdistrict", "community")


def short_forms(name: str) -> list[str]:
    """The forms a place's name is also searched by (`place:江苏` is 江苏省), never under two characters.

    >>> short_forms("广西壮族自治区"), short_forms("芷江西路街道"), short_forms("江苏路"), short_forms("沙区")
    (['广西'], ['芷江西路'], [], [])
    >>> short_forms("乌兰苏木"), short_forms("巴音嘎查"), short_forms("曹杨新村")
    (['乌兰'], ['巴音'], [])
    """
    suffix = next((s for s in PLACE_SUFFIXES_BY_LENGTH if name.endswith(s)), "")
    if PLACE_SUFFIXES.get(suffix) in _LOCAL_LEVELS:
        return [name[: -len(suffix)]] if len(name) - len(suffix) >= 2 else []
    short = Division("", name, "").short
    return [short] if short != name else []


def _place_names(names: list[str]) -> list[str]:
    return [*names, *(s for n in names for s in short_forms(n) if s not in names)]


def document_stamp(article: Article) -> str:
    """A digest of everything the index holds for `article`; differs exactly when the index is stale."""
    ents = _entities(article)
    parts = [
        article.title,
        article.subtitle,
        article.body,
        article.status,
        "|".join(article.outlet.names) if article.outlet else "",
        "|".join(article.site.names) if article.site else "",
        article.published_at.isoformat() if article.published_at else "",
    ]
    for kind in sorted(ents):
        for pk in sorted(ents[kind]):
            parts.append(f"{kind}:{pk}:{'|'.join(ents[kind][pk])}")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


# The gram fields and the facet fields, as search.registry declares them.
_RegistryFields = type(
    "_RegistryFields",
    (indexes.SearchIndex,),
    {
        "__module__": __name__,
        **{
            f.name: indexes.CharField(
                document=f.name == "text", analyzer=gram_analyzer(), stored=False, boost=f.boost
            )
            for f in TEXT_FIELDS
        },
        **{f.field: indexes.MultiValueField() for f in FACETS},
    },
)


class ArticleIndex(_RegistryFields, indexes.Indexable):
    words = indexes.CharField(analyzer=word_analyzer(), stored=False)
    published = indexes.DateTimeField(null=True)
    stamp = indexes.CharField(indexed=False, stored=True)

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        return article_queryset()

    def read_queryset(self, using=None):
        return Article.objects.select_related("outlet")

    def prepare(self, obj: Article) -> dict:
        ents = _entities(obj)
        text = searchable_text(obj)
        published = obj.published_at
        local = None
        if published is not None:
            from django.utils import timezone

            local = timezone.localtime(published)
        data = {
            ID: get_identifier(obj),
            DJANGO_CT: get_model_ct(obj),
            DJANGO_ID: str(obj.pk),
            "text": text,
            "title": "\n".join(p for p in (obj.title, obj.subtitle) if p),
            "words": text,
            "people": "\n".join(n for names in ents["person"].values() for n in names),
            "orgs": "\n".join(n for names in ents["organization"].values() for n in names),
            "places": whole_names(n for names in ents["place"].values() for n in _place_names(names)),
            "source": "\n".join(
                n
                for n in (
                    *(obj.outlet.names if obj.outlet else ()),
                    *(obj.site.names if obj.site else ()),
                    obj.contributed_by,
                )
                if n
            ),
            "outlet": [str(obj.outlet_id)] if obj.outlet_id else [],
            "year": [f"{local:%Y}"] if local else [],
            "month": [f"{local:%Y-%m}"] if local else [],
            "person_ids": [str(pk) for pk in ents["person"]],
            "org_ids": [str(pk) for pk in ents["organization"]],
            "place_ids": [str(pk) for pk in ents["place"]],
            "published": naive_utc(published) if published else None,
            "stamp": document_stamp(obj),
        }
        self.prepared_data = data
        return data

    def full_prepare(self, obj, with_string_facet=True):
        prepared = super().full_prepare(obj, with_string_facet=with_string_facet)
        # Whoosh cannot store None in a DATETIME or KEYWORD column: leave the field out instead.
        return {k: v for k, v in prepared.items() if v is not None and v != []}
