"""Step 3 of the import: clean body text → people, organisations and places with offsets.

The headline is read the same way (`extract_headline`, offsets into the title, or past it into the
subtitle for the places a subtitle names: `Article.headline_text`): what it names is named in the
article, and `read_as_one` puts both before resolution (store.py keeps them apart).

Contract: `extract(text, lexicon)` returns an `Extraction` whose every occurrence has `start`/`end`
offsets into `text` (text[start:end] == name). Pure: the result depends on the text and the lexicon
only — jieba runs from a tokenizer instance of extraction's own (`tokens.py`), never the process-wide
one. One jieba.posseg pass is the main cost; the rules run over its tokens, by entity kind:

- `organizations.py`: a unit suffix (党支部, 居委会, 局, 医院, 有限公司 …) extended backwards over the
  noun tokens before it (陕西同泰实业有限公司); quoted group names (“兰花热心小组”).
- `places.py`: the PRC division gazetteer (静安区, 永州, short forms on word edges) and
  sub-district units by suffix (芷江西路街道, 普善路居民区, 竹园新村小区), each unit its own place.
- `people.py`: jieba's `nr` tags repaired at the edges (王/剑峰), accepted on evidence (a title or age
  before, a speech verb after, a list with an accepted name); never credit lines (记者 XX).
- `roles.py`: title phrases around a name (居民区党总支书记), split at 、, and the units above them.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..divisions import divisions
from ..glossed import unglossed, without_reading_noise
from ..lexicon import Lexicon
from .credits import credit_brackets, supplied_by
from .entities import Entity, Extraction, Occurrence
from .headline_roles import PORTRAIT, headline_people, subtitle_roles
from .organizations import find_organizations
from .people import find_people
from .places import find_gazetteer, find_places, find_units, region_of
from .role_units import assign_units
from .tokens import Coverage, Doc, simplified, tokenize

_LOCAL_KINDS = ("community", "compound")  # named by a suffix rule, not by the gazetteer

__all__ = ["Entity", "Extraction", "Occurrence", "extract", "extract_headline", "read_as_one", "tokenize"]


def _entities(found: dict[str, tuple[str, list[tuple[int, int]]]]) -> list[Entity]:
    entities = [
        Entity(name, kind, [Occurrence(s, e) for s, e in spans]) for name, (kind, spans) in found.items()
    ]
    return sorted(entities, key=lambda e: e.mentions[0].start)


def extract(text: str, lexicon: Lexicon | None = None, credited: Collection[str] = ()) -> Extraction:
    """Find people, organisations and places in an article body. `credited`: the names the page
    credits as its writers and editors, who are never people of the story, wherever the body names
    them too (a credit line printed between paragraphs).

    >>> ex = extract("居民区党总支书记张磊今年33岁。")
    >>> [(p.name, p.roles, p.age) for p in ex.people]
    [('张磊', ['居民区党总支书记'], 33)]
    >>> extract("文/记者 韦晓岚 社区党总支书记张磊说：大家辛苦了。", credited=["韦晓岚"]).people[0].name
    '张磊'
    """
    plain, index = without_reading_noise(text)
    if index is not None:  # 村支書(shū)馮立, 甲、 乙: read without the converter's pinyin or a list's spaces
        found = _mapped_back(_extract(plain, lexicon), plain, text, index)
    else:
        found = _extract(text, lexicon)
    if credited:
        found.people = [p for p in found.people if p.name not in set(credited)]
    return found


def _extract(text: str, lexicon: Lexicon | None) -> Extraction:
    mirror = simplified(text)
    doc = Doc(mirror, lexicon or Lexicon())
    gazetteer = find_gazetteer(doc)
    units = find_units(doc, gazetteer)
    org_found, org_spans = find_organizations(doc, gazetteer, units)
    # (某某日报 甲 记者 乙): the writers' outlets; 某某县委宣传部供图, 某某社记者 甲 摄: who gave the pictures
    credited = Coverage(len(mirror), credit_brackets(mirror) + supplied_by(mirror))
    orgs = _entities(
        {
            n: v
            for n, v in org_found.items()
            if v[0] != "dateline" and not all(s in credited for s, _e in v[1])  # nor the page's own outlet
        }
    )
    places = _entities(find_places(doc, org_found, gazetteer, units))
    places = [p for p in places if not all(m.start in credited for m in p.mentions)]
    place_spans = [(m.start, m.end) for p in places for m in p.mentions]
    people = find_people(doc, org_spans, place_spans)
    places = _before_organs(_outside_names(places, people), mirror)
    units = [o.name for o in orgs] + [p.name for p in places if p.kind == "subdistrict"]
    higher = [p.name for p in places if p.kind in ("province", "city", "district", "subdistrict")]
    for person in people:
        for m in person.mentions:
            m.roles, m.organizations = assign_units(m.roles, units, higher)
    region = region_of(places)
    if mirror != text:  # names as the page writes them (陽新縣), found through the simplified mirror
        for person in people:
            for m in person.mentions:
                m.roles = [_written_near(r, m, mirror, text) for r in m.roles]
                m.organizations = [_written_near(o, m, mirror, text) for o in m.organizations]
        people, orgs, places = (_as_written(entities, text) for entities in (people, orgs, places))
    return Extraction(people=people, organizations=orgs, places=places, region=region)


# 市直机关, 县直单位, 区直部门, 省直属: the organs of a level, named after its character
_ORGANS = re.compile(r"直(?:机关|单位|部门|属|党|干部|各)")


def _before_organs(places: list[Entity], text: str) -> list[Entity]:
    """永州市直党员干部, 庐阳区直机关: 市直/县直/区直 are the level's own organs and take its character,
    so the place written is 永州, 庐阳 (永州市市直 keeps 永州市)."""
    out: dict[str, Entity] = {}
    for p in places:
        for m in p.mentions:
            name = p.name
            if len(name) >= 3 and name[-1] in "市县区省" and _ORGANS.match(text, m.end):
                name, m = name[:-1], Occurrence(m.start, m.end - 1, m.roles, m.organizations, m.age)
            out.setdefault(name, Entity(name, p.kind)).mentions.append(m)
    return list(out.values())


def _outside_names(places: list[Entity], people: list[Entity]) -> list[Entity]:
    """村支书韦桂林说: a place every mention of which lies inside a person's name (a given name
    that is a city's, 桂林) is no place of the story."""
    names = [(m.start, m.end) for p in people for m in p.mentions]

    def inside(m: Occurrence) -> bool:
        return any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in names)

    return [p for p in places if not all(inside(m) for m in p.mentions)]


