"""Public pages. Each view validates input, calls a selector and renders."""
from __future__ import annotations

from itertools import groupby
from pathlib import Path

from django.conf import settings
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from archive import selectors
from archive.models import Article, Capture, Organization, Person, Place


def home(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.article_list(), 50).get_page(request.GET.get("page"))
    return render(request, "archive/home.html", {
        "page": page, "counts": selectors.archive_counts(), "top_people": selectors.top_people()})


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.published().select_related("outlet", "site"), pk=pk)
    kinds = article.paragraph_kinds or []
    lines = article.body.split("\n")
    paragraphs = [(kinds[i] if i < len(kinds) else "text", line) for i, line in enumerate(lines)]
    mentions = list(article.mentions.exclude(status="rejected").select_related("person", "organization", "place"))
    people: dict[int, dict] = {}
    for m in mentions:
        if m.person_id:
            row = people.setdefault(m.person_id, {"person": m.person, "roles": [], "age": None})
            row["roles"] += [r for r in m.roles if r not in row["roles"]]
            row["age"] = row["age"] or m.age
    orgs = {m.organization_id: m.organization for m in mentions if m.organization_id}
    places = {m.place_id: m.place for m in mentions if m.place_id}
    return render(request, "archive/article_detail.html", {
        "article": article, "paragraphs": paragraphs, "people": list(people.values()),
        "organizations": list(orgs.values()), "places": list(places.values()),
        "captures": list(article.captures.all())})


def _entity_page(request: HttpRequest, entity, template: str, **lookup) -> HttpResponse:
    mentions = list(selectors.entity_mentions(**lookup))
    if not mentions and not request.user.is_staff:
        raise Http404("Nothing public mentions this entry")
    by_article = [(article, list(ms)) for article, ms in groupby(mentions, key=lambda m: m.article)]
    roles: list[tuple[str, object]] = []
    for m in mentions:
        for r in m.roles:
            if r not in [x[0] for x in roles]:
                roles.append((r, m))
    return render(request, template, {"entity": entity, "by_article": by_article, "roles": roles})


def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(Person, pk=pk)
    return _entity_page(request, person, "archive/entity_detail.html", person=person)


def organization_detail(request: HttpRequest, pk: int) -> HttpResponse:
    org = get_object_or_404(Organization, pk=pk)
    return _entity_page(request, org, "archive/entity_detail.html", organization=org)


def place_detail(request: HttpRequest, pk: int) -> HttpResponse:
    place = get_object_or_404(Place, pk=pk)
    return _entity_page(request, place, "archive/entity_detail.html", place=place)


def capture_download(request: HttpRequest, sha256: str) -> FileResponse:
    capture = get_object_or_404(Capture.objects.select_related("article"), sha256=sha256)
    if capture.article.status != Article.Status.PUBLISHED and not request.user.is_staff:
        raise Http404("No such capture")
    path = Path(settings.ARCHIVE_DATA_DIR) / capture.storage_path
    if not path.is_file():
        raise Http404("The stored original is missing; run check_archive")
    # Served as an attachment of opaque bytes: the original is untrusted HTML and must not render here.
    return FileResponse(path.open("rb"), as_attachment=True, filename=capture.file_name,
                        content_type="application/octet-stream")
