"""HTML → text: one line per block element, and the hints a page gives about itself.

The parser behind `read.html_to_text`: script, style and other non-text are dropped; `<meta>` tags
(by property, name, itemprop or http-equiv), the first `<time datetime>`, the canonical URL and the
text of `<title>` and the first `<h1>` are kept as hints for the metadata step.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser


class HTMLText(HTMLParser):
    """HTML → text lines, one per block element; script, style and other non-text dropped."""

    BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "figcaption",
        "figure",
        "hr",
        "td",
        "th",
        "form",
        "main",
        "center",
    }
    SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "object", "head", "select", "button"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.hints: dict[str, str] = {}
        self._capture: str | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (
                a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv") or ""
            ).lower()
            if key and a.get("content"):
                self.hints.setdefault(key, a["content"].strip())
            return
        if tag == "time" and a.get("datetime"):  # the first <time datetime="…"> on the page
            self.hints.setdefault("time", a["datetime"].strip())
        if tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.hints.setdefault("canonical", a["href"].strip())
            return
        if tag == "title" or tag == "h1":
            self._capture, self._buffer = tag, []
        if tag in self.SKIP and tag != "head":
            self.skip_depth += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and tag != "head" and self.skip_depth:
            self.skip_depth -= 1
        if tag == self._capture:
            value = re.sub(r"\s+", " ", "".join(self._buffer)).strip()
            if value:
                self.hints.setdefault(tag, value)
            self._capture = None
        if tag in self.BLOCK:
            self.parts.append("\n")

    def close(self) -> None:
        self._closing = (
            True  # what html.parser flushes now is an unfinished construct (`<!-- …`, `<p title='…`)
        )
        super().close()

    def handle_data(self, data: str) -> None:
        if getattr(self, "_closing", False) and data.lstrip().startswith("<"):
            return
        if self._capture:
            self._buffer.append(data)
        if self.skip_depth or self._capture == "title":
            return
        self.parts.append(data)
