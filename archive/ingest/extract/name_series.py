"""Names in series: a list of names joined by 、/与/和/及 (秦建民、王云波、余波) and clauses of a series that
open with names and go on with the same verb (甲捐款2000元、乙捐款1000元). Each name of them supports the
others: one of them a person, the rest are people too."""

from __future__ import annotations

import re
from itertools import pairwise

from .names import name_at
from .role_scope import closes_a_title
from .tokens import LIST_JOINERS, Doc
from .untagged import listed_name

_COUNT = re.compile(r"[两二三四五六七八九十]+(?:人|位|名)")
# What closes the last name of a pair: a clause mark, 等, or the pair's count (甲和乙两人)
_CLOSED = re.compile(r"[，,。；;、：:]|等|[两二三四五六七八九十]+(?:人|位|名)")
# 甲在某小区卡点、乙在某村卡点: the next item of a series saying where each of its people is posted
_NEXT_POSTED = re.compile(r"在[^、。，,；;！？!?…\n]{1,24}、\s*([\u4e00-\u9fff]{2,3}?)(?=在)")


def grow_lists(doc: Doc, cands: dict[int, str], accepted: set[str], supported: set[str]) -> None:
    """A candidate joined by 、/与/和 to an accepted name is a person too (秦建民、王云波、余波)."""
    text = doc.text
    for name in sorted(accepted | set(cands.values())):  # candidates too: a list grows from either end
        for start in doc.occurrences(name):
            end = start + len(name)
            after = end + 1
            if text[end:after] == "、" and after in doc.by_start:  # 柯玉芬、许咨成 (许 tagged a number)
                # a place in a list of names is evidence, as a title is (乔|立新: 立新 read as an adverb)
                cand = name_at(doc, doc.by_start[after], loose=True)
                for n in (3, 2):  # (甲、乙两人: a count of the list closes it too)
                    if not cand and (
                        text[after + n : after + n + 1] in "、等和与及" or _COUNT.match(text, after + n)
                    ):
                        cand = listed_name(doc, after, after + n)
                if not cand and _name_after(doc, after + 4) and text[after + 3 : after + 4] == "、":
                    cand = listed_name(doc, after, after + 3, any_surname=True)  # 甲、宛冬梅、乙
                if cand:
                    cands.setdefault(after, cand)
            elif text[end:after] in ("和", "与", "及") and after in doc.by_start:
                # 职工甲和黄海|雄,他们…: the last name of a pair, closed by a mark, a count or 等,
                # however jieba cut it (黄海 read as the sea)
                cand = name_at(doc, doc.by_start[after], loose=True)
                if cand and _CLOSED.match(text, after + len(cand)):
                    cands.setdefault(after, cand)
            if start >= 1 and text[start - 1] in "、与和及":
                joint = start - 1
                for n in (3, 2):
                    p = joint - n
                    if p >= 0 and p in doc.by_start and not closes_a_title(text, p):  # (主管护|师韦琳、乙)
                        cand = name_at(doc, doc.by_start[p], loose=True) or listed_name(doc, p, joint)
                        if cand == text[p:joint]:
                            cands.setdefault(p, cand)
                            break
    for _ in range(3):
        grew = False
        for start, name in cands.items():
            if name in accepted:
                continue
            if _joined(text, start, name, accepted):
                accepted.add(name)
                supported.add(name)
                grew = True
        if not grew:
            break
    _parallel_clauses(doc, cands, accepted, supported)
    _posted_series(doc, cands, accepted, supported)
    for start, name in cands.items():  # 秦建民、王云波、余波: every name of a list supports the others
        if name in accepted and _joined(text, start, name, accepted):
            supported.add(name)


def _name_after(doc: Doc, pos: int) -> bool:
    """A name of the list (led by a known surname) at `pos`."""
    if pos not in doc.by_start:
        return False
    found = name_at(doc, doc.by_start[pos], loose=True)
    return found is not None or any(listed_name(doc, pos, pos + n) for n in (3, 2))


def _joined(text: str, start: int, name: str, accepted: set[str]) -> bool:
    """The name at `start` is joined by 、/与/和/及 to an accepted name before or after it."""
    end = start + len(name)
    after = text[end : end + 1] in LIST_JOINERS and any(
        text[end + 1 : end + 1 + n] in accepted for n in (2, 3, 4)
    )
    return _accepted_before(text, start, accepted) or after


def _parallel_clauses(doc: Doc, cands: dict[int, str], accepted: set[str], supported: set[str]) -> None:
    """甲捐款2000元、乙捐款1000元: clauses of a series, each opening with a name and going on with the
    same verb, make people of the names beside a supported one (the series lists people like him)."""
    text, found = doc.text, sorted(cands.items())
    pairs = []
    for (s1, a), (s2, b) in pairwise(found):
        gap = text[s1 + len(a) : s2]
        if len(gap) > 14 or "、" not in gap and "，" not in gap and "," not in gap or "。" in gap:
            continue
        k1, k2 = doc.tok_at(s1 + len(a)), doc.tok_at(s2 + len(b))
        if k1 < len(doc.toks) and k2 < len(doc.toks):
            v1, v2 = doc.toks[k1], doc.toks[k2]
            if (
                v1.word == v2.word
                and len(v1.word) >= 2
                and v1.flag.startswith("v")
                and gap.startswith(v1.word)
            ):
                pairs.append((a, b))
    for series in (pairs, pairs[::-1]):  # the support runs along the series both ways
        for a, b in series:
            if (a in supported) != (b in supported):
                accepted.update((a, b))
                supported.update((a, b))


def _accepted_before(text: str, start: int, accepted: set[str]) -> bool:
    """甲、|乙: an accepted name joined to the one at `start`; also 唐国|和、|乙, where the name before
    the 、 ends in a character jieba read as a conjunction (和 before 、 joins nothing: the name's)."""
    joint = start - 1
    if joint < 1 or text[joint] not in LIST_JOINERS:
        return False
    if any(text[joint - n : joint] in accepted for n in (2, 3, 4)):
        return True
    return text[joint] == "、" and text[joint - 1] in "和与及" and text[joint - 3 : joint - 1] in accepted


def _posted_series(doc: Doc, cands: dict[int, str], accepted: set[str], supported: set[str]) -> None:
    """甲在某小区卡点、乙在某村卡点、丙在某社区卡点: a series that says where each is posted, opened by a
    supported name, goes on with names (led by a surname, no word of the language) however jieba cut
    them (查/v|长春/ns)."""
    for name in sorted(supported & set(cands.values())):
        for start in doc.occurrences(name):
            pos = start + len(name)
            while (m := _NEXT_POSTED.match(doc.text, pos)) is not None:
                item = listed_name(doc, m.start(1), m.end(1))
                if item is None:
                    break
                cands.setdefault(m.start(1), item)
                accepted.add(item)
                supported.add(item)
                pos = m.end(1)
