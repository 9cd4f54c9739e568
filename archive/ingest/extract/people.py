"""People: jieba's person tags repaired at the edges and accepted only on evidence.

A candidate is a surname-led name jieba tagged `nr` (or a curated name), or a surname-led word with
evidence around it. It becomes a person when the text supports it: a title, age, kin word or capacity
clause before it (党总支书记张磊, 76岁的老党员杨桂云, 的丈夫秦保卫, 作为一名民警,王海峰), a speech
verb, person noun, age or stated title after it (张立民说, 高红梅今年45岁, 傅长顺是…书记), a list with
an accepted name (秦建民、王云波), or a name of three characters jieba found by itself that does not
read as an ordinary phrase (利用微|信, 向右走).
"""

from __future__ import annotations

import re
from collections import Counter

from ..lexicon import (
    COMPOUND_SURNAMES,
    CONJUNCTION_SURNAMES,
    KIN_WORDS,
    SPEECH_VERBS,
    SURNAMES,
)
from .credits import byline_spans, contact_spans
from .entities import Entity, Occurrence
from .honours import honour_before, honours_after
from .name_lists import give_row_posts, is_post_noun, person_noun, rows_of_names
from .names import name_at
from .posts_before import give_posts_before
from .role_frames import addressed_title, apposed_title, bracketed_title, called_then_titled, posts_held
from .role_scope import ROLE_GENERIC, capacity_before, clause_after, stated_role
from .roles import AGE_BEFORE, attach_roles, ends_with_title
from .tokens import CLAUSE_BREAK, Coverage, Doc
from .untagged import glued_to_title, listed_name, titled_speakers

_SUBJECT_NEXT = {"v", "d", "p", "ad", "vd", "c"}
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
    "主委",
    "夫妇",
    "一家",
)
# 支部|老主委, 原|副书记: a character that qualifies the title after it, not a name's last
_BEFORE_A_TITLE = set("老原前副总代新")
# 甲（左）, 甲(右二), 甲（前排左三）, 甲（化名）: a photo caption's position mark or a pseudonym mark
_PICTURED = re.compile(
    r"[（(](?:化名|(?:前排|后排|中排)?[左右中](?:[一二三四五六七八九]|起第?[一二三四五六七八九])?)[）)]"
)
_DIRECTIONS = set("左右东西南北前后上下里外")
_ATTRIBUTIVES = {"各类", "各大", "各家", "多家", "一些", "这些", "那些", "所有"}
_WEARING = re.compile(r"(?:穿|戴|披|套|身着|换上)(?:着|上|起|好)?[\u4e00-\u9fff]{0,8}$")
_REPORTER_BEFORE = re.compile(r"(?:记者|通讯员|实习生|见习记者|特约记者|摄影|摄像)\s*$")
# (甲也是一名老师, 甲同样也是…, 甲既是一名党员: an adverb of addition before 是 states a role too)
_STATES_ROLE = re.compile(r"[，,]?\s*(?:(?:同样也|同时也|同样|也|还|既|又)?是|现任|担任|系|作为|身为)")
_LIST_JOINERS = ("、", "与", "和", "及")
AGE_AFTER = re.compile(r"^(?:[，,]?\s*(?:今年|现年|年仅|已经)?)(\d{1,3})\s*岁")


def _opens_with_common_word(doc: Doc, name: str) -> bool:
    """利用微(信群): three characters jieba tagged a name that open with a very common word of
    another kind; without a title or a speech verb around them they are no evidence of a person."""
    head = name[:2]
    return len(name) == 3 and doc.freq(head) >= 5000 and not doc.tag(head).startswith("nr")


def _reads_as_a_phrase(doc: Doc, i: int, name: str) -> bool:
    """向右走 (a preposition and a direction), 大型|商超 (a word after an attributive): what jieba
    tagged a name reads as an ordinary phrase; only a title or a speech verb makes it a person."""
    if name[0] in CONJUNCTION_SURNAMES and name[1:2] in _DIRECTIONS:
        return True
    prev = doc.toks[i - 1] if i > 0 else None
    return prev is not None and (prev.flag == "b" or prev.word in _ATTRIBUTIVES)


