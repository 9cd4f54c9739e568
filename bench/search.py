"""Search benchmark: index build time and query latency on generated corpora, with SQLite FTS5 as reference.

    .venv/bin/python bench/search.py [--sizes 1000,10000,50000] [--repeat 3] [--seed 1]

For each size a fresh archive (SQLite + Whoosh under a temporary ARCHIVE_DATA_DIR) is filled with
generated articles (sample-page vocabulary, see WordChain), people/places/outlets/dates replaced
by generated ones, mentions stored as the import would. (Rows are written directly, not through
import_articles: extraction speed is bench/ingest.py's subject, and 50,000 posseg passes would take
most of an hour.) Then:

- index build: the whole corpus through our index and backend (what rebuild_index does), in a child
  process of its own, whose peak memory (the PSS sum of it and its children, and RSS) is reported
  apart from the generator's and the queries';
- our search: a fixed query mix through search.selectors (the code behind /search/): the page of 20
  ids + the total ("engine"), and the full page with facets, highlighted snippets and people ("page");
- FTS5 reference over the same text in the same run: an fts5 table with the trigram tokenizer,
  MATCH for queries of 3+ characters and LIKE for 1-2 characters (trigram cannot index those),
  the same filters as columns, top 20 by rank plus the total.

Article text comes from an order-1 word Markov chain trained on the sample pages (see
search_corpus.WordChain).
The parts: bench/search_corpus.py (the generated archive), bench/search_run.py (the index build
and our queries), bench/search_fts5.py (the FTS5 reference), bench/search_report.py (the lines
printed); bench/harness.py what every benchmark shares.

The query mix (fixed by --seed): person names, 1-, 2-, 3- and 4-character strings taken from the
text, quoted 6-10 character phrases, and filtered queries (term + outlet / year / person).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # ahead of bench/, so that `search` is the project's package

from harness import index_version, pct, setup_django, work_dir  # noqa: E402
from search_corpus import generate  # noqa: E402
from search_fts5 import build_fts, time_fts  # noqa: E402
from search_report import print_report  # noqa: E402
from search_run import build_in_child, build_only, query_mix, time_ours  # noqa: E402


def run(size: int, seed: int, repeat: int, per_kind: int, kept: bool) -> dict:
    """One size: generate and build (or reuse the kept ones), time our search and FTS5 on one mix."""
    from django.conf import settings

    work = Path(settings.ARCHIVE_DATA_DIR)
    meta_path = work / "bench-meta.json"
    if kept and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        corpus, gen_s, built = meta["corpus"], meta["generate_s"], meta["build"]
    else:
        t0 = time.perf_counter()
        corpus = generate(size, seed)
        gen_s = time.perf_counter() - t0
        built = build_in_child(work.parent)
        meta_path.write_text(json.dumps({"corpus": corpus, "generate_s": gen_s, "build": built}))
    build_s = built["build_s"]
    index_dir = Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])
    index_mb = sum(f.stat().st_size for f in index_dir.iterdir()) / 1e6
    rng = random.Random(seed)
    mix = query_mix(rng, corpus["people"], per_kind)
    from search.selectors import search

    search({"q": "社区"})  # warm up jieba and the index readers
    ours = time_ours(mix, repeat)
    (work / "fts.sqlite3").unlink(missing_ok=True)
    con, fts_build = build_fts(work / "fts.sqlite3")
    fts = time_fts(con, mix, repeat)
    by_kind: dict[str, list[float]] = {}
    for i, (kind, _v) in enumerate(mix * repeat):
        by_kind.setdefault(kind, []).append(ours["engine"][i])
    return {
        "size": size,
        "chars": corpus["chars"],
        "generate_s": gen_s,
        "build_s": build_s,
        "index_mb": index_mb,
        "fts_build_s": fts_build,
        "queries": len(ours["engine"]),
        "engine_p50": pct(ours["engine"], 50),
        "engine_p95": pct(ours["engine"], 95),
        "page_p50": pct(ours["page"], 50),
        "page_p95": pct(ours["page"], 95),
        "fts_p50": pct(fts, 50),
        "fts_p95": pct(fts, 95),
        "kinds": {k: (pct(v, 50), pct(v, 95)) for k, v in by_kind.items()},
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "build_rss_mb": built["rss_mb"],
        "worker_rss_mb": built["worker_rss_mb"],
        "pss_total_mb": built.get("pss_total_mb", 0.0),
        "uss_child_mb": built.get("uss_child_mb", 0.0),
        "load": os.getloadavg(),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, help="one corpus size (the script re-runs itself per size)")
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--per-kind", type=int, default=10, help="queries of each kind in the mix")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--keep",
        metavar="DIR",
        help="keep each corpus and its index under DIR and reuse them on the next "
        "run (rebuilt when the generator or the index-time analysis changed); build times are then those "
        "of the run that built them",
    )
    ap.add_argument(
        "--build-only", metavar="WORK", help=argparse.SUPPRESS
    )  # search_run.build_in_child's process
    args = ap.parse_args()
    if args.build_only:
        build_only(Path(args.build_only))
        return
    if args.size is None:
        for size in [int(s) for s in args.sizes.split(",")]:
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--size",
                    str(size),
                    "--repeat",
                    str(args.repeat),
                    "--per-kind",
                    str(args.per_kind),
                    "--seed",
                    str(args.seed),
                ]
                + (["--keep", args.keep] if args.keep else []),
                check=True,
            )
        return
    work = work_dir(
        args.keep, f"{args.size}-{args.seed}-{index_version()}", "bench-meta.json", "bench-search-"
    )
    try:
        setup_django(work)
        r = run(args.size, args.seed, args.repeat, args.per_kind, kept=bool(args.keep))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print_report(r)


if __name__ == "__main__":
    main()
