"""Names jieba did not tag: found by where they stand (after a title, before a speech verb, between
the pause marks of a list of names), however jieba cut their characters.

Each finder returns (start, name) pairs; people.py decides whether they are people of the story.
"""

from __future__ import annotations

import re

from ..lexicon import (
    COMPOUND_SURNAMES,
    CONJUNCTION_SURNAMES,
    KIN_WORDS,
    NAME_STOP_CHARS,
    SPEECH_VERBS,
    SURNAMES,
    WORD_SURNAMES,
)
from .glued import NOT_A_GIVEN_WORD, glued_for
from .name_tails import inside_title
from .names import (
    NAME_FLAGS_OK,
    NOT_NAME_END,
    PARTICLES,
    VERBAL_GIVEN,
    ends_the_name,
    preposition_before_name,
    surname_ok,
)
from .not_names import is_not_a_name
from .roles import ends_with_title
from .tokens import Doc, is_cjk

_SPEECH_AT = re.compile("|".join(SPEECH_VERBS + (":", "：")))
_NOT_A_GIVEN_WORD = glued_for(NOT_A_GIVEN_WORD)  # 员余|欢在: the name's last character and 在


_MANNER = re.compile(r"[\u4e00-\u9fff]{2}地$")  # 激动地, 感慨地: how the words were said


def titled_speakers(doc: Doc) -> list[tuple[int, str]]:
    """群众项至开说 → 项|至|开说: between a title (or person noun) and a speech verb, two or three
    characters led by a surname are the speaker's name, however jieba cut them (a measure word, a
    preposition and a verb here). The stretch must read as no ordinary word or phrase."""
    text, out = doc.text, []
    for verb in _SPEECH_AT.finditer(text):
        colon = verb.group(0) in ":："
        manner = None if colon else _MANNER.search(text, max(0, verb.start() - 4), verb.start())
        said = manner.start() if manner else verb.start()  # 书记甲|激动地|说: the name before the manner
        if manner and said not in doc.by_start:
            said = doc.toks[doc.tok_at(said)].start  # 职工甲|乐呵呵/z|地说: the manner's whole word
        for n in (3, 2):
            start = said - n
            name = text[start:said]
            if start < 1 or not is_cjk(name) or not surname_ok(name) or doc.is_word(name):
                continue
            if n == 3 and name[0] in CONJUNCTION_SURNAMES and name[1] in SURNAMES and name[1] != name[0]:
                continue  # 网格员和|韦明说: the conjunction before a name, not a surname
            given = name[2:] if name[:2] in COMPOUND_SURNAMES else name[1:]
            # 社区党委书记 居委会主任 甲: — a transcript's speaker, set off by a space and the colon:
            # the whole stretch is the name, whatever characters it holds (甲 = 骆去非)
            spaced = colon and text[start - 1] in " \u3000"
            stops = PARTICLES if spaced else NAME_STOP_CHARS | PARTICLES
            if any(ch in stops for ch in given) or name[-1] in NOT_NAME_END:
                continue
            if any(doc.freq(name[a:b]) >= 500 for a, b in ((0, 2), (1, 3)) if b <= n):
                continue  # 书记高兴地说: 高兴 opens a phrase
            title_end = len(text[:start].rstrip(" \u3000")) if colon else start
            if not ends_with_title(doc.clause_before(title_end)):
                continue
            if not is_not_a_name(doc, start, name) and not inside_title(text, start, said):
                out.append((start, name))
                break
    return out


