"""A given name's last character that jieba cut off as a word of its own (骆根|来说, 骆建|和说).

A one-character given name is read where the name has two characters and every mention of it is
followed by the same character: that character belongs to the name when, at least once, the three
characters are followed by what follows a name (a speech verb, 今年, 是, 的, a clause mark) and the
character does not make a word with what follows it (对韦华|来说 and 韦娟|正在 stay two-character
names: 来说 and 正在 are words). A character that never ends a given name (说, 的, 也, 又 …) is
never taken. The other way round, a character jieba glued to a name is cut off where it is an
adverb of the predicate (韦英先|把, 骆娟正|拿着) or a conjunction before a name the story also
writes bare (但|宗丽).
"""

from __future__ import annotations

import re

from ..lexicon import NAME_STOP_CHARS, SPEECH_VERBS, SURNAMES, TITLES_BY_LENGTH, UNIT_END_CHARS
from .role_scope import ROLE_GENERIC
from .roles import ends_with_title
from .tokens import Doc, is_cjk

# particles, the copula, speech verbs, adverbs and prepositions: what follows a name, never its end
_NEVER_LAST = frozenset(
    "的了着过们吗呢吧啊呀是系说讲道问答称笑想在也都就还又才再已曾等每各这那其之所被把将让给向对从"
    "便却则只先总常早仍更最很太真正时忙"
)
# adverbs that open a predicate, so never stand before a clause mark (才, 就, 也 …), and those marks
_OPENS_A_PREDICATE = frozenset("才就都也还又再便却仍已曾只先总更最很太")
_CLAUSE_MARKS = frozenset("，,。、；;！!？?")
_WITH_OTHERS = ("他们", "她们", "等人")  # 甲乙丙他们: the person and those with them
# (half-width marks too, as many pages print them: 甲,男,53岁; and 同志 after a name: 甲同志)
_AFTER_A_NAME = (*SPEECH_VERBS, "今年", "是", "的", "同志", *"，。：、；！？”,:;!?")


def _named_after(doc: Doc, end: int) -> bool:
    text = doc.text
    follow = next((w for w in _AFTER_A_NAME if text.startswith(w, end)), None)
    if follow is None:
        return False
    last = text[end - 1]
    return not (doc.is_word(last + text[end : end + 1]) or doc.is_word(last + text[end : end + 2]))


def grown_name(doc: Doc, name: str) -> str | None:
    """The three-character name a two-character one is always a cut of, or None."""
    if len(name) != 2:
        return None
    starts = doc.occurrences(name)
    text = doc.text
    tails = {text[s + 2 : s + 3] for s in starts}
    if len(tails) != 1:
        return None
    tail = tails.pop()
    longer = name + tail
    at = doc.occurrences(longer)
    ends = [text[s + 3 : s + 4] in _CLAUSE_MARKS for s in at]
    others = [text.startswith(_WITH_OTHERS, s + 3) for s in at]
    if tail in _OPENS_A_PREDICATE and any(ends) and all(a or b for a, b in zip(ends, others, strict=True)):
        return longer  # 村书记甲乙|才/d|,: an adverb opens what follows it and never closes a clause
        # (nor stands before 他们: 甲乙都他们… is the person and the others with them)
    if not ("\u4e00" <= tail <= "\u9fff") or tail in _NEVER_LAST:
        return None
    if not any(_named_after(doc, s + 3) for s in doc.occurrences(longer)):
        return None
    return longer


# adverbs that open a predicate and seldom end a given name (才 and 正 end many names: not here)
_ADVERBS_AFTER_A_NAME = frozenset("先也都就还又便却仍已曾均亦总")
_PREDICATE_FLAGS = ("v", "p", "d")


_AS_USUAL = ("往常", "平时", "平常", "以往", "往年", "过去", "以前")
_FROM_WHEN = re.compile(r"[0-9０-９一二三四五六七八九十今去本年月疫春节]")
# 在 before a place or a time, 去 before a verb: the preposition or the verb of motion, glued by jieba
_GLUED_MOTION = {"在": {"ns", "nz", "s", "t", "f", "m"}, "去": {"v", "vn"}}


