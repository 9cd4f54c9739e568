"""Rows of names closed by what they all are: 金州城、纺织宿舍、百合居等小区 (a list of units the unit
word closes, its last name after 和/及), 河东堰、西港等地 (places, a row 等地 closes); and the verb phrase
before a unit word that names none (助力社区). Pure functions over the tokens."""

from __future__ import annotations

import re

from ..lexicon import TITLE_SET
from ..place_words import PLACE_SUFFIXES
from .tokens import Coverage, Doc, is_cjk
from .unit_names import COMMON_VERB_CHARS, WORK_OF_A_UNIT, GazetteerSpan, adverb_and_verb

# 金州城、纺织宿舍、百合居等小区, 东风、红旗、光明共3个社区: a list of names closed by the kind of unit
# they all are. Names of two to five characters, joined by 、.
# The count may be rough (等20余个, 几个) and name what the units are (几个防火关键社区).
_COUNT = r"[一二三四五六七八九十两几\d]{1,3}\s*[余多]?\s*[个個](?:[\u4e00-\u9fff]{2,4}?)??"
_LISTED = re.compile(
    r"((?:[\u4e00-\u9fff]{2,6}、){1,11}[\u4e00-\u9fff]{2,5}(?:[和及与][\u4e00-\u9fff]{2,5})?)"
    rf"(?:等\s*(?:多个|{_COUNT})?|(?:共|(?<![共等])){_COUNT})"
    r"((?:居民|住宅|自然|行政)?(?:小区|小區|社区|社區|居民区|村|湾|街道|街镇|乡镇|镇街|镇|乡|嘎查))"
)
# 西柯和祥平: the list's last two names joined by a conjunction (两字 and more on each side)
_LAST_TWO = re.compile(r"([\u4e00-\u9fff]{2,})([和及与])([\u4e00-\u9fff]{2,})")
# What follows a unit word that is the units' work or people, not a list of their names (等社区工作).
_NOT_AFTER_A_LIST = (*WORK_OF_A_UNIT, "力量", "工作", "建设", "服务", "干部", "居民", "群众", "组织", "两委")
_LISTED_KIND = {
    "小区": "compound",
    "小區": "compound",
    "社区": "community",
    "社區": "community",
    "街道": "subdistrict",
    "镇": "subdistrict",
    "乡": "subdistrict",
    "街镇": "subdistrict",
    "乡镇": "subdistrict",
    "镇街": "subdistrict",
}
_LEVEL_WORDS = ("街道", "镇", "乡", "区", "县", "市", "社区", "小区", "村")


def listed_units(doc: Doc) -> list[GazetteerSpan]:
    """金州城、纺织宿舍、百合居等小区: each name of a list the unit word closes is such a unit (a
    compound, a community), however it is written. The first name is the name-like words before its
    、 (not the verb or the unit above before it); a name with a function word or a count in it, or a
    person noun (党员、干部等), is no name."""
    out: list[GazetteerSpan] = []
    for m in _LISTED.finditer(doc.text):
        if (
            doc.toks[doc.tok_at(m.start(2))].start != m.start(2)
            or doc.toks[doc.tok_at(m.end(2) - 1)].end != m.end(2)
            or doc.text.startswith(_NOT_AFTER_A_LIST, m.end())
        ):
            continue  # 等村|民, 等社区|工作: the unit word opens a longer word or names the units' work
        kind = _LISTED_KIND.get(m.group(2)[-2:], _LISTED_KIND.get(m.group(2), "community"))  # 居民|小区
        items = m.group(1).split("、")
        last = _LAST_TWO.fullmatch(items[-1])  # 西柯、新民和祥平三个街镇
        items[-1:] = [last.group(1), last.group(3)] if last else items[-1:]
        end = m.start(1) + len(items[0])
        k = doc.tok_at(end - 1)
        start = end
        while k >= 0 and doc.toks[k].end == start:
            word, flag = doc.toks[k].word, doc.toks[k].flag
            # 大|李湾, 怡/vg|景园: an adjective or a bound morpheme of one character opens the name
            opener = flag in ("a", "ag", "vg", "g") and len(word) == 1 and start < end
            lane = word == "里" and start == end  # 金厦|里/f: a lane's 里, tagged a locative, ends the name
            if flag not in _LISTED_NAME_FLAGS and not opener and not lane:
                break
            if end - doc.toks[k].start > 6 or word.endswith(_LEVEL_WORDS) or not is_cjk(word):
                break
            start, k = doc.toks[k].start, (-1 if opener else k - 1)
        spans, pos = [(start, end)], end + 1
        for item in items[1:]:  # (each name after a 、, the last after the conjunction)
            spans.append((pos, pos + len(item)))
            pos += len(item) + 1
        names = [doc.text[a:b] for a, b in spans]
        if len(names[0]) < 2 or any(not _name_like(doc, a, b) for a, b in spans):
            continue
        out += [(a, b, name, kind) for (a, b), name in zip(spans, names, strict=True)]
    return out


