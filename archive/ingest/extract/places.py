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
    after_a_name_character,
    before_its_people,
    citizens_of,
    division_before_unit,
    function_word_glued,
    glued_preposition,
    in_a_persons_name,
    inside_a_longer_place,
    inside_a_named_division,
    longer_places,
    only_in_trade_names,
    short_forms_opening_local_names,
    townships,
    word_ends_on_it,
    written_together,
)
from .estates import COMMON_WORDS_OF_UNITS, brand_estates, estate_short_names, numbered_yards, road_before
from .farms import farms
from .short_forms import (
    CITY_WORDS,
    FEATURE_NEXT,
    NAME_GOES_ON,
    estate_before,
    negated,
    short_form_ok,
)
from .tokens import Doc, is_cjk, outermost
from .town_short_names import HEAD_OF_LONGER, coined_short_names, subdistrict_short_names
from .under_townships import after_a_listed_township, opens_a_listed_township
from .unit_edges import bare_zones, family_hamlets, village_groups
from .unit_names import (
    ENDS_A_NAME,
    OUTLET_TAILS,
    GazetteerSpan,
    community_short_names,
    without_contradicted,
)
from .unit_starts import DIRECTIONS
from .unit_walk import SUBDIVISION_SUFFIXES
from .units import find_units

if TYPE_CHECKING:
    from .entities import Entity

__all__ = ["find_gazetteer", "find_places", "find_units", "region_of"]

_STREET_WORDS = ("街头", "街坊", "街面", "街巷", "街边", "街上")  # 武汉|街头: the city's streets, no 武汉街
_BODY_TAILS = ("居委会", "村委会", "居民委员会", "村民委员会", "居委")
_LOCAL = ("community", "compound")  # the kinds below the divisions of the gazetteer

# (not 武汉|返村, 回村: a verb of going to the village)
_VILLAGE_AFTER_ONE = re.compile(
    r"(?:(?![返回进入下驻到离出在])[\u4e00-\u9fff](?:村|庄|屯|寨)"
    r"|(?![返回进入下驻到离出在各全该本每等和与及的省市县区新老大小])[\u4e00-\u9fff](?:社区|居民区))"
    r"(?![\u4e00-\u9fff]{0,2}[镇乡县区市])"
)
_first_lengths: dict[str, list[int]] | None = None
_COUNTED_BEFORE = re.compile(r"(?:\d+|[两二三四五六七八九十百几多]+)个$")


def _after_a_county(text: str, i: int) -> bool:
    """Whether a county's or a district's full name ends at i (大英县|朝阳社区)."""
    return any(
        (div := divisions().get(text[i - k : i])) is not None
        and div.level == "district"
        and div.name == text[i - k : i]
        for k in range(3, 7)
        if i >= k
    )


def _lengths_by_first_char() -> dict[str, list[int]]:
    global _first_lengths
    if _first_lengths is None:
        index: dict[str, set[int]] = {}
        for name in divisions():
            index.setdefault(name[0], set()).add(len(name))
        _first_lengths = {k: sorted(v, reverse=True) for k, v in index.items()}
    return _first_lengths


_NOT_CAPITAL = set("议展计员场堂所长")