def adverb_cut_off(doc: Doc, name: str, start: int) -> str | None:
    """韦英先|把物资…, 韦英|先/d|到: a two-character name jieba glued to the adverb after it (or left it
    beside the name where the count of the two said the three belong together). The two are the name
    when every mention of the three goes on with a verb, a preposition or another adverb, and none
    with what follows a name (说, 的, a clause mark). 孙立|自2月3日开始, 钱雯|自疫情开始: 自/从
    opening a time (at `start`, this mention) is no part of the name either, nor 于 before a date
    (颜彬|于2019年被选派)."""
    if len(name) == 3 and name[-1] in "自从于" and _FROM_WHEN.match(doc.text, start + 3):
        return name[:2]
    if len(name) == 3 and name[-1] in "两二三四五六七八九" and doc.text[start + 3 : start + 4] in "人名位":
        return name[:2]  # 甲、乙、肖广|三人均是…: the count of the list, not the name's last character
    if len(name) == 3 and name[-1] == "忙" and doc.text[start + 3 : start + 4] in "完着了碌":
        return name[:2]  # 护士长文雯|忙完…: the verb after the name
    if len(name) == 3 and name[-1] == "像" and doc.text.startswith(_AS_USUAL, start + 3):
        return name[:2]  # 志愿者甲乙像|往常一样: "as usual", no part of the name
    if len(name) == 3 and name[-1] == "说":  # 骆|明说/v: the speech verb glued to a one-character given name
        return name[:2]
    if len(name) == 3 and name[-1] == "正":  # 骆娟正/nr|拿|着: 正 of an action going on
        starts = doc.occurrences(name)
        # 骆娟正|耐心地…, where the story names 骆娟 bare elsewhere: 正 before any predicate
        bare = doc.count(name[:2]) > len(starts)
        going_on = [
            in_progress(doc, doc.by_start.get(s + 3)) or bare and _predicate(doc, s + 3) for s in starts
        ]
        return name[:2] if starts and all(going_on) else None
    if len(name) == 3 and name[-1] in "和与及" and doc.count(name[:2]) > doc.count(name):
        k = doc.by_start.get(start + 3)  # 李荣和/nrfg|戈建秀/nr, where the story names 李荣 bare elsewhere
        return name[:2] if k is not None and doc.toks[k].flag.startswith("nr") else None
    if len(name) == 3 and name[-1] in "刚才":  # 聂丰刚|安排完…, where the story names 聂丰 bare elsewhere
        starts = doc.occurrences(name)  # (刚 and 才 end many given names: 志刚, 英才)
        bare = doc.count(name[:2]) > len(starts)
        return name[:2] if starts and bare and all(_predicate(doc, s + 3) for s in starts) else None
    if len(name) == 3 and name[-1] in _GLUED_MOTION:  # 李娴在|龙泉驿区, 高|飞去|排查
        starts = doc.occurrences(name)
        after = [doc.by_start.get(s + 3) for s in starts]
        want = _GLUED_MOTION[name[-1]]
        return name[:2] if starts and all(k is not None and doc.toks[k].flag in want for k in after) else None
    if len(name) != 3 or name[-1] not in _ADVERBS_AFTER_A_NAME:
        return None
    starts = doc.occurrences(name)
    if not starts or any(_named_after(doc, s + 3) for s in starts):
        return None
    for s in starts:
        k = doc.by_start.get(s + 3)
        if k is None or not doc.toks[k].flag.startswith(_PREDICATE_FLAGS):
            return None
    return name[:2]


_PERSONAL_PRONOUNS = set("他 她 我 你 您 他们 她们 我们 你们 大家 自己".split())


def verb_and_object(doc: Doc, i: int) -> bool:
    """儿子黄亮/nr|办/v|婚宴, 副书记柯辉/nr|劝/v|他: token i a name jieba tagged, then a one-character verb
    and a noun or a person's pronoun (the verb and its object, no third character of the name)."""
    toks = doc.toks
    if i + 2 >= len(toks):
        return False
    verb, obj = toks[i + 1], toks[i + 2]
    person = obj.word in _PERSONAL_PRONOUNS
    return toks[i].flag.startswith("nr") and verb.flag == "v" and (obj.flag in ("n", "vn", "nz") or person)


