"""How reporters write divisions the national list holds, beyond the full name on a word edge.

Rules over the gazetteer spans `places.find_gazetteer` found (pure functions; the national division
list in `data/gazetteer.tsv` is the authority):

- a township or street under a county the article names is a place wherever its full name stands,
  however jieba cut it (利通区 … 胜利镇, 万州 … 长坪乡), and by its short form (东莞 … 东城 for 东城街道;
  a street also as X街: 越秀区 … 人民街) on a word edge where a particle or punctuation ends it or one
  of its communities follows (东城|牛山社区) and it is no common word;
- a county's short form is supported by a sibling named in full (万州、忠县和石柱: 忠县 is in the
  same municipality), as by its city or province;
- jieba glues a one-character preposition to a city's first character (自成|都发现): the city's
  short form still stands there;
- 乌鲁木齐市民: the 市 of a city's full name is the first character of 市民 (citizens), so the
  place written is the short form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..divisions import Division, city_of, codes_of, division_codes, divisions, province_of
from ..gazetteer import gazetteer
from ..lexicon import CONJUNCTION_SURNAMES, SURNAMES
from .role_scope import ends_with_any_title
from .tokens import Doc, is_cjk, simplified
from .under_townships import is_listed_township
from .unit_names import ENDS_A_NAME, GazetteerSpan

MUNICIPALITIES = ("11", "12", "31", "50")  # 北京 天津 上海 重庆: their districts and counties are siblings
_PREPOSITIONS = set("自从在到至赴往于由经回来去离返")
_TOWNSHIP_TAILS = ("街道", "镇", "乡", "苏木")
# 东城|牛山社区: a township's short form before a community of its own (the hierarchy written top down).
# 某某7个村(社区), 某某三个社区: a count of the villages or communities a township holds, after its name
_UNITS_COUNTED = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)个(?:行政村|村|社区|居委会)")
_COMMUNITY_NEXT = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:社区|居民区|村)(?![\u4e00-\u9fff]{0,2}(?:社区|村))")
# A short form that is a common word first is no place (the rule of `data/build_gazetteer.py`).
COMMON_WORD_FREQ = 100


@lru_cache(maxsize=1)
def _townships_by_parent() -> dict[str, tuple[tuple[str, str], ...]]:
    """Parent code (a county's six digits, or a city's four where it has no counties) → its
    townships and streets as (full name, short form)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for division in gazetteer().by_code.values():
        if division.kind != "subdistrict":
            continue
        name = simplified(division.name)  # as the text is read: 於潜镇 (the list's own form) is 于潜镇
        short = next((name[: -len(t)] for t in _TOWNSHIP_TAILS if name.endswith(t)), name)
        out.setdefault(division.parent, []).append((name, short))
    return {parent: tuple(found) for parent, found in out.items()}


def _parent_keys(code: str) -> set[str]:
    """The gazetteer codes townships name as their parent for a division of the lexicon's list."""
    keys = {code}
    if code.endswith("00"):
        keys.add(code[:4])  # 东莞市 441900: its streets hang under 4419
    return keys


def is_common_word(doc: Doc, word: str) -> bool:
    return doc.freq(word) >= COMMON_WORD_FREQ and doc.tag(word) != "ns"


_STREET_HEADS = ("片区", "街", "大街", "大道")  # 桃园|街, 官渡|大街: a street named after the township
_UNIT_AHEAD = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:小区|社区|村|花园|家园|苑|新村|居民区)")
# What a township's short form names after it when it is no township: a landmark (某某港, 某某公园).
_LANDMARK_NEXT = re.compile(
    r"港|码头|公园|广场|桥|湾|湖|岛|山|河|江|水库|景区|站|医院|中学|小学|市场|酒店|"
    r"经济(?:技术)?开发区|开发区|高新区|工业园|产业园|园区"
)  # (某某经济开发区, 某某工业园: a zone named after the town; 某某经济信息协会 is the town's)
# A town's own bodies after its short name of three characters or more (某区交警唐官屯|大队, 某某|派出所)
_TOWN_BODIES = (
    "大队",
    "中队",
    "派出所",
    "卫生院",
    "政府",
    "党委",
    "人大",
    "供电所",
    "司法所",
    "财政所",
    "法庭",
    "中学",
)
_UNIT_GOES_ON = ("社区", "村", "小区", "居", "街", "新村", "片区", "办", "区", "路", "大道", "大街", "中心")


