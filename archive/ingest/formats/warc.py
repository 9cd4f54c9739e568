"""WARC files (and the WARCs inside a WACZ) → pages, one record at a time.

Contract: `read_warc(open_stream, label=…, max_bytes=…)` classifies every record instead of guessing:
- `response`/`resource` records of an http(s) URL whose payload is HTML or plain text are pages;
- `request`, `metadata`, `warcinfo`, and a crawler's own records (`metadata://` and `dns:` URIs:
  wget's command line, log and manifest; Heritrix's DNS lookups; `resource` records of any other
  non-http URI, such as Browsertrix's `urn:pageinfo:`) are skipped silently, as are redirects and
  other non-2xx responses, robots.txt, and payloads that are not pages (CSS, images);
- a `revisit` record is one more capture of the page it refers to (by WARC-Refers-To or payload
  digest), or a `Skipped` line when that record is not in the same archive;
- a `response` record of any other URI scheme (ftp:, file:) is a `Skipped` line.
Bodies are decoded (chunked, gzip, deflate, br) with the size limit applied to the decoded bytes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from ..read import RawDocument, ReadError, Skipped, document_from_bytes
from .httpbody import BLOCK, BodyError, BodyTooLarge, read_body

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
SILENT_TYPES = ("request", "metadata", "warcinfo", "conversion", "continuation")


@dataclass
class WarcState:
    """What one archive has shown so far: offsets of payloads (for revisits) and the page count."""

    pages: int = 0
    reported: int = 0
    # payload digest or record id → (which stream, offset of the record in it)
    seen: dict[str, tuple[int, int]] = field(default_factory=dict)
    openers: list[Callable[[], BinaryIO]] = field(default_factory=list)


def read_warc(
    open_stream: Callable[[], BinaryIO],
    *,
    label: str,
    max_bytes: int | None,
    pages: dict[str, dict[str, str]] | None = None,
    state: WarcState | None = None,
) -> Iterator[RawDocument | Skipped]:
    """Yield the pages of one WARC stream (`open_stream()` must give a fresh, seekable stream).

    A file cut short or corrupt (a record's headers, its payload or its gzip member incomplete, bytes
    after the last whole record) raises ReadError naming the last whole record, after the pages before it.

    pages: url → {"title", "ts"} from a WACZ's pages.jsonl. state: shared by the WARCs of one WACZ,
    so a revisit may refer to a record in another of its files. Raises ReadError on a damaged file.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    own_state = state is None
    state = state or WarcState()
    state.openers.append(open_stream)
    stream_no = len(state.openers) - 1
    where, end = "at its first record", 0
    try:
        with open_stream() as raw:
            stream = _Tally(raw)
            records = ArchiveIterator(stream, arc2warc=True)  # old .arc files read as WARC
            for record in records:
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                rid = record.rec_headers.get_header("WARC-Record-ID") or ""
                if record.length is None:  # every record states its length; headers cut short lack it
                    raise EOFError("the next record's headers are cut short or damaged, no Content-Length")
                item = _classify(record, label, url, rid, max_bytes, pages or {}, state)
                if item is not None:
                    if isinstance(item, Skipped):
                        state.reported += 1
                    else:
                        state.pages += 1
                    yield item
                # (warcio knows a record's offset once it has read to its end: ask only now)
                offset, length = records.get_record_offset(), records.get_record_length()
                if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than the record declares
                    raise EOFError(f"record for {url or rid} is cut short")
                if _member_cut(records):  # its content is whole (and read): the gzip trailer is missing
                    where, end = f"after the record for {url or rid}", offset + length
                    raise EOFError("the record's gzip member ends before its checksum")
                end, where = offset + length, f"after the record for {url or rid}"
                if record.rec_type in ("response", "resource"):
                    for key in (rid, record.rec_headers.get_header("WARC-Payload-Digest")):
                        if key:
                            state.seen.setdefault(key, (stream_no, offset))
            _check_whole(stream, end, where)
    except ReadError:
        raise
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        # our own words (the report translates them), never a library's message or exception name
        unreadable = "damaged gzip data" if isinstance(exc, OSError) else "unreadable record headers"
        detail = str(exc) if isinstance(exc, EOFError) else unreadable
        raise ReadError(_damaged(where, end, detail)) from None
    except Exception:  # warcio fails in assorted ways on garbage headers; all mean a damaged file
        raise ReadError(_damaged(where, end, "unreadable record headers")) from None
    if own_state and not state.pages and not state.reported:
        raise ReadError("WARC file holds no text or HTML pages of http(s) URLs")


class _Tally:
    """The file as warcio reads it, counting the bytes read and keeping the last few."""

    def __init__(self, stream: BinaryIO):
        self.stream, self.count, self.tail = stream, 0, b""

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.count += len(data)
        self.tail = (self.tail + data[-_TAIL:])[-_TAIL:]
        return data

    def tell(self) -> int:
        return self.count

    def close(self) -> None:
        pass  # the caller's `with` closes the file


_TAIL = 64


def _member_cut(records) -> bool:
    """A .warc.gz record's gzip member ended before its gzip trailer (warcio reads on as if whole)."""
    decompressor = getattr(getattr(records, "reader", None), "decompressor", None)
    # (a next line already read means this member goes on: a file gzipped whole, which warcio refuses)
    return decompressor is not None and not getattr(decompressor, "eof", True) and not records.next_line


