"""Lists of names and the post that heads them.

The genre names the people of one duty in a row, separated by 、 or commas, the last
one often joined by 和/及/与, and gives the post once: before the list (网格员甲、乙、丙;
a trade we do not list, 搬运工甲、乙), before 有/包括/分别是/： (志愿者有甲,乙和丙;
参与的有甲、乙), or after it (甲、乙等志愿者). Or each name carries its own title
(书记甲、社区主任乙、网格员丙分头入户). A row of two or more names in that shape is
itself the evidence that they are people; people.py accepts them and gives each its
post. Pure functions over the document's text and tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import COMPOUND_SURNAMES, KIN_WORDS, OFFICE_WORDS, SURNAMES
from .entities import Entity
from .names import NOT_NAME_END, PARTICLES, name_at, surname_ok
from .not_names import is_not_a_name
from .role_scope import ROLE_GENERIC, clause_after, closes_a_title, ends_with_any_title, shortest_title_phrase
from .tokens import CLAUSE_BREAK, Coverage, Doc, is_cjk
from .untagged import listed_name

_SEPARATORS = "、,，"
_JOINERS = ("以及", "和", "及", "与")
_LIST_MARK = re.compile("[、,，和及与]")
# What opens a list: 志愿者有, 参与的有, 成员包括, 分别是, 名单如下：
_INTRO = re.compile(r"(?:(?:有|包括|包含|分别是|分别为|分别有|依次是|名单是|名单为)[:：]?|[:：])$")
# 等 + a count + the post after the list: 甲、乙等5名志愿者, 甲、乙等人
# (包括甲、乙在内的10位志愿者: the row inside a counted group, 在内 closing it)
_AFTER = re.compile(r"(?:等|在内的?)?\s*(?P<counted>(?:\d+|[两几三四五六七八九十]+)\s*[名位])?(?:人)?")
# Nouns for people, by their last morpheme: what makes an unlisted noun before a name a post
# (搬运工, 核酸采样师, 外卖骑手, 快递小哥). Longest first.
_PERSON_SUFFIXES = tuple(
    sorted(
        "员 长 师 手 工 者 生 士 家 官 警 医 哥 姐 嫂 妈 叔 姨 婆 爷 娘 户 "
        "骑手 小哥 代表 干部 党员 书记 主任 委员 青年".split(),
        key=len,
        reverse=True,
    )
)
# Kin, dependants and offices name a person before a name as well (的妻子甲, 军属甲, 秘书处甲).
PERSON_WORDS = KIN_WORDS + OFFICE_WORDS
# Common nouns that end with one of those morphemes and name no person (国家, 人手, 一生, 窗户).
_NOT_PERSON_NOUNS = frozenset(
    "国家 老家 大家 人家 全家 自家 商家 厂家 农家 酒家 娘家 婆家 回家 到家 在家 住家 "
    "双手 人手 一手 一生 人生 卫生 发生 产生 医生们 "
    "窗户 门户 账户 入户 落户 开户 过户 挨户 每户 各户 万户 千户".split()
)
_NOUN_FLAGS = frozenset({"n", "nz", "vn", "b", "ng", "j", "an", "nt"})
_AFTER_KIND = frozenset({"d", "ad", "p", "c", "x", "uj", "ul", "r", "m", "t", "f"})
_COMMON_SURNAME_WORD = 900  # 东方 3993, 西门 967: a direction, a gate; 慕容 753, 司马 669 are names
_HEAD_MAX = 8  # 核酸检测志愿者: a post heading a list is a short noun phrase


@dataclass
class NameList:
    """A row of names: (start, name) in order, the post heading all of them ("" when none), and the
    title each name carries itself (keyed by start)."""

    names: list[tuple[int, str]]
    head: str = ""
    own: dict[int, str] = field(default_factory=dict)


def _name_here(doc: Doc, pos: int) -> str:
    """The name starting at pos: two or three characters (four with a compound surname) led by a
    surname, ending where the list goes on (a separator, a joiner, 等) or where a new word begins.
    It must begin a jieba token (任|务重 of 任务重 does not), and that token is a name jieba tagged,
    the surname alone, or a rare word (no 文明, 居民, 马甲)."""
    text = doc.text
    i = doc.by_start.get(pos)
    if i is None or not (text[pos] in SURNAMES or text[pos : pos + 2] in COMPOUND_SURNAMES):
        return ""
    if closes_a_title(text, pos):
        return ""  # 心理咨询|师邵海: the surname's character closes the title before it (邵海 is the name)
    tok = doc.toks[i]
    tagged = tok.flag.startswith("nr")
    # (上官|彩霞: a compound surname jieba holds as a rarer word still opens a name; 东方, 西门 do not)
    surname_word = tok.word in COMPOUND_SURNAMES and doc.freq(tok.word) < _COMMON_SURNAME_WORD
    if len(tok.word) > 1 and not tagged and doc.freq(tok.word) >= 50 and not surname_word:
        return ""
    for n in (4, 3, 2):
        end = pos + n
        name = text[pos:end]
        if len(name) < n or not _name_shaped(name) or not (_delimited(text, end) or _all_of_them(doc, end)):
            continue
        if len(tok.word) > n or (tagged and not name.startswith(tok.word)):
            continue
        given = name[2:] if name[:2] in COMPOUND_SURNAMES else name[1:]
        if any(ch in PARTICLES or ch in "等和与及" for ch in given):
            continue
        if (doc.is_word(name) and not doc.tag(name).startswith("nr")) or is_not_a_name(doc, pos, name):
            continue
        if tagged or name_at(doc, i) == name or (end in doc.ends and listed_name(doc, pos, end)):
            return name
    found = name_at(doc, i, loose=True)
    if found and doc.is_word(found) and not doc.tag(found).startswith("nr"):
        return ""  # 走访店铺和|商铺: a noun of the dictionary, however rare, is no name in a row
    return found if found and (pos + len(found)) in doc.ends else ""


def _name_shaped(name: str) -> bool:
    """Chinese characters led by a surname, no kin word (孙女), not ending in a character that ends no
    name."""
    return is_cjk(name) and surname_ok(name) and name not in KIN_WORDS and name[-1] not in NOT_NAME_END


def _all_of_them(doc: Doc, p: int) -> bool:
    """甲和乙|都/d|惊诧不已: the adverb of "both, all" closing a row of names (a word of its own)."""
    k = doc.by_start.get(p)
    return k is not None and doc.toks[k].word in ("都", "均") and doc.toks[k].flag == "d"


def _delimited(text: str, p: int) -> bool:
    """Whether a list goes on or ends at p: a separator, joiner, 等 or clause break is there."""
    return (
        p >= len(text)
        or text[p] in _SEPARATORS
        or text[p] in CLAUSE_BREAK
        or text.startswith(_JOINERS + ("等",), p)
    )


def _own_title(doc: Doc, pos: int) -> tuple[str, str]:
    """(title, name) for a segment that is a title glued to a name (社区主任乙), or ("", "")."""
    text = doc.text
    for k in range(2, 13):
        title = ends_with_any_title(text[pos : pos + k])
        if (
            not title
            or any(ch in CLAUSE_BREAK for ch in text[pos : pos + k])
            or _has_function_word(doc, pos, k)
        ):
            continue
        name = _name_here(doc, pos + k)
        if name and title not in ROLE_GENERIC:
            return text[pos : pos + k], name
    return "", ""


def _has_function_word(doc: Doc, pos: int, k: int) -> bool:
    """赶到…向社区干部: a preposition or particle inside shows a clause, not a title phrase."""
    i = doc.tok_at(pos)
    while i < len(doc.toks) and doc.toks[i].start < pos + k:
        if doc.toks[i].flag in ("p", "ul", "uj", "uz", "ug", "r"):
            return True
        i += 1
    return False


def _row(doc: Doc, pos: int) -> tuple[list[tuple[int, str]], dict[int, str], int]:
    """The names of a list starting at pos, their own titles, and where the list ends."""
    text = doc.text
    stop = min(len(text), pos + 160)
    names: list[tuple[int, str]] = []
    own: dict[int, str] = {}
    while pos < stop:
        name = _name_here(doc, pos)
        title = ""
        if not name and len(names) >= 2 and text[pos - 1] == "、":
            name = _between_marks(doc, pos)  # 甲、乙、郑|四海、丙: jieba split the name inside a row
        if not name and names and text[pos - 1] not in ",，":  # 、社区主任乙 (a comma may open a clause)
            title, name = _own_title(doc, pos)
        unit = "" if name else _unit_before_name(doc, pos)  # 分别是青松村甲、石桥村乙: each under its village
        if not name and not unit and names and text[names[0][0] - 1 : names[0][0]] == "的":
            unit = _whose_before_name(doc, pos)  # 某站的甲、某校的乙: each after the 的 of their unit
        if unit:
            name = _name_here(doc, pos + len(unit))
        if not name:
            break
        start = pos + len(title) + len(unit)
        names.append((start, name))
        if title:
            own[start] = title
        pos = start + len(name)
        if text[pos : pos + 1] in tuple(_SEPARATORS):
            pos += 1
        elif text.startswith(_JOINERS, pos):
            pos += next(len(j) for j in _JOINERS if text.startswith(j, pos))
        else:
            break
    return names, own, pos


_UNIT_HEAD = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:村|社区|居委会|街道|镇|乡)")


def _unit_before_name(doc: Doc, pos: int) -> str:
    """A village or community written right before an item's name (青松村|甲), when a name follows it."""
    m = _UNIT_HEAD.match(doc.text, pos)
    return m.group(0) if m and _name_here(doc, m.end()) else ""


