"""A name jieba split in two, its surname tagged a name by itself or its given name a word of its own
(韦/nr|秀英, 钱/n|红梅/nr)."""

from __future__ import annotations

from .evidence import opens_with_common_word, reads_as_a_phrase
from .tokens import Doc


def surname_tagged_alone(doc: Doc, i: int, name: str) -> bool:
    """韦/nr|秀英, 骆/nr|新民, 钱/n|红梅/nr: jieba tagged the surname a name by itself, or the given
    name after it, a word of two characters that completes the name (秀英, 新民, 海燕)."""
    t = doc.toks[i]
    return (
        len(name) == 3
        and len(t.word) == 1
        and (
            t.flag == "nr"
            or doc.toks[i + 1].flag[:2] == "nr"  # 钱/n|红梅/nr: the given name tagged
            # 东坡村的黄/n|平江/ns: a given name that is a place's, after 的 (a unit before it decides)
            or doc.toks[i + 1].flag == "ns"
            and doc.text[t.start - 1 : t.start] == "的"
        )
        and doc.toks[i + 1].word == name[1:]
        # (冯/nr|喇叭: a common noun after the surname is a nickname or a thing, not a given name)
        and (doc.toks[i + 1].flag[:2] in ("nr", "nz") or doc.freq(name[1:]) < 300)
        and not opens_with_common_word(doc, name)
        and not reads_as_a_phrase(doc, i, name)
    )
