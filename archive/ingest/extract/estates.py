"""Where a village's, zone's or estate's name begins when jieba cuts it oddly, and the names an estate is
called by besides its full one.

A rare character jieba can only tag as an odd one (滘/zg) belongs to the name it stands in; a gacha
or village named after its township (某某|嘎查 under 某某苏木) is named by the township's name; an estate
written right after its county town (某县|城|某某小区) does not open with the town's 城; a work unit's
housing keeps the road it stands on (某某路|公安局宿舍); an estate's short name that ends like one
(某某城, 某某苑) names it wherever it recurs. Pure functions over the tokens (`tokens.Doc`).
"""

from __future__ import annotations

import re

from ..lexicon import TITLE_SET
from .tokens import PREFIX_STOP, Doc, is_cjk

# Flags jieba gives a character it knows no word for: the character of a rare name.
_ODD_CHAR_FLAGS = {"x", "zg", "y", "o", "e", "g"}
_PARTICLES = set("的了吗呢吧啊呀哦嘛么哈哇嗯哎唉")
_OWN_NAME_UNITS = ("嘎查", "村")  # a village that shares its township's name
_TOWNSHIP_WORDS = ("镇", "乡", "街道", "苏木")


def odd_char(doc: Doc, j: int, start: int) -> bool:
    """沣/nr|滘/zg|生态区: a single character jieba tags as no word, right before the name's start, is
    the name's own (never a particle, nor a post's last character: 网格|员/zg|西关社区)."""
    t = doc.toks[j]
    return (
        t.end == start
        and len(t.word) == 1
        and is_cjk(t.word)
        and t.flag in _ODD_CHAR_FLAGS
        and t.word not in _PARTICLES
        and not post_tail(doc, j)
    )


def post_tail(doc: Doc, j: int) -> bool:
    """Token j is one character that, with the token before it, makes a post (网格|员): jieba cut the
    post's last character off, and it opens no name after it."""
    t = doc.toks[j]
    return len(t.word) == 1 and j > 0 and doc.toks[j - 1].word + t.word in TITLE_SET


def estate_char(doc: Doc, j: int, suffix_start: int) -> bool:
    """某某|都/d|小区, 某某|府/nr|小区: an estate's last character (盛都, 华府), cut off and tagged a word of
    its own, right before 小区 (or its 花园小区, 家园小区) and after a proper name of two characters or
    more; after one character when a break, a preposition or a unit stands before it
    (某街道|金|都|花园小区). The dot between a developer's brand and the estate's name is the name's too."""
    t = doc.toks[j]
    before = doc.toks[j - 1] if j > 0 else None
    if t.word in _NAME_DOTS and before is not None and before.end == t.start and is_cjk(before.word):
        return doc.text.startswith("小区", suffix_start) and suffix_start - t.end >= 2  # 华源·国秀家园小区
    tail = doc.text[t.end : suffix_start]
    if (
        tail not in ("", *_ESTATE_WORDS)
        or not doc.text.startswith("小区", suffix_start)
        or len(t.word) != 1
        or t.word not in _ESTATE_CHARS
        or before is None
        or before.end != t.start
        or before.flag not in ("ns", "nz", "nr", "nrt", "j")
        or not is_cjk(before.word)
    ):
        return False
    if len(before.word) >= 2:
        return True
    ahead = doc.toks[j - 2] if j > 1 else None
    return bool(tail) and (
        ahead is None
        or not is_cjk(ahead.word)
        or ahead.flag == "p"
        or ahead.word.endswith(("街道", "社区", "镇", "乡", "区", "县", "市"))
    )


_NAME_DOTS = ("·", "•", "・")  # a developer's brand and the estate's name: 华源·国秀家园小区
_ESTATE_WORDS = ("花园", "家园", "新村", "新城", "公馆")
_ESTATE_CHARS = set("都城府苑园庭湾郡居邸阁轩")