# 农机校的|乙: a short phrase and its 的 before the next name of a row whose first name had one too
_WHOSE = re.compile(r"[\u4e00-\u9fff]{2,8}?的")


def _whose_before_name(doc: Doc, pos: int) -> str:
    m = _WHOSE.match(doc.text, pos)
    return m.group(0) if m and _name_here(doc, m.end()) else ""


def _between_marks(doc: Doc, pos: int) -> str:
    """Inside a row of two names or more, a surname and one or two characters standing alone between
    a 、 and the next mark is the next name however jieba cut it (郑|四海), unless it is a common word."""
    text = doc.text
    for n in (3, 2):
        name = text[pos : pos + n]
        if (
            len(name) == n
            and _name_shaped(name)
            and text[pos + n : pos + n + 1] in ("、", "和", "及", "与", "等")
            and not (doc.is_word(name) and doc.freq(name) >= 50)
        ):
            return name
    return ""


_AMONG = re.compile(r"其中[^。！？!?\n，,]{0,4}$")
_COUNTED_GROUP = re.compile(r"(?:\d+|[两三四五六七八九十]+)\s*名")


def _group_before(doc: Doc, pos: int) -> str:
    """组织8名志愿者…,其中甲、乙3人…: a row opened by 其中 takes the post of the last counted group
    (N名 + a title) named before it in the same sentence."""
    text = doc.text
    if not _AMONG.search(text, max(0, pos - 6), pos):
        return ""
    start = max(text.rfind(ch, 0, pos) for ch in "。！？!?\n") + 1
    groups = list(_COUNTED_GROUP.finditer(text, start, pos))
    if not groups:
        return ""
    # the clause ends at a break: put it back, so a clause that is the title alone is read whole
    title = shortest_title_phrase(clause_after(text, groups[-1].end())[:16] + "，")
    return "" if ends_with_any_title(title) in ROLE_GENERIC else title


