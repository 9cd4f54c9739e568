"""Mentions follow an edit of an article's text (its title, subtitle or body, in the admin or by
reverting to an older version).

A mention is offsets into the text, so an edit before it leaves it on other words (QA: 刘小燕 linked
as 警刘小). After the edit each curated mention (confirmed, rejected, or added by a curator) is put
on its own words in the new text, where they went: words before the edited stretch stay, words after
it move by the length the edit added. One whose words the edit deleted or rewrote is removed, with a
history record saying why, and returned so the curator is told — never moved onto another occurrence
of the same name that was there before (QA: a confirmed 艾力 whose words were deleted took over the
other 艾力 of the body, with its role).
Then extraction runs again (curation.reextract): the automatic mentions are found afresh, around the
curated ones, and a name a curator merged or split stays on the curator's record."""

from __future__ import annotations

from django.db import transaction

from archive import curation
from archive.ingest.store import sentence_at
from archive.models import Article, Mention

TEXT_FIELDS = ("title", "subtitle", "body")
EDITED = "re-anchored after an edit of the article's text"
GONE = "removed: its words are no longer in the article's text"


def _reason(mention: Mention, user, reason: str) -> None:
    mention._change_reason = reason
    if user is not None:
        mention._history_user = user


def stored_text(article: Article) -> dict[str, str] | None:
    """The article's title, subtitle and body as stored now (before a save), None for a new one."""
    if article.pk is None:
        return None
    return Article.objects.filter(pk=article.pk).values(*TEXT_FIELDS).first()


def text_changed(article: Article, before: dict[str, str] | None) -> bool:
    return before is not None and any(before[f] != getattr(article, f) for f in TEXT_FIELDS)


def _common_ends(old: str, new: str) -> tuple[int, int]:
    """The lengths of the longest common beginning and end of `old` and `new` (not overlapping),
    by bisection over slices (a 5 MB body in a few dozen comparisons, not a character loop).

    >>> _common_ends("甲乙丙丁", "前言甲乙丙丁")
    (0, 4)
    >>> _common_ends("甲乙丙丁", "甲乙X丁")
    (2, 1)
    """
    limit = min(len(old), len(new))

    def longest(same) -> int:
        lo, hi = 0, limit
        while lo < hi:
            mid = (lo + hi + 1) // 2
            lo, hi = (mid, hi) if same(mid) else (lo, mid - 1)
        return lo

    head = longest(lambda n: old[:n] == new[:n])
    tail = longest(lambda n: n <= limit - head and old[len(old) - n :] == new[len(new) - n :])
    return head, tail


def landing(old: str, new: str):
    """Where the words at `old[start:end]` are in `new`: the same offset when they lie before the
    edited stretch, moved by the length the edit added when they lie after it, None when the edit
    deleted or rewrote any of them.

    >>> where = landing("张三说。李四说。", "【按】张三说。李四说。")
    >>> where(0, 2), where(4, 6)
    (3, 7)
    >>> where = landing("艾力说，艾力笑。", "艾力说，笑。")
    >>> where(0, 2), where(4, 6) is None
    (0, True)
    """
    head, tail = _common_ends(old, new)
    shift = len(new) - len(old)

    def where(start: int, end: int) -> int | None:
        if end <= head:
            return start
        if start >= len(old) - tail:
            return start + shift
        return None

    return where


def nearest(text: str, words: str, near: int, taken: set[int]) -> int | None:
    """The start of the occurrence of `words` in `text` nearest `near` and not in `taken`, or None.

    >>> nearest("李四，李四，李四", "李四", 4, set())
    3
    >>> nearest("李四，李四", "王五", 0, set()) is None
    True
    """
    best = None
    at = text.find(words)
    while at != -1:
        if at not in taken and (best is None or abs(at - near) < abs(best - near)):
            best = at
        at = text.find(words, at + 1)
    return best


def _reanchor(article: Article, before: dict[str, str], user) -> list[Mention]:
    """Put every mention on its words in the new text; remove the curated ones whose words the edit
    deleted or rewrote (returned). Automatic ones move too (so re-extraction knows a curator's merge
    or split by its place); those whose words are gone are left for the re-extraction to drop."""
    old = {False: before["body"], True: Article.join_headline(before["title"], before["subtitle"])}
    new = {False: article.body, True: article.headline_text}
    where = {key: landing(old[key], new[key]) for key in old}
    lines = new[True].split("\n")
    taken: dict[bool, set[int]] = {False: set(), True: set()}
    lost: list[Mention] = []
    moved_automatic: list[Mention] = []
    mentions = Mention.objects.filter(article=article).select_related("person", "organization", "place")
    curated_first = sorted(mentions, key=lambda m: (m.status == Mention.Status.EXTRACTED, m.start))
    for m in curated_first:
        if old[m.in_title][m.start : m.end] == m.text:  # its words go where the edit put them, or are gone
            start = where[m.in_title](m.start, m.end)
        else:  # a stale offset (a body stored with "\r\n"): the occurrence nearest its own place
            start = nearest(new[m.in_title], m.text, m.start, taken[m.in_title])
        curated = m.status != Mention.Status.EXTRACTED
        if start is None:
            if curated:
                lost.append(m)
            continue
        taken[m.in_title].add(start)
        if (m.start, m.end) == (start, start + len(m.text)):
            continue
        m.start, m.end = start, start + len(m.text)
        m.sentence = (
            lines[new[True].count("\n", 0, start)] if m.in_title else sentence_at(new[False], m.start, m.end)
        )
        if curated:
            _reason(m, user, EDITED)
            m.save(update_fields=["start", "end", "sentence"])
        else:
            moved_automatic.append(m)
    Mention.objects.bulk_update(moved_automatic, ["start", "end", "sentence"], batch_size=500)
    for m in lost:
        _reason(m, user, GONE)
        pk = m.pk
        m.delete()
        m.pk = pk  # the curator's message names what was removed
    return lost


def follow_text(article: Article, before: dict[str, str], *, user=None) -> list[Mention]:
    """After `article`'s title, subtitle or body changed from `before` (saved already, in the same
    transaction): curated mentions re-anchored, automatic ones extracted again, the search index
    updated when the transaction commits. Returns the curated mentions removed because their words
    are gone from the text."""
    with transaction.atomic():
        lost = _reanchor(article, before, user)
        curation.reextract([article], user=user)
    return lost