def given_he(doc: Doc, name: str, start: int) -> str | None:
    """牧民王喜|和/c|原来/d…: 和 after a two-character name, with an adverb or a time word after it
    (no second name, no noun), is no conjunction but the given name's last character."""
    end = start + len(name)
    if len(name) == 2 and doc.text.startswith("和和", end):
        return name + "和"  # 甲乙和|和丙: two 和 in a row, the first is the name's (no conjunction doubles)
    k = doc.by_start.get(end)
    if len(name) != 2 or k is None or doc.toks[k].word != "和" or k + 1 >= len(doc.toks):
        return None
    if doc.count(name + "和") < doc.count(name):
        return None  # 李荣和戈建秀…, 李荣说: the story names 李荣 without 和 too
    return (
        name + "和"
        if doc.toks[k + 1].flag in ("d", "t") and doc.toks[k + 1].word not in ("一起", "一同")
        else None
    )


def _predicate(doc: Doc, pos: int) -> bool:
    k = doc.by_start.get(pos)
    if k is not None and doc.toks[k].flag == "l":  # 打电话/l, 挨家挨户/l: a set phrase opening with a verb
        return doc.tag(doc.toks[k].word[:1]).startswith("v")
    return k is not None and doc.toks[k].flag.startswith(("v", "p", "d", "a"))


def in_progress(doc: Doc, k: int | None) -> bool:
    """骆娟|正|拿|着, 骆娟|正|在…: 正 before a verb with 着 (or before 在) marks an action going on."""
    verb = doc.toks[k] if k is not None and k < len(doc.toks) else None
    after = doc.toks[k + 1] if verb is not None and k + 1 < len(doc.toks) else None
    return bool(verb and (verb.word[:1] == "在" or verb.flag[:1] == "v" and after and after.word[:1] == "着"))


def glued_conjunction(doc: Doc, name: str) -> bool:
    """但|宗丽 (jieba's 但宗丽/nr): a conjunction glued to a name the story also names without it."""
    return len(name) == 3 and doc.tag(name[0]) == "c" and doc.count(name[1:]) > doc.count(name)


# what follows 等 closing a list of names: 人, 同志, a count (5名, 二十余名, 多名, 几位); or what makes a
# verb of waiting with it (甲|平等|待了一夜: 等待, 等候, 等着)
_LIST_AFTER_DENG = re.compile(r"(?:人|同志|待|候|着|\d|[一二两三四五六七八九十几数多]+[余多]?[名位个人])")


def glued_to_deng(doc: Doc, i: int, loose: bool) -> str | None:
    """骆志|平等|人, 韦建|中等|5名: a given name's last character jieba glued to the 等 closing a list
    (平等, 中等 are words), where a list's tail follows 等; 骆志|平等|待: or to the 等 of 等待."""
    w = doc.toks[i].word
    nxt = doc.toks[i + 1] if i + 1 < len(doc.toks) else None
    if (
        len(w) == 2
        and w[0] in SURNAMES
        and nxt is not None
        and len(nxt.word) == 2
        and nxt.word[1] == "等"
        and (nxt.word[0] not in NAME_STOP_CHARS or nxt.word[0] in "中全")  # 韦建中, 邵国全
        and _LIST_AFTER_DENG.match(doc.text, nxt.end)
        and doc.count(w + nxt.word[0]) == doc.count(w)
    ):
        return w + nxt.word[0]
    return None


# what a given name's character never is: a verb, a function word, a number, a measure word
_NOT_GIVEN_FLAGS = frozenset("v p c u uj ul uz ud ug m q x r f".split())
_ENDS_A_NAME_FLAGS = frozenset("r d p t c x".split())