def noun_head(doc: Doc, end: int) -> str:
    """The noun phrase ending at `end` whose last morpheme is a person suffix (搬运工, 核酸采样员), or
    "": jieba's noun tokens walked back from the name, at most _HEAD_MAX characters."""
    i = doc.tok_at(end - 1) if end > 0 else -1
    if i < 0 or doc.toks[i].end != end:
        return ""
    last = doc.toks[i]
    # jieba reads a three-character trade now and then as a verb (搬运工): its suffix still names a person
    coined = (
        len(last.word) >= 3 and last.word.endswith(_PERSON_SUFFIXES + OFFICE_WORDS) and last.flag not in "il"
    )
    # (挨家挨户/i: an idiom ending in 户 is no household)
    if (
        (last.flag not in _NOUN_FLAGS and not coined)
        or last.word in _NOT_PERSON_NOUNS
        or not is_cjk(last.word)
    ):
        return ""
    start = last.start
    j = i - 1
    if len(last.word) == 1 and j >= 0 and doc.toks[j].flag in ("v", "vn") and len(doc.toks[j].word) == 2:
        start, j = doc.toks[j].start, j - 1  # 采样|师: a duty jieba reads as a verb, then the suffix
    while j >= 0 and doc.toks[j].flag in _NOUN_FLAGS and is_cjk(doc.toks[j].word):
        if end - doc.toks[j].start > _HEAD_MAX:
            break
        start = doc.toks[j].start
        j -= 1
    phrase = doc.text[start:end]
    if last.word in KIN_WORDS:
        return last.word  # 居民甲的家属乙, 军人家属乙: the kin word alone says who the person is
    if len(phrase) < 2 or not phrase.endswith(_PERSON_SUFFIXES + PERSON_WORDS) or phrase in ROLE_GENERIC:
        return ""
    if phrase.endswith("人员"):  # 返乡人员, 进入社区的人员: the 人员 of a trade come from the title list only
        return ""
    return phrase


