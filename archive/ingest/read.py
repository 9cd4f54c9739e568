"""Step 1 of the import: files on disk → decoded documents.

Contract: `read_file(path)` yields one `RawDocument` per page found in the file (a WARC file
may hold many, read one record at a time), a `Skipped` for a WARC record that cannot be a page,
or raises `ReadError` with a message fit to show the user. Memory is bounded by `max_bytes`
(the largest page accepted): bigger text/HTML files are refused before they are read, bigger
WARC records are skipped without being read. Nothing here touches the database. Supported: plain text, saved HTML (.html/.htm/.shtml), WARC and WARC.GZ, in UTF-8
(with or without BOM), GB18030/GBK/GB2312 or Big5, with or without a charset declaration.
"""

from __future__ import annotations

import codecs
import hashlib
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


class ReadError(Exception):
    """A file that cannot be read as a page; the message names the reason."""


@dataclass
class Skipped:
    """One record of a WARC file that was not imported, and why (the file's other records go on)."""

    source_path: str
    reason: str


@dataclass
class RawDocument:
    """One page as captured: the exact bytes plus its decoded text and any HTML hints."""

    source_path: str
    raw: bytes
    encoding: str
    text: str
    format: str  # "text" | "html" | "warc"
    url: str = ""
    record_id: str = ""
    hints: dict[str, str] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()


# Characters frequent in both simplified and traditional news prose. A wrong decoding
# (GBK read as Big5 or the reverse) produces rare characters instead, so the share of these
# tells two legal decodings apart.
_COMMON = set(
    "的一是不了在人有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学"
    "对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面"
    "公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部"
    "正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关"
    "并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安"
    "表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共"
    "风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管"
    "夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品"
    "士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双容片音除疫情防控"
    "區們這個來時為會說國對發經過後動現點問與從當無實產體區黨員務東運車長機關應視變邊價農"
)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_ENCODING_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5-hkscs": "big5hkscs"}


def _score(text: str) -> float:
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(c in _COMMON for c in cjk) / len(cjk)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes, trusting a BOM, then strict UTF-8, then the likelier CJK codec.

    >>> decode_bytes("党员".encode("gbk"))
    ('党员', 'gb18030')
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace").lstrip("\ufeff"), codec.replace("-sig", "")
    if b"\x00" in data[:4096] and not data.startswith(codecs.BOM_UTF16_LE):
        raise ReadError("binary file (contains NUL bytes), not a text or HTML page")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[str] = []
    if declared:
        name = _ENCODING_ALIASES.get(declared.lower(), declared.lower())
        try:
            codecs.lookup(name)
            candidates.append(name)
        except LookupError:
            pass
    candidates += [c for c in ("gb18030", "big5") if c not in candidates]
    decoded: list[tuple[float, str, str]] = []
    for codec in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        # A declaration the bytes agree with wins unless the text it gives is clearly worse.
        bonus = 0.05 if declared and codec == candidates[0] else 0.0
        decoded.append((_score(text) + bonus, codec, text))
    if decoded:
        best = max(decoded, key=lambda item: item[0])
        return best[2], best[1]
    from charset_normalizer import from_bytes

    guess = from_bytes(data).best()
    if guess is None:
        raise ReadError("cannot tell the text encoding (not UTF-8, GB18030 or Big5)")
    return str(guess), guess.encoding


def _looks_binary(text: str) -> bool:
    sample = text[:4000]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\r\n\t\f") or c == "\ufffd")
    return bad / len(sample) > 0.05


class _HTMLText(HTMLParser):
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


