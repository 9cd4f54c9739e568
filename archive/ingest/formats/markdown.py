"""Markdown archives of reposted articles (Jekyll, Hugo, Hexo sites) with YAML or TOML front matter.

Contract: `read_markdown(data, source_path)` → one RawDocument whose text is the headline and the
article as plain lines (Markdown marks removed: headings, emphasis, links keep their text, images
go, inline HTML is read as HTML) and whose hints carry the front matter's title, date, author,
outlet and original URL under the `archive:*` keys. YAML front matter sits between `---` lines,
TOML between `+++` lines. Pure.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib

from ..read import RawDocument, ReadError, decode_bytes, html_to_text

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
_FRONT = re.compile(
    r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<matter>.*?)\r?\n(?P=fence)[ \t]*(\r?\n|\Z)", re.S
)
KEYS = {
    "title": ("title", "标题"),
    "published": ("date", "published", "publishdate", "pubdate", "publish_date", "日期", "发布时间"),
    "author": ("author", "authors", "作者"),
    "source": ("source", "outlet", "publisher", "media", "来源"),
    "url": (
        "original_url",
        "source_url",
        "originalurl",
        "original",
        "canonical",
        "canonicalurl",
        "url",
        "link",
    ),
}
_MARKS = [
    (re.compile(r"^```.*$|^~~~.*$", re.M), ""),  # code fences (their content stays as text)
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"^\s{0,3}#{1,6}\s*(.*?)\s*#*\s*$", re.M), r"\1"),  # headings
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),  # quotes
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.M), ""),  # list markers
    (re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$", re.M), ""),  # rules
    (re.compile(r"(\*\*|__|~~|`)"), ""),  # emphasis and code marks
    # single emphasis as CommonMark reads it: * also inside a word (居民*纷纷*点赞), _ only at word edges
    (re.compile(r"(?<!\*)\*(?![\s*])([^*\n]+?)(?<![\s*])\*(?!\*)"), r"\1"),
    (re.compile(r"(?<![\w_])_(?![\s_])([^_\n]+?)(?<![\s_])_(?![\w_])"), r"\1"),
]


def _value(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "、".join(_value(v) for v in value)
    if isinstance(value, dict):
        return _value(value.get("name") or "")
    return str(value).strip() if value is not None else ""


def front_matter(text: str) -> tuple[dict, str]:
    """Split front matter from the Markdown; ({}, text) when there is none.

    >>> front_matter("---\\ntitle: 标题\\n---\\n正文")
    ({'title': '标题'}, '正文')
    """
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        if m["fence"] == "---":
            import yaml

            data = yaml.safe_load(m["matter"]) or {}
        else:
            data = tomllib.loads(m["matter"])
    except Exception as exc:  # yaml.YAMLError, tomllib.TOMLDecodeError
        kind = "YAML" if m["fence"] == "---" else "TOML"
        raise ReadError(_front_matter_error(kind, exc)) from None
    if not isinstance(data, dict):
        raise ReadError("front matter is not a table of keys and values")
    return data, text[m.end() :]


def _front_matter_error(kind: str, exc: Exception) -> str:
    """Our own words for a parser's error, with where it is (the parser's message is English and
    names its own states: "while parsing a flow sequence"); lines counted from the first line after
    the opening fence.

    >>> _front_matter_error("TOML", ValueError("Invalid value (at line 2, column 7)"))
    'front matter is not valid TOML: line 2, column 7'
    >>> _front_matter_error("YAML", ValueError("while parsing"))
    'front matter is not valid YAML'
    """
    mark = getattr(exc, "problem_mark", None)  # yaml: 0-based line and column
    if mark is not None:
        return f"front matter is not valid {kind}: line {mark.line + 1}, column {mark.column + 1}"
    at = re.search(r"at line (\d+), column (\d+)", str(exc))  # tomllib
    if at:
        return f"front matter is not valid {kind}: line {at[1]}, column {at[2]}"
    return f"front matter is not valid {kind}"


def markdown_to_text(markdown: str) -> str:
    """Markdown → plain lines.

    >>> markdown_to_text("## 小标题\\n**加粗**和[链接](http://a.cn)。![图](x.png)")
    '小标题\\n加粗和链接。'
    >>> markdown_to_text("居民*纷纷*点赞，***粗斜体***，_强调_，志愿者_轮流_值守，3 * 4 = 12")
    '居民纷纷点赞，粗斜体，强调，志愿者_轮流_值守，3 * 4 = 12'
    """
    text = markdown
    for pattern, replacement in _MARKS:
        text = pattern.sub(replacement, text)
    if re.search(r"</?[a-zA-Z][^>]*>", text):
        text, _ = html_to_text(text)
    lines = [line.strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def read_markdown(data: bytes, source_path: str) -> RawDocument:
    """A Markdown file with optional front matter → one page."""
    text, encoding = decode_bytes(data)
    meta, markdown = front_matter(text)
    lowered = {str(k).lower(): v for k, v in meta.items()}
    found = {}
    for key, names in KEYS.items():
        for name in names:
            value = _value(lowered.get(name))
            if value:
                found[key] = value
                break
    source = found.get("source", "")
    if source.startswith(("http://", "https://")):  # `source:` often holds the original link
        found.setdefault("url", source)
        found.pop("source")
    headings = [m.group(1) for m in re.finditer(r"^\s{0,3}#{1,6}\s*(.*?)\s*#*\s*$", markdown, re.M)]
    body = markdown_to_text(markdown)
    if not body:
        raise ReadError("no text in the Markdown file")
    title = re.sub(r"\s+", " ", found.get("title", ""))
    hints = {f"archive:{key}": value for key, value in found.items()}
    if title:
        hints["og:title"] = title
    if headings:  # the author's own headings: never taken for a site's labels
        hints["archive:headings"] = "\n".join(h for h in headings if h)
    url = found.get("url", "")
    return RawDocument(
        source_path=source_path,
        raw=data,
        encoding=encoding,
        text=f"{title}\n{body}" if title and not body.startswith(title) else body,
        format="markdown",
        url=url if url.startswith(("http://", "https://")) else "",
        hints=hints,
    )
