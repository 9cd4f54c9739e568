"""Names of two bodies written as one: a committee and its government (市委市政府, 某乡党委政府), and
the issuers of a joint document (中共某市委办公厅某市人民政府办公厅联合印发的通知).

Pure functions over a found name and its span.
"""

from __future__ import annotations

import re

from ..org_words import ORG_SUFFIXES_BY_LENGTH
from .places import GazetteerSpan

# 省委省政府, 市委市政府, 县委县政府: a level's Party committee and its government as one; 某乡党委政府 too
_AND_GOVERNMENT = re.compile(
    r"^(?P<party>.*?(?P<level>[省市县区州盟旗镇乡])?(?:党)?委)(?P<gov>(?P=level)?(?:人民)?政府)$"
)


def committee_and_government(start: int, end: int, name: str) -> list[tuple[int, int, str]]:
    """The two bodies of a joint name, each as written: 市委|市政府, 省委|省政府. 某镇党委政府 stays whole:
    the government's own name is not written, so the joint name is the name as written (the gold's
    longer name, its committee embedded in it)."""
    m = _AND_GOVERNMENT.match(name)
    if not m or len(m["party"]) < 2 or not m["level"] or m["gov"][0] != m["level"]:
        return [(start, end, name)]
    split = start + len(m["party"])
    return [(start, split, m["party"]), (split, end, m["gov"])]


# The levels whose full names open a body of their own; a branch named after its parent's place stays one
# name (某市公安局|某区分局: `org_pairs.branch_of`).
_OWN_LEVELS = ("city", "district", "county")
_LEVEL_ENDS = tuple("省市区县州盟旗")
_BRANCH_ENDS = tuple("分局 分行 支行 分公司 分院 分社 分所 分会 支队 大队 中队 派出所 营业部".split())


_NATIONAL_OVER_LOCAL = frozenset({"国家税务总局"})
# 工商银行|泸州分行党委: a branch's own committee after the branch's name, the bank's branch all along
_BRANCHS_OWN = re.compile(rf"(?:{'|'.join(_BRANCH_ENDS)})(?:党委|党总支|党支部|工会|团委)$")


def joint_issuers(
    start: int, end: int, name: str, gaz: dict[int, GazetteerSpan]
) -> list[tuple[int, int, str]]:
    """中共某市委办公厅|某市人民政府办公厅: a body's full name ends, and the next body's opens with a
    division's full name (某市, 某县), with nothing between them: the two bodies of a joint document.
    `gaz`: the divisions the text names, by where they start.

    >>> spans = {2: (2, 5, "青禾市", "city"), 9: (9, 12, "青禾市", "city")}
    >>> joint_issuers(0, 19, "中共青禾市委办公厅青禾市人民政府办公厅", spans)
    [(0, 9, '中共青禾市委办公厅'), (9, 19, '青禾市人民政府办公厅')]
    """
    for s, e, place, level in (gaz[p] for p in range(start + 1, end) if p in gaz):
        if e >= end or level not in _OWN_LEVELS or not place.endswith(_LEVEL_ENDS):
            continue
        first, second = name[: s - start], name[s - start :]
        national = first in _NATIONAL_OVER_LOCAL  # 国家税务总局|某市税务局: one bureau's full name
        branch = second.endswith(_BRANCH_ENDS) or _BRANCHS_OWN.search(second) is not None
        if len(first) >= 4 and first.endswith(ORG_SUFFIXES_BY_LENGTH) and not branch and not national:
            return [(start, s, first), *joint_issuers(s, end, second, gaz)]
    return [(start, end, name)]
