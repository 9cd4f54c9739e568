"""Honours and titles the genre gives a person in quotes, before or after the name.

- before: “最美志愿者”甲, “抗疫先锋”甲, 被评为“优秀网格员”的甲, 荣获“最美家庭”称号的甲;
- after: 甲被授予“抗疫先锋”称号, 甲先后荣获“优秀共产党员”“最美志愿者”, 甲被评为“优秀网格员”;
- glued before the name without quotes, with a qualifier before the head: 社区居民、身边好人甲,
  抗疫先锋甲 (a role only: a bare head, 好人甲, or a phrase with a verb is none).

The role is the quoted title as written inside the quotes. The limits: a quoted slogan or a
quoted speech is no role. Without a verb of honouring (评为, 授予, 荣获 …) or a 称号 after it, the
quotes must hold a noun for a person (a title, or an honour's head: 先锋, 标兵, 模范, 好人 …), and
a quotation right before a speech verb (“好的”甲说) is speech. Pure functions over the text.
"""

from __future__ import annotations

import re

from ..lexicon import SPEECH_VERBS
from .role_scope import ends_with_any_title, is_generic, quoted_head

# The heads of honours that name a person (“抗疫先锋”, “最美逆行者”, “身边好人”, “三八红旗手”).
HONOUR_HEADS = (
    "先锋 标兵 模范 楷模 好人 能手 卫士 达人 之星 榜样 英雄 劳模 逆行者 守护者 带头人 排头兵 领头雁 "
    "先进个人 工作者 红旗手 尖兵 巾帼 好青年 好邻居 好少年 好媳妇 守门人 贴心人 暖心人 热心人"
).split()
_QUOTED = r"“(?P<title>[^“”‘’，,。；;！？!?：:、\s]{2,14})”"
_HONOURING = r"(?:被|曾被|先后被|还被|也被|多次被)?(?:评为|评选为|授予|表彰为|誉为)|荣获|获评|获得|获授|喜获"
# (被评为)“优秀网格员”(称号)(的) right before the name
_BEFORE = re.compile(rf"(?P<verb>(?:{_HONOURING})了?)?{_QUOTED}(?P<named>称号|荣誉称号|荣誉)?的?$")
_AFTER = re.compile(
    rf"(?:曾经|曾|先后|还|也|多次|今年|去年)?(?:{_HONOURING})了?(?P<run>(?:“[^“”]{{2,14}}”[、和与及]?)+)"
)
_ONE = re.compile(_QUOTED)
_NOT_TITLE_END = set("了吗呢吧啊呀哦哈嘛的")


def names_a_person(title: str) -> bool:
    """“抗疫先锋”, “最美志愿者”: quoted words that end with a title or an honour's head."""
    if title[-1] in _NOT_TITLE_END or is_generic(title):
        return False
    return bool(ends_with_any_title(title)) or title.endswith(tuple(HONOUR_HEADS)) or quoted_head(title)


def honour_before(text: str, start: int, end: int) -> str:
    """The quoted honour right before the name at `start` (ending at `end`), or ""."""
    m = _BEFORE.search(text, max(0, start - 30), start)
    if m is None or (not m.group("verb") and text.startswith(SPEECH_VERBS, end)):
        return ""
    title = m.group("title")
    honoured = bool(m.group("verb") or m.group("named")) and title[-1] not in _NOT_TITLE_END
    return title if honoured or names_a_person(title) else ""


def honours_after(text: str, end: int) -> list[str]:
    """The quoted honours the name's own clause gives it right after the name (甲被授予“…”称号)."""
    m = _AFTER.match(text, end)
    if m is None:
        return []
    return [t for t in _ONE.findall(m.group("run")) if t[-1] not in _NOT_TITLE_END]


_GLUED = re.compile(
    rf"(?:^|(?<=[、，,。；;：:\n\s的”]))(?P<title>[\u4e00-\u9fff]{{2,6}}?(?:{'|'.join(HONOUR_HEADS)}))$"
)


def honour_glued(text: str, start: int) -> str:
    """An honour printed without quotes right before the name at `start` (身边好人甲), or "".

    >>> honour_glued("社区居民、身边好人韦晓岚", 9), honour_glued("好人韦晓岚", 2)
    ('身边好人', '')
    """
    m = _GLUED.search(text, max(0, start - 12), start)
    if m is None:
        return ""
    title = m.group("title")
    return title if len(title) >= 4 and not is_generic(title) else ""
