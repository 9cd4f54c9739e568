"""Places: PRC divisions from the gazetteer, and sub-district units by their suffix.

静安区, 永州 (a short form only on a word edge; a county's short form such as 郸城 when the article
also names its full form or its city or province); 芷江西路街道, 普善路居民区, 竹园新村小区, 曲江新区 (a
unit suffix extended backwards over the short name before it, never over a unit or body, a time word
or the verb of the sentence); a town and a village written together are two places (双井子镇|永收村);
三星坊 inside 三星坊居委会. Phrases that end in a unit word are no places: a count or determiner
(多名社区, 所有社区), an adverb (很热心社区), people doing something (志愿者助力社区), a verb with the
unit in it (返乡, 驻村). `region_of` is the city (or province) the gazetteer places point to most.
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
    TITLE_SET,
    TITLES_BY_LENGTH,
    city_of,
    divisions,
    province_of,
)
from .division_forms import (
    abbreviations,
    citizens_of,
    county_before_township,
    glued_preposition,
    is_common_word,
    sibling_supported,
    townships,
)
from .tokens import PREFIX_STOP, Coverage, Doc, Token, is_cjk, outermost
from .unit_names import (
    OUTLET_TAILS,
    PROPER_FLAGS,
    GazetteerSpan,
    community_short_names,
    compound_after_unit,
    everywhere,
    is_verb_object,
    name_char,
    opens_name,
    proper,
    single_char_name,
    unit_suffix,
    without_contradicted,
)

if TYPE_CHECKING:
    from .entities import Entity


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
# Development and management zones, named like districts: 曲江新区, 清河工业园区, 城东管理区.
_ZONE_SUFFIXES = ("新区", "经济技术开发区", "经开区", "开发区", "高新区", "工业园区", "管理区")
_HEAD_OF_LONGER = SUBDIVISION_SUFFIXES + ("路", "街", "大道")
_COUNT_OR_POINTER = re.compile(r"^[一二两三四五六七八九十百千万几多]*[个处座片]|^[各该每这那些全本其]+")
_ROAD_NEXT = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:路|街(?!道)|大道|巷|弄)")
_BODY_TAILS = ("居委会", "村委会", "居民委员会", "村民委员会")
_ORG_TAILS = tuple(sorted((x for x in ORG_SUFFIXES if len(x) >= 2), key=len, reverse=True))
_DIRECTIONS = set("东西南北前后上下中")
_TIME_WORDS = {"时间", "期间", "时候", "时期", "以来", "之际", "当天", "当日", "今天", "目前", "如今"}
_VERB_FLAGS = {"v", "vd", "vn", "vi", "ad"}
_UNIT_ENDS = SUBDIVISION_SUFFIXES + ("区", "县", "市", "省")
_MOTION_PLUS_UNIT = {v + u for v in "驻入进返回下离出到在住顺沿绕穿过经" for u in ("村", "乡", "镇")}
# "Within the town": 镇内|茶园村, 村里|小卖部 — a unit word and a position before the name.
_WITHIN = re.compile(r"^(?:[省市县区镇乡村]|街道|社区)[内外里中]")
# Quantities, determiners and adverbs that open a phrase, never a place name (多名社区, 所有社区, 很热心社区).
_PHRASE_OPENERS = re.compile(
    r"^(?:[一二两三四五六七八九十百千万几多余\d]*[名个位户家栋处座片]|万多名|多名|所有|全部|部分|其他|其它|各个|"
    r"不少|许多|很多|一些|有些|哪些|哪个|很|非常|十分|特别|最|更|都|也|还|又|就|已|正在)"
)
_ROAD_CHARS = {"街", "路", "巷"}
_LOCATION_VERBS = {"地处", "位于", "来到", "前往", "毗邻", "紧邻", "途经", "地跨", "坐落"}
_NAMED_VILLAGE_NEXT = re.compile(r"[\u4e00-\u9fff]{2,3}(?:村|社区)")
_HIGHER_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(镇|乡|街道|苏木|街)(?=[\u4e00-\u9fff]{2})")
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
        if _short_form_ok(doc, s, e, cand, full_names, codes)
    ]
    return found + townships(doc, found) + abbreviations(doc, found)


def _short_form_ok(doc: Doc, s: int, e: int, cand: str, full_names: set[str], codes: set[str]) -> bool:
    div = divisions()[cand]
    common = len(cand) == 2 and cand[0] in _DIRECTIONS | {"矿"}  # 西区, 矿区: a part of anything
    if div.level != "district" or (not common and (cand == div.name or div.name in full_names)):
        return True
    if cand == div.written_with_level:
        return True  # 石柱县 for 石柱土家族自治县: the name as everyone writes it
    if _ROAD_NEXT.match(doc.text, e):
        return False  # 共和 in 共和新路街道: the head of a road's name
    if is_common_word(doc, cand):
        return False  # 互助 (互助土族自治县) is mutual help first
    return div.code[:4] + "00" in codes or div.code[:2] + "0000" in codes or sibling_supported(div, codes)


def _unit_start(doc: Doc, m: re.Match, gazetteer: Coverage) -> int:
    """Walk back from a unit suffix over the name tokens before it."""
    toks = doc.toks
    i = doc.tok_at(m.start())
    start = toks[i].start if toks[i].start < m.start() else m.start()
    j = i - 1
    if (
        j >= 1
        and (toks[j].word in _DIRECTIONS or toks[j].word == "外")  # 北桥|外|社区: beyond the bridge
        and toks[j].end == m.start()
        and toks[j - 1].flag in _PLACE_PREFIX_FLAGS
        and is_cjk(toks[j - 1].word)
    ):
        start, j = toks[j].start, j - 1  # 果菜|西|社区: a direction ends the name, cut off by jieba
    run = single_char_name(doc, j, start, gazetteer)
    if run is not None:
        return run
    while j >= 0:
        t = toks[j]
        if _verb_name_under_division(doc, j, m.start(), gazetteer):
            start = t.start
            break
        if name_char(toks, j, m.start()):
            start, j = t.start, j - 1  # 螺蛳|墩|社区, 仙人|位|社区: a rare name's character, tagged a verb
            continue
        if (
            t.flag not in _PLACE_PREFIX_FLAGS
            or not is_cjk(t.word)
            or (m.start() - t.start) > 6  # names of neighbourhoods and zones are short (滨江美景湾小区)
            or t.word in PREFIX_STOP
            or t.word in PLACE_STOP
            or t.word in _TIME_WORDS
            or t.word in _LOCATION_VERBS
            or t.word in _ACTION_VERBS  # 南明区|助力|社区建设, whatever jieba tags 助力
        ):
            break
        if (
            t.start in gazetteer
            and (t.end - 1) not in gazetteer
            and not t.word.endswith(("街道办", *_ORG_TAILS))
        ):
            k = t.start
            while k in gazetteer:
                k += 1
            start = k  # 上花岔乡王湾|村: jieba glued the township to the village's name
            break
        if t.start in gazetteer or t.word.endswith(_ORG_TAILS) or t.word.endswith("街道办"):
            break  # 城关街道办事处|城里社区, 城市副中心|北苑街道: the unit before is not part of the name
        if t.word.endswith(("新村", "花园", "家园", "苑")):
            pass  # a compound inside a neighbourhood: 同济新村居民区, 竹园新村小区
        elif t.word.endswith("村") and t.end == m.start() and m.group(0) in ("社区", "居民区"):
            pass  # a community named after the village it was: 番村社区
        elif t.word.endswith("村") and len(t.word) == 2 and t.end == m.start() and m.group(0) in ("乡", "镇"):
            pass  # a town named after a village: 卢村|乡
        elif t.word.endswith(SUBDIVISION_SUFFIXES + ("区", "市", "县", "省")) and not _named_like_a_level(t):
            break
        if "驻" in t.word:  # jieba glues 驻 to the name after it (驻竹城)
            cut = t.word.rindex("驻") + 1
            if cut < len(t.word):
                start = t.start + cut
            break
        start, j = t.start, j - 1
    if m.start() - start == 1 and j >= 0 and toks[j].end == start and opens_name(doc, j):
        start = toks[j].start  # 申|塘村, 排|山村: the name's first character, tagged a verb
    if doc.text[start] in _ROAD_CHARS and m.start() - start >= 3:
        start += 1  # 北外滩|街|提篮桥小区: the walk stopped inside the unit before; its last word is not ours
    # A verb or adjective before a proper name is the sentence, not the name (落实|城东管理区).
    k, last = doc.tok_at(start), doc.tok_at(m.start())
    while k < last - 1 and toks[k].flag in _VERB_FLAGS | {"a", "d"}:
        if any(t.flag in ("ns", "nz", "j", "nr") for t in toks[k + 1 : last]):  # 了解清楚|荣升/nr
            start, k = toks[k + 1].start, k + 1
        else:
            break
    # A direction opening the name (后太保社区, 北商业巷社区), cut off by jieba, after a boundary.
    if j >= 0 and toks[j].word in _DIRECTIONS and toks[j].end == start:
        before = toks[j - 1] if j > 0 else None
        if (
            before is None
            or not is_cjk(before.word)
            or before.flag in ("p", "uj", "ns", "c")
            or before.start in gazetteer
        ):
            start = toks[j].start
    return start


# Verbs of the genre whose object is the unit (下沉|社区, 助力|社区): never a unit's name.
_ACTION_VERBS = set(
    "下沉 深入 走进 进入 助力 支援 服务 帮扶 对接 联系 覆盖 包联 包保 走访 入驻 进驻 返回 回到 来到 前往 "
    "驻守 值守 坚守 守护 守住 管控 封控 巡查 排查 督导 检查 慰问 捐赠 捐助 建设 管理 治理".split()
)


def _verb_name_under_division(doc: Doc, j: int, suffix_start: int, gazetteer: Coverage) -> bool:
    """利通区|胜利|镇, 水磨沟区|关爱|社区: a word jieba tags a verb, written between a division and
    the unit word, is the unit's name (the hierarchy written top down); not a verb of the genre that
    takes the unit as its object (下沉|社区)."""
    toks = doc.toks
    t = toks[j]
    return (
        j > 0
        and t.end == suffix_start
        and len(t.word) == 2
        and is_cjk(t.word)
        and t.flag in _VERB_FLAGS
        and t.word not in _ACTION_VERBS
        and toks[j - 1].end == t.start
        and toks[j - 1].start in gazetteer
        and (toks[j - 1].end - 1) in gazetteer
    )


def _named_like_a_level(t: Token) -> bool:
    """潭城街道|西市/ns|社区: a two-character place name ending in 市 that is no division the article
    supports (the gazetteer would have stopped the walk) is the community's own name."""
    return (
        len(t.word) == 2
        and t.flag == "ns"
        and t.word.endswith("市")
        and t.word[0] not in "我本该全各此其这那每"
    )


