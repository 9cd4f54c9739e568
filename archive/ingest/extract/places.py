"""Places: PRC divisions from the gazetteer, and sub-district units by their suffix (`units.py`).

静安区, 永州 (a short form only on a word edge; a county's short form such as 郸城 when the article
also names its full form, its city or province, or a sibling county); the forms `division_forms.py`
reads from the national list (townships of named counties, 石柱县, 呼市, 自成|都, 武汉市|民);
芷江西路街道, 普善路居民区, 竹园新村小区 by their suffix (`units.find_units`); 三星坊 inside 三星坊居委会;
十里铺 for a 十里铺社区 named in full. `region_of` is the city (or province) the gazetteer places point
to most.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..divisions import city_of, divisions, province_of
from ..place_words import PLACE_STOP
from .division_forms import (
    abbreviations,
    citizens_of,
    glued_preposition,
    in_a_persons_name,
    is_common_word,
    sibling_supported,
    townships,
    written_together,
)
from .tokens import Doc, is_cjk, outermost
from .unit_names import (
    OUTLET_TAILS,
    GazetteerSpan,
    community_short_names,
    without_contradicted,
)
from .units import DIRECTIONS, SUBDIVISION_SUFFIXES, find_units

if TYPE_CHECKING:
    from .entities import Entity

__all__ = ["find_gazetteer", "find_places", "find_units", "region_of"]

_HEAD_OF_LONGER = SUBDIVISION_SUFFIXES + ("路", "街", "大道")
_ROAD_NEXT = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:路|街(?!道)|大道|巷|弄)")
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
            if div and (
                cand in (div.name, div.written_with_level)
                or ((i in doc.by_start or glued_preposition(doc, i)) and (i + n) in doc.ends)
                or written_together(doc, i, n)
            ):
                hit = (i, i + n, cand, div)
                break
        if (
            hit
            and hit[2] != hit[3].name
            and text[hit[1] : hit[1] + 2].startswith(_HEAD_OF_LONGER)
            and not (hit[3].level in ("city", "province") and text.startswith("社区", hit[1]))
        ):
            hit = None  # 岳阳 in 岳阳街道, 江苏 in 江苏路街道 (but 广州|社区防控: the city's communities)
        if hit:
            s, e, cand, div = hit
            citizens = citizens_of(doc, s, e, cand) if cand == div.name else None
            found.append(citizens or (s, e, cand, div.level))
            if cand == div.name:
                full_names.add(div.name)
            i = e
        else:
            i += 1
    found = without_contradicted(found)
    # Province and city short forms (上海, 永州) stand on their own. A county or district short form
    # (静安, 郸城, 松江) counts where the text supports it: the full form is named too, or the article
    # names the city or province above it (周口…郸城, 上海…松江).
    codes = {divs[cand].code for _s, _e, cand, _level in found}
    found = [
        (s, e, cand, level)
        for s, e, cand, level in found
        if _short_form_ok(doc, s, e, cand, full_names, codes) and not in_a_persons_name(doc, s, e, cand)
    ]
    return found + townships(doc, found) + abbreviations(doc, found)


def _short_form_ok(doc: Doc, s: int, e: int, cand: str, full_names: set[str], codes: set[str]) -> bool:
    div = divisions()[cand]
    common = len(cand) == 2 and cand[0] in DIRECTIONS | {"矿"}  # 西区, 矿区: a part of anything
    if div.level != "district" or (not common and (cand == div.name or div.name in full_names)):
        return True
    if cand == div.written_with_level:
        return True  # 石柱县 for 石柱土家族自治县: the name as everyone writes it
    if _ROAD_NEXT.match(doc.text, e):
        return False  # 共和 in 共和新路街道: the head of a road's name
    if is_common_word(doc, cand):
        return False  # 互助 (互助土族自治县) is mutual help first
    return div.code[:4] + "00" in codes or div.code[:2] + "0000" in codes or sibling_supported(div, codes)


def find_places(
    doc: Doc,
    orgs: dict[str, tuple[str, list[tuple[int, int]]]],
    gaz: list[GazetteerSpan],
    units: list[GazetteerSpan] | None = None,
) -> dict[str, tuple[str, list[tuple[int, int]]]]:
    """Places by name → (kind, spans); `units` are `find_units`' answer where the caller has it."""
    text = doc.text
    found = list(gaz) + (find_units(doc, gaz) if units is None else units)
    # A named neighbourhood inside a neighbourhood body: 三星坊 in 三星坊居委会.
    for org, (_kind, spans) in orgs.items():
        for tail in _BODY_TAILS:
            if org.endswith(tail) and len(org) - len(tail) >= 2:
                place = org[: -len(tail)]
                if not place.endswith(SUBDIVISION_SUFFIXES) and is_cjk(place):
                    found += [(s, s + len(place), place, "community") for s, _e in spans]
        # A street-level 街 named by its body (保国街工委, 都林街党工委): the 街 is a 街道, not a road.
        for tail in ("党工委", "工委", "街道办事处", "办事处"):
            head = org[: -len(tail)]
            if org.endswith(tail) and head.endswith("街") and len(head) >= 3 and is_cjk(head):
                found += [(s, s + len(head), head, "subdistrict") for s, _e in spans]
                break
    found += community_short_names(doc, found)
    for name, kind in doc.lexicon.places.items():
        found += [(s, s + len(name), name, kind) for s in doc.occurrences(name)]
    found = [
        f
        for f in found
        if len(f[2]) >= 2
        and f[2] not in doc.lexicon.rejected
        and f[2] not in PLACE_STOP
        and not text.startswith(
            OUTLET_TAILS, f[1]
        )  # 广西|日报: an outlet's trade name, no place of the story
        and text[f[1] : f[1] + 1] != "码"  # 安康码: a health code named after a place, no place of the story
    ]
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
