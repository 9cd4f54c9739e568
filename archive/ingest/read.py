"""Step 1 of the import: files on disk → decoded documents.

Contract: `read_file(path)` yields one `RawDocument` per page found in the file (a web archive or a
dataset may hold many, read one record or row at a time), a `Skipped` for a record or row that is
reported and left out, or raises `ReadError` with a message fit to show the user. Memory is bounded
by `max_bytes` (the largest page accepted): bigger single-page files are refused before they are
read, bigger records and rows are skipped, compressed payloads are refused once their decoded size
passes it. Nothing here touches the database. Plain text and saved HTML (in UTF-8 with or without
BOM, GB18030/GBK/GB2312 or Big5, with or without a charset declaration) are read here; WARC, WACZ,
WeChat pages, MHTML, SingleFile, datasets and Markdown by the readers in `archive.ingest.formats`.
"""

from __future__ import annotations

import codecs
import hashlib
import html
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .html_text import HTMLText

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
# A site's assets and configuration, met when a saved site or a Jekyll/Hugo archive is imported as
# a folder: each is one line, never an article (a file named directly is read as the user asks).
ASSET_SUFFIXES = {
    ".css", ".scss", ".sass", ".less", ".js", ".mjs", ".map", ".png", ".jpg", ".jpeg", ".gif", ".webp",
    ".svg", ".ico", ".bmp", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".mp3", ".mp4", ".webm",
    ".toml", ".yml", ".yaml", ".lock", ".cdx", ".cdxj",
}  # fmt: skip


class ReadError(Exception):
    """A file that cannot be read as a page; the message names the reason."""


@dataclass
class Skipped:
    """One record of a WARC file that was not imported, and why (the file's other records go on)."""

    source_path: str
    reason: str
    failure: bool = True  # False: a folder's asset, passed over by design (a line of the report, no failure)


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


def common_share(text: str) -> float:
    """Share of common characters among the CJK ones: tells a right decoding from a wrong legal one."""
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
        decoded.append((common_share(text) + bonus, codec, text))
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


def html_to_text(markup: str) -> tuple[str, dict[str, str]]:
    """Saved HTML → plain text lines plus hints (title, h1, meta tags, canonical URL).

    >>> html_to_text("<p>一段</p><script>x()</script><p>二段</p>")[0]
    '一段\\n二段'
    """
    parser = HTMLText()
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
        from .formats.saved import singlefile_header
        from .formats.wechat import is_wechat, read_wechat

        kind = "html" if kind == "text" else kind
        if is_wechat(text, url):
            text, hints = read_wechat(text)
        else:
            saved = singlefile_header(text)
            text, hints = html_to_text(text)
            hints.update(saved)
            kind = "singlefile" if saved else kind
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
        url=url or hints.get("archive:url", "") or hints.get("canonical", "") or hints.get("og:url", ""),
        record_id=record_id,
        hints=hints,
    )


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_file(
    path: Path, *, max_bytes: int | None = None, column_map: dict[str, str] | None = None
) -> Iterator[RawDocument | Skipped]:
    """Yield the pages in one file; raise ReadError with a reason fit for the user.

    max_bytes: the largest page accepted — a text/HTML/MHTML/Markdown file, one record of a web
    archive or one row of a dataset (web archives and datasets may be of any size: they are read a
    record or row at a time). column_map: dataset columns named by the user ({"body": "content"}).
    A FIFO, socket or device is refused by its file type, never opened (opening a FIFO blocks)."""
    name = path.name.lower()
    try:
        info = path.stat()  # follows a symlink named directly: the user chose it
    except OSError as exc:
        raise ReadError(f"cannot open: {exc.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(f"{_special_kind(info.st_mode)}, not a file: refused without opening it")
    try:
        with path.open("rb") as handle:
            head = handle.read(2048)
    except OSError as exc:
        raise ReadError(f"cannot open: {exc.strerror}") from None
    suffix = path.suffix.lower()
    if (
        name.endswith(WARC_SUFFIXES)
        or head[:4] == b"WARC"
        or (head[:2] == b"\x1f\x8b" and _gzip_is_warc(path))
    ):
        from .formats.warc import read_warc

        yield from read_warc(lambda: path.open("rb"), label=str(path), max_bytes=max_bytes)
        return
    if suffix == ".wacz" or (head[:2] == b"PK" and suffix not in (".xlsx", ".docx")):
        from .formats.wacz import read_wacz

        yield from read_wacz(path, max_bytes)
        return
    from .formats.datasets import DATASET_SUFFIXES, read_dataset

    if suffix in DATASET_SUFFIXES:
        yield from read_dataset(path, max_bytes, column_map)
        return
    if max_bytes is not None and info.st_size > max_bytes:
        raise ReadError(f"file is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit for one page")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror}") from None
    from .formats.markdown import MARKDOWN_SUFFIXES, read_markdown
    from .formats.saved import MHTML_SUFFIXES, looks_like_mhtml, read_mhtml

    if suffix in MHTML_SUFFIXES or looks_like_mhtml(head):
        yield read_mhtml(data, str(path))
    elif suffix in MARKDOWN_SUFFIXES:
        yield read_markdown(data, str(path))
    else:
        kind = "html" if suffix in HTML_SUFFIXES else "text"
        yield document_from_bytes(data, source_path=str(path), kind=kind)


def _gzip_is_warc(path: Path) -> bool:
    import gzip

    try:
        with gzip.open(path, "rb") as handle:
            return handle.read(4) == b"WARC"
    except (OSError, EOFError):
        return False


def iter_paths(paths: list[Path]) -> Iterator[Path | Skipped]:
    """Files named directly, and every regular file below named folders (sorted, hidden ones skipped).

    Inside a folder, symbolic links (to files or folders) are not followed, FIFOs, sockets and
    devices are not opened, and a site's assets (CSS, scripts, images, fonts, configuration) are not
    read as pages: each is a `Skipped` with its reason. A path named directly is the
    user's choice and is passed on as it is (read_file refuses what is not a regular file)."""
    for path in paths:
        if not path.is_dir():
            yield path
            continue
        found: list[Path | Skipped] = []
        for root, dirs, files in os.walk(path, followlinks=False):
            here = Path(root)
            for name in dirs + files:
                child = here / name
                if name.startswith("."):
                    continue
                mode = child.lstat().st_mode
                if stat.S_ISLNK(mode):
                    found.append(Skipped(str(child), "symbolic link inside a folder: not followed"))
                elif stat.S_ISREG(mode) and child.suffix.lower() in ASSET_SUFFIXES:
                    found.append(
                        Skipped(str(child), f"{child.suffix} file: not a page (a site's asset)", False)
                    )
                elif stat.S_ISREG(mode):
                    found.append(child)
                elif not stat.S_ISDIR(mode):
                    found.append(Skipped(str(child), f"{_special_kind(mode)}, not a file: refused"))
            dirs[:] = [d for d in dirs if not d.startswith(".") and not (here / d).is_symlink()]
        yield from sorted(found, key=lambda item: item if isinstance(item, Path) else Path(item.source_path))
