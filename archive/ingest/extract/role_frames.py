"""Roles the genre states in a frame around the name rather than glued to it.

- a title clause, then a clause that only introduces the name: 东坡社区居委会主任,52岁的甲;
  有这样一位老党员,他叫甲; 村里有一位网格员,名叫甲;
- a profile line after the name: 甲,男,52岁,中共党员,东坡村党支部书记。 (fields set off by commas);
- a familiar second mention (老甲, 小甲, 甲叔, 甲师傅) of the only person with that surname: 老甲是…军人.

Pure functions over the text; `roles.attach_roles` adds what they find to the mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import SPEECH_VERBS, TITLE_SET
from .credits import CREDIT_KEYS
from .entities import Occurrence
from .role_scope import (
    ROLE_GENERIC,
    clause_after,
    clause_before,
    ends_with_any_title,
    is_generic,
    longest_title_prefix,
    roles_ahead,
    shortest_title_phrase,
    stated_role,
)
from .tokens import Doc

# What stands between the title clause and the name when the clause only introduces the name.
_BRIDGE = re.compile(
    r"^(?:(?:今年|现年|年仅|已)?\d{1,3}岁(?:的)?|[他她](?:就)?(?:叫|名叫|叫做|就是)|名叫|叫做|叫|就是)?$"
)
# 有这样一位老党员 / 村里有一位网格员: the title after 一位/一名 is what the sentence introduces.
_THERE_IS = re.compile(r"(?:有|是)(?:这样|这么)?(?:一位|一名|一个|位|名)([\u4e00-\u9fff“”]{2,16})$")
_CLAUSE_WORD_FLAGS = {"p", "d", "c", "r", "ad", "vd"}
_TITLE_CLAUSE = re.compile(r"^[\u4e00-\u9fff“”、]{2,24}$")
# A profile opens with the sex, the age or where the person is from (甲,男,…; 甲,52岁,…; 甲,东坡村人,…).
_FIELDS_OPEN = re.compile(r"[，,]\s*(?:[男女]|\d{1,3}\s*岁|[\u4e00-\u9fff]{1,8}人)\s*[，,]")
_PROFILE_AGE = re.compile(r"^(\d{1,3})\s*岁$")
_SENTENCE_STARTS = "。！？!?；;\n"
_FAMILIAR_STATES = re.compile(r"(?:也|还|又|就|曾|早就?)?(?:是|担任|兼任|成为了?|当上了?|当了)")
# 韦姨, 骆叔, 甘师傅: the surname and a word of address for an elder or a tradesman (老甲 and 小甲 too)
_ADDRESSED_BY_KIN = "(?:阿姨|大爷|大妈|大姐|大哥|大叔|大娘|师傅|奶奶|爷爷|叔|姨|婶|伯|姐|哥)"
_CLAUSE_OPENERS = '，,。！？!?；;\n“”"：: '
# The words before a post that are none of it: a count, a capacity, a clause's opening (clean_role)
LEADING_JUNK = re.compile(
    r"^(?:\d+[名位]|一名|一位|一个|名|位|这位|那位|作为|身为|现任|时任|原|曾任|担任|任|是|系(?=中共|党员|共产|一名)"
    r"|该([村镇乡])(?=\1)"  # 该村|村委会主任: the pointer's village, then the body's own word
    # 无论是|网格员, 一对|“夫妻档”: the clause's opening or a pair's count, then the post
    r"|无论是|不管是|不论是|还是|或是|既是|也是|都是|就是|正是|便是|一对)"
)
# 把钱交给|村委会主任甲, 委托|村党支部书记甲: a verb of handing over or asking ends the clause before the post
# (第一时间将|驾驶员, 封村以来|全村村民: the clause's object marker or its time, then the post)
HANDED_TO = re.compile(
    r"(?:交给|交到|交予|送给|送到|送交|委托|托付|找到|找来|告诉|求助于|转交|递给|递到|将(?!军)|把(?!关)|以来)(?=\S*$)"
)


def whole_title(doc: Doc, start: int, clause: str) -> str:
    """The clause at `start` when all of it is a title phrase (东坡社区居委会主任): it ends with a title
    and no word of it is a verb, preposition, adverb or pronoun (大家都感谢志愿者 is a clause of its own)."""
    title = ends_with_any_title(clause)
    if not _TITLE_CLAUSE.match(clause) or not title or clause in ROLE_GENERIC or clause == title == "":
        return ""
    if title in ROLE_GENERIC and len(clause) == len(title):
        return ""
    end = start + len(clause)
    i = doc.tok_at(start)
    first = True
    while i < len(doc.toks) and doc.toks[i].start < end:
        flag = doc.toks[i].flag
        if flag in _CLAUSE_WORD_FLAGS or (first and flag in ("v", "vn")):
            return ""  # (a verb inside a unit's name is part of it: 疫情防控指挥部)
        first = False
        i += 1
    return clause


# (甲,某某馆长:“…”: the speaker's post before what she says, as an interview prints it)
_APPOSED = re.compile(
    r"[，,]\s*(?P<count>一名|一位|是一名|是一位)?(?P<phrase>[^，,。；;！？!?\n“”:：]{2,24})"
    r"(?=[，,。；;]|[:：]\s*“)"
)


def apposed_title(doc: Doc, end: int) -> str:
    """甲,一名退伍军人,主动请缨; 甲,东坡社区党支部书记,…: a clause right after the name that is a
    title phrase and nothing else (a count before it, 一名, or all of it a title) states what the
    name is, or ""."""
    m = _APPOSED.match(doc.text, end)
    if m is None:
        return ""
    phrase = m.group("phrase")
    if m.group("count"):
        title = ends_with_any_title(phrase)
        ok = title and phrase.endswith(title) and "的" not in phrase and not is_generic(phrase)
        return phrase if ok else ""
    return whole_title(doc, m.start("phrase"), phrase)


def titles_before_commas(doc: Doc, start: int) -> list[str]:
    """区物资保障组组长,区政协委员,区卫健局局长甲: posts listed with commas before the name, each
    clause all title; `start` is where the clause glued to the name begins."""
    out: list[str] = []
    pos = start - 1
    while pos > 0 and doc.text[pos] in "，," and len(out) < 4:
        prev = clause_before(doc.text, pos)
        title = whole_title(doc, pos - len(prev), prev)
        if not title or title in ROLE_GENERIC:
            break
        out.insert(0, title)
        pos -= len(prev) + 1
    return out


def introduced_role(doc: Doc, start: int) -> str:
    """The title of the clause before a clause that only introduces the name at `start`, or "".

    >>> from archive.ingest.lexicon import Lexicon
    >>> introduced_role(Doc("东坡社区居委会主任，52岁的卢国强来了", Lexicon()), 14)
    '东坡社区居委会主任'
    >>> introduced_role(Doc("有这样一位老党员，他叫卢国强", Lexicon()), 11)
    '老党员'
    """
    text = doc.text
    bridge = clause_before(text, start)
    if not _BRIDGE.match(bridge):
        return ""
    comma = start - len(bridge) - 1
    if comma < 1 or text[comma] not in "，,":
        return ""
    prev = clause_before(text, comma)
    if not bridge and prev.endswith("们") and ends_with_any_title(prev[:-1]):
        role = prev[:-1].rsplit("的", 1)[-1]  # 东坡社区的网格员们,甲、乙: the group the names are
        return role if role not in ROLE_GENERIC else ""
    if re.match(r"[这那](?:位|名)", prev):
        return ""  # 这位…的老人,就是甲: identified with the name (posts_before.identified_post)
    there = _THERE_IS.search(prev)
    if there and ends_with_any_title(there.group(1)) and there.group(1) not in ROLE_GENERIC:
        return there.group(1)
    opens = comma - len(prev)
    if not bridge or (opens > 0 and text[opens - 1] not in _SENTENCE_STARTS):
        return ""  # the title clause must open its sentence, and something must introduce the name
    return whole_title(doc, opens, prev)


def profile_fields(text: str, end: int) -> tuple[list[str], int | None]:
    """甲,男,52岁,中共党员,东坡村党支部书记。: the titles and the age of a profile after the name.

    >>> profile_fields("卢国强，52岁，东坡村党支部书记。", 3)
    (['东坡村党支部书记'], 52)
    """
    if not _FIELDS_OPEN.match(text, end):
        return [], None
    stop = min((i for i in (text.find(ch, end) for ch in "。\n；;") if i >= 0), default=len(text))
    roles: list[str] = []
    age = None
    for field in re.split(r"[，,]", text[end:stop])[1:]:
        field = field.strip()
        years = _PROFILE_AGE.match(field)
        if years:
            age = int(years.group(1)) if 0 < int(years.group(1)) < 120 else None
        elif 2 <= len(field) <= 30 and ends_with_any_title(field) and field not in ROLE_GENERIC:
            field = re.sub(r"^(?:一名|一位|现任|现为|任)", "", field)  # 甲,一名退伍军人,…; 现任…书记
            if field.endswith("人") and not ends_with_any_title(field).endswith("人"):
                continue  # 东坡村人: where the person is from
            roles.append(field)
    return roles, age


@lru_cache(maxsize=1024)
def _familiar_form(surname: str) -> re.Pattern[str]:
    """老甲, 甲阿姨 before a verb or a break: the forms of address of one surname (compiled once a surname;
    the re module's own cache holds 512 patterns, a long import asks about thousands)."""
    familiar = rf"(?:[老小]{re.escape(surname)}|{re.escape(surname)}{_ADDRESSED_BY_KIN})"
    return re.compile(rf"{familiar}(?=[是也还又就曾早从一在当成，,])")


def familiar_roles(text: str, name: str, surnames: dict[str, int], stop_at: list[int]) -> list[str]:
    """老甲是一名退伍军人: roles stated after 老/小 + the surname when one person of the story has it.
    `surnames` counts the story's people by surname; `stop_at` are the starts of every mention."""
    surname = name[0]
    if surnames.get(surname) != 1:
        return []
    out: list[str] = []
    for m in _familiar_form(surname).finditer(text):
        if m.start() == 0 or text[m.start() - 1] in _CLAUSE_OPENERS:
            after = [s for s in stop_at if s >= m.end()]
            stop = after[0] if after else len(text)
            states = _FAMILIAR_STATES.match(text, m.end())
            found = stated_role(clause_after(text, states.end())) if states else []
            out += [r for r in found + roles_ahead(text, m.end(), stop) if r not in out]
    return out


_LIKE = re.compile(
    r"(?:这样|那样|一样)的([\u4e00-\u9fff]{2,10}?)(?:们)?(?=[，,。；;！？!?\s]|[奉在都也还正默用把为])"
)


def like_this(text: str, start: int, end: int) -> str:
    """许多像甲这样的志愿者, 像甲、乙这样的志愿者, 有甲母女这样的志愿者: the kind of person the name (or
    a list of names, or the name and the kin it goes with) is given as an example of.

    >>> like_this("许多像卢国强这样的志愿者默默奉献", 3, 6)
    '志愿者'
    """
    if _LIKE_HEAD.search(text[max(0, start - 16) : start]) is None:
        return ""
    tail = _LIKE_LIST.match(text, end)
    m = _LIKE.match(text, tail.end() if tail else end)
    role = m.group(1) if m and _all_titles(m.group(1)) else _titles_opening(text, tail.end() if tail else end)
    return role if _all_titles(role) and role not in ROLE_GENERIC else ""


_LIKE_ANY = re.compile(r"(?:这样|那样|一样)的([\u4e00-\u9fff]{2,10})")


def _all_titles(run: str) -> bool:
    """志愿者, 党员志愿者: one title, or a title glued to another (each part a title)."""
    title = ends_with_any_title(run)
    return bool(title) and (title == run or ends_with_any_title(run[: -len(title)]) == run[: -len(title)])


def _titles_opening(text: str, at: int) -> str:
    """像甲一样的志愿者达三万人: the longest run of titles after 这样的/一样的, whatever follows it."""
    m = _LIKE_ANY.match(text, at)
    run = m.group(1) if m else ""
    return next((run[:e] for e in range(len(run), 1, -1) if _all_titles(run[:e])), "")


# 像|有 before the name, or before a list the name closes or continues (像甲、乙这样的)
_LIKE_HEAD = re.compile(r"[像有](?:[\u4e00-\u9fff·]{2,6}?[、和与及])*\Z")
# the rest of a list after the name, and the kin it stands for (甲母女, 甲一家)
_LIKE_LIST = re.compile(
    r"(?:[、和与及][\u4e00-\u9fff·]{2,6}?)*(?:母女|母子|父子|父女|夫妇|夫妻|一家|兄弟|姐妹)?(?=这样|那样|一样)"
)


# Titles written after a name as a form of address (卢国强书记, 邵春梅主任说), longest first; the
# Party's general secretary is named so when a story quotes him (甲总书记强调)
_ADDRESS_TITLES = tuple(
    sorted(
        set(
            "书记 副书记 主任 副主任 老师 医生 队长 所长 院长 站长 局长 科长 部长 镇长 村长 组长 楼长 "
            "校长 社长 会长 经理 警官 护士长 网格员 主委 教授 院士 大队长 支队长 中队长 副队长 教导员 指导员 "
            "厂长 馆长 乡长 秘书长 副大队长 副支队长 副中队长 总队长 支部书记 "
            "市长 县长 区长 副市长 副县长 副区长 副镇长 副局长 副所长 副院长 副站长 副部长 "
            "副校长 副乡长 副组长 副会长 副社长 副经理 总经理 董事长 主席 副主席 "
            "律师 法官 检察官 大夫 工程师 医师 主任医师 主治医师".split()  # (某某律师在…: a profession)
        )
        & TITLE_SET
        | {"总书记", "副教授", "研究员", "烈士", "副乡长"},  # (not in TITLE_SET)
        key=len,
        reverse=True,
    )
)
_UNIT_AFTER_TITLE = set("处室部会团组队事")  # (某某律师事务所: the firm, no title of a person)
_STATUS_AFTER = re.compile(r"((?:中共|共产|预备)?党员|志愿者|义工)(?=[，,。；;、])")
_VERBS_LIKE_UNITS = ("组织", "会同", "部署", "队伍")


def addressed_title(text: str, end: int) -> str:
    """卢国强书记带领大家, 邵春梅主任说: a title written right after the name as a form of address.

    >>> addressed_title("卢国强书记带领大家", 3), addressed_title("卢国强书记处的人", 3)
    ('书记', '')
    """
    status = _STATUS_AFTER.match(text, end)
    if status:  # 甲党员,主动报名: a status printed right after the name, before a break
        return status.group(1)
    title = next((t for t in _ADDRESS_TITLES if text.startswith(t, end)), "")
    after = end + len(title)
    if text.startswith(_VERBS_LIKE_UNITS, after):
        return title  # 甲副主任组织大家…: a verb, not a unit (书记处, 主任组)
    return title if title and text[after : after + 1] not in _UNIT_AFTER_TITLE else ""


_BRACKETED = re.compile(r"[（(]([\u4e00-\u9fff“”、·]{2,24})[)）]")


def bracketed_title(text: str, end: int) -> str:
    """曹波(镇副书记), 龚晓燕（东坡社区网格员）: a title in brackets right after a name, or "".

    >>> bracketed_title("曹波(镇副书记)来了", 2), bracketed_title("曹波(左)来了", 2)
    ('镇副书记', '')
    """
    m = _BRACKETED.match(text, end)
    if m is None:
        return ""
    role = m.group(1)
    return role if ends_with_any_title(role) and not is_generic(role) else ""


_CALLED = re.compile(r"(?:名叫|叫做|名为|叫)$")
_OF_TITLE = re.compile(
    r"的([\u4e00-\u9fff“”]{2,12}?)(?=[，,。；;！？!?\s]|[在正也都就还又把将从到为给和与带主])"
)


def called_then_titled(text: str, start: int, end: int) -> list[str]:
    """一位名叫柴晓燕的志愿者主动报名: after 名叫/叫 NAME, 的 + a title says what the person is."""
    if not _CALLED.search(text, max(0, start - 2), start):
        return []
    m = _OF_TITLE.match(text, end)
    if m is None:
        return []
    role = longest_title_prefix(m.group(1))
    if role == m.group(1) and not is_generic(role):
        return [role]
    # 有个叫甲的老党员送来口罩: the title is followed by what the person does
    role = shortest_title_phrase(clause_after(text, end + 1))
    ok = role and not is_generic(role) and text[end + 1 + len(role) : end + 2 + len(role)] not in "的之"
    return [role] if ok else []


def caption_title(doc: Doc, start: int, phrase: str) -> bool:
    """A caption's title after the name is a title phrase alone: no verb after a title inside it
    (甲副主任组织大家招募志愿者 is a sentence)."""
    if not whole_title(doc, start, phrase):
        return False
    i = doc.tok_at(start)
    while i < len(doc.toks) and doc.toks[i].start < start + len(phrase):
        tok = doc.toks[i]
        if tok.flag.startswith("v") and ends_with_any_title(doc.text[start : tok.start]):
            return False
        i += 1
    return True


_COUNTED = re.compile(r"(\d{1,2}|[一二两三四五六七八九十]{1,2})[名位]([\u4e00-\u9fff“”]{2,14})")
_CREDIT = re.compile(rf"(?:{CREDIT_KEYS})$")
_SMALL_NUMBERS = {ch: n for n, ch in enumerate("零一二三四五六七八九十")} | {"两": 2}


def _count(digits: str) -> int:
    if digits.isdigit():
        return int(digits)
    if len(digits) == 2:  # 十二 (12); 二十 and beyond are no list the genre prints name by name
        return 10 + _SMALL_NUMBERS[digits[1]] if digits[0] == "十" else -1
    return _SMALL_NUMBERS[digits]


def counted_group(text: str, chain: list[Occurrence]) -> list[str]:
    """组织5名党员干部进入社区……人员有:甲、乙、丙、丁、戊: a list of names after a colon is the group the
    paragraph counted before it when the count equals the names; the group's title is their role."""
    if len(chain) < 2 or text[chain[0].start - 1 : chain[0].start] not in (":", "："):
        return []
    paragraph = text[text.rfind("\n", 0, chain[0].start) + 1 : chain[0].start]
    for m in reversed(list(_COUNTED.finditer(paragraph))):
        if _count(m.group(1)) != len(chain):
            continue
        role = longest_title_prefix(m.group(2))
        return [role] if role and not is_generic(role) else []
    # 值守志愿者:甲、乙、丙: a short label that is a title heads the list it introduces (credit keys
    # such as 记者 and 摄影 head bylines, which are metadata).
    label = clause_before(text, chain[0].start - 1).strip()
    titled = ends_with_any_title(label) and not is_generic(label)
    if 2 <= len(label) <= 12 and titled and not _CREDIT.search(label):
        return [label]
    return []


_SPEECH_ALT = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_REPORTED_SELF = re.compile(
    rf"(?:{_SPEECH_ALT})道?\s*[，,:：]?\s*(?:我|自己)?(?:作为|身为)(?:一名|一位|一个|名)?([\u4e00-\u9fff“”]{{2,16}}?)[，,]"
)


def reported_capacity(text: str, end: int) -> str:
    """甲表示，作为一名基层党支部书记，…: the capacity a person gives in reported speech right after
    the name and its speech verb (作为一名党员 is the speaker's)."""
    m = _REPORTED_SELF.match(text, end)
    role = m.group(1) if m else ""
    return role if ends_with_any_title(role) and not is_generic(role) and "的" not in role else ""


_THIS_ONE = re.compile(r"这位|该名")
_SENTENCE_ENDS = re.compile(r"[。！？!?；;\n]")


def this_one_after_a_break(text: str, end: int, stop: int) -> list[str]:
    """甲…。⏎说起…的初衷，这位东坡村党支部书记告诉记者: 这位/该名 and a post in the first sentence of
    the next paragraph, when no one else is named or brought in (一名, 一位) before it, is the
    person named last."""
    brk = text.find("\n", end, stop)
    if brk < 0:
        return []
    tail = _SENTENCE_ENDS.search(text, brk + 1)
    first = text[brk + 1 : min(stop, tail.end() if tail else stop)]
    m = _THIS_ONE.search(first)
    if m is None or re.search(r"一[名位个]|[他她]们", text[end : brk + 1 + m.start()]):
        return []
    role = shortest_title_phrase(clause_after(first, m.end()))
    return [role] if role else []
