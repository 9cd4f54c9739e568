"""A dataset's columns: the header names read in Chinese (either script) or English, `--map` to name
others, the header row itself (which may stand below a title row, as spreadsheets are often laid out),
and a cell's value as text."""

from __future__ import annotations

import datetime as dt
import re

from textnorm.normalize import normalize

from ..read import ReadError

COLUMNS = {
    "title": ("标题", "题目", "文章标题", "title", "headline"),
    "body": ("正文", "内容", "全文", "文章内容", "内文", "content", "text", "body", "article"),
    "published": ("日期", "发布时间", "发布日期", "时间", "date", "published", "publish_time", "pubdate"),
    "source": ("来源", "媒体", "出处", "公众号", "source", "outlet", "media", "publisher"),
    "url": (
        "链接",
        "网址",
        "原文链接",
        "连结",
        "原文连结",
        "url",
        "link",
    ),  # 連結: Taiwan's and Hong Kong's word
    "author": ("作者", "记者", "author", "authors", "byline"),
    # the archive's own export writes these too (export_articles): a round trip keeps them
    "subtitle": ("副标题", "副题", "subtitle"),
    "site": ("网站", "网站名称", "站点", "site", "website"),
    "editors": ("编辑", "责任编辑", "责编", "editor", "editors"),
    "contributed_by": ("供稿", "供稿单位", "contributed_by"),
    "title_derived": ("is_title_derived", "title_derived"),  # the title was supplied from the opening
    "editor_note": ("编者按", "editor_note"),  # printed before the story (export_articles gives it apart)
}
FIELDS = tuple(COLUMNS)


class Header(list):
    """The header row of a CSV file or of one worksheet, its names made unique (`unique_names`); `sheet`
    names the worksheet when a workbook has more than one (its rows are `file#Sheet2 row N`)."""

    def __init__(self, names: list, repeated: list[str], sheet: str = "", row: int = 1):
        super().__init__(names)
        self.repeated, self.sheet, self.row = repeated, sheet, row


def unique_names(names: list) -> tuple[list, list[str]]:
    """Header names with each repeated name after the first renamed `name (2)`, `name (3)`…, so the
    first column of a name is the one read and none is lost from the capture; and the repeated names."""
    seen: dict[str, int] = {}
    out, repeated = [], []
    for name in names:
        key = str(name) if name is not None else ""
        if not key.strip():
            out.append(name)  # blank header cells: no name to read a field by
            continue
        seen[key] = seen.get(key, 0) + 1
        if seen[key] == 2:
            repeated.append(key)
        out.append(key if seen[key] == 1 else f"{key} ({seen[key]})")
    return out, repeated


def parse_column_map(spec: str) -> dict[str, str]:
    """`--map body=content,title=标题` → {"body": "content", "title": "标题"}; ValueError if malformed.

    >>> parse_column_map("body=content, date=发布日期")
    {'body': 'content', 'published': '发布日期'}
    """
    mapping = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        key, sep, column = item.partition("=")
        key = {"date": "published", "text": "body", "outlet": "source"}.get(key.strip(), key.strip())
        if not sep or not column.strip() or key not in FIELDS:
            raise ValueError(f"{item!r}: expected FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}")
        mapping[key] = column.strip()
    return mapping


def normal(name: object) -> str:  # 標題 and 标题, ＴＩＴＬＥ and title are one header
    return re.sub(r"[\s_\-]+", "", normalize(str(name or ""))).lower()


def _listed(headers: list) -> str:
    """A header's names for a message, its blank cells left out (a notes sheet: `这是备注页`).

    >>> _listed(["这是备注页", "", None]), _listed(["", None])
    ('这是备注页', '(none)')
    """
    return ", ".join(str(h) for h in headers if str(h or "").strip()) or "(none)"


def match_columns(
    headers: list[str], column_map: dict[str, str] | None, *, record: bool = False
) -> dict[str, str]:
    """field → header name, by the mapping first, then by the known names. A JSON `record` (read by
    its own keys) may lack a mapped field other than the body: that field is empty for it."""
    by_normal = {normal(h): h for h in headers if h is not None}
    found = {}
    for key, column in (column_map or {}).items():
        if record and key != "body" and normal(column) not in by_normal:
            continue
        if normal(column) not in by_normal:
            raise ReadError(f"column {column!r} (for {key}) is not in the header: {_listed(headers)}")
        found[key] = by_normal[normal(column)]
    for key, names in COLUMNS.items():
        if key not in found:
            hit = next((by_normal[normal(n)] for n in names if normal(n) in by_normal), None)
            if hit is not None:
                found[key] = hit
    if "body" not in found:
        raise ReadError(
            f"no body column (正文/内容/content/text/body) in the header: {_listed(headers)}; "
            "name it with --map body=COLUMN"
        )
    return found


def cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):  # a workbook's date cell is a datetime at midnight: a day
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "、".join(cell(v) for v in value)
    return str(value).strip()


HEADER_SEARCH_ROWS = 10  # a header below more title/note rows than this is named with --map


def is_header(row: list | tuple, column_map: dict[str, str] | None) -> bool:
    """Whether a row names a body column (by `--map` or by the known names): a sheet's header, which may
    stand below a title row.

    >>> is_header(["2022年社区报道汇总表", None], None), is_header(["标题", "正文"], None)
    (False, True)
    >>> is_header(["题", "文"], {"body": "文"}), is_header(["title", "content"], None)
    (True, True)
    """
    try:
        return "body" in match_columns([cell(h) for h in row], column_map)
    except ReadError:
        return False
