"""Numbers inside organisation names, which jieba reads as counts: 九里|兰亭, 中铁|十一|局, 韦庄|18|号,
a brand in cheque numerals (某省|玖|辉公司). Pure functions over the tokens, for the walk in
`organizations.py`.
"""

from __future__ import annotations

import re

from .org_edges import UNIT_TAILS
from .tokens import Doc, Token, is_cjk

_PROPER = {"ns", "nz", "nr", "nrt", "nrfg", "j", "nt"}


def numeral_in_a_name(doc: Doc, j: int) -> bool:
    """九里|兰亭, 七星|湖畔: a word of numerals before a proper name is part of the name (no count: 两个,
    三名, 五年)."""
    t, nxt = doc.toks[j], doc.toks[j + 1]
    return (
        (
            t.flag == "m"
            and len(t.word) >= 2
            and is_cjk(t.word)
            and not any(c in "个名位家户人次批年月日天岁元支只" for c in t.word)  # (一支: a count of teams)
            and nxt.flag in ("nz", "ns", "nr", "nrt")
        )
        or _numbered_after_brand(doc, j)
        or _formal_numeral_brand(t, nxt)
        or _numbered_works(t, nxt)
    )


def _numbered_works(t: Token, nxt: Token) -> bool:
    """七|矿|公司, 三|厂: a mine or a works called by its number, glued to its one-character word."""
    return (
        t.flag == "m"
        and _ORDINAL.match(t.word) is not None
        and nxt.word in ("矿", "厂")
        and nxt.start == t.end
    )


# 壹 贰 叁 … 玖: the numerals of cheques and receipts; prose counts never use them, brands do (某省|玖|辉公司)
_FORMAL_NUMERALS = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟")


def _formal_numeral_brand(t: Token, nxt: Token) -> bool:
    """玖|辉建筑…公司: a word opening with a cheque numeral, glued to the next word, opens a brand."""
    return t.flag == "m" and t.word[0] in _FORMAL_NUMERALS and len(t.word) <= 3 and nxt.start == t.end


_ORDINAL = re.compile(r"^[一二三四五六七八九十]{1,3}$")


def _numbered_after_brand(doc: Doc, j: int) -> bool:
    """中铁|十一|局, 某建|十二|冶金建设公司: a group's short name, its unit's number and the trade: the
    number between a proper word and a noun of two characters or more is part of one name (no count:
    the noun after a count is its measure word, 十二|家)."""
    toks = doc.toks
    t, nxt = toks[j], toks[j + 1]
    before = toks[j - 1] if j > 0 else None
    return (
        t.flag == "m"
        and _ORDINAL.match(t.word) is not None
        and nxt.start == t.end
        and nxt.flag in ("n", "vn", "nz", "j")
        and len(nxt.word) >= 2
        and before is not None
        and before.end == t.start
        and (before.flag in _PROPER or before.flag == "n" and doc.freq(before.word) < 100)  # a rare word
        and len(before.word) >= 2
        and is_cjk(before.word)
        and not before.word.endswith(UNIT_TAILS)  # 执法局|三|中队: a body's numbered squad
    )


def numbered(doc: Doc, j: int) -> bool:
    """号 at token j after a number, after a proper name: the number belongs to the unit's name."""
    toks = doc.toks
    return (
        j >= 2
        and toks[j].word == "号"
        and toks[j - 1].word.isdigit()
        and toks[j - 1].end == toks[j].start
        and toks[j - 2].end == toks[j - 1].start
        and toks[j - 2].flag in _PROPER
        and is_cjk(toks[j - 2].word)
    )
