"""A television report's lower third printed as lines: the speaker's name alone on its line, the post
alone on the next (次央 / 东坡社区党支部书记), whatever the name's origin (there is no surname to check).
"""

from __future__ import annotations

import re

from .role_scope import ends_with_any_title
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
