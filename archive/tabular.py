"""Spreadsheet-safe cells for every CSV/TSV the archive writes.

Imported pages and curator input are untrusted: a cell that begins with `=`, `+`, `-`, `@`, a tab
or a carriage return is read as a formula by Excel, LibreOffice and WPS (OWASP, "CSV Injection").
`formula_safe` prefixes such a cell with `'`, which those programs show as text. Scripts that want
the exact values ask for raw output (`--raw` on the command line, `?raw=1` on the web).

    >>> formula_safe("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    >>> formula_safe("核酸检测")
    '核酸检测'
    >>> formula_safe(3)
    3
"""

from __future__ import annotations

from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: object) -> object:
    """The value with a leading `'` if a spreadsheet would read it as a formula; non-strings as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(values: Iterable[object], *, raw: bool = False) -> list[object]:
    """One CSV row: every cell formula-safe unless `raw`."""
    return list(values) if raw else [formula_safe(v) for v in values]
