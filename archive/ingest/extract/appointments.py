"""Posts given by an appointment written as a row: 任命甲为书记，乙为组织委员，丙为宣传委员 — each name
before 为 holds the post after it (a decision read out, a temporary Party branch formed)."""

from __future__ import annotations

import re

from ..lexicon import SURNAMES
from .role_scope import ends_with_any_title

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
