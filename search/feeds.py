"""Data out of a search: an Atom feed of the matches added to the archive last (/search/feed/?…) and
the citations of all its results (/search/cite/?format=ris|bibtex|csl&…), with the same parameters
as /search/.

Both go through search.selectors (the same query parser, filters and visibility as the results
page); the citations stream every match, uncapped, a batch of articles at a time."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, get_tag_uri
from django.utils.translation import gettext as _

from archive import citations
from archive.errors import bad_request
from archive.models import Article
from archive.templatetags.archive_tags import zh_lang
from archive.text import xml_safe
from search.forms import SearchForm
from search.selectors import UNAVAILABLE, latest_added, result_ids

log = logging.getLogger(__name__)

FEED_ITEMS = 30
CITE_BATCH = 200


def search_values(request: HttpRequest) -> dict:
    form = SearchForm(request.GET)
    form.is_valid()
    return form.values()


def query_string(request: HttpRequest) -> str:
    """The search's state as a query string: every parameter but page and format."""
    params = request.GET.copy()
    for key in ("page", "format"):
        params.pop(key, None)
    return params.urlencode()


class _Unreadable(Exception):
    """The feed's search could not read the index."""


class _AtomFeed(Atom1Feed):
    """Atom with one <author> element per author of an entry (Django's writes one name), and each
    entry in the language of its content (xml:lang; the feed's own is the reader's interface)."""

    def item_attributes(self, item):
        return {"xml:lang": item["lang"]} if item.get("lang") else {}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "author_name": None})
        for name in item.get("authors") or []:
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.endElement("author")


class SearchFeed(Feed):
    """The matches of a search that entered the archive last (by import time, so a backfilled or
    undated page just imported is new here as it is for saved searches), as Atom. Every text passes
    `xml_safe`: a control character in a stored page or in the query made the whole feed a 500.
    Dates are in the archive's time zone with its offset (a day or month is its local midnight)."""

    feed_type = _AtomFeed

    def __call__(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return super().__call__(request, *args, **kwargs)
        except _Unreadable:  # a damaged, outdated or locked index: the search page's 503, never a 500
            return HttpResponse(str(UNAVAILABLE), status=503, content_type="text/plain; charset=utf-8")

    def get_object(self, request: HttpRequest) -> dict:
        values = {**search_values(request), "page": 1}
        state = query_string(request)
        try:
            hits = latest_added(values, limit=FEED_ITEMS)
        except Exception as exc:
            log.exception("feed search failed")
            raise _Unreadable from exc
        return {"values": values, "state": state, "hits": hits, "request": request}

    def title(self, obj: dict) -> str:
        q = xml_safe(obj["values"]["q"])
        name = _("Community Response Archive")
        return f"{q} · {name}" if q else _("All articles") + f" · {name}"

    def subtitle(self, obj: dict) -> str:
        return _("The articles matching this search that were added to the archive last.")

    def author_name(self) -> str:  # the feed's author (RFC 4287: an entry without one takes it)
        return _("Community Response Archive")

    def link(self, obj: dict) -> str:
        return reverse("search:results") + ("?" + obj["state"] if obj["state"] else "")

    def feed_url(self, obj: dict) -> str:
        return reverse("search:feed") + ("?" + obj["state"] if obj["state"] else "")

    def items(self, obj: dict) -> list:
        request = obj["request"]
        for hit in obj["hits"]:
            # A permanent id: the permalink and the import date, which no curator's edit changes (the
            # publication date did, and a corrected date showed the entry again as new).
            article = hit.article
            url = request.build_absolute_uri(article.get_absolute_url())
            hit.feed_id = get_tag_uri(url, article.imported_at)
        return obj["hits"]

    def item_title(self, hit) -> str:
        return xml_safe(citations.full_title(hit.article))

    def item_description(self, hit) -> str:
        # Snippets are escaped and marked HTML; Atom carries them as HTML summary.
        return xml_safe(" … ".join(str(s) for s in hit.snippets))

    def item_link(self, hit) -> str:
        return hit.article.get_absolute_url()

    def item_guid(self, hit) -> str:
        return hit.feed_id

    def item_pubdate(self, hit):
        # none for an undated page: the import time is no publication. Local: a day or a month
        # (stored as its midnight in China) read in UTC was the day or month before.
        published = hit.article.published_at
        return timezone.localtime(published) if published else None

    def item_updateddate(self, hit):
        return timezone.localtime(hit.article.updated_at)

    def item_extra_kwargs(self, hit) -> dict:
        authors = hit.article.authors or ([hit.article.outlet_name] if hit.article.outlet else [])
        return {
            "authors": [xml_safe(a) for a in authors if xml_safe(a).strip()],
            "lang": zh_lang(f"{hit.article.title}\n{hit.article.body}"),
        }

    def item_categories(self, hit) -> list[str]:
        return [xml_safe(str(p)) for p in hit.people]  # 张磊（上海市）: one name in two cities stays two


def _works(request: HttpRequest, values: dict) -> Iterator[citations.Work]:
    accessed = None
    batch: list[int] = []

    def flush(pks: list[int]) -> Iterator[citations.Work]:
        by_pk = Article.objects.select_related("outlet", "site").in_bulk(pks)
        for pk in pks:
            if pk in by_pk:
                article = by_pk[pk]
                yield citations.work_of(
                    article, request.build_absolute_uri(article.get_absolute_url()), accessed
                )

    for pk in result_ids(values):
        batch.append(pk)
        if len(batch) == CITE_BATCH:
            yield from flush(batch)
            batch = []
    yield from flush(batch)


def cite(request: HttpRequest) -> HttpResponse:
    """Every result of a search as RIS, BibTeX or CSL-JSON (a download for a reference manager)."""
    fmt = request.GET.get("format", "")
    if fmt not in citations.FORMATS:
        message = _("Unknown citation format; use format=ris, format=bibtex or format=csl.")
        return bad_request(request, message)
    values = search_values(request)
    try:
        next(iter(result_ids({**values, "page": 1}, batch=1)), None)  # fail here, not mid-stream
    except Exception:  # a damaged index: say so, never a 500 or a half-written file
        return HttpResponse(str(UNAVAILABLE), status=503, content_type="text/plain; charset=utf-8")
    content_type, extension = citations.FORMATS[fmt]
    response = StreamingHttpResponse(
        citations.stream(_works(request, values), fmt), content_type=content_type
    )
    response["Content-Disposition"] = f'attachment; filename="archive-search.{extension}"'
    return response