def _name_or_body_next(doc: Doc, e: int) -> bool:
    """某区|某街|某某站点, 某区|某乡|政府: a proper name or the township's own body after its short form."""
    k = doc.by_start.get(e)
    proper = (
        k is not None and doc.toks[k].flag in ("ns", "nr", "nz", "nrfg", "nrt") and len(doc.toks[k].word) >= 2
    )
    # 与某区|南塘|相接: a verb of bordering or lying after it
    bordering = doc.text.startswith(("相接", "相邻", "接壤", "交界", "毗邻", "境内", "辖区"), e)
    return proper or bordering or doc.text.startswith(("政府", "党委", "人民政府", "党工委"), e)


def townships(doc: Doc, found: list[GazetteerSpan]) -> list[GazetteerSpan]:
    """Townships and streets of the counties (or county-less cities) the article names."""
    parents: set[str] = set()
    for _s, _e, cand, level in found:
        if level in ("city", "district"):
            for code in codes_of(cand):
                parents |= _parent_keys(code)
    text, out = doc.text, []
    taken = {(s, e) for s, e, _, _ in found}
    county_ends = {e for _s, e, _c, level in found if level == "district"}  # 某区|某街: written top down
    for parent in parents:
        for name, short in _townships_by_parent().get(parent, ()):
            full = doc.occurrences(name)
            out += [(s, s + len(name), name, "subdistrict") for s in full]
            out += _street_forms(doc, name, short)
            if len(short) < 2 or short == name:
                continue
            forms = (short, short + "街") if name.endswith("街道") else (short,)  # 人民街 for 人民街道
            written = bool(full)  # 某某镇 … 某某当地的菜农: the full name written supports the short form
            for form in (f for f in forms if not is_common_word(doc, f)):
                for s in doc.occurrences(form):
                    e = s + len(form)
                    if (
                        s in doc.by_start
                        and e in doc.ends
                        and (
                            written
                            and form == short
                            and not text.startswith((*_TOWNSHIP_TAILS, *_UNIT_GOES_ON), e)
                            and not _LANDMARK_NEXT.match(text, e)  # 某某|港 (the text is simplified)
                            or s in county_ends  # 某区|某街|某某小区: the street, then a unit below it
                            and not text.startswith((*_TOWNSHIP_TAILS, *_UNIT_GOES_ON), e)
                            and (_UNIT_AHEAD.match(text, e) is not None or _name_or_body_next(doc, e))
                            or text[e : e + 1] in ENDS_A_NAME
                            or _UNITS_COUNTED.match(text, e)  # 某某7个村: the villages it holds
                            or len(form) >= 3
                            and text.startswith(_TOWN_BODIES, e)  # 交警唐官屯|大队
                            or (
                                _COMMUNITY_NEXT.match(text, e)
                                and not text.startswith((*_TOWNSHIP_TAILS, *_STREET_HEADS), e)  # 桃园|街
                            )
                        )
                        and (s, e) not in taken
                    ):
                        out.append((s, e, form, "subdistrict"))
    return out


def _street_forms(doc: Doc, name: str, short: str) -> list[GazetteerSpan]:
    """普东街 for 普东街道 (天津, 武汉 write a street's name so): the short form and 街, opening a word,
    where the county above it is named."""
    if not name.endswith("街道") or len(short) < 2:
        return []
    form = short + "街"
    return [
        (s, s + len(form), form, "subdistrict")
        for s in doc.occurrences(form)
        if s in doc.by_start
        and doc.text[s + len(form) : s + len(form) + 1] not in ("道", "办")  # 某街办: the office
    ]


def sibling_supported(div: Division, codes: set[str]) -> bool:
    """万州 is 万州区 when the article names 忠县 in full: a sibling in the same city (or municipality)."""
    width = 2 if div.code[:2] in MUNICIPALITIES else 4
    return any(c != div.code and c[:width] == div.code[:width] and not c.endswith("00") for c in codes)


