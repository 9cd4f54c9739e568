"""Step 3 of the import: clean body text → people, organisations and places with offsets.

Contract: `extract(text, lexicon)` returns an `Extraction` whose every mention has `start`/`end`
offsets into `text` (text[start:end] == name). Pure apart from jieba's in-memory dictionary, to
which curated names are added (`register_lexicon`). One jieba.posseg pass is the main cost; all
the rules below run over its tokens.

How it reads the genre:
- people: jieba's `nr` tags, repaired at the edges (王/剑峰, 潘/晓/喆), accepted on evidence: a
  title or age before the name (党总支书记张磊, 76岁的老党员杨桂云), a speech verb after it
  (张立民说), a list with another accepted name (秦建民、王云波), or a three-character name jieba
  found by itself. Roles are the title phrases around the name, split at 、.
- organisations: a unit suffix (党支部, 居委会, 局, 医院, 有限公司 …) extended backwards over the
  noun tokens before it (陕西同泰实业有限公司, 市直单位驻大西门社区临时党支部).
- places: the PRC division gazetteer (静安区, 永州; short forms only on word boundaries) and
  sub-district units by suffix (芷江西路街道, 普善路居民区, 竹园新村小区).
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from dataclasses import dataclass, field

import jieba
import jieba.posseg

from .lexicon import (
    COMPOUND_SURNAMES,
    GENERIC_PERSON_NOUNS,
    NAME_STOP_CHARS,
    ORG_GENERIC,
    ORG_SUFFIXES,
    ORG_SUFFIXES_BY_LENGTH,
    PLACE_GENERIC_PREFIX,
    PLACE_STOP,
    PLACE_SUFFIXES,
    PLACE_SUFFIXES_BY_LENGTH,
    SPEECH_VERBS,
    SURNAMES,
    TITLE_SET,
    TITLES_BY_LENGTH,
    Lexicon,
    city_of,
    divisions,
    province_of,
)

jieba.setLogLevel(logging.WARNING)

CLAUSE_BREAK = set('，,。；;：:！？!?\n（(）)“”"‘’「」『』《》【】 \u3000\u00a0')
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_NAME_FLAGS_OK = {
    "n",
    "ns",
    "nz",
    "nr",
    "nrt",
    "nrfg",
    "t",
    "a",
    "ng",
    "j",
    "nt",
    "b",
    "s",
    "an",
    "tg",
    "zg",
    "vg",
    "ag",
    "g",
    "l",
    "i",
    "k",
    "h",
    "e",
    "y",
    "o",
}
_ORG_PREFIX_FLAGS = {
    "n",
    "ns",
    "nt",
    "nz",
    "nr",
    "nrt",
    "nrfg",
    "j",
    "b",
    "ng",
    "vn",
    "an",
    "s",
    "k",
    "h",
    "g",
    "zg",
    "tg",
    "vg",
    "ag",
    "x",
    "eng",
    "a",
    "mq",
}
_ORG_PREFIX_STOP = {
    "全区",
    "全市",
    "全县",
    "全省",
    "各级",
    "各",
    "该",
    "本",
    "这",
    "那",
    "每",
    "其",
    "我",
    "我们",
    "他们",
    "全",
    "和",
    "与",
    "及",
    "等",
    "向",
    "为",
    "对",
    "在",
    "从",
    "由",
    "是",
    "到",
    "给",
    "联合",
    "组织",
    "成立",
    "建立",
    "一个",
    "一支",
    "一名",
    "多个",
    "首批",
    "相关",
    "所在",
    "部分",
    "基层",
    "广大",
    "有关",
    "主要",
    "领导",
    "来自",
    "根据",
    "按照",
    "原",
    "现",
    "的",
}
_PLACE_PREFIX_FLAGS = {
    "n",
    "ns",
    "nt",
    "nz",
    "nr",
    "nrt",
    "nrfg",
    "j",
    "ng",
    "b",
    "s",
    "k",
    "h",
    "g",
    "zg",
    "tg",
    "vg",
    "ag",
    "a",
    "eng",
    "m",
}
_SUBJECT_NEXT = {"v", "d", "p", "ad", "vd", "c"}
_PROPER_FLAGS = {"ns", "nz", "nr", "nrt", "nrfg", "j", "nt"}
_NOT_NAME_FLAGS = {"x", "m", "q", "v", "d", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "r", "f", "y"}
_AFTER_NAME_NOUNS = (
    "老人",
    "同志",
    "大爷",
    "大妈",
    "阿姨",
    "老师",
    "师傅",
    "医生",
    "书记",
    "主任",
    "夫妇",
    "一家",
)
_NOT_NAME_END = set("镇村区路街市县省局院部委会站所队组厅馆处科室")
_LIST_JOINERS = ("、", "与", "和", "及")
_AGE_BEFORE = re.compile(r"(\d{1,3})\s*岁(?:的)?")
_AGE_AFTER = re.compile(r"^(?:[，,]?\s*(?:今年|现年|年仅|已经)?)(\d{1,3})\s*岁")
_ROLE_AFTER = re.compile(
    r"^[^，,。；;！？!?\n]{0,6}?(被任命为|任命为|曾担任|担任|曾任|现任|兼任|是|系|任|作为|当选为)"
)
_LIST_TAIL = re.compile(r"^等\s*\d*\s*[名位个人]")
_LEADING_JUNK = re.compile(r"^(?:一名|一位|一个|名|位|这位|那位|作为|身为|现任|时任|原|曾任|担任|任|是)")

_lock = threading.Lock()
_registered: set[str] = set()


@dataclass
class Mention:
    start: int
    end: int
    role: str = ""
    organizations: list[str] = field(default_factory=list)
    age: int | None = None


@dataclass
class Entity:
    name: str
    kind: str = ""
    mentions: list[Mention] = field(default_factory=list)

    @property
    def roles(self) -> list[str]:
        out: list[str] = []
        for m in self.mentions:
            for role in m.role.split("\u0001") if m.role else []:
                if role and role not in out:
                    out.append(role)
        return out

    @property
    def organizations(self) -> list[str]:
        out: list[str] = []
        for m in self.mentions:
            out += [o for o in m.organizations if o not in out]
        return out

    @property
    def age(self) -> int | None:
        return next((m.age for m in self.mentions if m.age is not None), None)


@dataclass
class Extraction:
    people: list[Entity]
    organizations: list[Entity]
    places: list[Entity]
    region: str = ""


@dataclass
class _Tok:
    word: str
    flag: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.word)


def register_lexicon(lexicon: Lexicon) -> None:
    """Teach jieba the curated names once, so segmentation keeps them whole."""
    with _lock:
        for name in lexicon.people:
            if name not in _registered:
                jieba.add_word(name, freq=50000, tag="nr")
                _registered.add(name)
        for name in list(lexicon.organizations) + list(lexicon.places):
            if name not in _registered:
                jieba.add_word(name, freq=20000, tag="nt" if name in lexicon.organizations else "ns")
                _registered.add(name)


def tokenize(text: str) -> list[_Tok]:
    out, pos = [], 0
    for pair in jieba.posseg.cut(text):
        out.append(_Tok(pair.word, pair.flag, pos))
        pos += len(pair.word)
    return out


def _is_cjk(s: str) -> bool:
    return bool(_CJK.match(s))


def _surname_ok(name: str) -> bool:
    if name[:2] in COMPOUND_SURNAMES:
        return 3 <= len(name) <= 4
    return name[0] in SURNAMES and 2 <= len(name) <= 3


def _ends_with_title(s: str) -> str:
    return next((t for t in TITLES_BY_LENGTH if s.endswith(t)), "")


class _Doc:
    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self.toks = tokenize(text)
        self.by_start = {t.start: i for i, t in enumerate(self.toks)}
        self.ends = {t.end for t in self.toks}
        self.tok_at = [0] * (len(text) + 1)
        for i, t in enumerate(self.toks):
            for p in range(t.start, t.end):
                self.tok_at[p] = i
        self.tok_at[len(text)] = len(self.toks)

    def clause_before(self, pos: int) -> str:
        start = pos
        while start > 0 and self.text[start - 1] not in CLAUSE_BREAK:
            start -= 1
        return self.text[start:pos]

    def clause_after(self, pos: int) -> str:
        end = pos
        while end < len(self.text) and self.text[end] not in CLAUSE_BREAK:
            end += 1
        return self.text[pos:end]


# ---------------------------------------------------------------- people
def _name_at(doc: _Doc, i: int) -> str | None:
    """The personal name starting at token i, repairing jieba's splits, or None."""
    toks, text = doc.toks, doc.text
    w = toks[i].word
    if w in doc.lexicon.people:
        return w
    if not _is_cjk(w):
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    name = None
    if len(w) == 1:
        if w not in SURNAMES or nxt is None or not _is_cjk(nxt.word):
            return None
        if len(nxt.word) == 2 and nxt.flag in _NAME_FLAGS_OK and nxt.word[0] not in NAME_STOP_CHARS:
            name = w + nxt.word
        elif len(nxt.word) == 1 and nxt.word not in NAME_STOP_CHARS and nxt.flag not in _NOT_NAME_FLAGS:
            name = w + nxt.word
            nxt2 = toks[i + 2] if i + 2 < len(toks) else None
            if (
                nxt2
                and len(nxt2.word) == 1
                and _is_cjk(nxt2.word)
                and nxt2.word not in NAME_STOP_CHARS
                and text.count(name + nxt2.word) == text.count(name)
            ):
                name += nxt2.word
    elif _surname_ok(w):
        name = w
        if (
            len(w) == 2
            and nxt
            and len(nxt.word) == 1
            and _is_cjk(nxt.word)
            and nxt.word not in NAME_STOP_CHARS
            and nxt.flag not in {"x", "m", "q", "f"}
            and text.count(w + nxt.word) == text.count(w)
        ):
            name = w + nxt.word
    if not name or not _surname_ok(name) or name[-1] in _NOT_NAME_END or name in doc.lexicon.rejected:
        return None
    after = text[toks[i].start + len(name) : toks[i].start + len(name) + 3]
    if any(after.startswith(s) for s in PLACE_SUFFIXES) or any(after.startswith(s) for s in ORG_SUFFIXES):
        return None  # 阳二居民区, 张家湾村: a place or unit, not a person
    if name in TITLE_SET or any(name.endswith(t) for t in ("书记", "主任", "队长")):
        return None
    return name


