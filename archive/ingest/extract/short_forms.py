"""Whether a division written short (静安, 郸城, 北仑) is a place of the story, and the estates whose parts
(某园|东区) look like districts: the support a county's short form needs (its city or province named, a
sibling county, its own court after it, a dateline's place, the form named again and again), and what it
never is (a wish, a negation's verb, a road's head, a common word, a bay named for it)."""

from __future__ import annotations

import re

from ..divisions import divisions
from ..place_words import PLACE_STOP, TOWN_PARTS
from .division_forms import is_common_word, sibling_supported, wished
from .tokens import Doc, is_cjk
from .unit_starts import DIRECTIONS

ROAD_NEXT = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:路|街(?!道)|大道|巷|弄)")

# What goes on after a short form into a longer name (东湖|片区, 东湖|社区): no mention of the county alone.
NAME_GOES_ON = re.compile(
    r"片区|社区|小区|新村|村|街|路|大道|公园|广场|新区|区|镇|乡|中学|小学|大学|学院|医院"
)
FEATURE_NEXT = re.compile(r"[湾湖岛](?!区|县|市|镇|乡|街道|社区|村)")


def part_of_an_estate(doc: Doc, s: int) -> bool:
    """A proper name right before 东区/西区 that is no division: the part of that estate."""
    return estate_before(doc, s) is not None


def estate_before(doc: Doc, s: int) -> int | None:
    """The start of the proper name right before `s` that is no division (某园|东区), with the estate's
    last character jieba cut off (某湖/ns|苑/nr|南区); None where there is none."""
    k = doc.by_start.get(s)
    if not k:
        return None
    before = doc.toks[k - 1]
    if before.end == s and len(before.word) == 1 and before.word in "苑园城府庭湾郡居" and k >= 2:
        name = doc.toks[k - 2]  # 某湖|苑|南区: the estate's character makes the word before a name
        ok = name.end == before.start and name.flag in ("ns", "nz", "nr", "j", "n") and len(name.word) >= 2
        return name.start if ok and is_cjk(name.word) and name.word not in PLACE_STOP else None
    if before.end == s and before.word in ESTATE_WORDS and k >= 2:
        name = doc.toks[k - 2]  # 绿洲|家园|东区: an estate's name and its word, then its part
        ok = name.end == before.start and name.flag in ("ns", "nz", "nr", "j", "n") and len(name.word) >= 2
        return name.start if ok and is_cjk(name.word) and name.word not in PLACE_STOP else None
    ok = before.flag in ("ns", "nz", "nr", "j") and len(before.word) >= 2 and is_cjk(before.word)
    return before.start if before.end == s and ok and before.word not in divisions() else None


ESTATE_WORDS = ("家园", "花园", "新村", "小区", "公寓", "山庄", "新城", "佳苑", "雅苑", "名苑")

_NEGATIONS = ("没", "未", "不", "别", "来得及", "来不及", "尚未", "没有")


def negated(doc: Doc, s: int, cand: str) -> bool:
    """还没来得及|开封, 包裹未|开封: a city's short form that is also a verb, after a negation or 来得及,
    is the verb (a place is never negated)."""
    i = doc.by_start.get(s)
    return bool(i) and cand != divisions()[cand].name and doc.toks[i - 1].word.endswith(_NEGATIONS)


_TOWN_BELOW = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡)")


# 上海|市场, 上海|市民: the city's market and its citizens, jieba's words; the city is its short form.
CITY_WORDS = ("市场", "市民", "市面")
# A county's own bodies written after its short form (大悟法院, 某某检察院, 某某融媒): that county's.
_OWN_BODY_NEXT = re.compile(r"(?:人民)?(?:法院|检察院)|公安局|融媒|县委|区委|县政府|区政府")


def short_form_ok(
    doc: Doc, s: int, e: int, cand: str, full_names: set[str], codes: set[str], seen: int = 1
) -> bool:
    """Whether a division's form at s..e counts as a place; `seen`: how often the form was found."""
    div = divisions()[cand]
    # 西区, 矿区: a part of anything (a short form that opens with a direction, 西固 for 西固区, is a name)
    common = len(cand) == 2 and cand[0] in DIRECTIONS | {"矿"} and cand == div.name
    common = common or cand in TOWN_PARTS  # 地处老城区: the old town of any city, unless its city is named
    if common and div.level == "district" and part_of_an_estate(doc, s):
        return False  # 某园|东区: the east part of an estate, no district (西宁, 南宁 are cities)
    if cand != div.name and wished(doc.text, s):
        return False  # 愿你们|安康, 祝大家|平安: a wish, no place
    if div.level != "district" or (not common and (cand == div.name or div.name in full_names)):
        return True
    if div.written_with_level and cand in (div.written_with_level, div.written_autonomous):
        return True  # 石柱县, 石柱自治县 for 石柱土家族自治县: the name as everyone writes it
    if cand in TOWN_PARTS:  # 西宁市|城西区, 城东区|大众街街道 (top down), never 地处|老城区 alone
        return div.code[:4] + "00" in codes or bool(_TOWN_BELOW.match(doc.text, e))
    if ROAD_NEXT.match(doc.text, e):
        return False  # 共和 in 共和新路街道: the head of a road's name
    if is_common_word(doc, cand):
        return False  # 互助 (互助土族自治县) is mutual help first
    dateline = doc.text[e : e + 1] in ":：" and doc.text[s - 1 : s] in ("", "\n", "】", "]")
    again = (
        seen >= 2 and doc.tag(cand) == "ns" and doc.freq(cand) < 100 and not NAME_GOES_ON.match(doc.text, e)
    )
    # 回到了|武夷山/ns: a county-level city's short form of three characters is its name alone
    distinct = len(cand) >= 3 and div.name.endswith("市") and doc.tag(cand) == "ns"
    if _OWN_BODY_NEXT.match(doc.text, e) or again or dateline or distinct:
        return True  # 大悟|法院, 北仑 named again and again on word edges, 【栏目】通山: (a headline's
        # dateline): the county the story is in
    return div.code[:4] + "00" in codes or div.code[:2] + "0000" in codes or sibling_supported(div, codes)
