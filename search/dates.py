"""Publication-date input (query `year:`/`date:` and the 从/到 boxes): text → dates, with a note for
every part that was changed or ignored. Pure.

Years outside MIN_YEAR..MAX_YEAR are refused here, so nothing further down (time zones, the index's
datetime columns, the database's year lookups) can overflow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.utils.translation import gettext_lazy as _

MIN_YEAR, MAX_YEAR = 1000, 2999
_DATE_RE = re.compile(r"^(\d{1,})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?年?$")


class DateError(ValueError):
    """Text that is not a date we understand, or a year out of range; str() is the note shown."""

    def __init__(self, message, *, out_of_range: bool = False) -> None:
        super().__init__(message)
        self.out_of_range = out_of_range


@dataclass
class DateRange:
    start: date | None = None
    stop: date | None = None
    notices: list[str] = field(default_factory=list)


def _not_a_date(text: str) -> DateError:
    return DateError(
        _("“%(text)s” is not a date we understand (use 2020, 2020-03, 2020-03-12 or A..B).") % {"text": text}
    )


def read_date(text: str, *, end: bool) -> date:
    """'2020' / '2020-03' / '2020-03-12' (also 2020年3月12日) → the first (or, with end, the last) day.

    >>> read_date("2020-02", end=True)
    datetime.date(2020, 2, 29)
    """
    m = _DATE_RE.match(text.strip())
    if not m:
        raise _not_a_date(text)
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateError(
            _("“%(text)s”: only the years %(min)d to %(max)d can be searched; it was ignored.")
            % {"text": text, "min": MIN_YEAR, "max": MAX_YEAR},
            out_of_range=True,
        )
    try:
        if day:
            return date(year, int(month), int(day))
        if month:
            first = date(year, int(month), 1)
            if not end:
                return first
            nxt = date(year + (first.month == 12), first.month % 12 + 1, 1)
            return nxt - timedelta(days=1)
    except ValueError:
        raise _not_a_date(text) from None
    return date(year, 12, 31) if end else date(year, 1, 1)


def read_range(text: str) -> DateRange:
    """'2020', '2020-03', 'A..B', 'A..' or '..B' → a range. An end out of range is left open, a
    reversed range is turned round, each with a note; DateError when no part is a date at all."""
    if ".." not in text:
        start = read_date(text, end=False)
        return DateRange(start, read_date(text, end=True))
    left, right = (part.strip() for part in text.split("..", 1))
    out = DateRange()
    errors = []
    for side, is_end in ((left, False), (right, True)):
        if not side:
            continue
        try:
            value = read_date(side, end=is_end)
        except DateError as exc:
            errors.append(exc)
            continue
        if is_end:
            out.stop = value
        else:
            out.start = value
    if out.start is None and out.stop is None:
        if not any(e.out_of_range for e in errors):
            raise _not_a_date(text)
        out.notices += [str(e) for e in errors]
        return out
    out.notices += [str(e) for e in errors]
    if out.start and out.stop and out.start > out.stop:
        out.start, out.stop = read_date(right, end=False), read_date(left, end=True)
        out.notices.append(
            _("“%(text)s” ends before it starts; it was searched the other way round.") % {"text": text}
        )
    return out


def day_start(d: date) -> datetime:
    return datetime.combine(d, time.min)


def day_end(d: date) -> datetime:
    return datetime.combine(d, time.max).replace(microsecond=0)
