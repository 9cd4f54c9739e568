"""Places: PRC divisions from the gazetteer, and sub-district units by their suffix.

静安区, 永州 (a short form only on a word edge); 芷江西路街道, 普善路居民区, 竹园新村小区 (a unit suffix
extended backwards over the name tokens before it); 三星坊 inside 三星坊居委会. `region_of` is the city
(or province) the article's gazetteer places point to most.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..lexicon import (
    ORG_SUFFIXES,
    PLACE_GENERIC_PREFIX,
    PLACE_STOP,
    PLACE_SUFFIXES,
    PLACE_SUFFIXES_BY_LENGTH,
    TITLES_BY_LENGTH,
    city_of,
    divisions,
    province_of,
)
from .tokens import PREFIX_STOP, Coverage, Doc, is_cjk, outermost

if TYPE_CHECKING:
    from .entities import Entity

# (start, end, written name, level or kind)
GazetteerSpan = tuple[int, int, str, str]

_PLACE_PREFIX_FLAGS = set("n ns nt nz nr nrt nrfg j ng b s k h g zg tg vg ag a eng m".split())
_PLACE_RE = re.compile("|".join(re.escape(s) for s in PLACE_SUFFIXES_BY_LENGTH))
SUBDIVISION_SUFFIXES = (
    "街道",
    "镇",
    "乡",
    "村",
    "社区",
    "居民区",
    "小区",
    "新村",
    "花园",
    "家园",
    "苑",
    "嘎查",
    "苏木",
)
_HEAD_OF_LONGER = SUBDIVISION_SUFFIXES + ("路", "街", "大道")
_COUNT_OR_POINTER = re.compile(r"^[一二两三四五六七八九十百千万几多]*[个处座片]|^[各该每这那些全本其]+")
_BODY_TAILS = ("居委会", "村委会", "居民委员会", "村民委员会")
_first_lengths: dict[str, list[int]] | None = None


def _lengths_by_first_char() -> dict[str, list[int]]:
    global _first_lengths
    if _first_lengths is None:
        index: dict[str, set[int]] = {}
        for name in divisions():
            index.setdefault(name[0], set()).add(len(name))
        _first_lengths = {k: sorted(v, reverse=True) for k, v in index.items()}
    return _first_lengths


def find_gazetteer(doc: Doc) -> list[GazetteerSpan]:
    """Division names in the text: full names anywhere, short forms only on jieba word edges."""
    lengths = _lengths_by_first_char()
    text = doc.text
    divs = divisions()
    found: list[GazetteerSpan] = []
    full_names = set()
    i = 0
    while i < len(text):
        hit = None
        for n in lengths.get(text[i]) or ():
            cand = text[i : i + n]
            div = divs.get(cand)
            if div and (cand == div.name or (i in doc.by_start and (i + n) in doc.ends)):
                hit = (i, i + n, cand, div)
                break
        if hit and hit[2] != hit[3].name and text[hit[1] : hit[1] + 2].startswith(_HEAD_OF_LONGER):
            hit = None  # 岳阳 in 岳阳街道, 江苏 in 江苏路街道
        if hit:
            s, e, cand, div = hit
            found.append((s, e, cand, div.level))
            if cand == div.name:
                full_names.add(div.name)
            i = e
        else:
            i += 1
    # A bare district short form counts only if the article also names the full form
    # (静安 with 静安区); province and city short forms (上海, 永州) stand on their own.
    return [
        (s, e, cand, level)
        for s, e, cand, level in found
        if not (cand != divs[cand].name and level == "district" and divs[cand].name not in full_names)
    ]


def _unit_start(doc: Doc, m: re.Match, gazetteer: Coverage) -> int:
    """Walk back from a unit suffix over the name tokens before it."""
    toks = doc.toks
    i = doc.tok_at(m.start())
    start = toks[i].start if toks[i].start < m.start() else m.start()
    j = i - 1
    while j >= 0:
        t = toks[j]
        if (
            t.flag not in _PLACE_PREFIX_FLAGS
            or not is_cjk(t.word)
            or (m.start() - t.start) > 9
            or t.word in PREFIX_STOP
            or t.word in PLACE_STOP
        ):
            break
        if t.start in gazetteer:
            break
        if t.word.endswith(("新村", "花园", "家园", "苑")):
            pass  # a compound inside a neighbourhood: 同济新村居民区, 竹园新村小区
        elif t.word.endswith(SUBDIVISION_SUFFIXES + ("区", "市", "县", "省")):
            break
        if "驻" in t.word:  # jieba glues 驻 to the name after it (驻竹城)
            cut = t.word.rindex("驻") + 1
            if cut < len(t.word):
                start = t.start + cut
            break
        start, j = t.start, j - 1
    return start


def _units(doc: Doc, gaz: list[GazetteerSpan]) -> list[GazetteerSpan]:
    text = doc.text
    gazetteer = Coverage(len(text), [(s, e) for s, e, _, _ in gaz])
    found: list[GazetteerSpan] = []
    for m in _PLACE_RE.finditer(text):
        suffix = m.group(0)
        if suffix not in SUBDIVISION_SUFFIXES:
            continue
        end = m.end()
        nxt = text[end : end + 3]
        if (
            end not in doc.ends
            and not nxt.startswith(tuple(ORG_SUFFIXES))
            and not nxt.startswith(tuple(TITLES_BY_LENGTH))
            and not nxt.startswith(SUBDIVISION_SUFFIXES)
        ):
            continue
        start = _unit_start(doc, m, gazetteer)
        prefix = text[start : m.start()]
        lead = _COUNT_OR_POINTER.match(prefix)
        if lead:  # 四个小区, 该小区: a count or a pointer, not a name
            if lead.end() == len(prefix):
                continue
            prefix, start = prefix[lead.end() :], start + lead.end()
        if (
            len(prefix) < 2
            or prefix in PLACE_GENERIC_PREFIX
            or prefix[-1:] in ("的",)
            or any((prefix.startswith(g) or prefix.endswith(g)) and len(g) >= 2 for g in PLACE_GENERIC_PREFIX)
            or prefix in PLACE_STOP
            or not is_cjk(prefix)
            or prefix.endswith(TITLES_BY_LENGTH)
        ):
            continue
        if suffix in ("花园", "家园", "苑") and not nxt.startswith(("小区",)):
            continue
        found.append((start, end, text[start:end], PLACE_SUFFIXES[suffix]))
    return found


def find_places(
    doc: Doc, orgs: dict[str, tuple[str, list[tuple[int, int]]]], gaz: list[GazetteerSpan]
) -> dict[str, tuple[str, list[tuple[int, int]]]]:
    """Places by name → (kind, spans)."""
    text = doc.text
    found = list(gaz) + _units(doc, gaz)
    # A named neighbourhood inside a neighbourhood body: 三星坊 in 三星坊居委会.
    for org, (_kind, spans) in orgs.items():
        for tail in _BODY_TAILS:
            if org.endswith(tail) and len(org) - len(tail) >= 2:
                place = org[: -len(tail)]
                if not place.endswith(SUBDIVISION_SUFFIXES) and is_cjk(place):
                    found += [(s, s + len(place), place, "community") for s, _e in spans]
    for name, kind in doc.lexicon.places.items():
        for mm in re.finditer(re.escape(name), text):
            found.append((mm.start(), mm.end(), name, kind))
    found = [f for f in found if f[2] not in doc.lexicon.rejected and f[2] not in PLACE_STOP]
    spans = sorted(set(found), key=lambda x: (x[0], -(x[1] - x[0])))
    top_by_kind = {
        kind: outermost([(s, e) for s, e, _, k in spans if k == kind]) for kind in ("compound", "community")
    }
    places: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    for s, e, name, kind in spans:
        if kind in top_by_kind and (s, e) not in top_by_kind[kind]:
            continue
        places.setdefault(name, (kind, []))[1].append((s, e))
    return places


def region_of(places: list[Entity]) -> str:
    """The city (or province) the article is mostly about, from the gazetteer places it names."""
    divs = divisions()
    votes: Counter[str] = Counter()
    for place in places:
        div = divs.get(place.name)
        if not div:
            continue
        target = div if div.level != "district" else (city_of(div) or province_of(div) or div)
        if target.level == "province" and div.level == "district":
            target = province_of(div) or target
        votes[target.name] += len(place.mentions)
    return votes.most_common(1)[0][0] if votes else ""