def _title_context(doc: _Doc, start: int) -> bool:
    before = doc.clause_before(start)
    if not before:
        return False
    if _AGE_BEFORE.search(before[-6:]):
        return True
    return bool(_ends_with_title(before))


def _speech_after(doc: _Doc, end: int) -> bool:
    after = doc.text[end : end + 8]
    return (
        after.startswith(SPEECH_VERBS) or after.startswith(_AFTER_NAME_NOUNS) or bool(_AGE_AFTER.match(after))
    )


def _people(doc: _Doc, org_spans: list[tuple[int, int]], place_spans: list[tuple[int, int]]) -> list[Entity]:
    text = doc.text
    inside = org_spans + place_spans
    cands: dict[int, str] = {}
    accepted: set[str] = set(n for n in doc.lexicon.people if n in text)
    for i, t in enumerate(doc.toks):
        strong_tag = t.flag in {"nr", "nrfg", "nrt"} or t.word in doc.lexicon.people
        titled = (strong_tag or t.word[:1] in SURNAMES) and _title_context(doc, t.start)
        if not strong_tag and not titled:
            continue
        name = _name_at(doc, i)
        if not name or any(s <= t.start < e for s, e in inside):
            continue
        if not strong_tag and jieba.dt.FREQ.get(name, 0) > 0:
            continue  # 商量, 包干: an ordinary word after a title, not a name
        cands[t.start] = name
        end = t.start + len(name)
        nxt = doc.toks[i + 1] if i + 1 < len(doc.toks) and t.word == name else None
        # A two-character name jieba invented is trusted only as the subject of a verb (万鹏参加).
        jieba_found_whole = (
            strong_tag
            and t.word == name
            and (
                len(name) >= 3
                or (name not in jieba.dt.FREQ and nxt is not None and nxt.flag in _SUBJECT_NEXT)
            )
        )
        if jieba_found_whole or titled or _speech_after(doc, end):
            accepted.add(name)
    # Lists: a candidate joined by 、/与/和 to an accepted name is a person too (秦建民、王云波、余波).
    for name in list(accepted):
        for m in re.finditer(re.escape(name), text):
            if m.start() >= 1 and text[m.start() - 1] in "、与和及":
                joint = m.start() - 1
                for n in (3, 2):
                    p = joint - n
                    if p >= 0 and p in doc.by_start:
                        cand = _name_at(doc, doc.by_start[p])
                        if cand == text[p:joint]:
                            cands.setdefault(p, cand)
                            break
    for _ in range(3):
        grew = False
        for start, name in cands.items():
            if name in accepted:
                continue
            end = start + len(name)
            right = text[end : end + 4]
            joined_left = any(text[:start].endswith(n + j) for n in accepted for j in _LIST_JOINERS)
            joined_right = any(right.startswith(j + n) for n in accepted for j in _LIST_JOINERS)
            if joined_left or joined_right:
                accepted.add(name)
                grew = True
        if not grew:
            break
    accepted -= doc.lexicon.rejected
    # Drop a name that is only ever part of a longer accepted one (王斌 inside 王斌之).
    for name in list(accepted):
        if any(
            name != other and name in other and text.count(name) == text.count(other) for other in accepted
        ):
            accepted.discard(name)

    people: dict[str, Entity] = {}
    longer_first = sorted(accepted, key=len, reverse=True)
    taken: list[tuple[int, int]] = []
    for name in longer_first:
        for m in re.finditer(re.escape(name), text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            people.setdefault(name, Entity(name, "person")).mentions.append(Mention(m.start(), m.end()))
    _attach_roles(doc, people)
    return sorted(people.values(), key=lambda e: e.mentions[0].start)


def _clean_role(part: str) -> str:
    part = part.strip(" 、")
    if "的" in part:
        part = part.rsplit("的", 1)[1]
    part = _AGE_BEFORE.sub("", part)
    while True:
        new = _LEADING_JUNK.sub("", part)
        if new == part:
            break
        part = new
    return part


_NAMED_UNIT_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,8}?(居民区|社区|村|小区|新村|居委会|村委会)")


