"""Step 2 of the import: page text → clean article fields.

Contract: `clean_page(text, hints)` sorts every non-blank line into boilerplate (site chrome),
metadata (headline, dateline, source, bylines) or the body span, and reads the fields out of the
metadata. Pure: no I/O, no database. The rules describe how Chinese news sites lay out pages
(breadcrumbs 当前位置, 来源/作者/编辑 lines, ICP/公网安备 footers, app badges), not particular sites.
By concern: chrome.py (chrome lines by their words), footer.py (footers by their shape), layout.py
(the body span), headline.py (the headline), bylines.py (credit lines), metadata.py (dates, outlets),
fields.py (`key: value` lines and dates), line_kinds.py (each line's first kind).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from .author_fields import field_names, writer_names, writers_after
from .bylines import (
    REPORTED_FROM_LINE,
    credit_names,
    glued_credits,
    lede_credits,
)
from .chrome import is_boilerplate  # noqa: F401  (part of this module's interface)
from .editor_note import lines_above_dateline, note_lines, past_glued_caption
from .epidemic_dates import within_the_epidemic
from .fields import (
    AUTHOR_KEYS,
    DATE_KEYS,
    EDITOR_KEYS,
    SOURCE_KEYS,
    lede_outlet,
    lede_source,
    reposted_from,
)
from .fields import FIELD_RE as _FIELD_RE
from .fields import fields as _fields
from .furniture import (
    empty_keys,
    heads_link_list,
    is_post_stamp,
    menu_column,
    numbered_crumbs,
    repeated_chrome,
    strip_jammer,
)
from .glossed import unglossed
from .headline import (
    derive_title,
    headline_after_body,
    headline_index,
    held_title,
    repeated_headline,
    set_headline,
)
from .headline_text import WIRE_TITLE, drop_headline_repeats, split_headline, split_subtitle
from .kicker import under_names
from .layout import body_span, is_dated_link, is_prose, link_list, photo_credit
from .lead import LEAD_LABEL, OUTLET_NAME, SUMMARY_LABEL, SUMMARY_LED, closing_outlet, headline_over_lede
from .line_kinds import CONTRIBUTED_RE, classify, split_headline_dateline
from .metadata import (
    BARE_PAPER,
    DATE_HINT_KEYS,
    OWN_OUTLET,
    PROVENANCE,
    bracketed_outlet,
    byline,
    date_from_url,
    dateline_outlet,
    names_a_person,
    outlet_from_hints,
    outlet_opening,
    outlet_value,
    site_from,
)
from .paper_outlets import fuller_outlet, printed_outlet, read_dated_outlet, without_writer
from .partial_dates import dateline_month, parse_container_date
from .printed_dates import date_above, issue_date, parse_date, published_part
from .signed import signed_headline, writer_bio
from .title_bar import glued_list, title_bar

# A caption: its credit closing it (layout.photo_credit), or where the picture stands opening it (图为 …,
# an e-paper's 右图 …, 图① …)
_CAPTION_RE = re.compile(r"^图为|^（图|^[上下左右中]图\s|^图\s*[\d①②③④⑤⑥⑦⑧⑨⑩]")
_TABLE_BARS = re.compile(r"^\|\s+|\s+\|$|^\|$")
# A two-character key spaced out before its colon (作 者：某某, 来 源：某某网): the key, read as one word
_SPACED_KEY = re.compile(
    r"(?<![\u4e00-\u9fff])(作|来|编|记|出|时|日)[ \u3000](者|源|辑|处|间|期)(?=\s*[:：])"
)
_TITLE_KEY = re.compile(r"^[【\[(（]?\s*(?:文章|原)?[标標][题題]\s*[:：]\s*(\S.{2,78})$")
_BYLINE_KEY = re.compile(r"^[（(【\[]?\s*(记者|通讯员)")
_CLOSING_CREDIT = re.compile(
    r"[（(]\s*([\u4e00-\u9fff·]{2,4}(?:[\s、,，]+[\u4e00-\u9fff·]{2,4}){0,3})\s*[）)]\s*$"
)


@dataclass
class Paragraph:
    kind: str  # "text" | "heading" | "caption" | "note" (an editor's note before the story)
    text: str


@dataclass
class CleanPage:
    title: str = ""
    subtitle: str = ""
    is_title_derived: bool = False
    published: datetime | None = None
    date_precision: str = "unknown"  # "datetime" | "day" | "unknown"
    published_text: str = ""
    source: str = ""
    site: str = ""
    carried_by: str = ""  # the outlet a dateline names with no 来源 key: the portal showing the page
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    contributed_by: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    metadata: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


def _is_credited_caption(line: str) -> bool:
    """A photo's caption above the story, credited in brackets as a wire does: …（5月3日航拍摄）。 (a caption
    credited after its sentence, …。社区供图, opens the story's span as the pages print it)."""
    return photo_credit(line, bracketed=True)


