"""Datasets of scraped articles: CSV/TSV, JSON Lines, JSON arrays and Excel .xlsx, one article per row.

Contract: `read_dataset(path, max_bytes, column_map)` yields one RawDocument per row (a `Skipped`
for a row without body text or over the page limit). Columns are found by their header names in
Chinese or English (`COLUMNS`), or named by `column_map` ({"body": "content", …}); HTML in a cell
is read like a saved page. The capture of a row is the row itself (JSON: the file's name and
SHA-256, the row number and every original column), so the exact source stays on record. JSON has
no header: each record is read by its own keys (a record without a body key is one failed line). Row
numbers are as a spreadsheet shows them for CSV and Excel (the header is row 1, or the first of the
first rows that names a body column: a title row may stand above it), line numbers for JSON Lines,
and 1-based positions for JSON arrays. CSV is UTF-8 (with or without BOM), GB18030 or Big5.
Every worksheet of a workbook is read, each under its own header row; in a workbook of several
sheets rows are `file#Sheet2 row N`, and a sheet without a body column is one `Notice` line. A
header name given twice: the first column of that name is read, the later ones are kept in the
capture as `name (2)`…, and a `Notice` line names it (a Notice is reported, not counted as failed).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from openpyxl.utils.datetime import from_excel

from ..partial_dates import parse_container_date
from ..read import RawDocument, ReadError, Skipped, common_share, html_to_text
from .dataset_columns import (
    COLUMNS,
    HEADER_SEARCH_ROWS,
    Header,
    cell,
    is_header,
    match_columns,
    normal,
    parse_column_map,
    unique_names,
)

__all__ = ["COLUMNS", "DATASET_SUFFIXES", "Notice", "parse_column_map", "read_dataset", "row_document"]

DATASET_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".xlsx"}
# Columns given to clean.prefer_container_metadata as trusted hints (`archive:title` …); the url is the page's
TRUSTED = tuple(key for key in COLUMNS if key not in ("body", "url"))
_HTML_CELL = re.compile(r"<(p|div|br|span|section|h[1-6]|table|article)\b[^>]*>", re.I)


@dataclass
class Notice:
    """A line of the report that is no failure: what was read is imported (a duplicate column header)."""

    source_path: str
    reason: str


def row_document(
    row: dict,
    columns: dict[str, str],
    *,
    path: Path,
    file_sha256: str,
    row_no: int,
    fmt: str,
    sheet: str = "",
) -> RawDocument | Skipped:
    """One dataset row → a page whose text is the headline and the body, and whose hints are trusted."""
    source = f"{path}#{sheet + ' ' if sheet else ''}row {row_no}"
    value = {key: cell(row.get(column)) for key, column in columns.items()}
    when = row.get(columns.get("published"))
    if fmt == "xlsx" and type(when) in (int, float) and 1 <= when < 2958466:  # a date cell in General format
        value["published"] = cell(from_excel(when))  # Excel's day number: 44781 is 2022-08-08
    body = value.get("body", "")
    if _HTML_CELL.search(body):
        body, _ = html_to_text(body)
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not body:
        return Skipped(source, "row has no body text")
    record = {
        "source_file": path.name,
        "source_sha256": file_sha256,
        "row": row_no,
        "columns": {str(k): cell(v) for k, v in row.items()},
    }
    if sheet:  # (only in a workbook of several sheets: the capture of a one-sheet row is as it was)
        record["sheet"] = sheet
    raw = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
    title = re.sub(r"\s+", " ", value.get("title", ""))
    hints = {f"archive:{key}": value[key] for key in TRUSTED if value.get(key)}
    if title:
        hints["og:title"] = title
    url = value.get("url", "")
    return RawDocument(
        source_path=source,
        raw=raw,
        encoding="utf-8",
        text=f"{title}\n{body}" if title else body,
        format=fmt,
        url=url if url.startswith(("http://", "https://")) else "",
        hints=hints,
    )


ROW_FORMATS = ("csv", "jsonl", "json", "xlsx")  # the `format` of a row's capture


def row_cells(raw: bytes) -> dict | None:
    """The cells of a row from its capture (`row_document`'s JSON), else None.

    >>> row_cells(b'{"columns": {"body": "x"}, "row": 2, "source_file": "a.csv", "source_sha256": "0"}')
    {'body': 'x'}
    >>> row_cells(b"<html>"), row_cells(b'{"columns": {}}')
    (None, None)
    """
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    return record.get("columns") if isinstance(record, dict) and "source_sha256" in record else None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _decodes(path: Path, codec: str, keep: int = 1 << 20) -> str | None:
    """The file's first `keep` characters decoded strictly (whole, by blocks); None if not `codec`."""
    decoder, kept, size = codecs.getincrementaldecoder(codec)(), [], 0
    with path.open("rb") as handle:
        try:
            while block := handle.read(1 << 20):
                if (text := decoder.decode(block)) and size < keep:
                    kept, size = [*kept, text], size + len(text)
            kept.append(decoder.decode(b"", final=True))
        except UnicodeDecodeError:
            return None
    return "".join(kept)[:keep]


def _text_encoding(path: Path) -> str:
    """utf-8-sig, utf-8, gb18030 or big5, decided over the whole file: UTF-8 when every byte is, else
    the CJK codec that decodes every byte and gives the likelier text (read.common_share, as for pages)."""
    with path.open("rb") as handle:
        if handle.read(3) == codecs.BOM_UTF8:
            return "utf-8-sig"
    if _decodes(path, "utf-8", keep=0) is not None:
        return "utf-8"
    decoded = [(common_share(t), c) for c in ("gb18030", "big5") if (t := _decodes(path, c))]
    if not decoded:
        raise ReadError("cannot tell the text encoding (not UTF-8, GB18030 or Big5)")
    return max(decoded)[1]


def _csv_rows(path: Path, max_bytes: int | None, column_map=None) -> Iterator[tuple[int, dict | str]]:
    encoding = _text_encoding(path)
    csv.field_size_limit(max_bytes or 1 << 40)  # a bigger cell stops the reader instead of filling memory
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        sample = handle.read(8192)
        handle.seek(0)
        delimiter = "\t" if path.suffix.lower() == ".tsv" or sample.count("\t") > sample.count(",") else ","
        number = 1
        try:  # records, not lines: a cell may hold newlines
            for number, row in _header_and_rows(csv.reader(handle, delimiter=delimiter), column_map):
                yield number, row
        except csv.Error as exc:
            raise ReadError(f"damaged CSV after row {number}: {exc}") from None


def _header_and_rows(rows: Iterator, column_map, sheet: str = "") -> Iterator[tuple[int, dict | str]]:
    """The header (the first of the first rows that names a body column: a title row may stand above
    it) and each later row as a dict by the header's names; numbers as the spreadsheet shows them.
    A row longer than the header keeps its extra cells under None (as csv.DictReader does)."""
    first, at = [], 0
    for row in rows:  # read ahead only until the header: a damaged later row stops where it stands
        first.append(row)
        if is_header(row, column_map):
            at = len(first) - 1
            break
        if len(first) == HEADER_SEARCH_ROWS:
            break  # none names a body column: the first row is the header (its error names its cells)
    if not first:
        return
    names, repeated = unique_names([cell(h) for h in first[at]])
    yield at + 1, Header(names, repeated, sheet, row=at + 1)
    for number, values in enumerate(itertools.chain(first[at + 1 :], rows), start=at + 2):
        values = list(values)
        if not any(v not in (None, "") for v in values):
            continue  # a blank row
        row = dict(zip(names, values, strict=False)) | {n: None for n in names[len(values) :]}
        if len(values) > len(names):
            row[None] = values[len(names) :]
        yield number, row


def _jsonl_rows(path: Path, max_bytes: int | None, column_map=None) -> Iterator[tuple[int, dict | str]]:
    with path.open("rb") as handle:
        line_no = 0
        while True:
            line = handle.readline((max_bytes or 1 << 40) + 1)
            if not line:
                return
            line_no += 1
            if max_bytes is not None and len(line) > max_bytes and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the line unread into memory
                    line = handle.readline(1 << 20)
                yield line_no, f"line is over the {max_bytes:,}-byte limit for one page"
                continue
            if not line.strip():
                continue
            try:
                row = json.loads(line.decode("utf-8-sig"))
            except (ValueError, UnicodeDecodeError) as exc:
                yield line_no, f"not a JSON object: {_json_fault(exc)}"
                continue
            yield line_no, row if isinstance(row, dict) else "not a JSON object"


def _json_fault(exc: ValueError) -> str:
    """What is wrong with JSON text, in words the report translates (not the parser's own message).

    >>> _json_fault(json.JSONDecodeError("Invalid control character at", '{"a": "x\\ty"}', 8))
    'invalid at line 1, character 9'
    """
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(exc, json.JSONDecodeError):
        return f"invalid at line {exc.lineno}, character {exc.colno}"
    return "invalid"


def _json_rows(path: Path, max_bytes: int | None, column_map=None) -> Iterator[tuple[int, dict | str]]:
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise ReadError(f"a JSON array is read whole and this one is {size:,} bytes; write it as JSON Lines")
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ReadError(f"not valid JSON: {_json_fault(exc)}") from None
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list)]
        data = lists[0] if len(lists) == 1 else None
    if not isinstance(data, list):
        raise ReadError("JSON file is not an array of articles (nor an object holding one)")
    for number, row in enumerate(data, start=1):
        yield number, row if isinstance(row, dict) else "not a JSON object"