def _strip_units(role: str, units: list[str]) -> tuple[str, list[str]]:
    """宝山区友谊路街道盘古路居委会主任 → (盘古路居委会主任, [宝山区, 友谊路街道]): the street and district
    above a named neighbourhood body are the person's units, not part of the title."""
    stripped: list[str] = []
    changed = True
    while changed:
        changed = False
        for unit in units:
            rest = role[len(unit) :]
            if role.startswith(unit) and _NAMED_UNIT_HEAD.match(rest) and _ends_with_title(rest):
                role, changed = rest, True
                stripped.append(unit)
    return role, stripped


def _roles_in(phrase: str, doc: _Doc, offset: int) -> list[str]:
    """Title phrases in the text before a name, split at 、; each must end with a title."""
    roles = []
    for part in phrase.split("、"):
        role = _clean_role(part)
        if not role or not _ends_with_title(role) or role in GENERIC_PERSON_NOUNS:
            continue
        # Drop leading verbs/prepositions jieba marks (提到, 看到, 对).
        start_pos = offset + phrase.find(role)
        i = doc.tok_at[start_pos] if start_pos < len(doc.text) else 0
        while (
            i < len(doc.toks)
            and doc.toks[i].start < start_pos + len(role)
            and doc.toks[i].flag in {"v", "p", "c", "d", "r", "u", "ul", "uj", "uz", "ud", "t", "f", "m"}
            and doc.toks[i].word not in TITLE_SET
            and doc.toks[i].start >= start_pos
        ):
            cut = doc.toks[i].end - start_pos
            role = role[cut:] if cut < len(role) else role
            start_pos = doc.toks[i].end
            i += 1
        if role and _ends_with_title(role) and role not in GENERIC_PERSON_NOUNS and len(role) <= 40:
            roles.append(role)
    return roles


