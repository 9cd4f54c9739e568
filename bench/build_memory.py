"""Where the memory of an index build goes, phase by phase (issue 16: under 1.5 GB at 50,000 articles).

    .venv/bin/python bench/build_memory.py --size 50000 [--work DIR] [--run-tokens N]

Generates a corpus as bench/search.py does (or reuses the one in --work DIR: generated once, kept),
then builds the whole index in a child process (what rebuild_index does) while bench/memory.py samples
that process and every process it forks (analysis workers, the range writer) from /proc. The build
notes when each phase begins (the bulk writer's methods, wrapped here, in the benchmark only), and
the report gives per phase the peak of: the PSS sum of the whole tree (each shared page counted
once: the honest total), the builder's RSS, the largest child's RSS and its private memory (USS).
The build's own figures, for comparison with bench/search.py: wall time and ru_maxrss.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))  # ahead of bench/, so that `search` is the project's package

from harness import setup_django  # noqa: E402
from memory import TreeSampler  # noqa: E402
from search_run import build_index  # noqa: E402


def traced_build(work: Path, run_tokens: int | None) -> None:
    """The build, in this process, printing [(monotonic time, phase)] and its figures as JSON."""
    setup_django(work)
    from django.conf import settings

    if run_tokens is not None:
        settings.HAYSTACK_CONNECTIONS["default"]["RUN_TOKENS"] = run_tokens
    from search.whoosh_adapter import buffers
    from search.whoosh_adapter.bulk import _bulk_writer_class

    events: list[tuple[float, str]] = []

    def mark(owner, name: str, label: str) -> None:
        original = getattr(owner, name)

        def wrapped(*args, **kwargs):
            events.append((time.monotonic(), label))
            result = original(*args, **kwargs)
            if not inspect.isgenerator(result):
                events.append((time.monotonic(), label + " end"))
                return result
            return traced(result)

        def traced(generator):
            yield from generator
            events.append((time.monotonic(), label + " end"))

        setattr(owner, name, wrapped)

    writer = _bulk_writer_class()
    mark(buffers.GramBuffer, "spill", "gram run spilled")
    mark(writer, "_flush_segment", "segment written")
    mark(writer, "_write_ranges", "gram field ranges (forked writer)")
    mark(buffers.WordBuffer, "postings", "words field (sorted and written by ranges)")
    mark(writer, "commit", "commit")
    events.append((time.monotonic(), "build (documents analysed and added)"))
    build_s = build_index()
    events.append((time.monotonic(), "done"))
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    figures = {
        "build_s": build_s,
        "cpu_s": me.ru_utime + me.ru_stime,  # (setup included: a second or two)
        "child_cpu_s": kids.ru_utime + kids.ru_stime,
        "rss_mb": me.ru_maxrss / 1024,
        "child_rss_mb": kids.ru_maxrss / 1024,
    }
    print(json.dumps({**figures, "events": events}))


def phases(events: list[tuple[float, str]]) -> list[tuple[str, list[tuple[float, float]]]]:
    """Each label with the stretches (start, end) it covers, from one event to the next, in order of
    first appearance (a phase seen many times, as the spills, is one line)."""
    found: dict[str, list[tuple[float, float]]] = {}
    for (t0, label), (t1, _next) in zip(events, events[1:], strict=False):
        found.setdefault(label, []).append((t0, t1))
    return list(found.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=50000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", help="folder holding the generated corpus (generated there once, reused)")
    ap.add_argument("--run-tokens", type=int, help="RUN_TOKENS of the build (default: the backend's)")
    ap.add_argument("--timeline", metavar="FILE", help="write every sample and event there (JSON)")
    ap.add_argument("--interval", type=float, default=0.2, help="seconds between samples")
    ap.add_argument("--traced-build", metavar="WORK", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.traced_build:
        traced_build(Path(args.traced_build), args.run_tokens)
        return
    work = Path(
        args.work or Path(tempfile.gettempdir()) / f"bench-build-memory-{args.size}-{args.seed}"
    ).resolve()
    if not (work / "corpus.json").exists():
        work.mkdir(parents=True, exist_ok=True)
        code = (
            "import json, sys; sys.argv = ['x']; "
            "import build_memory; from harness import setup_django; from search_corpus import generate; "
            f"from pathlib import Path; w = Path({str(work)!r}); setup_django(w); "
            f"c = generate({args.size}, {args.seed}); "
            "(w / 'corpus.json').write_text(json.dumps({'corpus': c}))"
        )
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT / "bench")
    command = [sys.executable, __file__, "--traced-build", str(work)]
    if args.run_tokens is not None:
        command += ["--run-tokens", str(args.run_tokens)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    with TreeSampler(child.pid, args.interval) as sampler:
        out, _ = child.communicate()
    if child.returncode:
        sys.exit(f"the build failed (exit {child.returncode})")
    result = json.loads(out.strip().splitlines()[-1])
    if args.timeline:
        Path(args.timeline).write_text(json.dumps({"samples": sampler.timeline, "events": result["events"]}))
    corpus = json.loads((work / "corpus.json").read_text())["corpus"]
    print(f"## build of {corpus['articles']:,} articles ({corpus['chars'] / 1e6:.1f} M chars)")
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"build {result['build_s']:.0f} s, CPU {result['cpu_s']:.0f} s here and "
        f"{result['child_cpu_s']:.0f} s in its children; load average {load}; ru_maxrss: builder "
        f"{result['rss_mb']:.0f} MB, largest child {result['child_rss_mb']:.0f} MB (a forked child's "
        f"includes its parent's pages); sampled over the whole run: {sampler.peaks()}"
    )
    print("| phase | from s | to s | PSS sum MB | builder RSS MB | child RSS MB | child USS MB | processes |")
    print("|---|---|---|---|---|---|---|---|")
    start = result["events"][0][0]
    for label, stretches in phases(result["events"]):
        found = [p for t0, t1 in stretches if (p := sampler.peaks(t0, t1))]
        if not found:
            continue
        p = {k: max(f[k] for f in found) for k in found[0]}
        t0, t1 = stretches[0][0] - start, stretches[-1][1] - start
        print(
            f"| {label} ({len(stretches)}×) | {t0:.1f} | {t1:.1f} | {p['pss_total_mb']:.0f} | "
            f"{p['rss_root_mb']:.0f} | {p['rss_child_mb']:.0f} | {p['uss_child_mb']:.0f} | {p['processes']} |"
        )


if __name__ == "__main__":
    main()
