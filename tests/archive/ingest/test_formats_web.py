"""formats/: web archives (WARC, WACZ), HTTP body decoding, WeChat pages, MHTML and SingleFile.
Pure: no database; every file is built here from the tests' own sentences."""

from __future__ import annotations

import base64
import gzip
import io
import json
import quopri
import zipfile
import zlib

import brotli
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.ingest.clean import clean_page
from archive.ingest.formats.httpbody import BodyTooLarge, read_body
from archive.ingest.read import RawDocument, Skipped, read_file

P1 = "三月初，和平社区的志愿者每天清晨在小区门口为居民测量体温。"
P2 = "社区党委书记王建华说，四十多名党员分成六个小组，轮流守在各个楼栋。"
P3 = "居民李秀英今年七十二岁，她把自己做的馒头送到了值守点。"
BODY = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"


def _html(title: str, body: str = BODY) -> bytes:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>".encode()


@pytest.mark.parametrize(
    ("coding", "encode"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, as some servers send it
        ("br", brotli.compress),
        ("gzip, br", lambda b: brotli.compress(gzip.compress(b))),
    ],
)
def test_it_decodes_every_content_encoding(coding, encode):
    payload = _html("编码") * 50
    assert read_body(io.BytesIO(encode(payload)), {"content-encoding": coding}, None) == payload


def test_it_undoes_chunked_framing_under_gzip():
    packed = gzip.compress(_html("分块"))
    chunked = b"".join(
        f"{len(packed[i : i + 50]):x}\r\n".encode() + packed[i : i + 50] + b"\r\n"
        for i in range(0, len(packed), 50)
    )
    headers = {"transfer-encoding": "chunked", "content-encoding": "gzip"}
    assert read_body(io.BytesIO(chunked + b"0\r\n\r\n"), headers, None) == _html("分块")


def test_a_body_stored_decoded_under_a_gzip_header_passes_through():
    assert read_body(io.BytesIO(_html("原样")), {"content-encoding": "gzip"}, None) == _html("原样")


@pytest.mark.parametrize("coding", ["gzip", "br"])
def test_the_limit_applies_to_the_decoded_bytes(coding):
    bomb = gzip.compress(bytes(50_000_000)) if coding == "gzip" else brotli.compress(bytes(50_000_000))
    assert len(bomb) < 100_000
    with pytest.raises(BodyTooLarge, match="over the 1,000,000-byte limit"):
        read_body(io.BytesIO(bomb), {"content-encoding": coding}, 1_000_000)


def _record(writer, url, rec_type="response", body=b"", ctype="text/html; charset=utf-8", status="200 OK"):
    headers = None
    if rec_type == "response" and not url.startswith("dns:"):
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        rec_type,
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_content_type=ctype if headers is None else None,
    )
    writer.write_record(record)
    return record


def _crawl(tmp_path, extra=None):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
    _record(
        writer,
        "http://site.example.cn/a.html",
        "request",
        b"GET /a.html HTTP/1.1\r\n\r\n",
        "application/http; msgtype=request",
    )
    original = _record(writer, "http://site.example.cn/a.html", body=_html("清晨的值守点"))
    _record(
        writer,
        "metadata://gnu.org/software/wget/warc/wget_arguments.txt",
        "resource",
        b'"-r" "-l" "1"',
        "text/plain",
    )
    _record(
        writer, "metadata://gnu.org/software/wget/warc/wget.log", "resource", b"FINISHED --2022", "text/plain"
    )
    _record(
        writer,
        "http://site.example.cn/a.html",
        "metadata",
        b"outlink: http://site.example.cn/s.css",
        "application/warc-fields",
    )
    _record(
        writer, "dns:site.example.cn", "response", b"20220401 site.example.cn. 300 IN A 127.0.0.1", "text/dns"
    )
    _record(
        writer,
        "http://site.example.cn/old.html",
        body=b"<html><body>moved</body></html>",
        status="301 Moved Permanently",
    )
    _record(writer, "http://site.example.cn/s.css", body=b"body{color:#333}", ctype="text/css")
    _record(writer, "http://site.example.cn/robots.txt", body=b"User-agent: *\nDisallow:", ctype="text/plain")
    _record(writer, "ftp://files.example.cn/notice.html", body=_html("不是网页"))
    digest = original.rec_headers.get_header("WARC-Payload-Digest")
    revisit = writer.create_revisit_record(
        "http://site.example.cn/a.html?again=1",
        digest,
        "http://site.example.cn/a.html",
        "2022-04-01T00:00:00Z",
    )
    writer.write_record(revisit)
    writer.write_record(
        writer.create_revisit_record("http://site.example.cn/gone.html", "sha1:AAAABBBBCCCCDDDD", "", "")
    )
    for item in extra or []:
        _record(writer, *item)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(buffer.getvalue())
    return path, original


