"""Numbers read from a request (ids in query parameters and OAI arguments, page numbers): the one
place that decides what counts as one. Only ASCII digits (`str.isdigit` also accepts ² and ١, which
`int()` refuses or reads differently), and ids only up to the largest the database can store
(SQLite's INTEGER and PostgreSQL's bigint are 64-bit: a larger one raises OverflowError there).
"""

from __future__ import annotations

MAX_ID = 2**63 - 1


def number_from(value: object) -> int | None:
    """A non-negative integer written in ASCII digits (surrounding spaces allowed), else None."""
    text = str(value).strip() if value is not None else ""
    if not text or len(text) > 30 or not (text.isascii() and text.isdigit()):
        return None
    return int(text)


def id_from(value: object) -> int | None:
    """A database id (1..MAX_ID) from request text, else None: a larger number names nothing stored."""
    number = number_from(value)
    return number if number is not None and 0 < number <= MAX_ID else None
