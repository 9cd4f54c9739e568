"""Organisations: a unit suffix extended backwards over the name tokens before it.

陕西同泰实业有限公司, 市直单位驻大西门社区临时党支部, 芷江西路街道 | 普善路居民区党总支 (a named body under a
street is its own unit). A bare kind of body (党员突击队, 居民区党总支) is not a name.
"""

from __future__ import annotations

import re

from ..lexicon import (
    ORG_GENERIC,
    ORG_SUFFIXES,
    ORG_SUFFIXES_BY_LENGTH,
    PLACE_STOP,
    PLACE_SUFFIXES,
    TITLE_SET,
    TITLES_BY_LENGTH,
)
from .places import GazetteerSpan
from .tokens import CLAUSE_BREAK, PREFIX_STOP, Doc, is_cjk, outermost

_ORG_PREFIX_FLAGS = set("n ns nt nz nr nrt nrfg j b ng vn an s k h g zg tg vg ag x eng a mq".split())
_ORG_RE = re.compile("|".join(re.escape(s) for s in ORG_SUFFIXES_BY_LENGTH))
_NAMED_UNIT = re.compile(r"[\u4e00-\u9fff]{2,}(居民区|社区|村|小区|新村)")
_HIGHER_UNITS = ("街道", "镇", "乡", "区", "市", "县", "省", "自治州")
_TEAM_SUFFIXES = ("志愿服务队", "服务队", "突击队", "小分队", "先锋队", "志愿队", "工作队")
_COMMITTEES = {"区委", "市委", "县委", "省委", "州委", "团市委", "团区委", "团县委"}
_PROPER_FLAGS = {"ns", "nz", "nr", "nrt", "nrfg", "j", "nt"}
_FUNCTION_FLAGS = {
    "ad",
    "vd",
    "p",
    "c",
    "u",
    "uj",
    "ul",
    "uz",
    "ud",
    "ug",
    "r",
    "m",
    "q",
    "x",
    "d",
    "f",
    "y",
    "e",
    "o",
    "t",
}
_COMMON_NOUN_FLAGS = {"n", "vn", "v", "a", "an"}
_NOT_ABOVE_UNIT = {"a", "ad", "v", "vd", "vn", "d", "t", "m"}
_UNIT_TAILS = tuple(ORG_SUFFIXES) + tuple(PLACE_SUFFIXES)
_KIND_WORDS = ("企业", "单位", "商户", "商家", "机关")
_DETERMINERS = set("该本全各这那我此每其")
_NOT_ORDINAL_HEADS = {"时间", "次", "批", "天", "年", "步", "线", "轮", "名", "位"}  # 第一时间, 第一批
_RELATIVE_HEADS = ("省", "市", "区", "县", "州", "镇", "乡", "团", "村")
# A name in quotes that ends like a group: “兰花热心小组”, “邻里守望互助队”, “星火”离退休党员工作室.
_QUOTED_GROUP = re.compile(
    r"“([\u4e00-\u9fff]{2,14}(?:小组|小分队|服务队|志愿队|突击队|先锋队|互助队|巡逻队|宣讲团|志愿团|工作室|服务站|"
    r"驿站|联盟|协会|互助会|服务社|合作社|俱乐部))”"
)
_MEDIA_CREDIT_BEFORE = ("来源", "本文为", "转自", "转载自", "稿件来源", "文章来源")
_MEDIA_CREDIT_AFTER = ("记者", "讯", "原创", "版权", "客户端", "通讯员", "编辑")
_ORG_GENERIC_PREFIX = set(
    "商户 企业 民营企业 国有企业 国企 物业 疫情防控 防疫 抗疫 机关 党员 单位 部门 公司 居委 "
    "驻村 小区 社区 各级 基层 临时 线上 志愿 青年 巾帼 党员志愿 医疗".split()
)
_LEADS = ("全区", "全市", "各", "该", "本", "原", "由", "市直各", "区直各")

# name → (kind, spans)
Found = dict[str, tuple[str, list[tuple[int, int]]]]


def org_kind(name: str) -> str:
    for suffix in ORG_SUFFIXES_BY_LENGTH:
        if name.endswith(suffix):
            return ORG_SUFFIXES[suffix]
    return "other"


