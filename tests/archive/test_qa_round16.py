"""Findings of round sixteen's product QA (a librarian's and a data researcher's week): datasets whose
date is only a month or a year, a workbook with a title row above its header, Excel's day numbers,
Taiwan's 連結 column, a report in the order of the file."""

from __future__ import annotations

import json

import bibtexparser
import pytest
import rispy
from django.urls import reverse
from openpyxl import Workbook

from archive.models import Article
from tests.conftest import run_import

pytestmark = pytest.mark.django_db

STORY = "社区网格员韦晓岚带着志愿者挨家挨户登记，楼栋长骆志平负责分发物资，居民们排队有序。"


def _download(client, url: str, **params) -> str:
    response = client.get(url, params)
    assert response.status_code == 200
    return (b"".join(response.streaming_content) if response.streaming else response.content).decode()


def test_a_dataset_date_of_only_a_month_or_a_year_is_kept_as_precisely_as_written(client, tmp_path):
    path = tmp_path / "stories.jsonl"
    rows = [("五月", "2021-05"), ("仲夏", "2021年6月"), ("那一年", "2021"), ("某天", "明年春天")]
    path.write_text(
        "".join(
            json.dumps({"title": t, "body": f"{STORY}{t}", "date": d}, ensure_ascii=False) + "\n"
            for t, d in rows
        ),
        encoding="utf-8",
    )
    code, _out, err = run_import(path)
    assert code == 0, err
    assert (
        err.count("is no date") == 1 and "'明年春天' is no date" in err
    )  # was thrown away for the first three
    may, june, year = (Article.objects.get(title=t) for t in ("五月", "仲夏", "那一年"))
    assert (may.date_precision, may.published_iso) == ("month", "2021-05")
    assert (june.published_iso, year.date_precision, year.published_iso) == ("2021-06", "year", "2021")
    page = client.get(may.get_absolute_url()).content.decode()
    assert '<time datetime="2021-05">2021-05</time>' in page
    assert client.get(may.get_absolute_url(), {"format": "json"}).json()["published"] == "2021-05"
    found = client.get(reverse("search:results"), {"q": "year:2021", "format": "json"}).json()
    assert found["total"] == 3  # the year facet and filter have them (they had no date at all)
    [ris] = rispy.loads(_download(client, may.get_absolute_url(), format="ris"))
    assert (ris["year"], ris["date"]) == ("2021", "2021/05//")
    csl = json.loads(_download(client, year.get_absolute_url(), format="csl"))
    assert (csl[0] if isinstance(csl, list) else csl)["issued"] == {"date-parts": [[2021]]}
    [entry] = bibtexparser.parse_string(_download(client, may.get_absolute_url(), format="bibtex")).entries
    assert entry.fields_dict["date"].value == "2021-05"
    from tests.archive.test_oai import oai

    record = oai(
        client, verb="GetRecord", metadataPrefix="oai_dc", identifier=f"oai:testserver:article/{year.pk}"
    )
    assert [e.text for e in record.iter("{http://purl.org/dc/elements/1.1/}date")] == ["2021"]


def test_a_workbook_with_a_title_row_above_its_header_is_read_from_the_header(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["2022年社区报道汇总表"])
    sheet.append(["标题", "正文", "日期", "連結"])
    sheet.append(["夜巡", STORY, 44781, "https://example.org/a"])  # a date cell in General format
    book.save(tmp_path / "summary.xlsx")
    code, _out, err = run_import(tmp_path / "summary.xlsx")
    assert code == 0, err  # the whole file failed: "no body column … in the header: 2022年社区报道汇总表"
    article = Article.objects.get(title="夜巡")
    assert article.published_iso == "2022-08-08"  # Excel's day number 44781
    assert article.url == "https://example.org/a"  # 連結, Taiwan's and Hong Kong's 链接
    from archive.originals import original_path

    assert json.loads(original_path(article.captures.get().sha256).read_bytes())["row"] == 3


def test_a_csv_with_a_title_line_and_a_mapped_column_below_it(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(f"社区报道导出\n题目,文字\n送菜,{STORY}\n", encoding="utf-8")
    from django.core.management import call_command

    call_command("import_articles", str(path), "--map", "body=文字", "--no-progress")
    assert Article.objects.get(title="送菜").body.startswith("社区网格员")


def test_the_report_lists_failures_and_notes_in_the_order_of_the_file(tmp_path):
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"title": "一", "body": STORY}, ensure_ascii=False),
        "{not json",
        json.dumps({"title": "三", "body": STORY + "三"}, ensure_ascii=False),
        json.dumps({"title": "四", "body": STORY + "四", "date": "某日"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _out, err = run_import(path)
    listed = [line for line in err.splitlines() if line.startswith(str(path))]
    assert [line.split(":", 1)[0] for line in listed] == [f"{path}#row 2", f"{path}#row 4"]


def test_a_dataset_author_field_keeps_family_given_and_drops_a_traditional_title(tmp_path):
    path = tmp_path / "authors.jsonl"
    rows = [("一", "Smith, John; 赵晓东"), ("二", "記者林小華")]
    path.write_text(
        "".join(
            json.dumps({"title": t, "body": f"{STORY}{t}", "author": a}, ensure_ascii=False) + "\n"
            for t, a in rows
        ),
        encoding="utf-8",
    )
    assert run_import(path)[0] == 0
    assert Article.objects.get(title="一").authors == ["Smith, John", "赵晓东"]  # was Smith / John / 赵晓东
    assert Article.objects.get(title="二").authors == ["林小華"]  # was 記者林小華
