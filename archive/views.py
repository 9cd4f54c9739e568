"""Public pages. Each view validates its input, calls selectors and renders; only published
articles (and entities they mention) are shown to the public; drafts and hidden ones only to users
with the archive's view permission (selectors.can_see_unpublished, the one rule for every page)."""

from __future__ import annotations

from pathlib import Path

from django.core.paginator import Page, Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _

from archive import place_tree, selectors
from archive.api import render_page as render  # the page, or its data with ?format=json|csv|ris…
from archive.charts import month_chart
from archive.citations import cite
from archive.forms import ArticleListForm, EntityListForm, ignored
from archive.merge_rows import resolve_merged
from archive.models import Article, Capture, Organization, Outlet, Person, Place
from archive.originals import original_path
from archive.paging import page_notices, paginate
from archive.templatetags.archive_tags import marked_paragraphs

PER_PAGE = 50


def home(request: HttpRequest) -> HttpResponse:
    summary = selectors.home_summary()
    return render(
        request,
        "archive/home.html",
        {
            **summary,
            # the bars link to a search of their month
            "chart": month_chart({f"{bar.month:%Y-%m}": bar.count for bar in summary["timeline"]}),
            "state": QueryDict(),
            "latest": list(selectors.article_list().order_by("-published_at", "-id")[:10]),
        },
    )


def _listable_place(pk: int) -> bool:
    """A place the public may filter by: named in a published article, or with one within it."""
    return selectors.public_entity(Place, pk) is not None or selectors.filtered_articles(place=pk).exists()


def article_list(request: HttpRequest) -> HttpResponse:
    v = ArticleListForm(request.GET).values()
    notices = v.pop("notices")
    outlets = list(selectors.outlets_with_articles())
    if v["outlet"] and not any(o.pk == v["outlet"] for o in outlets):
        survivor = resolve_merged(Outlet, v["outlet"])
        if survivor is not None and any(o.pk == survivor.pk for o in outlets):  # merged since the link
            query = request.GET.copy()
            query["outlet"] = str(survivor.pk)
            return redirect(request.path + "?" + query.urlencode(), permanent=True)
        notices.append(
            _("The %(facet)s filter “%(value)s” was ignored: %(why)s.")
            % {"facet": _("Outlet"), "value": v["outlet"], "why": _("it names nothing in the archive")}
        )
        v["outlet"] = None
    if v["place"] and not _listable_place(v["place"]):
        survivor = None if Place.objects.filter(pk=v["place"]).exists() else resolve_merged(Place, v["place"])
        if survivor is not None and _listable_place(survivor.pk):  # a link made before a curator's merge
            query = request.GET.copy()
            query["place"] = str(survivor.pk)
            return redirect(request.path + "?" + query.urlencode(), permanent=True)
        # (a place known only from unpublished articles is answered as one that never existed)
        notices.append(_("The place asked for is not in the archive; the list is not filtered by place."))
        v["place"] = None
    articles = selectors.filtered_articles(
        outlet=v["outlet"], year=v["year"], month=v["month"], place=v["place"], oldest_first=v["oldest"]
    )
    page = paginate(request, articles, PER_PAGE)
    if isinstance(page, HttpResponseRedirect):
        return page  # past the last page
    notices += page_notices(page)
    return render(
        request,
        "archive/article_list.html",
        {
            "page": page,
            "outlets": outlets,
            "years": selectors.article_years(),
            **selectors.article_filter_choices(),
            **v,
            "month": f"{v['month'][0]:04d}-{v['month'][1]:02d}" if v["month"] else "",
            "place": selectors.public_entity(Place, v["place"]),
            "notices": notices,
        },
    )


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    visible = selectors.visible_articles(request.user)
    article = get_object_or_404(visible.select_related("outlet", "site"), pk=pk)
    mentions = list(
        article.mentions.exclude(status="rejected").select_related("person", "organization", "place")
    )
    people: dict[int, dict] = {}
    for m in mentions:
        if m.person_id:
            row = people.setdefault(m.person_id, {"person": m.person, "roles": [], "age": None})
            row["roles"] += [r for r in m.roles if r not in row["roles"]]
            row["age"] = row["age"] or m.age
    orgs = {m.organization_id: m.organization for m in mentions if m.organization_id}
    places = {m.place_id: m.place for m in mentions if m.place_id}
    permalink = request.build_absolute_uri(article.get_absolute_url())
    return render(
        request,
        "archive/article_detail.html",
        {
            "article": article,
            "paragraphs": marked_paragraphs(
                article.body, article.paragraph_kinds or [], [m for m in mentions if not m.in_title]
            ),
            "people": list(people.values()),
            "organizations": list(orgs.values()),
            "places": list(places.values()),
            "captures": list(article.captures.all()),
            "permalink": permalink,
            "citation": cite(article, permalink),
        },
    )


def _entity_context(request: HttpRequest, entity, *, reached: bool = False) -> dict:
    """`reached`: public although no article names the entity itself (a place with articles within)."""
    articles = selectors.entity_articles(entity)
    page = paginate(request, articles, 30)
    paginator = page.paginator if isinstance(page, Page) else Paginator(articles, 30)
    if not paginator.count and not reached and not selectors.can_see_unpublished(request.user):
        raise Http404("Nothing public mentions this entry")
    if isinstance(page, HttpResponseRedirect):
        raise _PastTheEnd(page["Location"])
    return {
        "entity": entity,
        "page": page,
        "groups": selectors.mentions_in(entity, page.object_list),
        "network": selectors.network(entity),
    }


