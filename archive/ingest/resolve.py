"""Step 3½ of the import: the places, organisations and people of one article → the real records they
denote (pure; `store.py` writes them).

Contract: `resolve(extraction)` returns a `Resolution`:
- `places`: each written place form → a `ResolvedPlace`: a division of the gazetteer (静安, 静安区 and
  上海市静安区 are all 310106) or, for a community, village or compound (and anything not in the
  gazetteer), a place without a code hung under the street or town the article puts it in (the
  nearest one before it, or the only one the article names). A short name shared by several divisions
  (城关镇, 新华街道, 朝阳) is decided by the article's other places — the candidate whose parent chain
  they support most — and stays without a code when they do not decide it: never a global guess.
- `region`: the deepest division that more than half of the article's places lie in, places that
  contain it not counting (an article naming 蒋场镇 and 佛子山镇 of 天门市 and 武汉 has the region 天门市).
- `organizations`: each written organisation → its record name and jurisdiction. A relative name
  (市委组织部, 区委, 团市委, 街道党工委) belongs to the region's city, district or street of the
  matching level and is named with it (天门市委组织部); a name that begins with one of the article's
  places (静安区民政局) has that place as jurisdiction. A body of a unit below the county (a street,
  town, community or village: 长青社区居民委员会, 莲湖村党支部, 街道党工委) is as relative as 市委组织部 —
  every city has its 长青社区 — so it is named with the places above its unit, from the city down
  (郑州市金水区长青社区居民委员会): one record per real body, the written form an alias.
- Either script: 靜安區 is the division 静安区 (the written form is kept in `forms`), a local place is
  one whatever script writes it, and 區委組織部 is the body 静安区委组织部.

>>> from archive.ingest.extract import Entity, Extraction, Occurrence
>>> towns = [Entity("蒋场镇", "subdistrict", [Occurrence(0, 3)]), Entity("武汉", "city", [Occurrence(9, 11)])]
>>> ex = Extraction([], [], towns)
>>> resolve(ex).region.name
'湖北省'
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from textnorm.normalize import normalize

from .extract import Entity, Extraction
from .extract.tokens import simplified
from .gazetteer import DEPTH, Division, candidates, gazetteer

_LOCAL_KINDS = ("community", "compound")
_BELOW_COUNTY = ("subdistrict", "community", "compound")
_COMMUNITY_TAILS = ("居民区", "社区", "居委会", "村委会")
# A relative organisation: a level word first, then the body (市委组织部, 区检察院, 团县委, 街道党工委).
_RELATIVE = re.compile(
    r"^(?:团|共青团)?(省|市|州|区|县|街道|镇|乡)(?!场|民|区|域|城|村|里|内|外|中|长|郊|面|级|属|直)"
)
_LEVEL_SUFFIX = {
    "省": ("省",),
    "市": ("市",),
    "州": ("州",),
    "区": ("区",),
    "县": ("县", "旗"),
    "街道": ("街道",),
}
_LEVEL_SUFFIX.update({"镇": ("镇",), "乡": ("乡",)})


@dataclass
class ResolvedPlace:
    """One place record: a division (code set) or a local place under `parent` (code "")."""

    name: str
    kind: str
    code: str = ""
    parent: ResolvedPlace | None = None
    forms: list[str] = field(default_factory=list)  # every way the article wrote it

    @property
    def key(self) -> tuple:
        """One key per real place: its code, or its name in the search's normal form (陽曲路居民區 is
        阳曲路居民区) under its parent."""
        return (
            ("code", self.code)
            if self.code
            else ("local", normalize(self.name), self.parent.key if self.parent else None)
        )

    @property
    def path(self) -> list[str]:
        """Names from the province down: ["上海市", "静安区", "芷江西路街道"]."""
        return [*(self.parent.path if self.parent else []), self.name]

    @property
    def chain(self) -> list[ResolvedPlace]:
        return [*(self.parent.chain if self.parent else []), self]


@dataclass
class ResolvedOrganization:
    name: str
    jurisdiction: ResolvedPlace | None = None


@dataclass
class Resolution:
    places: dict[str, ResolvedPlace]
    region: ResolvedPlace | None
    organizations: dict[str, ResolvedOrganization]
    ambiguous: list[str] = field(default_factory=list)  # written forms no context decided


def division_place(division: Division, _memo: dict[str, ResolvedPlace] | None = None) -> ResolvedPlace:
    """A division and its parent chain as ResolvedPlaces (one object per code within `_memo`)."""
    memo = {} if _memo is None else _memo
    found = memo.get(division.code)
    if found is None:
        parent = gazetteer().by_code.get(division.parent)
        found = ResolvedPlace(
            division.name, division.kind, division.code, division_place(parent, memo) if parent else None
        )
        memo[division.code] = found
    return found


def _shared_depth(a: Division, b: Division) -> int:
    chain_a, chain_b = gazetteer().chain(a), gazetteer().chain(b)
    n = 0
    for x, y in zip(chain_a, chain_b, strict=False):
        if x.code != y.code:
            break
        n += 1
    return n


def _choose(options: tuple[Division, ...], context: list[tuple[Division, ...]]) -> Division | None:
    """The option whose parent chain the article's other places share most; None on a tie."""
    if len(options) == 1:
        return options[0]
    scores = Counter()
    for option in options:
        for other in context:
            scores[option.code] += max((_shared_depth(option, o) for o in other), default=0) / len(other)
    ranked = sorted(options, key=lambda o: -scores[o.code])
    if scores[ranked[0].code] == 0 or scores[ranked[0].code] == scores[ranked[1].code]:
        return None
    return ranked[0]


