"""The generated archive of bench/search.py (also bench/pages.py's, data_out.py's, load.py's and
build_memory.py's): articles written straight to the database with outlets, people, places,
organisations and their mentions.

Article text comes from an order-1 word Markov chain trained on the sample pages (WordChain);
people, places and outlets are replaced by generated ones (bench/ingest.py's name pools). Rows are
written directly, not through import_articles: extraction speed is bench/ingest.py's subject.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta

from harness import ROOT
from ingest import CITIES, COMMUNITIES, STREETS, _name

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


def sample_paragraphs() -> tuple[list[str], list[str]]:
    """The sample pages' text paragraphs (over 30 characters) and the people named in them, longest first."""
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
    Person.objects.bulk_create([Person(name=name, region="") for name in people_pool])
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
            found = {
                "person": (cast, persons),
                "place": ([community + "新村", street, city], places),
                "organization": ([o for o in org_names if o in text][:3], orgs),
            }
            pending.append((text, found))
        with transaction.atomic():
            Article.objects.bulk_create(articles)
            Mention.objects.bulk_create(
                [
                    mention
                    for article, (text, found) in zip(articles, pending, strict=True)
                    for field, (entity_names, rows) in found.items()
                    for mention in _mentions(article, text, field, entity_names, rows)
                ]
            )
    return {"articles": n, "chars": chars, "people": people_pool}


def _mentions(article, text: str, field: str, entity_names: list[str], rows: dict) -> list:
    """A Mention of each name at its first place in the text (names not in the text have none)."""
    from archive.models import Mention

    mentions = []
    for name in entity_names:
        pos = text.find(name)
        if pos >= 0:
            mentions.append(
                Mention(
                    article=article,
                    start=pos,
                    end=pos + len(name),
                    text=name,
                    sentence="",
                    **{field: rows[name]},
                )
            )
    return mentions