def test_warc_records_are_classified_not_guessed(tmp_path):
    path, original = _crawl(tmp_path)
    items = list(read_file(path))
    docs = [i for i in items if isinstance(i, RawDocument)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    # the page, and the revisit as one more capture of the same text (other bytes: the revisit's own)
    assert [d.url for d in docs] == ["http://site.example.cn/a.html", "http://site.example.cn/a.html?again=1"]
    assert docs[0].text == docs[1].text and docs[0].sha256 != docs[1].sha256
    assert b"WARC-Type: revisit" in docs[1].raw
    assert docs[1].record_id == docs[1].raw.split(b"WARC-Record-ID: ")[1].split(b"\r\n")[0].decode()
    # wget's arguments and log, metadata, DNS, the redirect, CSS and robots.txt: silent
    assert [(s.source_path.split("#", 1)[1], s.reason.split(":")[0]) for s in skipped] == [
        ("ftp://files.example.cn/notice.html", "not a web page"),
        ("http://site.example.cn/gone.html", "revisit record refers to sha1"),
    ]
    assert "not in this archive" in skipped[1].reason


def test_a_gzip_bomb_in_a_warc_record_is_one_skipped_line(tmp_path):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    bomb = gzip.compress(b"<p>" + bytes(20_000_000))
    headers = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], protocol="HTTP/1.1"
    )
    writer.write_record(
        writer.create_warc_record(
            "http://x.cn/bomb.html", "response", payload=io.BytesIO(bomb), http_headers=headers
        )
    )
    _record(writer, "http://x.cn/ok.html", body=_html("正常的一页"))
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(buffer.getvalue())
    items = list(read_file(path, max_bytes=1_000_000))
    assert (
        isinstance(items[0], Skipped)
        and "decoded payload is over the 1,000,000-byte limit" in items[0].reason
    )
    assert items[1].url == "http://x.cn/ok.html"


