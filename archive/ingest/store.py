"""Step 4 of the import: one decoded page → database rows, in one transaction.

Contract: `store_document(doc, lexicon)` returns "created", "duplicate" or "recaptured", or raises
`ReadError` (bad page: nothing written). Idempotent: the same bytes (SHA-256 of the capture), or a
dataset row an article holds cell for cell (from a renamed or copied file), change nothing
("duplicate"); the same article in other bytes (another encoding or site chrome, another row of a
dataset: same normalised body) is one more capture of it ("recaptured", named in the report).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from archive.models import (
    Article,
    Capture,
    Mention,
    Organization,
    Outlet,
    Person,
    Place,
    Site,
    name_key,
    pinyin_key,
)
from archive.originals import save_original
from archive.sources import named
from archive.text import strip_invisible

from .clean import CleanPage, clean_page
from .extract import Entity, Extraction, Occurrence, extract, extract_headline, read_as_one
from .lexicon import Lexicon
from .metadata import captured_at
from .read import RawDocument, ReadError
from .resolve import Resolution, ResolvedPlace, resolve
from .rows import (
    IMPORT_REASON,
    copy_history,
    create_places,
    ensure_named,
    existing_places,
    insert_rows,
    kept_row,
    local_place_row,
    merged_organizations,
    merged_people,
    merged_place,
    place_merges_exist,
    row_exists,
    save_aliases,
    select_rows,
)

# A sentence ends at 。！？ and the closing quotes or brackets right after it (…潘晓喆说。” belongs to the
# sentence before, so the next one does not start with a stray ”), or at a line break.
_SENTENCE_END = re.compile(r"[。！？!?][”’」』)）》]*|\n")


def content_hash(page: CleanPage) -> str:
    """Hash of the body with width, spacing and punctuation form folded, so re-captures match."""
    text = unicodedata.normalize("NFKC", page.body)
    text = re.sub(r"[\s\u00a0\u3000]+", "", text)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sentence_ends(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence end (。 with the closing quotes after it, or a line break), in
    order: the index `sentence_at` bisects."""
    return [m.span() for m in _SENTENCE_END.finditer(text)]


_last_index: tuple[str, list[tuple[int, int]]] = ("", [])  # the index of the text asked about last

# Context kept each side of a mention in a longer sentence (clip_sentence): a page printed as one paragraph
# stored its whole text once per mention (1,200 mentions of 100,000 characters: 120 million stored).
SENTENCE_CONTEXT = 100
_CLAUSE_BREAK = re.compile(r"[，,；;：:、\s]")