def split_given(doc: Doc, i: int, loose: bool) -> str | None:
    """书记况/nr|又/d|猛/d|在…: after a title, a surname jieba tagged a name by itself and the two
    characters it left alone after it, before what ends a name (a preposition, an adverb, a break, a
    speech verb), are one name, however the two characters read elsewhere (又 is an adverb)."""
    toks = doc.toks
    if not loose or toks[i].flag != "nr" or len(toks[i].word) != 1 or i + 2 >= len(toks):
        return None
    a, b = toks[i + 1], toks[i + 2]
    if any(len(t.word) != 1 or t.flag in _NOT_GIVEN_FLAGS or t.word in "的了着过们" for t in (a, b)):
        return None
    if b.word in _NEVER_LAST or a.start != toks[i].end or b.start != a.end:
        return None
    after = toks[i + 3] if i + 3 < len(toks) else None
    if (
        after is not None
        and after.flag not in _ENDS_A_NAME_FLAGS
        and not doc.text.startswith(SPEECH_VERBS, b.end)
    ):
        return None
    name = toks[i].word + a.word + b.word
    return name if doc.count(name) == doc.count(name[:2]) else None


def inside_title(text: str, start: int, end: int) -> bool:
    """楼栋 in 楼栋长: the characters after the candidate complete a title that began inside it."""
    for k in (1, 2):
        title = ends_with_title(text[start : end + k])
        if title and len(title) > k:
            return True
    return False


_GIVEN_AS_WORD = {"n", "nz", "ns", "nt"}  # 光明/nz, 晓东/ns: a given name jieba read as a noun
_AFTER_TITLED_NAME = {"v", "vn", "d", "p", "c", "x", "ad", "vd"}


def excused_unit_end(doc: Doc, i: int, name: str, loose: bool) -> bool:
    """第一书记骆科为…, 志愿者张会，: after a title, a name jieba tagged whole may end in 科 or 堂 (which
    end a unit's name too), or in 会 before a break (not 张会|敏, whose name goes on); a three-character
    name in 宫, 楼, 湾 … before a conjunction, a preposition, a verb or a break (党员何二宫和…)."""
    whole = doc.toks[i].flag == "nr" and doc.toks[i].word == name and i + 1 < len(doc.toks)
    if whole and len(name) == 3 and name[1] == name[2]:
        return True  # 副主任 王路路: a doubled given name jieba tagged whole names no road or unit
    if whole and len(name) == 3 and name[-1] == "长" and not ends_with_title(name[-2:]):
        # 廖福长/nr|九年: a given name in 长 jieba tagged whole (not 李|村长, 甲|科长: a surname and a post)
        return doc.toks[i + 1].flag in ("d", "v", "t", "p", "c", "x", "r", "uj")
    if whole and len(name) == 3 and name[-1] in "科堂会":
        # 小区的黄孝科/nr|本来/t, 药剂师郑志会/nr|推/v, 民兵甲科/nr|勘查/vn: a three-character name jieba
        # tagged whole, then what follows a subject
        return doc.toks[i + 1].flag in ("d", "v", "vn", "t", "p", "c", "x", "r", "uj")
    at = doc.toks[i].start + len(name)
    if whole and doc.text[at : at + 1] == "、" and _after_a_listed_name(doc, i):
        return True  # 沈某某、杨镇/nr、杨某: a name in a row of names, between two of its 、
    # 负责人谭/zg|文科/nz|等人: after a title, a surname jieba tagged as one, its given name a word in 科,
    # and a list's 等 or a predicate after it
    k = doc.tok_at(at) if at < len(doc.text) else -1
    if loose and doc.toks[i].flag == "zg" and name[-1] == "科" and k >= 0 and doc.toks[k].start == at:
        return doc.toks[k].flag in ("u", "d", "v", "p", "c", "x")
    if not (loose and doc.toks[i].flag == "nr"):
        return False
    after = doc.text[at : at + 1]
    if len(name) == 3 and name[-1] in "宫楼府湾郡邸馆" and i + 1 < len(doc.toks):
        return doc.toks[i + 1].start == at and doc.toks[i + 1].flag in ("c", "p", "d", "v", "x")  # 何二宫|和
    return name[-1] in "科堂" or (name[-1] == "会" and not is_cjk(after or "。"))


def _after_a_listed_name(doc: Doc, i: int) -> bool:
    """The token two before is a name jieba tagged, ending in no unit's character, then a 、."""
    if i < 2 or doc.toks[i - 1].word != "、":
        return False
    before = doc.toks[i - 2]
    return before.flag == "nr" and 2 <= len(before.word) <= 3 and before.word[-1] not in UNIT_END_CHARS