def _joined_domains(doc: Doc, j: int, gaz_start: dict[int, int]) -> bool:
    """和/与 at token j joins two fields of one body's name (文化和旅游局, 人口与计划生育服务中心): a
    common noun, not itself a unit, stands before it, and a place before that anchors the name."""
    toks = doc.toks
    if toks[j].word not in ("和", "与") or j < 2:
        return False
    field, above = toks[j - 1], toks[j - 2]
    return (
        field.flag in ("n", "vn")
        and len(field.word) == 2
        and not field.word.endswith(_UNIT_TAILS)
        and field.word not in TITLE_SET  # 清河县居民和街道办事处: people, not a field
        and field.word not in ("群众", "家属", "商户", "居委", "物业")
        and (above.start in gaz_start or above.word.endswith(("县", "乡", "镇")) and len(above.word) >= 2)
    )


def _start_of(doc: Doc, m: re.Match, gaz_start: dict[int, int], gaz_level: dict[int, str]) -> int:
    """Walk back from the suffix over the tokens that belong to the name; the name's start."""
    text, toks = doc.text, doc.toks
    end = m.end()
    i = doc.tok_at(m.start())
    start = toks[i].start if toks[i].start < m.start() else m.start()
    j = i - 1
    length = end - start
    above_unit = False
    while j >= 0:
        t = toks[j]
        if t.word == "驻" and start - 1 == t.end - 1 and j > 0 and toks[j - 1].flag in _ORG_PREFIX_FLAGS:
            start, j = t.start, j - 1
            continue
        if t.word == "”" and m.group(0) in _TEAM_SUFFIXES:
            q = text.rfind("“", max(0, t.start - 12), t.start)
            if q >= 0 and not any(c in CLAUSE_BREAK for c in text[q + 1 : t.start]):
                return q
        single_unit = (
            t.word in _HIGHER_UNITS
            and j > 0
            and is_cjk(toks[j - 1].word)
            and toks[j - 1].flag in _PROPER_FLAGS
        )  # 马陆/镇
        if t.word[0] in _DETERMINERS and t.start not in gaz_start:
            break  # 联系|该县|中医院: "that county" points back, it names nothing
        if len(t.word) > 1 and t.word[0] in "和与及" and j > 0 and toks[j - 1].word.endswith(_UNIT_TAILS):
            start = t.start + 1  # …博物馆|和青禾|药店: the conjunction between two names, glued by jieba
            break
        if _joined_domains(doc, j, gaz_start):  # 永仁县|文化|和|旅游局: two fields of one body
            start, length, j = toks[j - 1].start, end - toks[j - 1].start, j - 2
            continue
        if t.start in gaz_start or (t.word.endswith(_HIGHER_UNITS) and len(t.word) >= 2) or single_unit:
            unit_start = gaz_start.get(t.start, toks[j - 1].start if single_unit else t.start)
            between = [x for x in toks[j + 1 : doc.tok_at(m.start())] if x.start < m.start()]
            wide = gaz_level.get(unit_start) in ("city", "province")
            if _NAMED_UNIT.search(text[start : m.start()]) or (
                not wide and any(x.flag in _PROPER_FLAGS for x in between)
            ):
                break  # 芷江西路街道 | 普善路居民区党总支: a named body under the street is its own unit
            start, length = unit_start, end - unit_start
            j = doc.tok_at(unit_start) - 1
            above_unit = True
            continue
        if above_unit and t.flag in _NOT_ABOVE_UNIT:
            break  # 落实|城东管理区疫情防控指挥部: above a unit no verb or adjective goes on
        if (
            t.flag not in _ORG_PREFIX_FLAGS
            or t.word in PREFIX_STOP
            or not is_cjk(t.word)
            or length + len(t.word) > 26
        ):
            if (
                t.flag == "m"
                and t.word.startswith("第")
                and is_cjk(t.word)
                and toks[j + 1].word not in _NOT_ORDINAL_HEADS
            ):
                start, length, j = t.start, length + len(t.word), j - 1
                continue
            anchored = _anchored(doc, j, m.start(), gaz_start)
            if anchored is None:
                break
            start, j = toks[anchored].start, anchored - 1
            length = end - start
            continue
        start, length, j = t.start, length + len(t.word), j - 1
    return start


def _anchored(doc: Doc, j: int, suffix_start: int, gaz_start: dict[int, int]) -> int | None:
    """A name whose middle is a verb or set phrase (南岸区|退役军人|事务局, 区|应急|管理局) is kept whole
    when a place stands right before that middle: the index of the middle's first token, or None."""
    toks = doc.toks
    k = j
    while k >= 0:
        t = toks[k]
        if suffix_start - t.start > 12 or not is_cjk(t.word) or t.word in PREFIX_STOP:
            return None
        if t.flag in _FUNCTION_FLAGS:
            return None
        before = toks[k - 1] if k > 0 else None
        if before is not None and (
            before.start in gaz_start or before.word in _HIGHER_UNITS or before.flag == "ns"
        ):
            return k
        k -= 1
    return None


