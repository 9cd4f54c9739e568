"""The import_articles command on the real database."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from django.conf import settings

from archive.models import Article, Capture, Mention, Person
from tests.conftest import SAMPLES, run_import, sample, sample_text

pytestmark = pytest.mark.django_db


def test_it_imports_the_samples_with_people_roles_and_ages(imported_samples):
    assert "imported 5, duplicate 0, failed 0" in imported_samples
    zhang = Person.objects.get(name="张磊")
    assert zhang.region == "上海市静安区" and zhang.region_place.code == "310106"
    mentions = Mention.objects.filter(person=zhang)
    assert mentions.count() == 7
    assert {m.age for m in mentions} == {33, None}
    assert any("普善路居民区党总支书记" in m.role for m in mentions)
    first = mentions.order_by("start").first()
    assert first.article.body[first.start : first.end] == "张磊" and "张磊" in first.sentence


def test_it_stores_dates_titles_and_bylines(imported_samples):
    a001 = Article.objects.get(title="履职中见真情")
    assert a001.published_iso == "2022-05-09T16:18:00" and a001.outlet.name == "网络"
    derived = Article.objects.get(captures__file_name__startswith="000_")
    assert derived.is_title_derived and derived.published_at is None and derived.date_precision == "unknown"
    a004 = Article.objects.get(captures__file_name__startswith="004_")
    assert a004.authors == ["彭沛", "黎俊"] and a004.editors == ["陈小婷"] and a004.site.name == "红网"
    assert "返回红网首页" not in a004.body


def test_it_keeps_the_original_bytes_and_their_hash(imported_samples):
    capture = Capture.objects.get(file_name=sample("003").name)
    raw = sample("003").read_bytes()
    assert capture.sha256 == hashlib.sha256(raw).hexdigest()
    assert (Path(settings.ARCHIVE_DATA_DIR) / capture.storage_path).read_bytes() == raw
    assert capture.encoding == "utf-8" and capture.size == len(raw)


def test_importing_again_changes_nothing(imported_samples):
    before = (Article.objects.count(), Mention.objects.count(), Person.objects.count())
    code, out, _ = run_import(SAMPLES)
    assert code == 0 and "imported 0, duplicate 5, failed 0" in out
    assert (Article.objects.count(), Mention.objects.count(), Person.objects.count()) == before


def test_the_same_article_in_gbk_with_other_chrome_is_a_duplicate(imported_samples, tmp_path):
    other = tmp_path / "004-gbk.html"
    body = sample_text("004").replace("返回红网首页 返回永州站首页", "")
    other.write_bytes(
        (
            "<html><body>"
            + "".join(f"<p>{line}</p>" for line in body.split("\n"))
            + "<div>Copyright © 2022 某某新闻网 版权所有</div></body></html>"
        ).encode("gb18030")
    )
    code, out, _ = run_import(other)
    assert code == 0 and "imported 0, duplicate 1, failed 0" in out
    article = Article.objects.get(captures__file_name=sample("004").name)
    assert sorted(c.encoding for c in article.captures.all()) == ["gb18030", "utf-8"]


def test_gbk_without_a_declaration_imports(db, tmp_path):
    page = tmp_path / "gbk.txt"
    page.write_bytes(sample_text("003").encode("gb18030"))
    code, out, _ = run_import(page)
    assert code == 0 and "imported 1" in out
    assert Person.objects.filter(name="鲁志祥").exists()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("photo.html", bytes(range(256)) * 40, "binary"),
        (
            "chrome.html",
            "<p>当前位置:首页 > 新闻</p><p>版权所有 © 某某网</p><p>京ICP备12345678号</p>".encode(),
            "no article text",
        ),
        ("punctuation.txt", "，。！？；：“”（）……——、\n!!!???...,,,\n".encode(), "no article text"),
        (
            "cut.warc",
            b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n",
            "WARC",
        ),
    ],
)
def test_each_bad_file_fails_alone_with_a_reason(db, tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    good = tmp_path / sample("002").name
    good.write_bytes(sample("002").read_bytes())
    code, out, err = run_import(tmp_path)
    assert code == 1
    assert "imported 1, duplicate 0, failed 1" in out
    assert f"{tmp_path / name}" in err and reason in err and "Traceback" not in err
    assert Article.objects.count() == 1 and Capture.objects.count() == 1


def test_a_missing_path_is_reported(db, tmp_path):
    code, out, err = run_import(tmp_path / "nope")
    assert code == 1 and "no such file or folder" in err
