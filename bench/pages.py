"""Page benchmark: server time and SQL queries per page on a generated archive.

    .venv/bin/python bench/pages.py [--articles 10000] [--samples 100] [--keep DIR]

The corpus is bench/search.py's (same generator, same seed; mentions get their sentences as the
import would store them), indexed with our backend. Each page is requested through Django's test
client in-process, so the time is the server's: URL routing, views, SQL, templates, search; no
network and no browser. Pages: article pages, person pages (random people, and the most
mentioned ones), place pages, and search result pages for bench/search.py's query mix. The first
request of each kind warms caches and is not counted.

Target (issue 4): p95 ≤ 100 ms for article, person and search pages at 10,000 articles, and a
number of SQL queries per page that does not depend on the data (tests/archive/test_pages.py
asserts that part).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import shutil
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_spec = importlib.util.spec_from_file_location("bench_search", ROOT / "bench" / "search.py")
bench_search = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_search)


def prepare(size: int, seed: int, work: Path) -> dict:
    """Generate (or reuse) the corpus and index; fill mention sentences and pinyin keys as the import does."""
    meta_path = work / "data" / "bench-pages-meta.json"
    if meta_path.exists():
        return json.loads(meta_path.read_text())
    from django.db import transaction

    from archive.ingest.store import sentence_at
    from archive.models import Mention, Organization, Person, Place, pinyin_key

    t0 = time.perf_counter()
    corpus = bench_search.generate(size, seed)
    with transaction.atomic():
        for model in (Person, Organization, Place):
            rows = list(model.objects.only("pk", "name"))
            for row in rows:
                row.sort_key = pinyin_key(row.name)
            model.objects.bulk_update(rows, ["sort_key"], batch_size=1000)
        batch = []
        for m in (
            Mention.objects.select_related("article")
            .only("pk", "start", "end", "article__body")
            .iterator(chunk_size=2000)
        ):
            m.sentence = sentence_at(m.article.body, m.start, m.end)
            batch.append(m)
            if len(batch) >= 2000:
                Mention.objects.bulk_update(batch, ["sentence"])
                batch = []
        Mention.objects.bulk_update(batch, ["sentence"])
    generate_s = time.perf_counter() - t0
    build_s = bench_search.build_index()
    meta = {
        "articles": size,
        "chars": corpus["chars"],
        "people": corpus["people"],
        "generate_s": generate_s,
        "build_s": build_s,
    }
    meta_path.write_text(json.dumps(meta))
    return meta


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) >= 2 else (values[0] if values else 0.0)


def time_pages(client, urls: list[str]) -> tuple[list[float], list[int]]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(urls[0])  # warm-up, not counted
    times, queries = [], []
    for url in urls:
        with CaptureQueriesContext(connection) as ctx:
            t0 = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        queries.append(len(ctx.captured_queries))
    return times, queries


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--samples", type=int, default=100, help="pages of each kind")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--keep", metavar="DIR", help="keep the generated archive under DIR and reuse it next time"
    )
    args = ap.parse_args()
    work = bench_search.work_dir(
        args.keep,
        f"pages-{args.articles}-{args.seed}-{bench_search.index_version()}",
        "bench-pages-meta.json",
        "bench-pages-",
    )
    try:
        bench_search.setup_django(work)
        from django.conf import settings

        settings.ALLOWED_HOSTS = ["testserver"]
        settings.SECURE_SSL_REDIRECT = False  # the test client speaks plain HTTP
        from django.core.management import call_command

        call_command(
            "collectstatic", "--noinput", verbosity=0
        )  # production settings serve hashed static names
        meta = prepare(args.articles, args.seed, work)
        from django.db.models import Count
        from django.test import Client
        from django.urls import reverse

        from archive.models import Article, Person, Place

        rng = random.Random(args.seed)
        article_ids = list(Article.objects.published().values_list("pk", flat=True))
        person_ids = list(
            Person.objects.filter(mentions__isnull=False).values_list("pk", flat=True).distinct()
        )
        busiest = list(
            Person.objects.annotate(n=Count("mentions")).order_by("-n").values_list("pk", flat=True)[:10]
        )
        place_ids = list(Place.objects.filter(mentions__isnull=False).values_list("pk", flat=True).distinct())
        mix = bench_search.query_mix(rng, meta["people"], max(1, args.samples // 9))
        kinds = {
            "article": [
                reverse("archive:article-detail", args=[pk]) for pk in rng.sample(article_ids, args.samples)
            ],
            "person": [
                reverse("archive:person-detail", args=[pk])
                for pk in rng.sample(person_ids, args.samples - len(busiest)) + busiest
            ],
            "place": [
                reverse("archive:place-detail", args=[pk])
                for pk in rng.choices(place_ids, k=args.samples // 4)
            ],
            "search": [
                reverse("search:results") + "?" + urlencode(values, doseq=True) for _kind, values in mix
            ],
            "home": ["/"] * 10,
            "lists": [
                reverse("archive:article-list"),
                reverse("archive:person-list"),
                reverse("archive:person-list") + "?sort=mentions",
                reverse("archive:place-list"),
                reverse("archive:organization-list"),
                reverse("archive:article-list") + "?page=50",
            ]
            * 3,
        }
        client = Client()
        print(
            f"\n## pages at {meta['articles']:,} articles ({meta['chars'] / 1e6:.1f} M chars); "
            "corpus + index built in "
            f"{meta['generate_s'] + meta['build_s']:.0f} s"
        )
        print(
            "| page | requests | p50 ms | p95 ms | max ms | SQL queries (min–max) |\n"
            "|---|---|---|---|---|---|"
        )
        for kind, urls in kinds.items():
            times, queries = time_pages(client, urls)
            print(
                f"| {kind} | {len(times)} | {pct(times, 50):.1f} | {pct(times, 95):.1f} | {max(times):.1f} | "
                f"{min(queries)}–{max(queries)} |"
            )
            sys.stdout.flush()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
