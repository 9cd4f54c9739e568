"""The archive's own export read back by its dataset importer: every field the export writes that the
archive stores comes back as it was (JSON Lines and CSV), and the columns the importer does not read
(the archive's ids, hashes, status and what extraction derives) are named in one line."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from archive.models import Article
from archive.services import EXPORT_FIELDS
from tests.conftest import run_import

pytestmark = pytest.mark.django_db

# every field the export writes comes back, but the file's own name and bytes, the archive's id and
# its curation status (the entities are compared on their own below)
KEPT = tuple(
    f
    for f in EXPORT_FIELDS
    if f not in {"id", "source_file", "sha256", "status", "people", "organizations", "places"}
)
NOT_READ = "id, source_file, date_precision, region, sha256, status, people, organizations, places"


def _export(fmt: str) -> str:
    out = StringIO()
    call_command("export_articles", "--format", fmt, stdout=out, stderr=StringIO())
    return out.getvalue()


def _rows(jsonl: str) -> dict[str, dict]:
    """Export rows by body, each with the fields kept and the names of its entities."""
    rows = {}
    for line in jsonl.splitlines():
        row = json.loads(line)
        kept = {k: row[k] for k in KEPT}
        for kind in ("people", "organizations", "places"):
            kept[kind] = sorted(e["name"] for e in row[kind])
        rows[row["body"]] = kept
    return rows


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_the_export_imported_into_an_empty_archive_exports_the_same(imported_samples, tmp_path, fmt):
    first = _export("jsonl")
    before = _rows(first)
    # the samples have a subtitle, a website, editors and a supplied (derived) title among them
    assert any(r["subtitle"] for r in before.values()) and any(r["site"] for r in before.values())
    assert any(r["editors"] for r in before.values())
    assert any(r["is_title_derived"] for r in before.values())
    exported = tmp_path / f"corpus.{fmt}"
    exported.write_text(first if fmt == "jsonl" else _export("csv"), encoding="utf-8")
    Article.objects.all().delete()  # an empty archive (its outlets and people may stay: named alike)

    code, out, err = run_import(exported)

    assert code == 0, err
    assert "imported 5, duplicate 0, failed 0" in out + err
    assert f"columns not read (kept in the capture): {NOT_READ}" in out + err
    assert _rows(_export("jsonl")) == before


def test_a_dataset_column_of_the_archive_s_fields_is_read_and_others_are_named(db, tmp_path):
    path = tmp_path / "stories.csv"
    path.write_text(
        "标题,副标题,正文,网站,编辑,供稿,阅读量,is_title_derived\n"
        "社区食堂开张,老人吃饭不再难,南湖社区食堂今天开张，六十岁以上老人用餐打八折。,南湖新闻网,"
        "王小红；李明,南湖街道办事处,1024,False\n"
        "东湖社区的志愿者每天清晨,,东湖社区的志愿者每天清晨来到服务站，帮助居民登记。,,,,77,True\n",
        encoding="utf-8",
    )
    code, out, err = run_import(path)
    assert code == 0, err
    assert f"{path}#row 1: columns not read (kept in the capture): 阅读量" in out + err
    canteen = Article.objects.get(title="社区食堂开张")
    assert canteen.subtitle == "老人吃饭不再难" and canteen.site.name == "南湖新闻网"
    assert canteen.editors == ["王小红", "李明"] and canteen.contributed_by == "南湖街道办事处"
    assert not canteen.is_title_derived
    supplied = Article.objects.get(title="东湖社区的志愿者每天清晨")
    assert supplied.is_title_derived and supplied.subtitle == "" and supplied.site is None