def extract_headline(
    title: str, body: Extraction, lexicon: Lexicon | None = None, subtitle: str = ""
) -> Extraction:
    """People, organisations and places the headline names, with offsets into the title. Headlines of
    the genre open with the place the story is about (太原:“红马甲”…, 绍兴上虞:一个社区主任的24小时)
    in a short form the body writes only inside a longer one (太原市), or name a body only there.
    A headline is telegraphic (党群共筑社区防疫屏障: a verb phrase before 社区), so a community or
    compound it seems to name counts only when the body names it too. The posts the subtitle states
    (——东坡街道社区党委书记, ——记东坡社区网格员甲) go to the person it is about (`subtitle_roles`); the
    places it names are the article's too (offsets past the title's line end).

    >>> empty = Extraction(people=[], organizations=[], places=[])
    >>> [p.name for p in extract_headline("太原:党群共筑社区防疫墙", empty).places]
    ['太原']
    """
    if not title.strip():
        return Extraction(people=[], organizations=[], places=[])
    found = extract(title, lexicon)
    named = {p.name for p in body.places}
    found.places = [p for p in found.places if p.kind not in _LOCAL_KINDS or p.name in named]
    found.people += headline_people(title, found, body, lexicon)
    if subtitle.strip():
        subtitle_roles(subtitle, found.people, body, lexicon)
        found.places, found.organizations = _with_subtitle_names(
            found.places, found.organizations, subtitle, len(title) + 1, named, lexicon
        )
    # (——电白一个村的抗疫见闻: the subtitle's short forms too, at their offsets in the headline block)
    block = f"{title}\n{subtitle}" if subtitle.strip() else title
    found.places += _short_forms_of_body_divisions(block, found, body)
    return found


def _with_subtitle_names(
    places: list[Entity],
    orgs: list[Entity],
    subtitle: str,
    offset: int,
    named: set[str],
    lexicon: Lexicon | None,
) -> tuple[list[Entity], list[Entity]]:
    """The places and the bodies a `——` subtitle names (——云南瑞丽一个社区的封控日记, ——某大学师生共抗
    疫情), with offsets into the headline block (title, a line end, subtitle: `Article.headline_text`),
    under the title's rule for communities and compounds (counted when the body names them too)."""
    skip = PORTRAIT.match(subtitle).end()  # ——记东坡社区网格员甲: 记 is no part of a name
    found, at = extract(subtitle[skip:], lexicon), offset + skip
    merged = []
    for have, new, ruled in ((places, found.places, True), (orgs, found.organizations, False)):
        out = {e.name: e for e in have}
        for e in new:
            if ruled and e.kind in _LOCAL_KINDS and e.name not in named:
                continue
            moved = [
                Occurrence(m.start + at, m.end + at, list(m.roles), list(m.organizations), m.age)
                for m in e.mentions
            ]
            out.setdefault(e.name, Entity(e.name, e.kind)).mentions.extend(moved)
        merged.append(list(out.values()))
    return merged[0], merged[1]


_LEVEL_ENDS = ("县", "区", "市")
_TOWN_ENDS = ("镇", "乡", "街道")


