"""How to cite an article: GB/T 7714-2015 and APA 7 strings, the citation_* meta tags that reference
managers (Zotero's embedded-metadata translator) read, and RIS, BibTeX (biblatex) and CSL-JSON
records for download. Plain text: templates escape it.

Every format starts from one `Work` (what is known about the article, normalised once):
- the title is cited whole, subtitle included (主题——副题); a headline the page lacked is a title
  supplied by the archive, so it is cited in square brackets (GB/T 7714-2015 and APA 7 both say so);
- an outlet is a newspaper or news service ([N/OL], RIS `NEWS`, CSL `article-newspaper`); a page
  whose source line names no real outlet ("来源：网络", from the web) or none at all is an electronic
  source from its website ([EB/OL], RIS `ELEC`, CSL `webpage`), never published by "网络" or by
  this archive.

    >>> is_generic_source("网络"), is_generic_source(" 网络综合 "), is_generic_source("永州日报")
    (True, True, False)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from archive.models import Article
from archive.text import script_tag
from textnorm.normalize import t2s_converter

ARCHIVE_NAME = "社区抗疫故事档案"
# Source lines that name no outlet: "from the web", "compiled", "this site", "reposted".
GENERIC_SOURCES = frozenset(
    {
        "网络",
        "互联网",
        "网络来源",
        "网络综合",
        "综合",
        "网络整理",
        "综合整理",
        "本站",
        "本网",
        "转载",
        "网友",
        "网络转载",
        "网路",  # Taiwan's word for 网络 (網路), which OpenCC's t2s keeps
        "网际网路",
    }
)
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


@dataclass
class Work:
    pk: int
    title: str  # whole, subtitle included; in brackets when supplied
    authors: list[str]
    outlet: str  # a real outlet, or ""
    site: str
    published: date | None
    precision: str  # of `published`: "day" (or finer), "month" or "year" (a dataset's 2021-05)
    link: str  # the original URL, or the permalink when the page had none
    permalink: str
    accessed: date
    language: str = "zh-Hans"  # the script's tag, as the pages mark the text: zh-Hans or zh-Hant

    @property
    def kind(self) -> str:
        return "news" if self.outlet else "web"


def is_generic_source(name: str) -> bool:
    """In either script (網絡, 網路 as Taiwan writes it).

    >>> [is_generic_source(n) for n in ("網絡", "網路", "網際網路", "人民日報")]
    [True, True, True, False]
    """
    name = re.sub(r"\s+", "", name or "")
    return name in GENERIC_SOURCES or t2s_converter().convert(name) in GENERIC_SOURCES


def full_title(article: Article) -> str:
    """The headline with its subtitle (主题——副题); a headline the page lacked is supplied, in brackets."""
    title = f"[{article.title}]" if article.is_title_derived else article.title
    return f"{title}——{article.subtitle}" if article.subtitle else title


def work_of(article: Article, permalink: str, accessed: date | None = None) -> Work:
    outlet = article.outlet_name
    return Work(
        pk=article.pk,
        title=full_title(article),
        authors=[a for a in (article.authors or []) if a],
        outlet="" if is_generic_source(outlet) else outlet,
        site="" if is_generic_source(article.site_name) else article.site_name,
        published=timezone.localtime(article.published_at).date() if article.published_at else None,
        precision=article.date_precision if article.date_precision in ("month", "year") else "day",
        link=article.url or permalink,
        permalink=permalink,
        accessed=accessed or timezone.localdate(),
        language=script_tag(f"{article.title}\n{article.body}"),  # as the feed marks the item
    )


# -- text citations ---------------------------------------------------------------------------


def _gbt_authors(names: list[str]) -> str:
    # GB/T 7714: up to three authors, then "等".
    return ", ".join(names[:3]) + (", 等" if len(names) > 3 else "")


def gbt7714(w: Work) -> str:
    head = f"{_gbt_authors(w.authors)}. " if w.authors else ""
    if w.kind == "news":  # 作者. 题名[N/OL]. 报纸名, 出版日期[引用日期]. URL.
        when = _iso(w) if w.published else "出版日期不详"
        return f"{head}{w.title}[N/OL]. {w.outlet}, {when}[{w.accessed.isoformat()}]. {w.link}."
    # 作者. 题名[EB/OL]. 网站, (发布日期)[引用日期]. URL.
    when = f"({_iso(w)})" if w.published else ""
    where = f"{w.site}, {when}" if w.site and when else w.site or when
    return f"{head}{w.title}[EB/OL]. {where}[{w.accessed.isoformat()}]. {w.link}."


def apa(w: Work) -> str:
    when = "n.d."
    if w.published:  # APA: (2021, May 9), (2021, May), (2021)
        when = f"{w.published.year}, {MONTHS[w.published.month - 1]} {w.published.day}"
        when = {"month": when.rsplit(" ", 1)[0], "year": str(w.published.year)}.get(w.precision, when)
    source = w.outlet or w.site
    tail = f"{source + '. ' if source else ''}{w.link}"
    if not w.authors:
        return f"{w.title}. ({when}). {tail}"
    head = f"{', '.join(w.authors[:-1])}, & {w.authors[-1]}" if len(w.authors) > 1 else w.authors[0]
    return f"{head}. ({when}). {w.title}. {tail}"


def cite(article: Article, permalink: str, accessed: date | None = None) -> Citation:
    w = work_of(article, permalink, accessed)
    meta = [("citation_title", w.title)]
    meta += [("citation_author", a) for a in w.authors]
    if w.published:
        meta += [
            ("citation_publication_date", _iso(w).replace("-", "/")),
            ("citation_date", _iso(w).replace("-", "/")),
        ]
    if w.outlet:
        meta.append(("citation_journal_title", w.outlet))
    if w.site:
        meta.append(("citation_publisher", w.site))
    meta += [("citation_language", "zh"), ("citation_fulltext_html_url", permalink)]
    if article.url:
        meta.append(("citation_public_url", article.url))
    return Citation(gbt7714=gbt7714(w), apa=apa(w), meta=meta)


# -- reference-manager formats ----------------------------------------------------------------


def _one_line(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def ris(w: Work) -> str:
    """One RIS record (EndNote, Zotero, Mendeley), CRLF line ends as the format's specification has."""
    lines = [("TY", "NEWS" if w.kind == "news" else "ELEC"), ("TI", w.title)]
    lines += [("AU", a) for a in w.authors]
    if w.outlet:
        lines.append(("T2", w.outlet))
    if w.site:
        lines.append(("PB", w.site))
    if w.published:
        ris_date = {"month": "%Y/%m//", "year": "%Y///"}.get(w.precision, "%Y/%m/%d")  # RIS: empty parts
        lines += [("PY", str(w.published.year)), ("DA", w.published.strftime(ris_date))]
    lines += [
        ("UR", w.link),
        ("Y2", w.accessed.strftime("%Y/%m/%d")),
        ("LA", w.language),
        ("DB", ARCHIVE_NAME),
        ("N1", f"Archived copy: {w.permalink}"),
    ]
    return "".join(f"{tag}  - {_one_line(value)}\r\n" for tag, value in lines) + "ER  - \r\n"