# 江南版, 宣传部, 原创: a page, a unit or a status after the outlet, no writer's name
def _is_caption(line: str) -> bool:
    return (bool(_CAPTION_RE.search(line)) or photo_credit(line)) and len(line) <= 120


def _paragraph_kind(line: str) -> str:
    if _is_caption(line):
        return "caption"
    if len(line) <= 30 and not re.search(r"[，,。！？!?；;]", line) and not line.endswith(("：", ":", "…")):
        if re.search(r"[\u4e00-\u9fff]", line):
            return "heading"
    return "text"


def prefer_container_metadata(page: CleanPage, hints: dict[str, str]) -> CleanPage:
    """Trusted metadata from the container (dataset columns, front matter, WeChat variables, WACZ
    pages.jsonl, SingleFile) over what was guessed from the text: the `archive:*` hints.

    >>> prefer_container_metadata(CleanPage(title="猜的"), {"archive:title": "真标题"}).title
    '真标题'
    """
    if hints.get("archive:title", "").strip():
        page.title, page.subtitle = hints["archive:title"].strip(), hints.get("archive:subtitle", "").strip()
        page.is_title_derived = hints.get("archive:title_derived", "").strip().lower() in TRUE_CELLS
    if hints.get("archive:published"):
        value, precision, matched = parse_container_date(hints["archive:published"])  # a month, a year too
        if value:
            page.published, page.date_precision, page.published_text = value, precision, matched
    if hints.get("archive:source", "").strip():
        page.source = hints["archive:source"].strip()
    if hints.get("archive:author", "").strip():
        page.authors = field_names(hints["archive:author"])
    if hints.get("archive:site", "").strip():
        page.site = hints["archive:site"].strip()
    if hints.get("archive:editors", "").strip():
        page.editors = field_names(hints["archive:editors"])
    if hints.get("archive:contributed_by", "").strip():
        page.contributed_by = hints["archive:contributed_by"].strip()
    if hints.get("archive:editor_note", "").strip():  # the row's 编者按 column: before the story
        note = [
            Paragraph("note", ln.strip()) for ln in hints["archive:editor_note"].split("\n") if ln.strip()
        ]
        page.paragraphs = note + [p for p in page.paragraphs if p.kind != "note"]
    return page


TRUE_CELLS = {"true", "1", "yes", "是"}  # a dataset's yes/no cell (the export writes True/False)


# …。某某日报·某某新闻记者 甲: the reporter's credit run on after the lead paragraph's last sentence
_LEAD_CREDIT = re.compile(
    r"[。！？!?”]\s*([^\s。！？!?“”，,：:]{2,24}(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4})\s*$"
)


_BRACKET_LED = re.compile(r"^[【\[〔（(]")


