"""The lines an import reports for damaged files are the archive's own words, translated in the admin:
no library's message, no exception's name (QA round 20). Files written for this test."""

from __future__ import annotations

import io
import json
import re
import zlib

import pytest
from django.utils import translation
from openpyxl import Workbook
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.reasons import translate_reason
from tests.conftest import run_import

pytestmark = pytest.mark.django_db
EXCEPTION_NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Error|Exception|Failed)\b")


def _warc(pages: int) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for i in range(pages):
        text = f"社区志愿者第{i}天上门登记，为居民代购药品。"
        html = f"<html><title>第{i}篇</title><body><p>{text}</p></body></html>"
        writer.write_record(
            writer.create_warc_record(
                f"https://news.example.cn/{i}.html",
                "response",
                payload=io.BytesIO(html.encode()),
                http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"),
            )
        )
    return out.getvalue()


def _members(data: bytes) -> list[tuple[int, int]]:
    """(start, length) of each gzip member: one per record in a .warc.gz."""
    spans, start = [], 0
    while start < len(data):
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        member.decompress(data[start:])
        length = len(data) - start - len(member.unused_data)
        spans.append((start, length))
        start += length
    return spans


def _report(path) -> list[str]:
    code, out, err = run_import(path)
    assert "Traceback" not in err
    return [line.split(": ", 1)[1] for line in err.splitlines() if line.startswith(str(path))]


def test_damaged_files_are_reported_in_the_archive_s_words_and_translated(tmp_path):
    whole = _warc(10)
    (a, _), (b, b_len), (c, c_len) = _members(whole)[2:5]
    # Cut inside a record's gzip member, never on a boundary between members (that is a whole, shorter
    # file): early in the member, in its middle, and in its gzip trailer after the whole record's bytes.
    cuts = {"early": a + 24, "middle": b + b_len // 2, "trailer": c + c_len - 4}
    reasons = []
    for name, end in cuts.items():
        path = tmp_path / f"cut-{name}.warc.gz"
        path.write_bytes(whole[:end])
        reasons += _report(path)
    (tmp_path / "bad.xlsx").write_bytes(b"PK not really a workbook")
    (tmp_path / "bad.wacz").write_bytes(b"not a zip at all")
    (tmp_path / "lines.jsonl").write_text(
        json.dumps({"title": "甲", "body": "社区食堂开张了。"}, ensure_ascii=False) + '\n{"body": "a\tb"}\n',
        encoding="utf-8",
    )
    for name in ("bad.xlsx", "bad.wacz", "lines.jsonl"):
        reasons += _report(tmp_path / name)
    assert "not an Excel .xlsx file (not a ZIP package, as every .xlsx is)" in reasons
    assert "not a WACZ file (not a ZIP package, as every .wacz is)" in reasons
    assert "not a JSON object: invalid at line 1, character 12" in reasons
    assert sum(r.startswith("damaged or truncated WARC file") for r in reasons) == len(cuts)
    assert not [r for r in reasons if EXCEPTION_NAME.search(r) or "zip file" in r], reasons
    with translation.override("zh-hans"):
        shown = [translate_reason(r) for r in reasons]
    assert "不是 Excel .xlsx 文件（.xlsx 文件都是 ZIP 包，此文件不是）" in shown
    assert "不是 JSON 对象：第 1 行第 12 个字符处格式错误" in shown
    assert not [s for s in shown if re.search(r"[a-z]{4,} [a-z]{4,} [a-z]{4,}", s)], shown  # no English left


def test_a_notes_sheet_is_named_by_its_cells_and_the_form_s_label(tmp_path):
    book = Workbook()
    book.active.title = "报道"
    book.active.append(["标题", "正文"])
    book.active.append(["社区食堂开张", "南湖社区食堂今天开张，老人用餐打八折。"])
    notes = book.create_sheet("说明")
    notes.append(["这是备注页", None])
    notes.append(["数据来自各社区", None])
    path = tmp_path / "stories.xlsx"
    book.save(path)
    [reason] = _report(path)  # (the line of the sheet is `stories.xlsx#说明: …`)
    assert reason.endswith("the header: 这是备注页; name it with --map body=COLUMN"), reason
    with translation.override("zh-hans"):
        shown = translate_reason(reason)
    assert "这是备注页；" in shown and "“数据表列名”" in shown, shown


def test_bad_front_matter_is_named_with_where_it_is_and_translated(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ntitle: [社区的早晨, 志愿者\n---\n\n志愿者每天上门登记。\n", encoding="utf-8"
    )
    (tmp_path / "b.md").write_text("+++\ntitle = 社区\n+++\n\n志愿者每天上门登记。\n", encoding="utf-8")
    (tmp_path / "c.md").write_text("---\n- 只是一个列表\n---\n\n志愿者每天上门登记。\n", encoding="utf-8")
    reasons = _report(tmp_path / "a.md") + _report(tmp_path / "b.md") + _report(tmp_path / "c.md")
    assert re.fullmatch(r"front matter is not valid YAML: line \d+, column \d+", reasons[0]), reasons
    assert re.fullmatch(r"front matter is not valid TOML: line 1, column \d+", reasons[1]), reasons
    assert reasons[2] == "front matter is not a table of keys and values"
    assert not any("parsing" in r or EXCEPTION_NAME.search(r) for r in reasons)
    with translation.override("zh-hans"):
        chinese = [translate_reason(r) for r in reasons]
    assert all(c.startswith("文首元数据") for c in chinese), chinese
