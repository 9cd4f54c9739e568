"""Where an organisation's name starts and ends: the rules `organizations.py` walks with.

Which suffixes a page holds (a shorter one never hides a longer one it overlaps), a name that opens
with two fields (文化和旅游局), a team named right after its body, the word for a kind of body before a
name, the place edge a name starts on, a province's short form as a locator, and middle schools by
their number (市一中), the democratic parties by name, partners joined by dots. Pure functions over
the tokens (`tokens.Doc`) and the gazetteer spans.
"""

from __future__ import annotations

import re

from ..divisions import divisions
from ..lexicon import TITLE_SET
from ..org_words import ORG_GENERIC, ORG_SUFFIXES, ORG_SUFFIXES_BY_LENGTH
from ..place_words import PLACE_SUFFIXES
from .estates import GLUED_BEFORE_A_PLACE
from .org_names import WHOLE_BODIES
from .places import GazetteerSpan
from .tokens import PREFIX_STOP, Doc, is_cjk
from .under_townships import after_a_listed_township
from .unit_edges import GLUED_PREPOSITIONS

_ORG_RE = re.compile("|".join(re.escape(s) for s in ORG_SUFFIXES_BY_LENGTH))


_BOUND_FLAGS = {"zg", "ng", "g", "vg", "ag"}  # a bound morpheme: the character before it ends no word
_A_WORD = 20  # a dictionary word as often seen as this (会员 1196), not a stray entry (会会 3)


UNIT_TAILS = tuple(ORG_SUFFIXES) + tuple(PLACE_SUFFIXES)


_KIND_WORDS = ("企业", "单位", "商户", "商家", "机关")


# Bodies of a community or village: named from the community, not from the town or street above it
# (榔坪镇|关口垭村党支部, 安平街道办事处|翠湖社区党支部), as 芷江西路街道 | 普善路居民区党总支.
_GRASSROOTS_BODIES = {
    "党支部",
    "党总支",
    "党总支部",
    "临时党支部",
    "党委",
    "居委会",
    "村委会",
    "居民委员会",
    "村民委员会",
}


_ENDS_ABOVE_COMMUNITY = ("镇", "乡", "街道", "办事处", "县", "区", "市", "旗", "苏木", "省", "州", "盟")


def joined_domains(doc: Doc, j: int, gaz_start: dict[int, int]) -> bool:
    """和/与 at token j joins two fields of one body's name (文化和旅游局, 人口与计划生育服务中心): a
    common noun, not itself a unit, stands before it, and a place before that anchors the name."""
    toks = doc.toks
    if toks[j].word not in ("和", "与") or j < 2:
        return False
    field, above = toks[j - 1], toks[j - 2]
    return (
        field.flag in ("n", "vn")
        and len(field.word) == 2
        and not field.word.endswith(UNIT_TAILS)
        and field.word not in TITLE_SET  # 清河县居民和街道办事处: people, not a field
        and field.word not in ("群众", "家属", "商户", "居委", "物业")
        and not field.word.endswith(("会", "社", "队"))  # 同乡总会|和|某华人协会: two bodies
        and (
            above.start in gaz_start
            or above.word.endswith(("县", "乡", "镇"))
            and len(above.word) >= 2
            and above.word not in _NO_TOWNSHIP  # 同乡, 家乡: words in 乡 that name no township
        )
    )


_NO_TOWNSHIP = frozenset("同乡 老乡 家乡 故乡 城乡 下乡 返乡 回乡 还乡 异乡 他乡 本乡 外乡 思乡".split())


FIELD_FLAGS = {"n", "vn", "l", "nz", "an"}