def clip_sentence(text: str, left: int, right: int, start: int, end: int) -> str:
    """text[left:right] (a sentence holding text[start:end]), cut down to SENTENCE_CONTEXT characters
    each side of the mention when it runs longer.

    >>> before, after = "，".join(["居民排队做核酸"] * 30), "，".join(["志愿者送菜上门"] * 30)
    >>> body = before + "，韦晓岚在门口登记，" + after + "。"
    >>> start = body.index("韦晓岚")
    >>> clipped = clip_sentence(body, 0, len(body), start, start + 3)
    >>> clipped[0], clipped[-1], "韦晓岚在门口登记" in clipped, len(clipped) <= 2 * SENTENCE_CONTEXT + 5
    ('…', '…', True, True)
    >>> clipped[1:8], clipped[-8:-1]
    ('居民排队做核酸', '志愿者送菜上门')
    """
    lo, hi = max(left, start - SENTENCE_CONTEXT), min(right, end + SENTENCE_CONTEXT)
    if (
        lo > left
        and (cut := _CLAUSE_BREAK.search(text, lo, start))
        and cut.start() < lo + SENTENCE_CONTEXT // 3
    ):
        lo = cut.end()
    if hi < right:
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, end, hi)]
        if breaks and breaks[-1] > hi - SENTENCE_CONTEXT // 3:
            hi = breaks[-1]
    return ("…" if lo > left else "") + text[lo:hi].strip() + ("…" if hi < right else "")


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end]: a bisection of the text's sentence index, built once
    for the text asked about last, so the many mentions of one page cost linear time in all (a
    5 MB page in seconds) instead of one scan of the text each. A closing quote after 。 belongs to
    the sentence it closes. A sentence running far beyond its mention is clipped (clip_sentence).

    >>> sentence_at("甲说。乙是党员。丙", 3, 4)
    '乙是党员。'
    >>> sentence_at("他说：“好。”乙是党员。", 7, 8)
    '乙是党员。'
    """
    global _last_index
    cached, ends = _last_index
    if cached is not text:  # the same str object: the same (immutable) text
        ends = sentence_ends(text)
        _last_index = (text, ends)
    i = bisect_left(ends, start, key=lambda span: span[0])
    left = ends[i - 1][1] if i else 0
    j = bisect_left(ends, end, key=lambda span: span[0])
    if j == len(ends):
        right = len(text)
    else:
        right = ends[j][0] if text[ends[j][0]] == "\n" else ends[j][1]
    if right - left > end - start + 2 * SENTENCE_CONTEXT:
        return clip_sentence(text, left, right, start, end)
    return text[left:right].strip()


def _capture(doc: RawDocument, article: Article, storage_path: str) -> Capture:
    return Capture.objects.create(
        article=article,
        sha256=doc.sha256,
        file_name=Path(doc.source_path.split("#")[0]).name,
        source_path=doc.source_path[:2000],
        storage_path=storage_path,
        size=len(doc.raw),
        encoding=doc.encoding,
        format=doc.format,
        url=doc.url[:2000],
        warc_record_id=doc.record_id[:200],
        captured_at=captured_at(doc.hints.get("archive:captured", "")),
    )


def store_document(doc: RawDocument, lexicon: Lexicon | None = None) -> str:
    if row_exists(Capture, "{sha256} = %s", [doc.sha256]):
        return "duplicate"
    # Bidi controls and zero-width characters leave here, before anything is read from the text.
    page = clean_page(strip_invisible(doc.text), {k: strip_invisible(v) for k, v in doc.hints.items()})
    if not any(ch.isalnum() for ch in page.body):  # nothing but spaces and punctuation is no article
        raise ReadError("no article text left after removing site boilerplate")
    digest = content_hash(page)
    same = select_rows(Article, "{content_hash} = %s", [digest])  # (the hash is unique)
    existing = same[0] if same else None
    if existing is not None and kept_row(doc, existing):
        return "duplicate"
    storage_path = save_original(doc.sha256, doc.raw)
    if existing is not None:
        with transaction.atomic():
            _capture(doc, existing, storage_path)
            # a new capture changes the record harvesters get (its dc:relation): a new OAI datestamp
            Article.objects.filter(pk=existing.pk).update(updated_at=timezone.now())
        return "recaptured"
    extraction = extract(page.body, lexicon, credited=[*page.authors, *page.editors])
    title = page.title[:500]
    headline = extract_headline("" if page.is_title_derived else title, extraction, lexicon, page.subtitle)
    resolution = resolve(read_as_one(headline, extraction, len(Article.join_headline(title, page.subtitle))))
    with transaction.atomic():
        place_rows = ensure_places(list(resolution.places.values()))
        article = _create_article(page, doc, digest, *region_of(resolution, place_rows))
        _capture(doc, article, storage_path)
        store_mentions(article, extraction, resolution, place_rows, headline=headline, new=True)
    return "created"


def _create_article(
    page: CleanPage, doc: RawDocument, digest: str, region: Place | None, region_label: str
) -> Article:
    outlet = named(Outlet, page.source[:200], reason=IMPORT_REASON) if page.source else None
    site = named(Site, page.site[:200], reason=IMPORT_REASON) if page.site else None
    published = timezone.make_aware(page.published) if page.published else None
    article = Article(
        title=page.title[:500],
        subtitle=page.subtitle[:500],
        is_title_derived=page.is_title_derived,
        body=page.body,
        paragraph_kinds=[p.kind for p in page.paragraphs],
        published_at=published,
        date_precision=page.date_precision,
        published_text=page.published_text[:100],
        outlet=outlet,
        outlet_text=page.source[:200] if outlet else "",
        site=site,
        site_text=page.site[:200] if site else "",
        authors=page.authors,
        editors=page.editors,
        contributed_by=page.contributed_by[:200],
        url=doc.url[:2000] if doc.url.startswith(("http://", "https://")) else "",
        region=region_label,
        region_place=region,
        content_hash=digest,
    )
    article.skip_history_when_saving = True  # its first history record is copied from the row below
    article.save()
    del article.skip_history_when_saving
    copy_history(Article, [article.pk], IMPORT_REASON)  # which says where the article came from
    return article


def ensure_places(nodes: list[ResolvedPlace], reason: str = IMPORT_REASON) -> dict[tuple, Place]:
    """ResolvedPlace key → Place row for every node and its parents, creating missing rows (parents
    first, their history saying `reason`) and adding the written forms as aliases. A place a merge
    joined to another is that other (`merged_place`). One query when every place exists already."""
    chains = {n.key: n for node in nodes for n in node.chain}
    existing = existing_places(
        [k[1] for k in chains if k[0] == "code"], [n.name for n in chains.values() if not n.code]
    )
    found: dict[tuple, Place] = {("code", p.code): p for p in existing if p.code}
    local = [p for p in existing if not p.code]
    merges: bool | None = None
    for depth in sorted({len(n.chain) for n in chains.values()}):
        level = [n for n in chains.values() if len(n.chain) == depth]
        for n in level:
            if n.code or n.key in found:
                continue
            parent_pk = found[n.parent.key].pk if n.parent and n.parent.key in found else None
            if n.parent is not None and parent_pk is None:
                continue
            row = local_place_row(local, n.name, parent_pk)
            if row is None:
                merges = place_merges_exist() if merges is None else merges  # asked once a call
                row = merged_place(n.name, parent_pk, merges)
            if row is not None:
                found[n.key] = row
        missing = [n for n in level if n.key not in found]
        if not missing:
            continue
        rows = [
            Place(
                name=n.name[:100],
                sort_key=pinyin_key(n.name),
                key=name_key(n.name),
                kind=n.kind,
                code=n.code,
                parent=found[n.parent.key] if n.parent else None,
            )
            for n in missing
        ]
        created = create_places(rows)
        if created and all(p.pk is not None for p in created):
            found.update({n.key: p for n, p in zip(missing, created, strict=True)})
        else:  # conflicts with a concurrent import: read back what is there now
            again = existing_places([n.code for n in missing if n.code], [n.name[:100] for n in missing])
            for n in missing:
                parent_pk = found[n.parent.key].pk if n.parent else None
                found[n.key] = next(
                    p
                    for p in again
                    if (p.code == n.code if n.code else (p.name, p.parent_id) == (n.name, parent_pk))
                )
            created = [found[n.key] for n in missing]
        copy_history(Place, [p.pk for p in created], reason)
    for node in nodes:
        place = found.get(node.key)
        new = [f for f in node.forms if f != place.name and f not in place.aliases] if place else []
        if new:  # the other written forms (静安 for 静安区) become aliases
            place.aliases = [*place.aliases, *new]
            save_aliases(place)
    return found


def place_in_article(article: Article, name: str, start: int, end: int) -> Place:
    """The record a place name a curator marked at body[start:end] denotes, read with the article's
    other places (静安 in a Shanghai story → 静安区 310106; 和平社区 → under the street before it)."""
    from .gazetteer import candidates

    entities: dict[str, Entity] = {}
    for m in Mention.objects.filter(article=article, place__isnull=False, in_title=False).exclude(
        status=Mention.Status.REJECTED
    ):
        entities.setdefault(m.text, Entity(m.text, m.place.kind)).mentions.append(Occurrence(m.start, m.end))
    kind = entities[name].kind if name in entities else ("subdistrict" if candidates(name) else "community")
    entities.setdefault(name, Entity(name, kind)).mentions.append(Occurrence(start, end))
    for entity in entities.values():
        entity.mentions.sort(key=lambda m: m.start)
    resolution = resolve(Extraction([], [], list(entities.values())))
    node = resolution.places[name]
    return ensure_places([node])[node.key]


def region_of(resolution: Resolution, place_rows: dict[tuple, Place]) -> tuple[Place | None, str]:
    """The article's region record and its readable label (the path: 湖北省天门市)."""
    if resolution.region is None or resolution.region.key not in place_rows:
        return None, ""
    return place_rows[resolution.region.key], "".join(resolution.region.path)[:100]