def _read_fields(
    page: CleanPage, lines: list[str], kinds: list[str], hints: dict[str, str], first: int = 0
) -> None:
    """Date, outlet and bylines from the metadata lines, those from the headline (`first`) on before
    any above it (a site's calendar line is not the dateline), then from <meta> tags and the URL."""
    outlets: list[str] = []
    provenant: set[str] = set()  # outlets named as the text's origin (原载于某某日报, 某某网讯, 10版)
    # 作者:某某网: the outlet named as the writer (a reporter's credit, 某某日报记者 甲, names no source: the
    # development sets' annotators take the outlet from a 来源 line or a dateline only)
    outlet_as_writer: list[str] = []
    opening: list[str] = []  # 某某文明实践 2020-03-11: the name opening the dateline under the headline
    posted: tuple | None = None  # 2022-5-9 08:02:44 | 显示全部楼层: a forum's stamp on the post quoting it
    prose = next(
        (i for i in range(first, len(lines)) if kinds[i] == "body" and is_prose(lines[i])), len(lines)
    )
    listed = next((i for i in range(prose + 1, len(lines)) if heads_link_list(lines[i])), len(lines))
    for i in [*range(first, len(lines)), *range(first)]:
        line, kind = lines[i], kinds[i]
        if kind != "metadata" or i > prose and is_dated_link(line) or i > listed:  # other articles' dates
            continue
        m = CONTRIBUTED_RE.match(line)
        if m and not _fields(line):
            page.contributed_by = page.contributed_by or m.group(1)
            continue
        value, precision, matched = parse_date(published_part(line))
        if value and is_post_stamp(line):
            posted = posted or (value, precision, matched)  # a forum's post time: the article's own first
        elif page.published is None and value:
            page.published, page.date_precision, page.published_text = value, precision, matched
        keyed = _FIELD_RE.search(line)
        if matched and not line.replace(matched, "").strip(
            " []【】()（）"
        ):  # the date alone: 某某日报 beside it
            beside = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and kinds[j] == "body"]
            for j in [j for j in beside if OUTLET_NAME.fullmatch(lines[j])][:1]:
                outlets.append(lines[j])
                kinds[j] = "metadata"
        if matched and first <= i < prose:
            opening.append(outlet_opening(line, matched))
        if matched and not _fields(line):
            outlets.append(dateline_outlet(line, matched))  # 新民晚报| 2022-04-09 12:47
            # where it first stood: 原载于某某日报 2022年4月9日, 某某网讯 2022-04-09, 《某某日报》(…10版)
            if re.search(rf"{PROVENANCE}|[网报台]讯|\d\s*版", line):
                provenant.add(outlets[-1])
        elif matched and keyed and all(key in DATE_KEYS for key, _ in _fields(line)):
            outlets.append(dateline_outlet(line[: keyed.start()], ""))  # 某某在线  发布时间:2022-04-09
        elif (
            matched
            and keyed
            and matched in line[: keyed.start()]
            and not any(OUTLET_NAME.fullmatch(value.strip()) for _, value in _fields(line))
        ):  # 2022-04-09 某某日报 作者:甲 (a portal's name when the writer is another outlet)
            outlets.append(dateline_outlet(line[: keyed.start()], matched))
        names = credit_names(line) if len(line) <= 40 and not matched else None
        credit = byline(line) if not _fields(line) or _BYLINE_KEY.match(line) is None else None
        if names:  # 王某 某某报记者 李某, （某某网编辑 周某）, 新华社记者 张某 摄
            page.authors += [n for n in names[0] if n not in page.authors]
            page.editors += [n for n in names[1] if n not in page.editors]
        if credit and not names:  # 某某网通讯员 某某
            page.authors += [n for n in credit[1] if n not in page.authors]
        if credit or names and not _fields(line):
            continue
        for key, value in _fields(line):
            outlet = outlet_value(value) if key in SOURCE_KEYS and not page.source else ""
            if OWN_OUTLET.fullmatch(outlet) and re.search(rf"{outlet}\s*(?:编辑|編輯|小编)", line):
                outlet = ""  # 来源:本站编辑: the site's own editor, no outlet named
            if outlet and (not names_a_person(outlet) or _titled_elsewhere(outlet, lines)):
                page.source = outlet  # 来源：韦某 names a person, not the outlet (《某某》 in the story does)
                page.authors += [n for n in writers_after(value, page.source) if n not in page.authors]
            elif names:
                continue
            elif key in AUTHOR_KEYS and OUTLET_NAME.fullmatch(outlet := outlet_value(value)):
                outlet_as_writer.append(outlet)  # 作者:某某网 | 我要投稿: the outlet credited as the writer
            elif key in AUTHOR_KEYS:
                page.authors += [n for n in writer_names(value) if n not in page.authors]
            elif key in EDITOR_KEYS:
                page.editors += [n for n in writer_names(value) if n not in page.editors]
    if page.published is None and posted:
        page.published, page.date_precision, page.published_text = posted
    # (an outlet a dateline names with no 来源 key is the portal's, unless its reporters wrote the story)
    named = [o for o in outlets + opening if o]
    page.carried_by = next(iter(named), "")
    outlets = [o for o in named if o in provenant or _its_reporters_wrote(o, lines)]
    page.source = page.source or hints.get("archive:source", "") or next(iter(outlets), "")
    page.source = page.source or (bracketed_outlet(lines[first]) if first < len(lines) else "")
    page.source = page.source or next((o for o in outlet_as_writer if o), "")
    page.source = page.source or outlet_from_hints(hints)
    if not page.authors:  # <meta name="author" content="韩晓峰 柯文静">
        page.authors = [n for n in writer_names(hints.get("author", "")) if n != page.source]
    stacked = date_above(lines, prose) if page.published is None else None
    if stacked:  # -2021- / 10/24 / 03:03 (a date widget's parts), 首页 > 新闻  2022-10-26 (a crumb's end)
        page.published, page.date_precision, page.published_text = stacked
    if page.published is None:
        for key in DATE_HINT_KEYS:
            value, precision, matched = parse_date(hints.get(key) or "")
            if value:
                page.published, page.date_precision, page.published_text = value, precision, matched
                return
        url = hints.get("archive:url") or hints.get("canonical") or hints.get("og:url") or ""
        day = date_from_url(url)
        if day:
            page.published, page.date_precision, page.published_text = day, "day", url
            return
        day = issue_date(lines)
        if day:
            page.published, page.date_precision, page.published_text = day, "day", day.date().isoformat()
            return
        for i in range(first + bool(page.title), prose):  # 2021-05 来源：…: a month alone, no day anywhere
            if kinds[i] == "metadata" and (month := dateline_month(published_part(lines[i])))[0]:
                page.published, page.date_precision, page.published_text = month
                return


