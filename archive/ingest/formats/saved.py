"""Pages saved from a browser as one file: MHTML (.mht/.mhtml) and SingleFile HTML.

Contract: `read_mhtml(data, source_path)` → one RawDocument from the first HTML part of a MIME
multipart/related archive (what Chrome's "save as single file" writes): the part's
Content-Transfer-Encoding (quoted-printable, base64) is undone by the stdlib `email` package and its
charset (any) is the declared encoding; the original URL comes from `Snapshot-Content-Location` or
the part's `Content-Location`, the save date from the `Date` header. The capture keeps the whole
MHTML file. `singlefile_header(markup)` reads SingleFile's header comment (`url:` and
`saved date:`). Pure.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.utils import parsedate_to_datetime

from ..read import RawDocument, ReadError, document_from_bytes

MHTML_SUFFIXES = {".mht", ".mhtml"}
_SINGLEFILE_RE = re.compile(
    r"<!--\s*Page saved with SingleFile\s*(?:url:\s*(?P<url>\S+))?\s*(?:saved date:\s*(?P<date>[^\n]+?))?\s*"
    r"(?:info:[^\n]*)?\s*-->",
    re.I,
)


def looks_like_mhtml(head: bytes) -> bool:
    """A file that starts with mail headers and declares multipart/related (Chrome names it .mhtml)."""
    lowered = head[:2048].lower()
    return (
        re.match(rb"\s*[a-z][a-z0-9-]*:", lowered) is not None
        and b"multipart/related" in lowered
        and (b"mime-version" in lowered or b"from:" in lowered)
    )


def _iso_date(value: str) -> str:
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return ""


def read_mhtml(data: bytes, source_path: str) -> RawDocument:
    """Decode a saved MHTML page.

    >>> doc = read_mhtml(b"MIME-Version: 1.0\\nContent-Type: multipart/related; boundary=b\\n\\n--b\\n"
    ...     b"Content-Type: text/html; charset=gbk\\nContent-Transfer-Encoding: quoted-printable\\n\\n"
    ...     b"<p>=C9=E7=C7=F8</p>\\n--b--\\n", "x.mht")
    >>> doc.text, doc.encoding
    ('社区', 'gb18030')
    """
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # email is lenient; what it still rejects is a damaged file
        raise ReadError(f"damaged MHTML file: {exc}") from None
    if not message.is_multipart():
        raise ReadError("MHTML file is not a multipart/related archive")
    part = next(
        (p for p in message.walk() if p.get_content_type() in ("text/html", "application/xhtml+xml")), None
    )
    if part is None:
        raise ReadError("MHTML file holds no HTML part")
    payload = part.get_payload(decode=True) or b""
    url = str(message.get("Snapshot-Content-Location") or part.get("Content-Location") or "").strip()
    doc = document_from_bytes(
        payload,
        source_path=source_path,
        kind="html",
        url=url if url.startswith(("http://", "https://")) else "",
        declared=part.get_content_charset(),
    )
    doc.raw, doc.format = data, "mhtml"
    captured = _iso_date(str(message.get("Date") or ""))
    if captured:
        doc.hints["archive:captured"] = captured
    return doc


def singlefile_header(markup: str) -> dict[str, str]:
    """SingleFile's header comment → {"archive:url", "archive:captured"} (empty if none).

    >>> singlefile_header("<html><!--\\n Page saved with SingleFile \\n url: https://a.cn/1 \\n-->")
    {'archive:url': 'https://a.cn/1'}
    """
    m = _SINGLEFILE_RE.search(markup[:8192])
    if not m:
        return {}
    hints = {}
    if m["url"] and m["url"].startswith(("http://", "https://")):
        hints["archive:url"] = m["url"]
    if m["date"]:
        hints["archive:captured"] = m["date"].strip()
    return hints
