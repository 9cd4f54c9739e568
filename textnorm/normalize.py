"""One normal form for searching and highlighting: every character maps to exactly one character
(full-width → half-width, case folded, traditional → simplified with OpenCC), so offsets in the
normal form are offsets in the original text: 黨員 → 党员, ＡＢＣ → abc.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache

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