def _its_reporters_wrote(outlet: str, lines: list[str]) -> bool:
    """The page credits the outlet's own reporters (某某周末记者 甲): the outlet beside the date is the
    story's, not only the portal's that shows it."""
    roles = ("记者", "記者", "实习生", "實習生", "通讯员")
    return any(f"{outlet}{role}" in line for line in lines for role in roles)


def _titled_elsewhere(name: str, lines: list[str]) -> bool:
    """来源:南风窗 and 《南风窗》记者 in the story: a value the page writes in title marks is a periodical's
    name, however much it looks like a person's (a surname and two characters); so is one the page
    writes as an outlet, in its dateline (某某9月28日讯) or as its home (某某首页)."""
    outlet = re.compile(rf"{re.escape(name)}(?:首页|(?:\d{{1,2}}月\d{{1,2}}日)?(?:讯|訊|电|電))")
    return any(f"《{name}》" in line or outlet.search(line) for line in lines)


# 点击上方"某某"↑免费订阅,知晓某某! glued before the headline: an account's prompt, no part of the line
_SUBSCRIBE_FIRST = re.compile(r"^点击(?:上方|蓝字|关注)[^!！。]{0,40}?(?:订阅|关注)[^!！。]{0,16}[!！。]\s*")


def _past_prompt(line: str) -> str:
    """The line without an account's prompt glued before it, unless nothing worth a line is left."""
    rest = _SUBSCRIBE_FIRST.sub("", line)
    return rest if len(rest) >= 6 else line


# (某某日报) on a line of its own under the story's last paragraph: the bracket that credits its outlet
_BRACKET_ALONE = re.compile(r"[（(][^（()）]{2,24}[）)]")


