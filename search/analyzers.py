"""Text analysis for the search index: one normal form, character grams, and jieba words for ranking.

`normalize` (textnorm.normalize, shared with the archive's pages) maps every character to exactly
one character (full-width → half-width, case folded, traditional → simplified), so offsets in the
normal form are offsets in the original text. The index and the query go through the same
`normalize`, so 黨員 finds 党员 and ＡＢＣ finds abc.

`GramTokenizer` is what makes recall complete: every run of one to three neighbouring characters is
a term, at consecutive positions. A query of one to three characters is one term lookup (no
positions to check); a longer one is the exact phrase of its 3-grams, which matches exactly where
the string occurs (search.vector checks positions only for the grams that cover the string).
Whitespace runs count as one space; nothing else is dropped, so digits, Latin letters and
punctuation are searchable too. jieba never decides what matches; `WordTokenizer` feeds ranking only.
"""

from __future__ import annotations

import threading
from collections import Counter

import numpy as np
from whoosh.analysis import Token, Tokenizer

from textnorm.normalize import normalize, normalize_char

__all__ = [
    "normalize",
    "normalize_char",
    "GramTokenizer",
    "WordTokenizer",
    "grams",
    "query_grams",
    "words",
    "word_counts",
]


def _kept(norm: str) -> list[int]:
    """Indexes of the characters that count: all but leading whitespace and repeats of a space."""
    kept = []
    for i, ch in enumerate(norm):
        if ch == " " and (not kept or norm[kept[-1]] == " "):
            continue
        kept.append(i)
    return kept


MAX_GRAM = 3  # 4 until index version 5: 3 halves the index (bench/search.py, see README)


def grams(text: str) -> list[tuple[str, int, int, int]]:
    """(term, position, start, end) for every run of one to MAX_GRAM neighbouring characters; a
    term's position is the position of its first character."""
    norm = normalize(text)
    kept = _kept(norm)
    compact = "".join(norm[i] for i in kept)
    out: list[tuple[str, int, int, int]] = []
    for pos, i in enumerate(kept):
        for size in range(min(MAX_GRAM, pos + 1), 1, -1):
            first = pos - size + 1
            out.append((compact[first : pos + 1], first, kept[first], i + 1))
        if compact[pos] != " ":
            out.append((compact[pos], pos, i, i + 1))
    return out


# A gram as one int64: each of its up to MAX_GRAM code points plus one (0: no character) in 21 bits,
# first character highest, so integer order is the order of the terms' UTF-8 bytes (a prefix first).
CODE_BITS = 21


