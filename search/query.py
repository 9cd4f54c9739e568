"""The archive's query language, parsed into a small tree and then into haystack `SQ` objects.

    核酸 检测            every word must occur (each word is matched as an exact substring)
    "核酸检测点"          an exact phrase; spaces and operators inside quotes are text (“…” works too)
    核酸 OR 抗原          either (OR binds the neighbouring terms; `|` works too)
    -演练                 leave out articles containing it
    (核酸 OR 抗原) 志愿者  brackets group (nested, and `-(…)` leaves the whole group out)
    title:封控  person:潘晓喆  org:居委会  place:同济新村  source:新华网
                          search one field (also 标题: 人物: 机构: 地点: 来源:, with ：)
    year:2020  date:2020-03  date:2020-03-01..2020-04-15
                          restrict the publication date

Parsing never fails: anything that is not valid syntax is searched as plain text or left out, and
every part that was changed or ignored is named in `ParsedQuery.notices`. Dates outside the years
MIN_YEAR..MAX_YEAR are ignored with a note (so no date can overflow further down). The module is
pure (no database, no index) except `to_sq`, which only builds haystack query objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext_lazy as _

from search.dates import DateError, day_end, day_start, read_range
from search.query_lex import _PREFIX_RE, MAX_QUERY_CHARS, _lex, clean_text

__all__ = ["MAX_QUERY_CHARS", "ParsedQuery", "clean_text", "parse", "to_sq"]
from search.registry import FIELD_PREFIXES, term_text

MAX_TERMS = 32

DATE_PREFIXES = {"year": "year", "年份": "year", "date": "date", "日期": "date"}
NOT_OPERATORS = ("NOT", "AND")  # other query languages' operators, which this one does not have


@dataclass(frozen=True)
class Term:
    text: str
    field: str = "text"
    phrase: bool = False

    def __str__(self) -> str:
        prefix = "" if self.field == "text" else f"{self.field}:"
        return f'{prefix}"{self.text}"' if self.phrase else f"{prefix}{self.text}"


@dataclass
class Group:
    """Bracketed clauses, used as one alternative of a clause: `(核酸 OR 抗原)`."""

    clauses: list[Clause]

    def __str__(self) -> str:
        return "(" + " ".join(str(c) for c in self.clauses) + ")"

    def leaves(self) -> list[Term]:
        return [t for c in self.clauses for t in c.leaves()]


@dataclass
class Clause:
    """Alternatives (ORed), all required unless negated."""

    terms: list[Term | Group]
    negated: bool = False

    def __str__(self) -> str:
        return ("-" if self.negated else "") + " OR ".join(str(t) for t in self.terms)

    def leaves(self) -> list[Term]:
        return [leaf for t in self.terms for leaf in (t.leaves() if isinstance(t, Group) else [t])]

    def positive_leaves(self) -> list[Term]:
        if self.negated:
            return []
        out: list[Term] = []
        for t in self.terms:
            out += [leaf for c in t.clauses for leaf in c.positive_leaves()] if isinstance(t, Group) else [t]
        return out


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
        """Terms that must or may occur (not inside an excluded clause or group)."""
        return [t for c in self.clauses for t in c.positive_leaves()]

    def highlight_texts(self) -> list[str]:
        """Strings to mark in titles and bodies: every positive term, whichever field it searched."""
        seen: list[str] = []
        for t in self.positive_terms:
            if t.text not in seen:
                seen.append(t.text)
        return seen


def _date_term(name: str, rest: str, piece: str, negated: bool, notices: list[str]):
    if not negated:
        try:
            found = read_range(rest)
        except DateError as exc:
            notices.append(str(exc))
            if exc.out_of_range:
                return None, False, None
        else:
            notices += found.notices
            return None, False, (found.start, found.stop)
    notices.append(_("“%(text)s” was searched as text.") % {"text": piece})
    return Term(text=piece.lstrip("-"), field="text"), negated, None


def _term(
    piece: str, kind: str, notices: list[str], target: str = "text"
) -> tuple[Term | None, bool, tuple | None]:
    """One lexed piece → (term, negated, date_range); `target`: the field of the enclosing
    `field:(…)` group, which a prefix of the piece's own replaces."""
    negated = False
    if piece.startswith("-") and len(piece) > 1:
        negated, piece = True, piece[1:]
    if kind == "word" and piece in NOT_OPERATORS:
        notices.append(
            _(
                "“%(op)s” was searched as a word: this search has no %(op)s operator (every word must "
                "occur anyway; put - before a word to leave it out, e.g. -核酸)."
            )
            % {"op": piece}
        )
    m = _PREFIX_RE.match(piece)
    if m and (m.group("name").lower() in FIELD_PREFIXES or m.group("name").lower() in DATE_PREFIXES):
        name, rest = m.group("name").lower(), m.group("rest")
        if name in DATE_PREFIXES:
            term, negated, rng = _date_term(
                name, rest.replace("\x00", ""), piece.replace("\x00", ""), negated, notices
            )
            return term, negated, rng
        if rest.replace("\x00", "").strip():
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


