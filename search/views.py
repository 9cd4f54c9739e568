"""Search pages: results (HTML and JSON), keyword-in-context, and export of all results."""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    JsonResponse,
    QueryDict,
    StreamingHttpResponse,
)
from django.shortcuts import render
from django.utils.translation import gettext as _

from archive.charts import month_chart
from archive.errors import bad_request
from archive.models import Article
from archive.paging import clipped, paginate, past_the_end, past_the_end_message
from archive.services import EXPORT_FIELDS, csv_values, export_rows
from archive.tabular import Echo, csv_lines
from search import concordance, registry
from search.forms import FACET_PARAMS, KwicForm, SearchForm
from search.query import parse
from search.selectors import UNAVAILABLE, result_ids, search

log = logging.getLogger(__name__)
KWIC_MAX_ARTICLES = 1000  # the KWIC page sorts the lines of at most this many articles (exports: all)
KWIC_LINES_PER_PAGE = 100


def _values(request: HttpRequest) -> tuple[SearchForm, dict]:
    form = SearchForm(request.GET)
    form.is_valid()
    return form, form.values()


def _unavailable(request: HttpRequest, exc: Exception, as_json: bool) -> HttpResponse:
    log.exception("search failed")
    message = str(UNAVAILABLE)
    if as_json:
        return JsonResponse({"error": message}, status=503)
    return render(request, "search/unavailable.html", {"message": message}, status=503)


def _person(request: HttpRequest, person) -> dict:
    """A person in a result: two people of one name are told apart by region, as on the pages."""
    return {
        "id": person.pk,
        "name": person.name,
        "region": person.region or None,
        "url": request.build_absolute_uri(person.get_absolute_url()),
    }


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
                "title_highlighted": str(hit.title_html),  # escaped HTML, matches in <mark> as on the page
                "url": request.build_absolute_uri(hit.article.get_absolute_url()),
                "published": hit.article.published_iso,
                "source": hit.article.outlet_name or None,
                "highlights": [str(s) for s in hit.snippets],
                "people": [_person(request, p) for p in hit.people],
            }
            for hit in page.hits
        ],
        "facets": {
            name: [{"value": f.value, "label": f.label, "count": f.count} for f in values]
            for name, values in page.facets.items()
        },
        # results with no value of a facet (no outlet, no date): why its counts sum to less than `total`
        "facet_missing": page.missing,
    }


@dataclass
class FacetBlock:
    """One facet as the results page shows it: its values (chosen ones marked), the values left out,
    and whether more values exist than are shown."""

    param: str
    values: list
    excluded: list[tuple[str, str]]  # (value, label)
    more: bool
    expanded: bool
    missing: int = 0  # results with no value of this facet (registry.Facet.missing), counted, not a filter
    missing_label: str = ""


def _facet_blocks(page, values: dict) -> list[FacetBlock]:
    """The facets of a results page. A facet with chosen values is counted as if none of them were
    chosen (one more search without them), so other values can be added: values of one facet are
    OR-ed (any of them), facets AND-ed. Left-out values (not_<param>) are listed to be put back."""
    blocks = []
    expanded = values.get("facet_limit") is not None
    for facet in registry.FACETS:
        shown = page.facets.get(facet.param, [])
        missing = page.missing.get(facet.param, 0)
        chosen = {str(v) for v in values.get(facet.param) or []}
        if chosen:
            without = search({**values, facet.param: [], "page": 1}, per_page=1)
            others = without.facets.get(facet.param, [])
            for f in others:
                f.selected = f.value in chosen
            shown = others or shown
            missing = without.missing.get(facet.param, 0)
        left_out = [str(v) for v in values.get("not_" + facet.param) or []]
        model = facet.model_class()
        labels = (
            {str(k): getattr(o, "name", str(o)) for k, o in model.objects.in_bulk(left_out).items()}
            if model is not None and left_out
            else {}
        )
        excluded = [(v, labels.get(v, v)) for v in left_out]
        if shown or excluded or missing:
            more = not expanded and len(shown) >= facet.limit
            blocks.append(
                FacetBlock(facet.param, shown, excluded, more, expanded, missing, str(facet.missing))
            )
    return blocks


