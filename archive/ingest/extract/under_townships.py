"""Units named under the township or town written right before them.

某镇|四社区 (a community named by a number alone, with its town), 某某镇|吟水村 and 某某镇|立塘社区 (a
village or community written right after its township, whatever jieba made of the characters between),
某某河镇|南山村 where jieba read 镇南 as one word (the township found in the national divisions). Pure
functions over the text.
"""

from __future__ import annotations

from ..gazetteer import candidates
from ..lexicon import SURNAMES
from .tokens import Doc, is_cjk

UNIT_NUMERALS = set("一二三四五六七八九十")


def numbered_under_town(text: str, start: int, suffix_start: int, suffix: str, unit_ends: dict) -> int:
    """某镇|四社区, 某街道|二村: a community or village named by a number alone is named with the town or
    street written right before it (`unit_ends`: the units found so far, by their end): its start."""
    above = unit_ends.get(start)
    if (
        suffix_start - start == 1
        and text[start] in UNIT_NUMERALS
        and suffix in ("社区", "村", "居民区")
        and above is not None
        and above[2].endswith(("镇", "乡", "街道"))
        and above[1] == start
    ):
        return above[0]
    return start


# What never stands inside a village's name: the sentence's function characters, pointers and counts,
# positions (镇内, 镇里), the words of people and bodies (镇干部进村, 镇党委驻村).
_NOT_IN_A_VILLAGE = set("的了着过们与及或在是为对把被将从向到给由各每该本全所个些这那其等内外里驻包守")
_NOT_IN_A_VILLAGE |= set("村镇乡区县市街社站点组队员委党部局办府司")
_TOWNSHIP_TAILS = ("镇", "乡", "苏木")
_VILLAGE_SURNAMES = frozenset(SURNAMES - _NOT_IN_A_VILLAGE)  # a village named by a family: 谭村, 王村


def village_after_township(text: str, suffix_start: int, spans: list, found: list) -> int | None:
    """某某镇|吟水村, 某某乡|尤勒滚布格拉村: a village written right after its township is named by all
    that stands between them, whatever jieba made of it (镇吟|水村, 思|进村, a transliterated name cut
    into verbs); 某某镇|谭村, a village named by a surname alone, too. The village's start, or None."""
    for span in (*spans, *found):
        s, e, name = span[0], span[1], span[2]
        if not 0 < suffix_start - e <= 6 or e - s < 3 or not name.endswith(_TOWNSHIP_TAILS):
            continue
        if suffix_start - e == 1 and text[e] not in _VILLAGE_SURNAMES:
            continue  # 马陆镇|韦村, a family's village (not 某镇|全村)
        e = _past_holding(text, e, suffix_start)  # 某镇|下辖|某村: the verb of holding, no name
        between = text[e:suffix_start]
        chars = set(
            between[:-1] if between.endswith("驻") and not _stationed(text, suffix_start) else between
        )
        if between[:1] == "那" and len(between) >= 2:
            chars.discard("那")  # 某乡|那某村: 那 (a field, in Zhuang) opens many a village's name
        if is_cjk(between) and not chars & _NOT_IN_A_VILLAGE and between[0] not in "和与及":
            return e
    return (
        after_a_listed_township(text, suffix_start)
        or stationed_at(text, suffix_start)
        or _after_a_township_short_form(text, suffix_start, spans)
    )


def _after_a_township_short_form(text: str, suffix_start: int, spans: list) -> int | None:
    """某某镇 … 螺洲|店前村: a village written right after the short form of a township the story names
    in full (two characters or more without its 镇/乡) opens after it; its name is the two to four
    characters between."""
    shorts = {
        span[2][: -len(tail)]
        for span in spans
        for tail in _TOWNSHIP_TAILS
        if span[2].endswith(tail) and len(span[2]) - len(tail) >= 2
    }
    for short in shorts:
        for n in (2, 3, 4):
            at = suffix_start - n
            between = text[at:suffix_start]
            if (
                text.startswith(short, at - len(short))
                and is_cjk(between)
                and not set(between) & _NOT_IN_A_VILLAGE
            ):
                return at
    return None


_HOLDS = ("下辖", "所辖", "管辖")


def _past_holding(text: str, at: int, suffix_start: int) -> int:
    held = next((v for v in _HOLDS if text.startswith(v, at) and suffix_start - at > len(v)), "")
    return at + len(held)