def _divisions(places: list[Entity]) -> tuple[dict[str, Division], list[str]]:
    options = {p.name: candidates(p.name) for p in places if p.kind not in _LOCAL_KINDS}
    options = {name: found for name, found in options.items() if found}
    chosen: dict[str, Division] = {n: o[0] for n, o in options.items() if len(o) == 1}
    for _ in range(2):  # a second pass lets forms decided in the first decide others
        for name, found in options.items():
            if name in chosen and len(found) == 1:
                continue
            context = [(chosen[n],) if n in chosen else o for n, o in options.items() if n != name]
            pick = _choose(found, context)
            if pick is not None:
                chosen[name] = pick
    ambiguous = [n for n in options if n not in chosen]
    return chosen, ambiguous


def _region(resolved: list[ResolvedPlace]) -> ResolvedPlace | None:
    """The deepest division that more than half of the article's places lie in, not counting the
    places that contain it (上海市 does not vote against its own 静安区)."""
    chains = {tuple(n.key for n in p.chain): p.chain for p in resolved}
    nodes = {n.key: n for chain in chains.values() for n in chain if n.code}
    best: ResolvedPlace | None = None
    for key, node in nodes.items():
        within = sum(1 for chain in chains if key in chain)
        above = sum(1 for chain in chains if chain[-1] in [n.key for n in node.chain[:-1]])
        against = len(chains) - within - above
        if within * 2 > within + against and (best is None or DEPTH[node.kind] > DEPTH[best.kind]):
            best = node
    return best


def _unit_at(region: ResolvedPlace | None, level: str, named: list[ResolvedPlace]) -> ResolvedPlace | None:
    """The jurisdiction of a relative body of this level word: in the region's chain, else the only
    place of that level the article names."""
    suffixes = _LEVEL_SUFFIX[level]
    for node in reversed(region.chain if region else []):
        if node.code and node.name.endswith(suffixes):
            return node
    fitting = {p.key: p for p in named if p.code and p.name.endswith(suffixes)}
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def _qualified(relative: str, unit: ResolvedPlace, level: str) -> str:
    """市委组织部 in 天门市 → 天门市委组织部; 团市委 in 永州市 → 永州市团市委;
    街道党工委 in 芷江西路街道 → 芷江西路街道党工委."""
    at = relative.find(level)
    if at == 0 and unit.name.endswith(level):
        return unit.name + relative[len(level) :]
    return unit.name + relative


def body_name(name: str, unit: ResolvedPlace | None) -> str:
    """The record name of a body whose name begins with its unit's: a unit below the county gets the
    places above it, the province left out (the written name may hold some of them already).

    >>> city = ResolvedPlace("郑州市", "city", "4101", ResolvedPlace("河南省", "province", "41"))
    >>> unit = ResolvedPlace("长青社区", "community", "", ResolvedPlace("金水区", "district", "410105", city))
    >>> body_name("长青社区居民委员会", unit), body_name("金水区长青社区居民委员会", unit)
    ('郑州市金水区长青社区居民委员会', '郑州市金水区长青社区居民委员会')
    >>> body_name("金水区民政局", unit.parent)
    '金水区民政局'
    """
    if unit is None or unit.kind not in _BELOW_COUNTY:
        return name
    above = [n.name for n in unit.chain[:-1] if n.kind != "province"]
    for written in above:  # 金水区长青社区居民委员会: the district is written already
        if name.startswith(written):
            name = name[len(written) :]
    return "".join(above) + name


def _unit_in_name(name: str, named: list[ResolvedPlace]) -> ResolvedPlace | None:
    """未央区委 when the article wrote 未央区 only inside other names: a named place at the head (in
    either script: 未央區委)."""
    folded = normalize(name)
    return next(
        (p for p in named if p.code and folded.startswith(normalize(p.name)) and len(name) > len(p.name)),
        None,
    )


def _written_before(place: Entity, places: list[Entity]) -> list[str]:
    """The places written right before a mention of `place` (某某区|某某街道)."""
    starts = {m.start for m in place.mentions}
    return [q.name for q in places if q is not place and any(m.end in starts for m in q.mentions)]


