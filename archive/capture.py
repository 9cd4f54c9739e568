"""Capture a list of URLs into a WARC file, as a polite crawler would (then `articles_import` reads it).

Contract: `urls_capture(urls=…, warc_path=…)` fetches each http(s) URL once (following up to five
redirects, each hop recorded), writes a `warcinfo` record and, per fetch, a `response` and its
`request` record (warcio), and returns a `CaptureReport` with one line per failure: not an http(s)
URL, disallowed by robots.txt, a private address (when refused), a connection error, an HTTP error
status, a body over the size limit. robots.txt is read once per host and obeyed unless
`ignore_robots`; requests to one host are spaced by `delay` seconds. Bodies are stored as the
server sent them (compressed if it compressed them; chunked framing undone and its header dropped).
"""

from __future__ import annotations

import http.client
import io
import ipaddress
import socket
import time
import urllib.robotparser
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

if TYPE_CHECKING:
    from archive.services import ImportReport

USER_AGENT = "CommunityResponseArchive-capture/1.0 (research archive; capture_urls)"
MAX_REDIRECTS = 5


@dataclass
class CaptureReport:
    warc_path: Path
    fetched: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    written: bool = False  # the WARC file exists: something was fetched (no file when every URL was refused)


@dataclass
class _Response:
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes


class CaptureError(Exception):
    """One URL could not be captured; the message says why."""


def parse_url_list(text: str) -> list[str]:
    """One URL per line; blank lines and `#` comments ignored.

    >>> parse_url_list("http://a.cn/1\\n# note\\n\\n  http://a.cn/2  ")
    ['http://a.cn/1', 'http://a.cn/2']
    """
    return [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]


def _is_private(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False  # the fetch itself will report that the name does not resolve
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if address.is_private or address.is_loopback or address.is_link_local or address.is_reserved:
            return True
    return False


class _Fetcher:
    def __init__(self, *, delay: float, timeout: float, max_bytes: int) -> None:
        self.delay, self.timeout, self.max_bytes = delay, timeout, max_bytes
        self.last_request: dict[str, float] = {}
        self.robots: dict[str, urllib.robotparser.RobotFileParser] = {}

    def _wait_turn(self, host: str) -> None:
        last = self.last_request.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)  # politeness towards the server, not a wait in a test
        self.last_request[host] = time.monotonic()

    def get(self, url: str) -> tuple[_Response, list[tuple[str, str]], str]:
        """GET url → (response, request headers, request target)."""
        parts = urlsplit(url)
        self._wait_turn(parts.netloc)
        connection_class = (
            http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        )
        connection = connection_class(parts.hostname, parts.port, timeout=self.timeout)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = [
            ("Host", parts.netloc),
            ("User-Agent", USER_AGENT),
            ("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8"),
            ("Accept-Encoding", "gzip, deflate, br"),
            ("Connection", "close"),
        ]
        try:
            connection.putrequest("GET", target, skip_host=True, skip_accept_encoding=True)
            for name, value in headers:
                connection.putheader(name, value)
            connection.endheaders()
            response = connection.getresponse()
            body = response.read(self.max_bytes + 1)  # http.client undoes chunked framing
            if len(body) > self.max_bytes:
                raise CaptureError(f"response is over the {self.max_bytes:,}-byte limit for one page")
            kept = [(k, v) for k, v in response.getheaders() if k.lower() != "transfer-encoding"]
            return _Response(response.status, response.reason, kept, body), headers, target
        except (OSError, http.client.HTTPException) as exc:
            raise CaptureError(f"cannot fetch: {type(exc).__name__}: {exc}") from None
        finally:
            connection.close()

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self.robots:
            parser = urllib.robotparser.RobotFileParser(f"{root}/robots.txt")
            try:
                response, _, _ = self.get(f"{root}/robots.txt")
            except CaptureError:
                parser.allow_all = True
            else:
                if response.status in (401, 403):
                    parser.disallow_all = True
                elif response.status >= 400:
                    parser.allow_all = True
                else:
                    from archive.ingest.formats.httpbody import BodyError, BodyTooLarge, read_body

                    headers = {k.lower(): v for k, v in response.headers}
                    try:
                        text = read_body(io.BytesIO(response.body), headers, self.max_bytes)
                    except (BodyError, BodyTooLarge):
                        text = b""
                    parser.parse(text.decode("utf-8", "replace").splitlines())
            self.robots[root] = parser
        return self.robots[root].can_fetch(USER_AGENT, url)


