"""A page written as one long paragraph: each mention keeps a window of its sentence, not the whole
paragraph (which it stored once per mention: a 100,000-character paragraph with 1,200 mentions made a
744 MB database). Invented text."""

from __future__ import annotations

import importlib

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.ingest.store import SENTENCE_CONTEXT, sentence_at
from archive.models import Article, Mention, Person
from archive.selectors.entities import SENTENCES_SHOWN
from tests.archive.mentions import mention
from tests.conftest import run_import

pytestmark = pytest.mark.django_db

CLAUSES = [
    "社区党委书记韦晓岚带着志愿者挨家挨户登记",
    "网格员骆志平在卡点值守到深夜",
    "居民排队做核酸检测",
    "物业人员把蔬菜送到楼下",
]


def one_paragraph(repeat: int) -> str:
    """Clauses joined by commas only: one sentence as long as the page."""
    return "，".join(CLAUSES * repeat) + "。"


def numbered_paragraph(days: int) -> str:
    """One sentence telling of many days, each day's clauses numbered: every window differs."""
    return "，".join(f"第{day}天{clause}" for day in range(1, days + 1) for clause in CLAUSES) + "。"


def test_a_mention_in_a_long_sentence_keeps_a_window_of_it_cut_at_clause_breaks():
    body = one_paragraph(40)
    start = body.index("骆志平", len(body) // 2)
    sentence = sentence_at(body, start, start + 3)
    assert "网格员骆志平在卡点值守到深夜" in sentence
    assert sentence.startswith("…") and sentence.endswith("…")
    assert len(sentence) <= 3 + 2 * SENTENCE_CONTEXT + 2
    # the window begins and ends at a clause's edge, not inside a word
    assert sentence[1:].split("，")[0] in CLAUSES and sentence[:-1].split("，")[-1] in CLAUSES


def test_a_sentence_of_ordinary_length_is_kept_whole():
    body = "封控第一天，" + "，".join(CLAUSES) + "。第二天照常。"
    start = body.index("韦晓岚")
    assert sentence_at(body, start, start + 3) == "封控第一天，" + "，".join(CLAUSES) + "。"


def test_importing_a_one_paragraph_page_stores_bounded_sentences(tmp_path):
    (tmp_path / "long.txt").write_text(
        "长段落里的社区值守\n2022年4月3日\n\n" + one_paragraph(150) + "\n", encoding="utf-8"
    )
    code, out, err = run_import(tmp_path)
    assert code == 0 and "imported 1" in out, err
    mentions = list(Mention.objects.all())
    assert len(mentions) > 100  # the names recur all along the paragraph
    for m in mentions:
        assert m.text in m.sentence
        assert len(m.sentence) <= len(m.text) + 2 * SENTENCE_CONTEXT + 2
    assert Person.objects.filter(name="骆志平").exists()


def test_the_migration_clips_sentences_stored_whole(db):
    body = one_paragraph(40)
    article = Article.objects.create(title="长段落", body=body, content_hash="long-paragraph")
    person = Person.objects.create(name="骆志平", region="")
    start = body.index("骆志平", len(body) // 2)
    m = mention(article, "骆志平", body[:start].count("骆志平"), person=person)
    Mention.objects.filter(pk=m.pk).update(sentence=body)
    from django.apps import apps

    importlib.import_module("archive.migrations.0009_clip_long_sentences").clip(apps, None)
    assert Mention.objects.get(pk=m.pk).sentence == sentence_at(body, m.start, m.end)
    assert len(Mention.objects.get(pk=m.pk).sentence) < 3 * SENTENCE_CONTEXT


def test_an_entity_page_shows_some_sentences_of_an_article_and_links_to_the_rest(client, tmp_path):
    (tmp_path / "long.txt").write_text(
        "长段落里的社区值守\n2022年4月3日\n\n" + numbered_paragraph(60) + "\n", encoding="utf-8"
    )
    assert run_import(tmp_path)[0] == 0
    Article.objects.update(status=Article.Status.PUBLISHED)
    person = Person.objects.get(name="骆志平")
    named = Mention.objects.filter(person=person).values("sentence").distinct().count()
    assert named > SENTENCES_SHOWN
    with CaptureQueriesContext(connection) as queries:
        page = client.get(person.get_absolute_url()).content.decode()
    shown = page.split('class="kwic-sentences"')[1].split("</ul>")[0]
    assert shown.count("<li>") == SENTENCES_SHOWN and "<mark>骆志平</mark>" in shown
    assert f"本文另有 {named - SENTENCES_SHOWN} 句" in page  # "… more sentences in this article"
    # the article's text is never read for the page (joined into each mention row it was the bulk)
    assert not any('"body"' in q["sql"] for q in queries.captured_queries)