def _check_whole(stream: _Tally, end: int, where: str) -> None:
    """Raise ReadError if bytes follow the last whole record: a record cut inside its headers or its
    gzip member, which warcio takes for the end of the file. Blank lines after the last record of an
    uncompressed WARC are no record and fine."""
    while stream.read(BLOCK):
        pass
    rest = stream.count - end
    if rest > 0 and (rest > _TAIL or stream.tail[-rest:].strip()):
        raise ReadError(_damaged(where, end, f"the last {rest:,} bytes are not a whole record"))


def _damaged(where: str, end: int, detail: str) -> str:
    """The line for a WARC cut short or corrupt: where the last whole record ends, and what follows."""
    return (
        f"damaged or truncated WARC file: it stops {where}, at byte {end:,} ({detail}); "
        "the records before were read"
    )


def _classify(record, label, url, rid, max_bytes, pages, state) -> RawDocument | Skipped | None:
    source = f"{label}#{url or rid}"
    if record.rec_type in SILENT_TYPES:
        return None
    if url.startswith(("metadata://", "dns:")):
        return None  # the crawler's own records: its command line, log, manifest, DNS lookups
    if record.rec_type == "revisit":
        return _revisit(record, source, url, rid, max_bytes, pages, state)
    if record.rec_type not in ("response", "resource"):
        return Skipped(source, f"unknown WARC record type {record.rec_type!r}")
    if not url.lower().startswith(("http://", "https://")):
        if record.rec_type == "resource":
            return None  # a crawler's own record (Browsertrix urn:pageinfo:, urn:text:, file: logs)
        scheme = url.split(":", 1)[0] if ":" in url else "no"
        return Skipped(source, f"not a web page: {scheme} URI (only http and https responses are pages)")
    if not _is_page(record, url):
        return None
    return _page(record, source, url, rid, max_bytes, pages)


def _content_type(record) -> str:
    if record.http_headers is not None and record.rec_type == "response":
        return record.http_headers.get_header("Content-Type") or ""
    return record.rec_headers.get_header("Content-Type") or ""


def _is_page(record, url: str) -> bool:
    if record.http_headers is not None and record.rec_type in ("response", "revisit"):
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False  # redirects and error responses are not pages
    media = _content_type(record).split(";")[0].strip().lower()
    return media in PAGE_TYPES and not re.search(r"/robots\.txt$", url.split("?")[0])


def _page(record, source, url, rid, max_bytes, pages) -> RawDocument | Skipped:
    declared_length = int(record.rec_headers.get_header("Content-Length") or 0)
    if max_bytes is not None and declared_length > max_bytes:
        # not read: the iterator skips the rest of the record in small blocks
        return Skipped(
            source, f"record is {declared_length:,} bytes, over the {max_bytes:,}-byte limit for one page"
        )
    headers = {}
    if record.http_headers is not None and record.rec_type == "response":
        headers = {k.lower(): v for k, v in record.http_headers.headers}
    try:
        body = read_body(record.raw_stream, headers, max_bytes)
    except (BodyTooLarge, BodyError) as exc:
        return Skipped(source, str(exc))
    while record.raw_stream.read(BLOCK):  # what follows the payload (a chunked body's last CRLF)
        pass
    if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than the record declares
        raise EOFError(f"record for {url or rid} is cut short")  # (before a page of it is stored)
    ctype = _content_type(record)
    charset = re.search(r"charset=[\"']?([\w\-]+)", ctype)
    try:
        doc = document_from_bytes(
            body,
            source_path=source,
            kind="text" if "text/plain" in ctype else "html",
            url=url,
            record_id=rid,
            declared=charset.group(1) if charset else None,
        )
    except ReadError as exc:
        return Skipped(source, str(exc))
    doc.format = "warc"
    doc.hints.setdefault("archive:captured", record.rec_headers.get_header("WARC-Date") or "")
    info = pages.get(url) or {}
    if info.get("title"):
        doc.hints["archive:title"] = info["title"]
    if info.get("ts"):
        doc.hints["archive:captured"] = info["ts"]
    return doc


def _revisit(record, source, url, rid, max_bytes, pages, state) -> RawDocument | Skipped | None:
    from warcio.archiveiterator import ArchiveIterator

    refers = record.rec_headers.get_header("WARC-Refers-To") or ""
    digest = record.rec_headers.get_header("WARC-Payload-Digest") or ""
    where = state.seen.get(refers) or state.seen.get(digest)
    if where is None:
        return Skipped(
            source,
            f"revisit record refers to {refers or digest or 'nothing'}, which is not in this archive "
            "(import the WARC that holds the original with it)",
        )
    stream_no, offset = where
    with state.openers[stream_no]() as stream:
        stream.seek(offset)
        original = next(iter(ArchiveIterator(stream, arc2warc=True)))
        original_url = original.rec_headers.get_header("WARC-Target-URI") or ""
        if not _is_page(original, original_url):
            return None  # a revisit of a stylesheet or an image
        doc = _page(original, source, original_url, rid, max_bytes, pages)
    if isinstance(doc, Skipped):
        return doc
    # The capture's own bytes are the revisit record's headers: its provenance, distinct from the original
    raw = record.rec_headers.to_bytes()
    if record.http_headers is not None:
        raw += record.http_headers.to_bytes()
    doc.raw, doc.url, doc.record_id = raw, url or original_url, rid
    doc.encoding = "utf-8"  # of the kept bytes (WARC headers are UTF-8), not of the original's page
    doc.hints["archive:captured"] = record.rec_headers.get_header("WARC-Date") or ""
    return doc