def two_fields(doc: Doc, j: int, gaz_start: dict[int, int]) -> int | None:
    """青石乡|农业与水利|服务中心, 筠连县|经济事务和外事|局: a body named for two fields joined
    by 和/与, with its place before them. The place's start, or None."""
    toks, joins, k = doc.toks, 0, j
    while k >= 0 and j - k < 6:
        t = toks[k]
        if t.word in ("县", "乡", "镇") and k > 0 and is_cjk(toks[k - 1].word):
            return toks[k - 1].start if joins == 1 and k < j - 1 else None  # 青石|乡
        if t.start in gaz_start or (t.word.endswith(("县", "乡", "镇", "区", "市")) and len(t.word) >= 3):
            return gaz_start.get(t.start, t.start) if joins == 1 and k < j - 1 else None
        if t.word in ("和", "与"):
            joins += 1
        elif (
            t.flag == "ns"
            and len(t.word) == 2
            and (k < j and doc.freq(t.word) >= 10000 or t.word not in divisions())
        ):
            pass  # 城市/ns|管理和综合执法局, 水务和|湖泊/ns|局: a word tagged a place, no division's name
        elif (
            t.flag not in FIELD_FLAGS
            or not is_cjk(t.word)
            or t.word in TITLE_SET
            or t.word in PREFIX_STOP
            or t.word.endswith(UNIT_TAILS)
        ):
            return None
        k -= 1
    return None


def verb_phrase(doc: Doc, word: str) -> bool:
    """积极响应, 充分发挥, 全力支持: an adverb and a verb that jieba's dictionary lists as one noun. What
    the sentence does, never a word of a name (部门|积极响应|区委, 党委|充分发挥|党组织)."""
    return (
        len(word) == 4
        and (
            doc.tag(word[:2]) in ("ad", "d")
            and doc.tag(word[2:]) in ("v", "vn")
            or doc.tag(word[:2]) == "a"
            and doc.tag(word[2:]) == "v"  # not 特殊|教育 (a|vn): a field, 特殊教育学校
        )
        and not word.endswith(UNIT_TAILS)
    )


_NOT_IN_A_TEAMS_NAME = {"p", "c", "u", "uj", "ul", "uz", "r", "m", "q", "d", "x", "t", "f"}


def team_name_after_body(doc: Doc, j: int, start: int) -> tuple[int, int]:
    """化学工程学院|星河逐光|服务队: a team named right after the body it belongs to is named by the
    two to four characters between, however jieba tags them (逐/v), with the body before them; the
    walk goes on from the body's last token. Otherwise (j, start) unchanged."""
    toks, k = doc.toks, j
    while k >= 0 and start - toks[k].end <= 4:
        t = toks[k]
        if t.word.endswith(WHOLE_BODIES) and start - t.end >= 2 and t.word not in ORG_GENERIC:
            return k, toks[k + 1].start
        if (
            t.flag in _NOT_IN_A_TEAMS_NAME
            or not is_cjk(t.word)
            or t.word in TITLE_SET
            or t.flag in ("v", "vn", "vd")
            and len(t.word) >= 2
            and doc.freq(t.word) >= 300  # 人员|组建|服务队
        ):
            break
        k -= 1
    return j, start


_LEVEL_HEADS = set("省市县区州旗盟")


def _levels_own(word: str) -> bool:
    """市|机关事务管理局, 区直|机关工委: a level's (or its directly-run bodies') own organs name a body;
    a kind word after one is a word of the name, not a word for the kind (辖区|企业 is)."""
    return word in _LEVEL_HEADS or len(word) == 2 and word[1] == "直" and word[0] in _LEVEL_HEADS


def after_kind_word(doc: Doc, start: int, suffix_start: int) -> int:
    """驻地企业|伊清园酒店, 共建单位|清河供水站党支部: a word for a kind of body before the name is
    not part of it (but 市直单位驻…临时党支部, a body stationed somewhere, keeps it); nor is what stands
    before a 的 jieba glued into a proper name (隔离状态|中的青/ns|松里居民区党总支: a name holds no 的)."""
    i, last = doc.tok_at(start), doc.tok_at(suffix_start)
    cut = start
    for k in range(i, last):
        t = doc.toks[k]
        if "的" in t.word[1:] and t.flag in ("ns", "nr", "nrt", "nz") and t.end < suffix_start:
            cut = t.start + t.word.rindex("的") + 1
        if (
            t.word.endswith(_KIND_WORDS)
            and (
                k + 1 >= len(doc.toks) or not doc.toks[k + 1].word.startswith(("驻", "支援", "援助", "驰援"))
            )
            and not (t.word in _KIND_WORDS and k > i and _levels_own(doc.toks[k - 1].word))
            and not doc.text.startswith("事务", t.end)  # 某市|机关事务管理局: the bureau's own name
        ):  # 市直单位驻…, 省直机关支援…: the body stationed or sent is named by who sends it
            cut = t.end
    return cut if suffix_start - cut >= 2 else start