def stationed_at(text: str, suffix_start: int) -> int | None:
    """某台|驻|北岸|村第一书记: after 驻 (stationed at), the two or three characters before 村 are the
    village's name, whatever jieba tagged them (北岸/f, a locative). The village's start, or None."""
    for n in (2, 3):
        q = suffix_start - n
        between = text[q:suffix_start]
        if q >= 1 and text[q - 1] == "驻" and is_cjk(between) and not set(between) & _FUNCTION_CHARS:
            return q + (text[q] == "扎" and n == 3)  # 驻扎|仓坊村: 驻扎 is the verb (stationed)
    return None


# 驻村干部, 驻村工作队, 驻村期间: what follows 驻村 when it is the verb (stationed in a village)
_STATIONED_NEXT = (
    "干部",
    "工作",
    "第一",
    "帮扶",
    "书记",
    "队",
    "期间",
    "以来",
    "蹲点",
    "人员",
    "扶贫",
    "医生",
    "民警",
)


def _stationed(text: str, suffix_start: int) -> bool:
    """某镇|南驻村的… is a village; 某镇|派驻村干部 is cadres stationed in villages."""
    return text.startswith(_STATIONED_NEXT, suffix_start + 1)


_FUNCTION_CHARS = _NOT_IN_A_VILLAGE - {"街"}  # (柳街村: a village's name may hold 街, not 村 or 镇)


def after_a_listed_township(text: str, suffix_start: int) -> int | None:
    """某某河镇|南山村 where jieba read 镇南 as one word (so no span ends at the town): the characters
    before the village's two or three are a township the national divisions list."""
    for k in (2, 3):
        q = suffix_start - k - 1  # where the township's 镇 or 乡 stands
        between = text[q + 1 : suffix_start]
        if q < 2 or text[q] not in "镇乡" or not is_cjk(between) or set(between) & _FUNCTION_CHARS:
            continue
        for n in (4, 3, 2):  # the township's name before its 镇, longest first
            town = text[q - n : q + 1]
            if q - n >= 0 and is_cjk(town) and is_listed_township(town):
                return _past_holding(text, q + 1, suffix_start)
    return None


_TOWNSHIP_SUFFIXES = ("镇", "乡", "街道", "苏木")


def is_listed_township(name: str) -> bool:
    """A township or street the national divisions list under exactly this name (漳州天宝镇 is the city,
    then its town: the lookup reads a city before a town, this asks for the town's own name)."""
    return any(d.kind == "subdistrict" and d.name == name for d in candidates(name))


def listed_township(doc: Doc, suffix_start: int, suffix: str) -> int | None:
    """驿前/v|镇南, 田/n|和/c|街道: a township or street the national divisions list, written in full from
    a word's edge, is named however jieba tagged or glued its characters (a verb, a conjunction): its
    start, or None."""
    if suffix not in _TOWNSHIP_SUFFIXES:
        return None
    for n in (4, 3, 2):
        start = suffix_start - n
        name = doc.text[start : suffix_start + len(suffix)]
        if start >= 0 and start in doc.by_start and is_cjk(name) and _opens_a_name(doc, start):
            if is_listed_township(name):
                return start
    return None


# what may stand before a name in full: the sentence's function words and verbs (出现在了|田和街道)
_BEFORE_A_NAME_FLAGS = frozenset({"p", "v", "c", "u", "ul", "uj", "ud", "d", "m", "q", "r", "f", "x"})


def _opens_a_name(doc: Doc, start: int) -> bool:
    """No name of a place or body ends right before (紫荆山|南路街道 is one street, not 南路街道)."""
    i = doc.by_start[start]
    return i == 0 or not is_cjk(doc.toks[i - 1].word) or doc.toks[i - 1].flag in _BEFORE_A_NAME_FLAGS


def opens_a_listed_township(text: str, start: int, end: int) -> bool:
    """福建|园街道: a province's or city's short form whose characters go on, one or two more, to the
    suffix of a street or township the national divisions list under that whole name, is no place
    of its own (the street is named)."""
    for k in (1, 2):
        for suffix in _TOWNSHIP_SUFFIXES:
            name = text[start : end + k] + suffix
            if text.startswith(name, start) and is_cjk(name):
                if is_listed_township(name):
                    return True
    return False
