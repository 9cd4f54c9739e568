"""jieba tokens for extraction, from a tokenizer instance of extraction's own.

jieba's module-level dictionary (`jieba.dt`) is shared by everything in the process; adding the
curated names to it would make `extract()` depend on what ran before. Here the stock dictionary is
loaded once into a private base tokenizer that is never changed; a lexicon with names gets its own
copy of it (cached by the lexicon's names), with those names added. Nothing here touches `jieba.dt`.
The tokenizers are `fastpos.FastPOSTokenizer`s: jieba.posseg's output exactly, with a faster Viterbi.
"""

from __future__ import annotations

import logging
import re
import threading
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass

import jieba
import jieba.posseg
import numpy as np

from textnorm.normalize import t2s_converter

from ..lexicon import Lexicon
from .fastpos import FastPOSTokenizer

jieba.setLogLevel(logging.WARNING)

LIST_JOINERS = ("、", "与", "和", "及")  # what joins the names of a list (甲、乙与丙)
CLAUSE_BREAK = frozenset('，,。；;：:！？!?\n（(）)“”"‘’「」『』《》【】 \u3000\u00a0丨…⋯')
_CJK = re.compile(r"[\u4e00-\u9fff]+")
# Words that end a name when walking back from the suffix: determiners, prepositions, verbs of founding.
PREFIX_STOP = set(
    "全区 全市 全县 全省 各级 各 该 本 这 那 每 其 所有 全部 我 我们 他们 全 和 与 及 等 向 为 对 在 "
    "非 非本 属地 从 由 是 到 给 联合 组织 成立 建立 一个 一支 一名 多个 首批 相关 所在 部分 基层 广大 有关 "
    "主要 领导 来自 根据 按照 原 现 的 双方 三方 多方 团组织 党组织 发动 动员 号召 带领 亲率 率领 召集 "
    "经 经过 正值 成为 "
    # verbs that state a person's post (张三现任东坡村党支部书记): the name before them is no unit's
    "现任 曾任 时任 兼任 担任 身为 作为 "
    # "the local" body (当地党委政府) points back to a place the story named; it names no body
    "当地 所在地 地方 "
    # a comparison (像|某某村这样的村子): like the unit, never part of its name
    "像 好像 就像 "
    # who sent the cadre (市派|某村第一书记): the level that dispatched them, no part of the unit's name
    "省派 市派 县派 区派 镇派 "
    # how far from it (检查点距离|某镇政府50公里): the distance, never a name's start
    "距离 "
    # one's home place (老家|和平村, 娘家|某村): whose village it is, never part of its name
    "老家 家乡 故乡 娘家 婆家 "
    # what a list holds (某市场|含|某某佳苑): the word of inclusion, no name's start
    "含 包括 包含 "
    # working with a body (协同|某某公安局): the verb, never the body's first word
    "协同 协助 配合 "
    # a sentence adverb of luck or timing (幸好|派出所同志赶到): the clause's, never a name's start
    "幸好 幸亏 多亏 好在 恰好 正好 刚好 幸而 "
    # a body's members (某工商联|所属|商协会) and the natives' bodies elsewhere (异地|某县商会): kinds
    "所属 下属 异地 "
    # two bodies of one, joined (某某先锋队|暨|临时党支部): each its own name
    "暨".split()
)
_CLAUSE_LIMIT = 200  # no clause of the genre is longer; bounds the walk on text without punctuation
_CACHE_SIZE = 2
_INDEXED = 20_000  # texts longer than this answer Doc.occurrences from a PairIndex (same answers)
_VERB_FLAGS = {"v", "vn", "vd"}  # jieba's verb tags

_lock = threading.Lock()
_base: jieba.posseg.POSTokenizer | None = None
_by_lexicon: OrderedDict[tuple, jieba.posseg.POSTokenizer] = OrderedDict()


def is_cjk(s: str) -> bool:
    """Chinese characters only (丨, a separator on pages, is none: 新闻丨东海社区)."""
    return bool(_CJK.fullmatch(s)) and "丨" not in s  # fullmatch: "门口\n" is no name (`$` allows a newline)


def _base_tokenizer() -> jieba.posseg.POSTokenizer:
    global _base
    if _base is None:
        words = jieba.Tokenizer()
        words.initialize()
        for word, tag in GENRE_WORDS:  # (jieba's dictionary predates them: 微|信群, 张贴 after it)
            words.add_word(word, freq=1000, tag=tag)
        _base = FastPOSTokenizer(words)
    return _base


# Words of the genre newer than jieba's dictionary, which cuts them into names and verbs (微/a|信群/n)
GENRE_WORDS = tuple(
    (word, "n") for word in "微信 微信群 朋友圈 公众号 健康码 行程码 场所码 二维码 小程序 方舱 商超".split()
) + tuple((word, "v") for word in "封城 封村".split())  # (组织|商超/nr|团购: no name)


