"""A container's date (a dataset's date column, front matter, WACZ or WeChat metadata) that gives only a
month or a year: kept as precisely as it is written, never thrown away. Dates read from a page's story
need a day (`fields.parse_date`): a bare 2021年5月 in a story is rarely its publication date; on the
page's dateline (`dateline_month`) a month alone is its date.

    >>> [parse_container_date(t)[1:] for t in ("2021-05", "2021年5月", "2021", "2021年", "2022/3/8")]
    [('month', '2021-05'), ('month', '2021年5月'), ('year', '2021'), ('year', '2021年'), ('day', '2022/3/8')]
    >>> [parse_container_date(t)[0] for t in ("2021年5月", "2021-13", "明年")]
    [datetime.datetime(2021, 5, 1, 0, 0), None, None]
"""

from __future__ import annotations

import re
from datetime import datetime

from .printed_dates import parse_date

_MONTH = re.compile(r"(?P<y>(?:19|20)\d\d)\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*月?")
_YEAR = re.compile(r"(?P<y>(?:19|20)\d\d)\s*年?")


def parse_container_date(text: str) -> tuple[datetime | None, str, str]:
    """(datetime, precision, matched text): a full date as `parse_date` reads it, else a value that is
    only a month (precision "month", the 1st) or only a year ("year", 1 January)."""
    value = parse_date(text)
    if value[0] is not None:
        return value
    written = text.strip()
    if (m := _MONTH.fullmatch(written)) and 1 <= int(m["m"]) <= 12:
        return datetime(int(m["y"]), int(m["m"]), 1), "month", written  # noqa: DTZ001 (local, as parse_date)
    if m := _YEAR.fullmatch(written):
        return datetime(int(m["y"]), 1, 1), "year", written  # noqa: DTZ001
    return None, "unknown", ""


_DATELINE_MONTH = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})(?:\s*月)?(?![\d日号/.-])"
)


def dateline_month(line: str) -> tuple[datetime | None, str, str]:
    """A month printed alone on a dateline (`2021-05  来源：某某网`, `发布时间：2021年5月`): its first day,
    precision "month"; (None, "unknown", "") where the line gives none.

    >>> [dateline_month(t)[1:] for t in ("2021-05  来源：清河网", "发布时间：2021年5月", "2021-05-06")]
    [('month', '2021-05'), ('month', '2021年5月'), ('unknown', '')]
    """
    m = _DATELINE_MONTH.search(line)
    if m and 1 <= int(m["m"]) <= 12:
        return datetime(int(m["y"]), int(m["m"]), 1), "month", m.group().strip()  # noqa: DTZ001
    return None, "unknown", ""
