"""Page numbers from the query string for every paged page (lists, entity pages, search, KWIC): a page
past the end is answered with a redirect to the last page (as data, `?format=json`: the usual shape
with no results and an `error` naming the last page, status 404), a malformed one with the first page
and a `notice` on it saying so (`page_notices`)."""

from __future__ import annotations

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.http import HttpRequest, HttpResponseRedirect, QueryDict
from django.utils.translation import gettext as _

from archive.ids import number_from

# No page reads more of a parameter than this (the search's query: search.query.MAX_QUERY_CHARS);
# links back to a page carry no more of it.
LONGEST_PARAMETER = 500


def clipped(params: QueryDict) -> QueryDict:
    """A mutable copy of the parameters with every value cut to LONGEST_PARAMETER characters: a 20 KB
    query repeated in a page's links (facets, pages, log in, language) made pages of megabytes."""
    out = params.copy()
    for key, values in params.lists():
        if any(len(v) > LONGEST_PARAMETER for v in values):
            out.setlist(key, [v[:LONGEST_PARAMETER] for v in values])
    return out


def page_url(request: HttpRequest, number: int) -> str:
    """This page's URL with `page=number` (no page parameter for the first page)."""
    params = request.GET.copy()
    params.pop("page", None)
    if number > 1:
        params["page"] = str(number)
    query = params.urlencode()
    return request.path + ("?" + query if query else "")


def past_the_end_message(number: int, last: int) -> str:
    """The `error` of a JSON page past the last one (search and every list say it alike)."""
    return _("Page %(n)d is past the last page (%(last)d).") % {"n": number, "last": last}


def wants_data(request: HttpRequest) -> bool:
    return request.GET.get("format") == "json"


class PastTheEndPage(Page):
    """An empty page numbered past the last one, for JSON: its `error` says which page is the last,
    and its previous page is the last page."""

    def __init__(self, number: int, paginator: Paginator) -> None:
        super().__init__([], number, paginator)
        self.error = past_the_end_message(number, paginator.num_pages)

    def previous_page_number(self) -> int:
        return self.paginator.num_pages


def past_the_end(request: HttpRequest, number: int, num_pages: int) -> HttpResponseRedirect | None:
    """A redirect to the last page when `number` lies beyond it, else None."""
    if number > max(num_pages, 1):
        return HttpResponseRedirect(page_url(request, max(num_pages, 1)))
    return None


def paginate(request: HttpRequest, items, per_page: int) -> Page | HttpResponseRedirect:
    """The requested page of `items`; past the last page a redirect to it (for JSON a
    PastTheEndPage, which render_page answers with a 404); a malformed number gives the first page."""
    paginator = Paginator(items, per_page)
    number = number_from(request.GET.get("page"))
    if not number:
        page = paginator.page(1)
        given = request.GET.get("page", "").strip()
        if given and given != "1":  # ?page=abc, ?page=0: said above the list, as any value ignored
            page.notice = _("“%(value)s” is no page number: the first page is shown.") % {
                "value": given[:LONGEST_PARAMETER]
            }
        return page
    try:
        return paginator.page(number)
    except (EmptyPage, PageNotAnInteger):
        if number > 1 and wants_data(request):
            return PastTheEndPage(number, paginator)
        if number > 1:
            return HttpResponseRedirect(page_url(request, paginator.num_pages))
        return paginator.page(1)


def page_notices(page) -> list[str]:
    """What the page number asked for was, when it was none (shown with a list's other notices)."""
    notice = getattr(page, "notice", "")
    return [notice] if notice else []