def find_gazetteer(doc: Doc) -> list[GazetteerSpan]:
    """Division names in the text: full names anywhere, short forms only on jieba word edges."""
    lengths = _lengths_by_first_char()
    text = doc.text
    divs = divisions()
    found: list[GazetteerSpan] = []
    full_names, i = set(), 0
    lanes = {  # 某某里 before 社区, and its tails of three and more (嘉陵道街|宜宾西里社区: found too early)
        lane[k:]
        for lane in re.findall(r"([\u4e00-\u9fff]{2,4}里)(?:社区|居委|居民区)", text)
        for k in range(len(lane) - 2)
    }
    while i < len(text):
        hit = None
        for n in lengths.get(text[i]) or ():
            cand = text[i : i + n]
            div = divs.get(cand)
            if (
                div
                and not function_word_glued(doc, i, n, div)
                and not word_ends_on_it(doc, i, n)
                # (176个|平房区: so many areas of a kind, not the district named so)
                and not (cand.endswith("区") and _COUNTED_BEFORE.search(text, max(0, i - 6), i))
                and not inside_a_longer_place(doc, i, n)
                and not after_a_name_character(doc, i, n)
                and not (
                    cand.endswith("市")
                    and text[i + n - 1 : i + n + 1] in CITY_WORDS
                    and (i + n - 1) in doc.by_start
                )
                and (
                    cand in (div.name, div.written_with_level)
                    or ((i in doc.by_start or glued_preposition(doc, i)) and (i + n) in doc.ends)
                    or written_together(doc, i, n)
                    or before_its_people(doc, i, n)
                )
            ):
                hit = (i, i + n, cand, div)
                break
        if (
            hit
            and hit[2] != hit[3].name
            and (
                text[hit[1] + (text[hit[1] : hit[1] + 1] in DIRECTIONS) :].startswith(HEAD_OF_LONGER)
                and not text.startswith(_STREET_WORDS, hit[1])
                or any(text.startswith(lane, hit[0]) for lane in lanes)  # 朝阳里, 宜宾西里(社区): a lane
                or opens_a_listed_township(text, hit[0], hit[1])  # 福建|园街道
                or _VILLAGE_AFTER_ONE.match(text, hit[1]) is not None  # 山西|头村, 黄梅|港社区: a unit's name
                and not doc.is_word(text[hit[1] : hit[1] + 2])  # (湖北|农村, 武汉|乡村: a word after it)
            )
            and not (
                hit[3].level in ("city", "province")
                and text.startswith("社区", hit[1])
                and not _after_a_county(text, hit[0])  # (大英县|朝阳社区: no city under a county)
            )
        ):
            hit = None  # 岳阳 in 岳阳街道, 江苏 in 江苏(北)路街道 (but 广州|社区防控: the city's communities)
        if (
            hit
            and hit[2].endswith("省")
            and text.startswith("会", hit[1])
            and text[hit[1] + 1 : hit[1] + 2] not in _NOT_CAPITAL  # (某省|会议中心, 会展)
            and hit[2][:-1] in divs
        ):
            hit = (hit[0], hit[1] - 1, hit[2][:-1], hit[3])  # 安徽|省会城市: the province, then its capital
        if hit:
            s, e, cand, div = hit
            citizens = citizens_of(doc, s, e, cand) if cand == div.name else None
            found.append(citizens or (s, e, cand, div.level))
            if cand == div.name:
                full_names.add(div.name)
            i = e
        else:
            i += 1
    found = without_contradicted(found, text)
    # Province and city short forms (上海, 永州) stand on their own. A county or district short form
    # (静安, 郸城, 松江) counts where the text supports it: the full form is named too, or the article
    # names the city or province above it (周口…郸城, 上海…松江).
    codes = {divs[cand].code for _s, _e, cand, _level in found}
    counted = _counted_items(text)
    seen = Counter(cand for _s, e, cand, _level in found if not NAME_GOES_ON.match(text, e))
    found = [
        (s, e, cand, level)
        for s, e, cand, level in found
        if (s, e) in counted
        or short_form_ok(doc, s, e, cand, full_names, codes, seen[cand])
        and not in_a_persons_name(doc, s, e, cand)
        and not negated(doc, s, cand)
        and not inside_a_named_division(doc, s, e, divs)
        and not (cand != divs[cand].name and FEATURE_NEXT.match(text, e))  # 罗源|湾: a bay named for it
    ]
    found += townships(doc, found) + abbreviations(doc, found) + longer_places(doc)
    return found + farms(doc, {(s, e) for s, e, _c, _l in found})  # 新曹农场, 七十三团 (farms.py)


_COUNTED_LIST = re.compile(
    r"((?:[\u4e00-\u9fff]{2,4}、){1,8}[\u4e00-\u9fff]{2,4})([两二三四五六七八九十])(?:个)?(县|区|市|省)"
)
_COUNT_INSIDE = re.compile(r"(?:[两二三四五六七八九十]|\d)个")
_NUMBERS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def _counted_items(text: str) -> set[tuple[int, int]]:
    """甲、乙、丙三县交界: each item of a list closed by as many of one level (三县, 两区) is a
    division of that level by its short form."""
    out: set[tuple[int, int]] = set()
    for m in _COUNTED_LIST.finditer(text):
        items = m.group(1).split("、")
        if len(items) != _NUMBERS[m.group(2)]:
            continue
        at = m.start(1)
        for k, item in enumerate(items):
            # the first item opens where its name does (地处|甲、…): its last two to four characters
            name = (
                next((item[c:] for c in range(len(item) - 1) if item[c:] in divisions()), "")
                if k == 0
                else item
            )
            div = divisions().get(name)
            if div is not None and (div.level == "district") == (m.group(3) in "县区"):
                out.add((at + len(item) - len(name), at + len(item)))
            at += len(item) + 1
    return out


_HOUSING = re.compile(r"宿舍|家属院|家属区|大院|小区")
_HOUSING_OWNERS = ("局", "厂", "矿", "公司", "大学", "学院", "学校", "医院", "站", "院", "所", "社")
# The bodies whose compound is named after them bare (县委大院, 市政府大院), and the kinds of body that
# name a compound after their own name (某某中心|小区, 某某医院|小区).
_COMPOUND_OF_A_BODY = {"省委", "市委", "县委", "区委", "州委", "政府", "市政府", "县政府", "区政府"}
_BODY_WORDS = ("中心", "医院", "公司", "学校", "大学", "学院")