def named_after_township(
    start: int, suffix_start: int, suffix: str, townships: dict[int, tuple[int, int, str, str]]
) -> int:
    """某某|嘎查, 某某|村 right after the township's short name (某某 of 某某苏木, 某某镇): the village
    shares the township's name and is named by it. Its start, else `start`."""
    span = townships.get(suffix_start)
    if start != suffix_start or suffix not in _OWN_NAME_UNITS or span is None:
        return start
    return span[0] if not span[2].endswith(_TOWNSHIP_WORDS) else start


def after_county_town(text: str, start: int, suffix_start: int, gaz_ends: dict) -> int:
    """某县|城|青禾小区: 城 right after a county (or county-level city) is its county town; the estate's
    name opens after it."""
    town = 2 if text.startswith("城关", start) else 1  # 某县|城关|凤鸣东部小区: the county town's own name
    if (
        text[start : start + 1] == "城"
        and start in gaz_ends
        and text[start - 1 : start] in "县市"
        and suffix_start - start >= town + 2
    ):
        return start + town
    for word in TOWN_CENTRES:  # 分赴|县城|某某小区, 中心城区|某某小区: the centre in general, no name
        at = text.rfind(word, max(0, start - len(word) + 1), start + len(word))
        if 0 <= at <= start < at + len(word) and suffix_start - (at + len(word)) >= 2:
            return at + len(word)
    return start


# The centre of a county or a city in general (县城, 城区): no part of an estate's name after it.
TOWN_CENTRES = ("中心城区", "主城区", "老城区", "县城", "城区", "市区")
_ROAD_WORDS = ("路", "街", "大道", "巷")
_ROAD_NAME_FLAGS = {"ns", "nz", "n", "nr", "b", "j", "a"}


def road_before(doc: Doc, k: int) -> int | None:
    """青禾|路|公安局宿舍, 绿柳路/ns|供电局宿舍: the road a work unit's housing stands on, written right
    before its owner (token k), is part of the estate's name: the road's start, or None."""
    if k < 1:
        return None
    road = doc.toks[k - 1]
    if road.end != doc.toks[k].start or not is_cjk(road.word):
        return None
    if road.word in _ROAD_WORDS and k >= 2:
        name = doc.toks[k - 2]
        if (
            name.end == road.start
            and len(name.word) >= 2
            and is_cjk(name.word)
            and name.flag in _ROAD_NAME_FLAGS
        ):
            return name.start
        return None
    if len(road.word) >= 3 and road.word.endswith(_ROAD_WORDS) and road.flag in ("ns", "nz", "n"):
        return road.start
    return None


_ESTATE_ENDS = tuple("城苑园府庭湾郡居邸阁轩")
_ENDS_A_NAME = set('的了是在和与及、，。,；;：:“”"（）()！!？?')


