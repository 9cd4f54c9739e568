"""The outlet and day a paper prints over its story, not in a dateline's keys: an e-paper's issue line
(《某某报》2020年第29期), a name under the headline, a name glued to a full date (某某报2020年02月27日讯),
and the paper a story calls 本报 (this paper), named by the e-paper's chrome. Pure helpers for clean.py.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from .furniture import MASTHEAD
from .metadata import OUTLET_WORD, OWN_OUTLET
from .printed_dates import DATE_VALUE

# An e-paper's issue line naming its periodical in book-title marks, then the issue or the day and the page:
# 《某某报》2020年第29期（总第3446期） 二版, 《某某》2021年3月5日 第03版.
_ISSUE_LINE = re.compile(
    r"^《(?P<name>[^《》]{2,16})》\s*(?:19|20)\d{2}\s*年\s*(?:第\s*\d{1,4}\s*期|\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r".{0,30}?(?:期|版)"
)


def issue_outlet(lines: list[str]) -> str:
    """The periodical an e-paper's issue line names above the story, '' when none does.

    >>> issue_outlet(["《清河教育报》2020年第29期(总第3446期) 二版"]), issue_outlet(["《论语》2020年读本"])
    ('清河教育报', '')
    >>> issue_outlet(["《清河周刊》2021年3月5日 第03版:要闻"])
    '清河周刊'
    """
    return next((m["name"] for m in map(_ISSUE_LINE.match, lines) if m), "")


# A dateline that prints the day without its year, the time after it: 某某信息港  02-16 22:47:55, 某某在线
# 3月5日 08:30 (no date for the page, but the name opening it is the outlet).
_YEARLESS_DATELINE = re.compile(
    r"^(?P<head>\S.{1,15}?)[\s\u00a0\u3000|｜]+(?P<day>[01]?\d\s*[-/.月]\s*[0-3]?\d\s*日?\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?)$"
)


def printed_outlet(lines: list[str], headline: int | None, story: list[int]) -> str:
    """The outlet printed over the story: an e-paper's issue line (over the story, a headline's repeat
    included: up to its third line), else a name under the headline (`outlet_under_headline`)."""
    return (
        issue_outlet(lines[: story[2] if len(story) > 2 else len(lines)])
        or outlet_under_headline(lines, headline, story)
        or own_paper(lines, story)
        or first_published(lines)
    )


# A note naming where the story first ran: (本文首发于2020年3月2日《某某周末》), 原载《某某日报》.
_FIRST_PUBLISHED = re.compile(
    r"^[（(]?\s*(?:本文|此文|该文)?(?:首发|原载|原刊|刊发|刊载|发表)(?:于|在)?\s*"
    rf"(?:{DATE_VALUE})?\s*《([^《》]{{2,20}})》[^，,。]{{0,12}}[）)]?$"
)


def first_published(lines: list[str]) -> str:
    """The outlet a note says the story first ran in, or ''.

    >>> first_published(["青松社区的一天", "(本文首发于2020年3月2日《清河周末》)", "居民排队。"])
    '清河周末'
    >>> first_published(["她说她最爱读《清河周末》。"])
    ''
    """
    return next((m[1] for m in map(_FIRST_PUBLISHED.match, (ln.strip() for ln in lines)) if m), "")


# The paper calling itself 本报 where the story opens (本报讯, 本报记者 甲).
_OWN_PAPER = re.compile(r"本报(?:讯|記者|记者|通讯员|特约)")
# A newspaper's name as one word of a line (某某日报 数字报纸, 旗下媒体: 某某日报 |某某晚报).
# (not a menu's 滚动播报, nor 简报, 通报, 海报 …: words for a report or a poster)
_PAPER_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}(?<![播简海通汇举预喜情])报")


def own_paper(lines: list[str], story: list[int]) -> str:
    """The paper a story calls 本报 (this paper), named by the e-paper's chrome: the first newspaper's
    name standing as a word of a line over the story (or of the index line under it); '' when the
    story does not say 本报 or no line names a paper.

    >>> own_paper(["清河日报 数字报纸", "青松社区的一天", "本报讯 （记者 甲） 居民排队。"], [2])
    '清河日报'
    >>> own_paper(["清河报业集团旗下媒体: 清河日报 |清河晚报", "第3版", "■ 本报记者 甲", "居民排队。"], [3])
    '清河日报'
    >>> own_paper(["清河日报 数字报纸", "青松社区的一天", "清河网讯 居民排队。"], [2])
    ''
    >>> own_paper(["今日清河 数字报纸", "第2版", "青松社区的一天", "本报讯 （记者 甲） 居民排队。"], [3])
    '今日清河'
    """
    if not story or not any(_OWN_PAPER.search(ln) for ln in lines[max(0, story[0] - 3) : story[0] + 2]):
        return ""
    for line in [*lines[: story[0]], *lines[story[-1] + 1 :][-3:]]:
        # 今日某地 数字报纸: the e-paper's own name, whatever its shape
        masthead = MASTHEAD.match(line.strip())
        if masthead and not OWN_OUTLET.search(masthead.group(1)):
            return masthead.group(1)
        for word in re.split(r"[\s\u00a0\u3000|｜:：,，、]+", line):
            if _PAPER_NAME.fullmatch(word) and not OWN_OUTLET.search(word):
                return word
    return ""


def outlet_under_headline(lines: list[str], headline: int | None, story: list[int]) -> str:
    """The outlet a reposted page prints between its headline and the story: its name alone on a line
    (`某某日报`) or opening a dateline without a year (`某某信息港  02-16 22:47:55`); '' when neither
    stands there (a menu's `某某日报` over the headline is the site's chrome).

    >>> outlet_under_headline(["青松社区的一天", "清河日报", "居民排队。"], 0, [2])
    '清河日报'
    >>> outlet_under_headline(["青松社区的一天", "清河信息港  02-16 22:47:55", "居民排队。"], 0, [2])
    '清河信息港'
    >>> outlet_under_headline(["清河日报", "青松社区的一天", "居民排队。"], 1, [2])
    ''
    >>> outlet_under_headline(["青松社区的一天", "韦晓岚  02-16 22:47", "居民排队。"], 0, [2])
    ''
    """
    from .lead import OUTLET_NAME
    from .metadata import outlet_opening

    if headline is None or not story:
        return ""
    for line in lines[headline + 1 : story[0]]:
        yearless = _YEARLESS_DATELINE.match(line.strip())
        if yearless and outlet_opening(line.strip(), yearless["day"]):
            return outlet_opening(line.strip(), yearless["day"])
        if OUTLET_NAME.fullmatch(line.strip()) and not OWN_OUTLET.fullmatch(line.strip()):
            return line.strip()
    return ""


# An outlet glued to a full date: 某某报2020年02月27日讯, 某某晚报20220218导读:… (某某报3月5日: no year).
_DATED_OUTLET = re.compile(
    r"^[\s□■●◆【\[（(]*(?P<name>[\u4e00-\u9fffA-Za-z·]{2,16}?)\s?"
    r"(?P<date>(?:19|20)\d{2}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2}|[01]\d[0-3]\d)(?!\d))"
)


def dated_outlet(line: str) -> tuple[str, datetime, str] | None:
    """(outlet, day, date as printed) of a line opening with an outlet's name and a full date glued to it;
    None for a name no outlet's, this paper's own (本报), or an impossible date.

    >>> dated_outlet("清河晚报20220218导读:青松社区的一天")[:2], dated_outlet("本报2020年2月27日讯 …")
    (('清河晚报', datetime.datetime(2022, 2, 18, 0, 0)), None)
    >>> dated_outlet("清河日报2020年02月27日讯 居民排队。")[2], dated_outlet("青松社区2020年2月27日开会。")
    ('2020年02月27日', None)
    """
    m = _DATED_OUTLET.match(line)
    if not m or not OUTLET_WORD.search(m["name"]) or OWN_OUTLET.search(m["name"]):
        return None
    digits = re.findall(r"\d+", m["date"])
    y, mo, d = digits if len(digits) == 3 else (digits[0][:4], digits[0][4:6], digits[0][6:])
    try:
        return m["name"], datetime(int(y), int(mo), int(d)), m["date"]  # noqa: DTZ001 (as printed)
    except ValueError:
        return None


def read_dated_outlet(page, ledes: list[str]) -> None:  # noqa: ANN001 (clean.CleanPage)
    """A page's outlet and date, where it has none, from its headline's or first lines' `dated_outlet`."""
    if dated := next(filter(None, map(dated_outlet, ledes)), None):
        page.source = page.source or dated[0]
        if page.published is None:
            page.published, page.date_precision, page.published_text = dated[1], "day", dated[2]


