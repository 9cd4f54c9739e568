"""The national divisions (province, city, county) by full and short name, from ``data/divisions.tsv`` and the
2023 gazetteer, with the forms an article may write them in (静安区 → 静安, 石柱土家族自治县 → 石柱县).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Division suffixes, longest first: what is left before one is the short form (静安区 → 静安).
DIVISION_SUFFIXES = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "新区",
    "林区",  # 神农架林区 → 神农架
    "特区",  # 六枝特区 → 六枝
    "地区",
    "省",
    "市",
    "区",
    "县",
    "盟",
    "旗",
)


# The peoples named in autonomous divisions' names (石柱土家族自治县, 恩施土家族苗族自治州).
ETHNIC_GROUPS = tuple(
    sorted(
        "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 "
        "水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 "
        "乌孜别克 俄罗斯 "
        "鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺".split(),
        key=len,
        reverse=True,
    )
)


def without_peoples(rest: str) -> str:
    """石柱土家族 → 石柱, 鄂伦春自治 → 鄂伦春: an autonomous division is called by its place name."""
    rest = rest.removesuffix("自治")
    while True:
        people = next((p for p in ETHNIC_GROUPS if rest.endswith((p + "族", p))), "")
        cut = len(people) + 1 if rest.endswith(people + "族") else len(people)
        if not people or len(rest) - cut < 2:
            return rest
        rest = rest[:-cut]


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str  # province | city | district

    @property
    def short(self) -> str:
        """静安区 → 静安, 湖北省 → 湖北, 浦东新区 → 浦东, 石柱土家族自治县 → 石柱; names of two
        characters stay whole."""
        for suffix in DIVISION_SUFFIXES:
            if self.name.endswith(suffix) and len(self.name) - len(suffix) >= 2:
                rest = self.name[: -len(suffix)]
                ethnic = "自治" in self.name or self.name.endswith("族区")  # 管城回族区 → 管城
                return without_peoples(rest) if ethnic else rest
        return self.name

    @property
    def written_with_level(self) -> str:
        """石柱县, 恩施州, 鄂伦春旗, 管城区: an autonomous division (or an ethnic district) by its place
        name and its level."""
        for level in ("县", "州", "旗"):
            if self.name.endswith("自治" + level) and self.short != self.name:
                return self.short + level
        if self.name.endswith("族区") and self.short != self.name:
            return self.short + "区"  # 管城回族区 → 管城区: an ethnic district by its place name
        return ""

    @property
    def written_autonomous(self) -> str:
        """镇宁自治县, 恩施自治州: an autonomous division by its place name, 自治 and its level (its
        peoples left out); '' for any other division."""
        level = self.written_with_level[-1:]
        return self.short + "自治" + level if level and self.name.endswith("自治" + level) else ""


_PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})


@lru_cache(maxsize=1)
def divisions() -> dict[str, Division]:
    """Every division by full and short name (full names win over short ones)."""
    path = Path(__file__).with_name("data") / "divisions.tsv"
    by_name: dict[str, Division] = {}
    shorts: dict[str, Division] = {}
    rank = {"province": 0, "city": 1, "district": 2}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name, level = line.split("\t")
        div = Division(code, name, level)
        if name not in by_name or rank[level] < rank[by_name[name].level]:
            by_name[name] = div
        short = div.short
        if name in _PLACEHOLDERS:
            continue  # 市辖区: the national list's heading for a city's districts; 市辖 names no place
        if short != name and (short not in shorts or rank[level] < rank[shorts[short].level]):
            shorts[short] = div
    # Divisions renamed or created since (广德县 → 广德市, 吴江市 → 吴江区), from the 2023 gazetteer:
    # counties, districts and cities only (the zones' long names are found as units by their suffix).
    levels = {2: "province", 4: "city", 6: "district"}
    for line in (Path(__file__).with_name("data") / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name = line.split("\t")[:2]
        if len(code) not in levels or name in by_name or _ZONE_WORDS.search(name) or len(name) > 6:
            continue
        div = by_name[name] = Division(code.ljust(6, "0"), name, levels[len(code)])
        short = div.short
        if short != name and short not in shorts:
            shorts[short] = div
    for short, div in shorts.items():
        by_name.setdefault(short, div)
    for div in list(by_name.values()):
        if div.written_with_level:
            by_name.setdefault(div.written_with_level, div)
        if div.written_autonomous:
            by_name.setdefault(div.written_autonomous, div)
    return by_name


_ZONE_WORDS = re.compile(
    "开发区|园区|示范区|管理区|新区|实验区|聚集区|新城|管委会|食品区|风景名胜区|[^市区县旗]$"
)


def province_of(div: Division) -> Division | None:
    return divisions_by_code().get(div.code[:2] + "0000")


def city_of(div: Division) -> Division | None:
    return divisions_by_code().get(div.code[:4] + "00")


@lru_cache(maxsize=1)
def division_codes() -> dict[str, frozenset[str]]:
    """Every code a full or short name may denote (朝阳 is a city in Liaoning and a district of
    Beijing and of Changchun), down to county level, from both division lists."""
    codes: dict[str, set[str]] = {}
    data = Path(__file__).with_name("data")
    for line in (data / "divisions.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name, level = line.split("\t")
            div = Division(code, name, level)
            for form in {name, div.short}:
                codes.setdefault(form, set()).add(code)
    for line in (data / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")[:2]
            if len(code) in (2, 4, 6):
                div = Division(code.ljust(6, "0"), name, "district")
                for form in {name, div.short}:
                    codes.setdefault(form, set()).add(div.code)
    return {form: frozenset(found) for form, found in codes.items()}


def codes_of(name: str) -> frozenset[str]:
    """Every code the division name (full or short, one `divisions()` holds) may denote.

    >>> sorted(codes_of("朝阳"))
    ['110105', '211300', '211321', '220104']
    """
    return division_codes().get(name, frozenset({divisions()[name].code}))


@lru_cache(maxsize=1)
def divisions_by_code() -> dict[str, Division]:
    return {d.code: d for d in divisions().values()}