def clean_page(text: str, hints: dict[str, str] | None = None) -> CleanPage:
    """Sort the page's lines and read out the article fields.

    >>> page = clean_page("当前位置:首页>新闻\\n标题——纪实\\n来源:永州日报\\n正文第一段。\\n编辑:陈小婷")
    >>> page.title, page.subtitle, page.source, page.editors, page.body
    ('标题', '纪实', '永州日报', ['陈小婷'], '正文第一段。')
    """
    hints = hints or {}
    page = CleanPage()
    lines = [ln.strip().strip("\u00a0\u3000") for ln in text.split("\n")]
    lines = [_SPACED_KEY.sub(r"\1\2", _TABLE_BARS.sub("", strip_jammer(ln))) for ln in lines]  # (标题 |)
    lines = [_past_prompt(ln) if ln.startswith("点击") else ln for ln in lines]
    lines = split_headline_dateline([ln for ln in lines if ln.strip()])
    kinds = classify(lines)
    for i in link_list(lines, kinds):  # related-article and clickbait lists, before or after the story
        kinds[i] = "boilerplate"
    for i in menu_column(lines, kinds) + empty_keys(lines, kinds) + repeated_chrome(lines, kinds):
        kinds[i] = "boilerplate"
    for i in numbered_crumbs(lines) + glued_list(lines, kinds):  # 1. 首页 / 2. 专题 / 3. 正文; 甲事乙事丙事
        kinds[i] = "boilerplate"
    bar = title_bar(lines, kinds)  # 标题 - 频道 - 站名, the page's <title> printed above its headline
    reading = [unglossed(ln) for ln in lines]  # 某某網(wǎng)手機版: a converter's glosses make no line longer
    title_idx = headline_index(reading, kinds, hints)
    over = headline_over_lede(reading, kinds, title_idx)  # 日期, 标题, 本报讯
    title_idx = under_names(reading, kinds, over) if over is not None and over != title_idx else over
    if title_idx is not None:
        page.title, page.subtitle = set_headline(lines, kinds, title_idx)
        page.title = held_title(page.title, hints)
        page.subtitle = repeated_headline(lines, kinds, title_idx, page.title, page.subtitle)
    _read_fields(page, lines, kinds, hints, title_idx or 0)

    # Body: the densest block of prose after the headline (layout.body_span); every other line
    # not already metadata is site chrome.
    start = title_idx + 1 if title_idx is not None else 0
    body_idx = body_span(lines, kinds, start, frozenset(hints.get("archive:headings", "").split("\n")) - {""})
    if len(body_idx) > 2 and SUMMARY_LABEL.fullmatch(lines[body_idx[0]]):  # 导读 alone, the summary under it
        kinds[body_idx.pop(0)] = kinds[body_idx.pop(0)] = "metadata"
    elif len(body_idx) > 1 and SUMMARY_LED.match(lines[body_idx[0]]):  # 内容提要: the story told short
        kinds[body_idx.pop(0)] = "metadata"
    elif len(body_idx) > 1 and LEAD_LABEL.fullmatch(lines[body_idx[0]]):  # 导语 alone: the lead is the story
        kinds[body_idx.pop(0)] = "metadata"
    note = note_lines(lines, body_idx)  # 编者按 …: the article's, not the story's; read on from the story
    for i in note:
        kinds[i] = "note"
    body_idx = body_idx[len(note) :]
    captions = next((n for n, i in enumerate(body_idx) if not _is_credited_caption(lines[i])), 0)
    if 1 <= captions <= 2:  # credited photo captions standing above the story (a photo story has more)
        for i in body_idx[:captions]:
            kinds[i] = "metadata"
        body_idx = body_idx[captions:]
    signed = signed_headline(page.title, lines) if page.title else None
    if signed:  # 某某•春节值班战“疫”: the writer's name, then the headline
        page.authors += [signed[0]] if signed[0] not in page.authors else []
        page.title = signed[1]
        if body_idx and writer_bio(lines[body_idx[0]], signed[0]):
            kinds[body_idx.pop(0)] = "metadata"  # 某某,广西某县人,乡镇干部: the writer's biography
    above = lines_above_dateline(lines, body_idx)  # a caption or lead printed over 某某网讯（记者 甲）…
    for i in body_idx[:above]:
        kinds[i] = "metadata"
    body_idx = body_idx[above:]
    keyed = next((i for i, line in enumerate(lines) if _TITLE_KEY.match(line)), None)
    if keyed is not None:  # 标题: … printed as a field (after the story on some sites)
        kinds[keyed] = "metadata"
        body_idx = [i for i in body_idx if i != keyed]
        if title_idx is None:
            page.title, page.subtitle = split_subtitle(_TITLE_KEY.match(lines[keyed]).group(1))
            title_idx = keyed
    late = headline_after_body(lines, kinds, body_idx) if title_idx is None else None
    if late is not None:
        page.title = split_headline(lines[late])
        kinds[late] = "metadata"
        body_idx = [i for i in body_idx if i < late]
    tail = [i for i in range(body_idx[-1] + 1 if body_idx else start, len(lines)) if kinds[i] == "body"]
    for i in body_idx[-2:] + tail[:1]:  # （王丽华） closing the story, on its last line or a line of its own
        closing = _CLOSING_CREDIT.search(lines[i])
        if closing and not OUTLET_NAME.fullmatch(closing.group(1)):  # (某某日报): the outlet, no writer
            page.authors += [n for n in writer_names(closing.group(1)) if n not in page.authors]
    # 某某网讯（记者 甲）… opening the story (past a photo caption glued before it), …（记者 乙） closing it
    first = lines[body_idx[0]] if body_idx else ""
    opener = past_glued_caption(first) or first
    if body_idx:
        authors, editors = glued_credits(opener, lines[body_idx[-1]])
        page.authors += [n for n in authors if n not in page.authors]
        page.editors += [n for n in editors if n not in page.editors]
    ledes = [lines[i] for i in [title_idx, *body_idx[:3]] if i is not None]  # captions may stand above it
    ledes += [opener] if opener != first else []
    ledes += [  # 【某某专稿 记者/甲】 or 某社某地电 题：… (under a 原标题) on its own line over the story
        lines[i]
        for i in range(0 if title_idx is None else title_idx + 1, body_idx[0] if body_idx else 0)
        if _BRACKET_LED.match(lines[i]) or WIRE_TITLE.match(lines[i]) or REPORTED_FROM_LINE.match(lines[i])
    ]
    page.source = page.source or (lede_source(lines[body_idx[0]]) if body_idx else "")  # 「来源:某某」…
    page.source = (
        page.source
        or next(  # 本文转自公众号:某某 (ID:…) on its own line over the story
            (o for o in map(reposted_from, lines[: body_idx[0]] if body_idx else []) if o), ""
        )
    )
    page.source = page.source or next(
        (o for o in map(lede_outlet, [*ledes, *(lines[i] for i in body_idx[3:])]) if o), ""
    )  # 某某网讯 …, under photo captions too
    page.source = page.source or lede_credits(ledes, [lines[i] for i in body_idx])  # 本报讯（某某记者 甲）
    read_dated_outlet(page, ledes)  # 某某报2020年02月27日讯, 某某晚报20220218导读
    lead = [m.group(1) for i in body_idx[:1] for m in [_LEAD_CREDIT.search(lines[i])] if m]
    for credit in filter(None, map(credit_names, lead)):  # …平安。某某商报记者 甲: the lead's writer
        page.authors += [n for n in credit[0] if n not in page.authors]
    page.source = page.source or printed_outlet(lines, title_idx, body_idx) or closing_outlet(lines, body_idx)
    alone = [i for i in tail[:1] if _BRACKET_ALONE.fullmatch(lines[i])]
    page.source = page.source or closing_outlet(lines, alone)
    page.source = fuller_outlet(page.source, lines)  # 商报消息 under the page's 某某商报社
    page.source = "" if BARE_PAPER.fullmatch(page.source or "") else page.source  # 晚报讯 alone: none named
    headline_line = lines[title_idx] if title_idx is not None else ""
    body_idx = drop_headline_repeats(lines, kinds, body_idx, page.title, headline_line)
    while len(body_idx) > 1 and _is_caption(lines[body_idx[-1]]) and not _is_caption(lines[body_idx[0]]):
        kinds[body_idx.pop()] = "metadata"  # captions of the pictures printed under the story
    kept = set(body_idx)
    for i, kind in enumerate(kinds):
        if kind == "body" and i not in kept:
            kinds[i] = "boilerplate"
    page.paragraphs = [Paragraph("note", lines[i]) for i in note]
    page.paragraphs += [Paragraph(_paragraph_kind(lines[i]), lines[i]) for i in body_idx]
    page.boilerplate = [ln for ln, k in zip(lines, kinds, strict=True) if k == "boilerplate"]
    page.metadata = [ln for ln, k in zip(lines, kinds, strict=True) if k == "metadata"]
    page.site = site_from(page.boilerplate, hints, page.metadata) or (bar[2] if bar else "")
    page.site = page.site or (page.carried_by if page.carried_by != page.source else "")
    page.site = unglossed(page.site)  # (the outlet stays as printed, glosses and all: 來源:某某網(wǎng))
    page.source = without_writer(page.source, page.authors)  # 来源:某某网甲: the writer glued on

    if not page.title:
        hinted_title = (
            hints.get("og:title") or hints.get("h1") or split_headline(hints.get("title", ""), page.site)
        )
        if hinted_title and len(hinted_title) >= 4:
            page.title = hinted_title.strip()
        else:
            page.title = derive_title([p.text for p in page.paragraphs if p.kind != "note"])
            page.is_title_derived = bool(page.title)
    return within_the_epidemic(prefer_container_metadata(page, hints))
