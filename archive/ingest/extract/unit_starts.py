"""Where a unit's name starts, settled after the walk back from its suffix (unit_walk.unit_start) stopped:
a first character jieba tagged a verb or a particle, a preposition or a conjunction glued to the name,
the last word of the unit before, a verb before a proper name, a direction opening the name."""

from __future__ import annotations

import re

from ..lexicon import TITLE_SET
from .tokens import CLAUSE_BREAK, Coverage, Doc, is_cjk
from .unit_edges import GLUED_PREPOSITIONS, ends_the_word_before, inner_start
from .unit_names import after_a_street, opens_name
from .unit_rows import VERB_FLAGS

DIRECTIONS = set("东西南北前后上下中")
_ASSIGNED = ("挂点", "包保", "包联")  # the verbs of a body's assignment to a unit, glued to its name


def past_doubled_or_assigned(doc: Doc, start: int, suffix_at: int) -> int:
    """天|天下|村: a doubled word (天天, 处处: every day, everywhere) ends on the walk's first character;
    包保|菱北街道, 挂点|某社区: the verb of a body's assignment glued before the unit's own name (two
    characters or more). The name starts after either."""
    text = doc.text
    if start > 0 and text[start - 1] == text[start] and doc.freq(text[start - 1 : start + 1]) >= 200:
        start += 1
    assigned = next(
        (w for w in _ASSIGNED if text.startswith(w, start) and suffix_at - start - len(w) >= 2), ""
    )
    return start + len(assigned)


def settled_start(doc: Doc, suffix_at: int, start: int, j: int, gazetteer: Coverage) -> int:
    """The name's start, from where the walk stopped (`start`, token j before it) to the suffix at
    `suffix_at`."""
    toks = doc.toks
    if suffix_at - start == 1 and j >= 0 and toks[j].end == start and opens_name(doc, j):
        start = toks[j].start  # 申|塘村, 排|山村: the name's first character, tagged a verb
    elif suffix_at - start == 2 and j > 0 and toks[j].end == start and after_a_street(doc, j, gazetteer):
        start = toks[j].start  # 桃园街|连/u|荣里|社区: the name's first character, tagged a particle
    if (
        doc.text[start] in GLUED_PREPOSITIONS
        and doc.by_start.get(start) is not None
        and len(doc.toks[doc.by_start[start]].word) >= 3
        and not doc.is_word(doc.toks[doc.by_start[start]].word)
        and suffix_at - start >= 3
    ):
        start += 1  # 王某某|向祥园|社区: a preposition jieba glued to the name (向阳 is a word, kept)
    elif (
        doc.text[start] == "但"
        and doc.text[start - 1 : start] in ("，", ",", "；", ";")
        and suffix_at - start >= 3
    ):
        start += 1  # ，但汝/nr|水路|街道: the clause's "but", however jieba cut it
    elif doc.text[start] == "以" and (k := doc.by_start.get(start)) and k > 0 and toks[k - 1].flag == "v":
        start += 1  # 形成/v|以甸/ns|南社区: 以 opens the verb's phrase (以…为中心), not the name
    if ends_the_word_before(doc, start, suffix_at, gazetteer):
        start += 1  # 核酸采样|点|青禾镇: the place word of the noun before (采样点, 检查站), not the name's
    start = inner_start(doc, start, suffix_at)
    start += doc.text[start] in "日月号时点" and start > 0 and doc.text[start - 1].isdigit()  # 2日|小果庄村
    if doc.text[start] in "街路巷" and suffix_at - start >= 3:
        start += 1  # 北外滩|街|提篮桥小区: the walk stopped inside the unit before; its last word is not ours
    # A verb or adjective before a proper name is the sentence, not the name (落实|城东管理区).
    k, last = doc.tok_at(start), doc.tok_at(suffix_at)
    while (
        k < last - 1
        and toks[k].flag in VERB_FLAGS | {"a", "d"}
        and not (k == j and after_a_street(doc, j, gazetteer))
        and not (toks[k].flag == "a" and k + 2 == last and toks[k + 1].word in DIRECTIONS)  # 幸福|南|社区
    ):
        if any(t.flag in ("ns", "nz", "j", "nr") for t in toks[k + 1 : last]):  # 了解清楚|荣升/nr
            start, k = toks[k + 1].start, k + 1
        else:
            break
    # A direction opening the name (后太保社区, 北商业巷社区), cut off by jieba, after a boundary.
    if j >= 0 and toks[j].word in DIRECTIONS and toks[j].end == start:
        before = toks[j - 1] if j > 0 else None
        if (
            before is None
            or not is_cjk(before.word)
            or before.flag in ("p", "uj", "ns", "c")
            or before.start in gazetteer
        ):
            start = toks[j].start
    return start


# "Within the town": 镇内|茶园村, 村里|小卖部 — a unit word and a position before the name.
WITHIN = re.compile(r"^(?:[省市县区镇乡村]|街道|社区)[内外里中]")


def named_with_and(doc: Doc, j: int, at: int) -> bool:
    """嘉|和|社区 right after its street or town: a name ending in 和 (嘉和, not a word of the language) that
    jieba cut at the conjunction."""
    toks = doc.toks
    if j < 1 or toks[j].word != "和" or toks[j].end != at:
        return False
    first = toks[j - 1]
    return (
        len(first.word) == 1
        and is_cjk(first.word)
        and doc.text[: first.start].endswith(("街道", "镇", "乡", "区", "县"))
        and not doc.is_word(first.word + "和")
    )


def within_word(doc: Doc, start: int, end: int) -> bool:
    """镇内, 县内, 村里: the unit's word and a position, one word as jieba cut it (not 武汉市|中南路)."""
    i = doc.by_start.get(start)
    return i is not None and doc.toks[i].end == end and WITHIN.fullmatch(doc.text[start:end]) is not None


# 长青村|村民, 某村|村口: the second 村 opens a word of the village's people, parts or bodies
_VILLAGE_WORD_SECOND = frozenset(
    "支口委民里头两干党医务级组内外中部庄寨上下子通户貌落规约容道主会监响东西南北前后"
)


def village_named_village(doc: Doc, prefix: str, suffix: str, end: int) -> bool:
    """程村|村: a village whose name ends in 村 itself (程村村), where the 村 after it opens no word of
    the village's (村民, 村口, 村委) and the two characters before it make no word (乡村, 农村)."""
    opened = (doc.text[end - 1 : end + k] for k in (1, 2, 3))  # 村主任, 村会计, 村监会, 村西头
    return (
        suffix == "村"
        and len(prefix) >= 2
        and not doc.is_word(prefix[-2:])
        and doc.text[end : end + 1] not in _VILLAGE_WORD_SECOND
        and not any(doc.is_word(w) or w in TITLE_SET for w in opened)
    )


_COMMUNITY_WORDS = ("社区", "村委", "村党", "居委会")


def opens_a_community(doc: Doc, k: int) -> bool:
    """Token k, one character jieba tagged a preposition or a conjunction where the clause opens, is the
    first of a community's two-character name (”同/p|瑞/ns|社区党委副书记…): no community is named by
    one character, and no clause opens with 同 or 和 before a bare 某社区党委副书记."""
    toks, text = doc.toks, doc.text
    if k + 1 >= len(toks) or len(toks[k].word) != 1 or toks[k].flag not in ("p", "c"):
        return False
    nxt = toks[k + 1]
    opens = toks[k].start == 0 or text[toks[k].start - 1] in CLAUSE_BREAK
    return (
        opens
        and len(nxt.word) == 1
        and nxt.start == toks[k].end
        and text.startswith(_COMMUNITY_WORDS, nxt.end)
    )