def _attach_roles(doc: _Doc, people: dict[str, Entity]) -> None:
    text = doc.text
    mentions = sorted((m for e in people.values() for m in e.mentions), key=lambda m: m.start)
    # Chains of names joined by 、/与/和 share a role stated once for the chain.
    chains: list[list[Mention]] = []
    for m in mentions:
        if chains and text[chains[-1][-1].end : m.start] in _LIST_JOINERS:
            chains[-1].append(m)
        else:
            chains.append([m])
    ends = sorted(m.end for m in mentions)
    for chain in chains:
        first = chain[0]
        before = doc.clause_before(first.start)
        own: dict[int, list[str]] = {}
        for m in chain:
            phrase = doc.clause_before(m.start)
            # Only what stands after an earlier name in the same clause (护士长向璇和人事干事王雅萍).
            prev = [e for e in ends if m.start - len(phrase) <= e < m.start]
            if prev:
                phrase = text[prev[-1] : m.start].lstrip("".join(_LIST_JOINERS))
            own[m.start] = _roles_in(phrase, doc, m.start - len(phrase))
            for age in _AGE_BEFORE.finditer(phrase):
                rest = phrase[age.end() :]
                if 0 < int(age.group(1)) < 120 and (
                    not rest or (_ends_with_title(rest) and "的" not in rest)
                ):
                    m.age = int(age.group(1))
            after = _AGE_AFTER.match(text[m.end : m.end + 10])
            if after and 0 < int(after.group(1)) < 120:
                m.age = int(after.group(1))
        last = chain[-1]
        tail = text[last.end : last.end + 60]
        shared: list[str] = []
        role_after = _ROLE_AFTER.match(tail)
        if role_after:
            rest = doc.clause_after(last.end + role_after.end())
            best = ""
            for t in TITLES_BY_LENGTH:
                idx = rest.rfind(t)
                if idx >= 0 and idx + len(t) > len(best):
                    best = rest[: idx + len(t)]
            best = _clean_role(best)
            if best and best not in GENERIC_PERSON_NOUNS and len(best) <= 40:
                own.setdefault(last.start, []).append(best)
                if len(chain) > 1:
                    shared.append(best)
        list_tail = _LIST_TAIL.match(tail)
        if list_tail:
            rest = doc.clause_after(last.end + list_tail.end())
            for t in TITLES_BY_LENGTH:
                idx = rest.find(t)
                if idx >= 0:
                    role = _clean_role(rest[: idx + len(t)])
                    if role and role not in GENERIC_PERSON_NOUNS:
                        shared.append(role)
                    break
        chain_roles = own.get(first.start, []) if len(chain) > 1 else []
        for m in chain:
            roles = list(own.get(m.start, []))
            if not roles and chain_roles and before:
                roles = list(chain_roles)
            roles += [r for r in shared if r not in roles]
            m.role = "\u0001".join(roles)