def _set_region(article: Article, region: Place | None, label: str) -> None:
    if article.region_place_id != (region.pk if region else None) or article.region != label:
        article.region_place, article.region = region, label
        Article.objects.filter(pk=article.pk).update(region_place=region, region=label)


def _jurisdictions_shown(resolution: Resolution, org_names, place_rows) -> dict[str, dict]:
    """name → the jurisdiction (the first its written forms show) and the other written forms this
    article gives an organisation: the fields of a record it creates, and what `_set_jurisdictions`
    gives a record that exists."""
    fields: dict[str, dict] = {}
    for written, name in org_names.items():
        shown = fields.setdefault(name, {"aliases": []})
        unit = resolution.organizations[written].jurisdiction
        if unit is not None and "jurisdiction" not in shown and unit.key in place_rows:
            shown["jurisdiction"] = place_rows[unit.key]
        if written != name and written not in shown["aliases"]:
            shown["aliases"].append(written)
    return fields


def _set_jurisdictions(orgs, shown: dict[str, dict]) -> None:
    """Organisations without a jurisdiction get the one this article shows (curated ones are kept), and
    the written forms they lack (市委组织部, written form of 天门市委组织部) become aliases."""
    for name, fields in shown.items():
        org = orgs[name]
        if "jurisdiction" in fields and org.jurisdiction_id is None:
            org.jurisdiction = fields["jurisdiction"]
            Organization.objects.filter(pk=org.pk, jurisdiction__isnull=True).update(
                jurisdiction=org.jurisdiction
            )
        for written in fields["aliases"]:
            if written not in org.aliases:
                org.aliases = [*org.aliases, written]
                save_aliases(org)


