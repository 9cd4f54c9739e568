"""Findings of round twelve's product QA that concern the archive's own pages and files."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from archive.models import Article
from tests.conftest import run_import

pytestmark = pytest.mark.django_db

STORY = "社区网格员韦晓岚带着志愿者挨家挨户登记，楼栋长骆志平负责分发物资，居民们排队有序。"


def test_a_dataset_row_downloads_as_the_json_object_it_is_kept_as(client, tmp_path):
    path = tmp_path / "stories.csv"
    path.write_text(f"标题,正文\n夜巡,{STORY}\n送菜,{STORY}再一次。\n", encoding="utf-8")
    code, _out, err = run_import(path)
    assert code == 0, err
    capture = Article.objects.get(title="送菜").captures.get()
    download = client.get(reverse("archive:capture-download", args=[capture.sha256]))
    assert 'filename="stories.csv-row3.json"' in download["Content-Disposition"]
    row = json.loads(b"".join(download.streaming_content))
    assert row["row"] == 3 and row["columns"]["标题"] == "送菜"
    page = tmp_path / "page.txt"
    page.write_text(f"清晨\n\n{STORY}第三天。\n", encoding="utf-8")
    run_import(page)
    plain = Article.objects.get(captures__file_name="page.txt").captures.get()
    assert (
        'filename="page.txt"'
        in client.get(reverse("archive:capture-download", args=[plain.sha256]))["Content-Disposition"]
    )


def test_a_place_page_gives_the_count_the_hierarchy_gives_beside_its_own(client, imported_samples):
    from archive import place_tree
    from archive.models import Place

    counted = {c.place.pk: c.n for root, kids in place_tree.tree() for c in (root, *kids)}
    place = next(p for p in Place.objects.filter(pk__in=counted) if p.children.exists())
    data = client.get(place.get_absolute_url(), {"format": "json"}).json()
    assert data["articles_within"] == counted[place.pk] >= data["articles"]["count"]
    html = client.get(place.get_absolute_url()).content.decode()
    assert f"{counted[place.pk]} 篇文章提到此地或其下辖地点" in html


def test_history_reasons_and_the_login_protection_read_in_chinese(curator, imported_samples):
    from archive import curation
    from archive.models import Person

    survivor, other = Person.objects.order_by("pk")[:2]
    curation.merge(Person, survivor, [other], reason="同一人")
    html = curator.get(reverse("admin:archive_person_history", args=[survivor.pk])).content.decode()
    assert "导入时创建" in html and "并入了" in html and "同一人" in html
    assert "created by import" not in html and "merged [" not in html
    from django.contrib.auth.models import User

    admin = User.objects.create_superuser("chief", password="x-2022-chief")
    from django.test import Client

    client = Client()
    client.force_login(admin)
    index = client.get(reverse("admin:index")).content.decode()
    assert "登录尝试" in index and "Access attempts" not in index


@pytest.mark.parametrize(
    ("cell", "authors"),
    [
        ("陈 晓东;刘 一", ["陈 晓东", "刘 一"]),
        ("Li Si; Zhang San", ["Li Si", "Zhang San"]),
        ("Zhang San and Li Si", ["Zhang San", "Li Si"]),
        ("—韦晓岚, 骆志平", ["韦晓岚", "骆志平"]),
        ("-韦晓岚, 骆志平", ["韦晓岚", "骆志平"]),
        ("本报记者 韦晓岚 骆志平", ["韦晓岚", "骆志平"]),
    ],
)
def test_a_dataset_author_cell_gives_every_author(tmp_path, cell, authors):
    path = tmp_path / "stories.jsonl"
    path.write_text(json.dumps({"title": "夜巡", "body": STORY, "author": cell}, ensure_ascii=False) + "\n")
    code, _out, err = run_import(path)
    assert code == 0, err
    assert Article.objects.get().authors == authors
