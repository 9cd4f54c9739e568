"""An editor's note (编者按) before the story is the article's, not the story's prose: kept, shown and
searched, but marked apart, so the story's first sentence, its dateline and its outlet are read from
the story. Pages written for this test."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from archive.ingest.clean import clean_page
from archive.models import Article
from tests.conftest import import_text, run_import

NOTE = "编者按：三年来，许多普通人守在小区门口。本报今起推出“楼栋里的灯”系列报道，记下他们的故事。"
SERIES = "今天讲述的是青禾社区的一支巡逻队。"
DATELINE = "清河晚报讯（记者 韦晓岚）5月6日清晨，青禾社区党支部书记邵明秋带着队员清点物资。"
STORY = "“只要大家平安，我们累点没关系。”邵明秋说。"
PAGE = f"楼栋里的灯｜青禾社区的巡逻队\n2022-05-07 08:30\n{NOTE}\n{SERIES}\n{DATELINE}\n{STORY}\n"


def _kinds(page):
    return [(p.kind, p.text) for p in page.paragraphs]


def test_a_labelled_note_runs_to_the_dateline_and_the_story_is_read_after_it():
    page = clean_page(PAGE)
    assert _kinds(page) == [("note", NOTE), ("note", SERIES), ("text", DATELINE), ("text", STORY)]
    assert page.source == "清河晚报"  # the dateline under the note names the outlet
    assert page.authors == ["韦晓岚"]
    assert page.body.startswith(NOTE)  # kept in the article's text


def test_a_label_on_its_own_line_takes_the_paragraph_under_it_when_no_dateline_follows():
    text = "巡逻队的夜\n【编者按】\n这是一组来自小区的日记。\n夜里十点，志愿者韦青松还在值守。\n他说习惯了。"
    page = clean_page(text)
    assert [p.kind for p in page.paragraphs] == ["note", "note", "text", "text"]
    assert page.paragraphs[2].text.startswith("夜里十点")


def test_words_that_only_look_like_a_label_stay_in_the_story():
    for opening in ("编者按语中提到的那支巡逻队，今天又出发了。", "青禾社区的编者按照居民的要求改了稿子。"):
        page = clean_page(f"巡逻队又出发了\n{opening}\n志愿者韦青松说，大家都很配合。\n")
        assert [p.kind for p in page.paragraphs] == ["text", "text"], opening


def test_a_note_with_nothing_after_it_is_the_text_itself():
    page = clean_page("巡逻队的夜\n编者按：这是一组来自小区的日记，志愿者韦青松写下了他的夜班。\n")
    assert [p.kind for p in page.paragraphs] == ["text"]


@pytest.mark.django_db
def test_the_archive_keeps_shows_and_exports_the_note_apart_from_the_story(tmp_path, client):
    article = import_text(tmp_path, "note.txt", PAGE)
    assert article.editor_note == f"{NOTE}\n{SERIES}"
    assert article.story_text == f"{DATELINE}\n{STORY}"
    out = StringIO()
    call_command("export_articles", "--format", "jsonl", stdout=out, stderr=StringIO())
    (row,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert row["body"].startswith(DATELINE) and row["editor_note"].startswith("编者按：")
    assert [p["name"] for p in row["people"]] == ["邵明秋"]
    html = client.get(article.get_absolute_url()).content.decode()
    assert html.count('class="editor-note"') == 2
    doc = client.get(article.get_absolute_url(), {"format": "json"}).json()
    assert doc["editor_note"] == article.editor_note and doc["paragraph_kinds"][:3] == [
        "note",
        "note",
        "text",
    ]


@pytest.mark.django_db
def test_the_note_comes_back_from_the_archive_s_own_export(tmp_path):
    import_text(tmp_path, "note.txt", PAGE)
    out = StringIO()
    call_command("export_articles", "--format", "jsonl", stdout=out, stderr=StringIO())
    exported = tmp_path / "corpus.jsonl"
    exported.write_text(out.getvalue(), encoding="utf-8")
    Article.objects.all().delete()
    code, _out, err = run_import(exported)
    assert code == 0, err
    article = Article.objects.get()
    assert article.editor_note == f"{NOTE}\n{SERIES}" and article.story_text == f"{DATELINE}\n{STORY}"