def written_together(doc: Doc, i: int, n: int) -> bool:
    """甘肃兰州/ns, 广西南宁/ns: one jieba word that is a division and one inside it written together
    from the top down; the form at i (n characters) is one of the two."""
    k = doc.tok_at(i)
    tok = doc.toks[k]
    if tok.start == i and tok.end > i + n:
        upper, lower = doc.text[i : i + n], doc.text[i + n : tok.end]
    elif tok.end == i + n and tok.start < i:
        upper, lower = doc.text[tok.start : i], doc.text[i : i + n]
    else:
        return False
    codes = division_codes()
    return any(
        child.startswith(_code_prefix(parent)) and child != parent
        for parent in codes.get(upper, ())
        for child in codes.get(lower, ())
    )


def _code_prefix(code: str) -> str:
    """The part of a six-digit code its divisions share: 62 for 620000 (a province), 6201 for 620100."""
    return code[:2] if code.endswith("0000") else code[:4] if code.endswith("00") else code


def in_a_persons_name(doc: Doc, s: int, e: int, cand: str) -> bool:
    """蔡/nr|沈阳, 、查/v|长春: a division's two-character short form right after a lone surname
    is a person's given name (a preposition or a verb of motion before it is none: 向|雁南, 从|江苏)."""
    i = doc.by_start.get(s)
    if e - s != 2 or i is None or cand == divisions()[cand].name:
        return False
    if _opens_a_name(doc, i, cand) or _after_a_title_it_closes(doc, s, i, cand):
        return True
    if i == 0:
        return False
    sur = doc.toks[i - 1]
    if len(sur.word) != 1 or sur.end != s or sur.word not in SURNAMES or sur.word in CONJUNCTION_SURNAMES:
        return False
    if sur.flag == "nr":
        return True
    before = doc.text[sur.start - 1 : sur.start]
    return before in ("、", ",", "，", " ", "\u3000", "")  # 、查/v|长春: a list of people


def _opens_a_name(doc: Doc, i: int, cand: str) -> bool:
    """林芝/nrt|羽/nr: a short form opening with a surname that jieba read as a name, then a character it
    tagged a name, the two written together wherever the text names them, is a person's name."""
    t = doc.toks[i]
    nxt = doc.toks[i + 1] if i + 1 < len(doc.toks) else None
    return (
        t.word == cand
        and t.flag in ("nr", "nrt", "nrfg")
        and cand[0] in SURNAMES
        and nxt is not None
        and len(nxt.word) == 1
        and nxt.flag == "nr"
        and doc.count(cand + nxt.word) == doc.count(cand)
    )


_ROW_MARKS = "、，,和与及"


def _after_a_title_it_closes(doc: Doc, s: int, i: int, cand: str) -> bool:
    """副会|长沙/ns|芳/nr: the short form's first character closes a title (会长) and its second is the
    surname of the name after it, one jieba tagged or one a row of names goes on from (长沙|红/a、)
    (not 湖南省|长沙: a division's 省长 is no title here)."""
    nxt = doc.toks[i + 1] if i + 1 < len(doc.toks) else None
    if cand[1] not in SURNAMES or nxt is None or len(nxt.word) > 2 or not is_cjk(nxt.word):
        return False
    if nxt.flag != "nr" and doc.text[nxt.end : nxt.end + 1] not in _ROW_MARKS:
        return False  # (长沙|红/a、: a given name jieba read as a word, in a row of names)
    title = ends_with_any_title(doc.text[max(0, s - 8) : s + 1])  # (as role_scope.closes_a_title reads it)
    return len(title) >= 2 and title[0] not in "省市县区州旗"


def glued_preposition(doc: Doc, i: int) -> bool:
    """自成|都: the token before the name's second character is a preposition and its first character."""
    k = doc.tok_at(i)
    if k >= len(doc.toks):
        return False
    t = doc.toks[k]
    return t.start == i - 1 and len(t.word) == 2 and t.word[0] in _PREPOSITIONS and is_cjk(t.word)


def citizens_of(doc: Doc, s: int, e: int, name: str) -> GazetteerSpan | None:
    """乌鲁木齐市|民 → 乌鲁木齐: a city's full name whose 市 opens the word 市民 (jieba may cut
    武汉市|民; never 武汉市|民政局)."""
    div = divisions().get(name)
    if (
        div is None
        or div.level not in ("province", "city")
        or not name.endswith("市")
        or not doc.text.startswith("民", e)
        or doc.is_word(doc.text[e : e + 2])  # 武汉市|民政局, 武汉市|民众
        or len(div.short) < 2
    ):
        return None
    return (s, e - 1, name[:-1], "city")