def gram_arrays(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The terms of grams(text) as arrays, for bulk indexing: (codes, positions) of every 1- to
    MAX_GRAM-gram (see gram_code_texts), in no particular order."""
    norm = normalize(text)
    cps = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    space = cps == 32
    drop = space.copy()
    drop[1:] &= space[:-1]  # a space is kept only after a kept non-space character
    compact = cps[~drop] + 1
    n = len(compact)
    parts, positions = [], []
    keep = compact != 33  # a lone space is no term
    parts.append(compact[keep] << (CODE_BITS * (MAX_GRAM - 1)))
    positions.append(np.flatnonzero(keep))
    for size in range(2, MAX_GRAM + 1):
        if n < size:
            break
        code = np.zeros(n - size + 1, dtype=np.int64)
        for k in range(size):
            code |= compact[k : n - size + 1 + k] << (CODE_BITS * (MAX_GRAM - 1 - k))
        parts.append(code)
        positions.append(np.arange(n - size + 1))
    return np.concatenate(parts), np.concatenate(positions).astype(np.int64)


def gram_code(term: str) -> int:
    """The code of one term (a normalized gram of 1 to MAX_GRAM characters), as in gram_arrays."""
    code = 0
    for k, ch in enumerate(term):
        code |= (ord(ch) + 1) << (CODE_BITS * (MAX_GRAM - 1 - k))
    return code


def gram_code_texts(codes: np.ndarray) -> list[str]:
    """The term texts of gram codes (gram_arrays)."""
    mask = (1 << CODE_BITS) - 1
    chars = np.stack([(codes >> (CODE_BITS * (MAX_GRAM - 1 - k))) & mask for k in range(MAX_GRAM)], axis=1)
    texts = (np.maximum(chars - 1, 0).astype(np.uint32)).view(f"<U{MAX_GRAM}").ravel().tolist()
    for i in np.flatnonzero((chars == 1).any(axis=1)):  # a NUL character would be cut off as padding
        texts[i] = "".join(chr(c - 1) for c in chars[i] if c)
    return texts


def query_grams(text: str) -> list[tuple[str, int, int, int]]:
    """The chain a query string is matched by: the string itself when it is one gram (up to MAX_GRAM
    characters), else its MAX_GRAM-grams in order (consecutive positions, so the chain occurs exactly
    where the string does)."""
    stripped = text.strip()
    offset = len(text) - len(text.lstrip())
    all_grams = grams(stripped)
    for size in range(MAX_GRAM, 0, -1):
        chain = [g for g in all_grams if len(g[0]) == size]
        if chain:
            return [(t, p, s + offset, e + offset) for t, p, s, e in chain]
    return []


# Raised whenever what the index holds changes (grams, posting format): an index built with another
# version is refused (search.backends.IndexOutdated) until it is rebuilt.
INDEX_VERSION = 7


class _StatelessTokenizer(Tokenizer):
    """Whoosh compares schemas field by field; two of our tokenizers are equal when of one class and
    one index version (the version travels with the schema pickled inside the index).
    Each subclass yields its terms from tokens(token, value, …), which __call__ hands Whoosh's
    arguments and the one Token to fill."""

    def __init__(self):
        self.version = INDEX_VERSION

    def __eq__(self, other):
        return other.__class__ is self.__class__ and getattr(other, "version", None) == getattr(
            self, "version", None
        )

    def __hash__(self):
        return hash(self.__class__)

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        """Whoosh's tokenizer protocol: one Token, filled anew and yielded for each term (tokens())."""
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.boost = 1.0
        token.stopped = False
        return self.tokens(
            token, value, positions, chars, keeporiginal, start_pos, start_char, tokenize, mode
        )


class GramTokenizer(_StatelessTokenizer):
    """Character 1- to MAX_GRAM-grams with positions; a query becomes its chain of longest grams."""

    def tokens(self, token, value, positions, chars, keeporiginal, start_pos, start_char, tokenize, mode):
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
        recent = ""  # the last MAX_GRAM - 1 kept characters
        starts: list[int] = []  # their indexes in norm
        pos = start_pos
        longest = MAX_GRAM - 1
        for i, ch in enumerate(norm):
            if ch == " " and (not recent or recent[-1] == " "):
                continue
            for back in range(len(recent), 0, -1):
                token.text = recent[-back:] + ch
                if positions:
                    token.pos = pos - back
                if chars:
                    token.startchar, token.endchar = start_char + starts[-back], start_char + i + 1
                yield token
            if ch != " ":
                token.text = ch
                if positions:
                    token.pos = pos
                if chars:
                    token.startchar, token.endchar = start_char + i, start_char + i + 1
                yield token
            recent = (recent + ch)[-longest:]
            if chars:
                starts = (starts + [i])[-longest:]
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
    return [
        w
        for w in word_tokenizer().cut(normalize(text), HMM=False)
        if w.isalnum() or (w.strip() and any(c.isalnum() for c in w))  # the first test settles most
    ]


def word_counts(text: str) -> tuple[list[str], np.ndarray]:
    """The distinct words(text) and how often each occurs, for bulk indexing of the ranking field
    (what Whoosh's Frequency format counts from WordTokenizer).

    >>> word_counts("社区 社区志愿者")
    (['社区', '志愿者'], array([2, 1]))
    """
    counts = Counter(words(text))
    return list(counts), np.fromiter(counts.values(), dtype=np.int64, count=len(counts))


class WordTokenizer(_StatelessTokenizer):
    """jieba words (search-mode ranking aid). Never used to decide whether an article matches."""

    def tokens(self, token, value, positions, chars, keeporiginal, start_pos, start_char, tokenize, mode):
        for i, word in enumerate(words(value) if tokenize else [value]):
            token.text = word
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = start_pos + i
            yield token


def gram_analyzer() -> GramTokenizer:
    return GramTokenizer()


def word_analyzer() -> WordTokenizer:
    return WordTokenizer()
