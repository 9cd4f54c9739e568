"""The people of the story the headline names, with the posts the headline gives them.

Headlines of the genre name the story's person with a post (东坡社区党委书记甲：守好门就是守好家,
社区书记甲的一天) or describe the person after a colon (甲：一名网格员的战疫日记, 甲：90后村医的抗疫
故事). A headline is too short for the evidence a name needs in the body, so a name the body has
accepted is a person of the headline wherever the headline writes it, and the headline's title
phrases and colon descriptions are read as roles the same way as the body's.

The subtitle (副题) of a portrait states the post too: a post alone (——东坡街道社区党委书记) is the
post of the one person the headline names; ——记东坡社区网格员甲 names the person with the post
(the subtitle is stored as no text of its own, so its post goes to the body's first mention).
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from .entities import Entity, Extraction, Occurrence
from .role_frames import whole_title
from .role_scope import is_generic
from .role_units import assign_units
from .roles import attach_roles
from .tokens import Doc, find_all, simplified

# 甲：一名网格员的战疫日记, 甲:90后村医的一天: after the name and a colon, a count and what the person
# is, then 的 and what the story tells of them.
_DESCRIBED = re.compile(
    r"(?:[：:]\s*(?:一名|一位|一个|这位|那位)?|\s+(?:一名|一位|一个))(?P<phrase>[^，,。；;！？!?：:“”\"\s的]{2,16}?)的(?!话)"
)
# 甲：我是党员，我先上 / 甲：“我是一名网格员”: what the person says she is, right after the colon
_SAYS_SHE_IS = re.compile(
    r"[：:]\s*[“\"]?我(?:就|也|还)?是(?:一名|一位|一个|个)?(?P<phrase>[^，,。；;！？!?：:“”\"\s的]{2,16}?)(?=[，,。；;！？!?”\"\s]|$)"
)
_AGE_MARK = re.compile(r"^(?:\d0后|[一-龥]{0,2}\d{1,3}岁)")


def described_after_colon(doc: Doc, end: int) -> str:
    """The title phrase a colon right after the name describes the person with (甲：一名网格员的…).

    >>> described_after_colon(Doc("韦晓岚：一名网格员的战疫日记", Lexicon()), 3)
    '网格员'
    >>> described_after_colon(Doc("韦晓岚：我是居民的贴心人", Lexicon()), 3)
    ''
    >>> described_after_colon(Doc("韦晓岚：我是党员，我先上", Lexicon()), 3)
    '党员'
    """
    m = _DESCRIBED.match(doc.text, end) or _SAYS_SHE_IS.match(doc.text, end)
    if m is None:
        return ""
    age = _AGE_MARK.match(m.group("phrase"))
    start = m.start("phrase") + (age.end() if age else 0)
    phrase = doc.text[start : m.end("phrase")]
    if is_generic(phrase):
        return ""
    return whole_title(doc, start, phrase)  # a noun phrase, no clause (我是居民的…)


def headline_people(title: str, found: Extraction, body: Extraction, lexicon: Lexicon | None) -> list[Entity]:
    """The body's people the headline names that reading the headline alone did not accept, with
    their roles there; and colon descriptions (甲：一名网格员的…) added to those it did accept."""
    mirror = simplified(title)
    taken = [(m.start, m.end) for e in found.people + found.organizations + found.places for m in e.mentions]
    have = {p.name for p in found.people}
    added: dict[str, Entity] = {}
    for person in sorted(body.people, key=lambda p: -len(p.name)):
        if person.name in have or len(person.name) < 2:
            continue
        spans = [(at, at + len(person.name)) for at in find_all(title, person.name)]
        spans = [(s, e) for s, e in spans if not any(a < e and s < b for a, b in taken)]
        if spans:
            added[person.name] = Entity(person.name, person.kind, [Occurrence(s, e) for s, e in spans])
            taken += spans
    if added:
        attach_roles(Doc(mirror, lexicon or Lexicon()), added)
        units = [o.name for o in found.organizations] + [
            p.name for p in found.places if p.kind == "subdistrict"
        ]
        higher = [p.name for p in found.places if p.kind in ("province", "city", "district", "subdistrict")]
        for entity in added.values():
            for m in entity.mentions:
                m.roles, m.organizations = assign_units(m.roles, units, higher)
                m.roles = [_as_written(r, mirror, title) for r in m.roles]
    doc = Doc(mirror, lexicon or Lexicon())
    for entity in list(added.values()) + found.people:
        for m in entity.mentions:
            described = described_after_colon(doc, m.end)
            if described and not any(described in r for r in m.roles):
                m.roles.append(_as_written(described, mirror, title))
    return list(added.values())


def _as_written(phrase: str, mirror: str, title: str) -> str:
    """A phrase read in the simplified mirror as the headline prints it (the same length)."""
    at = mirror.find(phrase)
    return title[at : at + len(phrase)] if at >= 0 and mirror != title else phrase


PORTRAIT = re.compile(r"^[—\-－~～\s]*(?:记)?")


def subtitle_roles(subtitle: str, headline: list[Entity], body: Extraction, lexicon: Lexicon | None) -> None:
    """The posts a subtitle states, added to the headline's one person or the body's first mention."""
    text = PORTRAIT.sub("", subtitle, count=1).strip()
    if len(text) < 2:
        return
    doc = Doc(simplified(text), lexicon or Lexicon())
    post = whole_title(doc, 0, doc.text) if not is_generic(doc.text) else ""
    named = [p for p in headline if p.mentions]
    if post and len(named) == 1:
        mention = named[0].mentions[0]
        if not any(post in r or r in post for r in mention.roles):
            mention.roles.append(text)
        return
    from . import extract  # the package's reader (it imports this module)

    found = extract(text, lexicon)
    found.people += headline_people(text, found, body, lexicon)
    people = {p.name: p for p in body.people if p.mentions}
    for person in found.people:
        if person.name not in people:
            continue
        first = people[person.name].mentions[0]
        for role in (r for m in person.mentions for r in m.roles):
            if not any(role in r or r in role for r in first.roles):
                first.roles.append(role)
