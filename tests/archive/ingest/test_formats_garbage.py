"""Any bytes under any importable name: the readers yield pages or skipped lines, or raise ReadError
with a reason — never another exception (which would stop a whole import with a traceback)."""

from __future__ import annotations

import gzip
import io
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.ingest.read import ReadError, read_file

SUFFIXES = [
    ".warc",
    ".warc.gz",
    ".wacz",
    ".csv",
    ".jsonl",
    ".json",
    ".xlsx",
    ".md",
    ".mhtml",
    ".html",
    ".txt",
]
PREFIXES = [
    b"",
    b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\n",
    b"---\ntitle: [\n",
    b"+++\ntitle = \n",
    b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n",
    "标题,正文\n".encode(),
    b'[{"title": 1, "body": ',
]


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, data in members.items():
            package.writestr(name, data)
    return buffer.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    suffix=st.sampled_from(SUFFIXES),
    prefix=st.sampled_from(PREFIXES),
    body=st.binary(max_size=400),
    wrap=st.sampled_from(["plain", "gzip", "zip-wacz", "zip-xlsx"]),
)
def test_garbage_is_read_or_refused_with_a_reason(suffix, prefix, body, wrap):
    data = prefix + body
    if wrap == "gzip":
        data = gzip.compress(data)
    elif wrap == "zip-wacz":
        data = _zip({"datapackage.json": b"{}", "archive/data.warc.gz": data, "pages/pages.jsonl": body})
    elif wrap == "zip-xlsx":
        data = _zip({"xl/workbook.xml": data, "[Content_Types].xml": body})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            list(read_file(path, max_bytes=10_000))
        except ReadError:
            pass