def _work_unit_housing(doc: Doc) -> list[GazetteerSpan]:
    """供电局宿舍, 某大家属院, 县委大院, 某某中心小区: the housing of a work unit, named by its owner, is a
    compound (学生宿舍 and 职工宿舍 are kinds: their owner is no body)."""
    out: list[GazetteerSpan] = []
    for m in _HOUSING.finditer(doc.text):
        k = doc.by_start.get(m.start())
        if not k or (m.end() not in doc.ends and doc.text[m.end() : m.end() + 1] not in ENDS_A_NAME):
            continue
        owner = doc.toks[k - 1]
        if owner.end != m.start() or not is_cjk(owner.word) or len(owner.word) < 2:
            continue
        start = None
        if owner.word in _BODY_WORDS and k >= 2:
            name = doc.toks[k - 2]  # 邻里|中心|小区: the body's own name before its kind
            if name.end == owner.start and len(name.word) >= 2 and name.flag in ("n", "nz", "ns", "nt", "j"):
                start = name.start if is_cjk(name.word) and name.word not in PLACE_STOP else None
        elif m.group(0) == "小区":
            continue  # a compound named otherwise is found by its suffix (`units.py`)
        elif owner.word in _COMPOUND_OF_A_BODY and m.group(0) == "大院":
            start = owner.start
        elif owner.word in ("有限公司", "股份有限公司", "分公司", "总公司"):
            continue  # 某某机械|有限公司|家属院: a firm's suffix alone names no owner (its name is longer)
        elif owner.word.endswith(_HOUSING_OWNERS) and len(owner.word) >= 3 or owner.flag in ("nz", "j", "nt"):
            road = road_before(doc, k - 1)  # 某某路|公安局宿舍: the road it stands on
            start = owner.start if road is None else road
        if start is not None:
            out.append((start, m.end(), doc.text[start : m.end()], "compound"))
    return out


# 其中甲郡是封闭小区，而乙花园是封控小区: a name the sentence says is a compound, written bare.
_IS_A_COMPOUND = re.compile(r"是(?:一个|一座|个)?[\u4e00-\u9fff]{0,5}?小区")
_COMPOUND_ENDS = tuple("郡园苑城府庭湾里院居墅邸坊阁轩寓")
_NOT_COMPOUNDS = ("社区", "居民区", "村", "镇", "乡", "街道", "区", "县", "市", "省")
_OPENS_A_CLAUSE = {"其中", "而", "和", "与", "及", "但", "其余", "另外"}


def _said_to_be_compounds(doc: Doc) -> list[GazetteerSpan]:
    """The name right before 是…小区 (the clause ends there), opening its clause, that ends like an
    estate's name (某某郡, 某某花园) or is a place name to jieba; never a pronoun or a unit of another kind
    (这里是老小区, 青松社区是…), nor a person (某某是小区的楼长)."""
    out: list[GazetteerSpan] = []
    for m in _IS_A_COMPOUND.finditer(doc.text):
        k = doc.by_start.get(m.start())
        if not k or doc.text[m.end() : m.end() + 1] not in ("，", "。", "；", ",", ";", "\n", ""):
            continue
        j = k - 1
        while (
            j >= 0
            and doc.toks[j].flag not in ("x", "c", "r", "p")
            and doc.toks[j].word not in _OPENS_A_CLAUSE
        ):
            j -= 1
        start = doc.toks[j + 1].start
        name, toks = doc.text[start : m.start()], doc.toks[j + 1 : k]
        if not (2 <= len(name) <= 6 and is_cjk(name)) or name.endswith(_NOT_COMPOUNDS):
            continue
        if name.endswith(_COMPOUND_ENDS) and len(name) >= 3 or all(t.flag in ("ns", "nz", "j") for t in toks):
            out.append((start, m.start(), name, "compound"))
    return out


