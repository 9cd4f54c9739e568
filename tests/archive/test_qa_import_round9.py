"""QA round 9, import and admin: truncated web archives, duplicate dataset headers, workbooks of several
sheets, bidi controls in file names, the Chinese admin's import reasons, the URL capture that fetched
nothing, and the weight of the article change page. Real database, real files, no mocks."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import Workbook
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.models import Article, Capture, Mention, Organization, Person, Place
from archive.originals import original_path
from tests.conftest import run_import

pytestmark = pytest.mark.django_db

P1 = "和平社区的志愿者清晨六点就到了小区门口，为居民测量体温、登记出入。"
P2 = "团结社区的快递驿站改成了无接触取件，志愿者把包裹送到每家门口。"
P3 = "胜利路的菜场重新开门那天，摊主们给值守的党员送来一筐青菜。"


def _original(capture: Capture) -> bytes:
    return original_path(capture.sha256).read_bytes()


def _page(title: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>".encode()


def _warc_bytes(gzip: bool) -> tuple[bytes, list[int]]:
    """Three pages; the offsets where each record starts (and the end)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    starts = []
    for n, (title, text) in enumerate((("清晨的值守点", P1), ("无接触取件", P2), ("菜场开门", P3))):
        starts.append(buffer.tell())
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        payload = io.BytesIO(_page(title, text, P1 if n else P3))
        writer.write_record(
            writer.create_warc_record(
                f"http://news.example.cn/{n}.html", "response", payload=payload, http_headers=headers
            )
        )
    return buffer.getvalue(), [*starts, buffer.tell()]


