"""Hostile and broken input to import_articles: each bad file gets a clear per-file reason, the good
ones beside it are stored whole, nothing is stored half-way, and memory stays bounded."""

from __future__ import annotations

import io
import sys
import uuid
from pathlib import Path

import pytest
from django.urls import reverse
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.models import Article, Capture, Mention
from tests.conftest import run_import, sample, sample_text
from tests.processes import import_in_a_child

pytestmark = pytest.mark.django_db

STORY = sample_text("002")
PARAGRAPHS = "".join(f"<p>{line}</p>" for line in STORY.split("\n") if line.strip())


def _counts() -> tuple[int, int, int]:
    return Article.objects.count(), Capture.objects.count(), Mention.objects.count()


def _originals(settings) -> list[Path]:
    return sorted(p for p in (Path(settings.ARCHIVE_DATA_DIR) / "originals").rglob("*") if p.is_file())


def test_scripts_handlers_iframes_and_data_uris_never_reach_the_text(client, tmp_path):
    data_uri = "data:image/png;base64," + "iVBORw0KGgo" * 200_000  # 2.2 MB inline image
    page = tmp_path / "hostile.html"
    page.write_text(
        "<html><head><title>社区防疫</title><script>steal(document.cookie)</script>"
        "<style>body{background:url(javascript:alert(1))}</style></head><body>"
        f'<img src="{data_uri}" onerror="alert(\'img\')">'
        '<iframe src="https://evil.example/">框架里的字</iframe>'
        '<object data="x.swf">插件里的字</object>'
        f"{PARAGRAPHS}"
        "<p>居民可以<a href=\"javascript:alert('link')\" onclick=\"alert('click')\">"
        "点这里</a>预约上门核酸检测。</p>"
        "<svg><script>alert('svg')</script></svg><noscript>请开启脚本</noscript>"
        "</body></html>",
        encoding="utf-8",
    )
    code, out, err = run_import(page)
    assert code == 0, err
    article = Article.objects.get()
    for bad in (
        "steal",
        "alert",
        "javascript",
        "base64",
        "iVBOR",
        "框架里的字",
        "插件里的字",
        "请开启脚本",
        "<",
        ">",
    ):
        assert bad not in article.body, bad
    assert "居民可以点这里预约上门核酸检测。" in article.body  # link text is kept as text, in its sentence
    html = client.get(reverse("archive:article-detail", args=[article.pk])).content.decode()
    assert "steal(" not in html and "onerror" not in html and "javascript:" not in html


@pytest.mark.parametrize(
    "markup",
    [
        "<div><p>{text}<span><b>未闭合的标签",  # nothing closed
        "</div></p>{text}</body></html></html>",  # stray closing tags
        "<p>{text}<<<>>><p/><p <p>>><!DOCTYPE what?><![CDATA[x]]>",  # junk tags
        "<p>{text}</p><!-- a comment that never ends",  # unterminated comment
        "<table><tr><td>{text}<td><tr></table></td>",  # broken table
        "<p title='{text}>不完整的属性",  # unterminated attribute: no text survives
        "<p>{text}</p><script>never closed(",  # unterminated script
        "<p>{text}&#xFFFFFFFF;&#0;&bogus;&#x110000;&amp</p>",  # broken character references
    ],
)
def test_malformed_html_is_imported_or_refused_with_a_reason(tmp_path, markup):
    page = tmp_path / "broken.html"
    page.write_text(markup.replace("{text}", PARAGRAPHS), encoding="utf-8")
    code, out, err = run_import(page)
    assert "Traceback" not in err
    if code == 0:
        assert "imported 1" in out
        body = Article.objects.get().body
        assert "中国共产党员" in body and "<" not in body
    else:
        assert "failed 1" in out and str(page) in err
        assert _counts() == (0, 0, 0)


@pytest.mark.parametrize(
    ("declared", "encoding"),
    [
        ("utf-8", "gb18030"),  # declares UTF-8, is GBK
        ("gbk", "utf-8"),  # declares GBK, is UTF-8
        ("x-no-such-codec", "gb18030"),
        ("big5", "gb18030"),  # declares the other CJK codec
        (None, "gb18030"),  # no declaration at all
    ],
)
def test_wrong_or_missing_encoding_declarations_are_read_right(tmp_path, declared, encoding):
    meta = f'<meta charset="{declared}">' if declared else ""
    page = tmp_path / "page.html"
    page.write_bytes(f"<html><head>{meta}</head><body>{PARAGRAPHS}</body></html>".encode(encoding))
    code, out, err = run_import(page)
    assert code == 0, err
    article = Article.objects.get()
    assert STORY.split("\n")[-3][:20] in article.body or "社区" in article.body
    assert "\ufffd" not in article.body
    assert article.captures.get().encoding == ("gb18030" if encoding == "gb18030" else "utf-8")


