"""Where the walk back from a body's suffix (`organizations._start_of`) stops at a word: the words that
are never part of a body's name standing before it, whatever else the walk allows there."""

from __future__ import annotations

import re

from ..lexicon import TITLE_SET
from ..org_words import ORG_SUFFIXES
from .tokens import Doc, Token

_COUNTED = {"名", "人", "位", "个", "家", "户"}
_POSTS = ("书记", "主任", "主席", "部长", "局长", "镇长", "村长", "站长", "队长", "委员")
PROPER_FLAGS = {"ns", "nz", "nr", "nrt", "nrfg", "j", "nt"}  # jieba's tags of proper names
_COMMUNITY_WORDS = ("社区", "村", "居民区")


def stops_the_walk(doc: Doc, j: int, start: int, m: re.Match) -> bool:
    """Token j, before the name found so far (from `start`, the suffix matched by `m`), ends the walk:

    - a deputy's capacity or a body's behalf (人大代表|青松物业党支部书记, 某某|代表|校党委);
    - a count of people (135名|物业, 40余人|志愿服务队);
    - a post, or the person named after one (党组书记|韦岗|带队|工商联);
    - a preposition jieba glued to the word before the name (配送组由|小区业委会);
    - a title before a committee named in one word (单位干部|共青团某县委, 队长|校团委);
    - a community before a school, which is named for itself (新山村社区|古南中学).
    """
    toks, t = doc.toks, doc.toks[j]
    school = ORG_SUFFIXES[m.group(0)] == "school"
    return (
        t.word.endswith(("代表", "委员"))
        and len(t.word) >= 3
        or t.word in ("代表", "代表着")
        or t.word in _COUNTED
        and j > 0
        and toks[j - 1].flag == "m"
        or t.word.endswith(_POSTS)
        or t.flag in ("nr", "nrfg")
        and j > 0
        and toks[j - 1].word.endswith(_POSTS)
        or len(t.word) == 2
        and t.word[1] in "由被据经"
        and t.flag not in PROPER_FLAGS
        or t.word in TITLE_SET
        and toks[j + 1].start == start
        and _whole_body(toks[j + 1])
        or school
        and t.word.endswith(_COMMUNITY_WORDS)
        and m.start() - t.end >= 2
    )


def _whole_body(t: Token) -> bool:
    """A token that is a body's whole name by itself: jieba's organisation tags (共青团某县委/nt) or a
    committee named relatively in one word (校团委, 院党委; 志愿者|服务中心 is a name's two words)."""
    return t.flag in ("nt", "j") or len(t.word) >= 3 and t.word.endswith("委") and t.word not in ORG_SUFFIXES
