"""The walk back from a sub-district unit's suffix over the short name before it (芷江西路|街道,
竹园新村|小区): over name tokens, never over a unit or body before it, a time word, a count of days, a
verb of the sentence or a title; a direction cut off by jieba (果菜|西|社区) ends the name, a township
jieba glued to the village's name (某乡王湾|村) does not open it; `unit_starts.settled_start` settles
the first character after the walk. Pure functions over the tokens."""

from __future__ import annotations

import re

from .. import place_words as words
from ..org_words import ORG_SUFFIXES, PLACES_ARE_NAMED_FOR
from ..place_words import PLACE_STOP
from .estates import estate_char, odd_char
from .tokens import PREFIX_STOP, Coverage, Doc, is_cjk
from .under_townships import listed_township
from .unit_edges import (
    ACTION_VERBS,
    glued_level_or_each,
    named_like_a_level,
    place_role_noun,
    said_or_achieved,
    stops_a_units_name,
    unit_before_a_name,
    verb_name_under_division,
)
from .unit_names import name_char, single_char_name
from .unit_starts import DIRECTIONS, named_with_and, settled_start

SUBDIVISION_SUFFIXES = tuple("街道 镇 乡 村 社区 居民区 小区 新村 花园 家园 苑 嘎查 苏木 校区".split())
_PLACE_PREFIX_FLAGS = set("n ns nt nz nr nrt nrfg j ng b s k h g zg tg vg ag a z eng m".split())
_ORG_TAILS = tuple(sorted((x for x in ORG_SUFFIXES if len(x) >= 2), key=len, reverse=True))
_NAMED_FOR_IT = ("街", "路", "巷", "新村")  # 某林场街, 师大新村: a place named for the body before it
_ORDINAL_BEFORE = re.compile(r"第[一二三四五六七八九十\d]{1,3}$")

# a count of days or times, or 一角 (a corner), or of major ones (三大): never the opening of a unit's name;
# a count of units (八个|社区) is left to the rules on counted groups
_COUNTED_MEASURE = re.compile(r"第?(?:[一二三四五六七八九十两几]+|\d+)(?:天|角|些|点|次|年|月|日|大)")


