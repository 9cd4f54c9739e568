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

Article text comes from an order-1 word Markov chain trained on the sample pages (see WordChain).

The query mix (fixed by --seed): person names, 1-, 2-, 3- and 4-character strings taken from the
text, quoted 6-10 character phrases, and filtered queries (term + outlet / year / person).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ingest import CITIES, COMMUNITIES, STREETS, _name  # noqa: E402

OUTLETS = [
    "新华网",
    "人民网",
    "澎湃新闻",
    "长沙晚报",
    "湖北日报",
    "西安日报",
    "大河报",
    "新民晚报",
    "成都商报",
    "永州日报",
]
ORG_UNITS = ["居委会", "社区党委", "志愿服务队", "街道办事处", "卫生服务中心", "村委会"]
WHO = ["党员干部", "志愿者", "网格员", "居民"]  # whom the generated headlines are about


def setup_django(work: Path) -> None:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_SECRET_KEY="bench",
        ARCHIVE_DATA_DIR=str(work / "data"),
    )
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def sample_paragraphs() -> tuple[list[str], list[str]]:
    from archive.ingest.clean import clean_page
    from archive.ingest.extract import extract

    paragraphs, names = [], set()
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        page = clean_page(sample.read_text(encoding="utf-8"))
        paragraphs += [p.text for p in page.paragraphs if p.kind == "text" and len(p.text) > 30]
        names |= {p.name for p in extract(page.body).people}
    return paragraphs, sorted(names, key=len, reverse=True)


class WordChain:
    """Order-1 word Markov chain over the sample paragraphs (jieba words).

    Recombining whole paragraphs would repeat every 10-character phrase in ~4% of all articles;
    a word chain keeps the genre's vocabulary and word frequencies while phrases vary as in a real
    corpus."""

    def __init__(self, paragraphs: list[str], rng: random.Random) -> None:
        import jieba

        self.rng = rng
        self.next: dict[str, list[str]] = {}
        self.starts: list[str] = []
        for para in paragraphs:
            for sentence in re.findall(r"[^。！？]+[。！？]?", para):
                tokens = [t for t in jieba.cut(sentence, HMM=False) if t.strip()]
                if len(tokens) < 3:
                    continue
                self.starts.append(tokens[0])
                for a, b in zip(tokens, tokens[1:] + ["<END>"], strict=True):
                    self.next.setdefault(a, []).append(b)

    def sentence(self, max_words: int = 40) -> str:
        word, out = self.rng.choice(self.starts), []
        while word != "<END>" and len(out) < max_words:
            out.append(word)
            word = self.rng.choice(self.next.get(word, ["<END>"]))
        text = "".join(out)
        return text if text[-1] in "。！？" else text + "。"