def glued_to_title(doc: Doc) -> list[tuple[int, str]]:
    """Names jieba cut together with the title before them: 网格员王翠竹 → 网格/员王/翠竹,
    where the given name may be the next token or still inside the glued one."""
    out = []
    for i, t in enumerate(doc.toks):
        if len(t.word) < 2 or not any(ch in SURNAMES for ch in t.word[1:]) or not is_cjk(t.word):
            continue  # (a surname's character after the token's first is where a name may start)
        nxt = doc.toks[i + 1] if i + 1 < len(doc.toks) else None
        for cut in range(1, len(t.word)):
            start = t.start + cut
            if t.word[cut] not in SURNAMES:
                continue
            rest = t.word[cut:]
            if len(rest) == 1:  # the surname ends the token, the given name is the next token
                if nxt is None or not is_cjk(nxt.word) or len(nxt.word) > 2:
                    continue
                doubled = len(nxt.word) == 2 and nxt.word[0] == nxt.word[1] and nxt.flag == "z"  # 员陆|冰冰/z
                # 员张|万里/m每天: a given name that opens with a large number's character
                numeral = nxt.flag in "mq" and nxt.word[0] in "万千百" and ends_the_name(doc, i + 2)
                if (
                    nxt.flag not in NAME_FLAGS_OK
                    and not doubled
                    and not numeral
                    and not _closes_clause(doc, nxt)
                    and not _word_given(doc, i + 1)
                ):
                    continue
                if nxt.word[0] in NAME_STOP_CHARS and not numeral:
                    continue
                rest += nxt.word
                if len(nxt.word) == 1 and _lone_last_given(doc, i + 2):
                    rest += doc.toks[i + 2].word  # 律|师范|伟|芳在: jieba split the given name in two
            elif (
                len(rest) == 2
                and nxt is not None
                and len(nxt.word) == 1
                and is_cjk(nxt.word)
                and nxt.word not in NAME_STOP_CHARS
                and nxt.flag in NAME_FLAGS_OK
                and doc.count(rest + nxt.word) == doc.count(rest)
            ):
                rest += nxt.word  # 楼门|长卢国|强: the given name's last character is the next token
            title = ends_with_title(doc.clause_before(start))
            if not 2 <= len(rest) <= 3 or not title:
                continue
            if len(title) <= cut and doc.is_word(t.word):
                continue  # 居民楼|消杀: the title is inside a word of the dictionary (块|长方|雅苇 goes on)
            if not surname_ok(rest) or doc.is_word(rest) or rest[-1] in NOT_NAME_END:
                continue
            if not is_not_a_name(doc, start, rest) and not inside_title(doc.text, start, start + len(rest)):
                out.append((start, rest))
                break
    return out


def _lone_last_given(doc: Doc, k: int) -> bool:
    """A one-character token jieba tagged a name at `k`, after a one-character given name's first
    character, with nothing after it that continues a word (在, 说, a clause mark)."""
    tok = doc.toks[k] if k < len(doc.toks) else None
    return (
        tok is not None
        and len(tok.word) == 1
        and tok.flag == "nr"
        and tok.word not in NAME_STOP_CHARS
        and tok.word not in NOT_NAME_END
        and ends_the_name(doc, k + 1)
    )


def _word_given(doc: Doc, k: int) -> bool:
    """员王|胜利每天…, 员余|欢在…: a given name jieba read as a verb or adjective, with nothing after it
    that reads as its object (员张|贴|通知 is a verb and its object)."""
    tok = doc.toks[k]
    if (
        tok.flag not in VERBAL_GIVEN
        or doc.text.startswith(SPEECH_VERBS, tok.start)
        or tok.word[-1] in _NOT_A_GIVEN_WORD
    ):
        return False
    after = doc.toks[k + 1] if k + 1 < len(doc.toks) else None
    return ends_the_name(doc, k + 1) and (len(tok.word) == 2 or after is not None and after.flag != "x")


def _closes_clause(doc: Doc, tok) -> bool:
    """员张|令, : one character jieba read as a verb, right before a comma, ends the name."""
    return len(tok.word) == 1 and tok.flag == "v" and doc.text[tok.end : tok.end + 1] in ",，"