def _given_name_is_a_place(doc: Doc, i: int, name: str, places: Coverage) -> bool:
    """华侨蔡|西宁: after a title, a surname with a city's name as the given name is a person."""
    t = doc.toks[i]
    return len(t.word) == 1 and doc.toks[i + 1].word == name[1:] and doc.toks[i + 1].start in places


_OPEN_QUOTES = '“‘「『"'
_CLOSE_QUOTES = '”’」』"'


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """贡献“金点子”: a word quoted by itself is a coined term, slogan or nickname the story marks as a
    phrase; names of the story's people stand unquoted."""
    return start > 0 and text[start - 1] in _OPEN_QUOTES and text[end : end + 1] in _CLOSE_QUOTES


_COUNTED_GROUP = re.compile(r"(?:\d+|[两几数十百千]+)[余多]?[名位个][\u4e00-\u9fff]{1,6}$")


def _after_a_counted_group(doc: Doc, start: int, end: int) -> bool:
    """90名党员志愿者闻令出征: after a counted group (N名 + title) the words are what the group does;
    one name there would stand in a list of names (两名志愿者甲、乙)."""
    return bool(_COUNTED_GROUP.search(doc.clause_before(start))) and doc.text[end : end + 1] not in "、和与及"


def _title_context(doc: Doc, start: int) -> bool:
    before = doc.clause_before(start)
    if not before and start > 0 and doc.text[start - 1] in " \u3000":
        before = doc.clause_before(start - 1)  # 下沉党员 李雅: a caption's space
    if not before:
        return bool(capacity_before(doc.text, start))  # 作为一名基层民警,王海峰…
    wearing = _WEARING.search(before)
    if wearing and start - len(before) + wearing.start() in doc.by_start:
        return False  # 穿着志愿者马甲: a garment after a title word (not 邵戴小区: 戴 in a name)
    if AGE_BEFORE.search(before[-6:]):
        return True
    # 搬运工甲, 商会秘书处甲, 军属甲: a noun for a post we do not list, right before the name
    return bool(ends_with_title(before)) or before.endswith(KIN_WORDS) or is_post_noun(doc, start)


def _generic_before(doc: Doc, start: int) -> bool:
    """居民连呼, 市民纷纷: a generic person noun is as often followed by a verb as by a name."""
    return ends_with_title(doc.clause_before(start)) in ROLE_GENERIC


def _role_stated_after(doc: Doc, end: int) -> bool:
    """傅长顺是东湖社区党支部书记, 曹波(镇副书记): a title stated of the word right after it."""
    if bracketed_title(doc.text, end) or apposed_title(doc, end):
        return True  # 曹波(镇副书记), 甲,一名退伍军人,…
    verb = _STATES_ROLE.match(doc.text, end)
    if not verb:
        return False
    clause = clause_after(doc.text, verb.end())
    if re.search(r"的(?:一位|一名|一员)$", clause):
        return True  # 胡青山是巡逻队中最年长的一位: what he is stated to be is one person of a group
    return any(r not in ROLE_GENERIC for r in stated_role(clause))


def _speaks_later(text: str, end: int) -> bool:
    stop = min((i for i in (text.find(ch, end) for ch in "。！？!?“\n") if i >= 0), default=len(text))
    return stop - end <= 30 and any(v in text[end:stop] for v in SPEECH_VERBS)


def _speech_after(doc: Doc, end: int) -> bool:
    after = doc.text[end : end + 8]
    return (
        after.startswith(SPEECH_VERBS) or after.startswith(_AFTER_NAME_NOUNS) or bool(AGE_AFTER.match(after))
    )


