"""A television report's lower third printed as lines: the speaker's name alone on its line, the post
alone on the next (次央 / 东坡社区党支部书记), whatever the name's origin (there is no surname to check).
"""

from __future__ import annotations

import re

from ..lexicon import COMPOUND_SURNAMES, SURNAMES
from .credits import CREDIT_KEYS
from .role_scope import ROLE_GENERIC, clause_before, ends_with_any_title
from .tokens import Doc

LABEL_PAIR = re.compile(
    r"^[ \u3000]*([\u4e00-\u9fff·]{2,6})[ \u3000]*\n[ \u3000]*([\u4e00-\u9fff]{2,30})[ \u3000]*$", re.M
)
_POST_LINE = re.compile(r"[ \u3000]*\n[ \u3000]*([\u4e00-\u9fff]{2,30})[ \u3000]*$", re.M)


def post_under_label(text: str, end: int) -> str:
    r"""The post printed on the line under a name that stands alone on its line (ending at `end`).

    >>> post_under_label("次央\n东坡社区党支部书记\n我们每天…", 2), post_under_label("甲说\n好", 2)
    ('东坡社区党支部书记', '')
    """
    post = _POST_LINE.match(text, end)
    if post and ends_with_any_title(post.group(1)) and LABEL_PAIR.match(text, text.rfind("\n", 0, end) + 1):
        return post.group(1)
    return ""


# A credit's key before a colon (记者：, 责任编辑：): the credits' own keys, and a host's or chief editor's
_CREDIT_POST = re.compile(rf"(?:{CREDIT_KEYS}|主编|主持人)$")


def post_before_colon(text: str, start: int) -> str:
    """The post a roster prints before its holder's name and a colon (村支书：甲、村主任：乙), or "":
    the whole clause before the colon, when it ends with a title that is neither generic nor a credit's.

    >>> post_before_colon("疫情中，东坡村村支书：甲", 11), post_before_colon("记者：甲", 3)
    ('东坡村村支书', '')
    """
    if start < 2 or text[start - 1] not in ":：" or clause_before(text, start):
        return ""
    clause = clause_before(text, start - 1).rsplit("、", 1)[-1]  # 村支书：甲、村主任：乙 (乙's is 村主任)
    post = ends_with_any_title(clause)
    return clause if post and post not in ROLE_GENERIC and not _CREDIT_POST.search(post) else ""


def labelled_names(doc: Doc) -> list[tuple[int, str]]:
    """Names printed as a label over the post (a television report's caption): the line is no word of
    the dictionary and no title; the next line is a title phrase and nothing else."""
    out = []
    for m in LABEL_PAIR.finditer(doc.text):
        name, post = m.group(1), m.group(2)
        if doc.is_word(name) or ends_with_any_title(name) or not ends_with_any_title(post):
            continue
        if any(
            doc.is_word(name[k : k + 2]) and doc.freq(name[k : k + 2]) >= 200 for k in range(len(name) - 1)
        ):
            continue  # 坚守岗位, 居民说: a heading or a phrase of common words, not a name
        out.append((m.start(1), name))
    return out


# 【经济学院:甲】, [某某社区：乙]: a profile's heading, the unit the person is of and the name, bracketed
_UNIT_LABEL = re.compile(
    r"^[ \u3000]*[【\[][\u4e00-\u9fff]{2,12}?(?:学院|大学|学校|中学|小学|社区|村|公司|医院|街道|镇|乡|支部)"
    r"[:：][ \u3000]*([\u4e00-\u9fff]{2,4})[】\]][ \u3000]*$",
    re.M,
)


def unit_labels(doc: Doc) -> list[tuple[int, str]]:
    """The names of profiles headed 【某某学院:甲】: led by a surname, no word of the language."""
    return [
        (m.start(1), name)
        for m in _UNIT_LABEL.finditer(doc.text)
        if ((name := m.group(1))[0] in SURNAMES or name[:2] in COMPOUND_SURNAMES) and not doc.is_word(name)
    ]
