"""Import benchmark: a generated corpus vs one bare jieba.posseg pass over the same text (the floor).

    .venv/bin/python bench/ingest.py [--articles 2000] [--seed 1] [--page-sizes 50,500,5000]

Articles are made by recombining the sample pages' paragraphs, with the people, places and dates
in them replaced by generated ones; a quarter are saved as GB18030 and a quarter as HTML. The
import runs in this process against a fresh SQLite archive in a temporary folder. Reported:
articles/s, the import time as a multiple of the posseg floor (target ≤ 2.0), peak memory (RSS).
Then single pages of each --page-sizes (KB of UTF-8 text, the same paragraphs recombined) go through
every stage, timed: read, clean, extraction (the real one up to --extract-limit KB: extract._places
is still quadratic), storing the mentions with their sentences, the whole import (up to the limit).
Read, clean and store should grow linearly with the page (seconds per MB about constant).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玲燕兰凤晓春海波宁欣雨泽浩宇晨阳琳琪佳慧"
STREETS = [
    "长寿路",
    "曹杨新村",
    "石门二路",
    "南京东路",
    "天目西路",
    "彭浦新村",
    "宝山路",
    "临平路",
    "殷行",
    "五角场",
]
COMMUNITIES = ["和平", "幸福", "光明", "新华", "友谊", "朝晖", "文化", "东风", "红旗", "建设", "团结", "胜利"]
CITIES = ["长沙市", "武汉市", "西安市", "郑州市", "南京市", "成都市", "上海市", "永州市", "宜昌市", "襄阳市"]


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def generate(out: Path, n: int, seed: int) -> list[str]:
    from archive.ingest.clean import clean_page
    from archive.ingest.extract import extract

    rng = random.Random(seed)
    paragraphs, names = [], set()
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        page = clean_page(sample.read_text(encoding="utf-8"))
        paragraphs += [p.text for p in page.paragraphs if p.kind == "text" and len(p.text) > 30]
        names |= {p.name for p in extract(page.body).people}
    name_re = re.compile("|".join(sorted(names, key=len, reverse=True)))
    texts = []
    for i in range(n):
        people = {old: _name(rng) for old in names}
        body = []
        for para in rng.sample(paragraphs, k=rng.randint(6, 12)):
            para = name_re.sub(lambda m, people=people: people[m.group(0)], para)
            para = para.replace("普善路", rng.choice(STREETS)).replace(
                "同济新村", rng.choice(COMMUNITIES) + "新村"
            )
            body.append(para)
        city = rng.choice(CITIES)
        day = f"{rng.choice((2020, 2021, 2022))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        date = f"{day} 09:{rng.randint(10, 59)}"
        title = f"{city}{rng.choice(COMMUNITIES)}社区党员干部抗疫纪实之{i}"
        text = "\n".join(
            [
                title,
                f"发布时间:{date} 来源:{city[:-1]}日报",
                *body,
                f"编辑:{_name(rng)}",
                "版权所有 © 某某新闻网 ICP备00000000号",
            ]
        )
        kind = i % 4
        if kind == 0:
            (out / f"a{i:05d}.txt").write_bytes(text.encode("gb18030"))
        elif kind == 1:
            html = (
                "<html><head><meta charset='utf-8'></head><body>"
                + "".join(f"<p>{line}</p>" for line in text.split("\n"))
                + "<script>track()</script></body></html>"
            )
            (out / f"a{i:05d}.html").write_text(html, encoding="utf-8")
        else:
            (out / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def big_page(out: Path, kilobytes: int, seed: int) -> Path:
    """One text page of about `kilobytes` KB: generated articles' bodies run together."""
    rng = random.Random(seed)
    folder = out / f"page-{kilobytes}"
    folder.mkdir()
    texts = generate(folder, max(1, kilobytes // 2), seed)
    for child in folder.iterdir():
        child.unlink()
    lines = [f"社区抗疫长篇纪实合集之{kilobytes}"]
    size = 0
    while size < kilobytes * 1024:
        body = rng.choice(texts).split("\n")[2:-2]
        lines += body
        size += sum(len(line.encode()) + 1 for line in body)
    path = folder / f"page-{kilobytes}kb.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _mentions_everywhere(body: str, sample: object) -> object:
    """The sample's entities with every occurrence of their names in the whole body as mentions
    (one regex pass): the mentions a full extraction of a long page would store."""
    from archive.ingest.extract import Entity, Extraction, Occurrence

    def spread(entities: list) -> list:
        out = []
        for e in entities:
            spans = [Occurrence(m.start(), m.end()) for m in re.finditer(re.escape(e.name), body)]
            out.append(Entity(e.name, e.kind, spans))
        return out

    return Extraction(
        spread(sample.people), spread(sample.organizations), spread(sample.places), sample.region
    )


def page_sizes(out: Path, sizes: list[int], seed: int, extract_limit: int) -> None:
    """One page of each size through every stage, each timed: read (decode), clean, extraction (the
    real one up to extract_limit KB), storing the mentions with their sentences (real database
    writes, the mentions of every name found in the page), and the whole import up to extract_limit."""
    from django.db import transaction

    from archive.ingest.clean import clean_page
    from archive.ingest.extract import extract
    from archive.ingest.read import read_file
    from archive.ingest.store import content_hash, store_mentions
    from archive.models import Article
    from archive.services import articles_import

    print("page size   read   clean   extract   store mentions (n)   whole import   read+clean+store s/MB")
    for kilobytes in sizes:
        path = big_page(out, kilobytes, seed + kilobytes)
        t0 = time.perf_counter()
        [doc] = read_file(path, max_bytes=64 * 1024 * 1024)
        t1 = time.perf_counter()
        page = clean_page(doc.text, doc.hints)
        t2 = time.perf_counter()
        body = page.body
        extract_s = whole_s = float("nan")
        if kilobytes <= extract_limit:
            started = time.perf_counter()
            extract(body)
            extract_s = time.perf_counter() - started
        extraction = _mentions_everywhere(body, extract(body[:100_000]))
        n = sum(len(e.mentions) for e in extraction.people + extraction.organizations + extraction.places)
        t3 = time.perf_counter()
        with transaction.atomic():
            article = Article.objects.create(
                title=page.title[:500], body=body, content_hash=content_hash(page)
            )
            store_mentions(article, extraction)
            transaction.set_rollback(True)  # the whole import below stores the page for real
        t4 = time.perf_counter()
        if kilobytes <= extract_limit:
            started = time.perf_counter()
            report = articles_import(paths=[path])
            whole_s = time.perf_counter() - started - report.index_seconds
            assert report.imported == 1, report.failures
        own = (t1 - t0) + (t2 - t1) + (t4 - t3)
        print(
            f"{kilobytes:>6} KB  {t1 - t0:5.2f}s  {t2 - t1:5.2f}s  {extract_s:7.1f}s  {t4 - t3:8.2f}s "
            f"({n:>7,})  {whole_s:10.1f}s   {own / (kilobytes / 1024):8.2f}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--page-sizes", default="50,500,5000", help="KB per page, comma-separated ('' skips)")
    ap.add_argument(
        "--extract-limit",
        type=int,
        default=500,
        help="run the real extraction and whole import up to this many KB",
    )
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_SECRET_KEY="bench",
        ARCHIVE_DATA_DIR=str(work / "data"),
    )
    import django

    django.setup()
    from django.core.management import call_command

    from archive.services import articles_import

    call_command("migrate", verbosity=0)
    corpus = work / "corpus"
    corpus.mkdir()
    texts = generate(corpus, args.articles, args.seed)
    chars = sum(len(t) for t in texts)

    import jieba.posseg

    started = time.perf_counter()
    for text in texts:
        for _ in jieba.posseg.cut(text):
            pass
    floor = time.perf_counter() - started

    started = time.perf_counter()
    report = articles_import(paths=[corpus])
    took = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {args.articles} articles, {chars:,} characters ({work})")
    print(f"jieba.posseg floor: {floor:.1f} s ({chars / floor:,.0f} chars/s)")
    print(
        f"import: {took:.1f} s, {report.imported / took:.1f} articles/s; imported {report.imported}, "
        f"duplicate {report.duplicate}, failed {report.failed}"
    )
    store = took - report.index_seconds
    print(f"  of which search indexing (one batch at the end): {report.index_seconds:.1f} s")
    print(
        f"import without indexing / floor: {store / floor:.2f}x (target <= 2.0); "
        f"with indexing: {took / floor:.2f}x; peak RSS {peak_mb:.0f} MB"
    )
    if args.page_sizes:
        page_sizes(work, [int(x) for x in args.page_sizes.split(",")], args.seed, args.extract_limit)


if __name__ == "__main__":
    main()
