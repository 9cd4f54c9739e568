"""Text analysis for the search index: one normal form, character grams, and jieba words for ranking.

`normalize` maps every character to exactly one character (full-width → half-width, case folded,
traditional → simplified), so offsets in the normal form are offsets in the original text. The
index and the query go through the same `normalize`, so 黨員 finds 党员 and ＡＢＣ finds abc.

`GramTokenizer` is what makes recall complete: every character, pair and triple of neighbouring
characters is a term, at consecutive positions. A query of one to three characters is one term
lookup; a longer one is the exact phrase of its trigrams, which matches exactly where the string
occurs (trigrams are rare enough that few documents need their positions checked).
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


def _kept(norm: str) -> list[int]:
    """Indexes of the characters that count: all but leading whitespace and repeats of a space."""
    kept = []
    for i, ch in enumerate(norm):
        if ch == " " and (not kept or norm[kept[-1]] == " "):
            continue
        kept.append(i)
    return kept


def grams(text: str) -> list[tuple[str, int, int, int]]:
    """(term, position, start, end) for every character, every pair and every triple of neighbouring
    characters; a term's position is the position of its first character."""
    norm = normalize(text)
    kept = _kept(norm)
    out: list[tuple[str, int, int, int]] = []
    for pos, i in enumerate(kept):
        ch = norm[i]
        if pos >= 2:
            a, b = kept[pos - 2], kept[pos - 1]
            out.append((norm[a] + norm[b] + ch, pos - 2, a, i + 1))
        if pos >= 1:
            b = kept[pos - 1]
            out.append((norm[b] + ch, pos - 1, b, i + 1))
        if ch != " ":
            out.append((ch, pos, i, i + 1))
    return out


def query_grams(text: str) -> list[tuple[str, int, int, int]]:
    """The chain a query string is matched by: the lone character, the one bigram, or its trigrams
    in order (consecutive positions, so the chain occurs exactly where the string does)."""
    stripped = text.strip()
    offset = len(text) - len(text.lstrip())
    all_grams = grams(stripped)
    for size in (3, 2, 1):
        chain = [g for g in all_grams if len(g[0]) == size]
        if chain:
            return [(t, p, s + offset, e + offset) for t, p, s, e in chain]
    return []


class _StatelessTokenizer(Tokenizer):
    """Whoosh compares schemas field by field; two of our tokenizers are equal when of one class."""

    def __eq__(self, other):
        return other.__class__ is self.__class__

    def __hash__(self):
        return hash(self.__class__)


class GramTokenizer(_StatelessTokenizer):
    """Character 1-, 2- and 3-grams with positions; a query becomes its chain of longest grams."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.boost = 1.0
        token.stopped = False
        if not tokenize:
            token.original = token.text = value
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        if mode == "query":
            for text, pos, start, end in query_grams(value):
                token.text = text
                if keeporiginal:
                    token.original = text
                if positions:
                    token.pos = start_pos + pos
                if chars:
                    token.startchar, token.endchar = start_char + start, start_char + end
                yield token
            return
        # Indexing: the same terms as grams(), produced inline (this loop is the index build's hot path).
        norm = normalize(value)
        p1 = p2 = ""  # the previous two kept characters
        i1 = i2 = -1  # their indexes
        pos = start_pos
        for i, ch in enumerate(norm):
            if ch == " " and (p1 == " " or i1 < 0):
                continue
            if i2 >= 0:
                token.text = p2 + p1 + ch
                if positions:
                    token.pos = pos - 2
                if chars:
                    token.startchar, token.endchar = start_char + i2, start_char + i + 1
                yield token
            if i1 >= 0:
                token.text = p1 + ch
                if positions:
                    token.pos = pos - 1
                if chars:
                    token.startchar, token.endchar = start_char + i1, start_char + i + 1
                yield token
            if ch != " ":
                token.text = ch
                if positions:
                    token.pos = pos
                if chars:
                    token.startchar, token.endchar = start_char + i, start_char + i + 1
                yield token
            p2, i2, p1, i1 = p1, i1, ch, i
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


class WordTokenizer(_StatelessTokenizer):
    """jieba words (search-mode ranking aid). Never used to decide whether an article matches."""

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
