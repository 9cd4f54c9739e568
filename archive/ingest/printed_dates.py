"""Publication dates as pages print them: digits (2022-05-09 16:18, 2022年5月9日), a day first
(24.02.2020), Chinese numerals (二〇二二年三月五日), an e-paper's issue day and a date widget's
stacked parts. Pure helpers for clean.py and its readers."""

from __future__ import annotations

import re
from datetime import datetime

# A whole date as a field's value, its clock optional, for patterns that embed one
# (2021-03-08 09:15:40, 2022年6月2日, 2022/6/2): one fragment for every such pattern.
DATE_VALUE = r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"

DATE_RE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[\sT\u00a0]*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?)?"
)

# An e-paper's or a government page's date in Chinese numerals: 二〇二二年三月五日, 二○二○年二月十四日.
CN_DATE_RE = re.compile(
    r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)
# A day first, dotted, as some sites print it: 24.02.2020  12:21 (never a version or a number: 1.2.2020.5)
DMY_DATE_RE = re.compile(
    r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d{2})(?![\d.])"
    r"(?:[\s\u00a0]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
)
_CN_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}


def _cn_number(text: str) -> int:
    """十 → 10, 十五 → 15, 二十 → 20, 三十一 → 31, 五 → 5."""
    if "十" not in text:
        return _CN_DIGITS[text]
    tens, _, units = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


SHORT_YEAR = re.compile(
    r"(?<![\d.:/-])(?P<y>[12]\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\s+(?P<H>[0-2]\d):(?P<M>[0-5]\d)(?![\d:])"
)