def find_units(doc: Doc, gaz: list[GazetteerSpan]) -> list[GazetteerSpan]:
    """Sub-district units and zones named by their suffix (芷江西路街道, 普善路居民区, 曲江新区)."""
    text = doc.text
    gazetteer = Coverage(len(text), [(s, e) for s, e, _, _ in gaz])
    listed = {span[1]: span for span in gaz if span[3] == "subdistrict"}  # townships by their end
    unit_ends = {span[1]: span for span in gaz if span[3] in ("district", "subdistrict")}
    city_ends = {span[1]: span[0] for span in gaz if span[3] == "city"}
    found: list[GazetteerSpan] = []
    for m in _PLACE_RE.finditer(text):
        suffix = m.group(0)
        if suffix not in SUBDIVISION_SUFFIXES and suffix not in _ZONE_SUFFIXES:
            continue
        end = m.end()
        nxt = text[end : end + 3]
        if (
            end not in doc.ends
            and not nxt.startswith(tuple(ORG_SUFFIXES))
            and not nxt.startswith(tuple(TITLES_BY_LENGTH))
            and not nxt.startswith(SUBDIVISION_SUFFIXES)
            and not (suffix in ("镇", "乡") and _NAMED_VILLAGE_NEXT.match(text, end))  # 中馆镇|排山村
            and not (text[end : end + 1] in "内里外" and end + 1 in doc.ends)  # 东方小|区内
        ):
            continue
        suffix_tok = doc.toks[doc.tok_at(m.start())]
        if suffix_tok.start < m.start() and (
            suffix_tok.flag in _VERB_FLAGS or suffix_tok.word in _MOTION_PLUS_UNIT
        ):
            continue  # 返乡, 入村, 驻村: the suffix is part of a verb
        start = _unit_start(doc, m, gazetteer)
        if suffix in _ZONE_SUFFIXES and start == m.start() and start in city_ends:
            start = city_ends[start]  # 武汉经开区, 合肥高新区: a zone is named by the city it belongs to
        if PLACE_SUFFIXES[suffix] == "compound":
            start = compound_after_unit(doc, start, m.start(), unit_ends)
        if (
            text[start] in "和与及"
            and text[max(0, start - 2) : start].endswith(_UNIT_ENDS)
            and not doc.is_word(doc.toks[doc.tok_at(start)].word[:3])  # 和平街 is a name, 和塔 no word
        ):
            start += 1  # 团结社区和塔山镇: the conjunction between two places, glued by jieba
        prefix = text[start : m.start()]
        if prefix.endswith(suffix) or (
            suffix_tok.start == m.start()
            and suffix_tok.word in TITLE_SET
            and doc.toks[doc.tok_at(m.start() - 1)].flag not in PROPER_FLAGS
        ):
            continue  # 长青村|村支两委, 联系|村支书: the unit word opens the next word, a title or a body
        if (
            _PHRASE_OPENERS.match(prefix)
            or _is_verb_phrase(doc, start, m.start(), gazetteer)
            or is_verb_object(doc, start, m.start(), end)
        ):
            continue
        within = _WITHIN.match(prefix)
        if within:
            prefix, start = prefix[within.end() :], start + within.end()
        lead = _COUNT_OR_POINTER.match(prefix)
        if lead:  # 四个小区, 该小区: a count or a pointer, not a name
            if lead.end() == len(prefix):
                continue
            prefix, start = prefix[lead.end() :], start + lead.end()
        if (
            len(prefix) < 2
            or prefix in PLACE_GENERIC_PREFIX
            or prefix[-1:] in ("的",)
            or any(
                (prefix.startswith(g) or (prefix.endswith(g) and suffix not in _ZONE_SUFFIXES))
                and len(g) >= 2
                for g in PLACE_GENERIC_PREFIX
            )  # 居民小区 is generic, 清河经济开发区 is a name
            or prefix in PLACE_STOP
            or not is_cjk(prefix)
            or prefix.endswith(TITLES_BY_LENGTH)
        ):
            continue
        if suffix in ("花园", "家园", "苑") and not (
            nxt.startswith("小区") or (proper(doc, start, m.start()) and not nxt.startswith(_UNIT_ENDS))
        ):
            continue  # 秋怡家园 (a proper name before it) is a compound, 精神家园 is none
        township = listed.get(end)
        cut = county_before_township(text[start:end]) if PLACE_SUFFIXES[suffix] == "subdistrict" else None
        if township is None and cut is not None:
            township = (start + cut, end, text[start + cut : end], "subdistrict")
        if township is not None and start < township[0] and PLACE_SUFFIXES[suffix] == "subdistrict":
            above = divisions().get(text[start : township[0]])
            if above is not None:  # 万州|长坪乡: the county written before its township
                found.append((start, township[0], text[start : township[0]], above.level))
            start = township[0]
        found += _split_levels(start, text[start:end], PLACE_SUFFIXES[suffix])
        unit_ends.update((f[1], f) for f in found[-2:] if f[3] in ("subdistrict", "community"))
    return everywhere(text, found + _areas(doc, gazetteer))


