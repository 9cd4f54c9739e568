"""Article metadata that is not a `key: value` line: dates from <meta> tags and
URLs, outlets from datelines, bylines and the page <title>. Pure helpers for clean.py (the headline's
own words are cut in headline_text.py).

`captured_at` reads the capture date readers put into `hints["archive:captured"]`.

The rules describe how Chinese news pages are laid out (a column tag before the headline, the site's
name after it, `outlet | date` datelines, `XX日报记者 某某` bylines), never particular sites.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from .furniture import GAMBLING
from .glossed import plain

# The words an outlet's name ends with (a paper, a site, a station, an app, a media centre), shared with
# extract/org_names; a dateline's name may also be an account's (某某发布, 某某号), never a story's outlet.
OUTLET_TAILS = tuple(
    "报 報 网 網 台 臺 社 卫视 客户端 新闻 在线 APP 频道 传媒 传媒集团 融媒 融媒体 媒体中心".split()
)
OUTLET_WORD = re.compile(rf"(?:{'|'.join([*OUTLET_TAILS, '号', '发布'])})$")
OWN_OUTLET = re.compile(r"(?:本|我)(?:报|報|台|臺|网|網|刊|站|社)")  # the outlet calling itself: fullmatch
# a kind of paper naming none (晚报讯 with no publisher line to complete it): fullmatch
BARE_PAPER = re.compile(r"(?:晚|日|早|晨|商|周|都市)(?:报|報)")
_DATE_IN_URL = (
    re.compile(
        r"/(?P<y>20\d{2})-?(?P<m>[01]\d)[-/]?(?P<d>[0-3]\d)/"
    ),  # /2021-08/05/, /20210805/, /202108/05/
    re.compile(r"/t(?P<y>20\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)_"),  # /202108/t20210805_123.html
    re.compile(r"/(?P<y>20\d{2})/(?P<m>[01]\d)/(?P<d>[0-3]\d)/"),  # /2021/08/05/
    re.compile(
        r"/(?P<y>20\d{2})/(?P<m>[01]\d)(?P<d>[0-3]\d)/"
    ),  # /n1/2021/0805/c1-123.html, /system/2021/1220/
    re.compile(r"[/_-](?P<y>20\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)[/_.-]"),  # /content_20210805.htm
)
# <meta> keys that date the page, most trusted first.
DATE_HINT_KEYS = tuple(
    "archive:published|article:published_time|publishdate|pubdate|publish_date|publishtime|publish_time|"
    "og:release_date|releasedate|dc.date|dc.date.issued|date|firstpublishedtime|datepublished|"
    "publishedtime|pubtime|publish-date|releasetime|og:published_time|article:published|"
    "weibo: article:create_at|dc.date.created|createtime|article:modified_time|time".split("|")
)
SOURCE_HINT_KEYS = ("archive:source", "source", "contentsource", "og:site_name", "sitename", "site_name")
_BYLINE = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fffA-Za-z·]{2,24}?)?\s*(?:特约|见习|首席)?(?:记者|通讯员)\s*[:：]?\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s、,，]+[\u4e00-\u9fff·]{2,4}){0,4})\s*$"
)


def date_from_url(url: str) -> datetime | None:
    """/2021-08/05/, /202108/t20210805_…, /2021/08/05/ → that day.

    >>> date_from_url("http://example.cn/n1/2021/0805/c1-123.html"), date_from_url("/202108/t20210805_9.html")
    (datetime.datetime(2021, 8, 5, 0, 0), datetime.datetime(2021, 8, 5, 0, 0))
    >>> date_from_url("http://example.cn/show/2021/1399/88.html") is None
    True
    """
    for pattern in _DATE_IN_URL:
        for m in pattern.finditer(url):
            try:
                return datetime(int(m["y"]), int(m["m"]), int(m["d"]))  # noqa: DTZ001
            except ValueError:
                continue
    return None


# SingleFile's "saved date" is JavaScript's Date.toString(): Thu Aug 05 2021 12:00:00 GMT+0800 (…)
_JS_DATE = re.compile(
    r"^[A-Za-z]{3},?\s+(?P<mon>[A-Za-z]{3})\s+(?P<d>\d{1,2})\s+(?P<y>\d{4})\s+(?P<t>\d{1,2}:\d{2}:\d{2})"
    r"\s*(?:GMT|UTC)?\s*(?P<off>[+-]\d{4})?"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def captured_at(value: str) -> datetime | None:
    """The capture date of a hint as an aware datetime (UTC when no zone is given), or None if unreadable.

    ISO 8601 (WARC-Date, WACZ `ts`), 14-digit `20210805120000` (WACZ/CDX), RFC 2822 (an MHTML `Date:`)
    and SingleFile's JavaScript date are read.

    >>> captured_at("2021-08-05T12:00:00Z")
    datetime.datetime(2021, 8, 5, 12, 0, tzinfo=datetime.timezone.utc)
    >>> captured_at("2021-08-05T20:00:00.123+08:00").astimezone(UTC).isoformat()
    '2021-08-05T12:00:00.123000+00:00'
    >>> captured_at("2021-08-05 12:00:00").isoformat(), captured_at("20210805120000").isoformat()
    ('2021-08-05T12:00:00+00:00', '2021-08-05T12:00:00+00:00')
    >>> captured_at("Thu, 5 Aug 2021 12:00:00 +0800").astimezone(UTC).isoformat()
    '2021-08-05T04:00:00+00:00'
    >>> captured_at("Thu Aug 05 2021 20:00:00 GMT+0800 (China Standard Time)").astimezone(UTC).isoformat()
    '2021-08-05T12:00:00+00:00'
    >>> captured_at(""), captured_at("yesterday"), captured_at("20211305120000")
    (None, None, None)
    """
    value = (value or "").strip()
    if not value:
        return None
    moment = _parse_capture(value)
    if moment is None:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _parse_capture(value: str) -> datetime | None:
    try:
        if re.fullmatch(r"\d{14}", value):
            return datetime.strptime(value, "%Y%m%d%H%M%S")  # noqa: DTZ007 (zone added by the caller)
        if re.match(r"\d{4}-\d{2}-\d{2}", value):
            return datetime.fromisoformat(value)
        if m := _JS_DATE.match(value):
            if m["mon"].lower() not in _MONTHS:
                return None
            h, mi, sec = (int(x) for x in m["t"].split(":"))
            zone = None
            if m["off"]:
                minutes = int(m["off"][1:3]) * 60 + int(m["off"][3:])
                zone = timezone(timedelta(minutes=-minutes if m["off"][0] == "-" else minutes))
            month = _MONTHS.index(m["mon"].lower()) + 1
            return datetime(int(m["y"]), month, int(m["d"]), h, mi, sec, tzinfo=zone)
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def outlet_from_hints(hints: dict[str, str]) -> str:
    """The outlet named in <meta> tags, or the last part of the page <title> when it names one."""
    for key in SOURCE_HINT_KEYS:
        value = (hints.get(key) or "").strip()
        if value and len(value) <= 30 and not re.search(r"\d{4}", value):
            return value
    for key in ("author", "article:author", "dc.creator", "publisher", "dc.publisher"):
        value = (hints.get(key) or "").strip()
        if value and len(value) <= 20 and OUTLET_WORD.search(value):
            return value  # <meta name="author" content="某某日报">: the outlet, not a writer
    title = hints.get("title", "")
    parts = [p.strip() for p in re.split(r"\s[-–—]\s|_|[|｜]", title) if p.strip()]
    if len(parts) >= 2 and len(parts[-1]) <= 16 and OUTLET_WORD.search(parts[-1]):
        return parts[-1]
    return ""


def outlet_value(value: str) -> str:
    """The outlet in a 来源 value: the first name, never a date (来源: 2021-08-05 转载 → ''), without the
    issue and page in brackets after it.

    >>> outlet_value("清河日报（2022年04月09日 第03版）"), outlet_value("清河日报（客户端）")
    ('清河日报', '清河日报（客户端）')
    >>> outlet_value("发布者:"), outlet_value("不详"), outlet_value("《清河周刊》记者/韦晓岚")
    ('', '', '清河周刊')
    >>> outlet_value("清河广电中心站/韦晓岚 通讯员/骆志平"), outlet_value("清河日报社/清河新闻")
    ('清河广电中心站', '清河日报社/清河新闻')
    >>> outlet_value("公众号 清河发布"), outlet_value("“清河发布”微信公众号"), outlet_value("清河（ID：qh）")
    ('清河发布', '清河发布', '清河')
    >>> outlet_value("微信公号“清河日报”"), outlet_value("http://news.example.cn/2022/0121/1.shtml")
    ('清河日报', '')

    >>> outlet_value("“学习清河”学习平台"), outlet_value("本站原创"), outlet_value("本网")
    ('“学习清河”学习平台', '本站原创', '本网')
    >>> outlet_value("清河日报参与互动我要评论"), outlet_value("清河日报次阅读"), outlet_value("?诰W(wǎng)")
    ('清河日报', '清河日报', '')
    >>> outlet_value("受访者供图(下同)"), outlet_value("清河区融媒体中心供图")
    ('', '')

    """
    value = re.sub(
        r"[（(][^（()）]*(?:19|20)\d{2}[^（()）]*[）)]|[（(]\s*第?\s*[A-Za-z]?\d{1,3}\s*版\s*[）)]"
        r"|[（(]\s*(?:微信)?(?:ID|id|微信号)\s*[:：][^（()）]*[）)]",  # 某某发布（ID：abc）: a handle
        " ",
        value,
    )
    value = re.sub(
        r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?",
        " ",
        value,
    )
    from .bylines import CREDITED_BOOK

    if CREDITED_BOOK.match(value):  # 来源:《某某》记者/甲: the outlet, not its reporter
        return CREDITED_BOOK.match(value).group(1)
    for part in re.split(r"[\s\u00a0|｜]+|(?<=[^\s【])(?=【)", value.strip()):  # 某某日报【字体：大 中 小】
        part = strip_closers(part).rstrip("；;，,、。-－—")  # 【来源：某某日报】 2021-08-05; 某某网- (cut)
        part = part[:-2] if part.endswith("原创") and len(part) > 4 else part  # 来源:某某融媒体原创
        if re.match(r"(?:https?://|www\.)", part, re.I):
            continue  # 文章来源:http://…: the page's address, no outlet's name
        part = _PLATFORM.sub("", part)  # “某某发布”微信公众号: the account's name, its quotes off
        part = _BUTTONS.sub("", part) or part  # 某某日报参与互动: the page's buttons glued on
        if part[:1] in '“"「『《' and part[-1:] in '”"」』》':  # (“某某”某某平台 keeps its quote)
            part = part[1:-1]  # 《某某》: a periodical's name in its title marks
        slashed = re.fullmatch(r"(.+?)[/／](.*)", part)
        if slashed and (not slashed[2] or _CREDIT_WORD.fullmatch(slashed[2]) or names_a_person(slashed[2])):
            part = slashed[1]  # 某某台/韦晓岚, 某某日报/记者: the outlet, then its writer
        if part.endswith((":", "：")) or _NEXT_KEY.match(part):  # 来源:发布者:时间:…, 来源: 主编:甲
            return ""  # (the field left empty, the next key after it)
        if "?" in part or "\ufffd" in part:
            return ""  # 来源:?诰W(wǎng): a converter's garble of the outlet's name, no name
        part = re.sub(r"(?<=..)(?:添加|录入|上传|更新)$", "", part)  # 来源:未知添加时间:…: the next key's
        if re.search(r"供图(?:[（(]下同[）)])?$", part):
            return ""  # 来源:受访者供图(下同): where a caption's picture came from, not the page's outlet
        if part in ("不详", "未知", "佚名", "暂无") or GAMBLING.search(part):  # (a hijacked mirror's ad)
            return ""  # 来源:未知 2022-04-09 我要评论: none (来源:本站原创 is kept as written, as 网络 is)
        if (
            part
            and not re.fullmatch(r"[\d:：\-/.]+|转载|原创|作者", part)
            and not _CREDIT_WORD.fullmatch(part)
        ):
            return part  # (来源:通讯员: a writer's key, the outlet left unnamed)
    return ""


_NEXT_KEY = re.compile(r"^(?:主编|总编|编辑|责编|责任编辑|作者|记者|审核|审稿|校对|发布者?|发布人)[:：]")
_BUTTONS = re.compile(
    r"(?:参与互动|我要评论|我要投稿|分享到|打印本页|收藏本页|关闭窗口|\d*次(?:阅读|浏览|点击)|阅读量|浏览量)+$"
)
# The platform an account is on, before or after its name (微信公众号 某某发布, 某某日报官方微信).
_PLATFORM = re.compile(r"^(?:微信)?公(?:众)?号\s*[:：]?|(?:微信)?公(?:众)?号$|官方微信$|微信号$")
# A writer's key standing after an outlet's slash in a 来源 value (某某日报/记者 甲).
_CREDIT_WORD = re.compile(
    r"(?:特约|见习|首席|全媒体|融媒体)?(?:记者|通讯员)|作者|编辑|责编|文|图|摄影?|撰文|撰稿"
)


# 标题[某某时报], 标题【某某网】, 标题(某某网): the outlet a reposted headline names in brackets at its end
_BRACKETED_OUTLET = re.compile(r"\s*[\[【(（]([\u4e00-\u9fff]{2,12})[\]】)）]$")


def bracketed_outlet(headline: str) -> str:
    """The outlet in brackets closing a headline, or ''.

    >>> bracketed_outlet("隔离不隔爱[清河时报]"), bracketed_outlet("楼栋长的一天【组图】")
    ('清河时报', '')
    >>> bracketed_outlet("某县:密织防控网(清河晨报网)"), bracketed_outlet("一场特殊的婚礼(图)")
    ('清河晨报网', '')
    """
    m = _BRACKETED_OUTLET.search(headline)
    return m[1] if m and OUTLET_WORD.search(m[1]) and not OWN_OUTLET.fullmatch(m[1]) else ""


def without_bracketed_outlet(headline: str) -> str:
    return _BRACKETED_OUTLET.sub("", headline) if bracketed_outlet(headline) else headline


def names_a_person(value: str) -> bool:
    """A 来源 value that is a person's name (来源：韦晓岚), not an outlet: two or three characters opening
    with a surname, no outlet's word, no division's name, no unit's suffix (来源：宣传部, 来源：区委办).

    >>> names_a_person("韦晓岚"), names_a_person("清河网"), names_a_person("常州"), names_a_person("网络")
    (True, False, False, False)
    """
    from .bylines import is_surname
    from .divisions import divisions

    return (
        bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", value))
        and is_surname(value[0])
        and not OUTLET_WORD.search(value)
        and not value.endswith(("部", "局", "委", "办", "厅"))  # a unit: 宣传部, 统计局, 区委办
        and value not in divisions()
    )


def strip_closers(value: str) -> str:
    """A field's value without the brackets that close the line around it — `(来源:清河日报)` —
    but with its own: 清河網(wǎng), 清河日报(客户端) keep their closing bracket.

    >>> strip_closers("清河日报）"), strip_closers("清河網(wǎng) "), strip_closers("某某网(客户端))")
    ('清河日报', '清河網(wǎng)', '某某网(客户端)')
    """
    value = value.strip(" \u00a0\u3000").lstrip(")）】]").lstrip(" \u00a0\u3000")
    pairs = {")": "(", "）": "（", "】": "【", "]": "["}
    while value and value[-1] in pairs and value.count(value[-1]) > value.count(pairs[value[-1]]):
        value = value[:-1].rstrip(" \u00a0\u3000")
    return value


def dateline_outlet(line: str, date_text: str) -> str:
    """`新民晚报| 2022-04-09 12:47` or `广西日报  2022-07-22` (`某某网讯 2022-07-22`): the outlet standing
    beside the date.

    >>> dateline_outlet("清河新闻网讯 2022-04-09", "2022-04-09")
    '清河新闻网'
    >>> dateline_outlet("2022-04-09 10:20 清河日报社/清河新闻", "2022-04-09 10:20")
    '清河日报社/清河新闻'
    >>> dateline_outlet("原载于清河日报 2022年4月9日", "2022年4月9日")
    '清河日报'
    >>> dateline_outlet("2022-04-09 10:20  《清河周刊》—清河网  字号:T|T", "2022-04-09 10:20")
    '《清河周刊》—清河网'
    """
    rest = line.replace(date_text, " ") if date_text else line
    parts = []
    for part in re.split(r"[\s\u00a0\u3000|｜]+", rest):
        joint = [p for p in part.split("/") if p]  # 某某日报社/某某新闻: a paper and its app, one outlet
        parts += [part] if len(joint) > 1 and all(OUTLET_WORD.search(p) for p in joint) else joint
    parts = [re.sub(r"(?<=[网报台])讯$", "", re.sub(_PROVENANCE, "", p)) for p in parts]  # 原载于某某日报
    names = [
        p for p in parts if re.fullmatch(r"[\u4e00-\u9fffA-Za-z·/《》—]{2,24}", p) and OUTLET_WORD.search(p)
    ]
    names = [p for p in names if not _PROGRAMME.search(p) and not OWN_OUTLET.fullmatch(p)]  # 晚间新闻, 本报
    return names[0] if len(names) == 1 else ""


# The words that say where a text first stood (原载于某某日报, 摘自, 转自): the outlet is after them.
PROVENANCE = r"(?:原载于?|原刊于?|刊载于|刊于|载于|摘自|选自|转载自|转载于|转自|来自|来源于)"
_PROVENANCE = rf"^{PROVENANCE}"
# A broadcast programme's name (午间新闻, 某某新闻联播, 新闻广场, 某某直播间): the show, not its station.
_PROGRAMME = re.compile(r"^(?:早间|午间|晚间|夜间|整点)|(?:联播|直播间|广场|访谈|播报)$")
# Words that open a dateline and name no outlet: a status, a key without its colon, the site's own word.
_NO_OUTLET = re.compile(
    r"^(?:本|我)(?:报|网|站|台|刊)$|原创|转载|首页|来源|作者|编辑|发布|发表|时间|日期|更新|星期|今天"
    r"|^(?:[Ii]mage|IMG|[Pp]hoto|图片|视频)$"  # an image's placeholder before the date
)


def outlet_opening(line: str, date_text: str) -> str:
    """`某某在线·某地 2020-02-19 阅读量 148`: the one name that opens the dateline under the headline,
    the date right after it, whatever word ends it (no 网 or 报 needed); '' for a writer's name
    (`韦晓岚 2020-03-03`), a place, a status or a key.

    >>> outlet_opening("清河文明实践   2020-03-11 08:58  编辑:甲", "2020-03-11 08:58")
    '清河文明实践'
    >>> outlet_opening("韦晓岚 2020-03-03", "2020-03-03"), outlet_opening("清河县 2020-03-03", "2020-03-03")
    ('', '')
    >>> outlet_opening("原创 2020-03-03", "2020-03-03"), outlet_opening("2020-03-03 清河在线", "2020-03-03")
    ('', '')
    >>> outlet_opening("晚间新闻广场 2020-03-03", "2020-03-03"), outlet_opening("清河联播 2020-03-03", "")
    ('', '')
    """
    from .divisions import divisions

    at = line.find(date_text) if date_text else -1
    head = line[:at].strip(" \u00a0\u3000|｜") if at > 0 else ""
    if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z·+＋]{1,15}", head):
        return ""
    if names_a_person(head) or head in divisions() or _NO_OUTLET.search(head) or _PROGRAMME.search(head):
        return ""
    return head


def byline(line: str) -> tuple[str, list[str]] | None:
    """`清河日报·清河客户端记者 苑晓丽` → ('清河客户端', ['苑晓丽']); None for anything else."""
    m = _BYLINE.match(line.strip().lstrip("□■●◆◇").strip())  # □本报记者 某某: a paper's mark before it
    if not m:
        return None
    outlet = (m["outlet"] or "").split("·")[-1]
    outlet = re.sub(r"^(本报|本台|本网)$", "", outlet)
    names = [n for n in re.split(r"[\s、,，]+", m["names"]) if n]
    return outlet, names


def site_from(lines: list[str], hints: dict[str, str], credits: list[str] | None = None) -> str:
    """The site a page was captured from: og:site_name, a 返回X首页 link, an app badge, a copyright line,
    else where the chrome or a credit (`credits`, the metadata lines) names it.

    >>> site_from(["您当前的位置 : 清河新闻网 >> 今日聚焦"], {}), site_from(["欢迎来到清河网,请登录"], {})
    ('清河新闻网', '清河网')
    >>> site_from(["本文为清河新闻网原创文章,转载请注明出处。"], {}), site_from([], {}, ["(清河网编辑 甄萌)"])
    ('清河新闻网', '清河网')
    >>> site_from(["當前位置: 清河新聞網 > 原創"], {})  # traditional script: the name as printed
    '清河新聞網'
    """
    credits = credits or []
    if hints.get("og:site_name"):
        return hints["og:site_name"]
    for line in lines:
        m = re.search(r"返回(\S{1,12}?)首页", line)
        if m:
            return m.group(1)
    for line in lines:
        m = re.match(
            r"^(?:扫码|扫描二维码|长按|请|\d步)?(?:关注|下载|打开)?\s*(\S{1,12}?)(客户端|公众号|官方微博|官方微信|APP)$",
            line.strip(),
        )
        if m and m.group(1) not in ("打开", "下载", "关注", "安装"):  # (打开APP names no app)
            return m.group(1)
    for line in lines:
        m = re.match(r"^([^\s:：]{2,12}(?:网|报|台|在线|新闻))[\s\u00a0]+\S", line.strip())
        if m:
            return m.group(1)
        m = re.search(r"版权所有\s*[:：]?\s*([\u4e00-\u9fff]{2,16})", line)
        if m and not _FILING.search(m.group(1)):  # (版权所有 某省公网安备…: the filing, no owner)
            return m.group(1)
        m = re.search(r"(?:©|copyright)\s*[\d\-–]*\s*([\u4e00-\u9fff]{2,16})\s*版权所有", line, re.I)
        if m:  # © 某某日报 版权所有: the owner before the words
            return m.group(1)
    for pattern in _SITE_NAMED:
        for line in [*lines, *credits]:
            line = line.strip()
            simple = plain(line)  # 當前位置: 某某網 >: the words in simplified script, the name as printed
            m = pattern.search(simple)
            if m and m.group(1) not in ("首页", "主页", "网站首页", "本网", "本站"):
                return line[m.start(1) : m.end(1)] if len(simple) == len(line) else m.group(1)
    return ""


_FILING = re.compile(r"公网安备|网安备|备案|许可证|ICP", re.I)


# Where a page names its own site, in order of trust: the first crumb of its breadcrumb (您当前的位置：
# 某某网 > 新闻), its greeting (欢迎来到某某网), its rights notice (本文为某某网原创, 均为某某在线独家
# 版权所有, 版权均属某某网所有), a Copyright line with a domain, an editor's credit (某某网编辑 某某).
_SITE_NAMED = [
    re.compile(
        r"^(?:\W{0,3}(?:您|你)?(?:当前|现在)?的?(?:所在)?位置\s*[:：]?\s*)?([\u4e00-\u9fff]{1,10}(?:网|在线|视觉|之窗|日报|晚报|时报))\s*(?:>>|[>＞»›])"
    ),
    re.compile(r"^欢迎(?:来到|访问|光临)([\u4e00-\u9fff]{2,12}?)[,，!！\s]"),
    re.compile(r"本(?:文|稿|站|网)为([\u4e00-\u9fff]{2,12}?)原创"),
    re.compile(
        r"(?:为|归|属)([\u4e00-\u9fff]{2,12}?(?:网|在线|报社|日报|晚报|视觉|之窗))(?:独家)?(?:版权)?所有"
    ),
    re.compile(r"copyright[\s©\d\-–]*([a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|cn|net|org)(?:\.cn)?)\b", re.I),
    re.compile(r"^[（(]?([\u4e00-\u9fff]{2,10}(?:网|在线))(?:责任|网络)?编辑"),
]