def find_places(
    doc: Doc,
    orgs: dict[str, tuple[str, list[tuple[int, int]]]],
    gaz: list[GazetteerSpan],
    units: list[GazetteerSpan] | None = None,
) -> dict[str, tuple[str, list[tuple[int, int]]]]:
    """Places by name → (kind, spans); `units` are `find_units`' answer where the caller has it."""
    text = doc.text
    units = find_units(doc, gaz) if units is None else units
    # 钱塘新区 is no 钱塘(区), 兰州新区 no 兰州 written apart: a zone's name opens with a place's short form
    # (青岛高新区 is 青岛's high-tech zone: the city is named)
    zones = [(s, e) for s, e, name, _k in units if name.endswith("新区") and not name.endswith("高新区")]
    villages = {s: e for s, e, _n, kind in units if kind == "community"}  # 某某|嘎查 of 某某苏木
    found = [
        f
        for f in gaz
        if (
            f[3] not in ("district", "city")
            or f[2].endswith("市")
            or not any(s <= f[0] and f[1] < e for s, e in zones)
        )
        and not (f[3] == "subdistrict" and villages.get(f[0], 0) > f[1])
    ] + units
    # A named neighbourhood inside a neighbourhood body: 三星坊 in 三星坊居委会.
    for org, (_kind, spans) in orgs.items():
        for tail in _BODY_TAILS:
            if org.endswith(tail) and len(org) - len(tail) >= 2:
                place = org[: -len(tail)]
                if is_cjk(place) and not place.endswith((*SUBDIVISION_SUFFIXES, *COMMON_WORDS_OF_UNITS)):
                    place += "村" if tail.startswith("村") else ""  # 绿柳村委会: of 绿柳村, as 绿柳村委 is
                    cut = after_a_listed_township(place, len(place) - 1) or 0  # 金河镇|柳街村委会
                    cut = cut or division_before_unit(place) or 0  # 天涯区|水蛟村委会
                    found += [(s + cut, s + len(place), place[cut:], "community") for s, _e in spans]
        # A street-level 街 named by its body (保国街工委, 都林街党工委): the 街 is a 街道, not a road.
        for tail in ("党工委", "工委", "办事处"):  # (某某街街道办事处 names 某某街街道, found whole)
            head = org[: -len(tail)]
            if org.endswith(tail) and head.endswith("街") and len(head) >= 3 and is_cjk(head):
                found += [(s, s + len(head), head, "subdistrict") for s, _e in spans]
                break
        # A street office by its short form (某某街办): the street is named without its 街.
        if org.endswith("街办") and len(org) >= 4 and is_cjk(org):
            found += [(s, s + len(org) - 2, org[:-2], "subdistrict") for s, _e in spans]
    found += community_short_names(doc, found) + subdistrict_short_names(doc, found)
    found += coined_short_names(doc, found)  # 某庄村 … 通往某庄的路
    found += estate_short_names(doc, found) + village_groups(doc, found) + bare_zones(doc, found)
    found += brand_estates(doc, found)  # 某某社区|保利城: an estate by its brand alone
    found += (
        _work_unit_housing(doc)
        + numbered_yards(doc)
        + _said_to_be_compounds(doc)
        + family_hamlets(doc)
        + [
            (b, t.end, doc.text[b : t.end], "compound")
            for t in doc.toks
            if len(t.word) == 2
            and t.word[0] in "东西南北"
            and t.word[1] == "区"
            and (b := estate_before(doc, t.start)) is not None
        ]
    )  # 某园|东区: the estate's part
    for name, kind in doc.lexicon.places.items():
        found += [(s, s + len(name), name, kind) for s in doc.occurrences(name)]
    found = [
        f
        for f in found
        if len(f[2]) >= 2
        and f[2] not in doc.lexicon.rejected
        and f[2] not in PLACE_STOP
        and not _COUNT_INSIDE.search(f[2])  # 平等三个街镇: a count of units, no unit's name
        and not text.startswith(OUTLET_TAILS, f[1])  # 广西|日报: an outlet's trade name, no place
        and text[f[1] : f[1] + 1] != "码"  # 安康码: a health code named after a place, no place of the story
        and not (f[2] == "北京" and text.startswith("时间", f[1]))  # 北京时间: the time zone
    ]
    # One span found by two rules (石家庄: a city's short form and a family hamlet's shape) keeps a
    # division's kind over a local one; the order is total, so the kind never depends on the process.
    spans = sorted(set(found), key=lambda x: (x[0], -(x[1] - x[0]), x[3] in _LOCAL, x[3], x[2]))
    inside = short_forms_opening_local_names(spans)  # 中卫|社区
    spans = [x for x in spans if x not in inside]
    top_by_kind = {
        kind: outermost([(s, e) for s, e, _, k in spans if k == kind])
        for kind in ("compound", "community", "subdistrict")  # 平谷区大|华山镇: the township in full
    }
    # 绿柳新村|社区, 某某村|小区: a compound or village that opens a longer neighbourhood's name is
    # that name's head where it is written so (同济新村 alone elsewhere is still a place).
    heads = {(s, e) for s, e, _, k in spans if k in ("compound", "community")} & {
        (s, e2) for s, e, _, k in spans if k in top_by_kind for e2 in range(s + 2, e)
    }
    places: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    for s, e, name, kind in spans:
        if kind in top_by_kind and ((s, e) not in top_by_kind[kind] or (s, e) in heads):
            continue
        places.setdefault(name, (kind, []))[1].append((s, e))
    return {n: v for n, v in places.items() if not only_in_trade_names(n, v[1], orgs)}  # 广东|工业大学


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