_POST_OF_TWO = tuple(
    "员师官警医士"
)  # 教官, 军医, 战士 (not 高手, 人工, 家长: two characters of another kind)
# not 哥/姐/叔/姨 (叔叔阿姨辈) or 家/生 (一家, 学生会); 青年 is one (知识青年甲, 返乡青年甲)
_POST_SUFFIXES = (*"员长师手工者官警医士户", "青年")


def person_noun(doc: Doc, start: int) -> str:
    """The noun for people glued before the name at `start` (noun_head) that can be a person's role:
    a trade or office of three characters or more (搬运工, 商会秘书处), a kin or dependant word (妻子,
    军属), or two characters ending in a post's morpheme (教官, 军医; not 高手, 人工), else ""."""
    noun = noun_head(doc, start)
    return noun if len(noun) >= 3 or noun in KIN_WORDS or noun.endswith(_POST_OF_TWO) else ""


def is_post_noun(doc: Doc, start: int) -> bool:
    """Whether that noun names a trade, post, office or kin (搬运工, 秘书处, 军属), which is evidence of a
    name after it; familiar nouns (叔叔|阿姨辈) and 家/生 words are not."""
    noun = person_noun(doc, start)
    return noun.endswith(_POST_SUFFIXES + OFFICE_WORDS) or noun in KIN_WORDS


def _title_before(doc: Doc, pos: int) -> str:
    """The post written right before pos: a title we list, or a noun for people (see _noun_head)."""
    text = doc.text
    clause = text[max(0, pos - 20) : pos]
    for ch in CLAUSE_BREAK:
        clause = clause.rsplit(ch, 1)[-1]
    clause = clause.rsplit("的", 1)[-1]
    title = ends_with_any_title(clause)
    if title and title not in ROLE_GENERIC:
        noun = noun_head(doc, pos)
        return noun if noun.endswith(title) and len(noun) > len(title) else title
    return noun_head(doc, pos)


def _post_after(doc: Doc, pos: int) -> str:
    """甲、乙等志愿者, 甲、乙等5名网格员: the post right after 等 closing a list; after a count of
    people (甲、乙、丙四位脱贫户) the noun that follows is their kind, listed or not."""
    m = _AFTER.match(doc.text, pos)
    if not m or m.end() == pos:
        return ""
    after = clause_after(doc.text, m.end())
    title = shortest_title_phrase(after[:16])
    de = after.find("的", 0, 10)
    if not title and m.group("counted") and de > 0:
        title = shortest_title_phrase(after[de + 1 : de + 17])  # 甲、乙两名经验丰富的|流调队员: what they are
    if title or not m.group("counted"):
        return "" if ends_with_any_title(title) in ROLE_GENERIC else title
    # the shortest run of tokens after the count that ends in a noun for people (脱贫|户: jieba reads
    # the kind as a verb and a measure word); an adverb, a pronoun or a break ends the search
    i = doc.by_start.get(m.end())
    while i is not None and i < len(doc.toks) and doc.toks[i].flag not in _AFTER_KIND:
        tok = doc.toks[i]
        noun = doc.text[m.end() : tok.end]
        if not is_cjk(tok.word) or len(noun) > 6:
            break
        if (
            tok.flag in _NOUN_FLAGS | {"q"}
            and len(noun) >= 2
            and noun.endswith(_PERSON_SUFFIXES + ("户", "人"))
        ):
            return "" if ends_with_any_title(noun) in ROLE_GENERIC else noun
        i += 1
    return ""  # 两名同志|到岗: what they do, not a kind


