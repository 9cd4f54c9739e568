"""Spreadsheet-safe cells for every CSV/TSV the archive writes.

Imported pages and curator input are untrusted: a cell that begins with `=`, `+`, `-`, `@`, a tab
or a carriage return is read as a formula by Excel, LibreOffice and WPS (OWASP, "CSV Injection").
`formula_safe` prefixes such a cell with `'`, which those programs show as text. Scripts that want
the exact values ask for raw output (`--raw` on the command line, `?raw=1` on the web).
`csv_lines` writes the rows of every CSV/TSV download (lists, concordance, facet counts) this way.

    >>> formula_safe("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    >>> formula_safe("核酸检测")
    '核酸检测'
    >>> formula_safe(3)
    3
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: object) -> object:
    """The value with a leading `'` if a spreadsheet would read it as a formula; non-strings as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(values: Iterable[object], *, raw: bool = False) -> list[object]:
    """One CSV row: every cell formula-safe unless `raw`."""
    return list(values) if raw else [formula_safe(v) for v in values]


class Echo:
    """A file for csv.writer whose write() returns the line: each row becomes a string to stream."""

    def write(self, value: str) -> str:
        return value


def csv_lines(
    rows: Iterable[Iterable[object]], *, raw: bool = False, delimiter: str = ",", bom: bool = True
) -> Iterator[str]:
    r"""Each row as one line of CSV (or TSV), formula-safe unless `raw`, after a UTF-8 byte order mark
    (so spreadsheet programs read UTF-8) when `bom`.

    >>> list(csv_lines([["词", "=1"]]))
    ['\ufeff', "词,'=1\r\n"]
    """
    writer = csv.writer(Echo(), delimiter=delimiter)
    if bom:
        yield "\ufeff"
    for row in rows:
        yield writer.writerow(safe_row(row, raw=raw))
