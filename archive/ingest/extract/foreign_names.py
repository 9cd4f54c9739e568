"""Names with no Han surname to check: names written with a middle dot (阿依古丽·买买提: Uyghur,
Kazakh, Tibetan and foreign names) and Mongolian or Tibetan names written without one (斯琴巴图,
次仁拉姆). Each is taken on the evidence `evidence.py` reads around a name (a title before it, a
speech verb or a stated role after it)."""

from __future__ import annotations

import re

from ..lexicon import SPEECH_VERBS
from ..metadata import OUTLET_TAILS
from .evidence import SUBJECT_NEXT, role_stated_after, speech_after
from .roles import ends_with_title
from .tokens import CLAUSE_BREAK, Doc

_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}")
_BEFORE_A_NAME = set("的了地得是在让给把被和与对向为从跟叫请帮")  # never in a transliterated name


def transliterated(doc: Doc) -> list[tuple[int, str]]:
    """阿依古丽·买买提-like names (Uyghur, Kazakh, Tibetan and foreign names written with a middle dot)
    have no surname to check: the dotted run is a name when a title stands before it or a speech
    verb or a stated role after it; a title glued before the run is cut off."""
    text, out = doc.text, []
    for m in _DOTTED.finditer(text):
        dot = m.start() + m.group(0).index("·")
        if text[m.start() : dot].endswith(OUTLET_TAILS) or ends_with_title(m.group(0)):
            continue  # 中青报·中青网记者: two outlets and their reporter, no name
        # 82岁的|甲·乙, 购买了|甲·乙, 让|甲·乙: the run opens after a particle or a verb of the clause
        cut = max(
            (m.start() + k + 1 for k, ch in enumerate(text[m.start() : dot]) if ch in _BEFORE_A_NAME),
            default=0,
        )
        start = max(m.start(), cut)
        if start >= dot:
            continue
        for k in range(1, dot - start):
            if ends_with_title(text[start : start + k]) and not ends_with_title(text[start : start + k + 1]):
                start = m.start() + k  # 志愿者阿依古丽: the title glued before the name is no part of it
        titled = start > m.start() or bool(ends_with_title(doc.clause_before(start)))
        for end in range(dot + 2, m.end() + 1):
            nxt = doc.toks[doc.tok_at(end)] if end < len(text) and end in doc.by_start else None
            if nxt is not None and _inside_a_transliteration(doc, doc.by_start[end]):
                continue  # 吐尔/ns|提/v|亚尔/nrt: one character read as a verb between two parts of the name
            stated = speech_after(doc, end) or role_stated_after(doc, end)
            free = (
                end == len(text)
                or text[end] in CLAUSE_BREAK
                or (nxt is not None and nxt.flag in SUBJECT_NEXT | {"r", "t"})
            )
            if stated or (titled and free):
                if 4 <= end - start <= 12:
                    out.append((start, text[start:end]))
                break
    return out


# The characters Mongolian and Tibetan names are written with when they are not dotted (斯琴巴图,
# 乌日娜, 次仁拉姆): such a name has no surname to check.
_STEPPE = "阿敖巴拜宝贝毕边布查朝楚达丹旦德登顿多额恩尔噶嘎甘格根贡古哈海汗浩赫呼吉加嘉坚杰金晋卡克拉"
_STEPPE += "勒楞力伦罗洛鲁玛满孟米敏木那纳娜乃尼努诺培普其钦琴曲群让仁日萨赛桑森沙索斯苏塔特腾图吐托"
_STEPPE += "瓦旺乌锡西希雅央伊依音扎珍卓措次才哇安泽降姆翁绒呷茸乐"
_STEPPE_RUN = re.compile(f"[{_STEPPE}]{{3,}}")
# and the characters of Uyghur, Hui and Salar names transliterated from Arabic and Turkic (苏力曼, 艾力)
_TURKIC = _STEPPE + "曼买提甫热江丽艾麦吾孜亚穆罕默尤优素福"


def steppe_names(doc: Doc) -> list[tuple[int, str]]:
    """志愿者斯琴巴图说, 干部乌力吉、…: three to five such characters right after a title are a name
    when no part of them is a word of the dictionary (巴士, 吉安) and a clause mark, a speech verb,
    和/、/的/是 or what follows a subject (a verb, an adverb, a time: 每天) comes after them."""
    text, out = doc.text, []
    for m in _STEPPE_RUN.finditer(text):
        for start in range(m.start(), m.end() - 2):
            # untitled, a clause's opening with its role after (甲是某嘎查牧民党员)
            before = doc.clause_before(start)
            titled = bool(ends_with_title(before))
            if not titled and (start > m.start() or before.strip()):
                continue
            for n in (5, 4, 3):
                name, end = text[start : start + n], start + n
                if (
                    end > m.end()
                    or not titled
                    and (end != m.end() or not role_stated_after(doc, end))
                    or doc.is_word(name)
                    or any(doc.freq(name[k : k + 2]) >= 50 for k in range(n - 1))
                ):
                    continue
                nxt = doc.toks[doc.by_start[end]] if end in doc.by_start else None
                if (
                    end == len(text)
                    or text[end] in CLAUSE_BREAK
                    or text[end] in "和、的是"
                    or text.startswith(SPEECH_VERBS, end)
                    or (nxt is not None and nxt.flag in SUBJECT_NEXT | {"r", "t"})
                ):
                    out.append((start, name))
                    break
            break
    return out


def _inside_a_transliteration(doc: Doc, k: int) -> bool:
    """A one-character verb jieba put between two pieces it tagged a name or place (吐尔/ns|提/v|
    亚尔/nrt) is a syllable of the name, not the sentence's verb."""
    t = doc.toks[k]
    after = doc.toks[k + 1] if k + 1 < len(doc.toks) else None
    return (
        len(t.word) == 1
        and t.flag == "v"
        and _name_piece(doc.toks[k - 1].flag)
        and after is not None
        and after.start == t.end
        and _name_piece(after.flag)
    )


def _name_piece(flag: str) -> bool:
    return flag.startswith("nr") or flag == "ns"


def transliterated_given(doc: Doc, name: str) -> str | None:
    """马苏|力曼: a surname and a transliterated given name of three characters (a Hui or Salar name)
    jieba cut after its second character; every mention goes on with the same two characters of the
    kind, and no dictionary word is made of them."""
    if len(name) != 2 or name[1] not in _TURKIC:
        return None
    starts = doc.occurrences(name)
    tails = {doc.text[s + 2 : s + 4] for s in starts}
    if len(starts) < 2 or len(tails) != 1:
        return None
    tail = tails.pop()
    if (
        len(tail) != 2
        or not all(c in _TURKIC for c in tail)
        or doc.is_word(tail)
        or doc.is_word(name[1] + tail)
    ):
        return None
    return name + tail
