"""How to cite an article: GB/T 7714-2015 and APA 7 strings, and the citation_* meta tags that
reference managers (Zotero's embedded-metadata translator) read. Plain text: templates escape it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from archive.models import Article

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass
class Citation:
    gbt7714: str
    apa: str
    meta: list[tuple[str, str]]  # (name, content) pairs for <meta name=... content=...>


def _published(article: Article) -> date | None:
    return timezone.localtime(article.published_at).date() if article.published_at else None


def _gbt_authors(names: list[str]) -> str:
    # GB/T 7714: up to three authors, then "等".
    return ", ".join(names[:3]) + (", 等" if len(names) > 3 else "")


def cite(article: Article, permalink: str, accessed: date | None = None) -> Citation:
    accessed = accessed or timezone.localdate()
    published = _published(article)
    outlet = article.outlet.name if article.outlet else (article.site.name if article.site else "")
    link = article.url or permalink
    authors = [a for a in (article.authors or []) if a]

    parts = []
    if authors:
        parts.append(f"{_gbt_authors(authors)}. ")
    parts.append(f"{article.title}[N/OL]. ")
    where = outlet or "社区抗疫故事档案"
    parts.append(f"{where}, {published.isoformat() if published else '出版日期不详'}")
    parts.append(f"[{accessed.isoformat()}]. {link}.")
    gbt = "".join(parts)

    when = f"{published.year}, {MONTHS[published.month - 1]} {published.day}" if published else "n.d."
    if authors:
        head = f"{', '.join(authors[:-1])}, & {authors[-1]}" if len(authors) > 1 else authors[0]
        apa = f"{head}. ({when}). {article.title}. {outlet + '. ' if outlet else ''}{link}"
    else:
        apa = f"{article.title}. ({when}). {outlet + '. ' if outlet else ''}{link}"

    meta = [("citation_title", article.title)]
    meta += [("citation_author", a) for a in authors]
    if published:
        meta += [
            ("citation_publication_date", published.strftime("%Y/%m/%d")),
            ("citation_date", published.strftime("%Y/%m/%d")),
        ]
    if outlet:
        meta.append(("citation_journal_title", outlet))
    if article.site:
        meta.append(("citation_publisher", article.site.name))
    meta += [("citation_language", "zh"), ("citation_fulltext_html_url", permalink)]
    if article.url:
        meta.append(("citation_public_url", article.url))
    return Citation(gbt7714=gbt, apa=apa, meta=meta)
