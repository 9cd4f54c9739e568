"""Template helpers for the archive pages. Everything from imported pages is escaped here; the
only markup added is ours (links to entity pages, <mark>)."""

from __future__ import annotations

import re
from collections import Counter

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from archive.paging import clipped
from archive.reasons import translate_reason
from archive.text import mark_invisible, script_tag, strip_invisible
from textnorm.highlight import highlight

register = template.Library()

KIND_CLASS = {"person": "m-person", "organization": "m-org", "place": "m-place"}


def mention_target(m) -> tuple[str, str] | None:
    if m.person_id:
        return "person", reverse("archive:person-detail", args=[m.person_id])
    if m.organization_id:
        return "organization", reverse("archive:organization-detail", args=[m.organization_id])
    if m.place_id:
        return "place", reverse("archive:place-detail", args=[m.place_id])
    return None


def marked_paragraphs(body: str, kinds: list[str], mentions) -> list[tuple[str, SafeString]]:
    """(kind, html) per body line, with each mention (offsets into the whole body) linked to its
    page. Overlapping mentions: the first (then the longest) wins."""
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    out = []
    offset = 0
    index = 0
    for i, line in enumerate(body.split("\n")):
        line_end = offset + len(line)
        pieces, cursor = [], offset
        while index < len(ordered) and ordered[index].start < line_end:
            m = ordered[index]
            index += 1
            target = mention_target(m)
            if m.start < cursor or m.end > line_end or target is None:
                continue
            kind, url = target
            pieces.append(escape(body[cursor : m.start]))
            pieces.append(
                format_html(
                    '<a class="mention {}" href="{}">{}</a>', KIND_CLASS[kind], url, body[m.start : m.end]
                )
            )
            cursor = m.end
        pieces.append(escape(body[cursor:line_end]))
        out.append((kinds[i] if i < len(kinds) else "text", mark_safe("".join(pieces))))  # noqa: S308 - every piece escaped above
        offset = line_end + 1
    return out


@register.filter
def kwic(sentence: str, names: str | list[str]) -> SafeString:
    """A sentence with the name (or each of several names) marked, escaped."""
    names = [names] if isinstance(names, str) else list(names or [])
    return highlight(sentence or "", [n for n in names if n])


@register.simple_tag
def people_labels(people) -> list[tuple[object, str]]:
    """(person, label) for a list of people: a name two of them share gets each one's region, so
    张磊、张磊 reads 张磊（上海市）、张磊（西安市）; other names stay bare."""
    people = list(people)
    counts = Counter(p.name for p in people)
    return [(p, str(p) if counts[p.name] > 1 else p.name) for p in people]


@register.simple_tag
def article_date(article) -> str:
    """The date as precisely as it is known."""
    if not article.published_at:
        return _("date unknown")
    if article.date_precision == "datetime":
        return timezone.localtime(article.published_at).strftime("%Y-%m-%d %H:%M")
    return article.published_iso  # the day, or only the month or the year (2021-05, 2021)


@register.filter
def safe_url(url: str) -> str:
    """Only http(s) links leave the archive; anything else (javascript:, data:) is dropped."""
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else ""


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters changed (None removes one); page resets."""
    params = context["request"].GET.copy()
    params.pop("page", None)
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return "?" + encoded if encoded else "?"


@register.simple_tag
def page_numbers(number: int, num_pages: int, around: int = 2) -> list[int | None]:
    """The page numbers a pager shows: the first, the last, and `around` either side of the current
    one; None where numbers are left out. page_numbers(9, 16) → [1, None, 7, 8, 9, 10, 11, None, 16]."""
    shown = sorted({1, num_pages, *range(max(1, number - around), min(num_pages, number + around) + 1)})
    out: list[int | None] = []
    for n in shown:
        if out and n - out[-1] == 2:
            out.append(n - 1)  # a gap of one page: show it rather than an ellipsis
        elif out and n - out[-1] > 2:
            out.append(None)
        out.append(n)
    return out


@register.simple_tag(takes_context=True)
def page_url(context, number) -> str:
    params = context["request"].GET.copy()
    params["page"] = number
    return "?" + params.urlencode()


@register.filter(is_safe=True)
def no_invisible(value):
    """Names, headlines, aliases and notes without bidi controls or zero-width characters (archive/text.py):
    for anything stored before the import and the admin removed them. Escaping is unchanged (is_safe:
    removing these characters cannot create markup)."""
    return strip_invisible(str(value)) if value is not None else value


@register.filter(is_safe=True)
def show_invisible(value):
    """The original capture's text with each bidi control or zero-width character as a visible mark."""
    return mark_invisible(str(value)) if value is not None else value


@register.filter
def history_reason(value) -> str:
    """A history version's reason in the reader's language (archive.reasons; a curator's words as typed)."""
    return translate_reason(str(value)) if value else ""


@register.filter
def here(request) -> str:
    """request.get_full_path() for the links back to this page (log in, language), with no parameter
    longer than the pages read (archive.paging.clipped).

    >>> from django.test import RequestFactory
    >>> here(RequestFactory().get("/search/", {"q": "社区" * 400, "sort": "newest"})).count("%E7%A4%BE")
    250
    """
    params = clipped(request.GET)
    if params == request.GET:
        return request.get_full_path()
    return f"{request.path}?{params.urlencode()}"


CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


@register.filter
def zh_lang(value) -> str:
    """The lang of a piece of the archive's content (WCAG 3.1.2, language of parts): `zh-Hant` when its
    first 200 characters change under OpenCC's traditional → simplified conversion, else `zh-Hans`.
    Markup in a highlighted snippet (`<mark>`) is ASCII and never changes.

    >>> zh_lang("黨員幹部下沉社區"), zh_lang("党员干部下沉社区"), zh_lang(None)
    ('zh-Hant', 'zh-Hans', 'zh-Hans')
    """
    return script_tag(value)


@register.filter(is_safe=True)
def zh(value) -> SafeString:
    """Archive content inside an interface sentence or beside it: `<span lang="…">…</span>`, the text
    escaped unless it is already safe (a highlighted snippet). Text with no Chinese character in it (a
    file name, an outlet's Latin name) is left as it is."""
    if value is None or not CJK.search(str(value)):
        return value
    return format_html('<span lang="{}">{}</span>', zh_lang(value), value)
