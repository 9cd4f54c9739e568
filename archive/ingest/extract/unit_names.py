"""Where a unit's name begins and ends when jieba cuts it oddly, and phrases that are no names.

Rules over tokens for `places.py`: a rare name cut into single characters (在|圣|都|汇|居民区), one odd
character tagged a verb (螺蛳|墩|社区, 申|塘村), a unit named once is the same wherever its name recurs,
a verb whose object is a community's work (细化|社区防控工作), a district written under a city that
holds none of that name (济南老城区), a preposition or site word jieba glued to a name (向|祥园社区,
采样|点|青禾镇). Pure functions; no state.
"""

from __future__ import annotations

import re

from ..divisions import codes_of, divisions
from ..lexicon import TITLE_SET
from ..place_words import PLACE_GENERIC_PREFIX, PLACE_STOP, PLACE_SUFFIXES_BY_LENGTH
from .tokens import Coverage, Doc, Token, is_cjk
from .unit_edges import ACTION_VERBS

# (start, end, written name, level or kind), as in places.py
GazetteerSpan = tuple[int, int, str, str]

_SIZE_CHARS = set("小大老新旧古穷富美好整偏远")  # 一个|小|山村: a kind of village, not a name
# Verbs of one character that take a unit as their object (送社区, 进小区, 回村): never a name's end.
COMMON_VERB_CHARS = set("进入回到去来下上送走出在住驻返帮给为是有让把被包守管建联包挂跑串扫查离近靠往")
_PERSONAL_PRONOUN_CHARS = set("我你您他她它咱")
_FUNCTION_CHARS = set(
    "的了和与及或在是把被将向对从到为以等也还就又才很最更不没已再并且而着过啊吧呢吗个名位户该这那每各本此其全某"
    "但却则若虽因像似如"
)
# 仅|桃|庄村, 即|由各村: adverbs of limit and sequence that open a clause, never a rare name's character
_LIMITING_ADVERBS = set("仅只即均皆亦")
OUTLET_TAILS = (
    "网记者",
    "网讯",
    "网通讯员",
    "日报",
    "晚报",
    "早报",
    "商报",
    "电视台",
    "广播电台",
    "广播电视台",
    "融媒体中心",
    "新闻网",
    "报社",
    "客户端",  # 新湖南|客户端, 某某|新闻客户端: a news app's trade name
    "新闻客户端",
    "卫视",  # 湖北|卫视: a province's satellite channel
)
# What a community's or compound's work is called: 社区防控工作, 小区门, 小区公共环境卫生.
WORK_OF_A_UNIT = (
    "防控",
    "防疫",
    "疫情",
    "工作",
    "公共",
    "环境",
    "防空",
    "治理",
    "管理",
    "门",
    "大门",
    "出入口",
    "防线",  # 筑牢社区防线, 织密社区小区防护网: the unit's defences
    "防护",
    "屏障",
    "小区",
)
PROPER_FLAGS = {"ns", "nz", "nr", "nrt", "nrfg", "j", "nt", "ng", "f"}


# 深圳市|徐闻商会, 某市|某县同乡会: the natives of a county, associated in the city they live in
_NATIVES_WORDS = ("商会", "同乡", "老乡", "乡亲", "籍")


def without_contradicted(found: list[GazetteerSpan], text: str = "") -> list[GazetteerSpan]:
    """济南老城区 is Jinan's old town, not Luoyang's 老城区: a name written right after a province or
    city that holds no division of that name is a common word in this article, wherever it is written
    so (the county's full name written elsewhere still names it: 徐闻县 … 深圳市徐闻商会); a county's
    natives associated in the city before it (深圳市|徐闻商会) contradict nothing."""
    divs = divisions()
    contradicted = set()
    for (_s, e, above, level), (s, e2, cand, below) in zip(found, found[1:], strict=False):
        if e != s or level not in ("province", "city") or below not in ("city", "district"):
            continue
        if text.startswith(_NATIVES_WORDS, e2):
            continue
        prefix = divs[above].code[: 2 if level == "province" else 4]
        known = codes_of(cand)
        if not any(code.startswith(prefix) for code in known):
            contradicted.add(cand)
    if not contradicted:
        return found
    common = {divs[c].name for c in contradicted}  # every form of it, but its full name written elsewhere
    return [f for f in found if divs[f[2]].name not in common or f[2] == divs[f[2]].name not in contradicted]


