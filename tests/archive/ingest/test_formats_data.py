"""formats/: datasets (CSV, JSON Lines, JSON, Excel), Markdown with front matter, and what the import
refuses to open (symlinks inside folders, FIFOs). Pure: no database; files built here."""

from __future__ import annotations

import hashlib
import json
import os
import threading

import pytest
from openpyxl import Workbook

from archive.ingest.clean import clean_page
from archive.ingest.formats.datasets import Notice, parse_column_map
from archive.ingest.read import RawDocument, ReadError, Skipped, iter_paths, read_file

P1 = "三月初，和平社区的志愿者每天清晨在小区门口为居民测量体温。"
P2 = "社区党委书记王建华说，四十多名党员分成六个小组，轮流守在各个楼栋。"
P3 = "居民李秀英今年七十二岁，她把自己做的馒头送到了值守点。"
P4 = "光明新村的核酸检测点设在篮球场，医护人员从早上七点忙到深夜。"
ROWS = [
    (
        "清晨的值守点",
        f"{P1}\n{P2}",
        "2020-03-08 11:00",
        "和平街道社区服务中心",
        "http://a.example.cn/1",
        "陈晓东",
    ),
    (
        "篮球场上的检测点",
        f"<p>{P4}</p><p>{P3}</p>",
        "2022/4/6",
        "光明日报社区版",
        "http://a.example.cn/2",
        "周丽",
    ),
]


def _fields(doc: RawDocument) -> tuple:
    page = clean_page(doc.text, doc.hints)
    return page.title, page.body, page.published.strftime("%Y-%m-%d"), page.source, page.authors, doc.url


EXPECTED = [
    (
        "清晨的值守点",
        f"{P1}\n{P2}",
        "2020-03-08",
        "和平街道社区服务中心",
        ["陈晓东"],
        "http://a.example.cn/1",
    ),
    ("篮球场上的检测点", f"{P4}\n{P3}", "2022-04-06", "光明日报社区版", ["周丽"], "http://a.example.cn/2"),
]


def _csv(rows, headers, sep=",") -> str:
    def quote(value: str) -> str:
        return '"' + value.replace('"', '""') + '"'

    return "\n".join(sep.join(quote(v) for v in row) for row in [headers, *rows]) + "\n"


@pytest.mark.parametrize(
    ("name", "encoding", "headers"),
    [
        ("bom.csv", "utf-8-sig", ("标题", "正文", "发布时间", "来源", "链接", "作者")),
        ("plain.csv", "utf-8", ("title", "content", "date", "source", "url", "author")),
        ("gb.csv", "gb18030", ("标题", "内容", "日期", "媒体", "链接", "作者")),
    ],
)
def test_a_csv_gives_one_article_per_row_by_its_headers(tmp_path, name, encoding, headers):
    path = tmp_path / name
    path.write_bytes(_csv(ROWS, headers).encode(encoding))
    docs = list(read_file(path))
    assert [_fields(d) for d in docs] == EXPECTED
    assert [d.source_path for d in docs] == [f"{path}#row 2", f"{path}#row 3"]
    kept = json.loads(docs[1].raw)  # the capture is the row itself, with the file's hash and row number
    assert kept["source_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest() and kept["row"] == 3
    assert kept["columns"][headers[1]] == ROWS[1][1] and docs[1].format == "csv"


def test_json_lines_and_json_arrays_read_like_csv(tmp_path):
    keys = ("title", "text", "published", "outlet", "link", "authors")
    objects = [dict(zip(keys, row, strict=True)) for row in ROWS]
    lines = tmp_path / "dump.jsonl"
    lines.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in objects) + "\n\nnot json\n")
    docs = list(read_file(lines))
    assert [_fields(d) for d in docs[:2]] == EXPECTED
    assert (
        isinstance(docs[2], Skipped)
        and docs[2].source_path.endswith("#row 4")
        and "not a JSON object" in docs[2].reason
    )
    array = tmp_path / "dump.json"
    array.write_text(json.dumps({"articles": objects}, ensure_ascii=False))
    assert [_fields(d) for d in read_file(array)] == EXPECTED