def _lexicon_key(lexicon: Lexicon) -> tuple:
    return (
        frozenset(lexicon.people),
        frozenset(lexicon.organizations),
        frozenset(lexicon.places),
    )


def tokenizer_for(lexicon: Lexicon) -> jieba.posseg.POSTokenizer:
    """The tokenizer for this lexicon: the stock one, or a copy of it that knows the curated names.

    The copy shares nothing mutable with the base (its word frequencies and tags are its own
    dictionaries), so building it changes no other tokenizer."""
    with _lock:
        base = _base_tokenizer()
        if not (lexicon.people or lexicon.organizations or lexicon.places):
            return base
        key = _lexicon_key(lexicon)
        found = _by_lexicon.get(key)
        if found is not None:
            _by_lexicon.move_to_end(key)
            return found
        words = jieba.Tokenizer()
        words.FREQ, words.total, words.initialized = dict(base.tokenizer.FREQ), base.tokenizer.total, True
        tagged = FastPOSTokenizer.__new__(FastPOSTokenizer)
        tagged.tokenizer, tagged.word_tag_tab = words, dict(base.word_tag_tab)
        for name in sorted(lexicon.people):
            words.add_word(name, freq=50000, tag="nr")
        for name in sorted(set(lexicon.organizations) | set(lexicon.places)):
            words.add_word(name, freq=20000, tag="nt" if name in lexicon.organizations else "ns")
        _by_lexicon[key] = tagged
        while len(_by_lexicon) > _CACHE_SIZE:
            _by_lexicon.popitem(last=False)
        return tagged


def word_tag(word: str) -> str:
    """jieba's tag for a word of its stock dictionary ("" for a word it does not know): the same
    answer whatever lexicon a document is read with (curated names never change a duty word)."""
    base = _base_tokenizer()
    return base.word_tag_tab.get(word, "") if base.tokenizer.FREQ.get(word, 0) > 0 else ""


@dataclass(slots=True)
class Token:
    word: str
    flag: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.word)


def tokenize(text: str, lexicon: Lexicon | None = None) -> list[Token]:
    """jieba.posseg tokens with their offsets.

    >>> [(t.word, t.flag, t.start) for t in tokenize("张磊说")]
    [('张磊', 'nr', 0), ('说', 'v', 2)]
    """
    out, pos = [], 0
    for pair in tokenizer_for(lexicon or Lexicon()).cut(text):
        out.append(Token(pair.word, pair.flag, pos))
        pos += len(pair.word)
    return out


def _conjunction_apart(toks: list[Token]) -> list[Token]:
    """贺海燕|和安旭/nr: a conjunction jieba glued to the name after a name is the conjunction (甲和乙),
    not a surname (和 is one): the name it tagged is the two characters after it."""
    if not any(t.flag == "nr" and len(t.word) == 3 and t.word[0] in "和与及" for t in toks):
        return toks  # (the common case: one pass, no copy)
    out: list[Token] = []
    for t in toks:
        prev = out[-1] if out else None
        if (
            len(t.word) == 3
            and t.word[0] in "和与及"
            and t.flag == "nr"
            and prev is not None
            and prev.flag.startswith("nr")
            and prev.end == t.start
        ):
            out += [Token(t.word[0], "c", t.start), Token(t.word[1:], "nr", t.start + 1)]
        else:
            out.append(t)
    return out


def find_all(text: str, s: str) -> list[int]:
    """Start of every occurrence of a non-empty s in text, left to right and not overlapping (re.finditer's
    starts by str.find, not a pattern compiled per string: the re cache holds 512, a page asks about
    thousands).

    >>> find_all("甲乙甲乙甲", "甲乙"), find_all("甲甲甲", "甲甲")
    ([0, 2], [0])
    """
    out, at = [], text.find(s)
    while at >= 0:
        out.append(at)
        at = text.find(s, at + len(s))
    return out