def listed_name(doc: Doc, start: int, end: int, any_surname: bool = False) -> str | None:
    """葛|天元 (天元 read as a measure word) between two pause marks of a list of names: two or three
    characters led by a surname that are no word of the language are a name whatever jieba made of
    them. `any_surname`: three characters between two names of the list (甲、宛冬梅、乙) are one
    whatever their surname (a rare one the surname list lacks)."""
    name = doc.text[start:end]
    rare = len(name) == 3 and name[0] not in NAME_STOP_CHARS | PARTICLES
    # (甲、防控点、乙: 防控 is a word, no surname and a given name)
    led = surname_ok(name) or any_surname and rare and not doc.is_word(name[:2])
    if not is_cjk(name) or not led or doc.is_word(name) or name[-1] in NOT_NAME_END:
        return None
    i = doc.by_start.get(start)
    if i is not None and doc.toks[i].flag == "c" and doc.toks[i].word in CONJUNCTION_SURNAMES:
        return None  # 甲和|贺松/nr、乙: the conjunction before the list's next name
    if i is not None and preposition_before_name(doc, i):
        return None  # 派出|由/p|柯杰/nr、乙: the preposition before the list's first name
    if any(ch in NAME_STOP_CHARS or ch in PARTICLES for ch in name[1:]):
        return None
    return None if is_not_a_name(doc, start, name) else name


# result and direction complements that close a verb (检查出, 找到, 交给) and jieba may glue to the
# surname after them when the two make a word (出马)
_COMPLEMENTS = frozenset("出到给")
_COMMON_NOUN = 10000  # a noun this frequent in jieba's dictionary (条件, 工作) is no given name


def glued_to_complement(doc: Doc) -> list[tuple[int, str]]:
    """排查|出马|文涛的车辆: a verb, its complement glued to the surname of its object, and the given
    name. Taken only after a verb, where the given name is a noun-like token and what follows the
    name is 的, a clause mark or a predicate, and the three read as no word."""
    out, toks = [], doc.toks
    for i in range(1, len(toks) - 1):
        t, prev, nxt = toks[i], toks[i - 1], toks[i + 1]
        if len(t.word) != 2 or t.word[0] not in _COMPLEMENTS or t.word[1] not in SURNAMES:
            continue
        if not prev.flag.startswith("v") or prev.end != t.start or not 1 <= len(nxt.word) <= 2:
            continue
        if not is_cjk(nxt.word) or nxt.flag not in NAME_FLAGS_OK or nxt.word[0] in NAME_STOP_CHARS:
            continue
        if doc.freq(nxt.word) >= _COMMON_NOUN and doc.tag(nxt.word) == "n":
            continue  # 符合|出海|条件的渔船: a common noun is the object, not a given name
        if len(nxt.word) == 1 and nxt.flag == "n" and doc.is_word(t.word):
            continue  # 开|出门|证: a word (出门), then a one-character noun, the object's own word
        start, name = t.start + 1, t.word[1] + nxt.word
        after = toks[i + 2] if i + 2 < len(toks) else None
        if after is None or not (after.word in ("的", "，", ",", "。") or after.flag[:1] in "vpd"):
            continue
        if not surname_ok(name) or doc.is_word(name) or name[-1] in NOT_NAME_END:
            continue
        if not is_not_a_name(doc, start, name):
            out.append((start, name))
    return out


# Dai names of Yunnan carry no surname: a mark of sex or standing opens them (岩 a man, 玉 and 依 a
# woman, 咪 a mother, 喊 a woman in some places), then one or two characters (岩温, 玉香, 岩罕叫).
_DAI_MARKS = "岩玉依咪喊"
_DAI_AT = re.compile(f"[{_DAI_MARKS}]")
_VERBAL_MARKS = "依喊"  # a preposition and a verb of the language as well (依规, 喊话)
_AGE_IN = re.compile(r"\d{1,3}\s*岁")
_AGE_JUST_BEFORE = re.compile(r"\d{1,3}\s*岁的?$")
_DIGIT_OR_BREAK = re.compile(r"[\d，,。；;：:！？!?、\s“”（）()]")


