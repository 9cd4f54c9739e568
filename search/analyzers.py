"""Text analysis for the search index: one normal form, character grams, and jieba words for ranking.

`normalize` maps every character to exactly one character (full-width → half-width, case folded,
traditional → simplified), so offsets in the normal form are offsets in the original text. The
index and the query go through the same `normalize`, so 黨員 finds 党员 and ＡＢＣ finds abc.

`GramTokenizer` is what makes recall complete: every character is a term (so a one-character query
is one term lookup) and every pair of neighbouring characters is a term at consecutive positions (so
a longer query is an exact phrase of its bigrams, which matches exactly where the string occurs).
Whitespace runs count as one space; nothing else is dropped, so digits, Latin letters and
punctuation are searchable too. jieba never decides what matches; `WordTokenizer` feeds ranking only.
"""
from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache

from whoosh.analysis import Token, Tokenizer

_converter_lock = threading.Lock()
_converter = None


def _t2s():
    global _converter
    with _converter_lock:
        if _converter is None:
            import opencc

            _converter = opencc.OpenCC("t2s")
    return _converter


@lru_cache(maxsize=65536)
def normalize_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) != 1:
        folded = ch
    folded = folded.casefold() if len(folded.casefold()) == 1 else folded
    if "\u3400" <= folded <= "\u9fff" or "\uf900" <= folded <= "\ufaff" or "\U00020000" <= folded <= "\U0003134f":
        simple = _t2s().convert(folded)
        if len(simple) == 1:
            folded = simple
    if folded.isspace():
        return " "
    return folded


_ASCII_SAFE = {chr(c): chr(c).lower() for c in range(32, 127)}


def normalize(text: str) -> str:
    """The search normal form of `text`; always the same length as `text`."""
    cache = _normal_cache
    out = []
    for ch in text:
        n = cache.get(ch)
        if n is None:
            n = cache[ch] = normalize_char(ch)
        out.append(n)
    return "".join(out)


_normal_cache: dict[str, str] = dict(_ASCII_SAFE)


def grams(text: str) -> list[tuple[str, int, int, int]]:
    """(term, position, start, end) for every character and every pair of neighbouring characters."""
    norm = normalize(text)
    out: list[tuple[str, int, int, int]] = []
    pos = 0
    prev_index = -1  # index in `norm` of the previous kept character
    for i, ch in enumerate(norm):
        if ch == " " and (prev_index < 0 or norm[prev_index] == " "):
            continue  # leading whitespace, or a run of it: one space is enough
        if prev_index >= 0:
            out.append((norm[prev_index] + ch, pos - 1, prev_index, i + 1))
        if ch != " ":
            out.append((ch, pos, i, i + 1))
        prev_index = i
        pos += 1
    return out


def query_grams(text: str) -> list[tuple[str, int, int, int]]:
    """The chain a query string is matched by: its bigrams in order, or the lone character."""
    stripped = text.strip()
    offset = len(text) - len(text.lstrip())
    all_grams = grams(stripped)
    chain = [g for g in all_grams if len(g[0]) == 2]
    if not chain:
        chain = [g for g in all_grams if len(g[0]) == 1]
    return [(t, p, s + offset, e + offset) for t, p, s, e in chain]


class GramTokenizer(Tokenizer):
    """Character unigrams and bigrams with positions; queries become the bigram chain."""

    def __eq__(self, other):
        return other.__class__ is self.__class__

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = token.text = value
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        if mode == "query":
            for text, pos, start, end in query_grams(value):
                token.text = text
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = text
                if positions:
                    token.pos = start_pos + pos
                if chars:
                    token.startchar, token.endchar = start_char + start, start_char + end
                yield token
            return
        # Indexing: the same terms as grams(), produced inline (this loop is the index build's hot path).
        token.boost = 1.0
        token.stopped = False
        norm = normalize(value)
        pos = start_pos
        prev = ""
        prev_index = -1
        for i, ch in enumerate(norm):
            if ch == " " and (prev == " " or prev_index < 0):
                continue
            if prev_index >= 0:
                token.text = prev + ch
                if positions:
                    token.pos = pos - 1
                if chars:
                    token.startchar, token.endchar = start_char + prev_index, start_char + i + 1
                yield token
            if ch != " ":
                token.text = ch
                if positions:
                    token.pos = pos
                if chars:
                    token.startchar, token.endchar = start_char + i, start_char + i + 1
                yield token
            prev, prev_index = ch, i
            pos += 1


_word_tokenizer = None
_word_lock = threading.Lock()


def word_tokenizer():
    """jieba's tokenizer for the ranking field: its own instance, so that the archive's names added
    here (search.indexing.load_archive_words) never change how extraction (jieba.posseg) cuts text."""
    global _word_tokenizer
    with _word_lock:
        if _word_tokenizer is None:
            import jieba

            tok = jieba.Tokenizer()
            tok.initialize()
            _word_tokenizer = tok
    return _word_tokenizer


def words(text: str) -> list[str]:
    """jieba words of the normal form, for ranking; punctuation and spaces dropped."""
    # No HMM: new words come from the archive's own dictionary (names, places) rather than guesses,
    # and the cut is about twice as fast.
    return [w for w in word_tokenizer().cut(normalize(text), HMM=False) if w.strip() and any(c.isalnum() for c in w)]


class WordTokenizer(Tokenizer):
    """jieba words (search-mode ranking aid). Never used to decide whether an article matches."""

    def __eq__(self, other):
        return other.__class__ is self.__class__

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for i, word in enumerate(words(value) if tokenize else [value]):
            token.text = word
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = start_pos + i
            yield token


def gram_analyzer() -> GramTokenizer:
    return GramTokenizer()


def word_analyzer() -> WordTokenizer:
    return WordTokenizer()