def test_each_json_record_is_read_by_its_own_keys(tmp_path):
    lines = tmp_path / "mixed.jsonl"
    records = [
        {"title": "只有标题"},
        {"标题": "清晨的值守点", "正文": P1, "日期": "2020-03-08"},
        {"title": "篮球场上的检测点", "text": P4, "date": "2022-04-06"},
    ]
    lines.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    first, second, third = read_file(lines)
    assert isinstance(first, Skipped) and first.source_path == f"{lines}#row 1"
    assert first.reason.startswith("no body column") and first.reason.endswith("--map body=COLUMN")
    assert [clean_page(d.text, d.hints).published.strftime("%Y-%m-%d") for d in (second, third)] == [
        "2020-03-08",
        "2022-04-06",
    ]
    mapped = tmp_path / "mapped.json"  # a --map key a record lacks: that record's line only
    mapped.write_text(json.dumps([{"story": P2}, {"text": P3}], ensure_ascii=False))
    good, bad = read_file(mapped, column_map={"body": "story"})
    assert clean_page(good.text, good.hints).body == P2
    assert isinstance(bad, Skipped) and "column 'story' (for body) is not in the header: text" in bad.reason


def test_a_json_record_without_a_mapped_field_other_than_the_body_is_kept(tmp_path):
    path = tmp_path / "some_titled.jsonl"
    records = [
        {"story": P1, "headline": "清晨的值守点", "when": "2020-03-08"},
        {"story": P2, "when": "2020-03-09"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    first, second = read_file(path, column_map=parse_column_map("body=story,title=headline,date=when"))
    assert clean_page(first.text, first.hints).title == "清晨的值守点"
    assert clean_page(second.text, second.hints).body == P2 and "archive:title" not in second.hints
    assert second.hints["archive:published"] == "2020-03-09"
    # a mapped key that no record has is most likely a typo: one line says so (not a failure)
    *docs, unread, note = read_file(path, column_map={"body": "story", "title": "headlin"})
    assert len(docs) == 2 and isinstance(note, Notice) and "'headlin' (mapped to title)" in note.reason
    assert unread.reason == "columns not read (kept in the capture): when"  # not mapped here


def test_an_excel_workbook_with_a_column_map(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["headline", "story_text", "when", "paper", "web", "byline"])
    for row in ROWS:
        sheet.append(list(row))
    sheet.append([None] * 6)  # an empty row is not an article
    path = tmp_path / "stories.xlsx"
    book.save(path)
    with pytest.raises(ReadError, match="no body column .* --map body=COLUMN"):
        list(read_file(path))
    mapping = parse_column_map("title=headline,body=story_text,date=when,source=paper,url=web,author=byline")
    docs = list(read_file(path, column_map=mapping))
    assert [_fields(d) for d in docs] == EXPECTED and docs[0].format == "xlsx"


def test_a_bad_column_map_is_refused_with_the_reason(tmp_path):
    with pytest.raises(ValueError, match="expected FIELD=COLUMN"):
        parse_column_map("colour=red")
    path = tmp_path / "x.csv"
    path.write_text(_csv(ROWS, ("标题", "正文", "日期", "来源", "链接", "作者")))
    with pytest.raises(ReadError, match="column 'story' \\(for body\\) is not in the header"):
        list(read_file(path, column_map={"body": "story"}))


def test_a_row_without_body_text_is_one_skipped_line(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text(
        _csv([("只有标题", "", "", "", "", ""), ROWS[0]], ("标题", "正文", "日期", "来源", "链接", "作者"))
    )
    first, second = read_file(path)
    assert isinstance(first, Skipped) and first.reason == "row has no body text"
    assert _fields(second) == EXPECTED[0]


@pytest.mark.parametrize(
    "front",
    [
        '---\ntitle: "清晨的值守点"\ndate: 2020-03-08 11:00:00\nauthor: [陈晓东]\n'
        "source: 和平街道社区服务中心\noriginal_url: http://a.example.cn/1\n---\n",
        '+++\ntitle = "清晨的值守点"\ndate = 2020-03-08T11:00:00+08:00\nauthor = "陈晓东"\n'
        'source = "和平街道社区服务中心"\nurl = "http://a.example.cn/1"\n+++\n',
    ],
)
def test_markdown_front_matter_gives_the_fields(tmp_path, front):
    path = tmp_path / "2020-03-08-post.md"
    path.write_text(
        front
        + f"## 值守\n\n{P1}\n\n> {P2}\n\n![照片](a.jpg)\n\n- 居民们说，[这篇报道](http://a.example.cn/1)写出了大家的心声。\n"
    )
    [doc] = read_file(path)
    page = clean_page(doc.text, doc.hints)
    assert (page.title, page.source, page.authors, doc.url) == (
        "清晨的值守点",
        "和平街道社区服务中心",
        ["陈晓东"],
        "http://a.example.cn/1",
    )
    assert page.published.strftime("%Y-%m-%d %H:%M") == "2020-03-08 11:00"
    assert page.body == f"值守\n{P1}\n{P2}\n居民们说，这篇报道写出了大家的心声。" and doc.format == "markdown"


def test_broken_front_matter_is_refused_with_the_reason(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\n---\n正文。\n")
    with pytest.raises(ReadError, match="front matter is not valid YAML"):
        list(read_file(path))


def test_symlinks_and_fifos_inside_a_folder_are_reported_not_opened(tmp_path):
    folder = tmp_path / "import"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "story.txt").write_text(P1)
    secret = tmp_path / "secret.txt"
    secret.write_text("不应被导入的私人文件内容。")
    (folder / "link.txt").symlink_to(secret)
    (folder / "linked-dir").symlink_to(tmp_path)
    os.mkfifo(folder / "pipe.txt")
    items = list(iter_paths([folder]))
    assert [i for i in items if not isinstance(i, Skipped)] == [folder / "sub" / "story.txt"]
    assert sorted((os.path.basename(s.source_path), s.reason) for s in items if isinstance(s, Skipped)) == [
        ("link.txt", "symbolic link inside a folder: not followed"),
        ("linked-dir", "symbolic link inside a folder: not followed"),
        ("pipe.txt", "a FIFO (named pipe), not a file: refused"),
    ]
    assert list(iter_paths([folder / "link.txt"])) == [folder / "link.txt"]  # named directly: read
    assert next(read_file(folder / "link.txt")).text == "不应被导入的私人文件内容。"


def test_a_fifo_named_directly_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    outcome: list[str] = []

    def read() -> None:
        try:
            list(read_file(fifo))
        except ReadError as exc:
            outcome.append(str(exc))

    thread = threading.Thread(target=read, daemon=True)  # if it opened the FIFO it would block for ever
    thread.start()
    thread.join(timeout=30)
    assert not thread.is_alive() and outcome == [
        "a FIFO (named pipe), not a file: refused without opening it"
    ]


def test_a_csv_cell_over_the_page_limit_stops_that_file_with_a_reason(tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text(f"标题,正文\n清晨的值守点,{P1}\n巨大的一行,{'很长' * 5000}\n", encoding="utf-8")
    items = read_file(path, max_bytes=2000)
    assert clean_page(next(items).text).body == P1
    with pytest.raises(ReadError, match="damaged CSV after row 2: field larger than field limit"):
        next(items)


@pytest.mark.parametrize(
    "headers",
    [
        ("title", "body", "date", "source", "url", "author"),
        ("標題", "正文", "發布時間", "來源", "鏈接", "作者"),
    ],
)
def test_a_big5_csv_is_read_as_big5_not_as_gb18030(tmp_path, headers):
    """Big5 bytes are legal GB18030 too, read as nonsense: the likelier text decides, as for pages."""
    row = (
        "社區志願者的清晨",
        "<p>志願者韋曉嵐每天清晨到社區的值守點，為居民測量體溫，登記出入的車輛。</p>",
        "2021-10-06",
        "港島社區報",
        "http://a.example.cn/9",
        "駱志平",
    )
    path = tmp_path / "trad.csv"
    path.write_bytes(_csv([row], headers).encode("big5"))
    (doc,) = read_file(path)
    page = clean_page(doc.text, doc.hints)
    assert (page.title, page.source, page.authors) == ("社區志願者的清晨", "港島社區報", ["駱志平"])
    assert page.body.startswith("志願者韋曉嵐每天清晨")


def test_a_csv_in_no_known_encoding_is_refused_with_its_reason(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_bytes(b"title,body\n\x81\x30\xff\xfe,\xff\xff\xff\n")
    with pytest.raises(ReadError, match="cannot tell the text encoding"):
        list(read_file(path))


def test_a_workbook_date_cell_is_a_day_and_a_date_time_cell_keeps_its_time(tmp_path):
    import datetime as dt

    book = Workbook()
    sheet = book.active
    sheet.append(["标题", "正文", "发布时间"])
    sheet.append(["清晨的值守点", P1, dt.datetime(2021, 9, 11)])  # noqa: DTZ001 (a workbook holds naive cells)
    sheet.append(["篮球场上的检测点", P3, dt.datetime(2021, 9, 12, 8, 30)])  # noqa: DTZ001
    path = tmp_path / "dates.xlsx"
    book.save(path)
    pages = [clean_page(d.text, d.hints) for d in read_file(path)]
    assert [(p.published.strftime("%Y-%m-%d %H:%M"), p.date_precision) for p in pages] == [
        ("2021-09-11 00:00", "day"),
        ("2021-09-12 08:30", "datetime"),
    ]