def test_a_web_archive_cut_short_is_one_failure_after_the_records_before_it(tmp_path):
    gz, members = _warc_bytes(gzip=True)
    cut_gz = tmp_path / "x.warc.gz"  # cut in the middle of the second gzip member
    cut_gz.write_bytes(gz[: (members[1] + members[2]) // 2])
    plain, starts = _warc_bytes(gzip=False)
    cut_plain = tmp_path / "y.warc"  # cut inside the second record's WARC headers
    cut_plain.write_bytes(plain[: starts[1] + 40])
    wacz = tmp_path / "z.wacz"
    with zipfile.ZipFile(wacz, "w") as package:
        package.writestr("datapackage.json", json.dumps({"profile": "data-package", "resources": []}))
        package.writestr("archive/data.warc.gz", gz[: members[1] + 30])  # cut in the second member
    for path in (cut_gz, cut_plain, wacz):
        code, out, err = run_import(path)
        assert code == 1 and "failed 1" in out, (path, out, err)
        assert f"{path}: " in err and "damaged or truncated WARC file: it stops after the record for" in err
        assert "http://news.example.cn/0.html" in err
    assert "archive/data.warc.gz: damaged or truncated" in err  # the member of the package is named
    # the record before the cut was imported (once: the three files share it)
    assert list(Article.objects.values_list("url", flat=True)) == ["http://news.example.cn/0.html"]
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gz)
    code, out, err = run_import(whole)
    assert code == 0 and "imported 2, duplicate 1, failed 0" in out, err


def test_a_repeated_column_header_reads_the_first_column_and_says_so(tmp_path):
    table = tmp_path / "table.csv"
    table.write_text(f"标题,正文,标题\n真标题,{P1},另一列\n", encoding="utf-8")
    book = Workbook()
    sheet = book.active
    sheet.append(["标题", "日期", "正文", "日期"])
    sheet.append(
        [
            "菜场开门",
            dt.datetime(2020, 3, 8, 11, 0),  # noqa: DTZ001 - Excel cells hold no zone
            P3,
            "三月初",
        ]
    )
    workbook = tmp_path / "book.xlsx"
    book.save(workbook)
    code, out, err = run_import(table, workbook)
    assert code == 0 and "imported 2, duplicate 0, failed 0" in out, err
    assert f"{table}#row 1: duplicate column header '标题': the first column of that name is read" in err
    assert f"{workbook}#row 1: duplicate column header '日期'" in err
    assert Article.objects.get(body__contains=P1).title == "真标题"
    dated = Article.objects.get(body__contains=P3)
    assert dated.published_at is not None and timezone.localtime(dated.published_at).date() == dt.date(
        2020, 3, 8
    )
    columns = json.loads(_original(Capture.objects.get(article=dated)))["columns"]
    assert columns["日期 (2)"] == "三月初"  # the other column is kept in the capture


def test_every_worksheet_of_a_workbook_is_read(tmp_path):
    book = Workbook()
    first = book.active
    first.title = "三月"
    first.append(["标题", "正文"])
    first.append(["清晨的值守点", P1])
    second = book.create_sheet("四月")
    second.append(["日期", "内容", "标题"])
    second.append(["2020-04-02", "", "空行"])
    second.append(["2020-04-03", P2, "无接触取件"])
    book.create_sheet("Sheet3")  # empty: nothing to say
    notes = book.create_sheet("说明")
    notes.append(["备注"])
    notes.append(["采集于2020年"])
    path = tmp_path / "months.xlsx"
    book.save(path)
    code, out, err = run_import(path)
    assert code == 1 and "imported 2, duplicate 0, failed 1" in out, err
    assert f"{path}#四月 row 2: row has no body text" in err
    assert f"{path}#说明: sheet not read: no body column" in err  # a line, not a failure
    assert "Sheet3" not in err
    article = Article.objects.get(body__contains=P2)
    assert article.title == "无接触取件" and timezone.localtime(article.published_at).date() == dt.date(
        2020, 4, 3
    )
    assert json.loads(_original(article.captures.get()))["sheet"] == "四月"


def test_a_file_name_with_bidi_controls_is_shown_with_marks_everywhere(client, tmp_path):
    path = tmp_path / "通知\u202etxt.exe\u200b.html"
    path.write_bytes(_page("清晨的值守点", P1, P2))
    code, out, err = run_import(path)
    assert code == 0, err
    article = Article.objects.get()
    capture = article.captures.get()
    assert capture.file_name == path.name  # stored as collected
    shown = "通知⟨U+202E⟩txt.exe⟨U+200B⟩.html"
    pages = {
        "article": client.get(article.get_absolute_url()),
        "text": client.get(reverse("archive:capture-text", args=[capture.sha256])),
    }
    for name, response in pages.items():
        html = response.content.decode()
        assert response.status_code == 200 and shown in html, name
        assert "\u202e" not in html and "\u200b" not in html, name
    text = pages["text"].content.decode()
    assert f"{shown} ·" in text.split("<title>")[1] and f": {shown}</h1>" in text
    data = client.get(reverse("archive:capture-text", args=[capture.sha256]), {"format": "json"}).json()
    assert data["file_name"] == shown
    download = client.get(reverse("archive:capture-download", args=[capture.sha256]))
    disposition = download["Content-Disposition"]
    assert "\u202e" not in unquote(disposition) and quote(shown) in disposition


def test_the_chinese_admin_shows_import_and_capture_reasons_in_chinese(curator, tmp_path):
    binary = SimpleUploadedFile("图片.html", b"<html>\x00\x01\x02</html>", content_type="text/html")
    html = curator.post(reverse("archive-import-upload"), {"file": binary}).content.decode()
    assert "图片.html: 二进制文件（含 NUL 字节），不是文本或 HTML 网页" in html
    assert "binary file" not in html
    html = curator.post(
        reverse("archive-import-capture"), {"urls": "http://127.0.0.1:9/a.html"}
    ).content.decode()
    assert "http://127.0.0.1:9/a.html: 私有或本地地址：已拒绝" in html and "refused" not in html
    gz, members = _warc_bytes(gzip=True)
    cut = SimpleUploadedFile("x.warc.gz", gz[: members[1] + 30], content_type="application/gzip")
    html = curator.post(reverse("archive-import-upload"), {"file": cut}).content.decode()
    assert "x.warc.gz: WARC 文件已损坏或被截断：在 http://news.example.cn/0.html 的记录之后中断" in html
    path = tmp_path / "图片.html"  # the command keeps its English, as every command message
    path.write_bytes(b"<html>\x00\x01\x02</html>")
    code, out, err = run_import(path)
    assert code == 1 and f"{path}: binary file (contains NUL bytes), not a text or HTML page" in err


def test_a_capture_of_refused_urls_writes_no_warc(curator, settings):
    folder = Path(settings.ARCHIVE_DATA_DIR) / "captures"
    before = set(folder.glob("capture-*.warc.gz"))
    urls = "http://127.0.0.1:9/a.html\nhttp://localhost:9/b.html"
    html = curator.post(reverse("archive-import-capture"), {"urls": urls}).content.decode()
    assert html.count("私有或本地地址：已拒绝") == 2 and ".warc.gz" not in html
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("capture_urls", "http://127.0.0.1:9/c.html", stdout=out, stderr=err)
    assert "captured 0 of 1 URL(s) into no WARC file" in out.getvalue()
    assert set(folder.glob("capture-*.warc.gz")) == before


def test_the_article_change_page_stays_light_with_many_mentions(client):
    body = "".join(f"张{i:02d}同志在和平社区值守。" for i in range(77))
    article = Article.objects.create(
        title="值守的一天", body=body, published_at=timezone.now(), date_precision="day", content_hash="qa9-7"
    )
    organization = Organization.objects.create(name="和平社区居委会")
    place = Place.objects.create(name="和平社区")
    for i in range(77):
        start = body.index(f"张{i:02d}")
        entity = [
            {"person": Person.objects.create(name=f"张{i:02d}")},
            {"organization": organization},
            {"place": place},
        ][i % 3]
        Mention.objects.create(
            article=article, start=start, end=start + 3, text=f"张{i:02d}", sentence="句子", **entity
        )
    client.force_login(User.objects.create_superuser("root", "root@example.cn", "pw-2022"))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("admin:archive_article_change", args=[article.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    # before: 567 KB and 85 queries (one per row for its chosen record); 7.5 KB a row on QA's page
    assert len(response.content) < 77 * 4500 and len(queries) <= 12, (len(response.content), len(queries))
    assert f'<option value="{Person.objects.get(name="张03").pk}" selected>张03</option>' in html
    assert "add_id_mentions-0-person" not in html  # no add/change/view links in every row
    row = html.split('id="mentions-1"')[1].split("</tr>")[0]
    assert f'<option value="{organization.pk}" selected>和平社区居委会</option>' in row


def test_a_row_whose_date_is_no_date_is_imported_undated_and_the_report_says_so(tmp_path):
    table = tmp_path / "dated.csv"
    table.write_text(f"标题,正文,日期\n真标题,{P1},2021-13-45\n", encoding="utf-8")
    code, out, err = run_import(table)
    assert code == 0 and "imported 1, duplicate 0, failed 0" in out, err
    assert f"{table}#row 2: date '2021-13-45' is no date: the article is stored without one" in err
    assert Article.objects.get(body__contains=P1).published_at is None