def _months(page, values: dict) -> list:
    """Every month with matches, for the chart: the month facet, or (when it stopped at its limit) the
    facet of one more search asking for every value."""
    months = page.facets.get("month", [])
    if values.get("facet_limit") is None and len(months) >= registry.facet("month").limit:
        months = search({**values, "facet_limit": 0, "page": 1}, per_page=1).facets.get("month", [])
    return months


def _unknown_format(request: HttpRequest, offered: tuple[str, ...]) -> HttpResponse | None:
    """The 400 every page gives for a `format=` it does not offer (archive.api.render_page alike)."""
    if request.GET.get("format", "") in ("", "html", *offered):
        return None
    return bad_request(request, _("This page is not offered in that format."))


def results(request: HttpRequest) -> HttpResponse:
    if bad := _unknown_format(request, ("json",)):
        return bad
    form, values = _values(request)
    as_json = request.GET.get("format") == "json"
    try:
        page = search(values)
    except Exception as exc:  # a damaged or missing index must not become a 500
        return _unavailable(request, exc, as_json)
    if page.page > max(page.num_pages, 1):  # an empty result still has its (empty) page 1
        if as_json:
            return JsonResponse(  # the usual shape (no results), with the reason, as a 404
                {**page_json(page, request), "error": past_the_end_message(page.page, page.num_pages)},
                status=404,
                json_dumps_params={"ensure_ascii": False},
            )
        return past_the_end(request, page.page, page.num_pages)
    if as_json:
        return JsonResponse(page_json(page, request), json_dumps_params={"ensure_ascii": False})
    state = _link_state(request, "page", "format")
    return render(
        request,
        "search/results.html",
        {
            "form": form,
            "values": values,
            "page": page,
            "state": state,
            "chart": month_chart({f.value: f.count for f in _months(page, values)}),
            "facet_blocks": _facet_blocks(page, values),
            "autofocus": not page.total,  # the box takes focus only where no result is shown (skip links)
            "facet_params": FACET_PARAMS,
            "has_filters": any(values.get(p) or values.get("not_" + p) for p in FACET_PARAMS)
            or values.get("date_from")
            or values.get("date_to"),
        },
    )


def kwic(request: HttpRequest) -> HttpResponse:
    """Every occurrence in the results' articles as left | match | right, sorted and paged by line;
    `format=csv|tsv` streams every line of every result (formula-safe cells unless `raw=1`)."""
    if bad := _unknown_format(request, KwicForm.FORMATS):
        return bad
    form, values = _values(request)
    kwic_form = KwicForm(request.GET)
    options = kwic_form.values()
    try:
        parsed = parse(values["q"])
        if options["format"]:
            next(iter(result_ids({**values, "page": 1}, batch=1)), None)  # fail here, not mid-stream
            return _kwic_export(request, values, parsed.highlight_texts(), options)
        ids, total = [], 0
        for pk in result_ids(values):
            total += 1
            if total <= KWIC_MAX_ARTICLES:
                ids.append(pk)
    except Exception as exc:
        return _unavailable(request, exc, False)
    width = options["width"]
    occs = concordance.occurrences(_articles(ids), parsed.highlight_texts())
    lines = concordance.Lines(concordance.sort_occurrences(occs, options["order"], width), width)
    page = paginate(request, lines, KWIC_LINES_PER_PAGE)
    if isinstance(page, HttpResponseRedirect):
        return page  # past the last page
    state = _link_state(request, "page")
    if "width" in state:
        state["width"] = str(options["width"])  # links carry the width shown, not one not offered
    return render(
        request,
        "search/kwic.html",
        {
            "form": form,
            "values": values,
            "options": options,
            "kwic_form": kwic_form.as_shown(),
            "parsed": parsed,
            "page": page,
            "total": total,
            "capped": total > KWIC_MAX_ARTICLES,
            "autofocus": not page.paginator.count,  # no lines shown yet: the box takes focus
            "max_articles": KWIC_MAX_ARTICLES,
            "state": state,
        },
    )


