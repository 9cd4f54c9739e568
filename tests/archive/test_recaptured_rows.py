"""Two captures of one text (two dataset rows, a page saved twice in other bytes) are one article;
the import report says which article a new capture joined, and the article lists each row it came
from. Rows written for this test."""

from __future__ import annotations

import json

from django.utils import translation

from archive.models import Article
from archive.reasons import translate_reason
from tests.conftest import run_import

BODY = "社区书记骆志平带着志愿者挨家挨户登记信息。志愿者韦晓岚帮助独居老人买菜取药。"


def _rows(tmp_path):
    rows = [
        {"title": "楼道里的登记表", "content": BODY, "source": "测试日报", "date": "2022-04-01"},
        {"title": "转载：楼道里的登记表", "content": BODY, "source": "测试晚报", "date": "2022-04-03"},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_a_row_of_a_stored_text_is_named_in_the_report_and_on_the_article(db, tmp_path, client):
    path = _rows(tmp_path)
    code, out, err = run_import(path)
    assert code == 0, err
    assert "imported 1, duplicate 1, failed 0" in out
    article = Article.objects.get()
    assert (
        f"batch.jsonl#row 2: same text as article {article.pk} «楼道里的登记表»: "
        "kept as another capture of it" in err
    )
    data = client.get(article.get_absolute_url(), {"format": "json"}).json()
    assert [c["row"] for c in data["captures"]] == ["row 1", "row 2"]
    page = client.get(article.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "batch.jsonl · 第 2 行" in page

    code, out, err = run_import(path)  # the same rows again: nothing new, nothing to say
    assert code == 0 and "imported 0, duplicate 2, failed 0" in out and err == ""


def test_the_admin_report_translates_the_line(db, tmp_path):
    with translation.override("zh-hans"):
        line = translate_reason("same text as article 7 «楼道里的登记表»: kept as another capture of it")
    assert line == "与文章 7 «楼道里的登记表» 正文相同：作为该文章的又一份采集保存"


def test_a_new_capture_gives_the_record_a_new_oai_datestamp(db, tmp_path):
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({"title": "登记表", "content": BODY}, ensure_ascii=False) + "\n", "utf-8")
    assert run_import(first)[0] == 0
    before = Article.objects.get().updated_at
    again = tmp_path / "again.jsonl"
    again.write_text(json.dumps({"title": "转载", "content": BODY}, ensure_ascii=False) + "\n", "utf-8")
    assert run_import(again)[0] == 0
    article = Article.objects.get()
    assert article.captures.count() == 2 and article.updated_at > before  # a harvest `from` then sees it


def test_a_renamed_or_copied_dataset_is_a_silent_duplicate_as_a_renamed_page_is(db, tmp_path):
    """The same rows under another file name (cp stories.csv copy.csv): each row's capture names its file,
    so the bytes differ, but a row the article holds cell for cell is the same row again: a duplicate,
    no line, no new capture. A row with a cell changed is still another capture, named in a line."""
    from archive.models import Capture

    first = tmp_path / "first"
    first.mkdir()
    stories = first / "stories.csv"
    stories.write_text(
        "标题,正文,来源\n楼道里的登记表,"
        + BODY
        + ",测试日报\n菜篮子送上门,志愿者每天清晨把蔬菜送到居民门口。,测试晚报\n",
        encoding="utf-8",
    )
    rows = _rows(first)
    assert run_import(stories, rows)[0] == 0
    captures = Capture.objects.count()
    copies = tmp_path / "copies"
    copies.mkdir()
    (copies / "copy_of_stories.csv").write_bytes(stories.read_bytes())
    (copies / "renamed.jsonl").write_bytes(rows.read_bytes())

    code, out, err = run_import(copies)

    assert code == 0, err
    assert "imported 0, duplicate 4, failed 0" in out and "kept as another capture" not in err
    assert Capture.objects.count() == captures
    edited = copies / "edited.csv"
    edited.write_text(stories.read_text(encoding="utf-8").replace("测试晚报", "测试周报"), encoding="utf-8")
    code, out, err = run_import(edited)
    assert "imported 0, duplicate 2, failed 0" in out
    assert f"{edited}#row 3: same text as article" in err and "#row 2" not in err