def _after_kind_word(doc: Doc, start: int, suffix_start: int) -> int:
    """驻地企业|伊清园酒店, 共建单位|农机事务中心党支部: a word for a kind of body before the name is
    not part of it (but 市直单位驻…临时党支部, a body stationed somewhere, keeps it)."""
    i, last = doc.tok_at(start), doc.tok_at(suffix_start)
    cut = start
    for k in range(i, last):
        t = doc.toks[k]
        if t.word.endswith(_KIND_WORDS) and (
            k + 1 >= len(doc.toks) or not doc.toks[k + 1].word.startswith("驻")
        ):
            cut = t.end
    return cut if suffix_start - cut >= 2 else start


def _is_generic(name: str, suffix: str, doc: Doc, start: int) -> bool:
    """A kind of body (党员突击队, 指挥部办公室, 居民区党总支, 事务局), not a named one."""
    if name in ORG_GENERIC or name in doc.lexicon.rejected:
        return True
    i = doc.by_start.get(start)
    if (
        i is not None
        and doc.toks[i].word == name
        and doc.toks[i].flag in _COMMON_NOUN_FLAGS
        and not name.startswith(_RELATIVE_HEADS)
    ):
        return name not in doc.lexicon.organizations  # one ordinary word: 事务局, 派出所 (not 区委, 市政府)
    if len(name) < 3 and not (suffix in ("区委", "市委", "县委", "省委") and name == suffix):
        return True
    if name == suffix and suffix not in _COMMITTEES - {"州委"}:
        return True
    head = name[: -len(suffix)]
    return (
        head in _ORG_GENERIC_PREFIX
        or (head in ORG_SUFFIXES and head not in _COMMITTEES)
        or (head in PLACE_SUFFIXES and len(head) > 1)
        or head in PLACE_STOP
        or head in ORG_GENERIC
    )


def _is_media_credit(text: str, start: int, end: int, name: str) -> bool:
    """The outlet named as the story's source or copyright holder (来源:XX日报, 本文为XX网原创), not
    an organisation the story is about."""
    if org_kind(name) != "media":
        return False
    before = text[max(0, start - 6) : start].rstrip(" :：\u3000")
    return before.endswith(_MEDIA_CREDIT_BEFORE) or text.startswith(_MEDIA_CREDIT_AFTER, end)


def find_organizations(doc: Doc, gaz: list[GazetteerSpan]) -> tuple[Found, list[tuple[int, int]]]:
    """Named organisations (standalone occurrences only) and every organisation span found."""
    text = doc.text
    gaz_start = {p: s for s, e, _, _ in gaz for p in range(s, e)}
    gaz_level = {s: level for s, _e, _, level in gaz}
    found: list[tuple[int, int, str]] = []
    for m in _ORG_RE.finditer(text):
        end = m.end()
        if (
            end not in doc.ends
            and not text[end : end + 4].startswith(TITLES_BY_LENGTH)
            and not text[end : end + 4].startswith(tuple(ORG_SUFFIXES))
        ):
            continue
        start = _after_kind_word(doc, _start_of(doc, m, gaz_start, gaz_level), m.start())
        name = text[start:end]
        for lead in _LEADS:
            if name.startswith(lead) and len(name) - len(lead) >= 3:
                name, start = name[len(lead) :], start + len(lead)
        if _is_generic(name, m.group(0), doc, start):
            continue
        found.append((start, end, name))
    for m in _QUOTED_GROUP.finditer(text):
        found.append((m.start(1), m.end(1), m.group(1)))
    for name in doc.lexicon.organizations:
        found += [(s, s + len(name), name) for s in doc.occurrences(name)]
    found = [f for f in found if not _is_media_credit(text, *f)]
    # Keep an organisation only where it occurs on its own, not just inside a longer one.
    spans = sorted(set(found), key=lambda x: (x[0], -(x[1] - x[0])))
    top = outermost([(s, e) for s, e, _ in spans])
    standalone: Found = {}
    for s, e, name in spans:
        if (s, e) in top:
            kind = doc.lexicon.organizations.get(name) or org_kind(name)
            standalone.setdefault(name, (kind, []))[1].append((s, e))
    return standalone, [(s, e) for s, e, _ in spans]
