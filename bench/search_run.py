"""bench/search.py's engine run: the index build (in a child process of its own, whose peak memory is
measured apart), the query mix, and the timing of our search through search.selectors.

build_index() and query_mix() are also bench/pages.py's, load.py's and build_memory.py's.
"""

from __future__ import annotations

import json
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

from harness import ROOT, setup_django
from memory import TreeSampler


def build_index() -> float:
    """The whole corpus through our index and backend, in this process (what rebuild_index does)."""
    from haystack import connections

    from archive.models import Article
    from search.search_indexes import article_queryset

    backend = connections["default"].get_backend()
    backend.clear()
    backend.setup_complete = False
    index = connections["default"].get_unified_index().get_index(Article)
    started = time.perf_counter()
    backend.update(index, article_queryset().order_by("pk").iterator(chunk_size=1000))
    return time.perf_counter() - started


def build_in_child(work: Path) -> dict:
    """build_index() in a fresh process (`bench/search.py --build-only WORK`, build_only below), as
    `rebuild_index` runs, so that its peak memory is the build's own and not the corpus generator's:
    {"build_s", "rss_mb" (the building process's ru_maxrss), "worker_rss_mb" (the largest ru_maxrss
    of its children: a forked child's counts the pages it shares with the builder), and sampled from
    /proc every 0.2 s (bench/memory.py): "pss_total_mb" (the PSS sum of the builder and its children,
    each page counted once), "uss_child_mb" (the most any child held of its own)}."""
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "search.py"), "--build-only", str(work)],
        stdout=subprocess.PIPE,
        text=True,
    )
    with TreeSampler(child.pid) as sampler:
        out, _ = child.communicate()
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, child.args)
    peaks = sampler.peaks()
    return {
        **json.loads(out.strip().splitlines()[-1]),
        "pss_total_mb": peaks["pss_total_mb"],
        "uss_child_mb": peaks["uss_child_mb"],
    }


def build_only(work: Path) -> None:
    """The child's side of build_in_child: build, then print the figures as one JSON line."""
    setup_django(work)
    build_s = build_index()
    print(
        json.dumps(
            {
                "build_s": build_s,
                "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            }
        )
    )


def query_mix(rng: random.Random, people: list[str], per_kind: int) -> list[tuple[str, dict]]:
    """per_kind queries of each kind: (kind, search form values). Kinds: a person's name, 1-4
    character strings from the text, a quoted 6-10 character phrase, and a term with an outlet, year
    or person filter."""
    from archive.models import Article, Outlet, Person

    texts = list(Article.objects.order_by("?").values_list("body", flat=True)[:300])
    cjk = [m.group() for t in texts for m in re.finditer(r"[\u4e00-\u9fff]{10,}", t)]

    def piece(length: int) -> str:
        run = rng.choice(cjk)
        at = rng.randrange(0, len(run) - length + 1)
        return run[at : at + length]

    outlets = list(Outlet.objects.values_list("pk", flat=True))
    person_ids = list(
        Person.objects.filter(mentions__isnull=False).values_list("pk", flat=True).distinct()[:500]
    )
    mix: list[tuple[str, dict]] = []
    for _ in range(per_kind):
        mix.append(("name", {"q": rng.choice(people)}))
        for length in (1, 2, 3, 4):
            mix.append((f"{length}-char", {"q": piece(length)}))
        mix.append(("phrase", {"q": f'"{piece(rng.randint(6, 10))}"'}))
        mix.append(("filter:outlet", {"q": piece(2), "outlet": [rng.choice(outlets)]}))
        mix.append(("filter:year", {"q": piece(3), "year": [str(rng.choice((2020, 2021, 2022)))]}))
        mix.append(("filter:person", {"q": piece(2), "person": [rng.choice(person_ids)]}))
    return mix


def time_ours(mix: list[tuple[str, dict]], repeat: int) -> dict[str, list[float]]:
    """Milliseconds per query of the mix, repeat times over: "engine" (the page of 20 ids and the
    exact total, through the engine boundary) and "page" (the whole results page's search)."""
    from search.engine import get_engine
    from search.selectors import build_request, search

    engine, page = [], []
    for _ in range(repeat):
        for _kind, values in mix:
            t0 = time.perf_counter()
            ids = get_engine().search(build_request(values, end=20)).ids
            engine.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            search(values)
            page.append((time.perf_counter() - t0) * 1000)
            del ids
    return {"engine": engine, "page": page}