def _tex(value: str) -> str:
    """A biblatex field value: TeX's special characters escaped (Chinese stays as it is, UTF-8)."""
    out = _one_line(value).replace("\\", "\\textbackslash{}")
    out = re.sub(r"([{}&%$#_])", r"\\\1", out)
    out = out.replace("\\textbackslash\\{\\}", "\\textbackslash{}")
    return out.replace("~", "\\textasciitilde{}").replace("^", "\\textasciicircum{}")


def bibtex(w: Work) -> str:
    """One biblatex entry (@article in a newspaper, @online otherwise); names in braces, never split."""
    fields = [("title", _tex(w.title))]
    if w.authors:
        fields.append(("author", " and ".join("{" + _tex(a) + "}" for a in w.authors)))
    if w.outlet:
        fields += [("journaltitle", _tex(w.outlet)), ("journal", _tex(w.outlet))]
    if w.site:
        fields.append(("organization", _tex(w.site)))
    if w.published:
        fields += [("date", _iso(w)), ("year", str(w.published.year))]
    fields += [
        ("url", w.link),
        ("urldate", w.accessed.isoformat()),
        ("langid", "chinese"),
        ("note", "Archived copy: \\url{" + w.permalink + "}"),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{'article' if w.kind == 'news' else 'online'}{{archive{w.pk},\n{body}\n}}\n"


def _date_parts(d: date, precision: str = "day") -> dict:
    """CSL's date: as many of year, month and day as the precision gives."""
    return {"date-parts": [[d.year, d.month, d.day][: {"month": 2, "year": 1}.get(precision, 3)]]}


def _iso(w: Work) -> str:
    """The publication date as precisely as known: 2021-05-09, 2021-05 or 2021."""
    return "-".join(f"{part:02d}" for part in _date_parts(w.published, w.precision)["date-parts"][0])


def csl(w: Work) -> dict:
    """One CSL-JSON item (Zotero, Pandoc, citeproc); names are literals (Chinese names are not split)."""
    item = {
        "id": f"archive{w.pk}",
        "type": "article-newspaper" if w.kind == "news" else "webpage",
        "title": w.title,
        "author": [{"literal": a} for a in w.authors],
        "URL": w.link,
        "accessed": _date_parts(w.accessed),
        "language": w.language,
        "archive": ARCHIVE_NAME,
        "archive_location": w.permalink,
    }
    if w.outlet:
        item["container-title"] = w.outlet
    if w.site:
        item["publisher" if w.outlet else "container-title"] = w.site
    if w.published:
        item["issued"] = _date_parts(w.published, w.precision)
    return item


FORMATS = {  # ?format= value: (content type, file extension)
    "ris": ("application/x-research-info-systems; charset=utf-8", "ris"),
    "bibtex": ("application/x-bibtex; charset=utf-8", "bib"),
    "csl": ("application/vnd.citationstyles.csl+json; charset=utf-8", "json"),
}


def stream(works: Iterable[Work], fmt: str) -> Iterable[str]:
    """The works in one format, a record at a time (CSL-JSON as one array)."""
    if fmt == "csl":
        yield "["
        for i, w in enumerate(works):
            yield ("," if i else "") + "\n" + json.dumps(csl(w), ensure_ascii=False)
        yield "\n]\n"
        return
    for w in works:
        yield ris(w) if fmt == "ris" else bibtex(w) + "\n"
