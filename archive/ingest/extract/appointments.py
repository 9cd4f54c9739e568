"""Posts given by an appointment written as a row: 任命甲为书记，乙为组织委员，丙为宣传委员 — each name
before 为 holds the post after it (a decision read out, a temporary Party branch formed); and posts held
by the names between 由 and 担任 (医疗队组长由甲、乙担任), or by the row a team is made of (这支下沉干部队伍由
甲、乙、丙三人组成)."""

from __future__ import annotations

import re

from ..lexicon import SURNAMES
from .role_scope import ROLE_GENERIC, clause_before, ends_with_any_title, shortest_title_phrase

_APPOINTED = re.compile(
    r"(?:任命|推选|选举|聘任|聘请|委任|推举|确定)"
    r"(?P<row>[\u4e00-\u9fff·]{2,4}为[\u4e00-\u9fff]{1,12}(?:[，,、；;][\u4e00-\u9fff·]{2,4}为[\u4e00-\u9fff]{1,12})*)"
)
_ITEM = re.compile(r"([\u4e00-\u9fff·]{2,4}?)为([\u4e00-\u9fff]{1,12})")


def appointed(text: str) -> list[tuple[int, int, str]]:
    """(start, end, post) of each name an appointment names.

    >>> text = "批复下达，任命韦晓岚为书记，骆志平为组织委员。"
    >>> [(text[s:e], post) for s, e, post in appointed(text)]
    [('韦晓岚', '书记'), ('骆志平', '组织委员')]
    >>> appointed("任命书下发后，大家为居民送菜。")
    []
    """
    out = []
    for m in _APPOINTED.finditer(text):
        for item in _ITEM.finditer(text, m.start("row"), m.end("row")):
            name, post = item.group(1), item.group(2)
            if name[0] in SURNAMES and ends_with_any_title(post):
                out.append((item.start(1), item.end(1), post))
    return out


# 医疗队组长由甲、乙担任; 由党总支书记甲同志担任组长: names between 由 and 担任 hold a post.
_HELD_BY = re.compile(
    r"由([^，,。；;！？!?\n由]{2,40}?)(?:同志)?(?:共同|分别)?(?:担任|兼任)([\u4e00-\u9fff]{0,12})"
)


def posts_held(text: str) -> list[tuple[int, int, str]]:
    """(start, end, post): the stretch between 由 and 担任 and the post its names hold, written after
    担任 or else as the whole clause before 由 (东坡区医疗队组长由甲、乙担任).

    >>> posts_held("东坡区医疗队组长由甲某某、乙某某担任。")
    [(9, 16, '东坡区医疗队组长')]
    """
    out = []
    for m in _HELD_BY.finditer(text):
        post = shortest_title_phrase(m.group(2))
        if not post:
            before = clause_before(text, m.start())
            post = before if ends_with_any_title(before) and 2 <= len(before) <= 16 else ""
        if post and "的" not in post and post not in ROLE_GENERIC:
            out.append((m.start(1), m.end(1), post))
    for m in _MADE_OF.finditer(text):  # 这支下沉干部队伍由甲、乙、丙三人组成: the team's people
        post = m.group(1)
        if 2 <= len(post) <= 8 and ends_with_any_title(post) and post not in ROLE_GENERIC:
            out.append((m.start(2), m.end(2), post))
    return out


# 这支下沉干部队伍由甲、乙、丙三人组成: a team of people of one post, made of the names after 由
_MADE_OF = re.compile(
    r"(?:这支|那支|一支|该)?([\u4e00-\u9fff]{2,8}?)(?:队伍|团队|小分队|小组)由([^，,。；;！？!?\n由]{2,60}?)"
    r"等?(?:[两二三四五六七八九十\d]+[人名位])?(?:共同)?组成"
)
