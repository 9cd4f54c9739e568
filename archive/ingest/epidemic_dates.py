"""The publication date of a story of the COVID-19 epidemic lies within the epidemic's years.

A story that writes 新冠, 核酸检测 or 健康码 was not published before December 2019, and one that tells the
response as it happens (疫情防控, 居家隔离) with no year after 2022 named was not published in 2024 or later:
such a date is a copying site's or a forum's own stamp. Another date printed in the page's metadata lines
(an e-paper's edition line under its calendar line) may then be the story's.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from .printed_dates import parse_date, published_part

if TYPE_CHECKING:
    from .clean import CleanPage

# Words only a story of the COVID-19 epidemic writes
COVID_WORDS = re.compile(r"新冠|新型冠状|核酸检测|核酸采样|健康码|行程码|奥密克戎|德尔塔毒株|新型肺炎")
# Words of the response told as it happens
_RESPONSE_WORDS = re.compile(r"疫情防控|防疫|抗疫|防控工作|居家隔离|隔离观察|封控|核酸")
# A year after the epidemic named in the story: it looks back, and a late date may be its own
_LATER_YEAR = re.compile(r"20(?:2[3-9]|[3-9]\d)年")

# An e-paper's edition line (第15版:社区 2020-05-18): the day, under a calendar line of the reader's
_EDITION = re.compile(r"第\s*[0-9０-９]{1,3}\s*版|版次")

_FIRST_MONTH = (2019, 12)
_FIRST_LATE_YEAR = 2024


def outside_the_epidemic(day: datetime, body: str) -> bool:
    """Whether `day` cannot be the publication date of the story `body`.

    >>> outside_the_epidemic(datetime(2018, 12, 21), "居民排队做核酸检测。")
    True
    >>> outside_the_epidemic(datetime(2025, 6, 22), "村里的车队为居家隔离的村民送菜。")
    True
    >>> outside_the_epidemic(datetime(2025, 6, 22), "2023年春天，他回忆起社区防疫的日子。")
    False
    >>> outside_the_epidemic(datetime(2018, 12, 21), "村里的车队为居家隔离的村民送菜。")
    False
    """
    if (day.year, day.month) < _FIRST_MONTH:
        return bool(COVID_WORDS.search(body))
    return (
        day.year >= _FIRST_LATE_YEAR and bool(_RESPONSE_WORDS.search(body)) and not _LATER_YEAR.search(body)
    )


def within_the_epidemic(page: CleanPage) -> CleanPage:
    """The page with a date outside the epidemic's years replaced by another of its printed dates, or none.

    >>> from .clean import CleanPage, Paragraph
    >>> story = [Paragraph("text", "居民排队做核酸检测。")]
    >>> page = CleanPage(published=datetime(2024, 12, 4), paragraphs=story,
    ...                  boilerplate=["2024年12月04日 星期三", "第15版:社区 2020-05-18"])
    >>> within_the_epidemic(page).published
    datetime.datetime(2020, 5, 18, 0, 0)
    >>> page = CleanPage(published=datetime(2018, 12, 21), paragraphs=story)
    >>> within_the_epidemic(page).published is None
    True
    """
    if page.published is None or not outside_the_epidemic(page.published, page.body):
        return page
    page.published, page.date_precision, page.published_text = None, "unknown", ""
    edition_lines = [line for line in page.boilerplate if _EDITION.search(line)]
    for line in [*page.metadata, *edition_lines]:
        value, precision, matched = parse_date(published_part(line))
        if value and not outside_the_epidemic(value, page.body):
            page.published, page.date_precision, page.published_text = value, precision, matched
            break
    return page