def name_lists(doc: Doc) -> list[NameList]:
    """Rows of two or more names with their posts. A row counts after an opener (有, 包括, 分别是,
    ：), after a post, or when jieba tagged at least half of its names; a row whose names are each
    titled gives each its own title, and a row under one post gives that post to every name."""
    text = doc.text
    out: list[NameList] = []
    taken = -1
    # a row starts two to four characters before a separator or joiner (a name's length)
    marks = {m.start() - n for m in _LIST_MARK.finditer(text) for n in (2, 3, 4) if m.start() >= n}
    for p in sorted(marks):
        if p <= taken or text[p] not in SURNAMES and text[p : p + 2] not in COMPOUND_SURNAMES:
            continue
        names, own, end = _row(doc, p)
        if len(names) < 2:
            continue
        taken = end
        if text[p - 1 : p] == "、" or text[end : end + 1] == "、":
            continue  # 东坡、西岭、文明…共6个社区: names that are part of a longer list of other things
        opener = _INTRO.search(text, max(0, p - 6), p)
        for k in range(2, 8) if opener is None else ():  # 分别是|青松村|甲、石桥村乙: past the first unit
            if _UNIT_HEAD.fullmatch(text, p - k, p) and (
                opener := _INTRO.search(text, max(0, p - k - 6), p - k)
            ):
                break
        commas = any(text[s + len(n) : s + len(n) + 1] in ",，" for s, n in names[:-1])
        if commas and not opener and not all(_jieba_name(doc, s, n) for s, n in names):
            continue  # a comma also ends clauses: only an opener or jieba's tags make a row of them
        if commas and not opener and len(names) == 2 and not own:
            continue  # 窗外阴冷/nr,甲每天…: one comma between two words ends a clause, it makes no row
        # (4名驻村第一书记，分别是…: the post before the comma that opens the row)
        head = (
            _title_before(doc, opener.start() - (text[opener.start() - 1 : opener.start()] in ",，"))
            if opener
            else ""
        )
        if own:  # 书记甲、社区主任乙: each name has its own title, the first one's stands before it
            first = names[0][0]
            own.setdefault(first, _title_before(doc, first))
            own = {s: t for s, t in own.items() if t}
        elif not head and _and_then_row(text, names):  # 书记甲和乙、丙等同事: the title is 甲's alone
            own = {p: _title_before(doc, p)} if _title_before(doc, p) else {}
        else:
            head = head or _title_before(doc, p) or _post_after(doc, end) or _group_before(doc, p)
        tagged = sum(doc.tag(n).startswith("nr") or _jieba_name(doc, s, n) for s, n in names)
        if not (opener or head or own or 2 * tagged >= len(names)):
            continue
        out.append(NameList(names, head, own))
    return out


def _and_then_row(text: str, names: list[tuple[int, str]]) -> bool:
    joins = [text[s + len(n) : t] for (s, n), (t, _) in zip(names, names[1:], strict=False)]
    return len(joins) > 1 and joins[0] in ("和", "与", "及") and "、" in joins[1:]


def _jieba_name(doc: Doc, start: int, name: str) -> bool:
    i = doc.by_start.get(start)
    return i is not None and doc.toks[i].flag.startswith("nr") and name.startswith(doc.toks[i].word[:2])


def rows_of_names(doc: Doc, inside: Coverage) -> list[NameList]:
    """The rows of names outside units, places and credits (记者 甲、乙 is a byline)."""
    return [
        row
        for row in name_lists(doc)
        if not any(
            s in inside or s + len(n) - 1 in inside or n in doc.lexicon.rejected or doc.text[s - 1 : s] == "·"
            for s, n in row.names
        )
    ]


def give_row_posts(rows: list[NameList], people: dict[str, Entity]) -> None:
    """Each name of a row gets its own title, or else the post heading the row."""
    for row in rows:
        for start, name in row.names:
            person = people.get(name)
            mention = next((m for m in person.mentions if m.start == start), None) if person else None
            if mention is None:
                continue
            post = row.own.get(start) or row.head
            if post and not any(post in r for r in mention.roles):
                mention.roles.append(post)
