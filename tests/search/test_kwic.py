"""KWIC for corpus work (real index, real database): lines sorted by left context (read backwards),
match, right context, date or outlet; the context width; every line as CSV or TSV, formula-safe
unless raw=1."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from archive.models import Article, Outlet
from search.analyzers import normalize
from search.concordance import Line, sort_lines

pytestmark = pytest.mark.django_db(transaction=True)

ROW = re.compile(
    r'<td class="left"><span class="clip-left"><span>(.*?)</span></span></td>'
    r'<td class="match"><mark>(.*?)</mark></td>'
    r'<td class="right"><span class="clip-right">(.*?)</span></td>',
    re.S,
)


def lines(client, **params) -> list[tuple[str, str, str]]:
    html = client.get(reverse("search:kwic"), params).content.decode()
    return [tuple(cell.replace("&quot;", '"') for cell in m) for m in ROW.findall(html)]


def occurrences(needle: str) -> int:
    return sum(a.title.count(needle) + a.body.count(needle) for a in Article.objects.published())


def test_left_context_sorts_read_backwards_from_the_match():
    rows = [Line(left, "党员", "", 0) for left in ("街道社区", "老党员和", "居民区", "")]
    assert [r.left for r in sort_lines(rows, "left")] == ["", "居民区", "街道社区", "老党员和"]
    assert [r.left for r in sort_lines(rows, "")] == ["街道社区", "老党员和", "居民区", ""]


def test_lines_sort_by_each_column(client, imported_samples):
    total = occurrences("社区")
    default = lines(client, q="社区")
    assert len(default) == min(total, 100) > 20
    left = lines(client, q="社区", order="left")
    keys = [normalize(row[0])[::-1] for row in left]
    assert keys == sorted(keys) and sorted(left) == sorted(default)
    right = [normalize(row[2]) for row in lines(client, q="社区", order="right")]
    assert right == sorted(right)


def test_lines_sort_by_date_and_outlet(client, db):
    for n, (day, outlet) in enumerate([(9, "乙报"), (1, "甲报"), (5, None)]):
        Article.objects.create(
            title=f"第{n}篇",
            body=f"社区志愿者第{n}次上门。",
            published_at=datetime(2022, 4, day, tzinfo=ZoneInfo("Asia/Shanghai")),
            outlet=Outlet.objects.create(name=outlet) if outlet else None,
            content_hash=f"hash-{n}",
        )
    html = client.get(reverse("search:kwic"), {"q": "志愿者", "order": "date"}).content.decode()
    assert [int(n) for n in re.findall(r"第(\d)次上门", html)] == [1, 2, 0]
    html = client.get(reverse("search:kwic"), {"q": "志愿者", "order": "outlet"}).content.decode()
    outlets = re.findall(r"· (\S+报)</small>", html)
    assert outlets == sorted(outlets) == ["乙报", "甲报"] and html.index("第2次上门") > html.index(
        "第0次上门"
    )
    # the download writes each date as the exports do (a day, not a midnight with an offset)
    rows = client.get(reverse("search:kwic"), {"q": "志愿者", "order": "date", "format": "csv"})
    text = b"".join(rows.streaming_content).decode("utf-8-sig")
    assert [r[5] for r in csv.reader(io.StringIO(text))][1:] == ["2022-04-01", "2022-04-05", "2022-04-09"]


def test_the_context_width_is_chosen(client, imported_samples):
    for width in (10, 50):
        rows = lines(client, q="社区", width=width)
        assert rows and max(len(r[0]) for r in rows) == width and max(len(r[2]) for r in rows) == width
    assert lines(client, q="社区", width=7, order="sideways") == lines(client, q="社区")


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_every_line_downloads_formula_safe_unless_raw(client, imported_samples, fmt):
    Article.objects.create(
        title="公式测试", body="检测点=SUM(A1:9)志愿者+1", content_hash="formula", published_at=None
    )
    params = {"q": "志愿者", "format": fmt, "order": "left", "width": 10}
    response = client.get(reverse("search:kwic"), params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv" if fmt == "csv" else "text/tab-separated-values")
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body), delimiter="," if fmt == "csv" else "\t"))
    assert len(rows) == occurrences("志愿者")
    keys = [normalize(r["left"].removeprefix("'"))[::-1] for r in rows]
    assert keys == sorted(keys)
    formula = next(r for r in rows if r["title"] == "公式测试")
    assert formula["left"] == "'=SUM(A1:9)" and formula["right"] == "'+1"
    assert formula["url"].startswith("http://testserver/articles/")
    raw = client.get(reverse("search:kwic"), {**params, "raw": "1"})
    raw_rows = list(
        csv.DictReader(
            io.StringIO(b"".join(raw.streaming_content).decode("utf-8-sig")),
            delimiter="," if fmt == "csv" else "\t",
        )
    )
    assert next(r for r in raw_rows if r["title"] == "公式测试")["left"] == "=SUM(A1:9)"


def test_each_occurrence_is_a_line_of_its_own_even_when_they_touch_or_overlap(client, db):
    Article.objects.create(
        title="笑声",
        body="居民们笑着说哈哈哈哈哈。" + "A" * 45 + "。社区社区书记骆志平也笑了。",
        content_hash="hash-touch",
    )
    assert [r[1] for r in lines(client, q="哈哈")] == ["哈哈", "哈哈"]  # 哈哈|哈哈|哈: as str.count
    assert [r[1] for r in lines(client, q="AAAAAAAAAA")] == ["AAAAAAAAAA"] * 4
    # two strings of a query: the longer at a position, the next one after it
    assert [r[1] for r in lines(client, q="社区 OR 社区书记")] == ["社区", "社区书记"]
    rows = client.get(reverse("search:kwic"), {"q": "哈哈", "format": "csv"})
    text = b"".join(rows.streaming_content).decode("utf-8-sig")
    assert [r[1] for r in csv.reader(io.StringIO(text))][1:] == ["哈哈", "哈哈"]
