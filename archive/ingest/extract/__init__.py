"""Step 3 of the import: clean body text → people, organisations and places with offsets.

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

from ..lexicon import Lexicon
from .entities import Entity, Extraction, Occurrence
from .organizations import find_organizations
from .people import find_people
from .places import find_gazetteer, find_places, find_units, region_of
from .roles import assign_units
from .tokens import Doc, simplified, tokenize

__all__ = ["Entity", "Extraction", "Occurrence", "extract", "tokenize"]


def _entities(found: dict[str, tuple[str, list[tuple[int, int]]]]) -> list[Entity]:
    entities = [
        Entity(name, kind, [Occurrence(s, e) for s, e in spans]) for name, (kind, spans) in found.items()
    ]
    return sorted(entities, key=lambda e: e.mentions[0].start)


def extract(text: str, lexicon: Lexicon | None = None) -> Extraction:
    """Find people, organisations and places in an article body.

    >>> ex = extract("居民区党总支书记张磊今年33岁。")
    >>> [(p.name, p.roles, p.age) for p in ex.people]
    [('张磊', ['居民区党总支书记'], 33)]
    """
    mirror = simplified(text)
    doc = Doc(mirror, lexicon or Lexicon())
    gazetteer = find_gazetteer(doc)
    units = find_units(doc, gazetteer)
    org_found, org_spans = find_organizations(doc, gazetteer, units)
    orgs = _entities(org_found)
    places = _entities(find_places(doc, org_found, gazetteer, units))
    place_spans = [(m.start, m.end) for p in places for m in p.mentions]
    people = find_people(doc, org_spans, place_spans)
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


def _as_written(entities: list[Entity], text: str) -> list[Entity]:
    out: dict[str, Entity] = {}
    for entity in entities:
        for m in entity.mentions:
            written = text[m.start : m.end]
            out.setdefault(written, Entity(written, entity.kind)).mentions.append(m)
    return sorted(out.values(), key=lambda e: e.mentions[0].start)


def _written_near(phrase: str, m: Occurrence, mirror: str, text: str) -> str:
    """A role or unit found in the simplified mirror, as the page writes it next to the name."""
    at = mirror.rfind(phrase, max(0, m.start - 200), m.start)
    if at < 0:
        at = mirror.find(phrase, m.end, m.end + 200)
    return text[at : at + len(phrase)] if at >= 0 else phrase