class _Parser:
    def __init__(self, pieces: list[tuple[str, str]], result: ParsedQuery) -> None:
        self.pieces, self.at, self.result = pieces, 0, result

    def note(self, message) -> None:
        if message not in self.result.notices:
            self.result.notices.append(message)

    def sequence(self, depth: int, field: str = "text") -> list[Clause]:
        """Clauses up to the matching ")" (depth > 0) or the end; `field`: the field terms search
        unless they name their own (`place:(…)`)."""
        clauses: list[Clause] = []
        pending_or = False
        while self.at < len(self.pieces):
            kind, piece = self.pieces[self.at]
            self.at += 1
            if kind == "close":
                if depth:
                    break
                self.note(_("A closing bracket had no opening one; it was ignored."))
                continue
            if kind == "or":
                if not clauses or pending_or or clauses[-1].negated:
                    self.note(_("“%(op)s” needs a term on each side; it was ignored.") % {"op": piece})
                    continue
                pending_or = True
                continue
            if kind == "open":
                negated = piece.startswith("-")
                inner = self.sequence(depth + 1, piece.lstrip("-") or field)
                if not inner:
                    self.note(_("Empty brackets were ignored."))
                    pending_or = False
                    continue
                item: Term | Group = (
                    inner[0].terms[0]
                    if len(inner) == 1 and len(inner[0].terms) == 1 and not inner[0].negated
                    else Group(inner)
                )
            else:
                item, negated, rng = _term(piece, kind, self.result.notices, field)
                if rng is not None:
                    self.narrow_dates(*rng)
                    pending_or = False
                    continue
                if item is None:
                    continue
            if pending_or and not negated:
                clauses[-1].terms.append(item)
            else:
                if pending_or:
                    self.note(_("“OR” cannot join an excluded term; it was ignored."))
                clauses.append(Clause(terms=[item], negated=negated))
            pending_or = False
        else:
            if depth:
                self.note(_("A bracket was not closed; it was closed at the end of the query."))
        if pending_or:
            self.note(_("“OR” needs a term on each side; it was ignored."))
        return clauses

    def narrow_dates(self, start: date | None, stop: date | None) -> None:
        result = self.result
        if start and (result.date_from is None or start > result.date_from):
            result.date_from = start
        if stop and (result.date_to is None or stop < result.date_to):
            result.date_to = stop


def _limit_terms(result: ParsedQuery) -> None:
    if sum(len(c.leaves()) for c in result.clauses) <= MAX_TERMS:
        return
    kept, count = [], 0
    for clause in result.clauses:
        if count + len(clause.leaves()) > MAX_TERMS:
            break
        kept.append(clause)
        count += len(clause.leaves())
    result.clauses = kept
    result.notices.append(_("Only the first %(n)d terms were searched.") % {"n": MAX_TERMS})


def parse(raw: str) -> ParsedQuery:
    text, notices = clean_text(raw or "")
    result = ParsedQuery(raw=raw or "", notices=notices)
    result.clauses = _Parser(_lex(text, result.notices), result).sequence(0)
    _limit_terms(result)
    if result.is_empty and text.strip() and not result.notices:
        result.notices.append(_("Nothing in the query could be searched for; it was treated as empty."))
    if result.clauses and not result.positive_terms and result.date_from is None and result.date_to is None:
        # "-5℃" reads as "without 5℃": say so, and how to search the text itself
        result.notices.append(
            _(
                "The query only leaves things out (a leading - excludes what follows it): every article "
                "without it is listed. To search for text that begins with -, put it in quotes: %(quoted)s."
            )
            % {"quoted": f'"{text.strip()}"' if '"' not in text and " " not in text.strip() else '"-…"'}
        )
    if result.date_from and result.date_to and result.date_from > result.date_to:
        result.notices.append(_("The dates in the query leave no day between them; nothing can match."))
    return result


def parse_date_range(text: str) -> tuple[date | None, date | None] | None:
    """'2020', '2020-03', '2020-03-12', 'A..B', 'A..' or '..B' → (from, to); None when not a date."""
    try:
        found = read_range(text)
    except DateError:
        return None
    if found.start is None and found.stop is None:
        return None
    return found.start, found.stop


__all__ = ["day_end", "day_start", "parse", "parse_date_range", "to_sq", "Term", "Clause", "Group"]


def to_sq(parsed: ParsedQuery):
    """The parsed query as one haystack SQ (None when nothing constrains the search)."""
    return _clauses_sq(parsed.clauses)


def _clauses_sq(clauses: list[Clause]):
    from haystack.query import SQ

    combined = None
    for clause in clauses:
        alternatives = None
        for term in clause.terms:
            sq = (
                _clauses_sq(term.clauses)
                if isinstance(term, Group)
                else SQ(**{f"{term.field}__exact": term_text(term.field, term.text)})
            )
            if sq is None:
                continue
            alternatives = sq if alternatives is None else alternatives | sq
        if alternatives is None:
            continue
        if clause.negated:
            alternatives = ~alternatives
        combined = alternatives if combined is None else combined & alternatives
    return combined
