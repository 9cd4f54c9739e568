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
import random
import shutil
import sys
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # ahead of bench/, so that `search` is the project's package

from harness import pct  # noqa: E402
from page_archive import open_archive, pages_work_dir, time_pages  # noqa: E402
from search_run import query_mix  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--samples", type=int, default=100, help="pages of each kind")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--keep", metavar="DIR", help="keep the generated archive under DIR and reuse it next time"
    )
    args = ap.parse_args()
    work = pages_work_dir(args.keep, args.articles, args.seed, "bench-pages-")
    try:
        meta = open_archive(work, args.articles, args.seed, test_client=True)
        from django.db.models import Count
        from django.test import Client
        from django.urls import reverse

        from archive.models import Article, Person, Place
        from archive.views import PER_PAGE

        rng = random.Random(args.seed)
        article_ids = list(Article.objects.published().values_list("pk", flat=True))
        person_ids = list(
            Person.objects.filter(mentions__isnull=False).values_list("pk", flat=True).distinct()
        )
        busiest = list(
            Person.objects.annotate(n=Count("mentions")).order_by("-n").values_list("pk", flat=True)[:10]
        )
        place_ids = list(Place.objects.filter(mentions__isnull=False).values_list("pk", flat=True).distinct())
        mix = query_mix(rng, meta["people"], max(1, args.samples // 9))
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
                reverse("archive:article-list") + f"?page={min(50, -(-len(article_ids) // PER_PAGE))}",
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
