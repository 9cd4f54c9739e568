"""read.py: bytes → decoded pages. Pure; no database."""

from __future__ import annotations

import gzip
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.ingest.read import ReadError, decode_bytes, html_to_text, read_file
from tests.conftest import sample_text


def test_it_decodes_gbk_without_a_declaration():
    text = sample_text("004")
    decoded, encoding = decode_bytes(text.encode("gbk", errors="ignore"))
    assert encoding == "gb18030"
    assert "市直单位驻大西门社区临时党支部书记" in decoded


def test_it_decodes_big5_traditional_text():
    decoded, encoding = decode_bytes("社區黨員志願者在隔離點值守，為居民服務。".encode("big5"))
    assert encoding == "big5"
    assert decoded.startswith("社區黨員")


def test_it_strips_a_utf8_bom():
    assert decode_bytes("\ufeff来源:永州日报".encode("utf-8-sig")) == ("来源:永州日报", "utf-8")


def test_it_trusts_a_declared_charset_in_html(tmp_path):
    page = tmp_path / "page.html"
    html = '<html><head><meta charset="gbk"><title>标题</title></head><body><p>党员干部下沉社区。</p></body>'
    page.write_bytes(html.encode("gbk"))
    [doc] = list(read_file(page))
    assert doc.encoding == "gb18030" and doc.text == "党员干部下沉社区。" and doc.hints["title"] == "标题"


def test_it_drops_script_and_style_from_html():
    text, hints = html_to_text("<h1>标题</h1><script>alert(1)</script><style>p{}</style><p>正文。</p>")
    assert text == "标题\n正文。" and hints["h1"] == "标题"


def test_it_rejects_an_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ReadError, match="empty file"):
        list(read_file(empty))


def test_it_rejects_a_binary_file(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(ReadError, match="binary"):
        list(read_file(binary))


def _warc(records: list[tuple[str, bytes, str]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, body, ctype in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
        )
    return buffer.getvalue()


def test_it_reads_every_html_response_in_a_warc(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(
        _warc(
            [
                ("http://news.example.cn/a.html", "<p>第一篇。</p>".encode("gbk"), "text/html; charset=gbk"),
                ("http://news.example.cn/logo.png", b"\x89PNG", "image/png"),
                ("http://news.example.cn/b.html", "<p>第二篇。</p>".encode(), "text/html; charset=utf-8"),
            ]
        )
    )
    docs = list(read_file(warc))
    assert [(d.url, d.text, d.encoding) for d in docs] == [
        ("http://news.example.cn/a.html", "第一篇。", "gb18030"),
        ("http://news.example.cn/b.html", "第二篇。", "utf-8"),
    ]


def test_it_reports_a_truncated_warc(tmp_path):
    data = gzip.decompress(_warc([("http://x.cn/a", "<p>正文很长。</p>".encode() * 50, "text/html")]))
    warc = tmp_path / "broken.warc"
    warc.write_bytes(data[: len(data) // 2])
    with pytest.raises(ReadError, match="WARC"):
        list(read_file(warc))
