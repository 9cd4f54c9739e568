"""The reasons of an import or capture report in the reader's language.

Reasons are made in English by the readers (`archive.ingest`) and the capture (`archive.capture`):
the commands print them as they are, in English like every other command message. The admin shows
them translated: `translate_reason` matches a reason against the known forms below and gives the
translation (msgids in locale/…/django.po, the values put back in); a reason of no known form (a
library's own message) is shown as it is. A reason that holds another (a WACZ member's, a sheet's)
is translated in both parts.

    >>> from django.utils import translation
    >>> with translation.override("en"):
    ...     translate_reason("a private or local address: refused")
    'a private or local address: refused'
    >>> with translation.override("zh-hans"):
    ...     translate_reason("a private or local address: refused")
    '私有或本地地址：已拒绝'
"""

from __future__ import annotations

import re
from functools import lru_cache

from django.apps import apps
from django.utils.translation import gettext
from django.utils.translation import gettext_noop as N_

_ANY = r"(?P<%s>.*?)"  # (a curator may give no reason: "merged into #5: ")
_REASONS = [
    (
        "binary file (contains NUL bytes), not a text or HTML page",
        N_("binary file (contains NUL bytes), not a text or HTML page"),
    ),
    ("binary file, not a text or HTML page", N_("binary file, not a text or HTML page")),
    (
        "cannot tell the text encoding (not UTF-8, GB18030 or Big5)",
        N_("cannot tell the text encoding (not UTF-8, GB18030 or Big5)"),
    ),
    ("empty file", N_("empty file")),
    ("no text in the page", N_("no text in the page")),
    (
        "no article text left after removing site boilerplate",
        N_("no article text left after removing site boilerplate"),
    ),
    ("cannot open: {error}", N_("cannot open: %(error)s")),
    ("cannot read: {error}", N_("cannot read: %(error)s")),
    ("malformed HTML: {error}", N_("malformed HTML: %(error)s")),
    (
        "file is {size} bytes, over the {limit}-byte limit for one page",
        N_("file is %(size)s bytes, over the %(limit)s-byte limit for one page"),
    ),
    (
        "row is over the {limit}-byte limit for one page",
        N_("row is over the %(limit)s-byte limit for one page"),
    ),
    ("row has no body text", N_("row has no body text")),
    (
        "same text as article {pk} «{title}»: kept as another capture of it",
        N_("same text as article %(pk)s «%(title)s»: kept as another capture of it"),
    ),
    ("dataset has no rows", N_("dataset has no rows")),
    ("not valid JSON: {error}", N_("not valid JSON: %(error)s")),
    ("not a JSON object", N_("not a JSON object")),
    (
        "duplicate column header {name}: the first column of that name is read",
        N_("duplicate column header %(name)s: the first column of that name is read"),
    ),
    ("sheet not read: {reason}", N_("sheet not read: %(reason)s")),
    (
        "columns not read (kept in the capture): {columns}",
        N_("columns not read (kept in the capture): %(columns)s"),
    ),
    ("not a JSON object: {error}", N_("not a JSON object: %(error)s")),
    ("invalid at line {line}, character {char}", N_("invalid at line %(line)s, character %(char)s")),
    ("not UTF-8 text", N_("not UTF-8 text")),
    ("invalid", N_("invalid")),
    (
        "not an Excel .xlsx file (not a ZIP package, as every .xlsx is)",
        N_("not an Excel .xlsx file (not a ZIP package, as every .xlsx is)"),
    ),
    (
        "not a WACZ file (not a ZIP package, as every .wacz is)",
        N_("not a WACZ file (not a ZIP package, as every .wacz is)"),
    ),
    (
        "damaged Excel workbook after row {row}: {error}",
        N_("damaged Excel workbook after row %(row)s: %(error)s"),
    ),
    ("damaged Excel workbook: {error}", N_("damaged Excel workbook: %(error)s")),
    ("unreadable record headers", N_("unreadable record headers")),
    ("damaged gzip data", N_("damaged gzip data")),
    ("record for {url} is cut short", N_("record for %(url)s is cut short")),
    (
        "the record's gzip member ends before its checksum",
        N_("the record's gzip member ends before its checksum"),
    ),
    ("the last {n} bytes are not a whole record", N_("the last %(n)s bytes are not a whole record")),
    (
        "date {date} is no date: the article is stored without one",
        N_("date %(date)s is no date: the article is stored without one"),
    ),
    (
        "no body column (正文/内容/content/text/body) in the header: {headers}; "
        "name it with --map body=COLUMN",
        N_(
            "no body column (正文/内容/content/text/body) in the header: %(headers)s; "
            "name it with the dataset columns field: body=COLUMN"
        ),
    ),
    (
        "damaged or truncated WARC file: it stops {where}, at byte {end} ({detail}); "
        "the records before were read",
        N_(
            "damaged or truncated WARC file: it stops %(where)s, at byte %(end)s (%(detail)s); "
            "the records before were read"
        ),
    ),
    ("after the record for {url}", N_("after the record for %(url)s")),
    ("at its first record", N_("at its first record")),
    (
        "WARC file holds no text or HTML pages of http(s) URLs",
        N_("WARC file holds no text or HTML pages of http(s) URLs"),
    ),
    (
        "WACZ package holds no text or HTML pages of http(s) URLs",
        N_("WACZ package holds no text or HTML pages of http(s) URLs"),
    ),
    (
        "not a web page: {scheme} URI (only http and https responses are pages)",
        N_("not a web page: %(scheme)s URI (only http and https responses are pages)"),
    ),
    ("symbolic link inside a folder: not followed", N_("symbolic link inside a folder: not followed")),
    ("not an http(s) URL", N_("not an http(s) URL")),
    (
        "front matter is not valid {kind}: line {line}, column {column}",
        N_("front matter is not valid %(kind)s: line %(line)s, column %(column)s"),
    ),
    ("front matter is not valid {kind}", N_("front matter is not valid %(kind)s")),
    ("front matter is not a table of keys and values", N_("front matter is not a table of keys and values")),
    ("a private or local address: refused", N_("a private or local address: refused")),
    (
        "disallowed by the site's robots.txt (not fetched)",
        N_("disallowed by the site's robots.txt (not fetched)"),
    ),
    ("cannot fetch: {error}", N_("cannot fetch: %(error)s")),
    (
        "response is over the {limit}-byte limit for one page",
        N_("response is over the %(limit)s-byte limit for one page"),
    ),
    ("more than {n} redirects", N_("more than %(n)s redirects")),
]
# History reasons (django-simple-history's "change reason" of a record's version), written in English
# by the import (archive.ingest.rows), curation (archive.curation), the admin (admin.common.edit_reason)
# and the upgrade; the history page shows them translated. A curator's own words stay as typed.
_REASONS += [
    ("created by import", N_("created by import")),
    ("written form added by import", N_("written form added by import")),
    ("extracted", N_("extracted")),
    ("added in the admin", N_("added in the admin")),
    ("merged in the admin", N_("merged in the admin")),
    ("one name written two ways (upgrade)", N_("one name written two ways (upgrade)")),
    ("saved in the admin", N_("saved in the admin")),
    ("edited in the admin: {fields}", N_("edited in the admin: %(fields)s")),
    ("reverted to version {version}", N_("reverted to version %(version)s")),
    ("reverted to the version of {date}", N_("reverted to the version of %(date)s")),
    ("moved from #{pk} by a merge: {reason}", N_("moved from #%(pk)s by a merge: %(reason)s")),
    ("merged into #{pk}: {reason}", N_("merged into #%(pk)s: %(reason)s")),
    ("merged {ids}: {reason}", N_("merged %(ids)s: %(reason)s")),
    ("split from #{pk}: {reason}", N_("split from #%(pk)s: %(reason)s")),
    ("moved to #{pk} by a split: {reason}", N_("moved to #%(pk)s by a split: %(reason)s")),
    ("moved from #{pk}: {reason}", N_("moved from #%(pk)s: %(reason)s")),
    ("alias {name} went to #{pk} with its mentions", N_("alias %(name)s went to #%(pk)s with its mentions")),
    ("confirmed by a curator", N_("confirmed by a curator")),
    ("rejected by a curator", N_("rejected by a curator")),
    ("extracted by a curator", N_("set back to extracted by a curator")),
    ("added by a curator", N_("added by a curator")),
    (
        "re-anchored after an edit of the article's text",
        N_("re-anchored after an edit of the article's text"),
    ),
    (
        "removed: its words are no longer in the article's text",
        N_("removed: its words are no longer in the article's text"),
    ),
    ("replaced by re-extraction", N_("replaced by re-extraction")),
    ("status → {status}: {reason}", N_("status → %(status)s: %(reason)s")),
    ("status → {status}", N_("status → %(status)s")),
    (
        "resolve_entities: one record per real place, organisation and person",
        N_("resolve_entities: one record per real place, organisation and person"),
    ),
]
# parts that may hold another reason, translated in turn
_NESTED = {"reason", "where", "error", "detail"}