def estate_short_names(doc: Doc, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """湘江世纪城小区 … 有着8万人口的湘江世纪城: an estate named in full with 小区 is also called by its
    name alone when that name ends like an estate's (某某城, 某某苑) and has three characters or more:
    each such occurrence that a particle, a punctuation mark or the text's edge closes."""
    out = []
    names = {n[:-2] for _s, _e, n, kind in found if kind == "compound" and n.endswith("小区")}
    for short in names:
        if len(short) < 3 or not is_cjk(short) or not short.endswith(_ESTATE_ENDS):
            continue
        for s in doc.occurrences(short):
            e = s + len(short)
            if s in doc.by_start and (e >= len(doc.text) or doc.text[e] in _ENDS_A_NAME):
                out.append((s, e, short, "compound"))
    return out


_VILLAGE_NAME_FLAGS = {"nr", "ns", "nz", "m", "j", "n"}
_VILLAGE_SPOTS = {"村口", "村里", "村头", "村尾", "村外", "村内", "村中", "村前", "村后", "村部"}


def glued_village(doc: Doc, at: int) -> bool:
    """百丈|村大喇叭, 韦家|村口: jieba glued a village's 村 (at `at`) to the word after it; the
    name before it (two characters or more, a proper word or a rare one) is a village's."""
    i = doc.by_start.get(at)
    if i is None or i == 0 or doc.toks[i].word[0] != "村" or len(doc.toks[i].word) < 2:
        return False
    glued = doc.toks[i].word
    grew_up = glued == "村长" and doc.text[at + 2 : at + 3] in ("大", "期", "年", "久", "达")  # 某村|长大
    if doc.is_word(glued) and glued not in _VILLAGE_SPOTS and not grew_up:
        return False  # 某族|村民, 抵边|村寨: a word of its own (but 某某|村口: where in the village)
    before = doc.toks[i - 1]
    return (
        before.end == at
        and len(before.word) >= 2
        and is_cjk(before.word)
        and before.flag in _VILLAGE_NAME_FLAGS
        and (before.flag != "n" or doc.freq(before.word) < 2000)
        and not (
            before.flag == "m" and set(before.word) & set("个名位家户人次批年月日天岁元多几")
        )  # 三年|村委
        and before.word[-1] not in "村乡镇区县市"
    )


COMMON_WORDS_OF_UNITS = {
    "乡村",
    "农村",
    "城乡",
    "乡镇",
    "村镇",
    "村庄",
    "故乡",
    "家乡",
    "他乡",
    "异乡",
    "老乡",
    "小镇",
}


def common_word_of_units(text: str, word: str, at: int, end: int) -> bool:
    """卫健局|乡村振兴队, 喊通|乡村, 喇叭|村村响, 回家|乡: a word of the language made with a unit word (the
    countryside, one's home place, every village), however jieba cuts it, names no unit; nor 某镇|村医,
    镇|村干部 (the town's village doctors and cadres)."""
    # 某镇|村医, 镇|联村干部 (cadres linked to villages), 包村干部
    towns_and_villages = text[at - 1 : end] in ("镇村", "联村", "包村") and text.startswith(
        _PEOPLE_OF_A_UNIT, end
    )
    return (
        bool({word, text[at - 1 : end] if at else ""} & COMMON_WORDS_OF_UNITS)
        or text.startswith(("村村响", "村村通"), at)
        or towns_and_villages
    )


def pointer_with_unit(doc: Doc, start: int, end: int) -> bool:
    """面向|全镇, 走遍|各村: a pointer (全, 各, 该 …) jieba read together with the unit word at start:end
    names no unit; after a single character (柳|全镇) the pointer is a name's tail, but for a negation
    (非|本村人员: those not of this village) or a preposition or verb (即由|各村)."""
    if not start:
        return False
    k = doc.tok_at(start - 1)
    t = doc.toks[k]
    if t.start != start - 1 or t.end != end or t.word[0] not in "全各该本每此":
        return False
    before = doc.toks[k - 1] if k > 0 else None
    return not (
        before and len(before.word) == 1 and before.word != "非" and before.flag not in ("p", "c", "v")
    )


_PEOPLE_OF_A_UNIT = ("干部", "民", "官", "医", "支书")  # (村委 is the committee: `village_committee`)


def unit_word_of_people(doc: Doc, word: str, suffix: str) -> bool:
    """向|村干部: the unit word opens a word for its people (a dictionary word), no name's end."""
    rest = word[len(suffix) :]
    return word.startswith(suffix) and rest.startswith(_PEOPLE_OF_A_UNIT) and doc.is_word(word)


_GLUED_CHARS = set("因在向从与和及但而就也都把被对给跟同为由")
_FROM_A_DAY = re.compile("日(?:起|开始|以来|之后|以后|后)")


def without_glued_function_chars(
    found: list[tuple[int, int, str, str]], text: str
) -> list[tuple[int, int, str, str]]:
    """因|较场村地处…: a unit whose name is a function character and another unit's name found in the
    text (较场村) is that unit with the character jieba glued on: it starts one character later; so is
    (含|某某佳苑), the word of inclusion opening a bracket."""
    names = {n for _s, _e, n, _k in found}
    out = []
    for s, e, n, k in found:
        if _FROM_A_DAY.match(n) and re.match(r"[\d〇零一二三四五六七八九十]", text[s - 1 : s]):
            continue  # 自4月1|日起|小区…: the day a rule starts from, then the compounds in general
        if len(n) >= 4 and n[0] in _GLUED_CHARS and n[1:] in names:
            s, n = s + 1, n[1:]
        elif len(n) >= 4 and n[0] == "含" and text[s - 1 : s] in "(（" and s > 0:
            s, n = s + 1, n[1:]
        out.append((s, e, n, k))
    return out


def with_known_heads(text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """接到|日出/v|东方社区党总支 … 日出东方小区: a community or compound whose name is the tail of the
    name another unit of the story bears (日出东方 of 日出东方小区), written right after that name's
    other characters, is named by all of it (the estate and the community it gives its name to)."""
    heads = {
        n[: -len(suf)]
        for _s, _e, n, k in found
        if k in ("compound", "community")
        for suf in _UNIT_WORDS
        if n.endswith(suf)
    }
    heads = {h for h in heads if len(h) >= 3}
    out = []
    for s, e, n, k in found:
        if k in ("compound", "community"):
            for head in heads:
                cut = len(head) - len(n) + next((len(x) for x in _UNIT_WORDS if n.endswith(x)), len(n))
                if 0 < cut < len(head) and text[s - cut : s] == head[:cut] and n.startswith(head[cut:]):
                    s, n = s - cut, head[:cut] + n
                    break
        out.append((s, e, n, k))
    return out


_UNIT_WORDS = ("小区", "社区", "居民区", "村")

LANE = re.compile(r"(?:路|街|巷)(\d{1,4}(?:弄|号院|号))$")


def lane_start(doc: Doc, suffix_start: int, start: int) -> int:
    """松花江路|123弄|小区, 长宁路|1号院|小区: a compound named by its road and lane number (the way
    Shanghai and many cities name estates): the name opens with the road's name."""
    m = LANE.search(doc.text, max(0, suffix_start - 10), suffix_start)
    if m is None or start <= m.start():
        return start
    k = doc.tok_at(m.start())
    road = doc.toks[k]
    if road.word in ("路", "街", "巷") and k > 0:  # 松花江|路: the road's name is the token before
        road = doc.toks[k - 1]
        if not (
            is_cjk(road.word) and road.flag in ("ns", "nz", "n", "nr", "j") and road.word not in PREFIX_STOP
        ):
            return start
    elif len(road.word) == 2 and k > 0 and doc.toks[k - 1].end == road.start:  # 永华|南街|15号院
        name = doc.toks[k - 1]
        if is_cjk(name.word) and len(name.word) >= 2 and name.flag in ("ns", "nz", "nr", "j"):
            road = name
    return road.start if len(doc.text[road.start : m.start() + 1]) >= 3 else start


# 青松路41号院, and a yard known by its number alone (26号大院): a compound named by its number.
_YARD = re.compile(r"(?:路|街|巷)\d{1,4}号院(?!子)|(?<![\d号])\d{1,4}号大院")


def numbered_yards(doc: Doc) -> list[tuple[int, int, str, str]]:
    """青松路41号院, 17号大院: a compound named by its road and number, as many northern cities name them,
    or by its number alone as a 大院 (a yard of several buildings); one with 小区 after it is found by
    its suffix."""
    out = []
    for m in _YARD.finditer(doc.text):
        if doc.text.startswith("小区", m.end()):
            continue
        start = min(lane_start(doc, m.end(), m.end()), m.start())
        if start < m.start() or m.group(0)[0].isdigit():
            out.append((start, m.end(), doc.text[start : m.end()], "compound"))
    return out


# An estate's brand name ends like one (某某城, 某某华庭, 某某中央广场); 园 alone ends parks and campuses too.
_BRAND_ENDS = ("城", "庭", "苑", "府", "郡", "湾", "邸", "广场", "家园", "公馆")
_BRAND_NAME_FLAGS = {"n", "ns", "nz", "nr", "nrt", "nrfg", "ng", "j", "vn", "b", "ag", "l"}
_CHAIN_KINDS = ("district", "subdistrict", "community")
_AFTER_THE_WORD = ("——", "—", "是", "：", ":")
_LONGER_AFTER = (
    "小区",
    "花园",
    "社区",
    "街道",
    "区",
    "路",
    "街",
    "巷",
    "店",
    "中心",
    "项目",
    "公司",
    "商场",
    "大厦",
)


def brand_estates(doc: Doc, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """花港社区|保利城全域, 某区|海伦堡中央广场, 一个小区|东润华庭有: a compound called by its developer's
    brand alone (no 小区 after it), written right after the unit it lies in, or after the word 小区 as
    its apposition: a name of three to seven characters that ends like an estate's, opened by a rare
    word (not 人民|广场, 文化|广场), and no word of the dictionary as a whole (县城, 商贸城)."""
    text, out = doc.text, []
    anchors = {e for _s, e, _n, kind in found if kind in _CHAIN_KINDS}
    for t in doc.toks:
        if t.word == "小区":
            gap = next((g for g in _AFTER_THE_WORD if text.startswith(g, t.end)), "")
            anchors.add(t.end + len(gap))
    starts = {s for s, _e, _n, _k in found}
    for a in sorted(anchors - starts):  # (香坊区|铁成社区: a unit of the chain follows, no brand)
        k = doc.by_start.get(a)
        if k is None:
            continue
        first = doc.toks[k]
        if first.word in PREFIX_STOP or doc.freq(first.word) >= 1000 or first.word[0] in "各该本这那全每此":
            continue
        for t in doc.toks[k : k + 4]:
            if t.flag not in _BRAND_NAME_FLAGS or not is_cjk(t.word) or t.start in starts:
                break
            name = text[a : t.end]
            if (
                3 <= len(name) <= 7
                and name.endswith(_BRAND_ENDS)
                and not doc.is_word(name)
                and not text.startswith(_LONGER_AFTER, t.end)
                and not (len(t.word) == 4 and doc.freq(t.word) > 0)  # 某镇干群|众志成城: an idiom
            ):
                out.append((a, t.end, name, "compound"))
                break
    return out


# where someone is or goes: a unit after these is a place the story names (在|胜利|社区, 在|某某花园)
WHERE_ONE_IS = frozenset("在 到 来到 走进 前往 赶到 赶赴 位于 回到 进入 地处 家住 住在".split())
# a verb's 离 (from), 距 (distance) or 过 (aspect) that jieba glues before a place's name
GLUED_BEFORE_A_PLACE = "离距过"


def where_one_is(doc: Doc, start: int, end: int) -> bool:
    """在|水晶花园|排查, 家住|阳光花园: an estate named by a noun and 花园 (家园, 苑), where someone is
    or lives, the sentence going on with a verb or a break (在精神家园里 names no estate: a figure
    of speech, after it 里)."""
    i, k = doc.by_start.get(start), doc.by_start.get(end)
    if i is None or i == 0 or doc.toks[i - 1].word not in WHERE_ONE_IS:
        return False
    nouns = all(t.flag in ("n", "nz", "ns", "nr", "nrt", "j") for t in doc.toks[i : doc.tok_at(end - 1) + 1])
    nxt = doc.toks[k] if k is not None else None
    return nouns and (nxt is None or not is_cjk(nxt.word) or nxt.flag in ("v", "vn", "d", "p"))
