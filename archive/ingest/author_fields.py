"""The writers a trusted author field names (a dataset's author column, front matter, a WeChat author
tag), in either script: each name once, titles (记者, 記者, 通讯员) dropped, Latin names kept whole."""

from __future__ import annotations

import re

from .bylines import is_surname

_NAME_SPLIT = re.compile(r"[\s\u00a0\u3000、,，;；/|｜]+")
_NAME_OK = re.compile(r"^[\u4e00-\u9fff·]{2,6}$")
_TITLE = r"(?:本报|本報|新华社|新華社|本台|本网|本網|特约|特約)?(?:记者|記者|通讯员|通訊員)"
_LATIN_FAMILY_GIVEN = re.compile(r"[A-Za-z][A-Za-z'.\-]*,\s*[A-Za-z][A-Za-z'.\-]*")  # Smith, John


def writer_names(raw: str) -> list[str]:
    """The Chinese names a credit value gives (titles and bracketed notes dropped)."""
    raw = re.sub(r"[（(【\[].*?[）)】\]]", " ", raw)
    raw = re.sub("^" + _TITLE, "", raw.strip())
    out = []
    for part in _NAME_SPLIT.split(raw):
        part = part.strip("（()）【】[]")
        part = re.sub("^" + _TITLE, "", part)
        if _NAME_OK.match(part) and is_surname(part[0]) and part not in out:
            out.append(part)
    return out


_FIELD_SPLIT = re.compile(r"\s*(?:[;；,，、/|｜]|\s(?:and|&)\s)\s*", re.I)
_FIELD_LEAD = re.compile(r"^[\s\-—–·•*]+")
_FIELD_LABEL = re.compile(
    r"^(?:作者|文字?|图片?|圖片?|摄影?|攝影?|撰稿|供稿|记者|記者|通讯员|通訊員|by)(?:\s*[:：]\s*|\s+|$)", re.I
)
# With a semicolon, a comma is inside a name (Smith, John; 韦晓岚).
_SEMICOLONS = re.compile(r"\s*(?:[;；、]|\s(?:and|&)\s)\s*", re.I)


def field_names(cell: str) -> list[str]:
    """The writers a trusted author field names (a dataset's author column, a WeChat author tag): each
    part between separators (; , 、 / | and "and"), a leading dash or bullet dropped; a part of
    Chinese names and titles (记者 甲某 乙某) gives its names, any other part (a Latin name, a name
    printed with a space) is kept as written.

    >>> field_names("—韦晓岚, 骆志平")
    ['韦晓岚', '骆志平']
    >>> field_names("Li Si; Zhang San and Wang Wu")
    ['Li Si', 'Zhang San', 'Wang Wu']
    >>> field_names("本报记者 韦晓岚 骆志平；陈 晓东")
    ['韦晓岚', '骆志平', '陈 晓东']
    >>> field_names("文 | 韦晓岚"), field_names("作者：骆志平")
    (['韦晓岚'], ['骆志平'])
    >>> field_names("Smith, John; 赵晓东"), field_names("Smith, John"), field_names("記者林小華")
    (['Smith, John', '赵晓东'], ['Smith, John'], ['林小華'])
    """
    out: list[str] = []
    cell = cell.strip()
    split = _SEMICOLONS if re.search("[;；]", cell) else _FIELD_SPLIT
    parts = [cell] if _LATIN_FAMILY_GIVEN.fullmatch(cell) else split.split(cell)
    for part in parts:
        part = _FIELD_LABEL.sub("", _FIELD_LEAD.sub("", part).strip()).strip()
        for name in (writer_names(part) or [part[:50]]) if part else []:
            if name not in out:
                out.append(name)
    return out


_UNIT_END = re.compile(r"[版刊报网台站社部办委局区县市镇乡村组]$|^(?:原创|转载|整理)$")


def writers_after(value: str, outlet: str) -> list[str]:
    """来源:某某日报 甲某 乙某: the writers the 来源 value names after its outlet (names only, each a surname
    and one or two characters; anything else after the outlet, a page or an issue, names none)."""
    words = value.replace(outlet, " ", 1).split() if outlet and value.strip().startswith(outlet) else []
    named = all(
        re.fullmatch(r"[\u4e00-\u9fff]{2,3}", w) and is_surname(w[0]) and not _UNIT_END.search(w)
        for w in words
    )
    return words if words and named else []
