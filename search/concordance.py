"""Keyword in context for corpus work: every occurrence of the query's strings in the matching
articles as (left context, match, right context), sortable the way concordancers sort, and as rows
for CSV/TSV. Pure functions over articles already loaded; the view decides which articles.

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

from django.utils import timezone

from search import highlight
from search.analyzers import normalize

WIDTHS = (10, 20, 30, 50, 80)
DEFAULT_WIDTH = 30
ORDERS = ("", "left", "match", "right", "date", "outlet")  # "": the results' order, then position
COLUMNS = ["left", "match", "right", "article_id", "title", "published", "outlet", "url", "offset"]


@dataclass(frozen=True)
class Line:
    left: str
    match: str
    right: str
    offset: int
    article_id: int = 0
    title: str = ""
    published: datetime | None = field(default=None, compare=False)
    outlet: str = ""
    url: str = ""


def lines_of(articles: Iterable, needles: list[str], *, width: int = DEFAULT_WIDTH) -> Iterator[Line]:
    """Every occurrence in each article's headline and body (one text, headline first), in order."""
    for article in articles:
        text = "\n".join(p for p in (article.title, article.body) if p)
        outlet = article.outlet.name if article.outlet_id and article.outlet else ""
        url = article.get_absolute_url()  # once per article: reverse() costs more than the line itself
        for c in highlight.kwic(text, needles, width=width):
            yield Line(
                left=c.left,
                match=c.match,
                right=c.right,
                offset=c.offset,
                article_id=article.pk,
                title=article.title,
                published=article.published_at,
                outlet=outlet,
                url=url,
            )


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

    published = timezone.localtime(line.published).isoformat() if line.published else ""
    return [
        flat(line.left),
        flat(line.match),
        flat(line.right),
        line.article_id,
        flat(line.title),
        published,
        flat(line.outlet),
        base_url + line.url,
        line.offset,
    ]