def parse_date(text: str) -> tuple[datetime | None, str, str]:
    """First full date in text → (datetime, precision, matched text); a date in Chinese numerals when
    there is none in digits.

    >>> parse_date("发布时间:2022-05-09 16:18:00 文章来源:网络")[:2]
    (datetime.datetime(2022, 5, 9, 16, 18), 'datetime')
    >>> parse_date("二〇二二年三月二十五日 星期五")[:2]
    (datetime.datetime(2022, 3, 25, 0, 0), 'day')
    >>> parse_date("05.03.2021  09:30")[:2], parse_date("版本 1.2.2020.5")[0]
    ((datetime.datetime(2021, 3, 5, 9, 30), 'datetime'), None)
    >>> parse_date("21-11-03 09:40 来源:某某网")[:2], parse_date("电话 0731-22-03-11")[0]
    ((datetime.datetime(2021, 11, 3, 9, 40), 'datetime'), None)
    """
    value = _parse_digits(text)
    if value[0] is not None:
        return value
    value = _parse_digits(text, DMY_DATE_RE)
    if value[0] is not None:
        return value
    for m in SHORT_YEAR.finditer(text):  # 21-05-06 08:20: a two-digit year, only with the time after it
        try:
            value = datetime(2000 + int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"]), int(m["M"]))  # noqa: DTZ001
            return value, "datetime", m.group(0)
        except ValueError:
            continue
    for m in CN_DATE_RE.finditer(text):
        try:
            year = int("".join(str(_CN_DIGITS[c]) for c in m.group(1)))
            return datetime(year, _cn_number(m.group(2)), _cn_number(m.group(3))), "day", m.group(0)  # noqa: DTZ001
        except (ValueError, KeyError):
            continue
    return None, "unknown", ""


def _parse_digits(text: str, pattern: re.Pattern[str] = DATE_RE) -> tuple[datetime | None, str, str]:
    for m in pattern.finditer(text):
        try:
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            if m["H"] is not None:
                value = datetime(y, mo, d, int(m["H"]), int(m["M"]), int(m["S"] or 0))  # noqa: DTZ001
                return value, "datetime", m.group(0)
            return datetime(y, mo, d), "day", m.group(0)  # noqa: DTZ001
        except ValueError:
            continue
    return None, "unknown", ""


_ISSUE_DAY = re.compile(
    r"(?:^|\s)(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?\s*"
    r"(?:(?:星期|周|礼拜)(?P<w>[一二三四五六日天])$|星期\s+(?=放大\s*缩小))"  # (星期 放大 缩小: its buttons)
)


def issue_date(lines: list[str]) -> datetime | None:
    """The day an e-paper prints over its page (`2021年03月15日 星期一`): a date with its weekday and no
    clock time, the weekday true for the date. Read only when the page states no other date: a portal's
    clock line (`今天是…`, or with the time) is the reader's day, not the story's.

    >>> issue_date(["2021年03月15日 星期一", "社区的清晨"]), issue_date(["2021年03月16日 星期一"])
    (datetime.datetime(2021, 3, 15, 0, 0), None)
    >>> issue_date(["2021 年 08 月 09 日 星期 放大 缩小 默认", "社区的清晨"])
    datetime.datetime(2021, 8, 9, 0, 0)

    The index line an e-paper prints under the story ends with the issue's day too:

    >>> issue_date(["社区的清晨", "居民排队。", "清河日报 要闻 00003 社区的清晨 2021年03月15日 星期一"])
    datetime.datetime(2021, 3, 15, 0, 0)
    """
    for line in [*lines[:20], *lines[20:][-3:]]:
        m = _ISSUE_DAY.search(line.strip()) if not re.search(r"今天|今日|现在", line) else None
        if not m:
            continue
        try:
            day = datetime(int(m["y"]), int(m["m"]), int(m["d"]))  # noqa: DTZ001
        except ValueError:
            continue
        if m["w"] is None or day.weekday() == "一二三四五六日".index(m["w"].replace("天", "日")):
            return day  # (an e-paper's line with its font buttons, the weekday lost: the day alone)
    return None


# A date widget's parts on lines of their own: the year (-2021-, 2021年), the day (10/24, 10月24日), the time.
_YEAR_ALONE = re.compile(r"^[\s\-–—/|｜(（\[【]*((?:19|20)\d{2})\s*年?[\s\-–—/|｜)）\]】]*$")
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_CLOCK_ALONE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$")


def stacked_date(lines: list[str]) -> tuple[datetime, str, str] | None:
    """A date a widget prints in parts, one line each (`-2021-`, `10/24`, `03:03`): (date, precision,
    text), read from the lines given (those above the story; a year and a fraction inside a story are
    not a date).

    >>> stacked_date(["政法", "-2021-", "10/24", "03:03", "社区的清晨"])[0]
    datetime.datetime(2021, 10, 24, 3, 3)
    >>> stacked_date(["2021年", "10月24日", "社区的清晨"])[1], stacked_date(["2021", "社区的清晨"])
    ('day', None)
    """
    for i in range(len(lines) - 1):
        year, day = _YEAR_ALONE.match(lines[i].strip()), _MONTH_DAY.match(lines[i + 1].strip())
        if not year or not day:
            continue
        try:
            value = datetime(int(year[1]), int(day[1]), int(day[2]))  # noqa: DTZ001 (as printed)
        except ValueError:
            continue
        clock = _CLOCK_ALONE.match(lines[i + 2].strip()) if i + 2 < len(lines) else None
        if clock:
            text = f"{lines[i].strip()} {lines[i + 1].strip()} {lines[i + 2].strip()}"
            return value.replace(hour=int(clock[1]), minute=int(clock[2])), "datetime", text
        return value, "day", f"{lines[i].strip()} {lines[i + 1].strip()}"
    return None


# A breadcrumb with the page's date at its end: 某某网 > 新闻 > 社会      2022-10-26 10:10:42
_DATED_CRUMB = re.compile(r"^[^>＞»]{1,20}(?:[>＞»][^>＞»]{1,20}){1,6}?\s+(" + DATE_VALUE + r")\s*$")


def crumb_date(lines: list[str]) -> tuple[datetime, str, str] | None:
    """The date a breadcrumb line prints at its end (the page's date of publication): (date, precision,
    text), read from the lines given (those above the story).

    >>> crumb_date(["清河网 > 新闻 > 本地要闻      2021-09-14 08:30:15", "社区的清晨"])[0]
    datetime.datetime(2021, 9, 14, 8, 30, 15)
    >>> crumb_date(["首页 > 新闻 > 社会", "2022-10-26"]) is None
    True
    """
    for line in lines:
        m = _DATED_CRUMB.match(line.strip())
        value, precision, matched = parse_date(m[1]) if m else (None, "", "")
        if value:
            return value, precision, matched
    return None


def date_above(lines: list[str], prose: int) -> tuple[datetime, str, str] | None:
    """A date printed above the story's first prose line (`prose`): a widget's stacked parts, or a
    breadcrumb's date (a crumb line may be long enough to be taken for that first prose line)."""
    return stacked_date(lines[:prose]) or crumb_date(lines[: prose + 1])


_PUBLISHED_KEY = re.compile(r"(?:发布|發布|发表|發表|首发)(?:时间|時間|日期|于|於)")
_UPDATED_KEY = re.compile(r"(?:更新|修改|编辑|編輯|最后更新)(?:时间|時間|日期|于|於)")


def published_part(line: str) -> str:
    """The publication date's part of a line that prints the update time too; an update time alone is none.

    >>> published_part("更新时间：2022-04-09 发布时间：2022-04-08"), published_part("更新时间：2022-04-09")
    ('发布时间：2022-04-08', '')
    """
    shown, updated = _PUBLISHED_KEY.search(line), _UPDATED_KEY.search(line)
    return line[shown.start() :] if shown and updated else line[: updated.start()] if updated else line
