"""A headline signed by its writer (某某•春节值班日记), as literary and personal-essay pages print them,
and the writer's short biography under it (某某,广西某县人,乡镇干部。…): both are the article's metadata
(its author), never the story's people. Pure functions over lines."""

from __future__ import annotations

import re

from .metadata import names_a_person

# 某某•标题, 某某·标题: a name of two to four characters, a middle dot, then the headline proper
_SIGNED = re.compile(r"^([\u4e00-\u9fff]{2,4})\s*[•·]\s*(\S.{3,})$")
# 某某,男,…; 某某 ,广西某县人,…; 某某,1975年生,…; 某某,笔名…: the opening of a writer's biography
_BIO = re.compile(
    r"^([\u4e00-\u9fff]{2,4})\s*[,，]\s*(?:男|女|笔名|网名|[\u4e00-\u9fff]{2,8}人\s*[,，。]|\d{4}\s*年(?:出)?生)"
)


def signed_headline(title: str, lines: list[str]) -> tuple[str, str] | None:
    """(writer, headline) when the headline opens with a person's name and a middle dot and the page
    names that writer again at the start of another line (a biography, a byline); else None.

    >>> signed_headline("韦晓岚•春节值班的日子", ["韦晓岚•春节值班的日子", "韦晓岚,广西某县人,乡镇干部。"])
    ('韦晓岚', '春节值班的日子')
    >>> signed_headline("中国•清河社区的一天", ["中国•清河社区的一天", "中国,是…"]) is None
    True
    """
    m = _SIGNED.match(title)
    if m is None or not names_a_person(m.group(1)):
        return None
    again = any(line.startswith(m.group(1)) and not _SIGNED.match(line) for line in lines)
    return (m.group(1), m.group(2)) if again else None


def writer_bio(line: str, writer: str) -> bool:
    """The writer's biography line (某某 ,某省某县人,基层干部。)."""
    m = _BIO.match(line)
    return m is not None and m.group(1) == writer