def _wacz(tmp_path) -> object:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    _record(writer, "https://news.example.cn/1.html", body=_html("页面里的标题"))
    _record(writer, "https://news.example.cn/2.html", body=_html("第二页", f"<p>{P3}</p><p>{P1}</p>"))
    path = tmp_path / "crawl.wacz"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("archive/data.warc.gz", buffer.getvalue(), compress_type=zipfile.ZIP_STORED)
        lines = [
            {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"},
            {
                "id": "p1",
                "url": "https://news.example.cn/1.html",
                "title": "社区清晨的体温检测",
                "ts": "2022-04-05T08:00:00Z",
            },
            {
                "id": "p2",
                "url": "https://news.example.cn/2.html",
                "title": "送馒头的老人",
                "ts": "2022-04-06T09:30:00Z",
            },
        ]
        package.writestr("pages/pages.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
        package.writestr("datapackage.json", json.dumps({"profile": "data-package", "resources": []}))
    return path


def test_a_wacz_imports_its_pages_with_their_titles_and_capture_times(tmp_path):
    docs = list(read_file(_wacz(tmp_path)))
    assert [(d.url, d.hints["archive:title"], d.hints["archive:captured"]) for d in docs] == [
        ("https://news.example.cn/1.html", "社区清晨的体温检测", "2022-04-05T08:00:00Z"),
        ("https://news.example.cn/2.html", "送馒头的老人", "2022-04-06T09:30:00Z"),
    ]
    assert docs[0].source_path.endswith("crawl.wacz#archive/data.warc.gz#https://news.example.cn/1.html")
    page = clean_page(docs[0].text, docs[0].hints)
    assert page.title == "社区清晨的体温检测" and page.body == "\n".join([P1, P2, P3])


WECHAT = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="和平社区的清晨：志愿者守好小区门">
<meta property="og:url" content="http://mp.weixin.qq.com/s/AbCdEf123">
<title>和平社区的清晨：志愿者守好小区门</title><style>.rich_media_content{visibility:hidden}</style></head>
<body><div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">
    和平社区的清晨：志愿者守好小区门
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">文：陈晓东</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
<a href="javascript:void(0);" id="js_name">和平街道社区服务中心</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{visible}</em>
</div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
<section><p>点击上方蓝字关注我们</p></section>
<p>{p1}</p><section><div><p>{p2}</p></div></section><p>{p3}<br></p>
<p><img data-src="qr.png"></p><p>长按识别二维码关注我们</p><p>点个在看，你最好看</p><p>点赞</p>
</div>
<div class="rich_media_area_extra"><a id="js_view_source">阅读原文</a><p>喜欢此内容的人还喜欢</p></div>
</div>
<script>var nickname = htmlDecode("和平街道社区服务中心"); var ct = "1583636400";
var msg_title = '和平社区的清晨：志愿者守好小区门'.html(false);</script>
</body></html>"""


@pytest.mark.parametrize(
    ("visible", "published"), [("", "2020-03-08 11:00"), ("2020年03月09日 08:15", "2020年03月09日 08:15")]
)
def test_a_saved_wechat_article_keeps_outlet_date_author_and_only_the_article(tmp_path, visible, published):
    path = tmp_path / "wechat.html"
    path.write_text(
        WECHAT.replace("{visible}", visible).replace("{p1}", P1).replace("{p2}", P2).replace("{p3}", P3)
    )
    [doc] = read_file(path)
    assert doc.url == "http://mp.weixin.qq.com/s/AbCdEf123"
    assert (
        doc.hints["archive:source"] == "和平街道社区服务中心" and doc.hints["archive:published"] == published
    )
    page = clean_page(doc.text, doc.hints)
    assert page.title == "和平社区的清晨：志愿者守好小区门"
    assert page.source == "和平街道社区服务中心" and page.authors == ["陈晓东"]
    assert page.body == "\n".join([P1, P2, P3])  # no follow prompts, QR lines, 阅读原文, 点赞/在看
    assert page.published.strftime("%Y-%m-%d %H:%M") == (
        "2020-03-08 11:00" if not visible else "2020-03-09 08:15"
    )


def _mhtml(part_headers: str, payload: bytes) -> bytes:
    return (
        b"From: <Saved by Blink>\r\n"
        b"Snapshot-Content-Location: http://news.example.cn/2020/0308/a.html\r\n"
        b"Subject: =?utf-8?Q?x?=\r\nDate: Sun, 8 Mar 2020 11:00:00 +0800\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        b'\tboundary="----MultipartBoundary--q1----"\r\n\r\n'
        b"------MultipartBoundary--q1----\r\n" + part_headers.encode() + b"\r\n\r\n" + payload + b"\r\n"
        b"------MultipartBoundary--q1----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Location: http://news.example.cn/logo.png\r\n\r\niVBORw0KGgo=\r\n"
        b"------MultipartBoundary--q1------\r\n"
    )


def test_an_mhtml_page_in_gbk_quoted_printable_is_decoded(tmp_path):
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head>'
        f"<body><h1>清晨的值守点</h1>{BODY}</body></html>"
    )
    path = tmp_path / "saved.mhtml"
    path.write_bytes(
        _mhtml(
            "Content-Type: text/html; charset=gbk\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: http://news.example.cn/2020/0308/a.html",
            quopri.encodestring(markup.encode("gbk")),
        )
    )
    [doc] = read_file(path)
    assert (doc.format, doc.encoding, doc.url) == (
        "mhtml",
        "gb18030",
        "http://news.example.cn/2020/0308/a.html",
    )
    assert doc.raw == path.read_bytes() and doc.hints["archive:captured"] == "2020-03-08T11:00:00+08:00"
    assert clean_page(doc.text, doc.hints).body == "\n".join([P1, P2, P3])


def test_an_mhtml_page_in_base64_with_only_a_meta_charset_is_decoded(tmp_path):
    markup = '<html><head><meta charset="big5"></head><body><p>社區黨員志願者在隔離點值守，為居民服務。</p>'
    path = tmp_path / "saved.mht"
    path.write_bytes(
        _mhtml(
            "Content-Type: text/html\r\nContent-Transfer-Encoding: base64",
            base64.encodebytes(markup.encode("big5")),
        )
    )
    [doc] = read_file(path)
    assert doc.encoding == "big5" and doc.text == "社區黨員志願者在隔離點值守，為居民服務。"


def test_a_singlefile_page_keeps_its_original_url_and_save_date(tmp_path):
    path = tmp_path / "singlefile.html"
    path.write_text(
        '<!DOCTYPE html> <html lang="zh"><!--\n Page saved with SingleFile \n'
        " url: http://news.example.cn/2020/0308/b.html \n"
        " saved date: Sun Mar 08 2020 11:30:00 GMT+0800 (China Standard Time)\n-->"
        '<head><meta charset="utf-8"><title>清晨的值守点</title><style>img{width:1px}</style></head>'
        f'<body><h1>清晨的值守点</h1>{BODY}<img src="data:image/png;base64,iVBORw0KGgo="></body></html>',
        encoding="utf-8",
    )
    [doc] = read_file(path)
    assert (doc.format, doc.url) == ("singlefile", "http://news.example.cn/2020/0308/b.html")
    assert doc.hints["archive:captured"].startswith("Sun Mar 08 2020 11:30:00")
    assert clean_page(doc.text, doc.hints).body == "\n".join([P1, P2, P3])


def test_sentences_that_mention_likes_or_qr_codes_stay_in_a_wechat_body():
    from archive.ingest.formats.wechat import is_boilerplate

    kept = [
        "志愿者们正在看望独居老人，居民纷纷点赞。",
        "居民扫描二维码登记后进入小区。",
        "大家关注的菜价稳住了。",
    ]
    dropped = [
        "点击上方蓝字关注我们",
        "长按识别二维码",
        "扫码关注 和平街道",
        "点个在看，你最好看",
        "分享 · 点赞 · 在看",
        "▼",
        "阅读原文",
    ]
    assert [line for line in kept + dropped if not is_boilerplate(line)] == kept


def test_an_old_arc_file_reads_like_a_warc(tmp_path):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + _html("清晨的值守点")
    desc = b"1 0 InternetArchive\nURL IP-address Archive-date Content-type Archive-length\n"
    path = tmp_path / "old.arc"
    path.write_bytes(
        b"filedesc://old.arc 0.0.0.0 20200101000000 text/plain %d\n%s\n" % (len(desc), desc)
        + b"http://a.example.cn/1.html 127.0.0.1 20200308110000 text/html %d\n%s\n" % (len(http), http)
    )
    [doc] = read_file(path)
    assert doc.url == "http://a.example.cn/1.html" and clean_page(doc.text).body == "\n".join([P1, P2, P3])
