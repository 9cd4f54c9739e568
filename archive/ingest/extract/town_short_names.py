"""A street or township named in full, then called by its name alone (青禾街道 … 在青禾; 松阳县板桥畲族乡 …
松阳板桥), and a village or community whose name no dictionary holds (某庄村 … 通往某庄的). Pure functions
over the tokens."""

from __future__ import annotations

from ..divisions import divisions, without_peoples
from .tokens import Doc, Token, is_cjk
from .unit_names import COMMUNITY_WORDS, ENDS_A_NAME, community_stem
from .unit_walk import SUBDIVISION_SUFFIXES

# what goes on after a name that heads a longer one (某某|镇, 某某|路, 某某|大道)
HEAD_OF_LONGER = SUBDIVISION_SUFFIXES + ("路", "街", "大道")


_SHORTENED = ("街道", "镇", "乡")


def subdistrict_short_names(doc: Doc, found: list) -> list:
    """青禾街道 … 精神在青禾传扬, 某某镇 … 先别去某某逛集市: a street or township named in full is also
    called by its name alone, where jieba reads that name as a place of its own (or as no word it knows,
    or the county's name stands right before it: 松阳|板桥) and a particle, punctuation or a verb follows
    it. An ethnic township is called without its peoples (板桥畲族乡 → 板桥)."""
    out = []
    for full in {n for _s, _e, n, kind in found if kind == "subdistrict" and n.endswith(_SHORTENED)}:
        short = without_peoples(full[: -2 if full.endswith("街道") else -1])  # 板桥畲族乡 → 板桥
        if len(short) < 2 or not is_cjk(short) or short in divisions():
            continue
        for s in doc.occurrences(short):
            i = doc.by_start.get(s)
            if i is None or doc.toks[i].word != short or i + 1 >= len(doc.toks):
                continue
            county = i > 0 and doc.toks[i - 1].end == s and doc.toks[i - 1].word in divisions()  # 松阳|板桥
            # (华舍/nr: 华舍街道 by its name at a heading's colon or a row's comma, as jieba reads a name)
            punctuated = doc.text[s + len(short) : s + len(short) + 1] in ":：，,、"
            if (
                doc.toks[i].flag != "ns"
                and not county
                and (doc.is_word(short) or not (full.endswith(("镇", "乡")) or punctuated))
            ):
                continue  # (守护磷矿的平安: a word of the language, whatever town it names)
            nxt = doc.toks[i + 1]
            if _closes_the_name(nxt):
                out.append((s, s + len(short), short, "subdistrict"))
    return out


# The people of a place named right after it (某堡志愿者, 某庄人, 某寨村民) end its name too.
_ITS_PEOPLE = frozenset("人 村民 居民 群众 乡亲 百姓 网友 志愿者 党员 干部 村干部".split())


def coined_short_names(doc: Doc, found: list) -> list:
    """某庄村 … 通往某庄的公交车, 某堡志愿者: a village or community named in full is also called by its
    name alone, where that name is no word of the language (jieba guesses it as a name or cuts it up)
    and what follows ends it: a particle or a punctuation mark, the people of the place, or a verb or a
    preposition that is no unit word (某寨位于, 某封至某县). A name the dictionary knows (人民, 幸福) is
    read as a place only where jieba tags it one (unit_names.community_short_names)."""
    out = []
    for full in {n for _s, _e, n, kind in found if kind == "community" and n.endswith(COMMUNITY_WORDS)}:
        short = community_stem(full)
        if not 2 <= len(short) <= 4 or not is_cjk(short) or doc.is_word(short) or short in divisions():
            continue
        for s in doc.occurrences(short):
            if s in doc.by_start and _ends_a_name(doc, s + len(short)):
                out.append((s, s + len(short), short, "community"))
    return out


def _ends_a_name(doc: Doc, e: int) -> bool:
    if doc.text[e : e + 1] in ENDS_A_NAME:
        return True
    j = doc.by_start.get(e)
    return j is not None and (doc.toks[j].word in _ITS_PEOPLE or _closes_the_name(doc.toks[j], ("v", "p")))


def _closes_the_name(tok: Token, verbs: tuple[str, ...] = ("v",)) -> bool:
    """The token after a short name closes it: a particle or a punctuation mark, or a verb (a preposition
    too, where asked) that opens no longer name (某某|镇, 某某|路)."""
    return tok.word[0] in ENDS_A_NAME or tok.flag in verbs and not tok.word.startswith(HEAD_OF_LONGER)
