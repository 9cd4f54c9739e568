"""Issue 13: the date a page was captured (WARC-Date, WACZ ts, MHTML Date, SingleFile's save date) is
kept on its Capture row and shown on the article page, in the JSON and in the admin."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import pytest
from django.urls import reverse
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.ingest.metadata import captured_at
from archive.models import Article, Capture
from tests.archive.ingest.test_formats_web import P1, P2, P3, _mhtml, _wacz
from tests.conftest import run_import


@pytest.mark.parametrize(
    ("hint", "expected"),
    [
        ("2021-08-05T12:00:00Z", datetime(2021, 8, 5, 12, tzinfo=UTC)),  # WARC-Date
        ("2021-08-05T12:00:00.250Z", datetime(2021, 8, 5, 12, 0, 0, 250000, tzinfo=UTC)),  # WACZ ts
        ("2021-08-05T20:00:00+08:00", datetime(2021, 8, 5, 12, tzinfo=UTC)),  # an offset
        ("2021-08-05T12:00:00", datetime(2021, 8, 5, 12, tzinfo=UTC)),  # no zone: UTC
        ("2021-08-05", datetime(2021, 8, 5, tzinfo=UTC)),
        ("20210805120000", datetime(2021, 8, 5, 12, tzinfo=UTC)),  # 14 digits (CDX, old WACZ)
        ("Thu, 5 Aug 2021 12:00:00 +0800", datetime(2021, 8, 5, 4, tzinfo=UTC)),  # MHTML Date:
        ("Thu, 05 Aug 2021 12:00:00 GMT", datetime(2021, 8, 5, 12, tzinfo=UTC)),
        (
            "Thu Aug 05 2021 20:00:00 GMT+0800 (中国标准时间)",
            datetime(2021, 8, 5, 12, tzinfo=UTC),
        ),  # SingleFile
    ],
)
def test_every_capture_date_form_is_read_as_an_aware_moment(hint, expected):
    moment = captured_at(hint)
    assert moment is not None and moment.tzinfo is not None
    assert moment == expected


@pytest.mark.parametrize(
    "hint", ["", "   ", "yesterday", "2021-13-45T00:00:00Z", "20211345120000", "Thu, 45 Foo 2021", "Xyz Q 1"]
)
def test_an_unreadable_capture_date_is_none_not_an_error(hint):
    assert captured_at(hint) is None


def _page(title: str, comment: str = "") -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body>{comment}<h1>{title}</h1>"
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></body></html>"
    ).encode()


def _warc(path, records: list[tuple[str, bytes, str]]):
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body, date in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": date},
                )
            )
    return path


@pytest.mark.django_db
def test_a_warc_import_keeps_each_records_warc_date_also_for_a_second_capture(tmp_path, client):
    warc = _warc(
        tmp_path / "crawl.warc.gz",
        [
            ("http://a.example.cn/1.html", _page("清晨的值守点"), "2021-08-05T12:00:00Z"),
            # the same article again in other bytes: one more capture, with its own date
            ("http://b.example.cn/1.html", _page("清晨的值守点", "<!-- b -->"), "2021-08-07T01:30:00Z"),
        ],
    )
    code, out, err = run_import(warc)
    assert code == 0, err
    assert "imported 1, duplicate 1" in out
    article = Article.objects.get()
    assert [c.captured_at for c in article.captures.order_by("id")] == [
        datetime(2021, 8, 5, 12, tzinfo=UTC),
        datetime(2021, 8, 7, 1, 30, tzinfo=UTC),
    ]

    html = client.get(article.get_absolute_url()).content.decode()
    assert '<time datetime="2021-08-05T20:00:00+08:00">2021-08-05 20:00:00 +0800</time>' in html

    data = client.get(article.get_absolute_url(), {"format": "json"}).json()
    assert [e["captured_at"] for e in data["captures"]] == [
        "2021-08-05T12:00:00+00:00",
        "2021-08-07T01:30:00+00:00",
    ]


@pytest.mark.django_db
def test_a_wacz_import_keeps_the_ts_of_pages_jsonl(tmp_path):
    code, out, err = run_import(_wacz(tmp_path))
    assert code == 0, err
    assert sorted(Capture.objects.values_list("captured_at", flat=True)) == [
        datetime(2022, 4, 5, 8, tzinfo=UTC),
        datetime(2022, 4, 6, 9, 30, tzinfo=UTC),
    ]


@pytest.mark.django_db
def test_an_mhtml_date_header_and_a_singlefile_save_date_are_kept(tmp_path):
    mhtml = tmp_path / "saved.mhtml"
    mhtml.write_bytes(
        _mhtml(
            "Content-Type: text/html; charset=utf-8", _page("清晨的值守点")
        )  # Date: 8 Mar 2020 11:00 +0800
    )
    single = tmp_path / "single.html"
    single.write_text(
        "<!DOCTYPE html><html><!--\n Page saved with SingleFile \n url: http://news.example.cn/b.html \n"
        " saved date: Sun Mar 08 2020 11:30:00 GMT+0800 (China Standard Time)\n-->"
        f"<head><title>送馒头的老人</title></head><body><h1>送馒头的老人</h1><p>{P3}</p><p>{P2}</p></body></html>",
        encoding="utf-8",
    )
    code, out, err = run_import(mhtml, single)
    assert code == 0, err
    assert dict(Capture.objects.values_list("format", "captured_at")) == {
        "mhtml": datetime(2020, 3, 8, 3, tzinfo=UTC),
        "singlefile": datetime(2020, 3, 8, 3, 30, tzinfo=UTC),
    }


@pytest.mark.django_db
def test_a_plain_text_file_has_no_capture_date(tmp_path, client):
    path = tmp_path / "note.txt"
    path.write_text(f"清晨的值守点\n\n{P1}\n{P2}\n{P3}\n", encoding="utf-8")
    code, out, err = run_import(path)
    assert code == 0, err
    capture = Capture.objects.get()
    assert capture.captured_at is None
    html = client.get(capture.article.get_absolute_url()).content.decode()
    assert "<time datetime" not in html.split('id="capture-h"')[1].split("</section>")[0]


@pytest.mark.django_db
def test_the_admin_shows_the_capture_date_in_the_captures_inline(tmp_path, admin_client):
    run_import(
        _warc(
            tmp_path / "one.warc.gz", [("http://a.example.cn/1.html", _page("值守"), "2021-08-05T12:00:00Z")]
        )
    )
    article = Article.objects.get()
    html = admin_client.get(reverse("admin:archive_article_change", args=[article.pk])).content.decode()
    cell = re.search(r'<td class="field-captured_at">(.*?)</td>', html, re.S)
    assert cell is not None and "2021年8月5日 20:00" in cell.group(1)  # Asia/Shanghai, in Chinese