def _link_state(request: HttpRequest, *drop: str) -> QueryDict:
    """The search as the page's links carry it: without `drop`, and with no more of the query than was
    searched (archive.paging.clipped)."""
    state = clipped(request.GET)
    for key in drop:
        state.pop(key, None)
    return state


def _articles(ids: Iterable[int]) -> Iterator[Article]:
    """The articles of these ids (a list or a stream, read 500 at a time), in that order."""
    it = iter(ids)
    while batch := list(islice(it, 500)):
        found = Article.objects.select_related("outlet").in_bulk(batch)
        yield from (found[pk] for pk in batch if pk in found)


def _kwic_export(request: HttpRequest, values: dict, needles: list[str], options: dict) -> HttpResponse:
    fmt, raw, order, width = options["format"], options["raw"], options["order"], options["width"]
    base = request.build_absolute_uri("/")[:-1]

    def rows():
        yield concordance.COLUMNS
        occs = concordance.occurrences(_articles(result_ids(values)), needles)
        if order:  # sorting needs every occurrence first; the results order streams
            occs = concordance.sort_occurrences(occs, order, width)
        for occ in occs:
            yield concordance.row(concordance.line(occ, width), base)

    stream = csv_lines(rows(), raw=raw, delimiter="\t" if fmt == "tsv" else ",", bom=fmt == "csv")

    content_type = "text/csv" if fmt == "csv" else "text/tab-separated-values"
    response = StreamingHttpResponse(stream, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="archive-kwic.{fmt}"'
    return response


def _rows_in_order(pks: list[int]):
    rows = {row["id"]: row for row in export_rows(Article.objects.filter(pk__in=pks))}
    return [rows[pk] for pk in pks if pk in rows]


def _export_stream(values: dict, fmt: str, raw: bool = False):
    writer = csv.writer(Echo())
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
        return bad_request(request, _("Unknown export format; use format=csv or format=jsonl."))
    try:
        next(iter(result_ids({**values, "page": 1}, batch=1)), None)  # fail here, not mid-stream
    except Exception as exc:
        return _unavailable(request, exc, False)
    content_type = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"
    raw = request.GET.get("raw") == "1"  # CSV for scripts: cells exactly as stored, not formula-safe
    response = StreamingHttpResponse(_export_stream(values, fmt, raw), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="archive-search.{fmt}"'
    return response


FACET_COUNT_COLUMNS = ["facet", "value", "label", "count", "selected", "excluded"]


def facet_counts(request: HttpRequest) -> HttpResponse:
    """Every value of every facet of the current search with its count, as CSV (default) or JSON:
    the table a researcher charts or compares (same parameters as /search/; formula-safe unless raw=1)."""
    _form, values = _values(request)
    fmt = request.GET.get("format", "csv")
    if fmt not in ("csv", "json"):
        return bad_request(request, _("Unknown format; use format=csv or format=json."))
    try:
        page = search({**values, "facet_limit": 0, "page": 1}, per_page=1)
    except Exception as exc:  # a damaged or missing index must not become a 500
        return _unavailable(request, exc, fmt == "json")
    rows = [
        [name, v.value, v.label, v.count, v.selected, v.excluded]
        for name, facet_values in page.facets.items()
        for v in facet_values
    ]
    # The results with no value of a facet of one value per article (no outlet, no date): a row with an
    # empty value, so that facet's rows sum to the total.
    rows += [
        [name, "", str(registry.facet(name).missing), n, False, False]
        for name, n in page.missing.items()
        if n
    ]
    if fmt == "json":
        data = {
            "total": page.total,
            "facets": [dict(zip(FACET_COUNT_COLUMNS, row, strict=True)) for row in rows],
        }
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    body = "".join(csv_lines([FACET_COUNT_COLUMNS, *rows], raw=request.GET.get("raw") == "1"))
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="archive-facets.csv"'
    return response
