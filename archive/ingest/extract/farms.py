"""State farms, ranches, forest farms and the Xinjiang Corps' regiments: township-level divisions the
national list names (江苏省新曹农场, 阿热勒托海牧场, 兵团七十三团) that a story writes without their
county, often without the list's own prefixes (新曹农场, 七十三团). Each is a place wherever its name
stands on a word's edge; a regiment needs a number of two characters or more (一团 is a lump, 七十三团 a
regiment). Pure functions over the tokens and the gazetteer."""

from __future__ import annotations

import re
from functools import lru_cache

from ..divisions import divisions
from ..gazetteer import gazetteer
from .division_forms import is_common_word
from .tokens import Doc, simplified
from .unit_names import GazetteerSpan

_FARM = re.compile(r"(?:农牧场|农场|牧场|林场)$")
_CORPS = r"(?:兵团)?(?:第?[一二三四五六七八九十]+师|农[一二三四五六七八九十]+师)?"
_REGIMENT = re.compile(_CORPS + r"([一二三四五六七八九十零〇百]{2,5}团)$")
_OWNER = re.compile(_CORPS + r"(?:国营|国有)?")
_NUMERALS = re.compile(r"^[一二三四五六七八九十零〇百]+")


def _forms(name: str) -> set[str]:
    """The form a story writes of the list's name, without the place, owner or corps before it
    (江苏省新曹农场 → 新曹农场; 兵团农十二师一零四团 → 一零四团; 国营御道口牧场 → 御道口牧场); none for a
    farm named by numbers alone (十一农场) or a name shorter than four characters."""
    regiment = _REGIMENT.fullmatch(name)
    if regiment is not None:
        return {regiment.group(1)}
    if _FARM.search(name) is None or "组团" in name or "集团" in name:
        return set()
    rest = name
    for _ in range(3):  # 通辽市|国有|胜利农场, 兵团农三师|红旗农场: the owner and the place before it
        head = next((rest[:k] for k in range(len(rest) - 3, 1, -1) if rest[:k] in divisions()), "")
        rest = _OWNER.sub("", rest[len(head) :], count=1)
    farm = _FARM.search(rest)
    own = rest[: -len(farm.group(0))] if farm is not None else ""
    return {rest} if len(rest) >= 4 and _NUMERALS.sub("", own) else set()


@lru_cache(maxsize=1)
def _farm_forms() -> dict[str, str]:
    """Form → the suffix it ends in, for every farm and regiment of the list."""
    out: dict[str, str] = {}
    for division in gazetteer().by_code.values():
        if division.kind == "subdistrict":
            for form in _forms(simplified(division.name)):
                out[form] = "团" if form.endswith("团") else _FARM.search(form).group(0)
    return out


def farms(doc: Doc, taken: set[tuple[int, int]]) -> list[GazetteerSpan]:
    """The farms and regiments of the list the text names on word edges (not a farmer: 某某|农场主; nor a
    farm named by a common word, 胜利|农场, 果树|农场, which many farms and orchards are called). Read
    back from each 场 and 团 of the text, so a page without them costs one scan."""
    text, forms = doc.text, _farm_forms()
    longest = max(map(len, forms))
    out: list[GazetteerSpan] = []
    for m in re.finditer("[场团]", text):
        e = m.end()
        for s in range(max(0, e - longest), e - 3):
            form = text[s:e]
            tail = forms.get(form)
            if tail is None or is_common_word(doc, form[: -len(tail)]):
                continue
            if (s, e) not in taken and s in doc.by_start and not text.startswith(("主", "长"), e):
                out.append((s, e, form, "subdistrict"))
            break
    for m in _REGIMENT_AND_COMPANY.finditer(text):  # 七团五连: a corps regiment and its company
        if (m.start(1), m.end(1)) not in taken and not any(o[0] <= m.start(1) < o[1] for o in out):
            out.append((m.start(1), m.end(1), m.group(1), "subdistrict"))
        out.append((m.start(2), m.end(2), m.group(2), "community"))
    return out


# A regiment and one of its companies written together (七团五连, 一八三团十连): the corps' places, as a
# township and its village; a number of one character is enough with the company after it.
_REGIMENT_AND_COMPANY = re.compile(
    r"(?<![一二三四五六七八九十零〇百\d])([一二三四五六七八九十零〇百]{1,4}团)([一二三四五六七八九十]{1,3}连)"
    r"(?![续接线锁同带忙夜日环胜])"
)
