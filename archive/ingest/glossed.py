"""The plain form of a line, for recognising chrome on traditional-character and glossed pages.

Mirror sites convert pages to traditional characters, and some converters print a pinyin gloss
after characters (社區(qū), 相關(guān)閱讀): chrome words (相关阅读, 关键词, 责任编辑) are then no
longer the strings the rules look for. `plain` drops the glosses and maps traditional to simplified
characters; it is used only to decide what a line is, never as the text that is kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from textnorm.normalize import t2s_converter

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# A pinyin gloss: a lowercase syllable with a tone mark in brackets right after a Chinese character.
_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])[(（](?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,7}}[)）]")


def has_gloss(line: str) -> bool:
    """True when the line carries a converter's pinyin gloss.

    >>> has_gloss("社區(qū)黨支部"), has_gloss("我們都80(歲)了")
    (True, False)
    """
    return _GLOSS.search(line) is not None


def unglossed(line: str) -> str:
    """The line without pinyin glosses, in its own script (a headline's length is read so).

    >>> unglossed("清河網(wǎng)手機版")
    '清河網手機版'
    """
    return _GLOSS.sub("", line) if "(" in line or "（" in line else line


@lru_cache(maxsize=8192)
def plain(line: str) -> str:
    """The line without pinyin glosses, in simplified characters.

    >>> plain("相關(guān)閱讀"), plain("關(guān)鍵詞:"), plain("居民区有53栋楼。")
    ('相关阅读', '关键词:', '居民区有53栋楼。')
    """
    if line.isascii():
        return line
    return t2s_converter().convert(_GLOSS.sub("", line))


def without_glosses(text: str) -> tuple[str, list[int] | None]:
    """The text without pinyin glosses, and for each of its characters the offset of that character in
    `text` (None, and the text itself, when there is no gloss).

    >>> plain, index = without_glosses("村支書(shū)馮立")
    >>> plain, index[3:]
    ('村支書馮立', [8, 9])
    """
    return _without(text, _GLOSS)


# Spaces a page prints after a list's mark (甲、 乙、 丙): no part of the names the list joins
_LIST_SPACE = r"(?<=、)[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff])"
_READING_NOISE = re.compile(f"{_GLOSS.pattern}|{_LIST_SPACE}")


def without_reading_noise(text: str) -> tuple[str, list[int] | None]:
    """The text without pinyin glosses and without the spaces after a list's marks, with each kept
    character's offset in `text` (None, and the text itself, when there is neither).

    >>> plain, index = without_reading_noise("委员吴劲秋、 李卫东")
    >>> plain, index[6:]
    ('委员吴劲秋、李卫东', [7, 8, 9])
    """
    return _without(text, _READING_NOISE)


def _without(text: str, pattern: re.Pattern) -> tuple[str, list[int] | None]:
    if text.isascii() or pattern.search(text) is None:
        return text, None
    keep, index, at = [], [], 0
    for m in pattern.finditer(text):
        keep.append(text[at : m.start()])
        index.extend(range(at, m.start()))
        at = m.end()
    keep.append(text[at:])
    index.extend(range(at, len(text)))
    return "".join(keep), index