def _opens(cover: dict[int, GazetteerSpan], p: int) -> bool:
    return p in cover and cover[p][0] == p


def place_start(
    text: str, start: int, suffix_start: int, suffix: str, cover: dict[int, GazetteerSpan]
) -> int:
    """The name's start moved to the edge of the place it names: never inside one (兴磷社区…, not
    磷社区…), and at the community when a community body stands under its town or street."""
    place = cover.get(start)
    # (施柳村|委会: the village's 村 opens the body's word 村委会, and jieba glued 施 to the verb before)
    shared = place is not None and suffix.startswith(text[suffix_start : place[1]])
    if place is not None and place[0] < start and (place[1] <= suffix_start or shared):
        start = place[0]
    before = cover.get(start - 1) if start == suffix_start else None
    if before is not None and before[1] == start and before[3] == "community":
        start = before[0]  # 某某嘎|查/v|党支部: the walk stopped inside the village before the body
    glued = next(
        (
            p
            for p in range(start + 1, suffix_start)
            if text[p - 1] in GLUED_BEFORE_A_PLACE + "以" and _opens(cover, p)  # (形成以|某社区…为中心)
        ),
        None,
    )
    start = glued if glued is not None else start  # 检查点离|巴音花镇政府: the verb before the place
    if suffix not in _GRASSROOTS_BODIES:
        return start
    for p in range(start + 1, suffix_start):
        place = cover.get(p)
        if (
            place is not None
            and place[0] == p
            and place[3] == "community"
            and place[1] <= suffix_start
            and text[start:p].endswith(_ENDS_ABOVE_COMMUNITY)
        ):
            return p
    village = after_a_listed_township(text, suffix_start) if suffix[0] == "村" else None  # 某镇|柳街村委会
    return village if village is not None and start < village else start


_NUMBERED_SCHOOL = re.compile(r"[一二三四五六七八九十]{1,2}[中幼]")  # 市一中, 南开十三幼 (a kindergarten)


def numbered_schools(doc: Doc, gaz: list[GazetteerSpan]) -> list[tuple[int, int, str]]:
    """市一中, 岳阳县二中: a middle school by its number, the usual short form of 第一中学, written
    after its place or a bare 市/县/区; 中 ends the word (三|中队 is a squadron, 一中心 no school)."""
    text, out = doc.text, []
    place_ends = {e: s for s, e, _, _ in gaz}
    for m in _NUMBERED_SCHOOL.finditer(text):
        if m.end() not in doc.ends or m.start() not in doc.ends:
            continue
        start = place_ends.get(m.start())
        k = doc.tok_at(m.start()) - 1
        if start is None and k >= 0 and doc.toks[k].flag in ("ns", "nz", "j") and len(doc.toks[k].word) >= 2:
            start = doc.toks[k].start  # 桃源|一中: a county's short name jieba knows but the list does not
        if start is None and text[m.start() - 1 : m.start()] in ("市", "县", "区") and m.start() >= 1:
            before = text[m.start() - 2 : m.start() - 1]
            start = (
                m.start() - 1 if not before or not is_cjk(before) or before in GLUED_PREPOSITIONS else None
            )
        if start is not None:
            out.append((start, m.end(), text[start : m.end()]))
    return out