def everywhere(text: str, found: list[GazetteerSpan]) -> list[GazetteerSpan]:
    """A unit named once is the same unit wherever its name recurs, also where jieba cut it
    differently (兴|磷社区 after a verb): every occurrence is a span. One pass over the text."""
    kinds = {n: k for _s, _e, n, k in found if len(n) >= 3}
    if not kinds:
        return found
    lengths: dict[str, set[int]] = {}
    for name in kinds:
        lengths.setdefault(name[0], set()).add(len(name))
    spans = {(s, e) for s, e, _, _ in found}
    out = list(found)
    for i, ch in enumerate(text):
        for n in lengths.get(ch, ()):
            name = text[i : i + n]
            if name in kinds and (i, i + n) not in spans:
                out.append((i, i + n, name, kinds[name]))
    return out


def single_char_name(doc: Doc, j: int, end: int, gazetteer: Coverage) -> int | None:
    """在|圣|都|汇|居民区: a rare name jieba cut into single characters (2 to 4 of them, no function
    word or verb of motion), opened by a preposition, a punctuation mark or the unit above. Its start."""
    toks, k = doc.toks, j
    while (
        k >= 0
        and len(toks[k].word) == 1
        and is_cjk(toks[k].word)
        and toks[k].word not in _FUNCTION_CHARS
        and toks[k].word not in COMMON_VERB_CHARS
        and toks[k].word not in _LIMITING_ADVERBS
        and toks[k].flag != "p"  # 据/p|前|韩|村: the preposition opens the name, it is none of it
        and toks[k].start not in gazetteer
        and end - toks[k].start <= 4
    ):
        k -= 1
    if j - k < 2 or (k >= 0 and len(toks[k].word) == 1 and is_cjk(toks[k].word)):
        return None
    before = toks[k] if k >= 0 else None
    if (
        before is None
        or not is_cjk(before.word)
        or before.flag == "p"
        or before.word.endswith(("镇", "乡", "街道", "区", "县", "市", "办事处", "街道办"))
    ):
        return toks[k + 1].start
    return None


def opens_name(doc: Doc, j: int) -> bool:
    """A single character before a one-character prefix opens the name when nothing before it could:
    a boundary, a preposition, a number or the unit above (，申|塘村党支部)."""
    toks = doc.toks
    t = toks[j]
    # 何家/r|坟|社区, 是|上/f|禾|村委会: no unit is named by one character, so a pronoun or locative
    # jieba read into the name's first characters opens it too.
    # A personal pronoun never does (我们|和村|医: "we and the village doctor").
    odd = (
        t.flag in ("r", "f")
        and is_cjk(t.word)
        and len(t.word) <= 2
        and not set(t.word) & (_FUNCTION_CHARS | _PERSONAL_PRONOUN_CHARS)
    )
    if _right_after_its_parent(toks, j):
        return True
    if not odd and (
        len(t.word) != 1 or not is_cjk(t.word) or t.word in _FUNCTION_CHARS | COMMON_VERB_CHARS | _SIZE_CHARS
    ):
        return False
    if t.flag == "p":
        return False  # 跟|三村接壤: a preposition before a count of villages opens no name
    before = toks[j - 1] if j > 0 else None
    return (
        before is None
        or not is_cjk(before.word)
        or before.flag in ("p", "m")
        or before.word == "是"
        or before.word.endswith(("镇", "乡", "街道", "区", "县", "市"))
    )


_PARENT_TAILS = ("局", "区", "县", "市", "镇", "乡", "街道", "州", "旗")
_OWN_UNIT_WORDS = (*_PARENT_TAILS, "村", "组")


def _right_after_its_parent(toks: list[Token], j: int) -> bool:
    """成华区|一心/d|桥|社区: right after the unit above it, a word jieba read as an adverb or a number
    before a one-character head opens the name (no unit is named by one character); a verb, a
    preposition, a pronoun or a function character there is the sentence's."""
    t = toks[j]
    return (
        j > 0
        and toks[j - 1].word.endswith(_PARENT_TAILS)
        and toks[j - 1].end == t.start
        and 1 <= len(t.word) <= 2
        and is_cjk(t.word)
        and t.flag in ("d", "m", "a", "ad", "b", "n", "ng", "zg")
        and not set(t.word) & (_PERSONAL_PRONOUN_CHARS | COMMON_VERB_CHARS | _FUNCTION_CHARS)
        and not t.word.endswith(_OWN_UNIT_WORDS)
    )  # (旧州|镇|各村: a unit's own word, and a determiner before the kind of unit, name none)


