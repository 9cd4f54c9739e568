"""Formula-safe CSV (security finding 2 of issue 14): every CSV the archive writes — export_articles
and the search export — turns cells a spreadsheet would run as formulas into text, unless raw output
is asked for (`--raw`, `?raw=1`)."""

from __future__ import annotations

import csv
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from archive.models import Article, Mention, Person
from archive.tabular import formula_safe, safe_row
from tests.conftest import run_import

TITLE = "=cmd|' /C calc'!A0 社区核酸检测通知"
OUTLET = "+SUM(1+1)日报"
ALIAS = '=HYPERLINK("http://example.invalid/","点我")'
PAGE = f"""{TITLE}

发布时间:2022-04-01 09:00:00 来源:{OUTLET}

4月1日，阳二居民区党总支书记赵丽娜说，居民们排队做核酸检测。
"""


def test_cells_that_start_a_formula_get_a_quote_and_others_stay_as_they_are():
    for cell in ("=1+1", "+86 21 5555", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"):
        assert formula_safe(cell) == "'" + cell
    for cell in ("核酸检测", "1+1=2", " =1", "", 42, None):
        assert formula_safe(cell) == cell
    assert safe_row(["=1", 2, "三"]) == ["'=1", 2, "三"]
    assert safe_row(["=1", 2, "三"], raw=True) == ["=1", 2, "三"]


@pytest.fixture
def hostile_article(db, tmp_path):
    page = tmp_path / "formula.txt"
    page.write_text(PAGE, encoding="utf-8")
    code, _out, err = run_import(page)
    assert code == 0, err
    article = Article.objects.get()
    assert article.title == TITLE and article.outlet.name == OUTLET
    # What a curator may type in the admin: a renamed person (first in the people cell), and fields
    # beginning with the other characters spreadsheets read as formulas.
    person = Person.objects.get(mentions__article=article, name="赵丽娜")
    person.name = ALIAS
    person.aliases = ["赵丽娜"]
    person.save()
    Mention.objects.filter(person__isnull=False).exclude(person=person).delete()
    Article.objects.filter(pk=article.pk).update(
        subtitle="-2+3", contributed_by="@SUM(A1)", authors=["\t王芳"], editors=["\r甄小萌"]
    )
    return article


HOSTILE = {
    "title": TITLE,
    "source": OUTLET,
    "people": ALIAS,
    "subtitle": "-2+3",
    "contributed_by": "@SUM(A1)",
    "authors": "\t王芳",
    "editors": "\r甄小萌",
}


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(StringIO(text.removeprefix("\ufeff"), newline="")))


def _command_csv(*extra: str) -> str:
    out = StringIO()
    call_command("export_articles", "--format", "csv", *extra, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_export_articles_csv_writes_formula_cells_as_text(hostile_article):
    (row,) = _rows(_command_csv())
    for column, value in HOSTILE.items():
        assert row[column] == "'" + value, column
    assert row["body"].startswith("4月1日")  # ordinary cells untouched


def test_export_articles_csv_raw_writes_the_cells_as_stored(hostile_article):
    (row,) = _rows(_command_csv("--raw"))
    for column, value in HOSTILE.items():
        assert row[column] == value, column


def _search_csv(client, **extra: str) -> str:
    response = client.get(reverse("search:export"), {"q": "核酸", "format": "csv", **extra})
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8")


def test_search_export_csv_writes_formula_cells_as_text(client, hostile_article):
    (row,) = _rows(_search_csv(client))
    for column, value in HOSTILE.items():
        assert row[column] == "'" + value, column


def test_search_export_csv_raw_writes_the_cells_as_stored(client, hostile_article):
    (row,) = _rows(_search_csv(client, raw="1"))
    for column, value in HOSTILE.items():
        assert row[column] == value, column