def _dai_end(doc: Doc, start: int) -> int:
    """Where the name opened by a mark at `start` ends: before a speech verb, a clause mark, a number,
    的/是 or another Dai name after a joiner (岩温和岩罕); else, for one given character, before a
    verb or an adverb (玉香拿着). 0 when nothing after it reads as the end of a name."""
    text = doc.text
    for n in (2, 3):
        end = start + n
        rest = text[end : end + 2]
        if end > len(text) or not _dai_given(text[start + 1 : end]):
            break
        if end == len(text) or rest.startswith(SPEECH_VERBS) or _DIGIT_OR_BREAK.match(rest):
            return end
        if rest[:1] in "的是" or rest[:1] in "和与及" and rest[1:2] in _DAI_MARKS:
            return end
    end = start + 2
    two, one = text[end : end + 2], text[end : end + 1]
    verb = doc.tag(two)[:1] in ("v", "d", "p", "t", "r", "m") or doc.tag(one) in ("v", "d", "p")
    aged = _AGE_IN.search(doc.clause_before(start))  # 网格员依规劝返: 依 and 喊 open phrases too; before
    listed = text[start - 1 : start] in ("和", "与", "及", "、")
    if text[start] in _VERBAL_MARKS and not (aged or listed) and doc.count(text[start:end]) < 2:
        return 0  # a verb, only with an age in the clause, in a list, or with a second mention
    return end if verb and _dai_given(text[start + 1 : end]) else 0


def _dai_given(given: str) -> bool:
    """喊他, 依次: a pronoun, a particle or a function character is no part of a given name."""
    return is_cjk(given) and not any(ch in NAME_STOP_CHARS or ch in "他她我你咱您" for ch in given)


def _evidenced(doc: Doc, start: int, end: int, taken_ends: set[int]) -> bool:
    """A title or status right before (傣族村民岩温), an age (30岁的玉香), a speech verb after at the
    opening of a clause (。岩罕叫说), or a name of the kind already taken joined to it (岩温和岩罕)."""
    text = doc.text
    before = text[max(0, start - 12) : start]
    titled = bool(ends_with_title(doc.clause_before(start))) or bool(_AGE_JUST_BEFORE.search(before))
    opening = start == 0 or text[start - 1] in "。！？!?；;\n“”，,"
    joined = text[start - 1 : start] in ("和", "与", "及", "、") and start - 1 in taken_ends
    return titled or joined or (text.startswith(SPEECH_VERBS, end) and opening)


def dai_names(doc: Doc) -> list[tuple[int, str]]:
    """Dai names: a mark (岩, 玉, 依, 咪, 喊) and one or two characters, taken only on strong evidence
    around them (`_evidenced`)."""
    text, out = doc.text, []
    taken_ends: set[int] = set()
    for m in _DAI_AT.finditer(text):
        start = m.start()
        end = _dai_end(doc, start)
        name = text[start:end]
        if not end or doc.is_word(name) or doc.is_word(text[start - 1 : start + 1]):
            continue  # 岩石, 玉米, 依靠; 花岗岩, 碧玉 (the mark ends a word)
        if _evidenced(doc, start, end, taken_ends):
            out.append((start, name))
            taken_ends.add(end)
    return out


# Tibetan names are one or two of a known stock of two-character elements (扎西, 次仁, 卓玛 …: 次仁卓玛);
# Yi names a clan name and two characters (吉克阿依). Neither has a surname to check.
_TIBETAN = frozenset(
    "扎西 次仁 才让 卓玛 多吉 多杰 尼玛 达瓦 格桑 拉姆 央金 旺堆 顿珠 平措 措姆 德吉 索朗 强巴 罗布 "
    "边巴 普布 巴桑 白玛 桑吉 旦增 丹增 洛桑 群培 曲珍 次旦 拉巴 米玛 益西 嘎玛 贡嘎 仁增 旺姆 卓嘎 "
    "央宗 才旦 更登 贡布 嘉措 加措 坚参 晋美 扎巴 仁青 仁钦 阿旺 土登 索南 泽仁 泽旺 拉珍 "
    "德庆 曲措 措吉 达哇 拉毛 措毛 万玛 旦正 尖措 公保 桑杰 才措 尼珍 玉珍 次珍 普琼 琼达 欧珠 旦巴 "
    "央拉 桑珠 次央 达娃 旦珍 昂旺 勒吉 土旦 泽郎 维色 斯郎 降措 降央 登巴 格勒 旦真 多布".split()
)
_YI_CLANS = frozenset("吉克 阿苦 沙马 阿西 吉伍 海来 曲比 俄木 阿说 吉木 倮伍 瓦其 勒格 阿牛 吉拉".split())
_ELEMENT_AT = re.compile("(?=(" + "|".join(sorted(_TIBETAN | _YI_CLANS)) + "))")
_STRONG_END = re.compile(r"[\d，,。；;：:！？!?、\s“”（）()的是]")


