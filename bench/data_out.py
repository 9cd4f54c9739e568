"""Data-out benchmark: OAI-PMH harvest, JSON pages beside their HTML, citations of a whole result
set and the Atom feed, on bench/pages.py's generated archive.

    .venv/bin/python bench/data_out.py [--articles 2000] [--samples 30] [--keep DIR]

Server time through Django's test client (in-process: routing, views, SQL, serialisation), SQL
queries per request, and for the harvest the total time and records per second.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # ahead of bench/, so that `search` is the project's package

from harness import pct  # noqa: E402
from page_archive import open_archive, pages_work_dir, time_pages  # noqa: E402

OAI = "{http://www.openarchives.org/OAI/2.0/}"


def harvest(client) -> tuple[int, int, float, list[int]]:
    """A full ListRecords harvest following resumption tokens: (records, pages, seconds, queries per page)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    params = {"verb": "ListRecords", "metadataPrefix": "oai_dc"}
    records = pages = 0
    queries = []
    t0 = time.perf_counter()
    while True:
        with CaptureQueriesContext(connection) as ctx:
            response = client.get("/oai/", params)
        queries.append(len(ctx.captured_queries))
        root = ET.fromstring(response.content)  # noqa: S314 - our own server's response
        records += len(root.findall(f".//{OAI}record"))
        pages += 1
        token = root.findtext(f".//{OAI}resumptionToken")
        if not token:
            break
        params = {"verb": "ListRecords", "resumptionToken": token}
    return records, pages, time.perf_counter() - t0, queries


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--samples", type=int, default=30, help="pages of each kind")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", metavar="DIR", help="keep the generated archive under DIR and reuse it")
    args = ap.parse_args()
    work = pages_work_dir(args.keep, args.articles, args.seed, "bench-pages-")
    try:
        meta = open_archive(work, args.articles, args.seed, test_client=True)
        from django.conf import settings
        from django.test import Client

        from archive.models import Article, Person, Place

        rng = random.Random(args.seed)
        client = Client()
        articles = list(Article.objects.published().values_list("pk", flat=True))
        people = list(Person.objects.filter(mentions__isnull=False).values_list("pk", flat=True).distinct())
        places = list(Place.objects.filter(mentions__isnull=False).values_list("pk", flat=True).distinct())
        print(f"\n## data out at {meta['articles']:,} articles")
        records, pages, seconds, queries = harvest(client)
        print(
            f"OAI-PMH ListRecords, {settings.ARCHIVE_OAI_PAGE_SIZE} a page: {records:,} records, "
            f"{pages} pages, {seconds:.1f} s ({records / seconds:,.0f} records/s), "
            f"SQL queries per page {min(queries)}–{max(queries)}"
        )
        kinds = {
            "article": [f"/articles/{pk}/" for pk in rng.sample(articles, args.samples)],
            "person": [f"/people/{pk}/" for pk in rng.sample(people, args.samples)],
            "place": [f"/places/{pk}/" for pk in rng.sample(places, min(len(places), args.samples // 3))],
            "lists": ["/articles/", "/people/", "/places/?sort=mentions"] * 3,
            "home": ["/"] * 5,
        }
        print(
            "| page | HTML p50/p95 ms | JSON p50/p95 ms | HTML queries | JSON queries |\n"
            "|---|---|---|---|---|"
        )
        for kind, urls in kinds.items():
            html_t, html_q = time_pages(client, urls)
            json_t, json_q = time_pages(client, [u + "?format=json" for u in urls])
            print(
                f"| {kind} | {pct(html_t, 50):.1f} / {pct(html_t, 95):.1f} | "
                f"{pct(json_t, 50):.1f} / {pct(json_t, 95):.1f} | "
                f"{min(html_q)}–{max(html_q)} | {min(json_q)}–{max(json_q)} |"
            )
        for q in ("社区", "志愿者"):
            total = client.get("/search/", {"q": q, "format": "json"}).json()["total"]
            for fmt in ("ris", "bibtex", "csl"):
                t0 = time.perf_counter()
                response = client.get("/search/cite/", {"q": q, "format": fmt})
                size = sum(len(chunk) for chunk in response.streaming_content)
                print(
                    f"/search/cite/ q={q} format={fmt}: {total:,} results, {size / 1e6:.1f} MB in "
                    f"{time.perf_counter() - t0:.2f} s"
                )
            t0 = time.perf_counter()
            client.get("/search/feed/", {"q": q})
            print(f"/search/feed/ q={q}: {1000 * (time.perf_counter() - t0):.0f} ms")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