def _write_exchange(writer: WARCWriter, url: str, response: _Response, req_headers, target: str) -> None:
    http_headers = StatusAndHeaders(
        f"{response.status} {response.reason}", response.headers, protocol="HTTP/1.1"
    )
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(response.body), http_headers=http_headers
    )
    request = writer.create_warc_record(
        url,
        "request",
        payload=io.BytesIO(b""),
        http_headers=StatusAndHeaders(f"GET {target} HTTP/1.1", req_headers, is_http_request=True),
    )
    request.rec_headers.add_header("WARC-Concurrent-To", record.rec_headers.get_header("WARC-Record-ID"))
    writer.write_record(record)
    writer.write_record(request)


def urls_capture(
    *,
    urls: list[str],
    warc_path: Path,
    delay: float = 1.0,
    ignore_robots: bool = False,
    allow_private: bool = True,
    timeout: float = 30.0,
    max_bytes: int = 32 * 1024 * 1024,
) -> CaptureReport:
    """Fetch every URL into one new WARC file; failures are lines of the report, never exceptions."""
    report = CaptureReport(warc_path=warc_path)
    fetcher = _Fetcher(delay=delay, timeout=timeout, max_bytes=max_bytes)
    warc = _LazyWarc(warc_path, {"software": USER_AGENT, "robots": "ignore" if ignore_robots else "obey"})
    try:
        for url in urls:
            try:
                _capture_one(url, warc, fetcher, ignore_robots, allow_private)
                report.fetched += 1
            except CaptureError as exc:
                report.failures.append((url, str(exc)))
    finally:
        warc.close()
    report.written = warc.handle is not None
    return report


class _LazyWarc:
    """The capture's WARC file, created (with its warcinfo record) when the first exchange is written:
    a list of URLs that were all refused leaves no empty file behind."""

    def __init__(self, path: Path, info: dict[str, str]) -> None:
        self.path, self.info = path, info
        self.handle = None
        self._writer: WARCWriter | None = None

    def writer(self) -> WARCWriter:
        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.handle = self.path.open("wb")
            self._writer = WARCWriter(self.handle, gzip=True)
            self._writer.write_record(self._writer.create_warcinfo_record(self.path.name, self.info))
        return self._writer

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


def _capture_one(url: str, warc: _LazyWarc, fetcher: _Fetcher, ignore_robots: bool, allow_private: bool):
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise CaptureError("not an http(s) URL")
        if not allow_private and _is_private(parts.hostname):
            raise CaptureError("a private or local address: refused")
        if not ignore_robots and not fetcher.allowed(current):
            raise CaptureError("disallowed by the site's robots.txt (not fetched)")
        response, req_headers, target = fetcher.get(current)
        _write_exchange(warc.writer(), current, response, req_headers, target)
        if response.status in (301, 302, 303, 307, 308):
            location = dict((k.lower(), v) for k, v in response.headers).get("location")
            if not location:
                raise CaptureError(f"HTTP {response.status} redirect without a Location")
            current = urljoin(current, location)
            continue
        if response.status >= 400:
            raise CaptureError(f"HTTP {response.status} {response.reason}")
        return
    raise CaptureError(f"more than {MAX_REDIRECTS} redirects")


def capture_path() -> Path:
    """A new WARC file under ARCHIVE_DATA_DIR/captures/ (UTC time plus a random suffix)."""
    import uuid

    from django.conf import settings
    from django.utils import timezone

    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    return Path(settings.ARCHIVE_DATA_DIR) / "captures" / f"capture-{stamp}-{uuid.uuid4().hex[:8]}.warc.gz"


def urls_capture_import(
    *, urls: list[str], ignore_robots: bool = False, delay: float = 1.0, allow_private: bool = True
) -> tuple[CaptureReport, ImportReport]:
    """Capture into a new WARC under the data folder and import it: (CaptureReport, ImportReport).

    Used by `manage.py capture_urls` and the admin's capture page."""
    from django.conf import settings

    from archive.services import ImportReport, articles_import

    capture = urls_capture(
        urls=urls,
        warc_path=capture_path(),
        delay=max(delay, 0.0),
        ignore_robots=ignore_robots,
        allow_private=allow_private,
        max_bytes=settings.ARCHIVE_MAX_PAGE_BYTES,
    )
    if not capture.fetched:  # nothing but failures, already reported one line each (maybe no WARC)
        return capture, ImportReport()
    return capture, articles_import(paths=[capture.warc_path])
