"""An archive published read-only (ARCHIVE_READ_ONLY, or an embedded database on storage that cannot be
written): every page, search and export works; a request that would change something is answered with a
page that says why, not with a database error."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

_READS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class ReadOnlyArchiveMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            getattr(settings, "ARCHIVE_READ_ONLY", False)
            and request.method not in _READS
            and request.path != reverse("set_language")  # the language is a cookie: nothing is written
        ):
            return render(request, "read_only.html", status=503)
        return self.get_response(request)
