"""A small web site on 127.0.0.1 (a random free port) for the crawl, capture and admin tests.

`serve(routes)` runs Python's http.server in a thread; each route is a `Route`: status, headers,
body, and how to send it (gzip-, deflate- or br-encoded, chunked). Pages are the tests' own
sentences. The server stops when the `with` block ends.
"""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    encoding: str = ""  # "gzip" | "deflate" | "br"
    chunked: bool = False


def page(title: str, *paragraphs: str, links: tuple[str, ...] = (), extra_head: str = "") -> str:
    anchors = "".join(f'<a href="{href}">{href}</a> ' for href in links)
    paras = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{extra_head}</head>"
        f"<body><nav>{anchors}</nav><h1>{title}</h1>{paras}</body></html>"
    )


def _encode(body: bytes, encoding: str) -> bytes:
    if encoding == "gzip":
        return gzip.compress(body)
    if encoding == "deflate":
        return zlib.compress(body)
    if encoding == "br":
        import brotli

        return brotli.compress(body)
    return body


@contextmanager
def serve(routes: dict[str, Route], log: list[tuple[str, float]] | None = None) -> Iterator[str]:
    """Serve `routes` (path → Route) on 127.0.0.1; yields the base URL (no trailing slash).
    `log` receives (path, time.monotonic()) for every request."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            if log is not None:
                log.append((self.path, time.monotonic()))
            route = routes.get(self.path) or Route(b"not here", status=404, content_type="text/plain")
            body = _encode(route.body, route.encoding)
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            if route.encoding:
                self.send_header("Content-Encoding", route.encoding)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.chunked:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for start in range(0, len(body), 700):
                    piece = body[start : start + 700]
                    self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
            else:
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        def log_message(self, *args) -> None:  # quiet test output
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=30)