def name_char(toks: list[Token], j: int, suffix_start: int) -> bool:
    """jieba tags an odd character of a rare name as a verb or measure word (螺蛳|墩, 仙人|位): one
    such character right before the unit word, after a noun of two characters, belongs to the name."""
    t = toks[j]
    return (
        len(t.word) == 1
        and t.end == suffix_start
        and (t.flag in ("v", "q") or t.word == "里")  # 朝阳|里/f|社区: a lane's 里, tagged a locative
        and t.word not in COMMON_VERB_CHARS
        and j > 0
        and toks[j - 1].flag in ("n", "nr", "ns", "nz")
        and len(toks[j - 1].word) == 2
        and is_cjk(toks[j - 1].word)
        and toks[j - 1].word not in TITLE_SET
    )


def proper(doc: Doc, start: int, end: int) -> bool:
    """The words from start to end are all proper names to jieba and none a common word (秋怡/nr;
    not 阳光, 温馨: 共建阳光家园 is a slogan)."""
    toks = doc.toks[doc.tok_at(start) : doc.tok_at(end - 1) + 1] if end > start else []
    return (
        bool(toks)
        and toks[0].start == start
        and all(t.flag in ("ns", "nz", "nr", "nrt", "j") and doc.freq(t.word) < 300 for t in toks)
    )


def unit_suffix(name: str) -> str:
    return next((x for x in PLACE_SUFFIXES_BY_LENGTH if name.endswith(x)), "")


def is_verb_object(doc: Doc, start: int, suffix_start: int, end: int) -> bool:
    """细化|社区防控工作方案, 严守|小区门, 助力|社区防疫工作: a verb or adjective whose object is the
    community's work, not a community's name (a name is a proper word: 祥泰社区防控工作); so is one
    before the unit's inside (没惊扰|村里的人)."""
    inside = doc.text[end : end + 1] in "里内中外" and end + 1 in doc.ends  # 惊扰|村里: in the village
    if not doc.text.startswith(WORK_OF_A_UNIT, end) and not inside:
        return False
    last = doc.toks[doc.tok_at(suffix_start - 1)]
    if last.flag in ("a", "ad", "v", "vd", "vn", "d"):
        return True
    before = doc.toks[doc.tok_at(start - 1)] if start > 0 else None
    return (
        not inside
        and last.flag == "n"
        and last.start == start
        and last.end == suffix_start
        and not (before is not None and before.flag == "p")  # (在|鼓楼/n|街道防疫: where, a name)
    )  # 细化|社区防控


_NOT_A_COMPOUNDS_NAME = {"v", "vd", "vi", "p", "c", "u", "uj", "ul", "d", "r", "m", "q"}
_TOWNS = ("街道", "镇", "乡", "苏木")
_BODY_WORDS = ("办事处", "办", "委", "政府", "会", "局", "所", "站", "中心", "部", "队")


def compound_after_unit(doc: Doc, start: int, suffix_start: int, unit_ends: dict[int, GazetteerSpan]) -> int:
    """金岭社区|中冶北麓原|小区, 龙江街道|金港春天|小区: a compound written right after the community or
    street it belongs to is named by everything in between (two to six characters, however jieba
    tags them: 春天/t, 北麓/f), unless a verb, particle, pronoun or count stands there (社区下辖小区).
    So is a community or village written right after its street or town (某街道|胜利/vn西街|社区), never
    by a verb of the genre (某街道|服务|社区)."""
    community = doc.text.startswith(("社区", "居民区", "村", "嘎查"), suffix_start)
    for e0 in range(start + 1, suffix_start - 1):
        if e0 in unit_ends and unit_ends[e0][0] <= start:
            return e0  # 卡子|湾村联|丰嘉苑|小区: jieba read the village's end into the compound's name
    for e0 in range(suffix_start - 2, max(suffix_start - 7, -1), -1):
        if e0 == start and e0 in unit_ends:
            return start  # 东湖社区|望江新村|小区: the walk stopped on the community's edge; no further back
        if e0 not in unit_ends or e0 >= start:
            continue
        if community and not (unit_ends[e0][3] == "subdistrict" and unit_ends[e0][2].endswith(_TOWNS)):
            return start
        between = doc.toks[doc.tok_at(e0) : doc.tok_at(suffix_start - 1) + 1]
        if (
            between
            and between[0].start == e0
            and is_cjk(doc.text[e0:suffix_start])
            and doc.text[e0] not in "内外里各该每这那全"
            and not any(t.flag in _NOT_A_COMPOUNDS_NAME or t.word in ACTION_VERBS for t in between)
            and not any(t.word.endswith(_BODY_WORDS) for t in between)  # 某街道|办事处|某社区, 居委会|某小区
        ):
            return e0
        return start
    return start


