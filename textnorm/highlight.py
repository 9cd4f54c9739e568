"""Our own highlighter and keyword-in-context: it finds the query's strings the way the index
matches them (same normal form: 黨員 marks 党员, ＡＢＣ marks abc, any whitespace run matches one space)
and returns escaped HTML in which only the <mark> tags are ours. Pure functions, no Django models.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from textnorm.normalize import normalize


@lru_cache(maxsize=256)
def _pattern(needle: str) -> re.Pattern | None:
    norm = " ".join(normalize(needle).split())
    if not norm:
        return None
    return re.compile(r"\s+".join(re.escape(part) for part in norm.split(" ")))


def find_spans(text: str, needles: list[str]) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) spans in `text` where any needle occurs."""
    if not text or not needles:
        return []
    norm = normalize(text)
    spans = []
    for needle in needles:
        pattern = _pattern(needle)
        if pattern is None:
            continue
        pos = 0
        while True:
            m = pattern.search(norm, pos)
            if not m:
                break
            if m.end() > m.start():
                spans.append((m.start(), m.end()))
            pos = m.start() + 1
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mark(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> SafeString:
    """Escaped text[start:end] with every span inside it wrapped in <mark>."""
    end = len(text) if end is None else end
    out, pos = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(escape(text[pos:s]))
        out.append("<mark>" + escape(text[s:e]) + "</mark>")
        pos = e
    out.append(escape(text[pos:end]))
    return mark_safe("".join(out))  # noqa: S308 - text escaped piece by piece above


def highlight(text: str, needles: list[str]) -> SafeString:
    return mark(text, find_spans(text, needles))


def snippets(text: str, needles: list[str], *, width: int = 50, limit: int = 3) -> list[SafeString]:
    """Up to `limit` windows of about 2×`width` characters around matches, escaped and marked."""
    spans = find_spans(text, needles)
    if not spans:
        return []
    windows: list[list[int]] = []
    for s, e in spans:
        lo, hi = max(0, s - width), min(len(text), e + width)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            if len(windows) == limit:
                break
            windows.append([lo, hi])
    out = []
    for lo, hi in windows:
        html = mark(text, spans, lo, hi)
        out.append(mark_safe(("…" if lo > 0 else "") + html + ("…" if hi < len(text) else "")))  # noqa: S308 - mark() escapes
    return out


@dataclass(frozen=True)
class Concordance:
    left: str
    match: str
    right: str
    offset: int


def kwic(text: str, needles: list[str], *, width: int = 30) -> list[Concordance]:
    """Every occurrence as (left context, match, right context); newlines shown as spaces."""
    rows = []
    for s, e in find_spans(text, needles):
        left = text[max(0, s - width) : s].replace("\n", " ")
        right = text[e : e + width].replace("\n", " ")
        rows.append(Concordance(left=left, match=text[s:e], right=right, offset=s))
    return rows
