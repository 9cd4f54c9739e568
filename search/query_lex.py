"""The query language's lexer (search.query parses what it gives): the text cleaned of control
characters and cut to MAX_QUERY_CHARS, then split into words, quoted phrases, ORs and brackets, with
the full-width operators a Chinese keyboard types read as the ASCII ones. Pure."""

from __future__ import annotations

import re
import unicodedata

from django.utils.translation import gettext_lazy as _

from archive.paging import LONGEST_PARAMETER
from search.registry import FIELD_PREFIXES

MAX_QUERY_CHARS = LONGEST_PARAMETER  # the longest value any page reads (its links carry no more)
OPEN_QUOTES = {'"': '"', "“": "”", "＂": "＂", "「": "」"}
OPEN_BRACKETS, CLOSE_BRACKETS = ("(", "（"), (")", "）")
_PREFIX_RE = re.compile(r"^(?P<name>[A-Za-z]+|[\u4e00-\u9fff]{1,2})[:：](?P<rest>.*)$", re.S)


def clean_text(raw: str) -> tuple[str, list[str]]:
    notices = []
    if "\ufffd" in raw:
        notices.append(_("The query contained bytes that are not valid text; they were left out."))
        raw = raw.replace("\ufffd", " ")
    cleaned = "".join(
        " " if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp") else c for c in raw
    )
    if len(cleaned) > MAX_QUERY_CHARS:
        notices.append(
            _("The query was longer than %(n)d characters; only the first %(n)d were searched.")
            % {"n": MAX_QUERY_CHARS}
        )
        cleaned = cleaned[:MAX_QUERY_CHARS]
    return cleaned, notices


def _lex(text: str, notices: list[str]) -> list[tuple[str, str]]:
    """Split into ("word"|"phrase"|"or"|"open"|"close", text) pieces; a word may carry a '-' or
    'field:' prefix; "open" is "(" or "-(" at the start of a piece, "close" a ")" at its end."""
    pieces: list[tuple[str, str]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
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
        i = j
        piece = "".join(buf)
        if kind == "word":
            piece = _operators_folded(piece)
            if set(piece) <= set("-*?"):  # -, --, *: an operator or a wildcard with no term
                notices.append(_("“%(piece)s” is no search term; it was ignored.") % {"piece": piece})
                continue
        opens = []
        while True:
            sign = "-" if piece.startswith("-") else ""
            if len(piece) > len(sign) and piece[len(sign)] in OPEN_BRACKETS:
                opens.append(("open", sign))
                piece = piece[len(sign) + 1 :]
                continue
            m = _PREFIX_RE.match(piece[len(sign) :])
            name = m.group("name").lower() if m else ""
            if name in FIELD_PREFIXES and m.group("rest")[:1] in OPEN_BRACKETS and m.group("rest")[1:]:
                # place:(上海 OR 湖南): a group whose terms search that field
                opens.append(("open", sign + FIELD_PREFIXES[name]))
                piece = m.group("rest")[1:]
                continue
            break
        closes = 0
        # A trailing ")" closes a group unless it pairs with a "(" inside the word: f(x) is text.
        while (
            piece
            and piece[-1] in CLOSE_BRACKETS
            and _count(piece, OPEN_BRACKETS) < _count(piece, CLOSE_BRACKETS)
        ):
            closes += 1
            piece = piece[:-1]
        pieces += opens
        if piece in ("OR", "|", "或"):
            pieces.append(("or", piece))
        elif piece:
            pieces.append((kind, piece))
        pieces += [("close", ")")] * closes
    return pieces


_FULL_WIDTH_LATIN = re.compile(r"^(-?)([Ａ-Ｚａ-ｚ]+)(?=[:：])")


def _operators_folded(piece: str) -> str:
    """The full-width forms of the operators read as the ASCII ones (a Chinese keyboard types them):
    ＯＲ and ｜, －word, ｔｉｔｌｅ：word. The terms themselves are folded when matched.

    >>> [_operators_folded(p) for p in ("ＯＲ", "｜", "－志愿者", "ｔｉｔｌｅ：测试", "－ｐｌａｃｅ:上海")]
    ['OR', 'OR', '-志愿者', 'title：测试', '-place:上海']
    >>> _operators_folded("書記：张")
    '書記：张'
    """
    if piece in ("ＯＲ", "｜"):
        return "OR"
    if piece.startswith("－"):
        piece = "-" + piece[1:]
    m = _FULL_WIDTH_LATIN.match(piece)
    if m:
        piece = m.group(1) + unicodedata.normalize("NFKC", m.group(2)) + piece[m.end() :]
    return piece


def _count(text: str, chars: tuple[str, ...]) -> int:
    return sum(text.count(c) for c in chars)