def before_its_people(doc: Doc, i: int, n: int) -> bool:
    """某某人/nr|民: a division's short form before 人民 (its people), jieba having read the form and 人
    as one word, is the place: 某某人民的支持."""
    k = doc.by_start.get(i)
    return k is not None and doc.toks[k].end == i + n + 1 and doc.text.startswith("人民", i + n)


def county_before_township(name: str) -> int | None:
    """万州长坪乡 → 2: a county (full or short) written right before one of its own townships, as the
    national list has it; where the township begins, or None."""
    for cut in range(2, len(name) - 1):
        div = divisions().get(name[:cut])
        if div is None:
            continue
        for code in codes_of(name[:cut]):
            for parent in _parent_keys(code):
                if any(full == name[cut:] for full, _short in _townships_by_parent().get(parent, ())):
                    return cut
    return None


def county_overlapping(text: str, start: int, end: int) -> int:
    """The start of a county's short form written before one of its townships, when the walk started
    inside it (兴|宁宁/ns|中镇: the county's last character read with the township's first); else `start`."""
    if county_before_township(text[start:end]) is not None:
        return start
    for back in (1, 2):
        cut = county_before_township(text[start - back : end]) if start >= back else None
        if cut is not None and cut > back:
            return start - back
    return start


def division_before_unit(name: str) -> int | None:
    """天涯区水蛟村 → 3: a district, county or city written in full (with its level) right before a
    village's, community's or compound's own name of two characters and more; where that name begins.

    >>> division_before_unit("天涯区水蛟村"), division_before_unit("新区社区"), division_before_unit("城东村")
    (3, None, None)
    """
    for cut in range(len(name) - 3, 2, -1):
        div = divisions().get(name[:cut])
        if div is not None and div.level in ("city", "district") and name[:cut] == div.name:
            return cut
    return None


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, tuple[Division, ...]]:
    """呼市 (呼和浩特市), 锡盟 (锡林郭勒盟), 哈市 (哈尔滨市): a prefecture whose place name is long is
    written with its first character and its level."""
    out: dict[str, list[Division]] = {}
    for div in set(divisions().values()):
        if div.level == "city" and div.name.endswith(("市", "盟")) and len(div.short) >= 3:
            out.setdefault(div.short[0] + div.name[-1], []).append(div)
    return {
        abbr: tuple(found)
        for abbr, found in out.items()
        if abbr not in divisions() and abbr[0] not in "一二三四五六七八九十两"  # 三市, 六市: counts of cities
    }


def abbreviations(doc: Doc, found: list[GazetteerSpan]) -> list[GazetteerSpan]:
    """Prefectures by their two-character abbreviation, on a word edge, where the article names the
    prefecture, a division within it or its province."""
    codes = set()
    for _s, _e, cand, level in found:
        if level in ("province", "city", "district") and cand in divisions():
            codes |= set(codes_of(cand))
    out: list[GazetteerSpan] = []
    for abbr, divs in _abbreviations().items():
        if is_common_word(doc, abbr) or not any(
            c[:4] == d.code[:4] or c == d.code[:2] + "0000" for d in divs for c in codes
        ):
            continue
        out += [
            (s, s + 2, abbr, "city") for s in doc.occurrences(abbr) if s in doc.by_start and s + 2 in doc.ends
        ]
    return out


def function_word_glued(doc: Doc, i: int, n: int, div: Division | None = None) -> bool:
    """镇上|和|县里: a county named by one character (和县) whose character is a conjunction or
    preposition of its own and whose level word opens the next word (县里, 县城) is no place; nor is it
    when the text names neither its city nor its province (镇里的通知和|县防控指挥部: the county's own)."""
    if n != 2 or doc.text[i] not in _FUNCTION_CHARS:
        return False
    # (和田: a prefecture's short form is its own city; the province above it must be named)
    above = [d for d in (city_of(div), province_of(div)) if d is not None and d != div] if div else []
    if above and not any(d.short in doc.text for d in above):
        return True  # (jieba reads 和县/ns as one word either way)
    k = doc.by_start.get(i)
    return (
        k is not None
        and doc.toks[k].word == doc.text[i]
        and doc.toks[k].flag in ("c", "p", "d", "r", "u", "uj")
        and (i + n) not in doc.ends
    )


