"""Our own highlighter and keyword-in-context: it finds the query's strings the way the index
matches them (same normal form: 黨員 marks 党员, ＡＢＣ marks abc, any whitespace run matches one space)
and returns escaped HTML in which only the <mark> tags are ours. Pure functions, no Django models.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
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


@lru_cache(maxsize=256)
def _may_overlap(needle: str) -> bool:
    """Whether two occurrences of this needle can overlap: it has a space (any whitespace run
    matches it) or a proper prefix that is also its suffix (啊啊, abab)."""
    norm = " ".join(normalize(needle).split())
    return " " in norm or any(norm[:k] == norm[-k:] for k in range(1, len(norm)))


def _matches(needle: str, norm: str) -> Iterator[tuple[int, int]]:
    pattern = _pattern(needle)
    if not _may_overlap(needle):  # the regex engine's own scan finds every occurrence (never empty)
        yield from map(re.Match.span, pattern.finditer(norm))
        return
    pos = 0
    while m := pattern.search(norm, pos):
        if m.end() > m.start():
            yield m.span()
        pos = m.start() + 1


def _all_matches(text: str, needles: list[str], norm: str | None) -> Iterator[tuple[int, int]]:
    """Every needle's matches in `text`'s normal form, by start (one needle a pattern)."""
    if not text or not needles:
        return iter(())
    norm = normalize(text) if norm is None else norm
    wanted = {_pattern(n): n for n in needles if _pattern(n) is not None}
    streams = [_matches(n, norm) for n in wanted.values()]
    return streams[0] if len(streams) == 1 else heapq.merge(*streams)


def iter_spans(text: str, needles: list[str], norm: str | None = None) -> Iterator[tuple[int, int]]:
    """The spans of find_spans, in order, found only as far as they are read (a snippet needs the
    first few of an article's 150,000). `norm`: normalize(text), when the caller has it."""
    current: tuple[int, int] | None = None
    for start, end in _all_matches(text, needles, norm):
        if current and start <= current[1]:
            current = (current[0], max(end, current[1]))
        else:
            if current:
                yield current
            current = (start, end)
    if current:
        yield current


def iter_occurrences(text: str, needles: list[str], norm: str | None = None) -> Iterator[tuple[int, int]]:
    """Each occurrence on its own, as a concordance counts them: left to right, the longest needle
    at a position, and none that starts inside the one before (哈哈 in 哈哈哈哈 twice, never 哈哈哈哈
    once as iter_spans marks it).

    >>> list(iter_occurrences("哈哈哈哈哈", ["哈哈"]))
    [(0, 2), (2, 4)]
    >>> list(iter_occurrences("社区社区书记", ["社区", "社区书记"]))
    [(0, 2), (2, 6)]
    """
    current: tuple[int, int] | None = None
    for start, end in _all_matches(text, needles, norm):
        if current and start == current[0]:
            current = (start, max(end, current[1]))
        elif not current or start >= current[1]:
            if current:
                yield current
            current = (start, end)
    if current:
        yield current


def find_spans(text: str, needles: list[str]) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) spans in `text` where any needle occurs."""
    return list(iter_spans(text, needles))


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


def snippets(
    text: str, needles: list[str], *, width: int = 50, limit: int = 3, max_chars: int | None = None
) -> list[SafeString]:
    """Up to `limit` windows around matches, escaped and marked: `width` characters before the first
    match of a window, and nearby matches joined into it while it is at most `max_chars` long (4 ×
    `width`), so a snippet stays short however densely the text matches (a match running past its
    end is marked up to the end)."""
    max_chars = max_chars or 4 * width
    n = len(text)
    windows: list[list[int]] = []
    spans: list[tuple[int, int]] = []
    for s, e in iter_spans(text, needles):
        last = windows[-1] if windows else None
        if last and s - width <= last[1] and s < last[0] + max_chars:
            last[1] = min(max(last[1], e + width), last[0] + max_chars, n)
        else:
            if len(windows) == limit:
                break
            lo = max(0, s - width, last[1] if last else 0)
            windows.append([lo, min(n, e + width, lo + max_chars)])
        spans.append((s, e))
    out = []
    for lo, hi in windows:
        html = mark(text, spans, lo, hi)
        out.append(mark_safe(("…" if lo > 0 else "") + html + ("…" if hi < n else "")))  # noqa: S308 - mark() escapes
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
    for s, e in iter_occurrences(text, needles):
        left = text[max(0, s - width) : s].replace("\n", " ")
        right = text[e : e + width].replace("\n", " ")
        rows.append(Concordance(left=left, match=text[s:e], right=right, offset=s))
    return rows
