"""Two identity defects of places: a prefecture-level city written short (石家庄, 合肥, 大连) was a
place without a code, a second record beside the city (jieba's dictionary tags those names as names,
adverbs or verbs, so the gazetteer had no short form for them); and a span two rules found with two
kinds (石家庄: the city's short form and a family hamlet's 某家庄 shape) took the kind the process's
string hashing put first, so one article gave two different places from one run to the next."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from archive.ingest.extract import extract
from archive.ingest.gazetteer import candidates, gazetteer
from archive.ingest.resolve import resolve
from tests.archive.ingest.test_resolve import _extraction

ROOT = Path(__file__).resolve().parents[3]
TEXT = (
    "河北省石家庄市鹿泉区的志愿者韦晓岚说，在石家庄，社区工作者每天都要走访。后来她回到石家庄，又去了凤山镇。"
)


def test_a_prefecture_level_city_written_short_is_the_city():
    for short, code in (
        ("石家庄", "1301"),
        ("合肥", "3401"),
        ("大连", "2102"),
        ("银川", "6401"),
        ("桂林", "4503"),
    ):
        assert [d.code for d in candidates(short)] == [code], short
    assert [d.code for d in candidates("河北石家庄")] == ["1301"]  # written together, top down
    # an autonomous prefecture by its place name, as 延边 was already
    assert [d.code for d in candidates("恩施")] == [d.code for d in candidates("恩施州")] == ["4228"]


def test_a_city_and_its_short_form_in_one_article_are_one_place():
    text = "石家庄市的社区封控了三天。石家庄的志愿者骆志平说，合肥来的物资也到了。"
    res = resolve(_extraction(text, {"石家庄市": "city", "石家庄": "city", "合肥": "city"}))
    assert res.places["石家庄"] is res.places["石家庄市"]
    assert res.places["石家庄"].code == "1301" and res.places["合肥"].code == "3401"
    assert [d.name for d in gazetteer().chain(gazetteer().by_code["1301"])] == ["河北省", "石家庄市"]


def test_a_span_found_by_two_rules_keeps_the_divisions_kind():
    kinds = {e.name: e.kind for e in extract(TEXT).places}
    assert kinds["石家庄"] == "city" and kinds["石家庄市"] == "city"


def test_the_kind_does_not_depend_on_the_process_string_hashing():
    """Seeds 2 and 4 gave 石家庄 the hamlet's kind (community) before the order was made total."""
    script = (
        "import django, os, sys; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings'); "
        "django.setup(); from archive.ingest.extract import extract; "
        "print(sorted((e.name, e.kind) for e in extract(sys.argv[1]).places))"
    )
    results = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script, TEXT],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        results.add(done.stdout.strip().splitlines()[-1])
    assert len(results) == 1 and "('石家庄', 'city')" in results.pop()
