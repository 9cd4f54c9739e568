"""Page numbers from the query string for every paged page (lists, entity pages, search, KWIC): a page
past the end is answered with a redirect to the last page, a malformed one with the first page."""

from __future__ import annotations

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.http import HttpRequest, HttpResponseRedirect


def page_url(request: HttpRequest, number: int) -> str:
    """This page's URL with `page=number` (no page parameter for the first page)."""
    params = request.GET.copy()
    params.pop("page", None)
    if number > 1:
        params["page"] = str(number)
    query = params.urlencode()
    return request.path + ("?" + query if query else "")


def past_the_end(request: HttpRequest, number: int, num_pages: int) -> HttpResponseRedirect | None:
    """A redirect to the last page when `number` lies beyond it, else None."""
    if number > max(num_pages, 1):
        return HttpResponseRedirect(page_url(request, max(num_pages, 1)))
    return None


def paginate(request: HttpRequest, items, per_page: int) -> Page | HttpResponseRedirect:
    """The requested page of `items`, or a redirect to the last page when the number is past it."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(request.GET.get("page") or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        number = request.GET.get("page", "")
        if number.isdigit() and int(number) > 1:
            return HttpResponseRedirect(page_url(request, paginator.num_pages))
        return paginator.page(1)
