"""Step 4 of the import: one decoded page → database rows, in one transaction.

Contract: `store_document(doc, lexicon)` returns "created" or "duplicate", or raises `ReadError`
(bad page) — in which case nothing was written. Idempotent: the same bytes (SHA-256 of the capture)
change nothing; the same article in other bytes (another encoding, other site chrome: same
normalised body) is recorded as one more capture of the stored article.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from simple_history.utils import update_change_reason

from archive.models import Article, Capture, Mention, Organization, Outlet, Person, Place, Site, pinyin_key
from archive.originals import original_path, original_relpath

from .clean import CleanPage, clean_page
from .extract import Entity, Extraction, extract
from .lexicon import Lexicon
from .read import RawDocument, ReadError

# A sentence ends at 。！？ and the closing quotes or brackets right after it (…潘晓喆说。” belongs to the
# sentence before, so the next one does not start with a stray ”), or at a line break.
_SENTENCE_END = re.compile(r"[。！？!?][”’」』)）》]*|\n")
IMPORT_REASON = "created by import"


def content_hash(page: CleanPage) -> str:
    """Hash of the body with width, spacing and punctuation form folded, so re-captures match."""
    text = unicodedata.normalize("NFKC", page.body)
    text = re.sub(r"[\s\u00a0\u3000]+", "", text)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sentence_at(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    m = _SENTENCE_END.search(text, end)
    right = m.end() if m and m.group() != "\n" else (m.start() if m else len(text))
    return text[left:right].strip()


def save_original(doc: RawDocument) -> str:
    """Write the exact bytes under ARCHIVE_DATA_DIR/originals, content-addressed; return the relative path."""
    path = original_path(doc.sha256)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_bytes(doc.raw)
        os.replace(tmp, path)
    return original_relpath(doc.sha256)


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
    )


def store_document(doc: RawDocument, lexicon: Lexicon | None = None) -> str:
    if Capture.objects.filter(sha256=doc.sha256).exists():
        return "duplicate"
    page = clean_page(doc.text, doc.hints)
    if not page.body.strip():
        raise ReadError("no article text left after removing site boilerplate")
    digest = content_hash(page)
    existing = Article.objects.filter(content_hash=digest).first()
    storage_path = save_original(doc)
    if existing is not None:
        with transaction.atomic():
            _capture(doc, existing, storage_path)
        return "duplicate"
    extraction = extract(page.body, lexicon)
    with transaction.atomic():
        article = _create_article(page, doc, digest, extraction)
        _capture(doc, article, storage_path)
        store_mentions(article, extraction)
    return "created"


def _create_article(page: CleanPage, doc: RawDocument, digest: str, extraction: Extraction) -> Article:
    outlet = _named(Outlet, page.source[:200]) if page.source else None
    site = _named(Site, page.site[:200]) if page.site else None
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
        site=site,
        authors=page.authors,
        editors=page.editors,
        contributed_by=page.contributed_by[:200],
        url=doc.url[:2000] if doc.url.startswith(("http://", "https://")) else "",
        region=extraction.region[:100],
        content_hash=digest,
    )
    article._change_reason = IMPORT_REASON  # the history's first record says where the article came from
    article.save()
    return article


def _named(model, name: str):
    """The outlet or site of this name, created (with an import history reason) if new."""
    record, created = model.objects.get_or_create(name=name)
    if created:
        update_change_reason(record, IMPORT_REASON)
    return record


def _ensure(model, names, **scope):
    """name → row for every name, creating the missing ones in one statement (kinds from a dict)."""
    kinds = names if isinstance(names, dict) else {}
    found = {row.name: row for row in model.objects.filter(name__in=list(names), **scope)}
    missing = [n for n in names if n not in found]
    if missing:
        model.objects.bulk_create(
            [
                model(name=n, sort_key=pinyin_key(n), **scope, **({"kind": kinds[n]} if kinds else {}))
                for n in missing
            ],
            ignore_conflicts=True,
        )
        created = list(model.objects.filter(name__in=missing, **scope))
        model.history.bulk_history_create(created, default_change_reason=IMPORT_REASON)
        found.update({row.name: row for row in created})
    return found


def store_mentions(article: Article, extraction: Extraction) -> None:
    """Create entity rows as needed and one Mention per occurrence (replaces unreviewed mentions)."""
    body = article.body
    kept = Mention.objects.filter(article=article).exclude(status=Mention.Status.EXTRACTED)
    curated = {(m.start, m.end) for m in kept}
    Mention.objects.filter(article=article, status=Mention.Status.EXTRACTED).delete()
    rows: list[Mention] = []

    def add(entity: Entity, **target: object) -> None:
        for m in entity.mentions:
            if (m.start, m.end) in curated or body[m.start : m.end] != entity.name:
                continue
            rows.append(
                Mention(
                    article=article,
                    start=m.start,
                    end=m.end,
                    text=entity.name,
                    sentence=sentence_at(body, m.start, m.end),
                    role=" / ".join(r for r in m.role.split("\u0001") if r)[:300],
                    organizations=m.organizations,
                    age=m.age,
                    **target,
                )
            )

    people = _ensure(Person, {p.name[:50] for p in extraction.people}, region=article.region)
    orgs = _ensure(Organization, {o.name[:200]: o.kind for o in extraction.organizations})
    places = _ensure(Place, {pl.name[:100]: pl.kind for pl in extraction.places})
    for p in extraction.people:
        add(p, person=people[p.name[:50]])
    for o in extraction.organizations:
        add(o, organization=orgs[o.name[:200]])
    for pl in extraction.places:
        add(pl, place=places[pl.name[:100]])
    Mention.objects.bulk_create(rows, batch_size=500)
    if (
        rows and rows[0].pk is not None
    ):  # the history starts with the extracted state (curators can revert to it)
        Mention.history.bulk_history_create(rows, batch_size=500, default_change_reason="extracted")