_TIME_CHARS = set("年月日天时期节晚早夜前后末初中旬季")
_MEASURES = set("个名位家户人次批年月日天岁元多几")
_LISTED_NAME_FLAGS = {"n", "nz", "ns", "nr", "nrt", "nrfg", "j", "ng", "b", "s", "l", "an", "x"}


def _name_like(doc: Doc, start: int, end: int) -> bool:
    toks = doc.toks[doc.tok_at(start) : doc.tok_at(end - 1) + 1]
    return (
        bool(toks)
        and doc.text[start:end] not in TITLE_SET
        and not any(
            t.flag in ("p", "c", "u", "uj", "r", "m", "q", "d", "v", "vd", "t")
            and not (t.flag == "v" and len(t.word) == 1 and t.word not in COMMON_VERB_CHARS)  # 百合|居
            and not (
                t.flag == "t" and len(t.word) == 2 and (t.word[-1] not in _TIME_CHARS or t.end < end)
            )  # 春阳/t
            and not (
                t.flag == "m" and t.end < end and is_cjk(t.word) and not set(t.word) & _MEASURES
            )  # 三里|岗
            for t in toks
        )
    )


# 河东堰、西港等地出发: a row of names closed by 等地 (and other such places)
_ROW_OF_PLACES = re.compile(r"((?:[\u4e00-\u9fff]{2,4}、){1,8}[\u4e00-\u9fff]{2,4})等地")
_PLACE_LIKE_FLAGS = {"ns", "nr", "nz", "nrt"}


def places_of_a_row(doc: Doc, gazetteer: Coverage) -> list[tuple[int, int, str, str]]:
    """河东堰、西港等地: each name of a row that 等地 closes is a place when jieba reads it as a place's or a
    name's words, or as no word it knows (学校、医院等地 names kinds of places, none of them); the first
    name starts at the word edge after what opens the row (从前/t|王: 前王 is lost, not mistaken). A name
    of divisions written together (山东青岛、威海等地) is no place of its own: the gazetteer finds each."""
    out = []
    for m in _ROW_OF_PLACES.finditer(doc.text):
        pos, row = m.start(1), []
        for n, item in enumerate(m.group(1).split("、")):
            end = pos + len(item)
            start = pos
            if n == 0:  # the row's first name: the place-like words before its 、
                k = doc.tok_at(end - 1)
                start = end
                while k >= 0 and doc.toks[k].end == start and doc.toks[k].start >= pos:
                    if doc.toks[k].flag not in _PLACE_LIKE_FLAGS:
                        break
                    start, k = doc.toks[k].start, k - 1
            toks = doc.toks[doc.tok_at(start) : doc.tok_at(end - 1) + 1] if end - start >= 2 else []
            if (
                toks
                and toks[0].start == start
                and all(t.flag in _PLACE_LIKE_FLAGS or doc.freq(t.word) == 0 for t in toks)
            ):
                if len(toks) == 1 or not all(p in gazetteer for p in range(start, end)):
                    row.append((start, end, doc.text[start:end], "community"))
            elif n > 0 or end - start >= 2:
                row = []  # (园区楼宇/nr、临街商铺、居民小区等地: kinds of places, the row is none)
                break
            pos = end + 1
        out += row if len(row) >= 2 else []
    return out


VERB_FLAGS = {"v", "vd", "vn", "vi", "ad"}


# Verbs of working with someone that jieba may tag nouns (会同 is a county's short form too), and verbs of
# one character that open a phrase of doing (做细, 抓实), before the unit word
_WITH_WORDS = frozenset("会同 协同 配合 协助 督促 指导 依托 对接 动员 走进 深入 走访".split())
_DOING = frozenset("做抓把让使将给帮替")


