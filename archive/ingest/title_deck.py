"""A headline and its deck (摘要) printed on one line, a space between them, over the dateline.

Portals that copy a paper's story often print `楼道里的团长:“我的楼栋我的群” 封控中的小区里…,…`: the
headline (a few words, no clause) and, after one space, the summary in clauses. The whole line is too
long and too clause-like to pass for a headline, so the page lost its headline to the first sentence.
"""

from __future__ import annotations

import re

from .headline_text import quoted_out, title_candidate

_HEAD_AND_DECK = re.compile(r"(?P<head>\S{4,36})[ \u3000](?P<deck>[^\s。]{8,90})")
_CLAUSE = re.compile(r"[，,。；;！？!?]")


def headline_and_deck(line: str) -> tuple[str, str] | None:
    """(headline, deck) when the line is a headline, a space and a summary in clauses; else None.

    >>> headline_and_deck("青松的奇兵:“我的楼栋我的团” 社区里有一支支团购奇兵,和志愿者一起守护这座城")
    ('青松的奇兵:“我的楼栋我的团”', '社区里有一支支团购奇兵,和志愿者一起守护这座城')
    >>> headline_and_deck("青松社区 志愿者守好大门"), headline_and_deck("记者 韦晓岚 摄,青松社区,三月")
    (None, None)
    >>> headline_and_deck("@青松人 请放心,米面油菜都备足了!")
    """
    m = _HEAD_AND_DECK.fullmatch(line.strip())
    if m is None:
        return None
    head, deck = m["head"], m["deck"]
    if head.startswith(("@", "＠")):
        return None  # @某地人 请放心,…: a headline addressing its readers, one line
    if re.search(r"——|──", deck):
        return None  # 主题 续题——副题: the dash parts the title from its subtitle, not the space
    if _CLAUSE.search(quoted_out(head)) or not title_candidate(head) or not re.search(r"[，,]", deck):
        return None
    return head, deck