COMMUNITY_WORDS = ("社区", "居民区", "村")
# A short name opens many longer names (虎台社区, 东江雅庭, 大明宫实业集团, 虎台遗址公园): it is the
# place itself only where a particle or a punctuation mark ends it (万城的早晨, 十里铺是老社区).
ENDS_A_NAME = set('的了是在和与及、，。,；;：:“”"（）()！!？?')


def community_stem(full: str) -> str:
    """The name of a community or village without its unit word (十里铺社区 → 十里铺)."""
    return full[: -len(next(w for w in COMMUNITY_WORDS if full.endswith(w)))]


def community_short_names(doc: Doc, found: list[GazetteerSpan]) -> list[GazetteerSpan]:
    """十里铺社区 … 因为十里铺是老社区: a community named in full is also called by its name alone,
    where jieba reads that name as a place on its own (not before another unit word)."""
    out: list[GazetteerSpan] = []
    names = {n for _s, _e, n, kind in found if kind == "community" and n.endswith(COMMUNITY_WORDS)}
    for full in names:
        short = community_stem(full)
        if len(short) < 2 or not is_cjk(short):
            continue
        for s in doc.occurrences(short):
            i = doc.by_start.get(s)
            lane = short.endswith("里") and s + len(short) in doc.ends  # 朝阳里社区 … 在朝阳里,
            if i is not None and (lane or doc.toks[i].word == short and doc.toks[i].flag == "ns"):
                if doc.text[s + len(short) : s + len(short) + 1] in ENDS_A_NAME:
                    out.append((s, s + len(short), short, "community"))
    return out


def after_a_street(doc: Doc, j: int, gazetteer: Coverage) -> bool:
    """One character, no function word or common verb, right after a street or town written before
    the community it holds: the community's name opens with it."""
    t, before = doc.toks[j], doc.toks[j - 1]
    return (
        len(t.word) == 1
        and is_cjk(t.word)
        and t.word not in "的了和与及或在是把被将向对从到为以等也还就又才很最更不没已再并且而着过"
        and before.end == t.start
        and before.word.endswith(("街", "街道", "镇", "乡"))
        and (len(before.word) >= 3 or (before.end - 1) in gazetteer)  # 桃园/ns|街: the street is known
    )


def adverb_and_verb(doc: Doc, word: str) -> bool:
    """积极响应, 全力支持, 负责管理: an adverb or a verb and a verb that jieba's dictionary lists as one
    noun (a verb of action first: 建设, 胜利 are no such head)."""
    return len(word) == 4 and doc.tag(word[:2]) in ("ad", "d", "v") and doc.tag(word[2:]) in ("v", "vn")


# 甲社区、乙社区、丙社区: in a list of units of one kind, each item is named by all that stands between
# the enumeration comma and its unit word, however jieba cut it (a verb, an adverb: 接官/v|社区).
_ENUMERATED = re.compile(
    r"(?=(社区|村|管理区)、([\u4e00-\u9fff]{2,5}?)(社区|村|管理区)(?:[、，,。；;和及与的等]|$))"
)  # (某某管理区、得水管理区: a township's management areas, listed as its villages are)
_NOT_IN_AN_ITEM = set("的和与及或等各每该这那个名位些多几所全")


def enumerated_units(doc: Doc) -> list[GazetteerSpan]:
    """Items of a list of communities or villages (…社区、青禾园绿柳社区、立新社区): the item right after
    an 、 that closes a unit of the same kind, when its name holds no function word or count and is no
    generic word (城市社区、农村社区)."""
    out: list[GazetteerSpan] = []
    for m in _ENUMERATED.finditer(doc.text):
        if m.group(1) != m.group(3):
            continue
        name = m.group(2)
        if any(c in _NOT_IN_AN_ITEM for c in name) or name in PLACE_GENERIC_PREFIX or name in PLACE_STOP:
            continue
        inside = doc.toks[doc.tok_at(m.start(2)) : doc.tok_at(m.end(2) - 1) + 1]
        if name in TITLE_SET or any(len(t.word) == 1 and t.flag in ("p", "v") for t in inside):
            continue  # …村、往|东|有|石桥村: a preposition or a verb alone, the sentence before the name
        out.append((m.start(2), m.end(3), name + m.group(3), "community"))
    return out