# ---------------------------------------------------------------- organisations
_ORG_RE = re.compile("|".join(re.escape(s) for s in ORG_SUFFIXES_BY_LENGTH))


_NAMED_UNIT = re.compile(r"[\u4e00-\u9fff]{2,}(居民区|社区|村|小区|新村)")
_HIGHER_UNITS = ("街道", "镇", "乡", "区", "市", "县", "省", "自治州")
_TEAM_SUFFIXES = ("志愿服务队", "服务队", "突击队", "小分队", "先锋队", "志愿队", "工作队")
_COMMITTEES = {"区委", "市委", "县委", "省委", "州委", "团市委", "团区委", "团县委"}
_ORG_GENERIC_PREFIX = {
    "商户",
    "企业",
    "民营企业",
    "国有企业",
    "国企",
    "物业",
    "疫情防控",
    "防疫",
    "抗疫",
    "机关",
    "党员",
    "单位",
    "部门",
    "公司",
    "居委",
    "驻村",
    "小区",
    "社区",
    "各级",
    "基层",
    "临时",
    "线上",
    "志愿",
    "青年",
    "巾帼",
    "党员志愿",
    "医疗",
}


def _organizations(
    doc: _Doc, gaz: list[tuple[int, int, str, str]]
) -> tuple[list[Entity], list[tuple[int, int]]]:
    text, toks = doc.text, doc.toks
    gaz_start = {p: s for s, e, _, _ in gaz for p in range(s, e)}
    gaz_level = {s: level for s, e, _, level in gaz}
    found: list[tuple[int, int, str]] = []
    for m in _ORG_RE.finditer(text):
        end = m.end()
        nxt = text[end : end + 4]
        if (
            end not in doc.ends
            and not nxt.startswith(TITLES_BY_LENGTH)
            and not nxt.startswith(tuple(ORG_SUFFIXES))
        ):
            continue
        i = doc.tok_at[m.start()]
        start = toks[i].start if toks[i].start < m.start() else m.start()
        j = i - 1
        length = end - start
        while j >= 0:
            t = toks[j]
            if t.word == "驻" and start - 1 == t.end - 1 and j > 0 and toks[j - 1].flag in _ORG_PREFIX_FLAGS:
                start, j = t.start, j - 1
                continue
            if t.word == "”" and m.group(0) in _TEAM_SUFFIXES:
                q = text.rfind("“", max(0, t.start - 12), t.start)
                if q >= 0 and not any(c in CLAUSE_BREAK for c in text[q + 1 : t.start]):
                    start = q
                    j = doc.tok_at[q] - 1
                    break
            single_unit = (
                t.word in _HIGHER_UNITS
                and j > 0
                and _is_cjk(toks[j - 1].word)
                and toks[j - 1].flag in _PROPER_FLAGS
            )  # 马陆/镇
            if t.start in gaz_start or (t.word.endswith(_HIGHER_UNITS) and len(t.word) >= 2) or single_unit:
                unit_start = gaz_start.get(t.start, toks[j - 1].start if single_unit else t.start)
                between = [x for x in toks[j + 1 : doc.tok_at[m.start()]] if x.start < m.start()]
                wide = gaz_level.get(unit_start) in ("city", "province")
                if _NAMED_UNIT.search(text[start : m.start()]) or (
                    not wide and any(x.flag in _PROPER_FLAGS for x in between)
                ):
                    break  # 芷江西路街道 | 普善路居民区党总支: a named body under the street is its own unit
                start, length = unit_start, end - unit_start
                j = doc.tok_at[unit_start] - 1
                continue
            if (
                t.flag not in _ORG_PREFIX_FLAGS
                or t.word in _ORG_PREFIX_STOP
                or not _is_cjk(t.word)
                or length + len(t.word) > 26
            ):
                if t.flag == "m" and t.word.startswith("第") and _is_cjk(t.word):
                    start, length, j = t.start, length + len(t.word), j - 1
                    continue
                break
            start, length, j = t.start, length + len(t.word), j - 1
        name = text[start:end]
        for lead in ("全区", "全市", "各", "该", "本", "原", "由", "市直各", "区直各"):
            if name.startswith(lead) and len(name) - len(lead) >= 3:
                name, start = name[len(lead) :], start + len(lead)
        suffix = m.group(0)
        if name in ORG_GENERIC or name in doc.lexicon.rejected:
            continue
        if len(name) < 3 and not (suffix in ("区委", "市委", "县委", "省委") and name == suffix):
            continue
        if name == suffix and suffix not in ("区委", "市委", "县委", "省委", "团市委", "团区委", "团县委"):
            continue
        head = name[: -len(suffix)]
        if (
            head in _ORG_GENERIC_PREFIX
            or (head in ORG_SUFFIXES and head not in _COMMITTEES)
            or (head in PLACE_SUFFIXES and len(head) > 1)
            or head in ORG_GENERIC
        ):
            continue  # 党员突击队, 指挥部办公室, 居民区党总支: a kind of body, not a named one
        found.append((start, end, name))
    for name in doc.lexicon.organizations:
        for m in re.finditer(re.escape(name), text):
            found.append((m.start(), m.end(), name))
    # Keep an organisation only if it occurs on its own, not just inside a longer one.
    spans = sorted(set(found), key=lambda x: (x[0], -(x[1] - x[0])))
    standalone: dict[str, list[tuple[int, int]]] = {}
    for s, e, name in spans:
        embedded = any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in spans)
        if not embedded:
            standalone.setdefault(name, []).append((s, e))
    entities = []
    for name, occ in standalone.items():
        kind = doc.lexicon.organizations.get(name) or _org_kind(name)
        entities.append(Entity(name, kind, [Mention(s, e) for s, e in occ]))
    entities.sort(key=lambda e: e.mentions[0].start)
    return entities, [(s, e) for s, e, _ in spans]


