"""Extraction on one very large page: the rules must stay near-linear in the text's length.

    .venv/bin/python bench/extract_large.py [--kilobytes 1024] [--seed 1]

The page is the sample pages' paragraphs recombined, with the people in them replaced by generated
names, until it holds the asked size (UTF-8). Reported: the bare jieba.posseg pass over the same text,
the extraction's own tagger (extract/fastpos.py) on it, extract() on it, and the ratios. (Issue 13
measured 9 s in the place rules alone on a 563 KB page.)
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kilobytes", type=int, default=1024)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    from ingest import _name  # bench/ingest.py's name generator

    from archive.ingest.clean import clean_page
    from archive.ingest.extract import extract, tokenize

    rng = random.Random(args.seed)
    paragraphs, names = [], set()
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        page = clean_page(sample.read_text(encoding="utf-8"))
        paragraphs += [p.text for p in page.paragraphs if p.kind == "text"]
        names |= {p.name for p in extract(page.body).people}
    parts, size = [], 0
    while size < args.kilobytes * 1024:
        para = rng.choice(paragraphs)
        for name in names:
            para = para.replace(name, _name(rng))
        parts.append(para)
        size += len(para.encode("utf-8")) + 1
    text = "\n".join(parts)

    import jieba.posseg

    started = time.perf_counter()
    for _ in jieba.posseg.cut(text):
        pass
    floor = time.perf_counter() - started
    started = time.perf_counter()
    tokenize(text)
    tagger = time.perf_counter() - started
    started = time.perf_counter()
    ex = extract(text)
    took = time.perf_counter() - started
    print(f"text: {len(text.encode('utf-8')):,} bytes, {len(text):,} characters")
    print(
        f"bare jieba.posseg pass: {floor:.1f} s; extraction's tagger (fastpos, same output): {tagger:.1f} s "
        f"({floor / tagger:.1f}x faster); extract(): {took:.1f} s ({took / floor:.2f}x the bare pass)"
    )
    print(f"found {len(ex.people)} people, {len(ex.organizations)} organisations, {len(ex.places)} places")


if __name__ == "__main__":
    main()