def titled_given(doc: Doc, i: int) -> bool:
    """党委书记|但|光明|看来: a surname character jieba read as a conjunction or a preposition, glued
    to the title before it and opening a two-character noun it ends (a verb, an adverb or a break
    follows, or 的 after a given name no dictionary knows: 书记|于|全峰|的电话), is a surname: a conjunction
    does not follow a title with nothing between them."""
    toks = doc.toks
    if i < 1 or i + 1 >= len(toks) or toks[i - 1].end != toks[i].start or toks[i].flag not in ("c", "p"):
        return False  # (居民都|礼貌: an adverb after a plural subject is the commonest 都 of all)
    title, nxt = ends_with_title(toks[i - 1].word), toks[i + 1]
    after = toks[i + 2] if i + 2 < len(toks) else None
    return (
        len(title) >= 2
        and title not in ROLE_GENERIC
        and len(nxt.word) == 2
        and nxt.flag in _GIVEN_AS_WORD
        and (
            after is None
            or after.flag in _AFTER_TITLED_NAME
            or after.word == "的"
            and not doc.is_word(nxt.word)
        )
    )


# what may stand before a name that opens a clause: a break, a pause, a quote's opening
_OPENS_A_CLAUSE = frozenset("，。；：！？、,.;:!?“\n 　")
_FUNCTION_FLAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "m", "q", "f", "r", "y", "x"})


def recurring_unworded(doc: Doc, i: int) -> bool:
    """曾|晚|娣上门…。曾|晚|娣是…: a surname character jieba read as an adverb (曾, once) or a
    conjunction, then two characters it left single and that make no word with each other or with
    it, the three opening a clause every time the story writes them, and at least twice: no phrase of
    the language stands there so, a name no dictionary knows does."""
    toks = doc.toks
    if i + 2 >= len(toks):
        return False
    three = toks[i : i + 3]
    if any(len(t.word) != 1 or not is_cjk(t.word) for t in three) or three[2].start != three[0].start + 2:
        return False
    if any(t.word in NAME_STOP_CHARS or t.flag in _FUNCTION_FLAGS for t in three[1:]):
        return False
    name = "".join(t.word for t in three)
    if doc.is_word(name[:2]) or doc.is_word(name[1:]):
        return False
    starts = doc.occurrences(name)  # (from the pair index on a long page, not a scan per name)
    return len(starts) >= 2 and all(s == 0 or doc.text[s - 1] in _OPENS_A_CLAUSE for s in starts)


def verb_with_aspect(doc: Doc, k: int) -> bool:
    """甲乙|捐|了, 甲乙|开|着: a one-character verb (token k) with an aspect particle after it is the
    predicate, never a given name's last character."""
    after = doc.toks[k + 1] if k + 1 < len(doc.toks) else None
    return doc.toks[k].flag.startswith("v") and after is not None and after.word in ("了", "着", "过")


_PLACE_PHRASE_FLAGS = {"n", "ns", "nr", "nz", "nt", "m", "q", "f", "s", "j"}


def in_a_locative(doc: Doc, start: int, end: int) -> bool:
    """在某社区某小区南门|门岗，…: a word right after 在 and a place phrase with no verb in it, closing the
    clause, ends the place where something happens (jieba's dictionary tags 门岗 a name)."""
    before = doc.clause_before(start).lstrip()
    k = doc.tok_at(start - len(before)) if before.startswith("在") else -1
    if k < 0 or len(before) > 20 or doc.text[end : end + 1] not in "，,":
        return False
    between = doc.toks[k + 1 : doc.tok_at(start)]
    return bool(between) and all(t.flag in _PLACE_PHRASE_FLAGS for t in between)


def serves_as(doc: Doc, start: int, end: int, name: str) -> bool:
    """村党支部书记任|双组长, 委员任副组长: 任 between two posts is the verb (serves as), no surname."""
    return (
        len(name) == 2
        and name[0] == "任"
        and doc.text.startswith(TITLES_BY_LENGTH, end)
        and bool(ends_with_title(doc.clause_before(start)))
    )