def _candidates(doc: Doc, inside: Coverage, places: Coverage) -> tuple[dict[int, str], set[str], set[str]]:
    """Names by start offset, the ones accepted, and the ones accepted on evidence around them (not
    only because jieba tagged them)."""
    text = doc.text
    cands: dict[int, str] = {}
    accepted: set[str] = {n for n in doc.lexicon.people if doc.count(n)}
    supported = set(accepted)
    held = Coverage(len(text), [(start, end) for start, end, _ in posts_held(text)])
    for i, t in enumerate(doc.toks):
        strong_tag = t.flag in {"nr", "nrfg", "nrt"} or t.word in doc.lexicon.people
        # 欧阳|志远/nrfg: a compound surname jieba cut off a given name it tagged a name
        strong_tag = strong_tag or (
            t.word in COMPOUND_SURNAMES and i + 1 < len(doc.toks) and doc.toks[i + 1].flag.startswith("nr")
        )
        surname_led = t.word[:1] in SURNAMES or t.word in COMPOUND_SURNAMES
        if not strong_tag and not surname_led:
            continue
        titled = _title_context(doc, t.start)
        name = name_at(doc, i, loose=titled)
        if not name or t.start in inside:
            continue
        city_named = titled and _given_name_is_a_place(doc, i, name, places)
        if t.start + len(name) - 1 in inside and not city_named:
            continue  # overlaps a unit
        person_noun_before = titled  # 普通市民韦刚: no evidence to take a word, but support for a name
        if titled and len(name) == 2 and _generic_before(doc, t.start):
            titled = False  # 居民连呼: a two-character word after 居民 needs evidence of its own
        end = t.start + len(name)
        if _quoted_alone(text, t.start, end) or _after_a_counted_group(doc, t.start, end):
            continue
        aged = bool(AGE_AFTER.match(text[end : end + 10]))  # 高红梅今年45岁
        # 据卢国强介绍: a source the story cites by name (据 + name + speech verb) is a person
        cited = text[t.start - 1 : t.start] == "据" and text[end:].startswith(SPEECH_VERBS)
        # ”苗秀英隔着铁门笑了笑,轻声回答: a name right after a quotation, whose sentence goes on to a
        # speech verb, is the speaker
        cited = cited or (text[t.start - 1 : t.start] == "”" and _speaks_later(text, end))
        titled = titled or bool(called_then_titled(text, t.start, end))  # 一个叫龚德福的老党员
        # “最美志愿者”甲, 被评为“优秀网格员”的甲, 甲被授予“抗疫先锋”称号: an honour names a person
        titled = titled or bool(honour_before(text, t.start, end) or honours_after(text, end))
        # 孙|德福书记带领…, 高|兴旺(左): a form of address or a caption's mark after the name is evidence
        # of a name jieba cut up, as a title before it is
        # (楼宇|副书记, 支部老|主委: a word of the language or a qualifier before the title is no name)
        addressed = (
            bool(addressed_title(text, end)) and name[-1] not in _BEFORE_A_TITLE and not doc.is_word(name)
        )
        addressed = addressed or bool(_PICTURED.match(text, end)) or t.start in held  # 由甲担任组长
        # 孙|德福说, 高|兴旺表示: three characters jieba cut up, right before a speech verb, are the speaker
        addressed = addressed or len(name) >= 3 and text.startswith(SPEECH_VERBS, end)
        if not (strong_tag or titled or aged or cited or addressed or _role_stated_after(doc, end)):
            continue
        if not strong_tag and doc.is_word(name):
            continue  # 商量, 包干: an ordinary word after a title, not a name
        cands[t.start] = name
        nxt = doc.toks[i + 1] if i + 1 < len(doc.toks) and t.word == name else None
        # A two-character name jieba invented is trusted only as the subject of a verb (万鹏参加).
        jieba_found_whole = (
            strong_tag
            and t.word == name
            and (len(name) >= 3 or (not doc.is_word(name) and nxt is not None and nxt.flag in _SUBJECT_NEXT))
            and not _opens_with_common_word(doc, name)
            and not _reads_as_a_phrase(doc, i, name)
        )
        evidence = titled or cited or addressed or _speech_after(doc, end) or _role_stated_after(doc, end)
        if jieba_found_whole or evidence:
            accepted.add(name)
        if evidence or person_noun_before or aged or _supported_around(doc, t.start, end):
            supported.add(name)
    for start, name in glued_to_title(doc) + titled_speakers(doc) + _transliterated(doc):
        if start not in inside and name not in doc.lexicon.rejected:
            cands.setdefault(start, name)
            accepted.add(name)
            supported.add(name)
    return cands, accepted, supported