class Doc:
    """The text, its tokens and the lookups every rule needs (token at a position, word edges)."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self.tagger = tokenizer_for(lexicon)
        self.toks = _conjunction_apart(tokenize(text, lexicon))
        self.starts = [t.start for t in self.toks]
        self.by_start = {t.start: i for i, t in enumerate(self.toks)}
        self.ends = {t.end for t in self.toks}
        self._counts: dict[str, int] = {}
        self._pairs: PairIndex | None = None

    def count(self, s: str) -> int:
        """How often s occurs in the text, as str.count counts (cached: the rules ask about the same
        names often)."""
        found = self._counts.get(s)
        if found is None:
            found = self._counts[s] = (
                len(self.occurrences(s)) if len(self.text) > _INDEXED else self.text.count(s)
            )
        return found

    def occurrences(self, s: str) -> list[int]:
        """Start of every occurrence of s, left to right and not overlapping: re.finditer(re.escape(s))'s
        starts. On a long text, from an index of its character pairs: asking about every name of a
        5 MB page costs the occurrences of those names, not one scan of the text per name."""
        if not s:
            return list(range(len(self.text) + 1))  # (as re.finditer finds the empty string)
        if len(s) < 2 or len(self.text) <= _INDEXED:
            return find_all(self.text, s)
        if self._pairs is None:
            self._pairs = PairIndex(self.text)
        out, free = [], 0
        for p in self._pairs.starts(s):
            if p >= free:
                out.append(p)
                free = p + len(s)
        return out

    def tok_at(self, pos: int) -> int:
        """Index of the token covering text position pos (len(toks) at the end of the text)."""
        if pos >= len(self.text):
            return len(self.toks)
        return bisect_right(self.starts, pos) - 1

    def is_word(self, word: str) -> bool:
        """True when the dictionary knows word as an ordinary word (商量, 包干)."""
        return self.tagger.tokenizer.FREQ.get(word, 0) > 0

    def freq(self, word: str) -> int:
        return self.tagger.tokenizer.FREQ.get(word, 0)

    def tag(self, word: str) -> str:
        return self.tagger.word_tag_tab.get(word, "")

    def token_flag(self, start: int, word: str) -> str:
        """jieba's tag of `word` where it is one token at `start`; "" where it is not a token there."""
        i = self.by_start.get(start)
        return self.toks[i].flag if i is not None and self.toks[i].word == word else ""

    def read_as_a_verb(self, start: int, word: str) -> bool:
        """word is one token the dictionary does not know that jieba's model tagged a verb (封控, 包保)."""
        return self.token_flag(start, word) in _VERB_FLAGS and not self.is_word(word)

    def clause_before(self, pos: int) -> str:
        start = pos
        limit = max(0, pos - _CLAUSE_LIMIT)
        while start > limit and self.text[start - 1] not in CLAUSE_BREAK:
            start -= 1
        return self.text[start:pos]

    def clause_after(self, pos: int) -> str:
        end = pos
        limit = min(len(self.text), pos + _CLAUSE_LIMIT)
        while end < limit and self.text[end] not in CLAUSE_BREAK:
            end += 1
        return self.text[pos:end]


class PairIndex:
    """Where each pair of adjacent characters occurs in a text: one stable sort of the pairs' codes,
    so the starts of a pair are one binary search away, in increasing order."""

    def __init__(self, text: str) -> None:
        self.text = text
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        keys = (codes[:-1] << np.uint64(21)) | codes[1:]  # code points are below 2**21
        self.order = np.argsort(keys, kind="stable")
        self.keys = keys[self.order]

    def starts(self, s: str) -> list[int]:
        """Every start of s (len(s) >= 2) in the text, overlapping ones included, in order."""
        key = np.uint64((ord(s[0]) << 21) | ord(s[1]))
        lo, hi = np.searchsorted(self.keys, key, "left"), np.searchsorted(self.keys, key, "right")
        found = self.order[lo:hi].tolist()
        if len(s) == 2:
            return found
        return [p for p in found if self.text.startswith(s, p)]


class Coverage:
    """Which text positions lie inside a set of spans: O(1) per question after O(n) building."""

    def __init__(self, length: int, spans: list[tuple[int, int]]) -> None:
        self.inside = bytearray(length + 1)
        for s, e in spans:
            self.inside[s:e] = b"\x01" * (e - s)

    def __contains__(self, pos: int) -> bool:
        return bool(self.inside[pos])

    def add(self, start: int, end: int) -> None:
        self.inside[start:end] = b"\x01" * (end - start)


def outermost(spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans not inside another, different span, in O(n log n).

    >>> sorted(outermost([(0, 5), (1, 3), (1, 3), (6, 8)]))
    [(0, 5), (6, 8)]
    """
    out: set[tuple[int, int]] = set()
    reach = -1
    for s, e in sorted(set(spans), key=lambda x: (x[0], -x[1])):
        if reach < e:
            out.add((s, e))
        reach = max(reach, e)
    return out


# Seeded with the variant forms OpenCC's t2s leaves alone that traditional pages of the genre print in
# division names (陜西 for 陝西).
_simple_chars: dict[str, str] = {"陜": "陕"}


def simplified(text: str) -> str:
    """The text in simplified characters, character for character (same length, same offsets), so
    that pages in traditional script meet the same word lists: 陽新縣社區 → 阳新县社区."""
    if text.isascii():
        return text
    t2s = t2s_converter()
    whole = t2s.convert(text)
    if whole == text:
        return text
    out = []
    for ch in text:
        simple = _simple_chars.get(ch)
        if simple is None:
            converted = t2s.convert(ch)
            simple = _simple_chars[ch] = converted if len(converted) == 1 else ch
        out.append(simple)
    return "".join(out)