_AREA = re.compile("片区")
_NAMED_COMMUNITY_NEXT = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:社区|居民区|村)")


def _areas(doc: Doc, gazetteer: Coverage) -> list[GazetteerSpan]:
    """天山区|延安路片区|中湾街南社区: an area (片区) grouping communities, named where the hierarchy is
    written top down (a named community right after it); 重点片区, 该片区 are no names."""
    found: list[GazetteerSpan] = []
    for m in _AREA.finditer(doc.text):
        if not _NAMED_COMMUNITY_NEXT.match(doc.text, m.end()) or m.start() not in doc.by_start:
            continue
        start = _unit_start(doc, m, gazetteer)
        prefix = doc.text[start : m.start()]
        if (
            len(prefix) >= 2
            and is_cjk(prefix)
            and prefix not in PLACE_GENERIC_PREFIX
            and prefix not in PLACE_STOP
            and not _PHRASE_OPENERS.match(prefix)
            and not _COUNT_OR_POINTER.match(prefix)
        ):
            found.append((start, m.end(), doc.text[start : m.end()], "subdistrict"))
    return found


def _split_levels(start: int, name: str, kind: str) -> list[GazetteerSpan]:
    """双井子镇永收村 → 双井子镇 and 永收村: a town and a village written together are two places."""
    m = _HIGHER_INSIDE.search(name)
    if not m or kind not in ("community", "compound"):
        return [(start, start + len(name), name, kind)]
    cut = m.end()
    if m.group(1) == "街" and len(name) - cut - len(unit_suffix(name)) < 2:
        return [(start, start + len(name), name, kind)]  # 解放街社区: no name after the 街
    return [
        (start, start + cut, name[:cut], "subdistrict"),
        (start + cut, start + len(name), name[cut:], kind),
    ]


def _is_verb_phrase(doc: Doc, start: int, end: int, gazetteer: Coverage) -> bool:
    """助力社区, 严格执行落实小区, 党群共筑社区: a verb (and its subject) before the unit word, not a name.
    One verb right after a division, a preposition or a boundary stays a name (在团结社区, 前进村)."""
    toks = doc.toks[doc.tok_at(start) : doc.tok_at(end - 1) + 1] if end > start else []
    if len(toks) >= 2 and any(
        t.word in TITLE_SET or (len(t.word) >= 2 and t.word.endswith(("者", "员"))) for t in toks
    ):
        return True  # 党员志愿者助力社区, 工作队员驻村: people doing something, not a name
    verbs = [t for t in toks if t.flag in _VERB_FLAGS and len(t.word) >= 2]
    if not verbs:
        return False
    if len(toks) >= 2:
        return True
    i = doc.tok_at(start)
    before = doc.toks[i - 1] if i > 0 else None
    if before is not None and before.start in gazetteer:
        return False  # 利通区|胜利|镇, 水磨沟区|关爱|社区: the unit under a division is named
    return before is not None and is_cjk(before.word) and before.flag in ("n", "nr", "r", "vn", "j")


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