@lru_cache(maxsize=1)
def _labels() -> tuple[dict[str, object], dict[str, object]]:
    """The archive's field names and status values → their (lazily translated) labels."""
    fields: dict[str, object] = {}
    statuses: dict[str, object] = {}
    for model in apps.get_app_config("archive").get_models():
        for field in model._meta.concrete_fields:
            fields.setdefault(field.name, field.verbose_name)
            if field.name == "status":
                statuses.update({value: label for value, label in field.flatchoices})
    return fields, statuses


# parts whose values are the code's names: shown as the admin's labels (title → 标题, hidden → 已隐藏)
_VALUES = {
    "fields": lambda v: ", ".join(str(_labels()[0].get(n, n)) for n in v.split(", ")),
    "status": lambda v: str(_labels()[1].get(v, v)),
}


def _pattern(form: str) -> re.Pattern:
    parts = re.split(r"\{(\w+)\}", form)
    return re.compile(
        "".join(re.escape(p) if i % 2 == 0 else _ANY % p for i, p in enumerate(parts)) + r"\Z", re.S
    )


_COMPILED = [(_pattern(form), msgid) for form, msgid in _REASONS]
_MEMBER = re.compile(r"(?P<member>archive/[^:\s]+\.warc(?:\.gz)?): (?P<reason>.+)\Z", re.S)


def translate_reason(reason: str) -> str:
    """`reason` in the active language when it has a known form, else as it is."""
    member = _MEMBER.match(reason)
    if member:  # a WARC inside a WACZ: its name, then its reason
        return f"{member['member']}: {translate_reason(member['reason'])}"
    for pattern, msgid in _COMPILED:
        match = pattern.match(reason)
        if match:
            values = {
                k: translate_reason(v) if k in _NESTED else _VALUES[k](v) if k in _VALUES else v
                for k, v in match.groupdict().items()
            }
            return gettext(msgid) % values if values else gettext(msgid)
    return reason


def translate_lines(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(where, reason) lines of a report with each reason translated."""
    return [(where, translate_reason(reason)) for where, reason in lines]