_ROUGH_AGE_BEFORE = re.compile(r"\d{1,3}\s*[多余]?\s*岁(?:的)?$")
_QUOTE_AFTER = re.compile(r"[^，,。；;！？!?\n“”]{0,8}[:：]?“")


def _supported_around(doc: Doc, start: int, end: int) -> bool:
    """Evidence of a person that gives no role: a rough age before (30多岁的卢国强), a quotation the
    name introduces (张三那句“…”, 张三:“…”)."""
    return bool(_ROUGH_AGE_BEFORE.search(doc.text, max(0, start - 8), start)) or bool(
        _QUOTE_AFTER.match(doc.text, end)
    )


_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}")


def _transliterated(doc: Doc) -> list[tuple[int, str]]:
    """阿依古丽·买买提-like names (Uyghur, Kazakh, Tibetan and foreign names written with a middle dot)
    have no surname to check: the dotted run is a name when a title stands before it or a speech
    verb or a stated role after it; a title glued before the run is cut off."""
    text, out = doc.text, []
    for m in _DOTTED.finditer(text):
        dot = m.start() + m.group(0).index("·")
        start = m.start()
        for k in range(1, dot - start):
            if ends_with_title(text[start : start + k]) and not ends_with_title(text[start : start + k + 1]):
                start = m.start() + k  # 志愿者阿依古丽: the title glued before the name is no part of it
        titled = start > m.start() or bool(ends_with_title(doc.clause_before(start)))
        for end in range(dot + 2, m.end() + 1):
            nxt = doc.toks[doc.tok_at(end)] if end < len(text) and end in doc.by_start else None
            stated = _speech_after(doc, end) or _role_stated_after(doc, end)
            free = (
                end == len(text)
                or text[end] in CLAUSE_BREAK
                or (nxt is not None and nxt.flag in _SUBJECT_NEXT | {"r", "t"})
            )
            if stated or (titled and free):
                if 4 <= end - start <= 12:
                    out.append((start, text[start:end]))
                break
    return out


def _grow_lists(doc: Doc, cands: dict[int, str], accepted: set[str], supported: set[str]) -> None:
    """A candidate joined by 、/与/和 to an accepted name is a person too (秦建民、王云波、余波)."""
    text = doc.text
    for name in sorted(accepted | set(cands.values())):  # candidates too: a list grows from either end
        for start in doc.occurrences(name):
            end = start + len(name)
            after = end + 1
            if text[end:after] == "、" and after in doc.by_start:  # 柯玉芬、许咨成 (许 tagged a number)
                # a place in a list of names is evidence, as a title is (乔|立新: 立新 read as an adverb)
                cand = name_at(doc, doc.by_start[after], loose=True)
                for n in (3, 2):
                    if not cand and text[after + n : after + n + 1] in "、等和与及":
                        cand = listed_name(doc, after, after + n)
                if cand:
                    cands.setdefault(after, cand)
            if start >= 1 and text[start - 1] in "、与和及":
                joint = start - 1
                for n in (3, 2):
                    p = joint - n
                    if p >= 0 and p in doc.by_start:
                        cand = name_at(doc, doc.by_start[p], loose=True) or listed_name(doc, p, joint)
                        if cand == text[p:joint]:
                            cands.setdefault(p, cand)
                            break
    for _ in range(3):
        grew = False
        for start, name in cands.items():
            if name in accepted:
                continue
            end = start + len(name)
            joined_left = (
                start >= 1
                and text[start - 1] in _LIST_JOINERS
                and any(text[start - 1 - n : start - 1] in accepted for n in (2, 3, 4))
            )
            joined_right = text[end : end + 1] in _LIST_JOINERS and any(
                text[end + 1 : end + 1 + n] in accepted for n in (2, 3, 4)
            )
            if joined_left or joined_right:
                accepted.add(name)
                supported.add(name)
                grew = True
        if not grew:
            break
    for start, name in cands.items():  # 秦建民、王云波、余波: every name of a list supports the others
        end = start + len(name)
        if name in accepted and (
            text[start - 1 : start] in _LIST_JOINERS
            and any(text[start - 1 - n : start - 1] in accepted for n in (2, 3, 4))
            or text[end : end + 1] in _LIST_JOINERS
            and any(text[end + 1 : end + 1 + n] in accepted for n in (2, 3, 4))
        ):
            supported.add(name)