def _xlsx_rows(path: Path, max_bytes: int | None, column_map=None) -> Iterator[tuple[int, dict | str]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(path) as package:
            inflated = sum(info.file_size for info in package.infolist())
    except zipfile.BadZipFile:
        raise ReadError("not an Excel .xlsx file (not a ZIP package, as every .xlsx is)") from None
    if max_bytes is not None and inflated > 8 * max_bytes:
        raise ReadError(f"workbook inflates to {inflated:,} bytes, over 8× the page limit")
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        raise ReadError(f"damaged Excel workbook: {exc}") from None
    number, where = 1, ""
    try:
        sheets = book.worksheets
        for sheet in sheets:  # every sheet, each with its own header row
            name = sheet.title if len(sheets) > 1 else ""
            where = f" of sheet {name}" if name else ""
            for number, row in _header_and_rows(sheet.iter_rows(values_only=True), column_map, name):
                yield number, row  # (an empty sheet, Excel's Sheet2, yields nothing)
    except (ReadError, GeneratorExit):
        raise
    except Exception as exc:  # a damaged sheet part shows only when it is reached
        raise ReadError(f"damaged Excel workbook after row {number}{where}: {exc}") from None
    finally:
        book.close()


def not_read(names, columns: dict[str, str], repeated: list[str] = ()) -> list[str]:
    """The header names (or a record's keys) no field is read from, but for blank names and the later
    columns of a repeated name (`name (2)`, named in a line of their own); each is kept in the capture.

    >>> not_read(["id", "标题", "正文", "阅读量", "正文 (2)"], {"body": "正文", "title": "标题"}, ["正文"])
    ['id', '阅读量']
    """
    read = set(columns.values())
    again = tuple(f"{name} (" for name in repeated)
    return [str(n) for n in names if n not in read and str(n or "").strip() and not str(n).startswith(again)]


def _record_columns(keys: tuple, column_map: dict[str, str] | None, matched: dict) -> dict[str, str] | str:
    """The columns of one JSON record by its keys, or why it has none; each distinct key set once."""
    if keys not in matched:
        if len(matched) >= 1024:  # keys that differ in every record: no cache grows without bound
            matched.clear()
        try:
            matched[keys] = match_columns(list(keys), column_map, record=True)
        except ReadError as exc:
            matched[keys] = str(exc)
    return matched[keys]


def read_dataset(
    path: Path, max_bytes: int | None, column_map: dict[str, str] | None = None
) -> Iterator[RawDocument | Skipped]:
    """Yield one page per row of a dataset file."""
    suffix = path.suffix.lower()
    fmt = {".tsv": "csv", ".ndjson": "jsonl"}.get(suffix, suffix.lstrip("."))
    reader = {"csv": _csv_rows, "jsonl": _jsonl_rows, "json": _json_rows, "xlsx": _xlsx_rows}[fmt]
    file_sha256 = _sha256(path)
    rows: Iterable[tuple[int, dict | str]] = reader(path, max_bytes, column_map)
    columns: dict[str, str] | None = None
    matched: dict[tuple, dict[str, str] | str] = {}
    sheet, found, unread = "", 0, ""
    mapped_seen: set[str] = set()  # mapped fields some JSON record had
    keys_left: dict[str, None] = {}  # keys of JSON records read as no field, in the order first seen
    for number, row in rows:
        if isinstance(row, Header):  # a CSV's header, or each worksheet's
            sheet, columns = row.sheet, None
            where = f"{path}#{sheet + ' ' if sheet else ''}row {row.row}"
            for name in row.repeated:
                yield Notice(
                    where, f"duplicate column header {name!r}: the first column of that name is read"
                )
            try:
                columns = match_columns([str(h) for h in row], column_map)
            except ReadError as exc:
                if not sheet:
                    raise
                unread = unread or f"sheet {sheet}: {exc}"  # a sheet of notes, not articles: one line
                yield Notice(f"{path}#{sheet}", f"sheet not read: {exc}")
                continue
            if left := not_read(row, columns, row.repeated):
                yield Notice(where, f"columns not read (kept in the capture): {', '.join(left)}")
            continue
        source = f"{path}#{sheet + ' ' if sheet else ''}row {number}"
        if fmt == "xlsx" and columns is None:
            continue  # the rows of a sheet whose header has no body column (one line above)
        if isinstance(row, str):
            yield Skipped(source, row)
            continue
        if fmt in ("json", "jsonl"):  # no header: each record is read by its own keys
            keyed = _record_columns(tuple(row), column_map, matched)
            if isinstance(keyed, str):  # one failed line, like a row without body text
                found += 1
                yield Skipped(source, keyed)
                continue
            columns = keyed
            keys_left.update(dict.fromkeys(not_read(row, columns)))
            mapped_seen.update(
                k for k, c in (column_map or {}).items() if normal(columns.get(k)) == normal(c)
            )
        if max_bytes is not None and sum(len(str(v)) for v in row.values()) > max_bytes:
            yield Skipped(source, f"row is over the {max_bytes:,}-byte limit for one page")
            continue
        found += 1
        doc = row_document(
            row, columns, path=path, file_sha256=file_sha256, row_no=number, fmt=fmt, sheet=sheet
        )
        written = doc.hints.get("archive:published", "") if isinstance(doc, RawDocument) else ""
        if written and parse_container_date(written)[0] is None:  # kept undated, and the report says so
            yield Notice(source, f"date {written!r} is no date: the article is stored without one")
        yield doc
    if not found:
        raise ReadError(f"no sheet holds articles ({unread})" if unread else "dataset has no rows")
    if keys_left:
        yield Notice(str(path), f"columns not read (kept in the capture): {', '.join(keys_left)}")
    if fmt in ("json", "jsonl"):
        for key, column in (column_map or {}).items():
            if key != "body" and key not in mapped_seen:
                yield Notice(str(path), f"no record has the key {column!r} (mapped to {key}): check --map")