def unit_start(doc: Doc, m: re.Match, gazetteer: Coverage) -> int:
    """Walk back from a unit suffix over the name tokens before it."""
    toks = doc.toks
    i = doc.tok_at(m.start())
    glued = glued_level_or_each(doc, i, m.start())  # 九州/ns|镇四村, 对|逐村 (unit_edges.py)
    if glued is not None:
        return glued
    start = toks[i].start if toks[i].start < m.start() else m.start()
    j = i - 1
    if (
        j >= 1
        and (toks[j].word in DIRECTIONS or toks[j].word == "外")  # 北桥|外|社区: beyond the bridge
        and not (toks[j].word == "下" and m.group(0) in ("社区", "小区"))  # 带队|下|社区: going there
        and toks[j].end == m.start()
        and toks[j - 1].flag in _PLACE_PREFIX_FLAGS
        and is_cjk(toks[j - 1].word)
    ):
        start, j = toks[j].start, j - 1  # 果菜|西|社区: a direction ends the name, cut off by jieba
    nth = _ORDINAL_BEFORE.search(doc.text, max(0, m.start() - 5), m.start())
    ordinal = len(nth.group(0)) if nth else 0  # 青禾花城|第二|居民区: a count the short name allows
    run = single_char_name(doc, j, start, gazetteer)
    run = None if run is not None and doc.text[run:start] in ACTION_VERBS else run  # 筑/v|牢/a|社区
    run = listed_township(doc, m.start(), m.group(0)) if run is None else run  # 驿前/v|镇南
    if run is not None:
        return run
    if named_with_and(doc, j, m.start()):
        return toks[j - 1].start  # 某某街道|嘉/j|和/c|社区: a name in 和 after its street, no conjunction
    while j >= 0:
        t = toks[j]
        if (
            t.word == "下"
            and t.end == m.start()
            and m.group(0) in ("社区", "小区")
            or len(t.word) == 2
            and t.word[0] in "村镇乡"
            and t.word[1] in "离距"
        ):
            break  # 带队|下|社区: going down to it; 这些|村离|某新村: the villages and how far they are
        if verb_name_under_division(doc, j, m.start(), gazetteer):
            start = t.start
            break
        if len(t.word) == 1 and doc.text[t.start - 1 : t.end] in ACTION_VERBS:
            break  # 筑/v|牢/a|社区: a verb of the genre jieba cut up, not a rare name's characters
        if said_or_achieved(doc, j):
            break  # 听母亲|说/v|社区…, 守护/v|好/a|孙岗村 (unit_edges.py)
        if t.word in ("一起", "一同", "一道"):
            start = t.start  # 跟村医|一起/m|下村: the phrase opens with the adverb (PHRASE_OPENERS), no name
            break
        if name_char(toks, j, m.start()) or odd_char(doc, j, start) or estate_char(doc, j, m.start()):
            start, j = t.start, j - 1  # 螺蛳|墩|社区, 仙人|位|社区: a rare name's character, tagged a verb
            continue
        if (
            t.flag not in _PLACE_PREFIX_FLAGS
            or t.flag == "z"
            and (t.end == m.start() or len(set(t.word)) < len(t.word))  # 葱茏|某郡小区
            or not is_cjk(t.word)
            or (m.start() - t.start)
            > 6 + ordinal + ("·" in doc.text[t.end : m.start()])  # names are short (滨江美景湾小区)
            or t.word in PREFIX_STOP
            or t.word in PLACE_STOP
            or t.word in words.TIME_WORDS
            or (t.flag == "m" or t.word.endswith("大"))  # (三大/j: three major ones)
            and _COUNTED_MEASURE.fullmatch(t.word) is not None  # 第二天|村里, 一角|某村, 三大|社区
            or t.word in words.LOCATION_VERBS
            or t.word.endswith("于")  # 投身于|社区: a verb and its preposition
            or t.word.endswith("线")  # 某某线|某村路段, 318|线|某村: a highway's name, then the village
            or len(t.word) == 2
            and t.word[1] == "有"  # 往|东有/b|共一村: the verb of there being
            or place_role_noun(t)  # 到达|目的地|某某社区: a role, no name
            or stops_a_units_name(doc, j)  # 南明区|助力|社区建设, whatever jieba tags 助力
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
        campus = t.word in ("学院", "大学") and t.end == m.start() and m.group(0) == "社区"  # 某某学院|社区
        campus = campus or t.word.endswith(PLACES_ARE_NAMED_FOR) and doc.text.startswith(_NAMED_FOR_IT, t.end)
        # (县慈善|总会|下堡村: the body's word cut into two tokens ends it too)
        body = t.word.endswith(_ORG_TAILS) or len(t.word) >= 2 and doc.text.endswith(_ORG_TAILS, 0, t.end)
        if t.start in gazetteer or body and not campus or t.word.endswith("街道办"):
            break  # 城关街道办事处|城里社区, 城市副中心|北苑街道: the unit before is not part of the name
        if unit_before_a_name(doc.text, t, m.start()):
            break  # 青禾农牧场|安康|社区
        if t.word.endswith(("新村", "花园", "家园", "苑")):
            pass  # a compound inside a neighbourhood: 同济新村居民区, 竹园新村小区
        elif t.word.endswith("村") and t.end == m.start() and m.group(0) in ("社区", "居民区"):
            pass  # a community named after the village it was: 番村社区
        elif t.word.endswith("村") and len(t.word) == 2 and t.end == m.start() and m.group(0) in ("乡", "镇"):
            pass  # a town named after a village: 卢村|乡
        elif t.word.endswith(SUBDIVISION_SUFFIXES + ("区", "市", "县", "省")) and not named_like_a_level(t):
            break
        if len(t.word) == 2 and t.word[1] in "由被经" and t.flag not in ("ns", "nr", "nz"):
            break  # 配送组由|小区: a preposition jieba glued to the noun before the unit's word
        if "驻" in t.word:  # jieba glues 驻 to the name after it (驻竹城)
            cut = t.word.rindex("驻") + 1
            cut += t.word[cut : cut + 1] == "扎"  # 驻扎|某村: stationed in it
            if cut < len(t.word):
                start = t.start + cut
            break
        start, j = t.start, j - 1
    return settled_start(doc, m.start(), start, j, gazetteer)