def _entity_or_survivor(model, pk: int):
    """The record, or (after a curator's merge) a permanent redirect to the record it was merged into."""
    found = model.objects.filter(pk=pk).first()
    if found is not None:
        return found
    survivor = resolve_merged(model, pk)
    if survivor is None:
        raise Http404("No such record")
    raise _Moved(survivor)


class _Moved(Exception):
    def __init__(self, survivor):
        self.survivor = survivor


class _PastTheEnd(Exception):
    def __init__(self, url: str):
        self.url = url


def _follows_merges(view):
    def wrapper(request, pk):
        try:
            return view(request, pk)
        except _PastTheEnd as past:  # a page number past the last page: to the last page
            return HttpResponseRedirect(past.url)
        except _Moved as moved:
            query = request.GET.urlencode()  # keeps ?format=json (and the page) across the redirect
            return redirect(
                moved.survivor.get_absolute_url() + ("?" + query if query else ""), permanent=True
            )

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


@_follows_merges
def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    person = _entity_or_survivor(Person, pk)
    context = _entity_context(request, person)
    context.update(
        kind="person",
        roles=selectors.roles_of(person),
        places=selectors.place_counts(person),
        organizations=selectors.co_mentioned(person, Organization, limit=20),
    )
    return render(request, "archive/person_detail.html", context)


@_follows_merges
def organization_detail(request: HttpRequest, pk: int) -> HttpResponse:
    org = _entity_or_survivor(Organization, pk)
    context = _entity_context(request, org)
    context.update(
        kind="organization",
        people=selectors.people_of_organization(org),
        places=selectors.place_counts(org),
        within=selectors.units_within(org),
    )
    return render(request, "archive/organization_detail.html", context)


@_follows_merges
def place_detail(request: HttpRequest, pk: int) -> HttpResponse:
    place = _entity_or_survivor(Place, pk)
    children = place_tree.children(place)
    context = _entity_context(request, place, reached=bool(children))
    context.update(
        kind="place",
        breadcrumb=place_tree.breadcrumb(place),
        children=children,
        # the count the hierarchy, `place:` and the place filter give (the list of articles below
        # counts those that name the place itself)
        within_count=next(iter(place_tree.article_counts([place])), None),
        people=selectors.co_mentioned(place, Person, limit=40),
        organizations=selectors.co_mentioned(place, Organization, limit=30),
        within=selectors.units_within(place),
    )
    return render(request, "archive/place_detail.html", context)


def _entity_list(
    request: HttpRequest, model, template: str, title: str, notices: list[str] | None = None
) -> HttpResponse:
    kinds = model.Kind.choices if hasattr(model, "Kind") else []
    v = EntityListForm(request.GET, kinds=kinds).values()
    notices = [*(notices or []), *v.pop("notices")]  # shown above the list, as on /articles/
    entities = selectors.entity_list(model, **v)
    page = paginate(request, entities, PER_PAGE)
    if isinstance(page, HttpResponseRedirect):
        return page  # past the last page
    notices += page_notices(page)
    return render(
        request,
        template,
        {
            "page": page,
            **v,
            "letters": EntityListForm.LETTERS,
            "kinds": kinds,
            "title": title,
            "notices": notices,
        },
    )


def person_list(request: HttpRequest) -> HttpResponse:
    return _entity_list(request, Person, "archive/entity_list.html", _("People"))


def organization_list(request: HttpRequest) -> HttpResponse:
    return _entity_list(request, Organization, "archive/entity_list.html", _("Organisations"))


def place_list(request: HttpRequest) -> HttpResponse:
    """The hierarchy (provinces, each with what lies directly within it); any list parameter (?view=list,
    sort, letter, kind, name) gives the A–Z list of every place instead. A view other than `list` is
    left out (and said): the page is what it would be without it."""
    notices, given = [], set(request.GET)
    if request.GET.get("view", "list") != "list":
        notices.append(ignored(_("View"), request.GET["view"]))
        given.discard("view")
    # (as CSV the hierarchy is the list of every place, each with its code and its path from the province)
    if given & {"view", "sort", "letter", "kind", "page", "name"} or request.GET.get("format") == "csv":
        return _entity_list(request, Place, "archive/entity_list.html", _("Places"), notices)
    return render(request, "archive/place_tree.html", {"tree": place_tree.tree(), "notices": notices})


def _capture(request: HttpRequest, sha256: str) -> tuple[Capture, Path]:
    capture = get_object_or_404(Capture.objects.select_related("article"), sha256=sha256)
    if capture.article.status != Article.Status.PUBLISHED and not selectors.can_see_unpublished(request.user):
        raise Http404("No such capture")
    path = original_path(capture.sha256)
    if not path.is_file():
        raise Http404("The stored original is missing; run check_archive")
    return capture, path


def capture_download(request: HttpRequest, sha256: str) -> FileResponse:
    capture, path = _capture(request, sha256)
    # Served as an attachment of opaque bytes: the original is untrusted HTML and must not render here.
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=capture.download_name,
        content_type="application/octet-stream",
    )


MAX_SOURCE_CHARS = 2_000_000


def capture_text(request: HttpRequest, sha256: str) -> HttpResponse:
    """The original capture shown as text (escaped, never rendered), decoded with its recorded encoding."""
    capture, path = _capture(request, sha256)
    raw = path.read_bytes()
    try:
        text = raw.decode(capture.encoding or "utf-8", errors="replace")
    except LookupError:
        text = raw.decode("utf-8", errors="replace")
    truncated = len(text) > MAX_SOURCE_CHARS
    return render(
        request,
        "archive/capture_text.html",
        {
            "capture": capture,
            "article": capture.article,
            "text": text[:MAX_SOURCE_CHARS],
            "truncated": truncated,
        },
    )
