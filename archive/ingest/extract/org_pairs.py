"""Organisation names written as pairs or rows: what `organizations.py` walks with besides `org_edges.py`.

A county department whose field jieba tags a place or a name (永川区|城市/ns|管理局), a college named by
two fields (化学|与|材料学院), a branch after its parent's name (某科技|重庆|分公司), an item of a list of
bodies of one kind (绿柳派出所、上|青|派出所), a shop by its brand (某正街|青安超市, 美好|一天|超市), and a
preposition jieba glued inside a name (物资|由青禾|县红十字会). Pure functions over the tokens.
"""

from __future__ import annotations

import re

from ..lexicon import TITLE_SET
from ..org_words import ORG_SUFFIXES
from ..place_words import PLACE_SUFFIXES_BY_LENGTH
from .org_edges import FIELD_FLAGS, UNIT_TAILS, glued_conjunction
from .org_names import SHOP_SUFFIXES
from .tokens import PREFIX_STOP, Doc, Token, is_cjk
from .unit_names import GLUED_PREPOSITIONS

# How common a word must be in jieba's dictionary to be a field of work whatever it is tagged (城市/ns,
# 文明/nr: 25,084 and 6,584), not the name of a place under a county (黄甲/nr, 普善路: none).
_COMMON_WORD = 5000


def field_word(doc: Doc, tok: Token) -> bool:
    """城市/ns|管理局, 新时代|文明/nr|实践中心: a common word jieba tags a place or person names the body's
    field of work, so a county department written with it keeps its county (永川区|城市管理局); before a
    unit word it is the unit's name (某区|长江|街道办事处)."""
    return (
        len(tok.word) == 2
        and doc.freq(tok.word) >= _COMMON_WORD
        and not doc.text.startswith(PLACE_SUFFIXES_BY_LENGTH, tok.end)
    )


def first_of_two_fields(doc: Doc, j: int, start: int) -> tuple[int, bool] | None:
    """化学|与|材料学院, 城乡规划|与|建筑工程学院: 与 at token j joins the first field of a college
    named by two; the word before it is a field (a noun of two or more characters, no unit, title or
    people: not 志愿者|与|…学院). The first field's start, and whether the university it belongs to
    stands right before it (某大学|美术, 某大学美术/n); None when no first field."""
    toks = doc.toks
    if j < 1 or toks[j].word != "与" or toks[j].end != start:
        return None
    field = toks[j - 1]
    if not (
        field.end == toks[j].start
        and field.flag in FIELD_FLAGS
        and len(field.word) >= 2
        and is_cjk(field.word)
        and field.word not in TITLE_SET
        and field.word not in PREFIX_STOP
        and not field.word.endswith(UNIT_TAILS)
        and not field.word.endswith(("者", "员", "生", "师", "们", "人", "家"))
    ):
        return None
    before = toks[j - 2] if j >= 2 else None
    owned = field.word.startswith(_UNIVERSITIES) or (
        before is not None and before.end == field.start and before.word.endswith(_UNIVERSITIES)
    )
    return field.start, owned


_UNIVERSITIES = ("大学", "学院")


_PARENT_FLAGS = {"nz", "nr", "nrt", "nrfg", "j", "nt"}


def parent_name(doc: Doc, j: int) -> bool:
    """青禾/nr|互联网|成都分公司, 青禾银行/nt|成都支行: the parent's name before a branch's place is a
    proper word, or a common one right after a proper word (not 联系|成都分公司, 员工|成都分公司)."""
    t = doc.toks[j]
    if len(t.word) < 2 or not is_cjk(t.word):
        return False
    if t.flag in _PARENT_FLAGS:
        return True
    before = doc.toks[j - 1] if j > 0 else None
    return (
        t.flag == "n"
        and before is not None
        and before.end == t.start
        and before.flag in _PARENT_FLAGS
        and is_cjk(before.word)
    )


def list_item_start(text: str, start: int, suffix_start: int, suffix: str) -> int:
    """绿柳派出所、上/f|青|派出所: in a list of bodies of one kind, an item is named by all that stands
    between the enumeration comma and its suffix, however jieba tagged it (up to five characters)."""
    comma = text.rfind("、", max(0, suffix_start - 6), start)
    if comma < 0 or not text[:comma].endswith(suffix):
        return start
    item = text[comma + 1 : suffix_start]
    whole = (
        2 <= len(item) <= 5
        and is_cjk(item)
        and not any(c in item for c in "和与及或")
        and not any(x in item for x in ORG_SUFFIXES)  # 市委、市政府和|市委宣传部: another body
    )
    return comma + 1 if whole else start


_ROAD_OR_UNIT = re.compile(r"(?:路|街|巷|道|社区|小区|村)(?=[\u4e00-\u9fff]{2,})")
_NOT_IN_A_BRAND = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "r", "x", "y", "e", "o", "q"}


def shop_name_start(doc: Doc, start: int, suffix_start: int, suffix: str) -> int:
    """A shop is named by its brand: the address before it is no part of the name (某社区新华正街|青安超市),
    and a brand jieba cut into odd words (美好/a|一天/m|超市, 青江|新/a|特/d|药店) is the two to four
    characters between the clause's verb or punctuation and the shop word."""
    if suffix not in SHOP_SUFFIXES:
        return start
    roads = [r.end() for r in _ROAD_OR_UNIT.finditer(doc.text, start, suffix_start)]
    if roads and suffix_start - roads[-1] >= 2:
        return roads[-1]
    if suffix_start - start >= 2:
        return start
    toks, k, brand = doc.toks, doc.tok_at(suffix_start) - 1, suffix_start
    while k >= 0 and toks[k].end == brand and suffix_start - toks[k].start <= 4:
        t = toks[k]
        if (
            not is_cjk(t.word)
            or t.flag in _NOT_IN_A_BRAND
            or t.flag.startswith("v")
            or t.word in TITLE_SET
            or t.flag == "m"
            and (t.word[0] in "几多各每些" or t.word[-1] in "个家名位所处间")  # 几个|药房
        ):
            break
        brand, k = t.start, k - 1
    before = toks[k] if k >= 0 else None
    boundary = (
        before is None
        or toks[k].end != brand
        or not is_cjk(before.word)
        or before.flag == "p"
        or before.flag.startswith("v")
        and len(before.word) >= 2
    )
    return brand if boundary and suffix_start - brand >= 2 else start


def after_glued_preposition(doc: Doc, start: int, suffix_start: int) -> int:
    """物资|由青禾/nr|县红十字会: a preposition jieba glued to the name's first word (no word of the
    dictionary) ends the words before it; the name starts after it."""
    for p in range(suffix_start - 2, start, -1):
        if doc.text[p] in GLUED_PREPOSITIONS and p in doc.by_start and glued_conjunction(doc, p):
            return p + 1
    return start