def generate(n: int, seed: int) -> dict:
    """Write n articles with outlets, people, places, organisations and mentions straight to the database."""
    from django.db import transaction

    from archive.models import Article, Mention, Organization, Outlet, Person, Place

    rng = random.Random(seed)
    paragraphs, names = sample_paragraphs()
    name_re = re.compile("|".join(map(re.escape, names)))
    chain = WordChain(paragraphs, rng)
    outlets = [Outlet.objects.create(name=o) for o in OUTLETS]
    people_pool = sorted({_name(rng) for _ in range(max(200, n // 5))})
    persons = {name: Person(name=name, region="") for name in people_pool}
    Person.objects.bulk_create(persons.values())
    persons = {p.name: p for p in Person.objects.all()}
    place_names = sorted({c + "新村" for c in COMMUNITIES} | set(STREETS) | set(CITIES))
    Place.objects.bulk_create([Place(name=p) for p in place_names])
    places = {p.name: p for p in Place.objects.all()}
    org_names = sorted({c + u for c in COMMUNITIES for u in ORG_UNITS})
    Organization.objects.bulk_create([Organization(name=o) for o in org_names])
    orgs = {o.name: o for o in Organization.objects.all()}
    start = datetime(2020, 1, 20, tzinfo=UTC)
    chars = 0
    for lo in range(0, n, 1000):
        articles, pending = [], []
        for i in range(lo, min(n, lo + 1000)):
            cast = rng.sample(people_pool, k=rng.randint(3, 6))
            mapping = {old: cast[j % len(cast)] for j, old in enumerate(names)}
            community, street, city = rng.choice(COMMUNITIES), rng.choice(STREETS), rng.choice(CITIES)
            body = []
            for _p in range(rng.randint(5, 10)):
                para = "".join(chain.sentence() for _s in range(rng.randint(1, 4)))
                para = name_re.sub(lambda m, mapping=mapping: mapping[m.group(0)], para)
                body.append(para.replace("普善路", street).replace("同济新村", community + "新村"))
            body.append(
                f"{community}{rng.choice(ORG_UNITS)}的{cast[0]}说，{city}{street}一带的核酸检测已经完成。"
            )
            text = "\n".join(body)
            chars += len(text)
            articles.append(
                Article(
                    title=f"{city}{community}社区{rng.choice(WHO)}抗疫纪实之{i}",
                    body=text,
                    published_at=start + timedelta(days=rng.randint(0, 1050), hours=rng.randint(0, 23)),
                    date_precision="datetime",
                    outlet=rng.choice(outlets),
                    content_hash=f"bench-{seed}-{i}",
                    paragraph_kinds=["text"] * len(body),
                )
            )
            pending.append(
                (text, cast, [community + "新村", street, city], [o for o in org_names if o in text][:3])
            )
        with transaction.atomic():
            Article.objects.bulk_create(articles)
            mentions = []
            for article, (text, cast, place_list, org_list) in zip(articles, pending, strict=True):
                for name in cast:
                    pos = text.find(name)
                    if pos >= 0:
                        mentions.append(
                            Mention(
                                article=article,
                                person=persons[name],
                                start=pos,
                                end=pos + len(name),
                                text=name,
                                sentence="",
                            )
                        )
                for name in place_list:
                    pos = text.find(name)
                    if pos >= 0:
                        mentions.append(
                            Mention(
                                article=article,
                                place=places[name],
                                start=pos,
                                end=pos + len(name),
                                text=name,
                                sentence="",
                            )
                        )
                for name in org_list:
                    pos = text.find(name)
                    mentions.append(
                        Mention(
                            article=article,
                            organization=orgs[name],
                            start=pos,
                            end=pos + len(name),
                            text=name,
                            sentence="",
                        )
                    )
            Mention.objects.bulk_create(mentions)
    return {"articles": n, "chars": chars, "people": people_pool}


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
    """build_index() in a fresh process, as `rebuild_index` runs, so that its peak memory is the
    build's own and not the corpus generator's: {"build_s", "rss_mb" (the building process's
    ru_maxrss), "worker_rss_mb" (the largest ru_maxrss of its children: a forked child's counts the
    pages it shares with the builder), and sampled from /proc every 0.2 s (bench/memory.py):
    "pss_total_mb" (the PSS sum of the builder and its children, each page counted once),
    "uss_child_mb" (the most any child held of its own)}."""
    import json
    import subprocess

    from memory import TreeSampler

    child = subprocess.Popen(
        [sys.executable, __file__, "--build-only", str(work)], stdout=subprocess.PIPE, text=True
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


def _build_only(work: Path) -> None:
    import json

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


def time_ours(mix, repeat: int) -> dict[str, list[float]]:
    from search.engine import get_engine
    from search.selectors import build_request, search

    engine, page = [], []
    for _ in range(repeat):
        for _kind, values in mix:
            t0 = time.perf_counter()  # the page of 20 ids and the exact total, through the engine boundary
            ids = get_engine().search(build_request(values, end=20)).ids
            engine.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            search(values)
            page.append((time.perf_counter() - t0) * 1000)
            del ids
    return {"engine": engine, "page": page}


def build_fts(path: Path) -> tuple[sqlite3.Connection, float]:
    from archive.models import Article, Mention

    con = sqlite3.connect(path)
    started = time.perf_counter()
    con.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(title, body, outlet UNINDEXED, year UNINDEXED, "
        "persons UNINDEXED, tokenize='trigram')"
    )
    persons: dict[int, list[int]] = {}
    for aid, pid in Mention.objects.filter(person__isnull=False).values_list("article_id", "person_id"):
        persons.setdefault(aid, []).append(pid)
    rows = (
        (
            a.pk,
            a.title,
            a.body,
            a.outlet_id,
            a.published_at.year,
            "," + ",".join(map(str, persons.get(a.pk, []))) + ",",
        )
        for a in Article.objects.only("pk", "title", "body", "outlet_id", "published_at").iterator(
            chunk_size=2000
        )
    )
    con.executemany("INSERT INTO docs(rowid, title, body, outlet, year, persons) VALUES (?,?,?,?,?,?)", rows)
    con.commit()
    return con, time.perf_counter() - started


def time_fts(con: sqlite3.Connection, mix, repeat: int) -> list[float]:
    from search.query import parse

    out = []
    for _ in range(repeat):
        for _kind, values in mix:
            term = parse(values["q"]).clauses[0].terms[0].text
            where, args = [], []
            if len(term) >= 3:
                where.append("docs MATCH ?")
                args.append('"' + term.replace('"', '""') + '"')
            else:
                where.append("(title LIKE ? OR body LIKE ?)")
                args += [f"%{term}%"] * 2
            if values.get("outlet"):
                where.append("outlet = ?")
                args.append(values["outlet"][0])
            if values.get("year"):
                where.append("year = ?")
                args.append(int(values["year"][0]))
            if values.get("person"):
                where.append("persons LIKE ?")
                args.append(f"%,{values['person'][0]},%")
            clause = " AND ".join(where)
            order = " ORDER BY rank" if len(term) >= 3 else ""
            t0 = time.perf_counter()
            con.execute(f"SELECT rowid FROM docs WHERE {clause}{order} LIMIT 20", args).fetchall()
            con.execute(f"SELECT count(*) FROM docs WHERE {clause}", args).fetchone()
            out.append((time.perf_counter() - t0) * 1000)
    return out


def work_dir(keep: str | None, name: str, meta_file: str, prefix: str) -> Path:
    """Where a run keeps its archive: DIR/name (reused when meta_file says it is complete), or a temp
    folder."""
    if not keep:
        return Path(tempfile.mkdtemp(prefix=prefix))
    work = Path(keep).resolve() / name
    if not (work / "data" / meta_file).exists():
        shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    return work


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) >= 2 else (values[0] if values else 0.0)


def index_version() -> str:
    """What a kept corpus + index depends on: the generator and the index-time analysis."""
    import hashlib

    h = hashlib.sha256()
    for rel in ("bench/search.py", "bench/ingest.py", "search/analyzers.py", "search/search_indexes.py"):
        text = (ROOT / rel).read_text(encoding="utf-8")
        if rel == "bench/search.py":
            text = text.split("def query_mix")[0]
        h.update(text.encode())
    return h.hexdigest()[:16]


def run(size: int, seed: int, repeat: int, per_kind: int, kept: bool) -> dict:
    import json

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
    ap.add_argument("--build-only", metavar="WORK", help=argparse.SUPPRESS)  # build_in_child's process
    args = ap.parse_args()
    if args.build_only:
        _build_only(Path(args.build_only))
        return
    if args.size is None:
        import subprocess

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


if __name__ == "__main__":
    main()