def test_the_same_file_twice_in_one_run_is_one_article(tmp_path):
    for name in ("a.txt", "copy of a.txt", "sub/a.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(sample("003").read_bytes())
    code, out, _ = run_import(tmp_path)
    assert code == 0 and "imported 1, duplicate 2, failed 0" in out
    assert _counts()[:2] == (1, 1)


@pytest.mark.parametrize(
    "name",
    [
        "有 空格 的 文件 (1).txt",
        "社区" * 40 + ".html",  # 243 bytes: near the 255-byte limit of a file name
        "x" * 240 + ".txt",
        "-starts-with-a-dash.txt",
        "quote'\"and;semicolon&amp.txt",
        "ünïcödé—‘curly’.TXT",
    ],
)
def test_odd_file_names_import_and_download(client, tmp_path, name):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(sample("001").read_bytes())
    code, out, err = run_import(folder)
    assert code == 0, err
    capture = Capture.objects.get()
    assert capture.file_name == name
    response = client.get(reverse("archive:capture-download", args=[capture.sha256]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == sample("001").read_bytes()
    assert "attachment" in response.headers["Content-Disposition"]


def _warc_record(writer: WARCWriter, url: str, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
    )


def test_a_warc_cut_short_keeps_the_whole_records_before_the_cut(settings, tmp_path):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    _warc_record(writer, "http://news.example.cn/a.html", f"<html><body>{PARAGRAPHS}</body></html>".encode())
    cut_at = len(buffer.getvalue())
    paragraphs = "".join(f"<p>{line}</p>" for line in sample_text("003").split())
    _warc_record(writer, "http://news.example.cn/b.html", f"<html><body>{paragraphs}</body></html>".encode())
    data = buffer.getvalue()
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(data[: cut_at + (len(data) - cut_at) // 2])
    code, out, err = run_import(warc)
    assert code == 1 and "imported 1, duplicate 0, failed 1" in out
    assert "truncated WARC" in err and "after the record for http://news.example.cn/a.html" in err
    assert "record for http://news.example.cn/b.html is cut short" in err
    assert Article.objects.get().url == "http://news.example.cn/a.html"
    assert len(_originals(settings)) == 1  # the cut record left no original behind


@pytest.mark.skipif(sys.platform != "linux", reason="peak RSS in KB is Linux's getrusage")
def test_100_mb_files_are_refused_or_streamed_in_bounded_memory(tmp_path):
    small = tmp_path / "small.html"
    small.write_text(f"<html><body>{PARAGRAPHS}</body></html>", encoding="utf-8")
    # A 100 MB page: refused before it is read.
    big_page = tmp_path / "big.html"
    with big_page.open("wb") as handle:
        handle.write(b"<html><body><p>")
        chunk = ("社区志愿者" * 20_000).encode()
        while handle.tell() < 100 * 1024 * 1024:
            handle.write(chunk)
    # A 100 MB WARC: one good record, one 100 MB record (skipped unread), one good record.
    big_warc = tmp_path / "crawl.warc"
    with big_warc.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        _warc_record(
            writer, "http://news.example.cn/first.html", f"<html><body>{PARAGRAPHS}</body></html>".encode()
        )
        size = 100 * 1024 * 1024
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        handle.write(
            (
                f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://news.example.cn/huge.html\r\n"
                f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\nWARC-Date: 2022-04-01T00:00:00Z\r\n"
                f"Content-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {len(http) + size}\r\n\r\n"
            ).encode()
            + http
        )
        for _ in range(size // len(chunk)):
            handle.write(chunk)
        handle.write(chunk[: size % len(chunk)] + b"\r\n\r\n")
        _warc_record(
            writer,
            "http://news.example.cn/last.html",
            (
                "<html><body>"
                + "".join(f"<p>{line}</p>" for line in sample_text("003").split())
                + "</body></html>"
            ).encode(),
        )
    base_code, base_out, base_peak = import_in_a_child(tmp_path / "base", small)
    assert base_code == 0, base_out
    code, out, page_peak = import_in_a_child(tmp_path / "page", big_page)
    assert code == 1 and "over the 33,554,432-byte limit for one page" in out and "Traceback" not in out
    code, out, warc_peak = import_in_a_child(tmp_path / "warc", big_warc)
    assert code == 1 and "imported 2, duplicate 0, failed 1" in out, out
    assert "huge.html: record is 104,857,6" in out and "Traceback" not in out
    # Memory: neither 100 MB file costs more than a few MB beyond importing one small page.
    assert page_peak - base_peak < 40 and warc_peak - base_peak < 40, (base_peak, page_peak, warc_peak)


def test_emoji_sequences_keep_their_joiner_while_other_zero_width_characters_go(client, tmp_path):
    (tmp_path / "emoji.txt").write_text(
        "口罩😷与🧑\u200d⚕️：一线的笑脸\n社区医生吴天\u200d明和志愿者👩\u200d👩\u200d👧一家上门送药。\n",
        encoding="utf-8",
    )
    code, _out, err = run_import(tmp_path)
    assert code == 0, err
    article = Article.objects.get()
    assert article.title == "口罩😷与🧑\u200d⚕️：一线的笑脸"
    assert "👩\u200d👩\u200d👧" in article.body and "吴天明" in article.body
    assert "🧑\u200d⚕️" in client.get(article.get_absolute_url(), {"format": "json"}).json()["title"]
