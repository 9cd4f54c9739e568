"""The archive's own error responses: pages of the site, in the reader's language."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def bad_request(request: HttpRequest, message: str) -> HttpResponse:
    """A 400 as a page of the site (its reason, a way back), in the reader's language."""
    return render(request, "400.html", {"message": message}, status=400)
