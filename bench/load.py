"""Load benchmark: gunicorn on 127.0.0.1 serving the archive to many concurrent users while an import runs.

    .venv/bin/python bench/load.py [--articles 10000] [--users 50] [--duration 60]
                                   [--import-pages 600] [--keep DIR]

The archive is bench/pages.py's generated corpus (same generator and seed; `--keep DIR` shares the
kept copy with bench/pages.py). gunicorn is started with config/gunicorn.conf.py under production
settings (DEBUG off, WhiteNoise, CSP; plain HTTP on loopback, so the HTTPS redirect is off). Then,
at the same moment:

- `manage.py import_articles` starts on a folder of generated pages (bench/ingest.py's generator:
  GB18030 and UTF-8 text, HTML), which commits page by page and writes the search index at the end;
- USERS threads, each with its own keep-alive connection, request for DURATION seconds a mix of
  search result pages (bench/search.py's query mix: names, 1-4 character strings, phrases, filters),
  article pages and person pages, one after another without pause.

Reported: requests, errors (any status other than 200, or a failed connection), throughput, latency
p50/p95/p99 per kind, how far the import got, and `check_index --dry-run` afterwards (database and
index agree). `--import-pages 0` measures the same load without an import, for comparison. Client
and server share this machine's cores. Exit status 1 when any request failed.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # ahead of bench/, so that `search` is the project's package

import ingest as bench_ingest  # noqa: E402
from harness import pct  # noqa: E402
from page_archive import open_archive, pages_work_dir  # noqa: E402
from search_run import query_mix  # noqa: E402


def _count_articles(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
        return conn.execute("select count(*) from archive_article").fetchone()[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env(work: Path, port: int, workers: int, threads: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "ARCHIVE_", "DATABASE_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_SECRET_KEY="bench-" + "x" * 60,
        ARCHIVE_DATA_DIR=str(work / "data"),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_SECURE_HSTS_SECONDS="0",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS=str(workers),
        GUNICORN_THREADS=str(threads),
        GUNICORN_ACCESS_LOG="",
        GUNICORN_ERROR_LOG=str(work / "gunicorn.log"),
    )
    return env


def wait_ready(port: int, server: subprocess.Popen, log: Path, workers: int, timeout: float = 300) -> None:
    """Until every worker has warmed up (config/gunicorn.conf.py logs it) and the site answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn exited before it served a page:\n" + log.read_text()[-2000:])
        text = log.read_text() if log.exists() else ""
        if text.count("warmed up in") + text.count("warm-up skipped") >= workers:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/")
                if conn.getresponse().status == 200:
                    return
            except OSError:
                pass
        time.sleep(0.3)
    raise SystemExit(f"gunicorn's workers were not ready within {timeout:.0f} s")


class User(threading.Thread):
    def __init__(
        self, port: int, urls: dict[str, list[str]], weights: dict[str, int], stop_at: float, seed: int
    ):
        super().__init__(daemon=True)
        self.port, self.urls, self.stop_at = port, urls, stop_at
        self.kinds = [k for k, w in weights.items() for _ in range(w)]
        self.rng = random.Random(seed)
        self.results: list[tuple[str, int, float]] = []  # (kind, status or 0 for a failed connection, ms)
        self.errors: list[str] = []

    def run(self) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        while time.monotonic() < self.stop_at:
            kind = self.rng.choice(self.kinds)
            url = self.rng.choice(self.urls[kind])
            t0 = time.perf_counter()
            try:
                conn.request("GET", url)
                response = conn.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as exc:
                status = 0
                self.errors.append(f"{url}: {type(exc).__name__}: {exc}")
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            ms = (time.perf_counter() - t0) * 1000
            if status not in (0, 200):
                self.errors.append(f"{url}: HTTP {status}")
            self.results.append((kind, status, ms))
        conn.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--duration", type=float, default=60)
    ap.add_argument("--import-pages", type=int, default=600)
    ap.add_argument("--workers", type=int, default=(os.cpu_count() or 2) + 1)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--warmup",
        type=float,
        default=0,
        help="seconds of the same load before measuring (workers load jieba and the index lazily)",
    )
    ap.add_argument("--keep", metavar="DIR", help="reuse bench/pages.py's kept archive under DIR")
    args = ap.parse_args()

    work = pages_work_dir(args.keep, args.articles, args.seed, "bench-load-")
    temporary = [] if args.keep else [work]
    try:
        failed = measure(args, work, temporary)
    finally:  # the archive (unless kept), its copy and the generated pages: nothing left in /tmp
        for folder in temporary:
            shutil.rmtree(folder, ignore_errors=True)
    sys.exit(1 if failed else 0)