def _short_forms_of_body_divisions(title: str, found: Extraction, body: Extraction) -> list[Entity]:
    """连江“无疫小区”…, 实拍荔湾管控区…: a headline names a county or district the body writes in full
    (连江县, 荔湾区) by its short form; alone the headline lacks the full form that supports it."""
    taken = [(m.start, m.end) for e in found.places + found.organizations for m in e.mentions]
    have = {e.name for e in found.places}
    plain = simplified(title)
    out = []
    for place in body.places:
        name = simplified(unglossed(place.name))  # 阿城區(qū): a converter's gloss, traditional script
        short = name[:-1]
        if "自治" in name and (div := divisions().get(name)) is not None:
            short = div.short  # 某某土家族自治县 → 某某: an autonomous county by its place name alone
        town = place.kind == "subdistrict" and name.endswith(_TOWN_ENDS)  # 常平|党员志愿者 … 常平镇
        short = name.removesuffix("街道") if town and name.endswith("街道") else short
        leveled = place.kind in ("district", "city") and name.endswith(_LEVEL_ENDS)
        if not (leveled or town) or len(short) < 2:
            continue
        if short in have or short.endswith(_LEVEL_ENDS):
            continue
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(short), plain)]
        spans = [(s, e) for s, e in spans if not any(a < e and s < b for a, b in taken)]
        spans = [(s, e) for s, e in spans if not plain.startswith(name[len(short) :], e)]  # (德化县委: whole)
        if spans:
            out.append(Entity(short, place.kind, [Occurrence(s, e) for s, e in spans]))
            have.add(short)
    return out


def read_as_one(headline: Extraction, body: Extraction, title_length: int) -> Extraction:
    """The body's extraction with the headline's entities added, their offsets moved before the body's
    (the headline is read first: negative offsets), so that resolve() reads the article as one."""

    def before(m: Occurrence) -> Occurrence:
        shift = title_length + 1
        return Occurrence(m.start - shift, m.end - shift, list(m.roles), list(m.organizations), m.age)

    def merged(head: list[Entity], rest: list[Entity]) -> list[Entity]:
        out = {e.name: Entity(e.name, e.kind, [before(m) for m in e.mentions]) for e in head}
        for e in rest:
            found = out.setdefault(e.name, Entity(e.name, e.kind))
            found.kind, found.mentions = e.kind, found.mentions + list(e.mentions)
        return list(out.values())

    return Extraction(
        people=merged(headline.people, body.people),
        organizations=merged(headline.organizations, body.organizations),
        places=merged(headline.places, body.places),
        region=body.region,
    )


def _as_written(entities: list[Entity], text: str) -> list[Entity]:
    out: dict[str, Entity] = {}
    for entity in entities:
        for m in entity.mentions:
            written = text[m.start : m.end]
            out.setdefault(written, Entity(written, entity.kind)).mentions.append(m)
    return sorted(out.values(), key=lambda e: e.mentions[0].start)


def _mapped_back(found: Extraction, plain: str, text: str, index: list[int]) -> Extraction:
    """An extraction of the gloss-free text with its offsets, names, roles and units in the page's
    own text (a name, role or unit a gloss interrupts keeps the gloss, as the page prints it)."""

    def span(start: int, end: int) -> tuple[int, int]:
        return index[start], index[end - 1] + 1

    def named(start: int, end: int) -> tuple[int, int]:  # 社區(qū): a unit's name keeps its last gloss
        return index[start], index[end] if end < len(index) else len(text)

    def written(phrase: str, m: Occurrence) -> str:  # 村醫(yī), 科長(zhǎng): a role keeps its last gloss too
        at = _near(phrase, m, plain)
        if at < 0 or not phrase:
            return phrase
        a, b = named(at, at + len(phrase))
        return text[a:b].rstrip()

    def entities(items: list[Entity], bounds=span) -> list[Entity]:
        for entity in items:
            for m in entity.mentions:
                m.roles = [written(r, m) for r in m.roles]
                m.organizations = [written(o, m) for o in m.organizations]
                m.start, m.end = bounds(m.start, m.end)
        return _as_written(items, text)

    # An organisation or place is written as the page prints it, glosses and all (社區(qū)黨支部).
    return Extraction(
        people=entities(found.people),
        organizations=entities(found.organizations, named),
        places=entities(found.places, named),
        region=found.region,
    )


def _written_near(phrase: str, m: Occurrence, mirror: str, text: str) -> str:
    """A role or unit found in the simplified mirror, as the page writes it next to the name."""
    at = _near(phrase, m, mirror)
    return text[at : at + len(phrase)] if at >= 0 else phrase


def _near(phrase: str, m: Occurrence, read: str) -> int:
    """Where a role or unit said of mention m stands in the text it was read from: the nearest before
    the name within 200 characters, else the first after it; -1 if neither."""
    at = read.rfind(phrase, max(0, m.start - 200), m.start)
    return at if at >= 0 else read.find(phrase, m.end, m.end + 200)
