"""What stands at the head of a body's name beyond the walk over its tokens: businesses counted, no name
(90余家|小餐馆, 第一家|民宿), and a body written out under the one above it (国家税务总局|某市税务局, the
Youth League's 团|某省某县委)."""

from __future__ import annotations

import re

_LEAGUE_OF = ("县委", "市委", "区委", "省委", "州委", "旗委")
# 90余家|小餐馆, 11处|检查站: businesses or posts counted
_HOUSES_COUNTED = re.compile(r"(?:第?[\d一二三四五六七八九十两几百千]+[余多]?[家处]|[余多][家处])(?:小|大)?$")
_HOUSES_OPEN = re.compile(
    r"(?:另外?|[这那每该])?第?[\d一二三四五六七八九十两几百千]+[余多]?家(?![子庄屯村店湾坊寨沟营窑岭铺堡])"
)
_TAX_BUREAUS = ("税务局", "税务所", "税务分局")


# 纽约|数家|药店: a count of businesses inside the words before the suffix, after the place they stand in
_HOUSES_INSIDE = re.compile(
    r"(?:数|几|多|[\d一二三四五六七八九十两百千]+[余多]?)家(?![子庄屯村店湾坊寨沟营窑岭铺堡])"
)


def counted_inside(text: str, start: int, suffix_start: int) -> bool:
    """纽约数家|药店: businesses counted between the name's start and its suffix, none named."""
    found = _HOUSES_INSIDE.search(text, start, suffix_start)
    return found is not None and found.end() >= suffix_start - 2


def businesses_counted(text: str, start: int) -> bool:
    """90余家|小餐馆, 第一家|民宿: businesses counted before the suffix, none named (八家子村 is a name).

    >>> businesses_counted("街上有20余家小餐馆", 6), businesses_counted("八家子村党总支", 0)
    (True, False)
    """
    counted = _HOUSES_COUNTED.search(text, max(0, start - 6), start + 1) and text[start] != "子"
    return bool(counted or _HOUSES_OPEN.match(text, start))


def start_above(text: str, start: int, m: re.Match, gaz_level: dict[int, str]) -> int:
    """The start of a body's name taking in the body above it written before it: 国家税务总局 before a
    local tax bureau (one bureau's full name), 团 before a province's county committee (the Youth
    League's, 团县委 written out). `m` matched the suffix; `gaz_level`: division levels by start."""
    if text.endswith(_TAX_BUREAUS, 0, m.end()) and text[max(0, start - 6) : start] == "国家税务总局":
        start -= 6
    if m.group(0) in _LEAGUE_OF and text[start - 1 : start] == "团" and start in gaz_level:
        start -= 1
    return start