def _org_kind(name: str) -> str:
    for suffix in ORG_SUFFIXES_BY_LENGTH:
        if name.endswith(suffix):
            return ORG_SUFFIXES[suffix]
    return "other"


# ---------------------------------------------------------------- places
def _gazetteer_index() -> dict[str, list[int]]:
    index: dict[str, set[int]] = {}
    for name in divisions():
        index.setdefault(name[0], set()).add(len(name))
    return {k: sorted(v, reverse=True) for k, v in index.items()}


_GAZ_INDEX: dict[str, list[int]] | None = None
_PLACE_RE = re.compile("|".join(re.escape(s) for s in PLACE_SUFFIXES_BY_LENGTH if len(s) >= 1))
_SUBDIVISION_SUFFIXES = (
    "街道",
    "镇",
    "乡",
    "村",
    "社区",
    "居民区",
    "小区",
    "新村",
    "花园",
    "家园",
    "苑",
    "嘎查",
    "苏木",
)
_HEAD_OF_LONGER = _SUBDIVISION_SUFFIXES + ("路", "街", "大道")


def _gazetteer_spans(doc: _Doc) -> list[tuple[int, int, str, str]]:
    """Division names in the text: full names anywhere, short forms only on jieba word edges."""
    global _GAZ_INDEX
    if _GAZ_INDEX is None:
        _GAZ_INDEX = _gazetteer_index()
    text = doc.text
    divs = divisions()
    found: list[tuple[int, int, str, str]] = []
    full_names = set()
    i = 0
    while i < len(text):
        hit = None
        for n in _GAZ_INDEX.get(text[i]) or ():
            cand = text[i : i + n]
            div = divs.get(cand)
            if div and (cand == div.name or (i in doc.by_start and (i + n) in doc.ends)):
                hit = (i, i + n, cand, div)
                break
        if hit and hit[2] != hit[3].name and text[hit[1] : hit[1] + 2].startswith(_HEAD_OF_LONGER):
            hit = None  # 岳阳 in 岳阳街道, 江苏 in 江苏路街道
        if hit:
            s, e, cand, div = hit
            found.append((s, e, cand, div.level))
            if cand == div.name:
                full_names.add(div.name)
            i = e
        else:
            i += 1
    # A bare district short form counts only if the article also names the full form
    # (静安 with 静安区); province and city short forms (上海, 永州) stand on their own.
    return [
        (s, e, cand, level)
        for s, e, cand, level in found
        if not (cand != divs[cand].name and level == "district" and divs[cand].name not in full_names)
    ]


