"""Keyword in context for corpus work: every occurrence of the query's strings in the matching
articles as (left context, match, right context), sortable the way concordancers sort, and as rows
for CSV/TSV. Pure functions over articles already loaded; the view decides which articles. A line's
`offset` counts characters into its `field`: `title`, `subtitle` or `text` (the body), the same
strings and keys as the article's JSON, where mentions' start and end point too.

Sorting by left context compares the left context read backwards from the hit (its last character
first), so lines whose hit is preceded by the same word come together:

    >>> lines = [Line(left, "党员", "", 0) for left in ("街道社区", "老党员和", "居民区")]
    >>> [line.left for line in sort_lines(lines, "left")]
    ['居民区', '街道社区', '老党员和']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from search import highlight
from search.analyzers import normalize

WIDTHS = (10, 20, 30, 50, 80)
DEFAULT_WIDTH = 30
ORDERS = ("", "left", "match", "right", "date", "outlet")  # "": the results' order, then position
COLUMNS = ["left", "match", "right", "article_id", "title", "published", "outlet", "url", "field", "offset"]
# (name in the article's JSON, model attribute): where an occurrence is, in reading order
FIELDS = (("title", "title"), ("subtitle", "subtitle"), ("text", "body"))


@dataclass(frozen=True)
class Line:
    left: str
    match: str
    right: str
    offset: int  # where the match starts in `field`, in characters (as a mention's start)
    article_id: int = 0
    title: str = ""
    published: datetime | None = field(default=None, compare=False)
    published_iso: str = ""  # as the exports write it: a date, or a date and time when one was printed
    outlet: str = ""
    url: str = ""
    field: str = "text"  # title | subtitle | text: the article JSON's key of the string it is in


# One occurrence, before its line is cut: (article, field, text, norm, start, end) — which of the
# article's strings (and its normal form, for sorting) and where. A plain tuple: 150,000 of them for
# one long article are made and sorted in a fraction of a second; only a page's lines are cut.
Occurrence = tuple
ARTICLE, FIELD, TEXT, NORM, START, END = range(6)


def occurrences(articles: Iterable, needles: list[str]) -> Iterator[Occurrence]:
    """Every occurrence in each article's headline, subtitle and body, in that order; each string is
    normalised and scanned once, and a context never runs from one string into another."""
    for article in articles:
        for name, attr in FIELDS:
            text = getattr(article, attr, "") or ""
            if not text:
                continue
            norm = normalize(text)
            for start, end in highlight.iter_occurrences(text, needles, norm):
                yield (article, name, text, norm, start, end)


def _url(article) -> str:
    url = getattr(article, "_kwic_url", None)
    if url is None:  # once per article: reverse() costs more than the line itself
        url = article._kwic_url = article.get_absolute_url()
    return url


def line(occ: Occurrence, width: int = DEFAULT_WIDTH) -> Line:
    """The line of an occurrence: `width` characters each side (fewer at its string's ends)."""
    article, name, text, _norm, start, end = occ
    return Line(
        left=text[max(0, start - width) : start].replace("\n", " "),
        match=text[start:end],
        right=text[end : end + width].replace("\n", " "),
        offset=start,
        article_id=article.pk,
        title=article.title,
        published=article.published_at,
        published_iso=article.published_iso or "",
        outlet=article.outlet_name,
        url=_url(article),
        field=name,
    )


def lines_of(articles: Iterable, needles: list[str], *, width: int = DEFAULT_WIDTH) -> Iterator[Line]:
    """Every occurrence's line, in order (see occurrences)."""
    return (line(occ, width) for occ in occurrences(articles, needles))


class Lines:
    """Sorted occurrences as a sequence of lines for the paginator: only the lines of the page
    asked for are cut."""

    def __init__(self, occs: list[Occurrence], width: int) -> None:
        self.occs, self.width = occs, width

    def __len__(self) -> int:
        return len(self.occs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [line(occ, self.width) for occ in self.occs[index]]
        return line(self.occs[index], self.width)


def _by_outlet(article) -> tuple[bool, str]:
    """Articles by their outlet as printed, those without one last."""
    name = article.outlet_name
    return not name, name


def sort_occurrences(occs: Iterable[Occurrence], order: str, width: int) -> list[Occurrence]:
    """Occurrences in the order their lines would have under sort_lines, sorted on slices of the
    normal form already made (no line is cut, nothing normalised again)."""
    occs = list(occs)
    keys = {
        "left": lambda o: o[NORM][max(0, o[START] - width) : o[START]][::-1],
        "match": lambda o: o[NORM][o[START] : o[END]],
        "right": lambda o: o[NORM][o[END] : o[END] + width],
        "date": lambda o: (o[ARTICLE].published_at is None, o[ARTICLE].published_at or 0),
        "outlet": lambda o: _by_outlet(o[ARTICLE]),
    }
    return sorted(occs, key=keys[order]) if order in keys else occs


def sort_lines(lines: Iterable[Line], order: str) -> list[Line]:
    """Lines sorted by `order` (see ORDERS), ties kept in their given order. Contexts compare in their
    folded form (黨員 = 党员, full width = half width), character by character."""
    lines = list(lines)
    if order == "left":
        return sorted(lines, key=lambda line: normalize(line.left)[::-1])
    if order == "match":
        return sorted(lines, key=lambda line: normalize(line.match))
    if order == "right":
        return sorted(lines, key=lambda line: normalize(line.right))
    if order == "date":  # oldest first, undated last
        return sorted(lines, key=lambda line: (line.published is None, line.published or 0))
    if order == "outlet":  # by outlet name, lines without an outlet last
        return sorted(lines, key=lambda line: (not line.outlet, line.outlet))
    return lines


def row(line: Line, base_url: str = "") -> list[object]:
    """One export row, in COLUMNS order; tabs and line breaks in the text become spaces (TSV-safe)."""

    def flat(text: str) -> str:
        return " ".join(text.replace("\t", " ").splitlines()) if text else ""

    return [
        flat(line.left),
        flat(line.match),
        flat(line.right),
        line.article_id,
        flat(line.title),
        line.published_iso,
        flat(line.outlet),
        base_url + line.url,
        line.field,
        line.offset,
    ]