def suffixes(doc: Doc) -> list[re.Match]:
    """Every suffix match, left to right; where one ends inside a word the search goes on from its
    next character, so a shorter suffix never hides a longer one it overlaps (共青团岳阳|市委|员会: 委员会)
    — unless the one found so is itself the start of a longer word (老|协会|员: 会员, no 协会)."""
    out, pos, retried, word_end = [], 0, False, 0
    while (m := _ORG_RE.search(doc.text, pos)) is not None:
        retried = retried and m.start() < word_end  # 支部|委员、第十中学: a later name is no retry
        nxt = doc.by_start.get(m.end())
        bound = nxt is not None and (
            len(doc.toks[nxt].word) == 1
            and doc.toks[nxt].flag in _BOUND_FLAGS
            or doc.freq(doc.text[m.end() - 1 : m.end() + 1]) >= _A_WORD  # 老|协会|员们 (会员)
        )
        if not (retried and bound):
            out.append(m)
        retried = m.end() not in doc.ends
        word_end = doc.toks[doc.tok_at(m.end() - 1)].end
        pos = m.start() + 1 if retried else m.end()
    return out


def democratic_parties(doc: Doc, name: str) -> list[tuple[int, int, str]]:
    """Where a democratic party is named as a whole word (not 居民|建设, 市民|进入): the party, its
    central committee (民盟中央) or its body in a place written before it (丰台/ns|民革)."""
    text, out = doc.text, []
    for s in doc.occurrences(name):
        e = s + len(name)
        if text.startswith("中央", e) and whole_word(doc, s, len(name) + 2):
            out.append((s, e + 2, text[s : e + 2]))
        elif whole_word(doc, s, len(name)):
            i = doc.by_start[s]
            before = doc.toks[i - 1] if i > 0 else None
            if before is not None and before.flag == "ns" and len(before.word) >= 2 and before.end == s:
                s = before.start
            out.append((s, e, text[s:e]))
    return out


_NOT_IN_A_PARTNERS_NAME = {"p", "c", "u", "uj", "ul", "r", "m", "q", "d", "x", "t", "f"}


def partner_before(doc: Doc, dot: int) -> int:
    """华润置地·中海·…项目部: the first partner's name before the dot, however jieba cut it (置/v|地),
    back to the sentence's verb, a function word or the clause's edge, up to six characters."""
    toks, k, start = doc.toks, doc.tok_at(dot - 1), dot
    while k >= 0 and toks[k].end == start and is_cjk(toks[k].word) and dot - toks[k].start <= 6:
        t = toks[k]
        if t.flag in _NOT_IN_A_PARTNERS_NAME or t.flag.startswith("v") and len(t.word) >= 2:
            break  # 召集|辽宁文兴.清韵物业: the verb of the sentence
        start, k = t.start, k - 1
    if doc.text[start] in GLUED_PREPOSITIONS and glued_conjunction(doc, start):
        start += 1  # 由华宇|置|地: a preposition jieba glued to the name
    return start if dot - start >= 2 else dot


def glued_conjunction(doc: Doc, start: int) -> bool:
    """The token at start, opened by a conjunction or preposition, is no word of the dictionary (和青禾,
    由华宇; not 和平)."""
    i = doc.by_start.get(start)
    return i is not None and len(doc.toks[i].word) >= 2 and not doc.is_word(doc.toks[i].word)


def whole_word(doc: Doc, start: int, length: int) -> bool:
    """The text from start is whole tokens (民进|青禾|总支), not the tail of a word (居民|建设)."""
    return start in doc.by_start and start + length in doc.ends


# Two characters that jieba reads as numerals, positions or conjunctions (万峰/m, 中/f|和/c) between a
# formal division and a body's common words are the body's own name: 某某市|万峰|公益协会. A count,
# a determiner or a function word of the sentence (各个, 所有, 一些, 和/与 alone) is none.
_NAME_AFTER_DIVISION_FLAGS = {"m", "f", "c"}
_NOT_A_TRADE_NAME = set("个名位家户人次批年月日天岁元各每该本这那些所有全部多几余")
_FORMAL_LEVELS = ("市", "州", "县", "区", "旗", "盟")