# The characters a conjunction or a preposition of one character is written with
_FUNCTION_CHARS = frozenset("和与及同跟在对向为把被给从")


_LEVEL_ENDS = ("区", "县", "市")


def inside_a_longer_place(doc: Doc, i: int, n: int) -> bool:
    """九龙|城区 in 九龙城区/ns (九龍城區 read through its simplified mirror): a district's full name that
    closes a longer place name jieba reads as one word (one or two characters more, no preposition
    glued on) is that longer place's tail, no division of its own."""
    k = doc.tok_at(i)
    t = doc.toks[k]
    return (
        t.start < i
        and t.end == i + n
        and i - t.start <= 2
        and t.flag == "ns"
        and is_cjk(t.word)
        and t.word[0] not in _PREPOSITIONS
        and t.word.endswith(_LEVEL_ENDS)
        and t.word not in divisions()
    )


_NOUN_CHAR_FLAGS = {"n", "ng", "nr", "nz", "j", "b"}


def after_a_name_character(doc: Doc, i: int, n: int) -> bool:
    """谅山省|文/n|朗县: a county named by one character (朗县, 沛县) right after a character jieba reads
    as a noun of its own is the tail of a longer name, no county of the list (在|沛县, 江苏|沛县 are)."""
    k = doc.tok_at(i - 1) if i >= 1 else -1
    if n != 2 or k < 0 or doc.text[i + 1] not in _LEVEL_ENDS:
        return False
    t = doc.toks[k]
    return t.end == i and len(t.word) == 1 and is_cjk(t.word) and t.flag in _NOUN_CHAR_FLAGS


def longer_places(doc: Doc) -> list[GazetteerSpan]:
    """The longer place names `inside_a_longer_place` keeps whole (九龙城区: a district of a region the
    national list does not divide), as districts, each where it stands."""
    out: list[GazetteerSpan] = []
    for t in doc.toks:
        if len(t.word) < 4 or t.flag != "ns" or not t.word.endswith(_LEVEL_ENDS) or t.word in divisions():
            continue
        for cut in (1, 2):
            if t.word[cut:] in divisions() and inside_a_longer_place(doc, t.start + cut, len(t.word) - cut):
                out.append((t.start, t.end, t.word, "district"))
                break
    return out


def only_in_trade_names(
    name: str, spans: list[tuple[int, int]], orgs: dict[str, tuple[str, list[tuple[int, int]]]]
) -> bool:
    """A division written short (广东, 四川) only where it opens the name of a school or an outlet
    (某省工业大学, 某省在线, 某省文明网) names that body, not a place of the story (a name in full, 某某省,
    or a body of the division itself, 某省教育厅, is a place)."""
    from ..org_words import ORG_SUFFIXES, ORG_SUFFIXES_BY_LENGTH

    div = divisions().get(name)
    if div is None or name == div.name or not spans:
        return False
    heads = {}
    for org, (kind, org_spans) in orgs.items():
        for s, _e in org_spans:
            if kind in ("media", "dateline") and org.startswith(name):
                heads[s] = "media"  # an outlet the story names by its trade name (某省在线)
                continue
            first = next(  # the first body the name closes: 某省工业大学 of 某省工业大学驻某村工作队
                (
                    org[:k]
                    for k in range(len(name) + 2, len(org) + 1)
                    if org[:k].endswith(ORG_SUFFIXES_BY_LENGTH)
                ),
                "",
            )
            if org.startswith(name) and first:
                suffix = next(x for x in ORG_SUFFIXES_BY_LENGTH if first.endswith(x))
                heads.setdefault(s, ORG_SUFFIXES[suffix])
    return all(heads.get(s) in ("school", "media") for s, _e in spans)


_FULL_NAME_ENDS = ("省", "市", "区", "县", "州", "旗", "盟")
_LOCAL_TAILS = ("居民区", "社区", "小区", "新村", "村")