def _glued_credits(text: str, cands: dict[int, str]) -> list[tuple[int, int]]:
    """记者李凤虎刘梦珂他是…: names right after a reporter's key, and names glued to those, are the
    credit, whatever the credit patterns made of the run (a reporter is never a person of the story)."""
    spans: list[tuple[int, int]] = []
    for start in sorted(cands):
        if _REPORTER_BEFORE.search(text, max(0, start - 8), start) or (spans and spans[-1][1] == start):
            spans.append((start, start + len(cands[start])))
    return spans


def find_people(
    doc: Doc, org_spans: list[tuple[int, int]], place_spans: list[tuple[int, int]]
) -> list[Entity]:
    """The people of the article, each with every occurrence, roles and age attached."""
    text = doc.text
    bylines = byline_spans(text)
    credits = bylines + contact_spans(text)
    inside = Coverage(len(text), org_spans + place_spans + credits)
    cands, accepted, supported = _candidates(doc, inside, Coverage(len(text), place_spans))
    _grow_lists(doc, cands, accepted, supported)
    rows = rows_of_names(doc, inside)
    for row in rows:  # 志愿者有甲,乙和丙: a row of names is evidence of every name in it
        for start, name in row.names:
            cands.setdefault(start, name)
            accepted.add(name)
            supported.add(name)
    glued = _glued_credits(text, cands)
    credits += glued
    accepted -= doc.lexicon.rejected
    # A name in a credit (（通讯员 龚晓燕）) is the story's author; where the story names her too
    # (驻村干部龚晓燕), she is still no person of it (reporters are metadata, never people).
    in_credit = Coverage(len(text), bylines + glued)  # a contact line's name may be the story's
    accepted = {n for n in accepted if not any(s in in_credit for s in doc.occurrences(n))}
    # Drop a name that is only ever part of a longer accepted one (王斌 inside 王斌之).
    counts = Counter({name: doc.count(name) for name in accepted})
    longer: dict[str, list[str]] = {}
    for other in accepted:
        for a in range(len(other)):
            for b in range(a + 2, len(other) + 1):
                if b - a < len(other):
                    longer.setdefault(other[a:b], []).append(other)
    for name in list(accepted):
        if any(counts[name] == counts[other] for other in longer.get(name, ())):
            accepted.discard(name)
    people: dict[str, Entity] = {}
    taken = Coverage(len(text), credits)
    for name in sorted(accepted, key=lambda n: (-len(n), n)):
        for start in doc.occurrences(name):
            if start in taken:
                continue
            taken.add(start, start + len(name))
            people.setdefault(name, Entity(name, "person")).mentions.append(
                Occurrence(start, start + len(name))
            )
    attach_roles(doc, people)
    give_row_posts(rows, people)
    give_posts_before(doc, people)  # 她是社区的网格员。甲每天…
    for start, end, post in posts_held(text):  # 医疗队组长由甲、乙担任
        for m in (m for p in people.values() for m in p.mentions if start <= m.start < end):
            m.roles += [] if any(post in r or r in post for r in m.roles) else [post]
    found = [p for p in people.values() if p.name in supported or _more_than_a_tag(doc, p)]
    for person in found:  # 搬运工甲: a noun for people we do not list, glued to the name
        for m in person.mentions:  # (岗位科学家甲老师: beside a title found elsewhere, too)
            trade = person_noun(doc, m.start)
            m.roles += [trade] if trade and not any(trade in r or r in trade for r in m.roles) else []
    return sorted(found, key=lambda e: e.mentions[0].start)


def _more_than_a_tag(doc: Doc, person: Entity) -> bool:
    """万年青, 丁香花: jieba tags a phrase a name now and then. A name nothing around it supports (no
    title, speech verb, age, kin word or list of names) is a person only when the story says more
    of it: a role found anywhere, an age, or a second mention."""
    return bool(person.roles) or person.age is not None or len(person.mentions) > 1
