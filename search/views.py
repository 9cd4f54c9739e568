"""Search pages: results (HTML and JSON), keyword-in-context, and export of all results."""

from __future__ import annotations

import csv
import json
import logging

from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from archive.models import Article
from archive.services import EXPORT_FIELDS, csv_values, export_rows
from search import highlight
from search.forms import FACET_PARAMS, SearchForm
from search.query import parse
from search.selectors import result_ids, search

log = logging.getLogger(__name__)
KWIC_ARTICLES_PER_PAGE = 50


def _values(request: HttpRequest) -> tuple[SearchForm, dict]:
    form = SearchForm(request.GET)
    form.is_valid()
    return form, form.values()


def _unavailable(request: HttpRequest, exc: Exception, as_json: bool) -> HttpResponse:
    log.exception("search failed")
    message = _("Search is unavailable right now (the index could not be read). Please try again later.")
    if as_json:
        return JsonResponse({"error": message}, status=503)
    return render(request, "search/unavailable.html", {"message": message}, status=503)


def page_json(page, request: HttpRequest) -> dict:
    return {
        "query": page.parsed.raw,
        "total": page.total,
        "page": page.page,
        "num_pages": page.num_pages,
        "notices": [str(n) for n in page.parsed.notices],
        "results": [
            {
                "id": hit.article.pk,
                "title": hit.article.title,
                "url": request.build_absolute_uri(hit.article.get_absolute_url()),
                "published": hit.article.published_iso,
                "source": hit.article.outlet.name if hit.article.outlet else None,
                "highlights": [str(s) for s in hit.snippets],
                "people": [p.name for p in hit.people],
            }
            for hit in page.hits
        ],
        "facets": {
            name: [{"value": f.value, "label": f.label, "count": f.count} for f in values]
            for name, values in page.facets.items()
        },
    }


def results(request: HttpRequest) -> HttpResponse:
    form, values = _values(request)
    as_json = request.GET.get("format") == "json"
    try:
        page = search(values)
    except Exception as exc:  # a damaged or missing index must not become a 500
        return _unavailable(request, exc, as_json)
    if as_json:
        return JsonResponse(page_json(page, request), json_dumps_params={"ensure_ascii": False})
    state = request.GET.copy()
    for key in ("page", "format"):
        state.pop(key, None)
    return render(
        request,
        "search/results.html",
        {
            "form": form,
            "values": values,
            "page": page,
            "state": state,
            "facet_params": FACET_PARAMS,
            "has_filters": any(values.get(p) for p in FACET_PARAMS)
            or values.get("date_from")
            or values.get("date_to"),
        },
    )


def kwic(request: HttpRequest) -> HttpResponse:
    form, values = _values(request)
    page_no = values["page"]
    try:
        sliced = []
        total = 0
        lo = (page_no - 1) * KWIC_ARTICLES_PER_PAGE
        for i, pk in enumerate(result_ids(values)):
            total += 1
            if lo <= i < lo + KWIC_ARTICLES_PER_PAGE:
                sliced.append(pk)
        parsed = parse(values["q"])
    except Exception as exc:
        return _unavailable(request, exc, False)
    needles = parsed.highlight_texts()
    by_pk = Article.objects.select_related("outlet").in_bulk(sliced)
    groups = []
    for pk in sliced:
        article = by_pk.get(pk)
        if article is None:
            continue
        text = "\n".join(p for p in (article.title, article.body) if p)
        groups.append({"article": article, "lines": highlight.kwic(text, needles)})
    num_pages = max(1, -(-total // KWIC_ARTICLES_PER_PAGE))
    state = request.GET.copy()
    state.pop("page", None)
    return render(
        request,
        "search/kwic.html",
        {
            "form": form,
            "values": values,
            "parsed": parsed,
            "groups": groups,
            "total": total,
            "page_no": page_no,
            "num_pages": num_pages,
            "state": state,
            "occurrences": sum(len(g["lines"]) for g in groups),
        },
    )


class _Echo:
    def write(self, value):
        return value


def _rows_in_order(pks: list[int]):
    rows = {row["id"]: row for row in export_rows(Article.objects.filter(pk__in=pks))}
    return [rows[pk] for pk in pks if pk in rows]


def _export_stream(values: dict, fmt: str, raw: bool = False):
    writer = csv.writer(_Echo())
    if fmt == "csv":
        yield "\ufeff" + writer.writerow(EXPORT_FIELDS)
    batch: list[int] = []

    def flush(pks):
        for row in _rows_in_order(pks):
            yield (
                writer.writerow(csv_values(row, raw=raw))
                if fmt == "csv"
                else json.dumps(row, ensure_ascii=False) + "\n"
            )

    for pk in result_ids(values):
        batch.append(pk)
        if len(batch) == 200:
            yield from flush(batch)
            batch = []
    yield from flush(batch)


def export(request: HttpRequest) -> HttpResponse:
    _form, values = _values(request)
    fmt = request.GET.get("format", "jsonl")
    if fmt not in ("csv", "jsonl"):
        return HttpResponse(
            _("Unknown export format; use format=csv or format=jsonl."),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    try:
        next(iter(result_ids({**values, "page": 1}, batch=1)), None)  # fail here, not mid-stream
    except Exception as exc:
        return _unavailable(request, exc, False)
    content_type = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"
    raw = request.GET.get("raw") == "1"  # CSV for scripts: cells exactly as stored, not formula-safe
    response = StreamingHttpResponse(_export_stream(values, fmt, raw), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="archive-search.{fmt}"'
    return response