def is_verb_phrase(doc: Doc, start: int, end: int, gazetteer: Coverage) -> bool:
    """助力社区, 严格执行落实小区, 党群共筑社区: a verb (and its subject) before the unit word, not a name.
    One verb right after a division, a preposition or a boundary stays a name (在团结社区, 前进村)."""
    toks = doc.toks[doc.tok_at(start) : doc.tok_at(end - 1) + 1] if end > start else []
    if toks and (toks[0].word in _WITH_WORDS or toks[0].word in _DOING and toks[0].flag == "v"):
        return True  # 及时|会同/n|社区、物业; 做实、做|细小/n|区: the verb of working with or doing
    if len(toks) >= 2 and any(
        t.word in TITLE_SET or (len(t.word) >= 2 and t.word.endswith(("者", "员"))) for t in toks
    ):
        return True  # 党员志愿者助力社区, 工作队员驻村: people doing something, not a name
    if any(adverb_and_verb(doc, t.word) for t in toks):
        return True  # 党支部积极响应|社区的号召: what the sentence does, whatever jieba tags it
    verbs = [t for t in toks if t.flag in VERB_FLAGS and len(t.word) >= 2]
    if not verbs:
        return False
    if len(toks) >= 2:
        return True
    i = doc.tok_at(start)
    before = doc.toks[i - 1] if i > 0 else None
    if before is not None and before.start in gazetteer:
        return False  # 利通区|胜利|镇, 水磨沟区|关爱|社区: the unit under a division is named
    return before is not None and is_cjk(before.word) and before.flag in ("n", "nr", "r", "vn", "j")


# 万科|B区, 满城|新世界|B区: a zone lettered after an estate's proper name, no unit word between
_LETTERED = re.compile(r"[A-ZＡ-Ｚ][区區](?![域别分内外])")
_ESTATE_FLAGS = {"ns", "nz", "nr", "nrt", "nt"}


def lettered_estates(doc: Doc, gazetteer: Coverage) -> list[GazetteerSpan]:
    """The lettered zone of an estate written after its proper name (one or two tokens jieba tags a
    name, 2 to 6 characters): the compound. Not after a division's name (某区A区) nor a common noun
    (方舱医院A区, 核酸检测A区: a hospital's or a site's part)."""
    out: list[GazetteerSpan] = []
    for m in _LETTERED.finditer(doc.text):
        k = doc.by_start.get(m.start())
        if k is None or k == 0 or m.start() - 1 in gazetteer:
            continue
        j, start = k - 1, m.start()
        while j >= 0 and k - j <= 2 and doc.toks[j].end == start and doc.toks[j].flag in _ESTATE_FLAGS:
            if not is_cjk(doc.toks[j].word):
                break
            start, j = doc.toks[j].start, j - 1
        if 2 <= m.start() - start <= 6:
            out.append((start, m.end(), doc.text[start : m.end()], "compound"))
    return out


# The words that end a compound's or a community's name in a row (某某小区、某某家园、某某社区)
_ROW_UNIT_END = re.compile(r"(?:小区|小區|社区|社區|居民区|家园|花园|新村)$")
_ROW_ITEM = re.compile(r"[\u4e00-\u9fff]{3,10}")
_SIMPLIFIED_UNIT = str.maketrans("區", "区")


def flanked_in_a_row(doc: Doc, found: list[GazetteerSpan]) -> list[GazetteerSpan]:
    """某某小区、起航小区、某某社区: an item of a row of units between two items found as compounds or
    communities, itself ending in such a unit's word, is one too, however jieba read its name (a verb,
    a word of the language)."""
    local = [f for f in found if f[3] in ("compound", "community")]
    ends = {e for _s, e, _n, _k in local}
    starts = {s for s, _e, _n, _k in local}
    covered = Coverage(len(doc.text), [(s, e) for s, e, _n, _k in found])
    out: list[GazetteerSpan] = []
    text = doc.text
    for sep in re.finditer("、", text):
        m = _ROW_ITEM.match(text, sep.end())
        if m is None or text[m.end() : m.end() + 1] != "、" or sep.start() not in ends:
            continue
        if m.end() + 1 not in starts or m.start() in covered or m.end() - 1 in covered:
            continue
        unit = _ROW_UNIT_END.search(m.group())
        if unit and _name_like_item(doc, m.start(), m.start() + unit.start()):
            word = unit.group().translate(_SIMPLIFIED_UNIT)  # 小區 → 小区
            out.append((m.start(), m.end(), m.group(), PLACE_SUFFIXES[word]))
    return out