# Common last syllables of a Tibetan name's second element (拉措, 吉毛, 才旦): a known first element and
# two characters ending in one, not a word of the dictionary, make a two-element name (扎西拉措).
_TIBETAN_FINALS = frozenset("措毛姆玛珍杰吉")


def _tibetan_second(doc: Doc, at: int) -> bool:
    pair = doc.text[at : at + 2]
    return len(pair) == 2 and pair[1] in _TIBETAN_FINALS and is_cjk(pair) and not doc.is_word(pair)


def _strong_end(doc: Doc, end: int) -> bool:
    text = doc.text
    return end == len(text) or text.startswith(SPEECH_VERBS, end) or bool(_STRONG_END.match(text, end))


def _titled_element(doc: Doc, start: int) -> bool:
    """牧民达瓦所住的…, 60岁的卓嘎一早…: one element right after a title or an age is the name whatever
    follows it, where jieba ends a word there, unless its first character reads as an adverb before a
    verb (书记才让大家…: 才|让, no name)."""
    text, end = doc.text, start + 2
    before = text[max(0, start - 12) : start]
    titled = bool(ends_with_title(doc.clause_before(start))) or bool(_AGE_JUST_BEFORE.search(before))
    element = text[start:end]
    adverb_first = not doc.is_word(element) and doc.tag(element[0]) == "d"
    return titled and end in doc.by_start and not adverb_first


def element_names(doc: Doc) -> list[tuple[int, str]]:
    """Tibetan and Yi names on the evidence Dai names need: a Tibetan name of two elements ends before
    a verb, an adverb or a clause mark, one of a single element (达瓦, 才让) only before a clause mark,
    a speech verb, 的/是 or a number (书记才让大家… is no name); a Yi name (a clan, two characters)
    as the two-element Tibetan one."""
    text, out = doc.text, []
    taken_ends: set[int] = set()
    for m in _ELEMENT_AT.finditer(text):
        start, head = m.start(), m.group(1)
        if start - 1 in taken_ends:
            continue
        paired = head in _TIBETAN and text[start + 2 : start + 4] in _TIBETAN  # 次仁|卓玛: two of the stock
        if paired or head in _TIBETAN and _tibetan_second(doc, start + 2):
            end = start + 4
        elif (
            head in _YI_CLANS
            and _dai_given(text[start + 2 : start + 4])
            and not doc.is_word(text[start + 2 : start + 4])
        ):
            end = start + 4
        elif head in _TIBETAN and (_strong_end(doc, start + 2) or _titled_element(doc, start)):
            end = start + 2
        else:
            end = 0
        nxt = text[end : end + 2]
        free = end - start == 2 or _strong_end(doc, end) or nxt[:1] in "和与及" or doc.tag(nxt)[:1] in "vdptr"
        if (
            end
            and free
            # (格长|边巴次仁: two elements of the stock need no more evidence, whatever stands before them)
            and (
                paired
                or not doc.is_word(text[start - 1 : start + 1])
                and _evidenced(doc, start, end, taken_ends)
            )
        ):
            out.append((start, text[start:end]))
            taken_ends.add(end)
    return out


_WORD_SURNAME_AT = re.compile(f"[{''.join(sorted(WORD_SURNAMES))}]")
_OPENS_A_PREDICATE = frozenset({"d", "p", "c", "ad"})
_VERBAL_WORD = frozenset({"v", "vn", "vd", "d", "ad", "m", "q", "p", "c", "f", "r"})


