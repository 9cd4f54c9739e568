"""URL-state helpers for the search pages: every link carries the whole search in its query string."""

from __future__ import annotations

from django import template
from django.http import QueryDict

from search.registry import FACET_PARAMS, FACETS_BY_PARAM

register = template.Library()


@register.simple_tag
def toggle_url(state: QueryDict, param: str, value) -> str:
    """The current search with `param=value` added, or removed when it is already chosen."""
    q = state.copy()
    values = q.getlist(param)
    value = str(value)
    q.setlist(param, [v for v in values if v != value] if value in values else [*values, value])
    q.pop("page", None)
    return "?" + q.urlencode()


@register.simple_tag
def with_params(state: QueryDict, **params) -> str:
    """The current search with some parameters replaced (None removes one)."""
    q = state.copy()
    for key, value in params.items():
        if value is None or value == "":
            q.pop(key, None)
        else:
            q[key] = str(value)
    return "?" + q.urlencode()


@register.simple_tag
def without_filters(state: QueryDict) -> str:
    q = state.copy()
    for key in (*FACET_PARAMS, *(f"not_{p}" for p in FACET_PARAMS), "date_from", "date_to", "page"):
        q.pop(key, None)
    return "?" + q.urlencode()


@register.filter
def facet_label(param: str) -> str:
    """The heading of a facet (search.registry), translated: 'outlet' → 'Outlet'."""
    facet = FACETS_BY_PARAM.get(param)
    return str(facet.label) if facet else param