def _places(
    doc: _Doc, org_entities: list[Entity], gazetteer: list[tuple[int, int, str, str]]
) -> tuple[list[Entity], str]:
    text, toks = doc.text, doc.toks
    found = list(gazetteer)
    # Sub-district units by suffix, walking back over the name tokens before the suffix.
    gaz_spans = [(s, e) for s, e, _, _ in found]
    for m in _PLACE_RE.finditer(text):
        suffix = m.group(0)
        if suffix not in _SUBDIVISION_SUFFIXES:
            continue
        end = m.end()
        nxt = text[end : end + 3]
        if (
            end not in doc.ends
            and not nxt.startswith(tuple(ORG_SUFFIXES))
            and not nxt.startswith(tuple(TITLES_BY_LENGTH))
            and not nxt.startswith(_SUBDIVISION_SUFFIXES)
        ):
            continue
        i = doc.tok_at[m.start()]
        start = toks[i].start if toks[i].start < m.start() else m.start()
        j = i - 1
        while j >= 0:
            t = toks[j]
            if (
                t.flag not in _PLACE_PREFIX_FLAGS
                or not _is_cjk(t.word)
                or (m.start() - t.start) > 9
                or t.word in _ORG_PREFIX_STOP
                or t.word in PLACE_STOP
            ):
                break
            if any(gs <= t.start < ge for gs, ge in gaz_spans):
                break
            if t.word.endswith(("新村", "花园", "家园", "苑")):
                pass  # a compound inside a neighbourhood: 同济新村居民区, 竹园新村小区
            elif t.word.endswith(_SUBDIVISION_SUFFIXES + ("区", "市", "县", "省")):
                break
            if "驻" in t.word:  # jieba glues 驻 to the name after it (驻竹城)
                cut = t.word.rindex("驻") + 1
                if cut < len(t.word):
                    start = t.start + cut
                break
            start, j = t.start, j - 1
        prefix = text[start : m.start()]
        lead = re.match(r"^[一二两三四五六七八九十百千万几多]*[个处座片]|^[各该每这那些全本其]+", prefix)
        if lead:  # 四个小区, 该小区: a count or a pointer, not a name
            if lead.end() == len(prefix):
                continue
            prefix, start = prefix[lead.end() :], start + lead.end()
        if (
            len(prefix) < 2
            or prefix in PLACE_GENERIC_PREFIX
            or prefix[-1:] in ("的",)
            or any((prefix.startswith(g) or prefix.endswith(g)) and len(g) >= 2 for g in PLACE_GENERIC_PREFIX)
            or prefix in PLACE_STOP
            or not _is_cjk(prefix)
            or prefix.endswith(tuple(TITLES_BY_LENGTH))
        ):
            continue
        if suffix in ("花园", "家园", "苑") and not nxt.startswith(("小区",)):
            continue
        found.append((start, end, text[start:end], PLACE_SUFFIXES[suffix]))
    # A named neighbourhood inside a neighbourhood body: 三星坊 in 三星坊居委会.
    for org in org_entities:
        for tail in ("居委会", "村委会", "居民委员会", "村民委员会"):
            if org.name.endswith(tail) and len(org.name) - len(tail) >= 2:
                place = org.name[: -len(tail)]
                if not place.endswith(_SUBDIVISION_SUFFIXES) and _is_cjk(place):
                    for mm in org.mentions:
                        found.append((mm.start, mm.start + len(place), place, "community"))
    for name, kind in doc.lexicon.places.items():
        for mm in re.finditer(re.escape(name), text):
            found.append((mm.start(), mm.end(), name, kind))
    found = [f for f in found if f[2] not in doc.lexicon.rejected and f[2] not in PLACE_STOP]
    spans = sorted(set(found), key=lambda x: (x[0], -(x[1] - x[0])))
    standalone: dict[str, Entity] = {}
    for s, e, name, kind in spans:
        embedded = any(s2 <= s and e <= e2 and (s2, e2) != (s, e) and k2 == kind for s2, e2, _, k2 in spans)
        if embedded and kind in ("compound", "community"):
            continue
        standalone.setdefault(name, Entity(name, kind)).mentions.append(Mention(s, e))
    places = sorted(standalone.values(), key=lambda e: e.mentions[0].start)
    return places, _region(places)


