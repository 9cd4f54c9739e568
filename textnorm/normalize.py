"""One normal form for searching and highlighting: every character maps to exactly one character
(full-width → half-width, case folded, traditional → simplified with OpenCC), so offsets in the
normal form are offsets in the original text: 黨員 → 党员, ＡＢＣ → abc.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache

import numpy as np

_converter_lock = threading.Lock()
_converter = None


def t2s_converter():
    """The process's one OpenCC traditional → simplified converter (built on first use)."""
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
    if (
        "\u3400" <= folded <= "\u9fff"
        or "\uf900" <= folded <= "\ufaff"
        or "\U00020000" <= folded <= "\U0003134f"
    ):
        simple = t2s_converter().convert(folded)
        if len(simple) == 1:
            folded = simple
    if folded.isspace():
        return " "
    return folded


_ASCII_SAFE = {chr(c): chr(c).lower() for c in range(32, 127)}


def normalize(text: str) -> str:
    """The search normal form of `text`; always the same length as `text`. A long text is mapped as
    an array of code points through a table of the characters folded so far (each distinct character
    is folded once per process): a 5 MB article in a few hundredths of a second, not a Python step
    per character."""
    if len(text) < 256:
        cache = _normal_cache
        return "".join(cache.get(ch) or _remember(ch) for ch in text)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    bmp = codes < 0x10000
    small = codes if bmp.all() else np.where(bmp, codes, 0)
    for code in np.unique(small[~_known[small]]).tolist():
        _remember(chr(code))
    out = _table[small]
    for i in np.flatnonzero(~bmp).tolist():  # beyond the BMP (rare): one at a time
        ch = chr(codes[i])
        out[i] = ord(_normal_cache.get(ch) or _remember(ch))
    return out.tobytes().decode("utf-32-le", "surrogatepass")


def _remember(ch: str) -> str:
    n = _normal_cache[ch] = normalize_char(ch)
    if ord(ch) < 0x10000:
        _table[ord(ch)] = ord(n)
        _known[ord(ch)] = True
    return n


_normal_cache: dict[str, str] = dict(_ASCII_SAFE)
_table = np.arange(0x10000, dtype=np.uint32)  # code point → its normal form's, for those in _known
_known = np.zeros(0x10000, dtype=bool)
for _ch in _ASCII_SAFE:
    _remember(_ch)