def short_forms_opening_local_names(spans: list[GazetteerSpan]) -> set[GazetteerSpan]:
    """A city's or county's short form that opens the name of a community or compound found whole, with
    at most one character between it and the unit word (中卫|社区, 中山|桥|居民区): part of that name,
    no place of its own. (北京|朝阳社区, 昆明|高新区 keep theirs: a name follows the short form.) A short
    form inside such a name, neither opening nor ending it (东|河北|社区), is the name's too; so is one
    opening such a name right after a township (某某镇|黄山花园小区: written top down, no city below it).

    >>> sorted(short_forms_opening_local_names([(0, 2, "中卫", "city"), (0, 4, "中卫社区", "community")]))
    [(0, 2, '中卫', 'city')]
    """
    local: dict[int, list[str]] = {}  # local names by their start
    within: dict[int, int] = {}  # a position strictly inside a local name → that name's end
    bare: dict[int, int] = {}  # the same, for local names written without their unit word
    for s, e, name, kind in spans:
        if kind in ("community", "compound"):
            local.setdefault(s, []).append(name)
            within.update((p, max(e, within.get(p, 0))) for p in range(s + 1, e))
            if not name.endswith(_LOCAL_TAILS):  # 鹊山东 (an item of a row of communities, no unit word)
                bare.update((p, max(e, bare.get(p, 0))) for p in range(s + 1, e))
    township_ends = {e for _s, e, _n, kind in spans if kind == "subdistrict"}
    out = set()
    for span in spans:
        s, e, name, kind = span
        if kind not in ("province", "city", "district") or name.endswith(_FULL_NAME_ENDS):
            continue
        if s in township_ends and any(len(lname) > len(name) + 1 for lname in local.get(s, ())):
            out.add(span)  # 某镇|黄山花园小区: below a township a city's name opens an estate's
            continue
        if within.get(s, 0) > e or bare.get(s, 0) >= e:
            out.add(span)  # 东|河北|社区, 陇|海南|里社区, 鹊|山东: inside the community's name
            continue
        for lname in local.get(s, ()):
            tail = next((t for t in _LOCAL_TAILS if lname.endswith(t)), "")
            if tail and len(lname) - len(tail) - len(name) <= 1 and len(lname) > len(name) + 1:
                out.add(span)
    return out


_WISHED = re.compile(r"(?:愿|祝|祝愿|祈愿|祝福)(?:你们|大家|您|各位|你)?(?:都)?$")


def wished(text: str, s: int) -> bool:
    """愿你们|安康, 祝大家|平安: the short form at s is a wish, no place."""
    return _WISHED.search(text, max(0, s - 6), s) is not None


def inside_a_named_division(doc: Doc, s: int, e: int, divs: dict) -> bool:
    """瑞/ns|丽江/ns|环绕 … 瑞丽: the characters before the hit and its first make a division the story
    names on its own elsewhere (瑞丽江, the river of 瑞丽); the hit (丽江) is cut out of it. 店下|镇海/ns|
    田村: the hit's first character closes a township the divisions list (店下镇), then its village.
    (哈尔滨市南岗区 twice is no 市南 named elsewhere: every 市南 there goes on as 南岗区 does.)"""
    for k in (1, 2):
        other = doc.text[s - k : s + 1] if s >= k else ""
        elsewhere = doc.count(other) - doc.count(doc.text[s - k : e])
        if other in divs and doc.count(other) > 1 and elsewhere > 0 and is_cjk(other):
            return True
    return doc.text[s : s + 1] in "镇乡" and any(
        s >= k and is_listed_township(doc.text[s - k : s + 1]) for k in (2, 3, 4)
    )


_ROAD_GRADES = ("国道", "省道", "县道", "乡道", "村道")


def word_ends_on_it(doc: Doc, i: int, n: int) -> bool:
    """积极响应|县委: a two-character county (应县, 和县) whose first character ends a word of the
    dictionary jieba read before it is that word's, not the county's; so is 道 after a road's grade
    (国道省道|县道: 道县 is a county, 省道 a road)."""
    if i > 0 and doc.text[i - 1 : i + 1] in _ROAD_GRADES:
        return True
    if n != 2 or i in doc.by_start or glued_preposition(doc, i):
        return False  # (自成|都: the preposition jieba glued to 成都 is no word that ends on it)
    k = doc.tok_at(i)
    if not 0 <= k < len(doc.toks):
        return False
    tok = doc.toks[k]
    head = doc.text[tok.start : i]
    if tok.start < i and tok.end >= i + n and len(tok.word) >= 3 and doc.is_word(tok.word):
        return head not in divisions()  # 进步|示范县: a county's name ending a word (范县; not 甘肃兰州)
    return tok.end == i + 1 and len(tok.word) >= 2 and doc.is_word(tok.word)
