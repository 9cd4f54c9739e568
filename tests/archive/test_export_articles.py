"""export_articles: the corpus as JSON Lines and CSV, scored with the shared evaluation tool."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import call_command

from archive.models import Article
from tests.conftest import SHARED

pytestmark = pytest.mark.django_db


def _export(fmt: str, *extra: str) -> str:
    out = StringIO()
    call_command("export_articles", "--format", fmt, *extra, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_jsonl_has_the_documented_fields(imported_samples):
    rows = [json.loads(line) for line in _export("jsonl").splitlines()]
    assert len(rows) == 5
    row = next(r for r in rows if r["source_file"].startswith("001_"))
    assert row["title"] == "履职中见真情" and row["published"] == "2022-05-09T16:18:00"
    zhao = next(p for p in row["people"] if p["name"] == "赵丽娜")
    assert zhao["mentions"] == 7 and zhao["roles"] == ["阳二居民区党总支书记"]
    assert zhao["organizations"][:2] == ["浦东新区", "洋泾街道"]
    assert zhao["region"] == ["上海市"]
    tongji = ["上海市", "杨浦区", "四平路街道", "同济新村居民区"]
    assert {"name": "同济新村居民区", "kind": "community", "code": None, "path": tongji} in row["places"]
    assert {"name": "同济新村", "kind": "community", "code": None, "path": tongji} in row["places"]
    assert {
        "name": "洋泾街道",
        "kind": "subdistrict",
        "code": "310115013",
        "path": ["上海市", "浦东新区", "洋泾街道"],
    } in row["places"]
    assert len(row["sha256"]) == 64


def test_relative_organisations_export_their_jurisdiction_and_the_written_name(imported_samples):
    rows = {r["source_file"][:3]: r for r in map(json.loads, _export("jsonl").splitlines())}
    tianmen = next(o for o in rows["003"]["organizations"] if o["name"] == "市检察院")
    yongzhou = next(o for o in rows["004"]["organizations"] if o["name"] == "市检察院")
    assert tianmen["jurisdiction"] == ["湖北省", "天门市"]
    assert yongzhou["jurisdiction"] == ["湖南省", "永州市"]
    assert rows["003"]["region"] == "湖北省天门市"
    assert all(p["region"] == ["湖北省", "天门市"] for p in rows["003"]["people"])


def test_csv_has_one_row_per_article(imported_samples):
    text = _export("csv")
    assert text.startswith("\ufeffid,") and not _export("csv", "--raw").startswith("\ufeff")
    rows = list(csv.DictReader(StringIO(text.removeprefix("\ufeff"))))
    assert len(rows) == 5
    row = next(r for r in rows if r["source_file"].startswith("004_"))
    assert row["authors"] == "彭沛；黎俊" and "蒋文锋" in row["people"].split("；")


def test_hidden_articles_stay_out_of_the_public_export(imported_samples):
    Article.objects.filter(title="履职中见真情").update(status=Article.Status.HIDDEN)
    assert len(_export("jsonl").splitlines()) == 4
    assert len(_export("jsonl", "--all-statuses").splitlines()) == 5


@pytest.mark.skipif(
    not (SHARED / "tools" / "eval_extraction.py").exists(), reason="../shared is not beside the checkout"
)
def test_the_export_meets_the_extraction_bar(imported_samples, tmp_path):
    export = tmp_path / "export.jsonl"
    export.write_text(_export("jsonl"), encoding="utf-8")
    result = subprocess.run(  # noqa: S603
        [
            sys.executable,
            str(SHARED / "tools" / "eval_extraction.py"),
            str(SHARED / "gold" / "seeds_gold.json"),
            str(export),
            "--min-people-f1",
            "0.95",
            "--min-roles",
            "0.8",
            "--min-orgs-loose-f1",
            "0.85",
            "--min-places-loose-f1",
            "0.85",
            "--min-title",
            "1",
            "--min-published",
            "1",
            "--min-source",
            "1",
            "--min-body",
            "1",
            "--max-boilerplate",
            "0",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_the_export_reads_a_fixed_number_of_queries_however_many_articles(imported_samples):
    """QA: an export read each deep place's parents once per mention (1,674 queries for 1,005
    articles). Now each chunk of articles costs its own three queries and the places' paths are read
    a level at a time, once per export."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from archive.models import Article
    from archive.services import export_rows

    with CaptureQueriesContext(connection) as one:
        (row,) = export_rows(Article.objects.filter(pk=Article.objects.order_by("pk")[0].pk))
    with CaptureQueriesContext(connection) as every:
        rows = list(export_rows())
    assert len(rows) == Article.objects.count() == 5
    assert len(every) <= len(one) + 2
    with CaptureQueriesContext(connection) as chunked:
        assert list(export_rows(chunk=2)) == rows  # the same rows, three chunks
    assert len(chunked) <= len(every) + 2 * 5  # each chunk: its rows, and the parents of new places
    # the paths are the places' own (Place.path walks each record's parents)
    from archive.models import Mention

    exported = {tuple(p["path"]) for r in rows for p in r["places"]}
    stored = Mention.objects.exclude(status=Mention.Status.REJECTED).filter(place__isnull=False)
    assert exported == {tuple(m.place.path) for m in stored} and max(map(len, exported)) >= 3