def measure(args: argparse.Namespace, work: Path, temporary: list[Path]) -> bool:
    """The load run on the archive under work; folders it makes go in `temporary`. True if any
    request failed or the index and database disagree afterwards."""
    meta = open_archive(work, args.articles, args.seed, test_client=False)
    from django.urls import reverse

    from archive.models import Article, Person

    rng = random.Random(args.seed)
    article_ids = list(Article.objects.published().values_list("pk", flat=True))
    person_ids = list(
        Person.objects.filter(mentions__isnull=False).values_list("pk", flat=True).distinct()[:5000]
    )
    mix = query_mix(rng, meta["people"], 20)
    urls = {
        "search": [reverse("search:results") + "?" + urlencode(params, doseq=True) for _, params in mix],
        "article": [
            reverse("archive:article-detail", args=[pk])
            for pk in rng.sample(article_ids, min(500, len(article_ids)))
        ],
        "person": [
            reverse("archive:person-detail", args=[pk])
            for pk in rng.sample(person_ids, min(500, len(person_ids)))
        ],
    }
    weights = {"search": 4, "article": 3, "person": 3}
    before = Article.objects.count()
    from django.db import connections

    connections.close_all()
    # The run imports into a copy, so a kept archive stays as bench/pages.py made it.
    run = Path(tempfile.mkdtemp(prefix="bench-load-run-"))
    temporary.append(run)
    shutil.copytree(
        work / "data", run / "data", ignore=shutil.ignore_patterns("*.sqlite3-wal", "*.sqlite3-shm")
    )

    pages = Path(tempfile.mkdtemp(prefix="bench-load-pages-"))
    temporary.append(pages)
    if args.import_pages:
        bench_ingest.generate(pages, args.import_pages, args.seed + 100)

    port = free_port()
    env = server_env(run, port, args.workers, args.threads)
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.conf.py", "config.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_ready(port, server, Path(env["GUNICORN_ERROR_LOG"]), args.workers)
        if args.warmup:
            warm = [
                User(port, urls, weights, time.monotonic() + args.warmup, args.seed - 1 - i)
                for i in range(args.users)
            ]
            for user in warm:
                user.start()
            for user in warm:
                user.join()
        print(
            f"# Load: {args.users} users for {args.duration:.0f} s against gunicorn "
            f"({args.workers} workers x {args.threads} threads) on 127.0.0.1, {before:,} articles, "
            + (
                f"while importing {args.import_pages} pages"
                if args.import_pages
                else "with no import running"
            )
            + (f", after {args.warmup:.0f} s of warm-up\n" if args.warmup else "\n")
        )
        started = time.monotonic()
        importer = subprocess.Popen(
            [sys.executable, "manage.py", "import_articles", "--no-progress", str(pages)]
            if args.import_pages
            else [sys.executable, "-c", "pass"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        users = [User(port, urls, weights, started + args.duration, args.seed + i) for i in range(args.users)]
        for user in users:
            user.start()
        for user in users:
            user.join()
        elapsed = time.monotonic() - started
        import_running_at_end = importer.poll() is None
        imported_during = _count_articles(run / "data" / "archive.sqlite3") - before
        out, err = importer.communicate(timeout=3600)
        import_s = time.monotonic() - started
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    server_log = Path(env["GUNICORN_ERROR_LOG"]).read_text()
    warmed = [line.split("]")[-1].strip() for line in server_log.splitlines() if "warm" in line]

    results = [r for u in users for r in u.results]
    errors = [e for u in users for e in u.errors]
    print("| kind | requests | p50 ms | p95 ms | p99 ms |")
    print("|---|---|---|---|---|")
    for kind in [*weights, "all"]:
        times = [ms for k, _, ms in results if kind in (k, "all")]
        print(
            f"| {kind} | {len(times):,} | {pct(times, 50):.1f} | {pct(times, 95):.1f} "
            f"| {pct(times, 99):.1f} |"
        )
    print(
        f"\nrequests {len(results):,} in {elapsed:.1f} s = {len(results) / elapsed:.1f} req/s; "
        f"errors {len(errors)}"
    )
    for line in errors[:20]:
        print(f"  {line}")
    if args.import_pages:
        print(
            f"import: {'still running' if import_running_at_end else 'finished'} when the load ended "
            f"({imported_during} articles committed by then); finished after {import_s:.1f} s: "
            f"{out.strip().splitlines()[-1] if out.strip() else err.strip()[-300:]}"
        )
    # (check_index, not check_archive: the generated corpus has rows without captures by design)
    check = subprocess.run(
        [sys.executable, "manage.py", "check_index", "--dry-run"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    print(
        "check_index --dry-run afterwards: "
        + " / ".join(check.stdout.strip().splitlines())
        + (" " + check.stderr.strip() if check.returncode else "")
    )
    print("workers: " + "; ".join(warmed))
    if "Traceback" in server_log:
        print("server log has tracebacks:\n" + server_log[-3000:])
    return bool(errors or check.returncode)


if __name__ == "__main__":
    main()
