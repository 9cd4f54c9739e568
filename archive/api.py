"""Every public page also as data: `?format=json` (all pages), `?format=csv` (the lists, every row),
and `?format=ris|bibtex|csl` (an article's citation).

The views call `render_page` where they would call `render`: the same view code (its selectors, its
visibility rule, its 404s and redirects) builds one context, and this module turns it into HTML or
data. So no page has a second copy of its queries or of who may see what. The JSON shape is
versioned (`api_version`, see README "Data out"); every object carries `url` (the HTML page) and
`json` (its data), absolute, so a client can walk the whole archive from `/?format=json`."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from archive import citations
from archive.api_csv import CSV
from archive.errors import bad_request
from archive.models import Article, Mention, Organization, Place

API_VERSION = 1


def _abs(request: HttpRequest, path: str, **params) -> str:
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return request.build_absolute_uri(path + ("?" + query if query else ""))


def _links(request: HttpRequest, obj_or_path) -> dict:
    path = obj_or_path if isinstance(obj_or_path, str) else obj_or_path.get_absolute_url()
    return {"url": _abs(request, path), "json": _abs(request, path, format="json")}


def _page_links(request: HttpRequest, page) -> dict:
    def at(number: int) -> str:
        params = request.GET.copy()
        params["page"] = number
        params["format"] = "json"
        return request.build_absolute_uri(request.path + "?" + params.urlencode())

    return {
        "count": page.paginator.count,
        "page": page.number,
        "num_pages": page.paginator.num_pages,
        "next": at(page.next_page_number()) if page.has_next() else None,
        "previous": at(page.previous_page_number()) if page.has_previous() else None,
    }


def _named(request: HttpRequest, entity, **extra) -> dict:
    out = {"id": entity.pk, "name": entity.name, **_links(request, entity), **extra}
    if getattr(entity, "region", ""):
        out["region"] = entity.region
    if getattr(entity, "kind", "") and not callable(entity.kind):
        out["kind"] = entity.kind
    return out


def _article(request: HttpRequest, article: Article) -> dict:
    return {
        "id": article.pk,
        "title": article.title,
        "subtitle": article.subtitle,
        "published": article.published_iso,
        "outlet": article.outlet_name or None,
        **_links(request, article),
    }


# -- one function per page ----------------------------------------------------------------------


def home(request: HttpRequest, c: dict) -> dict:
    return {
        "type": "home",
        "counts": c["counts"],
        "first": c["first"].isoformat() if c.get("first") else None,
        "last": c["last"].isoformat() if c.get("last") else None,
        "per_month": [{"month": b.month.strftime("%Y-%m"), "count": b.count} for b in c["timeline"]],
        "latest": [_article(request, a) for a in c["latest"]],
        "top_people": [_named(request, e, articles=e.n) for e in c["top_people"]],
        "top_organizations": [_named(request, e, articles=e.n) for e in c["top_organizations"]],
        "top_places": [_named(request, e, articles=e.n) for e in c["top_places"]],
        "lists": {
            name: _links(request, reverse(f"archive:{name}-list"))
            for name in ("article", "person", "organization", "place")
        },
        "search": _abs(request, reverse("search:results"), format="json"),
        "oai_pmh": _abs(request, reverse("oai"), verb="Identify"),
    }


def article_detail(request: HttpRequest, c: dict) -> dict:
    article = c["article"]
    mentions = article.mentions.exclude(status=Mention.Status.REJECTED).select_related(
        "person", "organization", "place"
    )
    permalink = c["permalink"]
    return {
        "type": "article",
        **_article(request, article),
        "full_title": citations.full_title(article),
        "is_title_derived": article.is_title_derived,
        "date_precision": article.date_precision,
        "published_text": article.published_text,
        "site": article.site_name or None,
        # the outlet's record (its articles are the article list filtered by it); `outlet` is as printed
        "outlet_record": (
            {
                "id": article.outlet_id,
                "name": article.outlet.name,
                "articles": _abs(
                    request, reverse("archive:article-list"), outlet=article.outlet_id, format="json"
                ),
            }
            if article.outlet_id
            else None
        ),
        "authors": article.authors or [],
        "editors": article.editors or [],
        "contributed_by": article.contributed_by,
        "original_url": article.url or None,
        "status": article.status,
        "text": article.body,
        "paragraph_kinds": article.paragraph_kinds or [],  # "note": the editor's note before the story
        "editor_note": article.editor_note,
        "mentions": [
            {
                "type": "person" if m.person_id else "organization" if m.organization_id else "place",
                "in_title": m.in_title,  # in the headline: the title or the subtitle (`field`)
                **_where(article, m),
                "text": m.text,
                "roles": m.roles,
                "age": m.age,
                "status": m.status,
                "entity": _named(request, m.person or m.organization or m.place),
            }
            for m in mentions
        ],
        "people": [_named(request, row["person"], roles=row["roles"], age=row["age"]) for row in c["people"]],
        "organizations": [_named(request, o) for o in c["organizations"]],
        "places": [_named(request, p) for p in c["places"]],
        "captures": [_capture(request, capture) for capture in c["captures"]],
        "citation": {
            "gbt7714": c["citation"].gbt7714,
            "apa": c["citation"].apa,
            **{fmt: _abs(request, article.get_absolute_url(), format=fmt) for fmt in citations.FORMATS},
        },
        "permalink": permalink,
    }


def _where(article, m) -> dict:
    """The string a mention is in (`field`: title, subtitle or text, keys of this JSON) and its offsets."""
    field, start, end = article.headline_field(m.start, m.end) if m.in_title else ("text", m.start, m.end)
    return {"field": field, "start": start, "end": end}


def _capture(request: HttpRequest, capture) -> dict:
    text_path = reverse("archive:capture-text", args=[capture.sha256])
    return {
        "sha256": capture.sha256,
        "file_name": capture.shown_file_name,
        "row": capture.row or None,  # a dataset's row: two rows of one file are two captures
        "format": capture.format,
        "encoding": capture.encoding,
        "size": capture.size,
        "imported_at": capture.imported_at.isoformat(),
        "captured_at": capture.captured_at.isoformat() if capture.captured_at else None,
        "download": _abs(request, reverse("archive:capture-download", args=[capture.sha256])),
        **_links(request, text_path),
    }


def capture_text(request: HttpRequest, c: dict) -> dict:
    return {
        "type": "capture",
        **_capture(request, c["capture"]),
        "article": _article(request, c["article"]),
        "text": c["text"],
        "truncated": c["truncated"],
    }


def _entity(request: HttpRequest, c: dict) -> dict:
    entity, page = c["entity"], c["page"]
    out = {
        "type": c["kind"],
        **_named(request, entity),
        "aliases": entity.aliases or [],
        "note": entity.note,
        "articles": {
            **_page_links(request, page),
            "items": [
                {
                    **_article(request, group.article),
                    "mentions": [
                        {
                            "start": m.start,
                            "end": m.end,
                            "text": m.text,
                            "sentence": m.sentence,
                            "roles": m.roles,
                        }
                        for m in group.mentions
                    ],
                }
                for group in c["groups"]
            ],
        },
        "co_mentions": [_named(request, n.entity, shared_articles=n.shared) for n in c["network"].nodes],
        "co_mention_links": [[a.entity.pk, b.entity.pk, shared] for a, b, shared in c["network"].edges],
    }
    if "roles" in c:
        out["roles"] = [_role(request, r) for r in c["roles"]]
    if isinstance(c.get("places"), list):
        out["places"] = [_named(request, p, articles=n) for p, n in c["places"]]
    people = c.get("people")
    if people and isinstance(people[0], tuple):  # an organisation's people, with their roles there
        out["people"] = [_named(request, p, roles=[_role(request, r) for r in rs]) for p, rs in people]
    elif people is not None:
        out["people"] = [_named(request, n.entity, shared_articles=n.shared) for n in people]
    if "organizations" in c:
        out["organizations"] = [
            _named(request, n.entity, shared_articles=n.shared) for n in c["organizations"]
        ]
    if "within" in c:
        out["within"] = {key: [_named(request, e) for e in values] for key, values in c["within"].items()}
    if "breadcrumb" in c:  # a place in the division hierarchy: the places above it, and directly below
        out["parents"] = [_named(request, p) for p in c["breadcrumb"]]
        out["children"] = [_named(request, pc.place, articles=pc.n) for pc in c["children"]]
        # articles naming it or a place within it (the hierarchy's count; `articles` lists those naming it)
        out["articles_within"] = c["within_count"].n if c.get("within_count") else 0
    return out


def place_tree(request: HttpRequest, c: dict) -> dict:
    """/places/: the top of the hierarchy, each with what lies directly within it; `list` is A–Z."""
    return {
        "type": "place-tree",
        "items": [
            {
                **_named(request, root.place, articles=root.n),
                "children": [_named(request, pc.place, articles=pc.n) for pc in kids],
            }
            for root, kids in c["tree"]
        ],
        "list": {
            "url": _abs(request, request.path, view="list"),
            "json": _abs(request, request.path, view="list", format="json"),
        },
    }


def _role(request: HttpRequest, role) -> dict:
    return {
        "title": role.title,
        "organizations": role.organizations,
        "sentence": role.mention.sentence,
        "article": _links(request, reverse("archive:article-detail", args=[role.mention.article_id])),
    }


def article_list(request: HttpRequest, c: dict) -> dict:
    page = c["page"]
    return {
        "type": "article-list",
        **_page_links(request, page),
        "filters": {
            "outlet": c["outlet"],
            "year": c["year"],
            "month": c.get("month") or None,
            "place": c["place"].pk if c.get("place") else None,
            "sort": "oldest" if c["oldest"] else "newest",
        },
        "outlets": [
            {
                "id": o.pk,
                "name": o.name,
                "articles": o.n,
                "json": _abs(request, request.path, outlet=o.pk, format="json"),
            }
            for o in c["outlets"]
        ],
        "years": c["years"],
        "items": [_article(request, a) for a in page.object_list],
    }


def entity_list(request: HttpRequest, c: dict) -> dict:
    page = c["page"]
    model = page.paginator.object_list.model
    return {
        "type": f"{model.__name__.lower()}-list",
        **_page_links(request, page),
        "filters": {
            "sort": c["order"],
            "letter": c["letter"] or None,
            "kind": c["kind"] or None,
            "name": c.get("name") or None,
        },
        "items": [_listed(request, e) for e in page.object_list],
    }


def _listed(request: HttpRequest, entity) -> dict:
    """An entry of a list; a place also with its `path` (names from the province down, as
    export_articles writes them) and `code`, which tell apart two places of one name; an
    organisation with its `jurisdiction`."""
    out = _named(request, entity, articles=entity.n)
    if isinstance(entity, Place):
        out["path"] = entity.path
        out["code"] = entity.code or None
    elif isinstance(entity, Organization):  # the place it belongs to, as such a path (or [])
        out["jurisdiction"] = entity.jurisdiction.path if entity.jurisdiction_id else []
    return out


def _citation(request: HttpRequest, c: dict, fmt: str) -> HttpResponse:
    article = c["article"]
    work = citations.work_of(article, c["permalink"])
    content_type, extension = citations.FORMATS[fmt]
    response = HttpResponse("".join(citations.stream([work], fmt)), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="archive-{article.pk}.{extension}"'
    return response


JSON: dict[str, Callable[[HttpRequest, dict], dict]] = {
    "archive/home.html": home,
    "archive/article_detail.html": article_detail,
    "archive/article_list.html": article_list,
    "archive/entity_list.html": entity_list,
    "archive/person_detail.html": _entity,
    "archive/organization_detail.html": _entity,
    "archive/place_detail.html": _entity,
    "archive/capture_text.html": capture_text,
    "archive/place_tree.html": place_tree,
}


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """The 404 of every page (config/urls.py handler404): as data when data was asked for."""
    if request.GET.get("format") == "json":
        message = _("No such page, or it is not public.")
        return JsonResponse(
            {"api_version": API_VERSION, "error": message, "status": 404},
            status=404,
            json_dumps_params={"ensure_ascii": False},
        )
    from django.views.defaults import page_not_found

    return page_not_found(request, exception)


def render_page(
    request: HttpRequest, template_name: str, context: dict | None = None, status: int | None = None
) -> HttpResponse:
    """Drop-in for django.shortcuts.render: the page, or its data when ?format= asks for it."""
    fmt = request.GET.get("format")
    context = context or {}
    if not fmt or fmt == "html":
        return render(request, template_name, context, status=status)
    if fmt == "json" and template_name in JSON:
        notices = {"notices": [str(n) for n in context["notices"]]} if "notices" in context else {}
        data = {"api_version": API_VERSION, **JSON[template_name](request, context), **notices}
        error = getattr(context.get("page"), "error", None)  # a page past the last (archive.paging)
        if error:
            data["error"], status = error, 404
        return JsonResponse(data, status=status or 200, json_dumps_params={"ensure_ascii": False})
    if fmt == "csv" and template_name in CSV:
        return CSV[template_name](request, context)
    if fmt in citations.FORMATS and template_name == "archive/article_detail.html":
        return _citation(request, context, fmt)
    return bad_request(request, _("This page is not offered in that format."))
