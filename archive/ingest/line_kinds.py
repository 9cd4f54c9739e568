"""Each line's first kind on a page: metadata (datelines, fields, credits), site chrome, or body.

Pure helpers for clean.py, which then finds the headline and the body span among the body lines. A line
of `key: value` fields, a date with a short tail, a credit or a newspaper's print citation is metadata;
chrome is recognised in chrome.py; the rest is body until the layout says otherwise. A headline printed
on one line with its dateline is split from it first.
"""

from __future__ import annotations

import re

from .bylines import credit_names, nameless_credit
from .chrome import is_boilerplate
from .fields import DATE_KEYS, split_glued_dateline
from .fields import FIELD_RE as _FIELD_RE
from .fields import fields as _fields
from .glossed import has_gloss, plain
from .headline import title_candidate
from .headline_text import ORIGINAL_TITLE as _ORIGINAL_TITLE
from .layout import CRUMB_SEPARATORS, POSITION_LINE, PUBLICATION_FIELD, is_crumb, is_prose
from .metadata import byline
from .printed_dates import CN_DATE_RE, DATE_VALUE, DMY_DATE_RE, SHORT_YEAR
from .printed_dates import DATE_RE as _DATE_RE
from .story_end import listed_contacts as _listed_contacts

_POSTED = re.compile(r"^(?:发表|发布|发帖)于\s*[:：]?\s*(?:19|20)\d{2}\s*[-/.年]")
CONTRIBUTED_RE = re.compile(r"^[（(]?\s*(\S{2,30}?)\s*供稿\s*[）)]?$")
# A newspaper's print citation under a reprinted story: 《 某某日报 》（ 2020年03月09日   10 版）
_PRINT_CITATION = re.compile(
    r"^《\s*[^《》]{2,16}?\s*》\s*[（(]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"\s*(?:第?\s*[A-Za-z]?\d{1,3}\s*版)?\s*[）)]$"
)
# A paper's issue line (期号) over or under the story: 2021年第5期（总第1024期） 第三版, 《某某报》总第388期
_ISSUE_LINE = re.compile(
    r"^(?:《[^《》]{2,16}》\s*)?(?:(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*期|第\s*\d{1,4}\s*期\s*(?=[（(]?\s*总第)|(?=总第))"
    r"(?:\s*[（(]?\s*总第\s*\d{1,5}\s*期\s*[）)]?)?(?:\s*[^\s，,。！？!?；;：:]{0,6}版)?\s*$"
)
# A date inside a clause, words on both sides of it (活动将于2024-05-20举行), never a dateline's: unless what
# follows is the date's weekday, a page number or a key (…2022年4月9日第3版, …2022-04-09发布)
_DATE_IN_CLAUSE = re.compile(
    r"^[\u4e00-\u9fff]\|(?!星期|周|礼拜|第|版|发布|发表|首发|更新|来源|编辑|作者|讯|电)[\u4e00-\u9fff]"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CREDIT_AFTER_DATE = re.compile(r"记者|記者|通讯员|通訊員|实习生|實習生|发自|發自|作者|编辑|編輯")
_CLOSING_BRACKETS = re.compile(r"\s*[（(][^（()）]{1,40}[）)]\s*$")


# A digital edition's issue and page before its fields: 第1024期:第05版 本期出版日期:2021-03-15
_EDITION = re.compile(r"^第\s*\d{1,5}\s*期\s*[:：]?\s*(?:第\s*[A-Za-z]?\d{1,3}\s*版\s*[:：]?\s*)?(?:本期)?")
_MONTH_LED = re.compile(r"(?:19|20)\d\d\s*(?:[-/.]|年)\s*\d{1,2}\s*月?(?![\d日号/.-])")  # a month alone


# The site's address glued before the page's date (http://www.example.cn/2020年02月20日 08:47:33)
# http://www.example.cn/2020年…, zz.example.com  2022-11-28 22:39:35: the site's address before the date
_ADDRESS_BEFORE_A_DATE = re.compile(
    r"^(?:(?:https?://|www\.)[\x21-\x7e]+?/|(?:[a-z0-9-]+\.)+[a-z]{2,6}\s+)(?=(?:19|20)\d{2}\s*[-/.年])", re.I
)


def _unbulleted(line: str) -> str:
    return line.strip().lstrip("•·●▪■◆◇▶►").strip()


def is_metadata_line(line: str) -> bool:
    """A page's line of fields, date or credits.

    >>> is_metadata_line("http://www.example.cn/2020年02月20日 08:47:33 |")
    True
    >>> is_metadata_line("www.example.cn")
    False
    """
    s = _unbulleted(line)  # • 来源 :某某: a bullet before the key
    s = _ADDRESS_BEFORE_A_DATE.sub("", s)
    if CONTRIBUTED_RE.match(s) and len(s) <= 34 or _PRINT_CITATION.match(s) or _ISSUE_LINE.match(s):
        return True
    pairs = _fields(s)
    # …站满一班岗。（记者 某某 通讯员 某某）: a story's line and its credit
    told = _CLOSING_BRACKETS.sub("", s)  # however short the sentence (大家都说好。（记者 某某）), not a key's
    sentence = told.rstrip('”"’').endswith(("。", "！", "？", "!", "?")) and len(_CJK.findall(told)) >= 4
    if pairs and len(s) <= 120 and not s.endswith("。") and not (sentence and not _FIELD_RE.match(told)):
        starts_with_key = _FIELD_RE.match(_EDITION.sub("", s)) is not None  # 第4386期:第02版 出版日期:…
        # 2021-05 来源：…, 21-05-06 08:20 来源：…
        date_led = any(p.match(s) for p in (_DATE_RE, _MONTH_LED, SHORT_YEAR))
        if starts_with_key or date_led or len(pairs) >= 2:
            return True
    m = _DATE_RE.match(s) or CN_DATE_RE.match(s) or DMY_DATE_RE.match(s) or SHORT_YEAR.match(s)
    if m and len(s) - len(m.group(0)) <= 12 and not s.endswith("。"):
        return True
    parts = [p for p in re.split(r"\s*[|｜]\s*|\s{2,}", s[m.end() :] if m else "") if p]
    if m and parts and all(len(p) <= 12 for p in parts) and not re.search(r"[，,。！？；]", s):
        return True  # 2022-04-09 10:20 | 某某日报 | 浏览 12: a dateline with its fields between bars
    if m and _CREDIT_AFTER_DATE.search(s, m.end()) and not re.search(r"[，,。！？；]", s):
        return True  # 2021-06-10 11:17某某某报实习生甲乙发自某地: the date, then the writers' credit
    if _POSTED.match(s) and not re.search(r"[，,。！？；]", s):
        return True  # 发表于 2021-4-15 09:12 | 只看该作者: a post's dateline with its buttons
    m = _DATE_RE.search(s)  # 新民晚报| 2022-04-09 12:47: an outlet beside the date
    return (
        bool(m)
        and len(s) - len(m.group(0)) <= 16
        and not re.search(r"[，,。！？；]", s)
        and not _DATE_IN_CLAUSE.search(s[: m.start()][-1:] + "|" + s[m.end() :])
    )


def _is_key_led(line: str) -> bool:
    # 【纠错】 责任编辑: 某某, 字号+ 作者: 某某, 放大字体 缩小字体 日期:…: buttons before the key
    s = re.sub(r"^(?:【[^】]{1,6}】|字[号体]\s*[+＋\-－]+|(?:放大|缩小)字[体号]\s*)+\s*", "", line.strip())
    return (
        _FIELD_RE.match(s) is not None
        # (来源:某某晚报 2021-05-06 08:20 https://…: one key, but the page's date in its value)
        and (len(s) <= 120 and (len(_fields(s)) >= 2 or _DATE_RE.search(s)) or len(s) <= 30)
        and not s.endswith("。")
        and not POSITION_LINE.search(s)
    )


# The site's address and the page's date and time, alone on a line: http://www.example.cn  2022-03-24 17:00:33
_ADDRESS_DATELINE = re.compile(
    r"^(?:https?://)?(?:www\.)?[A-Za-z0-9.-]+\.[A-Za-z]{2,6}/?\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$"
)


def _keyed_dateline(line: str) -> bool:
    """A line of fields that dates the page (网址:… 编辑:… 时间:2022-03-07 点击:), whatever key opens it:
    a contact or counter key beside the date does not make it the site's footer; the site's address and
    the page's date and time alone are its dateline too.

    >>> _keyed_dateline("网址:example.cn 编辑:清河网 时间:2022-03-07 点击:"), _keyed_dateline("电话:12345")
    (True, False)
    >>> _keyed_dateline("http://www.example.cn   2022-03-24 17:00:33")
    True
    """
    s = line.strip()
    if _ADDRESS_DATELINE.match(s):
        return True
    if len(s) > 120 or s.endswith("。"):
        return False
    pairs = _fields(s)
    dated = [v for k, v in pairs if k in DATE_KEYS - {"更新时间"} and _DATE_RE.match(v)]
    return bool(dated) and len(pairs) >= 2


def _is_byline(line: str) -> bool:
    return len(line) <= 40 and (
        byline(line) is not None or credit_names(line) is not None or nameless_credit(line)
    )


# A source, writer or editor key alone on its line, its value printed on the next (来源: / 某某日报).
_LONE_KEY = re.compile(r"(?:(?:文章|稿件|信息|新闻)?来源|作者|撰稿|记者|通讯员|(?:责任)?编辑|审核)\s*[:：]")
_KEY_VALUE = re.compile(r"[\u4e00-\u9fffA-Za-z·\-－—/、 ]{2,20}")


def joined_keys(lines: list[str]) -> list[str]:
    """A key standing alone (`来源:`) and its value on the line under it, as one line of fields.

    >>> joined_keys(["来源:", "清河日报", "社区的清晨。"]), joined_keys(["来源:", "“大家好。”"])
    (['来源:清河日报', '社区的清晨。'], ['来源:', '“大家好。”'])
    """
    out: list[str] = []
    for line in lines:
        if out and _LONE_KEY.fullmatch(out[-1].strip()) and _KEY_VALUE.fullmatch(line.strip()):
            if not _FIELD_RE.search(line) and not is_boilerplate(line):
                out[-1] = out[-1].strip() + line.strip()
                continue
        out.append(line)
    return out


# A headline, its date under a key and the story's dateline printed as one line:
# 标题時間:2022-11-25 某某社某地讯…
_HEADLINE_KEYED_DATE = re.compile(
    rf"^(?P<head>.{{6,60}}?)\s*(?P<date>(?:发布|發布)?(?:时间|時間|日期)\s*[:：]\s*{DATE_VALUE})\s*(?P<rest>\S.{{19,}})$"
)


def split_headline_keyed_date(line: str) -> list[str] | None:
    """[headline, date, story] of a line that prints all three (`标题時間:2022-11-25 某某社某地讯（…）…`), the
    story opening with its dateline; None for anything else.

    >>> split_headline_keyed_date("青松社区的志愿者时间:2022-11-25 清河社清河讯（记者 甲）近日，大家上岗了。")
    ['青松社区的志愿者', '时间:2022-11-25', '清河社清河讯（记者 甲）近日，大家上岗了。']
    >>> split_headline_keyed_date("活动时间:2022-11-25 地点在青松社区，欢迎大家参加，请带好身份证。") is None
    True
    """
    from .fields import dateline_opens

    m = _HEADLINE_KEYED_DATE.match(line.strip())
    if not m or not title_candidate(m["head"]) or not dateline_opens(m["rest"]):
        return None
    return [m["head"], m["date"].strip(), m["rest"]]


# The bodies whose own sites print their name before the date, under the headline (a town's government,
# a county's media centre)
_PUBLISHING_UNITS = ("人民政府", "政府办", "融媒体中心", "新闻中心", "委员会", "办事处", "宣传部", "管委会")


_TITLED = re.compile(r"[^\s:：|]{6,40}?[!！?？)）”\u4e00-\u9fff]")
_QUOTED_WHOLE = re.compile(r"[“「『][^“”「」『』]{4,40}[”」』]")
_DATE_KEY_AT_END = re.compile(r"(?:发布|发表|更新|录入)?(?:时间|日期)\s*[:：]\s*$")


_HOME_CRUMB = re.compile(r"(?:首页|首頁|主页|主頁|网站首页|網站首頁)$")


# 标题 来源:某某 作者:甲 时间:2021-12-31: the headline, a space, then the page's fields up to the date
_FIELDS_AFTER_HEADLINE = re.compile(
    r"(?P<head>\S.{5,40}?)\s+(?P<fields>(?:来源|稿源|作者|记者|发布时间|发布日期|时间|日期)\s*[:：].*)$"
)


def _headline_then_fields(line: str) -> list[str] | None:
    """The headline (a space inside it allowed: 守护不易 谢谢有你) and the fields after it (a source or an
    author among them), the line ending with the date: two lines.

    >>> _headline_then_fields("守护不易 谢谢有你 来源:青禾报 作者:甲乙 时间:2021-12-31")
    ['守护不易 谢谢有你', '来源:青禾报 作者:甲乙 时间:2021-12-31']
    >>> _headline_then_fields("活动地点 青松社区 时间:2021-12-31") is None
    True
    """
    m = _FIELDS_AFTER_HEADLINE.match(line.strip())
    date = _DATE_RE.search(m["fields"]) if m else None
    if date is None or date.end() != len(m["fields"]):
        return None
    if not re.search(r"(?:来源|稿源|作者|记者)\s*[:：]", m["fields"]):
        return None  # (活动地点 某社区 时间:…: a notice's time, no page's fields)
    head = m["head"].strip()
    if re.search(r"[，,。；;：:]", head) or not title_candidate(head) or len(plain(head)) < 8:
        return None
    return [head, m["fields"]]


def split_crumb_headline(lines: list[str]) -> list[str]:
    """`当前位置:首页 > 频道 标题——副题`: a breadcrumb near the top whose last item is the headline
    (printed nowhere else on the page) → the trail and the headline as two lines; a channel's name of a
    few characters before a space goes with the trail.

    >>> split_crumb_headline(["首页 > > 青松村564名党员坚守防疫一线,守好村口", "正文。"])
    ['首页 > >', '青松村564名党员坚守防疫一线,守好村口', '正文。']
    """
    for i, line in enumerate(lines[:8]):
        parts = [p.strip() for p in CRUMB_SEPARATORS.split(line.strip())]
        if len(parts) < 2 or not (POSITION_LINE.search(line) or _HOME_CRUMB.search(parts[0])):
            continue
        tail = parts[-1]
        channel, _, rest = tail.partition(" ")
        tail = rest.strip() if rest and len(channel) <= 6 and len(plain(rest)) >= 8 else tail
        if len(plain(tail)) < 10 or not title_candidate(plain(tail)) or _DATE_RE.search(tail):
            continue
        if any(tail in other for j, other in enumerate(lines) if j != i):
            continue  # the headline printed on its own line too: that line is the headline
        return [*lines[:i], line[: line.rfind(tail)].rstrip(), tail, *lines[i + 1 :]]
    return lines


def split_headline_dateline(lines: list[str]) -> list[str]:
    """`标题! 2022-02-17 15:01:02  来源:某某日报` → the headline and its dateline as two lines
    (only above the first sentence, only when what follows the date is a short metadata tail); a dateline
    glued to the first sentence (`2022/6/2 来源:某某“…”…`) is split from it too; a key alone and its
    value on the next line are joined (`来源:` / `某某日报`)."""
    lines = split_crumb_headline(joined_keys(lines))
    for i, line in enumerate(lines):
        m = _DATE_RE.search(line) or SHORT_YEAR.search(line)  # 某某网 21-08-08 09:40 【打印】 来源:…
        if is_prose(line) and not m and not is_boilerplate(line):  # (忘记密码? above the headline)
            break
        glued = split_glued_dateline(line) or split_headline_keyed_date(line) or _headline_then_fields(line)
        if glued:
            return [*lines[:i], *glued, *lines[i + 1 :]]
        dated_title = m is not None and m.end() == len(line.rstrip()) and _TITLED.fullmatch(line[: m.start()])
        # 标题 发布时间:2020-09-23 来源:某某: the date's key goes with the date
        cut = m.start() - len(key.group()) if m and (key := _DATE_KEY_AT_END.search(line[: m.start()])) else 0
        cut = cut or (m.start() if m else 0)
        # 标题 2022-03-23  来源:某某  阅读数:72: a headline before a whole dateline, on one line
        dated_title = dated_title or (
            m is not None
            and cut >= 8
            and re.match(r"\s*来源\s*[:：]", line[m.end() :]) is not None
            and title_candidate(line[:cut].strip())
            and (
                not re.search(r"[，,。；;：:]", line[:cut])
                or _QUOTED_WHOLE.fullmatch(line[:cut].strip()) is not None  # “请把任务,交给我们”: quoted
            )
        )
        if not m or m.start() < 4 or is_metadata_line(line) and not dated_title or _is_key_led(line):
            continue  # (标题(七)2020年02月23日 20:27: a headline and its day glued, nothing else: split)
        head, tail = line[:cut].strip(), line[cut:].strip()
        sourced = re.search(r"来源\s*[:：]", tail) and not re.search(
            r"[。；;]", head
        )  # 标题,副句! 日期 来源:某某
        if i and title_candidate(lines[i - 1]) and head.endswith(_PUBLISHING_UNITS):
            continue  # 标题 / 某某镇人民政府 2021-03-09 阅读量 208: the publishing unit under the headline
        if title_candidate(head) and (sourced or not re.search(r"[，,。；;]", head)) and len(tail) <= 40:
            return [*lines[:i], head, tail, *lines[i + 1 :]]
    return lines


def classify(lines: list[str]) -> list[str]:
    kinds: list[str] = []
    for n, line in enumerate(lines):
        simple = plain(line) if has_gloss(line) else line  # 責(zé)任編輯: a converter's pinyin glosses
        bare = _unbulleted(line)  # • 2022-11-29 / • 來源:某某日報 in a bar's list
        # 来源:X 时间:Y … 版权声明: the fields win over the copyright word
        if _is_key_led(line) or simple != line and _is_key_led(simple):
            kinds.append("metadata")
        elif bare != line.strip() and (_is_key_led(bare) or _DATE_RE.fullmatch(bare)):
            kinds.append("metadata")
        elif _ORIGINAL_TITLE.match(line) or n and _ORIGINAL_TITLE.fullmatch(lines[n - 1]):
            kinds.append("metadata")  # 原标题: … (on its line or the next): the repost's note
        elif len(line) <= 40 and credit_names(line) is not None:  # 记者 甲 通讯员 乙: no link row
            kinds.append("metadata")
        elif _keyed_dateline(line):  # 网址:… 时间:2022-03-07: the dateline, not a contact line
            kinds.append("metadata")
        elif len(line) <= 80 and PUBLICATION_FIELD.search(line):  # 标签:某某 | 来源:某某网 | 作者:甲
            kinds.append("metadata")
        elif (
            is_boilerplate(line)
            or simple != line
            and is_boilerplate(simple)  # 相關(guān)閱讀, 參展聯(lián)系:…: chrome in a converter's script
            or _crumb_to_the_headline(line, lines[n + 1] if n + 1 < len(lines) else "")
        ):
            kinds.append("boilerplate")
        elif is_metadata_line(line) or _is_byline(line):
            kinds.append("metadata")
        else:
            kinds.append("body")
    _listed_contacts(lines, kinds)
    return kinds


def _crumb_to_the_headline(line: str, below: str) -> bool:
    """频道 > 标题 over the line 标题: a breadcrumb ending in the headline printed under it, chrome.

    >>> _crumb_to_the_headline("头条>青松社区的一天", "青松社区的一天")
    True
    >>> _crumb_to_the_headline("新闻>体育", "体育")
    False
    """
    below = below.strip()
    return len(below) >= 6 and line.strip().endswith(below) and line.strip() != below and is_crumb(line)
