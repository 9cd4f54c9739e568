"""The generated archive that bench/pages.py, bench/data_out.py and bench/load.py serve: bench/search.py's
corpus (search_corpus.generate) with mention sentences and pinyin sort keys filled as the import
does, indexed with our backend, kept under --keep DIR/pages-ARTICLES-SEED-VERSION and shared by
the three. Also the timing of pages through Django's test client.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from harness import index_version, setup_django, work_dir
from search_corpus import generate
from search_run import build_index

META_FILE = "bench-pages-meta.json"


def pages_work_dir(keep: str | None, articles: int, seed: int, prefix: str) -> Path:
    """The archive's folder: kept under keep (shared by the page benchmarks), else a temp folder."""
    return work_dir(keep, f"pages-{articles}-{seed}-{index_version()}", META_FILE, prefix)


def open_archive(work: Path, articles: int, seed: int, *, test_client: bool) -> dict:
    """Django on the archive under work, static files collected (production settings serve hashed
    names), the corpus and index made unless kept: returns prepare()'s figures. test_client: serve
    Django's test client (its host, plain HTTP)."""
    setup_django(work)
    if test_client:
        from django.conf import settings

        settings.ALLOWED_HOSTS = ["testserver"]
        settings.SECURE_SSL_REDIRECT = False  # the test client speaks plain HTTP
    from django.core.management import call_command

    call_command("collectstatic", "--noinput", verbosity=0)
    return prepare(articles, seed, work)


def prepare(size: int, seed: int, work: Path) -> dict:
    """Generate (or reuse) the corpus and index; fill mention sentences and pinyin keys as the import does."""
    meta_path = work / "data" / META_FILE
    if meta_path.exists():
        return json.loads(meta_path.read_text())
    from django.db import transaction

    from archive.ingest.store import sentence_at
    from archive.models import Mention, Organization, Person, Place, pinyin_key

    t0 = time.perf_counter()
    corpus = generate(size, seed)
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
    build_s = build_index()
    meta = {
        "articles": size,
        "chars": corpus["chars"],
        "people": corpus["people"],
        "generate_s": generate_s,
        "build_s": build_s,
    }
    meta_path.write_text(json.dumps(meta))
    return meta


def time_pages(client, urls: list[str]) -> tuple[list[float], list[int]]:
    """Milliseconds and SQL queries of each page through the test client (the first request warms up
    and is not counted); a page that does not answer 200 ends the benchmark."""
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