def _region(places: list[Entity]) -> str:
    """The city (or province) the article is mostly about, from the gazetteer places it names."""
    divs = divisions()
    votes: Counter[str] = Counter()
    for place in places:
        div = divs.get(place.name)
        if not div:
            continue
        target = div if div.level != "district" else (city_of(div) or province_of(div) or div)
        if target.level == "province" and div.level == "district":
            target = province_of(div) or target
        votes[target.name] += len(place.mentions)
    return votes.most_common(1)[0][0] if votes else ""


def extract(text: str, lexicon: Lexicon | None = None) -> Extraction:
    """Find people, organisations and places in an article body.

    >>> ex = extract("居民区党总支书记张磊今年33岁。")
    >>> [(p.name, p.roles, p.age) for p in ex.people]
    [('张磊', ['居民区党总支书记'], 33)]
    """
    lexicon = lexicon or Lexicon()
    if lexicon.people or lexicon.organizations or lexicon.places:
        register_lexicon(lexicon)
    doc = _Doc(text, lexicon)
    gaz = _gazetteer_spans(doc)
    orgs, org_spans = _organizations(doc, gaz)
    places, region = _places(doc, orgs, gaz)
    place_spans = [(m.start, m.end) for p in places for m in p.mentions]
    people = _people(doc, org_spans, place_spans)
    org_names = [o.name for o in orgs] + [p.name for p in places if p.kind == "subdistrict"]
    higher = sorted(
        (p.name for p in places if p.kind in ("province", "city", "district", "subdistrict")),
        key=len,
        reverse=True,
    )
    for person in people:
        for m in person.mentions:
            if m.role:
                units: list[str] = []
                roles = []
                for role in m.role.split("\u0001"):
                    role, above = _strip_units(role, higher)
                    roles.append(role)
                    units += [u for u in above if u not in units]
                m.role = "\u0001".join(roles)
                m.organizations = units + [
                    o for o in org_names if o not in units and any(o in r for r in roles)
                ]
    return Extraction(people=people, organizations=orgs, places=places, region=region)