def _name_like_item(doc: Doc, start: int, end: int) -> bool:
    """The name before the unit's word: two characters or more, no function word, pointer or count,
    no common word alone."""
    toks = doc.toks[doc.tok_at(start) : doc.tok_at(end - 1) + 1]
    common = len(toks) == 1 and doc.freq(toks[0].word) >= 5000  # 帮助|小区: a common word, no name
    return (
        end - start >= 2
        and not common
        and not any(t.flag in ("p", "c", "u", "uj", "r", "m", "q", "d") for t in toks)
    )


# 东坡、西岭、南岗街道: names of one kind of unit in a row, the unit's word written after the last only
_SHARED_KINDS = ("subdistrict", "community", "compound")
_SHARED_SUFFIXES = ("街道", "镇", "乡", "社区", "社區", "村", "小区", "小區")
_NAME_FLAGS = {"ns", "nr", "nz", "nrt", "j"}


def sharing_the_unit_word(doc: Doc, found: list[GazetteerSpan]) -> list[GazetteerSpan]:
    """Each name of a row (joined by 、) whose last name is a unit found with its word (浮山街道) is such
    a unit too, when every name is one token of two to four characters jieba reads as a proper name or
    does not know, and the row opens after a mark or a word that is no name (学校、医院、某街道 lists no
    units)."""
    text, out = doc.text, []
    for start, end, name, kind in found:
        suffix = next((s for s in _SHARED_SUFFIXES if name.endswith(s)), None)
        if kind not in _SHARED_KINDS or suffix is None or text[start - 1 : start] != "、":
            continue
        if not _proper_token(doc, start, end - len(suffix)):
            continue
        out += _row_before(doc, start - 1, kind)
    return out


def _row_before(doc: Doc, at: int, kind: str) -> list[GazetteerSpan]:
    """The names of a row ending with the 、 at `at`, each one token a proper name, as units of `kind`;
    [] unless the row opens after a mark or a word that is no name."""
    text, row = doc.text, []
    while text[at : at + 1] == "、":
        k = doc.tok_at(at - 1) if at >= 1 else -1
        if k < 0 or doc.toks[k].end != at or not _proper_token(doc, doc.toks[k].start, at):
            return []
        row.append((doc.toks[k].start, at, doc.toks[k].word, kind))
        at = doc.toks[k].start - 1
    before = doc.toks[doc.tok_at(at)] if at >= 0 else None
    return row if before is None or not is_cjk(before.word) or before.flag not in _NAME_FLAGS | {"n"} else []


# 甲、乙、丙三家社区: the row's names, counted, then the unit word they share
_COUNTED_UNIT = re.compile(r"(.{2,4}?)([两二三四五六七八九十])[个家所](街道|镇|乡|社区|社區|村|小区|小區)")
_NUMBER = {c: n for n, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def counted_row(doc: Doc, found: list[GazetteerSpan]) -> list[GazetteerSpan]:
    """甲、乙、丙三家社区: a unit found as 丙三家社区 closing a row is the row's names, each a unit of that
    kind, when the count equals the names (each of two to four characters, one opening on a token); the
    count is no part of a name."""
    text, out = doc.text, []
    for span in found:
        start, _end, name, kind = span
        m = _COUNTED_UNIT.fullmatch(name)
        row = [(start, start + len(m.group(1)))] if m and kind in _SHARED_KINDS else []
        at = start - 1
        while row and text[at : at + 1] == "、":
            item = re.search(r"[\u4e00-\u9fff]{2,4}$", text[max(0, at - 4) : at])
            first = item and at - len(item.group()) or 0
            begin = next((p for p in range(first, at - 1) if p in doc.by_start), None)
            if not item or begin is None:
                row = []
                break
            row.append((begin, at))
            at = begin - 1
        if row and len(row) == _NUMBER[m.group(2)] and len(row) >= 2:
            out += [(s, e, text[s:e], kind) for s, e in row]
        else:
            out.append(span)
    return out


def _proper_token(doc: Doc, start: int, end: int) -> bool:
    k = doc.by_start.get(start)
    if k is None or doc.toks[k].end != end or not 2 <= end - start <= 4 or not is_cjk(doc.toks[k].word):
        return False
    t = doc.toks[k]
    return (t.flag in _NAME_FLAGS or doc.freq(t.word) == 0) and t.word not in TITLE_SET