def _surnamed_end(doc: Doc, start: int) -> int:
    """Where a name opened by a word surname at `start` ends: three characters, else two, before a
    clause mark, a speech verb, 的/是, or a word jieba cut there that opens a predicate (一边, 及时);
    0 when neither length ends that way or its given name reads as a word of its own (多|跑腿)."""
    text = doc.text
    for end in (start + 3, start + 2):
        given = text[start + 1 : end]
        if (
            end > len(text)
            or not is_cjk(given)
            or any(ch in NAME_STOP_CHARS or ch in PARTICLES for ch in given)
        ):
            continue
        if doc.is_word(text[start:end]) or doc.tag(given) in _VERBAL_WORD or given[-1] in NOT_NAME_END:
            continue
        tok = doc.toks[doc.by_start[end]] if end in doc.by_start else None
        # (占建华|向/p…: a preposition opens the predicate too, one character as it is)
        predicate = (
            tok is not None and tok.flag in _OPENS_A_PREDICATE and (len(tok.word) >= 2 or tok.flag == "p")
        )
        if doc.is_word(given) and len(given) == 2 and not (predicate or _said_after(doc, end)):
            continue  # 书记多|跑腿、少说话: a word after 多 before a mark is a phrase, not a given name
        if _strong_end(doc, end) or predicate or _tagged_whole(doc, start, end):
            return end
    return 0


def _tagged_whole(doc: Doc, start: int, end: int) -> bool:
    """书记步家华/nr|召集…: jieba read the three characters as one personal name."""
    k = doc.by_start.get(start)
    return end - start == 3 and k is not None and doc.toks[k].end == end and doc.toks[k].flag == "nr"


def _said_after(doc: Doc, end: int) -> bool:
    return doc.text.startswith(SPEECH_VERBS, end) or doc.text[end : end + 1] in ("的", "是")


_COUNTED_THINGS = frozenset("职岗项种名位次年人家户")


def word_surnamed(doc: Doc) -> list[tuple[int, str]]:
    """Names in a surname that writes a common word (纳, 多, 百: 书记多智珠说, 负责人百燕一边…): only
    right after a title, a person noun or a kin word (老党员纳某某刚刚…, 儿子纳某是…), and only where
    the name ends as names do."""
    text, out = doc.text, []
    for m in _WORD_SURNAME_AT.finditer(text):
        start = m.start()
        if start == 0 or doc.is_word(text[start - 1 : start + 1]):
            continue  # 很多, 老百姓: the character ends a word
        before = doc.clause_before(start)
        if not (ends_with_title(before) or before.endswith(KIN_WORDS)):
            continue
        end = _surnamed_end(doc, start)
        name = text[start:end]
        if len(name) == 2 and name[1] in _COUNTED_THINGS:
            continue  # 身兼宣讲员和服务员|多职: "many posts", a count of what he holds
        if end and not is_not_a_name(doc, start, name) and not inside_title(text, start, end):
            out.append((start, name))
    return out


# 说话的男孩子叫甲,是…: someone the story points at by a person noun, then named with 叫
_CALLED = re.compile(
    r"(?:男孩子?|女孩子?|小伙子?|姑娘|小姑娘|老人|老汉|大爷|大妈|阿姨|大姐|大哥|志愿者|队员|民警|医生|护士|"
    r"书记|老师|学生|同学|司机|师傅)(?:名)?叫([\u4e00-\u9fff]{2,3}?)(?=[，,。；;]|是)"
)


def called_by_a_person_noun(doc: Doc) -> list[tuple[int, str]]:
    """说话的男孩子叫某某,是…: a person noun, 叫, and the two or three characters up to a mark or 是,
    led by a surname, are that person's name however jieba cut them (叫某/v|某)."""
    return _names_in(doc, _CALLED)


# “甲”,“到”!: a roll call, each name read out in quotes and answered
_ROLL_CALL = re.compile(r"[“\"]([\u4e00-\u9fff]{2,3})[”\"]\s*[，,、]?\s*[“\"]到[！!。]?[”\"]")


def roll_called(doc: Doc) -> list[tuple[int, str]]:
    """“甲”,“到”!“乙”,“到”!: names read out in a roll call, each answered with 到 (here), led by a surname
    and no word of the language."""
    return _names_in(doc, _ROLL_CALL)


def _names_in(doc: Doc, pattern: re.Pattern[str]) -> list[tuple[int, str]]:
    """The names the pattern's first group holds, each led by a surname and no word of the language."""
    out = []
    for m in pattern.finditer(doc.text):
        name = m.group(1)
        if surname_ok(name) and not doc.is_word(name) and not is_not_a_name(doc, m.start(1), name):
            out.append((m.start(1), name))
    return out
