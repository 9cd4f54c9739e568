"""China's administrative divisions down to township/street level, indexed once per process.

Contract: pure reads over `data/gazetteer.tsv` (derived by `data/build_gazetteer.py` from the NBS 2023
statistical division codes; see that script). `gazetteer()` loads it once; `Gazetteer.candidates(form)`
gives every division a written form may denote — a full name (静安区), a safe short form (静安), or
names written together from the top down (上海市静安区, 湖北天门), in either script (上海市靜安區 is 静安区:
a form no division is written as is read in the search's normal form, `textnorm.normalize`) — and
`chain(division)` its parents from the province down.

>>> [d.code for d in gazetteer().candidates("上海市静安区")]
['310106']
>>> [d.code for d in gazetteer().candidates("上海市靜安區臨汾路街道")]
['310106021']
>>> [d.name for d in gazetteer().chain(gazetteer().by_code["310106"])]
['上海市', '静安区']
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from textnorm.normalize import normalize

from .divisions import without_peoples

KIND_BY_CODE_LENGTH = {2: "province", 4: "city", 6: "district", 9: "subdistrict"}
DEPTH = {"province": 0, "city": 1, "district": 2, "subdistrict": 3, "community": 4, "compound": 5}


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    kind: str
    parent: str  # parent code, "" for a province
    short: str = ""


class Gazetteer:
    def __init__(self, divisions: list[Division]) -> None:
        self.by_code: dict[str, Division] = {d.code: d for d in divisions}
        self.by_name: dict[str, list[Division]] = {}
        self.by_short: dict[str, list[Division]] = {}
        for d in divisions:
            self.by_name.setdefault(d.name, []).append(d)
            if d.short:
                self.by_short.setdefault(d.short, []).append(d)
            for level in ("县", "州", "旗"):  # 石柱县 for 石柱土家族自治县, 恩施州, 鄂伦春旗, 务川自治县
                if d.name.endswith("自治" + level) and len(d.name) > 5:
                    for written in (
                        without_peoples(d.name[:-3]) + level,
                        without_peoples(d.name[:-3]) + "自治" + level,
                    ):
                        self.by_short.setdefault(written, []).append(d)
        self._chains: dict[str, tuple[Division, ...]] = {}

    def chain(self, division: Division) -> tuple[Division, ...]:
        """The division and its parents, from the province down."""
        found = self._chains.get(division.code)
        if found is None:
            parent = self.by_code.get(division.parent)
            found = (*(self.chain(parent) if parent else ()), division)
            self._chains[division.code] = found
        return found

    def is_within(self, division: Division, ancestor: Division) -> bool:
        return ancestor in self.chain(division)

    @cached_property
    def _folded(self) -> tuple[dict[str, list[Division]], dict[str, list[Division]]]:
        """by_name and by_short keyed by the search's normal form, for forms written otherwise (靜安區,
        乾縣); built on the first such form."""
        names: dict[str, list[Division]] = {}
        shorts: dict[str, list[Division]] = {}
        for name, found in self.by_name.items():
            names.setdefault(normalize(name), []).extend(found)
        for short, found in self.by_short.items():
            shorts.setdefault(normalize(short), []).extend(found)
        return names, shorts

    def _direct(self, form: str) -> list[Division]:
        found = self.by_name.get(form, []) + [d for d in self.by_short.get(form, []) if d.name != form]
        folded = normalize(form) if not found else form
        # written in traditional script (or full width): 靜安區 is 静安区; or the division's own name
        # prints a character the text's simplified form changes (於潜镇, read as 于潜镇)
        if not found:
            by_name, by_short = self._folded
            names = by_name.get(folded, [])
            found = names + [d for d in by_short.get(folded, []) if d not in names]
        return found

    def candidates(self, form: str) -> list[Division]:
        """Every division `form` may denote, most specific reading first (no choice made among them).

        >>> sorted(d.code for d in gazetteer().candidates("静安"))
        ['310106']
        """
        return list(_candidates(self, form))


@lru_cache(maxsize=65536)
def _candidates_cached(form: str) -> tuple[Division, ...]:
    return _candidates(gazetteer(), form)


def _candidates(gaz: Gazetteer, form: str) -> tuple[Division, ...]:
    direct = gaz._direct(form)
    if direct:
        return tuple(direct)
    # Names written together, top down: 上海市静安区, 湖北天门, 静安区芷江西路街道.
    out: list[Division] = []
    for cut in range(len(form) - 2, 1, -1):
        heads = gaz._direct(form[:cut])
        if not heads:
            continue
        tails = _candidates(gaz, form[cut:])
        out += [t for t in tails if any(h in gaz.chain(t)[:-1] for h in heads)]
        if out:
            break
    return tuple(out)


def _load() -> Gazetteer:
    path = Path(__file__).with_name("data") / "gazetteer.tsv"
    divisions: list[Division] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        code, name = parts[0], parts[1]
        parent = parts[2] if len(parts) > 2 and parts[2] else ""
        if not parent:
            parent = {4: code[:2], 6: code[:4], 9: code[:6]}.get(len(code), "")
        short = parts[3] if len(parts) > 3 else ""
        divisions.append(Division(code, name, KIND_BY_CODE_LENGTH[len(code)], parent, short))
    return Gazetteer(divisions)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded on first use and kept for the process."""
    return _load()


def candidates(form: str) -> tuple[Division, ...]:
    """`Gazetteer.candidates` with a per-process cache (the same forms recur in every article)."""
    return _candidates_cached(form)
