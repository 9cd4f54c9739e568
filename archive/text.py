r"""Characters that change how text is shown without being seen: bidirectional controls and
zero-width characters. An imported headline or a curator's alias containing U+202E (right-to-left
override) displays "bidi\u202etxt.exe" as "bidiexe.txt"; a zero-width space splits a name so that
search and merges miss it. Chinese news text never needs them, so the import and curator input
remove them (`strip_invisible`), pages remove them from anything stored before that (the
`no_invisible` template filter), and the original-capture view shows them as visible marks
(`mark_invisible`) because it must not change the text it shows.

    >>> strip_invisible("bidi\u202etxt.exe\u202c")
    'biditxt.exe'
    >>> strip_invisible("潘\u200b晓\ufeff喆")
    '潘晓喆'
    >>> mark_invisible("a\u202eb")
    'a⟨U+202E⟩b'
"""

from __future__ import annotations

import re
from functools import lru_cache

from textnorm.normalize import t2s_converter

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# Control characters (C0 but tab and line ends, DEL, C1) and the non-characters U+FFFE/U+FFFF: XML 1.0
# cannot carry most of them (a feed of a page holding a backspace was a 500), and a name with one
# inside (吴天\b明) is no name. A vertical tab or form feed ends a line.
CONTROLS = (
    "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]))
    + "\ufffe\uffff"
)
INVISIBLE = BIDI_CONTROLS + ZERO_WIDTH + CONTROLS
_REMOVE = {**dict.fromkeys(map(ord, INVISIBLE)), 0x0B: "\n", 0x0C: "\n", 0x85: "\n"}
_MARK = {ord(c): f"⟨U+{ord(c):04X}⟩" for c in INVISIBLE}
# A joiner inside an emoji sequence: after a pictograph (with its skin tone or presentation selector),
# before another pictograph
_PICTOGRAPH = "\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_EMOJI_JOINER = re.compile(f"(?<=[{_PICTOGRAPH}\ufe0f\U0001f3fb-\U0001f3ff])\u200d(?=[{_PICTOGRAPH}])")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def strip_invisible(text: str) -> str:
    r"""`text` without bidi controls, zero-width and control characters (a vertical tab or form feed
    becomes a line end).

    >>> strip_invisible("吴天\x08明\x0c社区\x01")
    '吴天明\n社区'

    A zero-width joiner between two emoji stays: it makes them one (🧑‍⚕️ is a health worker).

    >>> strip_invisible("口罩🧑\u200d⚕️与吴天\u200d明") == "口罩🧑\u200d⚕️与吴天明"
    True
    """
    if "\u200d" in text:
        return "\u200d".join(part.translate(_REMOVE) for part in _EMOJI_JOINER.split(text))
    return text.translate(_REMOVE)


def xml_safe(value: object) -> str:
    r"""`value` as text XML 1.0 can carry (feeds, OAI-PMH): the characters it forbids removed, for text
    stored before the import removed them and for what a request sends (a feed's query).

    >>> xml_safe("a\x01b\ufffe")
    'ab'
    """
    return _NOT_XML.sub("", str(value))


def mark_invisible(text: str) -> str:
    """`text` with each bidi control or zero-width character shown as a visible ⟨U+XXXX⟩ mark."""
    return text.translate(_MARK)


def shown_file_name(name: str) -> str:
    """An imported file's name wherever it is shown or given out (article page, capture page, JSON, the
    download's Content-Disposition, the admin): each bidi control or zero-width character as a visible
    ⟨U+XXXX⟩ mark, so `bidi\u202etxt.exe` cannot pass for `bidiexe.txt`, yet the name stays the one
    collected (the stored `file_name` is unchanged).

    >>> shown_file_name("bidi\u202etxt.exe")
    'bidi⟨U+202E⟩txt.exe'
    """
    return mark_invisible(name)


def strip_invisible_fields(obj: object, *names: str) -> None:
    """Strip the named text attributes of `obj` in place (strings, and lists of strings such as aliases)."""
    for name in names:
        value = getattr(obj, name, None)
        if isinstance(value, str):
            setattr(obj, name, strip_invisible(value))
        elif isinstance(value, list):
            setattr(obj, name, [strip_invisible(v) if isinstance(v, str) else v for v in value])


# How much of a text decides its script: a headline or a name whole, a long text by its opening.
SCRIPT_SAMPLE = 200


@lru_cache(maxsize=16384)
def _script_of(sample: str) -> str:
    return "zh-Hant" if t2s_converter().convert(sample) != sample else "zh-Hans"


def script_tag(value: object) -> str:
    """The language tag of a piece of the archive's content: `zh-Hant` when its first 200 characters
    change under OpenCC's traditional → simplified conversion, else `zh-Hans`. Pages mark content
    with it (`zh_lang`), and citations give it as the work's language.

    >>> script_tag("黨員幹部下沉社區"), script_tag("党员干部下沉社区"), script_tag(None)
    ('zh-Hant', 'zh-Hans', 'zh-Hans')
    """
    return _script_of(str(value or "")[:SCRIPT_SAMPLE])


def split_note(body: str, kinds: list[str]) -> tuple[str, str]:
    """(the note's lines, the story's lines) of a stored body, by each line's paragraph kind.

    >>> split_note("编者按：系列报道。\\n本报讯 早晨。", ["note", "text"]), split_note("早晨。", ["text"])
    (('编者按：系列报道。', '本报讯 早晨。'), ('', '早晨。'))
    """
    if "note" not in kinds:
        return "", body
    parts: tuple[list[str], list[str]] = ([], [])
    for n, line in enumerate(body.split("\n")):
        parts[n >= len(kinds) or kinds[n] != "note"].append(line)
    return "\n".join(parts[0]), "\n".join(parts[1])
