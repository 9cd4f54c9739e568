"""bench/search.py's report: one size's figures (search.py's run()) as the lines the README quotes."""

from __future__ import annotations

import sys


def print_report(r: dict) -> None:
    """Print one size's results: build, memory, the latency table and the engine's latency by kind."""
    print(f"\n## {r['size']:,} articles ({r['chars'] / 1e6:.1f} M chars)")
    print(
        f"index build {r['build_s']:.1f} s ({r['chars'] / r['build_s'] / 1000:.0f} k chars/s), "
        f"index {r['index_mb']:.0f} MB; "
        f"FTS5 build {r['fts_build_s']:.1f} s ({r['build_s'] / r['fts_build_s']:.1f}×); "
        f"{r['index_mb'] * 1e6 / r['chars']:.1f} bytes per character; {r['queries']} queries"
    )
    print(
        f"build peak memory: PSS of the builder and its children together {r['pss_total_mb']:.0f} MB, "
        f"RSS of the builder {r['build_rss_mb']:.0f} MB, of its largest child {r['worker_rss_mb']:.0f} MB "
        f"(shared pages included; its own {r['uss_child_mb']:.0f} MB); "
        f"benchmark process (generation, queries, FTS5) {r['rss_mb']:.0f} MB; "
        f"load average {' '.join(f'{x:.1f}' for x in r['load'])}"
    )
    print("| | p50 ms | p95 ms |\n|---|---|---|")
    print(f"| ours, engine (20 ids + total) | {r['engine_p50']:.1f} | {r['engine_p95']:.1f} |")
    print(f"| ours, full page (+ facets, snippets, people) | {r['page_p50']:.1f} | {r['page_p95']:.1f} |")
    print(f"| SQLite FTS5 trigram (LIKE for 1-2 chars) | {r['fts_p50']:.1f} | {r['fts_p95']:.1f} |")
    print(f"| ratio engine p95 / FTS5 p95 | | {r['engine_p95'] / max(r['fts_p95'], 1e-9):.2f}× |")
    print(
        "by kind (engine p50 / p95 ms): "
        + ", ".join(f"{k} {a:.1f}/{b:.1f}" for k, (a, b) in r["kinds"].items())
    )
    sys.stdout.flush()
