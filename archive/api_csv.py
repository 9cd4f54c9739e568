"""The lists as CSV (`?format=csv`): every row of the list, not one page, formula-safe unless `raw=1`
(archive/tabular.py). archive.api.render_page answers with these where a list's CSV is asked for.

Each kind of entry has its own columns, so no column is empty in every row: people their `region`,
organisations their `kind` and `jurisdiction`, places their `kind`, division `code` and `path`
(names from the province down, as export_articles writes them, joined with PATH_JOIN)."""

from __future__ import annotations

from collections.abc import Iterable

from django.http import HttpRequest, StreamingHttpResponse

from archive.models import Organization, Person, Place
from archive.tabular import csv_lines

PATH_JOIN = " / "


def _path(place: Place | None) -> str:
    """A place's path as one cell: "上海市 / 静安区 / 芷江西路街道" ("" for none).

    >>> _path(None)
    ''
    """
    return PATH_JOIN.join(place.path) if place is not None else ""


def _article_rows(request: HttpRequest, c: dict) -> Iterable[list]:
    yield ["id", "title", "subtitle", "published", "outlet", "site", "authors", "original_url", "url"]
    for a in c["page"].paginator.object_list.iterator(chunk_size=500):
        yield [
            a.pk,
            a.title,
            a.subtitle,
            a.published_iso or "",
            a.outlet_name,
            a.site_name,
            "；".join(a.authors or []),
            a.url,
            request.build_absolute_uri(a.get_absolute_url()),
        ]


# The columns between `name` and `articles`, by model: (header, the cell of an entry).
_COLUMNS = {
    Person: [("region", lambda e: e.region)],
    Organization: [("kind", lambda e: e.kind), ("jurisdiction", lambda e: _path(e.jurisdiction))],
    Place: [("kind", lambda e: e.kind), ("code", lambda e: e.code), ("path", _path)],
}


def _entity_rows(request: HttpRequest, c: dict) -> Iterable[list]:
    entries = c["page"].paginator.object_list  # selectors.entity_list: the places above come with it
    columns = _COLUMNS[entries.model]
    yield ["id", "name", *(header for header, _cell in columns), "articles", "url"]
    for e in entries.iterator(chunk_size=500):
        yield [
            e.pk,
            e.name,
            *(cell(e) for _header, cell in columns),
            e.n,
            request.build_absolute_uri(e.get_absolute_url()),
        ]


def _csv(request: HttpRequest, rows: Iterable[list], name: str) -> StreamingHttpResponse:
    lines = csv_lines(rows, raw=request.GET.get("raw") == "1")
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response


def articles_csv(request: HttpRequest, c: dict) -> StreamingHttpResponse:
    return _csv(request, _article_rows(request, c), "articles")


def entities_csv(request: HttpRequest, c: dict) -> StreamingHttpResponse:
    name = c["page"].paginator.object_list.model._meta.model_name
    return _csv(request, _entity_rows(request, c), name)


CSV = {
    "archive/article_list.html": articles_csv,
    "archive/entity_list.html": entities_csv,
}
