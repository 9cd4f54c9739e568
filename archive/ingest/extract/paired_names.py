"""Names that are words of the language (舒畅, 高兴, 林立), found where the story treats them as a person:
joined by 和/与 to a name jieba tagged, and, in a clause of their own, the speaker of a speech verb.

一对夫妻——甲和舒畅。舒畅介绍,…: 舒畅 (at ease) is an adjective to jieba, yet the story pairs it with a
person and has it speak. Either alone is no evidence (心情舒畅, 和舒畅的心情); both together are.
"""

from __future__ import annotations

from ..lexicon import CONJUNCTION_SURNAMES, SURNAMES
from .tokens import Doc, is_cjk

_JOINING = ("和", "与", "跟", "同")
_NAME_TAGS = ("nr", "nrfg")
_CLAUSE_OPENERS = "。！？!?；;，,：:“”\n"
_COMMON = 500  # a word this frequent in jieba's dictionary is too ordinary to be read as a name
# The verbs of speech that take the speaker as their subject right before them (not 感慨, 坦言 …
# which the genre also writes after descriptions: 舒畅地说 is a manner).
_SAID = ("说", "介绍", "表示", "告诉")


def _paired(doc: Doc, k: int) -> bool:
    """The word at token k joined by a conjunction to a name jieba tagged, on either side."""
    toks = doc.toks
    before = toks[k - 2 : k]
    after = toks[k + 1 : k + 3]
    return (len(before) == 2 and before[1].word in _JOINING and before[0].flag in _NAME_TAGS) or (
        len(after) == 2 and after[0].word in _JOINING and after[1].flag in _NAME_TAGS
    )


def _speaks(doc: Doc, k: int) -> bool:
    """The word at token k opens a clause and a verb of speech follows it directly."""
    t = doc.toks[k]
    opens = t.start == 0 or doc.text[t.start - 1] in _CLAUSE_OPENERS
    return opens and doc.text.startswith(_SAID, t.end)


def paired_speakers(doc: Doc) -> list[tuple[int, str]]:
    """Every mention of a two-character word led by a surname that the text both pairs with a tagged
    name (甲和舒畅) and has speak at the head of a clause (。舒畅介绍).

    >>> from archive.ingest.lexicon import Lexicon
    >>> d = Doc("社区里有一对夫妻——王建军和舒畅。舒畅介绍,老人很多。心情很舒畅。", Lexicon())
    >>> [name for _start, name in paired_speakers(d)]
    ['舒畅', '舒畅']
    >>> paired_speakers(Doc("王建军和舒畅的心情一样。心情舒畅地说。", Lexicon()))
    []
    """
    by_word: dict[str, list[int]] = {}
    for k, t in enumerate(doc.toks):
        w = t.word
        if (
            len(w) == 2
            and is_cjk(w)
            and w[0] in SURNAMES
            and w[0] not in CONJUNCTION_SURNAMES
            and t.flag not in _NAME_TAGS
            and doc.freq(w) < _COMMON
        ):
            by_word.setdefault(w, []).append(k)
    out = []
    for w, ks in by_word.items():
        if any(_paired(doc, k) for k in ks) and any(_speaks(doc, k) for k in ks):
            out += [(doc.toks[k].start, w) for k in ks if _paired(doc, k) or _speaks(doc, k)]
    return out