def _written_under(
    place: Entity, places: list[Entity], out: dict[str, ResolvedPlace]
) -> ResolvedPlace | None:
    """The division written right before `place`, where it is a higher level."""
    above = next((out[q] for q in _written_before(place, places) if q in out and out[q].code), None)
    return above if above is not None and DEPTH[above.kind] < DEPTH.get(place.kind, len(DEPTH)) else None


def resolve(extraction: Extraction) -> Resolution:
    """Resolve an article's places, region and organisations (see the module docstring)."""
    places = sorted(extraction.places, key=lambda p: p.mentions[0].start if p.mentions else 0)
    chosen, ambiguous = _divisions(places)
    for p in places:  # 某某区|清风街道 where the codes know a 清风街道 in another county only: a local one
        above = next((chosen[q] for q in _written_before(p, places) if q in chosen), None)
        if p.name in chosen and above and DEPTH[above.kind] < DEPTH[chosen[p.name].kind]:
            if all(d.code != above.code for d in gazetteer().chain(chosen[p.name])):
                del chosen[p.name]
    memo: dict[str, ResolvedPlace] = {}
    out: dict[str, ResolvedPlace] = {}
    for name, division in chosen.items():
        out[name] = division_place(division, memo)
    # By offset only: two streets may be found at one offset (overlapping spans of two rules), and
    # ResolvedPlace has no order.
    streets = sorted(
        [
            (m.start, out[p.name])
            for p in places
            if p.name in out and out[p.name].kind == "subdistrict"
            for m in p.mentions
        ],
        key=lambda pair: pair[0],
    )
    distinct_streets = {s.key: s for _, s in streets}
    local = [p for p in places if p.name not in out]
    longer = {p.name for p in local}
    region = _region(list(out.values()))
    for p in local:
        # 同济新村 and 同济新村居民区 in one article are one place, under the longer name.
        name = next((p.name + t for t in _COMMUNITY_TAILS if p.name + t in longer), p.name)
        parent = None
        if p.kind in _LOCAL_KINDS:  # an undecided 城关镇 or 河北 hangs nowhere rather than anywhere
            first = p.mentions[0].start if p.mentions else 0
            before = [s for start, s in streets if start < first]
            parent = before[-1] if before else None
            if parent is None and len(distinct_streets) == 1:
                parent = next(iter(distinct_streets.values()))
            if parent is None and region is not None and DEPTH[region.kind] >= DEPTH["district"]:
                parent = region
        elif p.name not in ambiguous:  # a street or town the division codes lack (renamed, written otherwise)
            parent = _written_under(p, places, out)
        out[p.name] = ResolvedPlace(name, p.kind, "", parent)
        if parent is not None and p.kind == "subdistrict" and not distinct_streets:  # (the only street):
            # its communities, written after it, hang under it
            streets = sorted(
                [*streets, *((m.start, out[p.name]) for m in p.mentions)], key=lambda pair: pair[0]
            )
    merged: dict[tuple, ResolvedPlace] = {}
    for form, place in out.items():
        place = merged.setdefault(place.key, place)
        out[form] = place
        if form not in place.forms:
            place.forms.append(form)
    region = _region(list(merged.values())) or region
    named = list(merged.values())
    orgs: dict[str, ResolvedOrganization] = {}
    prefixes = sorted(out, key=len, reverse=True)
    for org in extraction.organizations:
        plain = simplified(org.name)  # 區委組織部 is 区委组织部, named in the script of its division
        match = _RELATIVE.match(plain)
        if match:
            unit = _unit_at(region, match.group(1), named)
            orgs[org.name] = (
                ResolvedOrganization(body_name(_qualified(plain, unit, match.group(1)), unit), unit)
                if unit
                else ResolvedOrganization(org.name)
            )
            continue
        # 西安市未央区委: each place written at its head narrows the jurisdiction (西安市 → 未央区).
        unit, rest, at = None, org.name, 0
        while True:
            head = next((f for f in prefixes if rest.startswith(f) and len(rest) > len(f)), None)
            if head is None or (unit is not None and unit not in out[head].chain):
                break
            unit, rest, at = out[head], rest[len(head) :], len(org.name) - len(rest)
        if unit is None and rest == org.name:
            unit = _unit_in_name(org.name, named)
        if unit is not None and unit.kind in _BELOW_COUNTY:
            orgs[org.name] = ResolvedOrganization(body_name(org.name[at:], unit), unit)
            continue
        orgs[org.name] = ResolvedOrganization(_unquoted(org.name), unit)
    return Resolution(out, region, orgs, ambiguous)


def _unquoted(name: str) -> str:
    """The record name of a group written in quotes (“兰花热心小组”): the name inside them, one record
    with the same group written bare; the quoted form stays the mention's written form.

    >>> _unquoted("“兰花热心小组”"), _unquoted("“小蜜蜂”志愿服务队")
    ('兰花热心小组', '“小蜜蜂”志愿服务队')
    """
    inner = name[1:-1]
    quoted = name[:1] in "“「『" and name[-1:] in "”」』" and not any(q in inner for q in "“”「」『』")
    return inner if quoted and len(inner) >= 2 else name