def name_after_division(doc: Doc, j: int, start: int, gaz_start: dict[int, int]) -> int | None:
    """The start of a two-character name jieba read as function words, written right after a formal
    division (兴义市|万峰|公益协会, 某州|中|和|社工服务中心); None when the words before are no such name."""
    toks = doc.toks
    k, width = j, 0
    while k >= 0 and toks[k].end == start - width and width < 2:
        t = toks[k]
        if t.flag not in _NAME_AFTER_DIVISION_FLAGS or not is_cjk(t.word):
            return None
        width += len(t.word)
        k -= 1
    name = doc.text[start - width : start]
    if (
        width != 2
        or k < 0
        or name in PREFIX_STOP
        or any(c in _NOT_A_TRADE_NAME for c in name)
        or name[0] in "和与及或"
    ):
        return None
    before = toks[k]
    if before.end != start - 2 or before.start not in gaz_start or not before.word.endswith(_FORMAL_LEVELS):
        return None
    return start - 2


# The epidemic's official name of early 2020 holds a 的 (新型冠状病毒|感染的|肺炎): a body named after it
# (某区|新型冠状病毒|感染的|肺炎|疫情防控指挥部) goes on over it to the place before it.
# (and 某区|应对|新型冠状病毒|肺炎|疫情工作领导小组: the name without 感染的, after the verb it names)
_EPIDEMIC_NAME = re.compile(r"(?:应对|防控|防治)?新型冠状病毒(?:感染的?)?$")


def over_the_epidemics_name(text: str, start: int, gaz: list[GazetteerSpan]) -> int:
    """某区|新型冠状病毒|感染的|肺炎|疫情防控指挥部: the walk stopped at the 的 of the epidemic's name; the
    body's name opens with the division right before that name (市|新型…: a bare level word too).
    Without a place before it the name is a kind of body (疫情防控指挥部), and `start` stays."""
    named = _EPIDEMIC_NAME.search(text, max(0, start - 12), start) if text.startswith("肺炎", start) else None
    if named is None:
        return start
    at = named.start()
    place = next((s for s, e, _name, _level in gaz if e == at), None)
    if place is not None:
        return place
    return at - 1 if text[at - 1 : at] in ("省", "市", "区", "县") else start


# 这张|某某医疗队队员: a measure word after a count or a pointer counts what follows, it opens no name
_MEASURES, _COUNTERS = set("张支个名位批"), set("这那每几一两二三四五六七八九十")
_LEADS = ("全区", "全市", "各", "该", "本", "原", "由", "市直各", "区直各", "所属", "下属", "旗下")
# verbs of visiting or supervising a body, glued to its name (督导|某某科技有限公司, 走访|某某集团)
_LEADS += ("督导", "指导", "走访", "慰问", "看望", "协调", "帮助", "检查")


def lead_cut(doc: Doc, name: str, start: int) -> int:
    """How many characters of a word before the body open no name (全区|某局, 原|某局, 由|某委): the
    last such lead; none inside a place's word (原州区, 本溪市, 由拳村: the lead is the place's first
    character)."""
    cut = 1 if name[0] in _MEASURES and doc.text[start - 1 : start] in _COUNTERS and len(name) >= 5 else 0
    for lead in _LEADS:
        if name[cut:].startswith(lead) and len(name) - cut - len(lead) >= 3:
            i = doc.by_start.get(start + cut)
            if i is not None and doc.toks[i].flag == "ns" and len(doc.toks[i].word) > len(lead):
                break
            if any(name[cut : cut + n] in divisions() for n in (2, 3, 4)):
                break  # 本溪/nz|市委: the lead opens a division's name (本溪, 原平), whatever jieba tags it
            cut += len(lead)
    glued = name[cut : cut + 1] in GLUED_BEFORE_A_PLACE and len(name) - cut >= 5  # (离石区, 过境: words)
    if glued and not any(doc.is_word(name[cut : cut + n]) for n in (2, 3)):
        cut += 1  # 检查点离|巴音花镇政府, 担任过|嘎查妇联: a verb's 离 or 过 glued to the name (not 离退休)
    return cut