def store_mentions(
    article: Article,
    extraction: Extraction,
    resolution: Resolution | None = None,
    place_rows: dict[tuple, Place] | None = None,
    headline: Extraction | None = None,
    new: bool = False,
) -> None:
    """Create entity rows as needed and one Mention per occurrence (replaces unreviewed mentions).
    Places, organisations and people are the resolved records (see resolve.py); mentions keep the
    written text. `headline`: what the title and subtitle name (`in_title` mentions, offsets into
    `Article.headline_text`). Sets the article's region. `new`: a new article (no mentions yet)."""
    body, title = article.body, article.headline_text
    lines = title.split("\n")  # an in_title mention's sentence: its line (the title or the subtitle)
    headline = headline or Extraction(people=[], organizations=[], places=[])
    resolution = resolution or resolve(read_as_one(headline, extraction, len(title)))
    place_rows = place_rows or ensure_places(list(resolution.places.values()))
    region, label = region_of(resolution, place_rows)
    _set_region(article, region, label)
    curated: set[tuple[bool, int, int]] = set()
    if not new:
        kept = Mention.objects.filter(article=article).exclude(status=Mention.Status.EXTRACTED)
        curated = {(m.in_title, m.start, m.end) for m in kept}
        Mention.objects.filter(article=article, status=Mention.Status.EXTRACTED).delete()
    rows: list[dict] = []  # Mention rows by attname (rows.insert_rows)

    def add(entity: Entity, in_title: bool, target: str, record) -> None:
        text = title if in_title else body
        for m in entity.mentions:
            if (in_title, m.start, m.end) in curated or text[m.start : m.end] != entity.name:
                continue
            rows.append(
                {
                    "article_id": article.pk,
                    "person_id": None,
                    "organization_id": None,
                    "place_id": None,
                    target: record.pk,
                    "in_title": in_title,
                    "start": m.start,
                    "end": m.end,
                    "text": entity.name,
                    "sentence": lines[title.count("\n", 0, m.start)]
                    if in_title
                    else sentence_at(body, m.start, m.end),
                    "role": " / ".join(r for r in m.roles if r)[:300],
                    "organizations": m.organizations,
                    "age": m.age,
                }
            )

    found = (extraction, False), (headline, True)
    all_people = [p.name[:50] for ex, _ in found for p in ex.people]
    people = ensure_named(
        Person,
        set(all_people),
        region=article.region,
        merged=merged_people(article.region),
        created_with={"region_place": region},  # placed as they are made (no update after)
    )
    unplaced = [p.pk for p in people.values() if p.region_place_id is None]
    if region is not None and unplaced:
        Person.objects.filter(pk__in=unplaced).update(region_place=region)
    all_orgs = [o for ex, _ in found for o in ex.organizations]
    org_names = {o.name: resolution.organizations[o.name].name[:200] for o in all_orgs}
    shown = _jurisdictions_shown(resolution, org_names, place_rows)
    orgs = ensure_named(
        Organization,
        {org_names[o.name]: o.kind for o in all_orgs},
        merged=merged_organizations,
        created_by_name=shown,
    )
    _set_jurisdictions(orgs, shown)
    for ex, in_title in found:
        for p in ex.people:
            add(p, in_title, "person_id", people[p.name[:50]])
        for o in ex.organizations:
            add(o, in_title, "organization_id", orgs[org_names[o.name]])
        for pl in ex.places:
            add(pl, in_title, "place_id", place_rows[resolution.places[pl.name].key])
    # the history starts with the extracted state (curators can revert to it)
    copy_history(Mention, insert_rows(Mention, rows), "extracted")
