"""Derive `gazetteer.tsv` (every division down to township/street level) from the NBS 2023 division codes.

Run from the repository root:  python3 archive/ingest/data/build_gazetteer.py ../shared/data/divisions

Source: the National Bureau of Statistics' 2023 statistical division codes (统计用区划代码, as of
2023-06-30) as compiled in modood/Administrative-divisions-of-China (`dist/*.csv`, WTFPL). The product
reads only the derived file; this script documents how it was made and remakes it.

Output, one division a line: `code<TAB>name<TAB>parent code<TAB>short form`. The kind follows from
the code's length (2 province, 4 city = prefecture level, 6 district = county level, 9 subdistrict =
township/street level); the parent code is written only where it is not the code's own prefix.
Placeholder prefecture rows (市辖区 / 县 of a municipality, 省直辖县级行政区划) are left out:
their counties hang directly under the province, so 天门市 429006 → 湖北省. A county
row that repeats its prefecture's name (东莞市 441900 under 东莞市 4419) is left out too and its
streets hang under the prefecture.

Short forms (上海 for 上海市, 静安 for 静安区) are given only where they are safe: two characters or
more left after the suffix, and not a common word in jieba's dictionary (和平, 新华, 光明, 开发 are
words first; 零陵, 未央, 静安 are not). A prefecture-level city always has its short form (石家庄,
合肥, 大连: jieba's dictionary tags them as names, adverbs or verbs, but no other division is called
so, and the extraction already reads them as the city; 恩施 for 恩施土家族苗族自治州, as 延边 for its
own). Townships and streets get no short forms (芷江西路 is a road).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from the repository root
from archive.ingest.divisions import DIVISION_SUFFIXES as SUFFIXES  # noqa: E402
from archive.ingest.divisions import without_peoples  # noqa: E402

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# Words jieba tags as places are safe whatever their frequency; other words are safe only when rare.
COMMON_WORD_FREQ = 100


def _jieba_words() -> dict[str, tuple[int, str]]:
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    words: dict[str, tuple[int, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 3:
            words[parts[0]] = (int(parts[1]), parts[2])
    return words


def short_form(name: str, words: dict[str, tuple[int, str]], prefecture: bool = False) -> str:
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            short = name[: -len(suffix)]
            if "自治" in name:  # 石柱土家族自治县 → 石柱: called by its place name
                short = without_peoples(short)
            freq, tag = words.get(short, (0, ""))
            if not prefecture and tag != "ns" and freq >= COMMON_WORD_FREQ:
                return ""
            return short
    return ""


def build(source: Path) -> list[str]:
    words = _jieba_words()

    def rows(name: str) -> list[dict[str, str]]:
        with (source / name).open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    lines: list[str] = []

    def add(code: str, name: str, parent: str, short: str = "") -> None:
        implied = {4: code[:2], 6: code[:4], 9: code[:6]}.get(len(code), "")
        lines.append(f"{code}\t{name}\t{'' if parent == implied else parent}\t{short}".rstrip("\t"))

    for row in rows("provinces.csv"):
        add(row["code"], row["name"], "", short_form(row["name"], words))
    cities: dict[str, str] = {}
    for row in rows("cities.csv"):
        if row["name"] in PLACEHOLDERS:
            continue
        cities[row["code"]] = row["name"]
        add(
            row["code"],
            row["name"],
            row["provinceCode"],
            short_form(row["name"], words, prefecture=True),
        )
    parent_of_area: dict[str, str] = {}
    for row in rows("areas.csv"):
        city = row["cityCode"] if row["cityCode"] in cities else row["provinceCode"]
        if cities.get(row["cityCode"]) == row["name"]:
            parent_of_area[row["code"]] = row["cityCode"]
            continue
        parent_of_area[row["code"]] = row["code"]
        add(row["code"], row["name"], city, short_form(row["name"], words))
    for row in rows("streets.csv"):
        add(row["code"], row["name"], parent_of_area[row["areaCode"]])
    return lines


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/divisions")
    out = Path(__file__).with_name("gazetteer.tsv")
    header = (
        "# PRC divisions to township/street level: code, name, parent code (if not the code's prefix),\n"
        "# safe short form.\n"
        "# Derived by build_gazetteer.py from the NBS 2023 statistical division codes as compiled in\n"
        "# modood/Administrative-divisions-of-China (WTFPL).\n"
    )
    out.write_text(header + "\n".join(build(source)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
