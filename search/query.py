"""The archive's query language, parsed into a small tree and then into haystack `SQ` objects.

    核酸 检测            every word must occur (each word is matched as an exact substring)
    "核酸检测点"          an exact phrase; spaces and operators inside quotes are text (“…” works too)
    核酸 OR 抗原          either (OR binds the neighbouring terms; `|` works too)
    -演练                 leave out articles containing it
    title:封控  person:潘晓喆  org:居委会  place:同济新村  source:新华网
                          search one field (also 标题: 人物: 机构: 地点: 来源:, with ：)
    year:2020  date:2020-03  date:2020-03-01..2020-04-15
                          restrict the publication date

Parsing never fails: anything that is not valid syntax is searched as plain text, and what was
changed is reported in `ParsedQuery.notices`. The module is pure (no database, no index) except
`to_sq`, which only builds haystack query objects; any haystack backend can run them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.utils.translation import gettext_lazy as _

MAX_QUERY_CHARS = 500
MAX_TERMS = 32

FIELD_PREFIXES = {
    "title": "title",
    "标题": "title",
    "person": "people",
    "人物": "people",
    "人": "people",
    "org": "orgs",
    "机构": "orgs",
    "单位": "orgs",
    "place": "places",
    "地点": "places",
    "地名": "places",
    "source": "source",
    "来源": "source",
    "媒体": "source",
}
DATE_PREFIXES = {"year": "year", "年份": "year", "date": "date", "日期": "date"}
OPEN_QUOTES = {'"': '"', "“": "”", "＂": "＂", "「": "」"}
_PREFIX_RE = re.compile(r"^(?P<name>[A-Za-z]+|[\u4e00-\u9fff]{1,2})[:：](?P<rest>.*)$", re.S)
_DATE_RE = re.compile(r"^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?年?$")


@dataclass(frozen=True)
class Term:
    text: str
    field: str = "text"
    phrase: bool = False

    def __str__(self) -> str:
        prefix = "" if self.field == "text" else f"{self.field}:"
        return f'{prefix}"{self.text}"' if self.phrase else f"{prefix}{self.text}"


@dataclass
class Clause:
    terms: list[Term]
    negated: bool = False


@dataclass
class ParsedQuery:
    raw: str
    clauses: list[Clause] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    notices: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.clauses and self.date_from is None and self.date_to is None

    @property
    def positive_terms(self) -> list[Term]:
        return [t for c in self.clauses if not c.negated for t in c.terms]

    def highlight_texts(self) -> list[str]:
        """Strings to mark in titles and bodies: every positive term, whichever field it searched."""
        seen: list[str] = []
        for t in self.positive_terms:
            if t.text not in seen:
                seen.append(t.text)
        return seen


def clean_text(raw: str) -> tuple[str, list[str]]:
    notices = []
    if "\ufffd" in raw:
        notices.append(_("The query contained bytes that are not valid text; they were left out."))
        raw = raw.replace("\ufffd", " ")
    cleaned = "".join(
        " " if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") else c for c in raw
    )
    if len(cleaned) > MAX_QUERY_CHARS:
        notices.append(
            _("The query was longer than %(n)d characters; only the first %(n)d were searched.")
            % {"n": MAX_QUERY_CHARS}
        )
        cleaned = cleaned[:MAX_QUERY_CHARS]
    return cleaned, notices


def _lex(text: str, notices: list[str]) -> list[tuple[str, str]]:
    """Split into ("word"|"phrase"|"or", text) pieces; a word may carry a '-' or 'field:' prefix."""
    pieces: list[tuple[str, str]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        j = i
        buf = []
        kind = "word"
        while j < n and not text[j].isspace():
            c = text[j]
            if c in OPEN_QUOTES:
                close = text.find(OPEN_QUOTES[c], j + 1)
                if close < 0:
                    notices.append(_("A quotation mark was not closed; the rest was searched as words."))
                    j += 1
                    continue
                buf.append("\x00" + text[j + 1 : close] + "\x00")
                kind = "phrase"
                j = close + 1
                continue
            buf.append(c)
            j += 1
        piece = "".join(buf)
        if piece in ("OR", "|", "或"):
            pieces.append(("or", piece))
        elif piece:
            pieces.append((kind, piece))
        i = j
    return pieces


def _parse_date(text: str, end: bool) -> date | None:
    m = _DATE_RE.match(text.strip())
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            return date(year, int(month), int(day))
        if month:
            first = date(year, int(month), 1)
            if not end:
                return first
            nxt = date(year + (first.month == 12), first.month % 12 + 1, 1)
            return nxt - timedelta(days=1)
        return date(year, 12, 31) if end else date(year, 1, 1)
    except ValueError:
        return None


def parse_date_range(text: str) -> tuple[date | None, date | None] | None:
    """'2020', '2020-03', '2020-03-12', 'A..B', 'A..' or '..B' → (from, to); None when not a date."""
    if ".." in text:
        left, right = text.split("..", 1)
        start = _parse_date(left, end=False) if left.strip() else None
        stop = _parse_date(right, end=True) if right.strip() else None
        if (
            (left.strip() and start is None)
            or (right.strip() and stop is None)
            or (start is None and stop is None)
        ):
            return None
        return start, stop
    start, stop = _parse_date(text, end=False), _parse_date(text, end=True)
    return (start, stop) if start else None


def _term(piece: str, kind: str, notices: list[str]) -> tuple[Term | None, bool, tuple | None]:
    """One lexed piece → (term, negated, date_range)."""
    negated = False
    if piece.startswith("-") and len(piece) > 1:
        negated, piece = True, piece[1:]
    target = "text"
    m = _PREFIX_RE.match(piece)
    if m and (m.group("name").lower() in FIELD_PREFIXES or m.group("name").lower() in DATE_PREFIXES):
        name, rest = m.group("name").lower(), m.group("rest")
        if name in DATE_PREFIXES:
            rng = parse_date_range(rest.replace("\x00", ""))
            if rng is not None and not negated:
                return None, False, rng
            notices.append(
                _(
                    "“%(text)s” is not a date we understand (use 2020, 2020-03, 2020-03-12 or A..B); "
                    "it was searched as text."
                )
                % {"text": piece.replace("\x00", "")}
            )
        elif rest.replace("\x00", "").strip():
            target, piece = FIELD_PREFIXES[name], rest
        else:
            notices.append(
                _("“%(text)s” names a field but no text to look for; it was searched as text.")
                % {"text": piece.replace("\x00", "")}
            )
    phrase = "\x00" in piece
    text = piece.replace("\x00", "")
    if not text.strip():
        return None, False, None
    if phrase:
        text = " ".join(text.split())
    return Term(text=text, field=target, phrase=phrase), negated, None


def parse(raw: str) -> ParsedQuery:
    text, notices = clean_text(raw or "")
    result = ParsedQuery(raw=raw or "", notices=notices)
    pieces = _lex(text, result.notices)
    pending_or = False
    for kind, piece in pieces:
        if kind == "or":
            if not result.clauses or pending_or or result.clauses[-1].negated:
                result.notices.append(
                    _("“%(op)s” needs a term on each side; it was ignored.") % {"op": piece}
                )
                continue
            pending_or = True
            continue
        term, negated, rng = _term(piece, kind, result.notices)
        if rng is not None:
            start, stop = rng
            if start and (result.date_from is None or start > result.date_from):
                result.date_from = start
            if stop and (result.date_to is None or stop < result.date_to):
                result.date_to = stop
            pending_or = False
            continue
        if term is None:
            continue
        if pending_or and not negated:
            result.clauses[-1].terms.append(term)
        else:
            if pending_or:
                result.notices.append(_("“OR” cannot join an excluded term; it was ignored."))
            result.clauses.append(Clause(terms=[term], negated=negated))
        pending_or = False
    if pending_or:
        result.notices.append(_("“OR” needs a term on each side; it was ignored."))
    if sum(len(c.terms) for c in result.clauses) > MAX_TERMS:
        kept, count = [], 0
        for clause in result.clauses:
            if count + len(clause.terms) > MAX_TERMS:
                break
            kept.append(clause)
            count += len(clause.terms)
        result.clauses = kept
        result.notices.append(_("Only the first %(n)d terms were searched.") % {"n": MAX_TERMS})
    if result.clauses and all(c.negated for c in result.clauses) and not result.notices:
        pass  # "everything except …" is a valid query
    return result


def day_start(d: date) -> datetime:
    return datetime.combine(d, time.min)


def day_end(d: date) -> datetime:
    return datetime.combine(d, time.max).replace(microsecond=0)


def to_sq(parsed: ParsedQuery):
    """The parsed query as one haystack SQ (None when nothing constrains the search)."""
    from haystack.query import SQ

    combined = None
    for clause in parsed.clauses:
        alternatives = None
        for term in clause.terms:
            sq = SQ(**{f"{term.field}__exact": term.text})
            alternatives = sq if alternatives is None else alternatives | sq
        if clause.negated:
            alternatives = ~alternatives
        combined = alternatives if combined is None else combined & alternatives
    return combined
