"""Writes and bulk reads of the archive: importing files, re-extraction, and the corpus export."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from django.conf import settings
from django.db import DatabaseError
from django.db.models import Min, Prefetch

from archive.held_interrupt import held_interrupt
from archive.indexing import IndexUnavailable, deferred_indexing, out_of_step, sync_articles
from archive.ingest.formats.datasets import Notice
from archive.ingest.lexicon import Lexicon
from archive.ingest.read import RawDocument, ReadError, Skipped, iter_paths, read_file
from archive.ingest.rows import ALIAS_REASON, history_of
from archive.ingest.store import store_document
from archive.models import Article, Capture, Mention, Organization, Person, Place
from archive.place_tree import subtree_ids
from archive.tabular import safe_row
from archive.text import split_note


@dataclass
class ImportReport:
    imported: int = 0
    duplicate: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # lines that are no failure (Notice)
    existing: set[int] = field(default_factory=set)  # articles met already stored (duplicates)
    late: int = 0  # of those, how many were not in the index yet (an import stopped, or one still running)
    stopped: str = ""  # why the import stopped before its end (interrupted, the data folder full)
    interrupted: bool = False
    index_error: str = ""
    index_seconds: float = 0.0
    lines: list[tuple[str, str]] = field(default_factory=list)  # failures and notes in the order met

    @property
    def ok(self) -> bool:
        return self.failed == 0 and not self.index_error and not self.stopped

    def fail(self, source: str, reason: str) -> None:
        self.failed += 1
        self.failures.append((source, reason))
        self.lines.append((source, reason))

    def note(self, source: str, reason: str) -> None:
        self.notes.append((source, reason))
        self.lines.append((source, reason))


def lexicon_from_db() -> Lexicon:
    """Curated decisions that feed extraction: confirmed names join the dictionary, rejected ones stay out."""
    lex = Lexicon()
    for m in Mention.objects.filter(status=Mention.Status.CONFIRMED).select_related(
        "person", "organization", "place"
    ):
        if m.person_id:
            lex.people.add(m.text)
            lex.people.update(m.person.aliases or [])
        elif m.organization_id:
            lex.organizations[m.text] = m.organization.kind
        elif m.place_id:
            lex.places[m.text] = m.place.kind
    rejected = set(Mention.objects.filter(status=Mention.Status.REJECTED).values_list("text", flat=True))
    lex.rejected = rejected - lex.people - set(lex.organizations) - set(lex.places)
    return lex


def articles_import(
    *,
    paths: Iterable[Path],
    progress: Callable[[str], None] | None = None,
    column_map: dict[str, str] | None = None,
) -> ImportReport:
    """Import every page under `paths`. One bad file never stops the others; each failure is recorded.

    column_map names dataset columns ({"body": "content"}). Saved articles are indexed in one batch,
    by one search-index writer, when the import ends."""
    report = ImportReport()
    with deferred_indexing(sync=False) as saved:
        try:
            _import_paths(paths, report, progress, column_map)
        except KeyboardInterrupt:  # Ctrl-C: what is stored is indexed below, then the import says so
            report.stopped, report.interrupted = "interrupted", True
        except ImportStopped as exc:
            report.stopped = str(exc)
    started = time.perf_counter()
    try:
        sync_articles(saved)
        # an import stopped before its indexing (killed, a power cut) left articles out of the index, and
        # others it gave a written form of a name they hold as they were: run again, it meets the first
        # as duplicates, finds the second by the names it changed, and indexes what is out of step
        late = out_of_step((report.existing | renamed_by_import_since(report.existing)) - saved)
        if late:
            sync_articles(late)
            report.late = len(late)
    except IndexUnavailable as exc:
        report.index_error = str(exc)
    except Exception as exc:  # a damaged index must not hide that the articles were stored
        report.index_error = f"{exc.__class__.__name__}: {exc}"
    report.index_seconds = time.perf_counter() - started
    return report


def renamed_by_import_since(article_ids: set[int]) -> set[int]:
    """The articles naming a person, organisation or place (or a place within it) that an import gave a
    new written form since the first of these articles was stored (`save_aliases`): an import stopped
    before its index batch left them indexed with the names they had."""
    since = Capture.objects.filter(article_id__in=article_ids).aggregate(first=Min("imported_at"))["first"]
    if since is None:
        return set()
    found: set[int] = set()
    for model, column in ((Person, "person_id"), (Organization, "organization_id"), (Place, "place_id")):
        changed = set(
            history_of(model)
            .filter(history_change_reason=ALIAS_REASON, history_date__gte=since)
            .values_list("id", flat=True)
        )
        if model is Place and changed:
            changed = set(subtree_ids(sorted(changed)))
        if changed:
            found.update(
                Mention.objects.filter(**{f"{column}__in": changed}).values_list("article_id", flat=True)
            )
    return found


def _import_paths(
    paths: Iterable[Path],
    report: ImportReport,
    progress: Callable[[str], None] | None,
    column_map: dict[str, str] | None = None,
) -> None:
    lexicon = lexicon_from_db()
    for path in iter_paths(list(paths)):
        if isinstance(path, Skipped):  # a symlink or a FIFO inside a folder: reported, never opened
            # a site's asset is passed over, not failed (exit 0)
            (report.fail if path.failure else report.note)(path.source_path, path.reason)
            if progress:
                progress(path.source_path)
            continue
        try:  # pages are stored as they are read (a WARC file is streamed a record at a time)
            for doc in read_file(path, max_bytes=settings.ARCHIVE_MAX_PAGE_BYTES, column_map=column_map):
                if isinstance(doc, Skipped):
                    report.fail(doc.source_path, doc.reason)
                    continue
                if isinstance(doc, Notice):
                    report.note(doc.source_path, doc.reason)
                    continue
                with held_interrupt():  # stored and counted, or neither
                    _store(doc, lexicon, report)
        except ReadError as exc:
            report.fail(str(path), str(exc))
        if progress:
            progress(str(path))


class ImportStopped(Exception):
    """Nothing more can be stored (the data folder's disk is full or cannot be written)."""


def _store(doc: RawDocument, lexicon: Lexicon, report: ImportReport) -> None:
    try:
        outcome = store_document(doc, lexicon)
    except ReadError as exc:
        report.fail(doc.source_path, str(exc))
        return
    except DatabaseError as exc:
        report.fail(doc.source_path, f"database error: {exc}")
        return
    except OSError as exc:  # writing the original (the page's own transaction was rolled back)
        raise ImportStopped(
            f"{doc.source_path}: its original could not be written into the data folder "
            f"{settings.ARCHIVE_DATA_DIR} ({exc.strerror or exc})"
        ) from None
    if outcome == "created":
        report.imported += 1
        return
    report.duplicate += 1
    report.existing.update(Capture.objects.filter(sha256=doc.sha256).values_list("article_id", flat=True))
    if outcome == "recaptured":  # new bytes of a stored text: say which article holds them now
        article = Capture.objects.select_related("article").get(sha256=doc.sha256).article
        report.note(
            doc.source_path,
            f"same text as article {article.pk} «{article.title}»: kept as another capture of it",
        )


EXPORT_FIELDS = (
    "id",
    "source_file",
    "title",
    "subtitle",
    "is_title_derived",
    "published",
    "date_precision",
    "source",
    "site",
    "authors",
    "editors",
    "contributed_by",
    "url",
    "region",
    "sha256",
    "status",
    "body",
    "editor_note",
    "people",
    "organizations",
    "places",
)


class _Paths:
    """Place paths (names from the province down) for a whole export: each place's name and parent
    read once, a level of parents per query, however many articles name it."""

    def __init__(self) -> None:
        self.rows: dict[int, tuple[str, int | None]] = {}

    def load(self, pks: Iterable[int | None]) -> None:
        todo = {pk for pk in pks if pk and pk not in self.rows}
        while todo:
            found = dict(
                (pk, (name, up))
                for pk, name, up in Place.objects.filter(pk__in=todo).values_list("pk", "name", "parent_id")
            )
            self.rows.update(found)
            self.rows.update((pk, ("", None)) for pk in todo - found.keys())  # gone meanwhile
            todo = {up for _name, up in found.values() if up and up not in self.rows}

    def __call__(self, pk: int | None) -> list[str]:
        names: list[str] = []
        seen: set[int] = set()
        while pk and pk not in seen and len(names) < Place.MAX_DEPTH:
            seen.add(pk)
            name, pk = self.rows.get(pk, ("", None))
            names.append(name)
        return [n for n in reversed(names) if n]


def export_rows(queryset=None, chunk: int = 200) -> Iterator[dict]:
    """One dict per article in the format ../shared/tools/eval_extraction.py reads. A fixed number
    of queries per `chunk` articles (their mentions, captures and the places' paths)."""
    queryset = Article.objects.published() if queryset is None else queryset
    mentions = (
        Mention.objects.exclude(status=Mention.Status.REJECTED)
        .select_related("person", "organization", "place")
        .order_by("start", "end", "pk")
    )  # deterministic on every database
    pks = list(queryset.order_by("id").values_list("pk", flat=True))
    paths = _Paths()
    for start in range(0, len(pks), chunk):
        batch = list(
            Article.objects.filter(pk__in=pks[start : start + chunk])
            .select_related("outlet", "site")
            .prefetch_related(Prefetch("mentions", queryset=mentions), "captures")
            .order_by("id")
        )
        paths.load(
            pk
            for article in batch
            for m in article.mentions.all()
            for pk in (
                m.place_id,
                m.person.region_place_id if m.person_id else None,
                m.organization.jurisdiction_id if m.organization_id else None,
            )
        )
        yield from (_export_row(article, paths) for article in batch)


def _export_row(article: Article, paths: _Paths) -> dict:
    note, story = split_note(article.body, article.paragraph_kinds or [])
    people: dict[int, dict] = {}
    orgs: dict[tuple, dict] = {}
    places: dict[tuple, dict] = {}
    for m in article.mentions.all():
        if m.person_id:
            row = people.setdefault(
                m.person_id,
                {
                    "name": m.person.name,
                    "roles": [],
                    "organizations": [],
                    "age": None,
                    "mentions": 0,
                    "region": paths(m.person.region_place_id),
                },
            )
            row["mentions"] += 1
            row["roles"] += [r for r in m.roles if r not in row["roles"]]
            row["organizations"] += [o for o in m.organizations if o not in row["organizations"]]
            row["age"] = row["age"] if row["age"] is not None else m.age
        elif m.organization_id:  # one row per record and written form: `name` is as written
            org = m.organization
            orgs.setdefault(
                (m.organization_id, m.text),
                {
                    "name": m.text,
                    "kind": org.kind,
                    "jurisdiction": paths(org.jurisdiction_id),
                },
            )
        elif m.place_id:
            place = m.place
            places.setdefault(
                (m.place_id, m.text),
                {"name": m.text, "kind": place.kind, "code": place.code or None, "path": paths(m.place_id)},
            )
    captures = list(article.captures.all())
    first = captures[0] if captures else None
    return {
        "id": article.pk,
        "source_file": first.file_name if first else "",
        "title": article.title,
        "subtitle": article.subtitle,
        "is_title_derived": article.is_title_derived,
        "published": article.published_iso,
        "date_precision": article.date_precision,
        "source": article.outlet_name or None,
        "site": article.site_name or None,
        "authors": article.authors,
        "editors": article.editors,
        "contributed_by": article.contributed_by,
        "url": article.url,
        "region": article.region,
        "sha256": first.sha256 if first else "",
        "status": article.status,
        "body": story,
        "editor_note": note,
        "people": list(people.values()),
        "organizations": list(orgs.values()),
        "places": list(places.values()),
    }


def export_jsonl(out: IO[str], queryset=None) -> int:
    n = 0
    for row in export_rows(queryset):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def csv_values(row: dict, *, raw: bool = False) -> list:
    """One export row flattened for CSV: lists joined with '；', None as empty; formula-safe unless `raw`
    (archive/tabular.py)."""
    flat = dict(row)
    for key in ("authors", "editors"):
        flat[key] = "；".join(row[key])
    flat["people"] = "；".join(p["name"] for p in row["people"])
    flat["organizations"] = "；".join(o["name"] for o in row["organizations"])
    flat["places"] = "；".join(p["name"] for p in row["places"])
    return safe_row((flat[k] if flat[k] is not None else "" for k in EXPORT_FIELDS), raw=raw)


def export_csv(out: IO[str], queryset=None, *, raw: bool = False) -> int:
    """The export as CSV; cells a spreadsheet would run as formulas are prefixed with ' unless `raw`,
    and (unless `raw`: the cells as stored, for scripts) a UTF-8 byte order mark leads, so a
    spreadsheet reads the Chinese as the website's CSVs are read."""
    writer = csv.writer(out)
    header = io.StringIO()
    csv.writer(header).writerow(EXPORT_FIELDS)
    out.write(header.getvalue() if raw else "\ufeff" + header.getvalue())  # one write: a line
    n = 0
    for row in export_rows(queryset):
        writer.writerow(csv_values(row, raw=raw))
        n += 1
    return n
