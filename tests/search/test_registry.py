"""Fields and facets are declared once (search.registry) and everything else reads them."""

from __future__ import annotations

from django.template import Context, Template

from search import registry
from search.forms import SearchForm
from search.search_indexes import ArticleIndex


def test_every_registry_field_is_an_index_field_and_prepared(imported_samples):
    from search.search_indexes import article_queryset

    index = ArticleIndex()
    names = set(index.fields)
    assert registry.GRAM_FIELDS | registry.FACET_FIELDS | {registry.WORD_FIELD, registry.DATE_FIELD} <= names
    prepared = index.prepare(article_queryset().first())
    assert (registry.FACET_FIELDS | registry.GRAM_FIELDS) <= set(prepared)


def test_the_form_takes_each_facet_its_exclusion_and_a_facet_limit(db):
    from archive.models import Outlet

    a, b, c = (Outlet.objects.create(name=n).pk for n in ("甲报", "乙台", "丙网"))
    form = SearchForm(
        {
            "outlet": [str(a), str(b), "x"],
            "not_outlet": [str(c)],
            "year": ["2020", "20"],
            "facet_limit": "all",
        }
    )
    form.is_valid()
    values = form.values()
    assert values["outlet"] == [a, b] and values["not_outlet"] == [c] and values["year"] == ["2020"]
    assert values["facet_limit"] == 0 and values["not_person"] == []
    assert {f"not_{f.param}" for f in registry.FACETS} <= set(form.fields)


def test_facet_headings_come_from_the_registry():
    html = Template("{% load search_tags %}{{ 'org'|facet_label }}|{{ 'year'|facet_label }}").render(
        Context()
    )
    assert html == f"{registry.facet('org').label}|{registry.facet('year').label}"
