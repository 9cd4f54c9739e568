"""The index's fields and facets, declared once.

Everything that names an index field reads it from here: the index (`search_indexes.py` declares
the facet fields from FACETS), the query language (`query.py`: field prefixes), the search form
(`forms.py`: one parameter per facet, plus `not_<param>`), the selectors and engines (filters,
facet counts, labels), the templates (`search_tags.facet_label`) and the Elasticsearch mapping.
Adding a facet is one `Facet(...)` line here and its values in `ArticleIndex.prepare`
(tests/search/test_registry.py fails until both exist).

Pure: no models are imported (facet models are named as "app_label.Model" and resolved lazily).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

CONTENT_FIELD = "text"  # the document field: headline, subtitle and body
WORD_FIELD = "words"  # jieba words: ranking only, never decides a match
STAMP_FIELD = "stamp"  # stored only (check_index compares it with the database)
DATE_FIELD = "published"


@dataclass(frozen=True)
class TextField:
    """A field of character grams that a query term can be restricted to (`title:封控`).

    whole_names: the field holds names, each between NAME_MARKs, and a term matches a whole name only
    (`place:江苏` is 江苏省 and what lies in it, never 江苏路街道); other fields match within their text."""

    name: str
    prefixes: tuple[str, ...]
    boost: float = 1.0
    whole_names: bool = False


# Stands before and after every name of a whole-name field, and around a term searching it: the
# term's grams then meet only where a name begins and ends. A symbol (U+241E), so that both engines'
# analyzers keep it as a character; names and terms never hold it (theirs become spaces).
NAME_MARK = "\u241e"


TEXT_FIELDS = (
    TextField(CONTENT_FIELD, ()),
    TextField("title", ("title", "标题"), boost=3.0),
    TextField("people", ("person", "人物", "人")),
    TextField("orgs", ("org", "机构", "单位")),
    TextField("places", ("place", "地点", "地名"), whole_names=True),
    TextField("source", ("source", "来源", "媒体")),
)
GRAM_FIELDS = frozenset(f.name for f in TEXT_FIELDS)
WHOLE_NAME_FIELDS = frozenset(f.name for f in TEXT_FIELDS if f.whole_names)
FIELD_PREFIXES = {prefix: f.name for f in TEXT_FIELDS for prefix in f.prefixes}


@dataclass(frozen=True)
class Facet:
    """A keyword field that results are counted by and narrowed to.

    param: the URL parameter (`?outlet=3`, excluded with `?not_outlet=3`); field: the index field;
    model: "app.Model" whose primary keys are the values (labels are their names), or None when the
    value is its own label (years, months); pattern: what a value without a model must look like;
    by_value: list values newest first instead of by count; limit: values shown by default;
    missing: for a facet of at most one value per article, the name of the articles without one
    (their number is the total less the facet's counts, stated beside the values; not a filter)."""

    param: str
    field: str
    label: Promise | str
    model: str | None = None
    pattern: str = r"\d+"
    by_value: bool = False
    limit: int = 12
    missing: Promise | str = ""

    def model_class(self):
        if self.model is None:
            return None
        from django.apps import apps

        return apps.get_model(self.model)


FACETS = (
    Facet(
        "outlet", "outlet", _("Outlet"), model="archive.Outlet", missing=_("No outlet (a site only, or none)")
    ),
    Facet("year", "year", _("Year"), pattern=r"\d{4}", by_value=True, missing=_("No date")),
    Facet(
        "month", "month", _("Month"), pattern=r"\d{4}-\d{2}", by_value=True, limit=36, missing=_("No date")
    ),
    Facet("place", "place_ids", _("Places"), model="archive.Place"),
    Facet("person", "person_ids", _("People"), model="archive.Person"),
    Facet("org", "org_ids", _("Organisations"), model="archive.Organization"),
)
FACET_PARAMS = tuple(f.param for f in FACETS)
FACET_FIELDS = frozenset(f.field for f in FACETS)
FACETS_BY_PARAM = {f.param: f for f in FACETS}
MAX_FACET_LIMIT = 1000  # `facet_limit=all` shows up to this many values


def whole_names(names) -> str:
    """The text of a whole-name field: every name between NAME_MARKs.

    >>> whole_names(["上海市", "上海"]) == f"{NAME_MARK}上海市{NAME_MARK}上海{NAME_MARK}"
    True
    """
    kept = [n.replace(NAME_MARK, " ").strip() for n in names]
    return NAME_MARK + NAME_MARK.join(n for n in kept if n) + NAME_MARK if any(kept) else ""


def term_text(field: str, text: str) -> str:
    """What a term searches for in `field`: a whole name where the field holds names.

    >>> term_text("places", " 江苏 ") == f"{NAME_MARK}江苏{NAME_MARK}"
    True
    >>> term_text("text", "江苏")
    '江苏'
    """
    if field not in WHOLE_NAME_FIELDS:
        return text
    return f"{NAME_MARK}{text.replace(NAME_MARK, ' ').strip()}{NAME_MARK}"


def facet(param: str) -> Facet:
    return FACETS_BY_PARAM[param]
