"""Saved searches for logged-in readers: save the search on screen, list them with the number of
articles new since the last visit, open one to see those new articles, delete one.

"New" means added to the archive (imported) after the reader last opened the saved search and
matching it now, whatever the publication date; opening the saved search moves its last visit to now.
The search's feed reads the same order (selectors.added_ids), so what is counted new is at its top."""

from __future__ import annotations

from datetime import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from archive.models import Article
from search.forms import SearchForm
from search.models import SavedSearch
from search.selectors import added_ids

NEW_SHOWN = 100


def new_articles(saved: SavedSearch, since: datetime) -> tuple[int, list[Article]]:
    """How many articles matching the saved search were imported after `since`, and the ones added
    last (latest first, as in the feed)."""
    form = SearchForm(QueryDict(saved.query))
    form.is_valid()
    ids = added_ids(form.values(), since=since)
    shown = Article.objects.select_related("outlet").in_bulk(ids[:NEW_SHOWN])
    return len(ids), [shown[pk] for pk in ids[:NEW_SHOWN] if pk in shown]


@login_required
def saved_list(request: HttpRequest) -> HttpResponse:
    rows = []
    for saved in request.user.saved_searches.all():
        count, _articles = new_articles(saved, saved.last_visit_at)
        rows.append({"saved": saved, "new": count})
    return render(request, "search/saved_list.html", {"rows": rows})


@login_required
@require_POST
def saved_create(request: HttpRequest) -> HttpResponse:
    query = QueryDict(request.POST.get("query", ""), mutable=True)
    for key in ("page", "format", "csrfmiddlewaretoken"):
        query.pop(key, None)
    state = query.urlencode()[:2000]
    name = (request.POST.get("name") or query.get("q") or _("All articles")).strip()[:200]
    try:
        with transaction.atomic():
            SavedSearch.objects.create(
                user=request.user, name=name, query=state, last_visit_at=timezone.now()
            )
    except IntegrityError:  # saved before: keep it (and its last visit), take the new name
        SavedSearch.objects.filter(user=request.user, query=state).update(name=name)
    messages.success(request, _("Search saved. Its new articles are listed under “Saved searches”."))
    return redirect("search:saved")


@login_required
def saved_detail(request: HttpRequest, pk: int) -> HttpResponse:
    saved = get_object_or_404(SavedSearch, pk=pk, user=request.user)
    since = saved.last_visit_at
    count, articles = new_articles(saved, since)
    saved.last_visit_at = timezone.now()
    saved.save(update_fields=["last_visit_at"])
    return render(
        request,
        "search/saved_detail.html",
        {"saved": saved, "since": since, "count": count, "articles": articles},
    )


@login_required
@require_POST
def saved_delete(request: HttpRequest, pk: int) -> HttpResponse:
    get_object_or_404(SavedSearch, pk=pk, user=request.user).delete()
    return redirect("search:saved")