def html_to_text(markup: str) -> tuple[str, dict[str, str]]:
    """Saved HTML → plain text lines plus hints (title, h1, meta tags, canonical URL).

    >>> html_to_text("<p>一段</p><script>x()</script><p>二段</p>")[0]
    '一段\\n二段'
    """
    parser = _HTMLText()
    try:
        parser.feed(markup)
        parser.close()
    except Exception as exc:  # html.parser is lenient; anything it still rejects is bad input
        raise ReadError(f"malformed HTML: {exc}") from None
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line), parser.hints


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET_RE.search(data[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def document_from_bytes(
    data: bytes,
    *,
    source_path: str,
    kind: str,
    url: str = "",
    record_id: str = "",
    declared: str | None = None,
) -> RawDocument:
    """Decode one page's bytes as text or HTML."""
    if not data.strip():
        raise ReadError("empty file")
    declared = declared or (_declared_charset(data) if kind == "html" else None)
    text, encoding = decode_bytes(data, declared)
    if _looks_binary(text):
        raise ReadError("binary file, not a text or HTML page")
    hints: dict[str, str] = {}
    if kind == "html" or (kind == "text" and re.match(r"\s*(<!doctype html|<html)", text[:200], re.I)):
        text, hints = html_to_text(text)
        kind = "html" if kind == "text" else kind
    text = html.unescape(text) if kind == "text" and "&#" in text else text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError("no text in the page")
    return RawDocument(
        source_path=source_path,
        raw=data,
        encoding=encoding,
        text=text,
        format=kind,
        url=url or hints.get("canonical", "") or hints.get("og:url", ""),
        record_id=record_id,
        hints=hints,
    )


def _read_warc(path: Path, max_bytes: int | None) -> Iterator[RawDocument | Skipped]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    where = "at its first record"
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type not in ("response", "resource"):
                    continue
                ctype = (
                    (record.http_headers.get_header("Content-Type") if record.http_headers else None)
                    or record.rec_headers.get_header("Content-Type")
                    or ""
                )
                if "html" not in ctype and "text" not in ctype:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                rid = record.rec_headers.get_header("WARC-Record-ID") or ""
                source = f"{path}#{url or rid}"
                where = f"after the record for {url or rid}"
                found += 1
                declared_length = int(record.rec_headers.get_header("Content-Length") or 0)
                if max_bytes is not None and declared_length > max_bytes:
                    # not read: the iterator skips the rest of the record in small blocks
                    yield Skipped(
                        source,
                        f"record is {declared_length:,} bytes, over the {max_bytes:,}-byte "
                        "limit for one page",
                    )
                    continue
                body = record.content_stream().read()
                if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than the record declares
                    raise EOFError(f"record for {url or rid} is cut short")
                charset = re.search(r"charset=([\w\-]+)", ctype)
                try:
                    yield document_from_bytes(
                        body,
                        source_path=source,
                        kind="html" if "html" in ctype else "text",
                        url=url,
                        record_id=rid,
                        declared=charset.group(1) if charset else None,
                    )
                except ReadError as exc:
                    yield Skipped(source, str(exc))
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        raise ReadError(f"damaged or truncated WARC file {where} ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # warcio fails in assorted ways on garbage headers; all mean a damaged file
        raise ReadError(
            f"damaged WARC file {where}: unreadable record headers ({type(exc).__name__})"
        ) from None
    if not found:
        raise ReadError("WARC file holds no text or HTML response records")


def read_file(path: Path, *, max_bytes: int | None = None) -> Iterator[RawDocument | Skipped]:
    """Yield the pages in one file; raise ReadError with a reason fit for the user.

    max_bytes: the largest page accepted — a text/HTML file, or one record of a WARC file (WARC
    files themselves may be of any size: they are read a record at a time)."""
    name = path.name.lower()
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError as exc:
        raise ReadError(f"cannot open: {exc.strerror}") from None
    if (
        name.endswith(WARC_SUFFIXES)
        or head[:4] == b"WARC"
        or (head[:2] == b"\x1f\x8b" and _gzip_is_warc(path))
    ):
        yield from _read_warc(path, max_bytes)
        return
    if max_bytes is not None and size > max_bytes:
        raise ReadError(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit for one page")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror}") from None
    suffix = path.suffix.lower()
    kind = "html" if suffix in HTML_SUFFIXES else "text"
    yield document_from_bytes(data, source_path=str(path), kind=kind)


def _gzip_is_warc(path: Path) -> bool:
    import gzip

    try:
        with gzip.open(path, "rb") as handle:
            return handle.read(4) == b"WARC"
    except (OSError, EOFError):
        return False


def iter_paths(paths: list[Path]) -> Iterator[Path]:
    """Files named directly, and every file below named folders (sorted, hidden ones skipped)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(
                    part.startswith(".") for part in child.relative_to(path).parts
                ):
                    yield child
        else:
            yield path
