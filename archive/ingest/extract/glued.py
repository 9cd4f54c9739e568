"""Function characters jieba glues to a name: one table, each character with the uses it has.

jieba often cuts a one-character preposition, adverb or verb together with the name beside it
(向|祥园社区 → 向祥园|社区, 余|欢向|居民, 孙佳|奕在|进行). Each rule that undoes such a cut reads the
characters of its own use from this table:

- `BEFORE_A_NAME`: a preposition glued to the first character of the name after it (向祥园|社区,
  经区|卫健委, 由华宇|置地); organisations and places.
- `AFTER_A_GIVEN_NAME`: a preposition glued to the last character of a given name jieba cut off its
  surname (余|欢向|居民), taken only where a title stands before the name.
- `AFTER_A_NAME`: a function word glued to the last character of a name whose first two characters
  jieba kept together (孙佳|奕在, 孔德|明说).
- `JOINS_NAMES`: a conjunction glued to the last character of a name before the next name of a list
  (骆|平和|唐国梁).
- `NOT_A_GIVEN_WORD`: a two-character verb ending in one of these is a name's last character and a
  function word (员余|欢在), never a given name read as a verb.
"""

from __future__ import annotations

BEFORE_A_NAME = "before a name"
AFTER_A_GIVEN_NAME = "after a given name"
AFTER_A_NAME = "after a name"
NOT_A_GIVEN_WORD = "not a given word"
JOINS_NAMES = "joins names"

_B, _G, _N, _V, _J = BEFORE_A_NAME, AFTER_A_GIVEN_NAME, AFTER_A_NAME, NOT_A_GIVEN_WORD, JOINS_NAMES

GLUED: dict[str, frozenset[str]] = {
    "在": frozenset({_B, _G, _N, _V}),
    "向": frozenset({_B, _G}),
    "从": frozenset({_B, _G}),
    "对": frozenset({_B, _G}),
    "为": frozenset({_B, _G}),
    "给": frozenset({_B, _G}),
    "经": frozenset({_B}),
    "由": frozenset({_B}),
    "被": frozenset({_B}),
    "据": frozenset({_B}),
    "到": frozenset({_B}),
    "往": frozenset({_B}),
    "赴": frozenset({_B}),
    "把": frozenset({_G}),
    "跟": frozenset({_G}),
    "同": frozenset({_G}),
    "将": frozenset({_G}),
    "让": frozenset({_G}),
    "用": frozenset({_G}),
    "是": frozenset({_N, _V}),
    "说": frozenset({_N, _V}),
    "也": frozenset({_N}),
    "都": frozenset({_N}),
    "就": frozenset({_N}),
    "还": frozenset({_N}),
    "忙": frozenset({_N}),  # 郑国|平忙|引导: busy at what follows
    "和": frozenset({_J}),
    "与": frozenset({_J}),
    "及": frozenset({_J}),
}


# After a title only: 的, or an adverb with 是, glued to a given name's end (杜家|毫的, 闵绍|彬既是)
GLUED_AFTER_A_TITLE = frozenset({"的", "既是", "也是", "还是", "就是", "又是", "都是"})


def glued_for(use: str) -> frozenset[str]:
    """The characters of the table that have this use."""
    return frozenset(ch for ch, uses in GLUED.items() if use in uses)