def fuller_outlet(outlet: str, lines: list[str]) -> str:
    """The paper's whole name where the dateline shortens it (商报消息, 晚报讯) and a line of the page prints
    the whole (某某商报社, 某某晚报): the outlet as written otherwise.

    >>> fuller_outlet("商报", ["青禾商报社", "商报消息(通讯员 甲)…"]), fuller_outlet("商报", ["商报消息 …"])
    ('青禾商报', '商报')
    >>> fuller_outlet("青禾日报", ["来源丨青禾日报"])  # (丨 is a CJK character: a field's bar)
    '青禾日报'
    """
    if len(outlet) > 4 or not outlet.endswith(("报", "网", "台")):
        return outlet
    whole = _whole_name_of(outlet)
    return next((m.group(0) for m in map(whole.match, (ln.strip() for ln in lines)) if m), outlet)


@lru_cache(maxsize=256)
def _whole_name_of(outlet: str) -> re.Pattern[str]:
    """A line that is the paper's whole name ending in `outlet` (compiled once an outlet), not a
    button's words before the name (关注某某网, 下载某某网)."""
    return re.compile(
        rf"(?!.*(?:来源|稿源|出处|丨))(?!关注|订阅|下载|打开|进入|返回)[\u4e00-\u9fff]{{2,10}}{re.escape(outlet)}(?=社?$)"
    )


def without_writer(outlet: str, writers: list[str]) -> str:
    """The outlet without the name of a writer the page credits, glued after it (来源:某某新闻在线甲).

    >>> without_writer("清河新闻在线骆志平", ["骆志平"]), without_writer("清河日报", ["清河"])
    ('清河新闻在线', '清河日报')
    """
    for name in writers:
        head = outlet[: -len(name)] if name and outlet.endswith(name) else ""
        if len(head) >= 2 and OUTLET_WORD.search(head):
            return head
    return outlet
