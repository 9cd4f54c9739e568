"""WeChat official-account articles (mp.weixin.qq.com), saved as HTML or captured in a WARC.

Contract: `is_wechat(markup, url)` tells such a page; `read_wechat(markup)` returns (text, hints):
the text is the headline line followed by the article container `#js_content` (which the page hides
with `visibility: hidden` until a script runs: we read it anyway), without the account's boilerplate
(follow prompts, QR-code lines, 阅读原文, 点赞/在看, share prompts); the hints carry the headline,
the account name as outlet, the publication time (from `#publish_time`, else the script variables
`ct` (Unix time, China time), `publish_time` or `createTime`), the author line and the URL under the
`archive:*` keys. Pure.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta, timezone
from html.parser import HTMLParser

from ..read import html_to_text

CHINA = timezone(timedelta(hours=8))
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_SCRIPT_VARS = {
    "nickname": re.compile(r"""var\s+nickname\s*=\s*(?:htmlDecode\()?\s*["']([^"'\n]{1,80})["']"""),
    "title": re.compile(r"""var\s+msg_title\s*=\s*(?:htmlDecode\()?\s*["']([^"'\n]{1,300})["']"""),
    "ct": re.compile(r"""var\s+ct\s*=\s*["']?(\d{9,11})["']?"""),
    "publish_time": re.compile(r"""var\s+(?:publish_time|createTime)\s*=\s*["']([^"'\n]{8,40})["']"""),
    "author": re.compile(
        r"""var\s+(?:author|msg_author)\s*=\s*(?:htmlDecode\()?\s*["']([^"'\n]{1,80})["']"""
    ),
    "url": re.compile(r"""var\s+msg_link\s*=\s*["']([^"'\n]{1,500})["']"""),
}
# The account's own prompts. They are matched as prompts (关注 after 蓝字 or a QR code, 点个在看,
# 阅读原文 …), on short lines only, so a sentence such as 居民扫描二维码登记 or 大家纷纷点赞 stays.
_BOILERPLATE = re.compile(
    r"(蓝字|蓝色字|名片|公众号).{0,10}关注|关注我们|点击.{0,6}关注|长按(识别|扫描)?.{0,4}二维码|"
    r"二维码.{0,6}关注|扫码关注|扫一扫.{0,6}关注|阅读原文|点(个|亮)?在看|在看.{0,4}(点赞|分享|转发)|"
    r"(分享|点赞|转发).{0,4}在看|设为星标|星标.{0,6}公众号|往期(回顾|推荐|精选)|预览时标签不可点|"
    r"轻点两下取消|继续滑动看下一个|向上滑动看下一个|喜欢此内容的人还喜欢|微信扫一扫|公众号ID|微信号\s*[:：]"
)
_REACTIONS_ONLY = re.compile(r"^(点赞|在看|分享|转发|收藏|[\s、，,|｜/·▼▲↓↑→…!！~])+$")
_MAX_BOILERPLATE_LINE = 40


def is_wechat(markup: str, url: str = "") -> bool:
    # the whole page is searched: a saved article carries 100 KB and more of inline script first
    return "mp.weixin.qq.com" in url or (
        'id="js_content"' in markup and ("rich_media" in markup or "mp.weixin.qq.com" in markup)
    )


class _WeChatParser(HTMLParser):
    """Finds the article container's span in the markup and the text of the metadata elements."""

    WANTED = {"activity-name": "title", "js_name": "account", "publish_time": "published"}

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", markup)]
        self.fields: dict[str, str] = {}
        self.body_span: tuple[int, int] | None = None
        self._body_start = -1
        self._depth = 0  # open elements of the container's own tag name inside #js_content
        self._body_tag = ""
        self._capture: tuple[str, int] | None = None  # (field, depth at which it opened)
        self._capture_depth = 0
        self._buffer: list[str] = []

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta" and a.get("content"):
            key = (a.get("property") or a.get("name") or "").lower()
            if key in ("og:title", "og:url", "author", "og:article:author"):
                self.fields.setdefault(f"meta:{key}", a["content"].strip())
        if tag in _VOID:
            return
        if self._body_start >= 0 and self.body_span is None:
            self._depth += tag == self._body_tag
        elif a.get("id") == "js_content" and self.body_span is None:
            self._body_start = self._offset() + len(self.get_starttag_text() or "")
            self._depth, self._body_tag = 1, tag
        if self._capture is not None:
            self._capture_depth += 1
        elif a.get("id") in self.WANTED:
            self._capture, self._capture_depth, self._buffer = self.WANTED[a["id"]], 1, []
        elif "rich_media_meta_text" in a.get("class", "") and "author" not in self.fields:
            self._capture, self._capture_depth, self._buffer = "author", 1, []

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if self._body_start >= 0 and self.body_span is None and tag == self._body_tag:
            self._depth -= 1
            if self._depth == 0:
                self.body_span = (self._body_start, self._offset())
        if self._capture is not None:
            self._capture_depth -= 1
            if self._capture_depth == 0:
                value = re.sub(r"\s+", " ", "".join(self._buffer)).strip()
                if value:
                    self.fields.setdefault(self._capture, value)
                self._capture = None

    def handle_data(self, data: str) -> None:
        if self._capture is not None:
            self._buffer.append(data)


def _script_values(markup: str) -> dict[str, str]:
    found = {}
    for key, pattern in _SCRIPT_VARS.items():
        m = pattern.search(markup)
        if m and m.group(1).strip():
            found[key] = html.unescape(m.group(1).strip())
    return found


def is_boilerplate(line: str) -> bool:
    """The account's prompts: 点击上方蓝字关注我们, 长按识别二维码, 阅读原文, 点赞/在看 …"""
    if re.fullmatch(r"[\s▼▲↓↑⬇👇👆→·…]+", line):
        return True
    return len(line) <= _MAX_BOILERPLATE_LINE and bool(
        _BOILERPLATE.search(line) or _REACTIONS_ONLY.match(line)
    )


def read_wechat(markup: str) -> tuple[str, dict[str, str]]:
    """A WeChat article page → (headline + body text, archive:* hints)."""
    parser = _WeChatParser(markup)
    parser.feed(markup)
    parser.close()
    fields, script = parser.fields, _script_values(markup)
    if parser.body_span is None and parser._body_start >= 0:  # container never closed: read to the end
        parser.body_span = (parser._body_start, len(markup))
    body_markup = markup[parser.body_span[0] : parser.body_span[1]] if parser.body_span else markup
    body, _ = html_to_text(body_markup)
    lines = [line for line in body.split("\n") if not is_boilerplate(line)]
    title = fields.get("title") or fields.get("meta:og:title") or script.get("title", "")
    hints = {"archive:title": title, "og:title": title}
    account = fields.get("account") or script.get("nickname", "")
    if account:
        hints["archive:source"] = account
    published = fields.get("published") or script.get("publish_time", "")
    if not re.search(r"\d{4}", published) and script.get("ct"):
        stamp = datetime.fromtimestamp(int(script["ct"]), tz=UTC).astimezone(CHINA)
        published = stamp.replace(tzinfo=None).isoformat(sep=" ", timespec="minutes")
    if re.search(r"\d{4}", published):
        hints["archive:published"] = published
    author = fields.get("author") or fields.get("meta:author") or script.get("author", "")
    author = re.sub(r"^(文|图文|作者|文字|撰文|撰稿|记者|编辑)\s*[:：/|｜]\s*", "", author).strip()
    if author and author != account:
        hints["archive:author"] = author
    url = fields.get("meta:og:url") or script.get("url", "")
    if url.startswith(("http://", "https://")):
        hints["archive:url"] = html.unescape(url)
    text = "\n".join([title, *lines] if title else lines)
    return text, {k: v for k, v in hints.items() if v}
