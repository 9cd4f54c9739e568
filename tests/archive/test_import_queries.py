"""The import's database work per article stays bounded, and its shortcuts write what the long way does."""

from __future__ import annotations

from pathlib import Path

import jieba
import jieba.posseg
import pytest
from django.contrib.auth.models import User
from django.test import RequestFactory
from simple_history.models import HistoricalRecords

from archive.ingest.extract.tokens import tokenizer_for
from archive.ingest.lexicon import Lexicon
from archive.ingest.read import read_file
from archive.ingest.rows import copy_history
from archive.ingest.store import store_document
from archive.models import Article, Mention, Person

pytestmark = pytest.mark.django_db

GIVEN = "晓岚志平建华秋实雨桐子墨文博嘉怡"


def _page(tmp_path: Path, name: str, people: int) -> Path:
    """A written report naming `people` residents' volunteers of one community."""
    names = [f"{'韦骆邝覃闵蒯'[i % 6]}{GIVEN[i % 14]}{GIVEN[(i + 3) % 14]}" for i in range(people)]
    lines = ["湖北省宜昌市西陵区云集街道绿萝社区的志愿者们", "发布时间:2022-04-06 来源:宜昌日报"]
    lines += [f"绿萝社区党委书记{n}今年{30 + i}岁，{n}说：“我们守好每一道门。”" for i, n in enumerate(names)]
    lines.append("西陵区民政局和云集街道办事处送来了防疫物资。")
    path = tmp_path / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _store(path: Path) -> str:
    [doc] = read_file(path, max_bytes=1 << 20)
    return store_document(doc)


def test_an_article_costs_the_same_queries_however_many_people_it_names(
    tmp_path, django_assert_max_num_queries
):
    _store(_page(tmp_path, "warm-up.txt", 2))  # the place records exist from here on, as in a long import
    with django_assert_max_num_queries(22):
        assert _store(_page(tmp_path, "few.txt", 3)) == "created"
    with django_assert_max_num_queries(22):
        assert _store(_page(tmp_path, "many.txt", 14)) == "created"
    many = Article.objects.get(captures__file_name="many.txt")
    assert Person.objects.filter(mentions__article=many).distinct().count() >= 10
    history = Mention.history.filter(article_id=many.pk)
    assert history.count() == many.mentions.count() > 20
    assert {h.history_change_reason for h in history} == {"extracted"}


def _history_rows(pks: list[int]) -> list[tuple]:
    fields = [f.attname for f in Mention.history.model.tracked_fields]
    rows = Mention.history.filter(id__in=pks).order_by("history_id")
    return [
        (*(getattr(h, f) for f in fields), h.history_type, h.history_change_reason, h.history_user_id)
        for h in rows
    ]


@pytest.mark.parametrize("signed_in", [False, True])
def test_copied_history_rows_are_those_simple_history_writes(tmp_path, signed_in):
    _store(_page(tmp_path, "page.txt", 4))
    article = Article.objects.get()
    mentions = list(article.mentions.order_by("pk"))
    assert any(m.organizations for m in mentions) and any(m.age for m in mentions)
    pks = [m.pk for m in mentions]
    Mention.history.filter(id__in=pks).delete()
    if signed_in:  # a re-extraction a curator starts: the history names them
        request = RequestFactory().post("/")
        request.user = User.objects.create_user("骆志平", password="x-2022")
        HistoricalRecords.context.request = request
    try:
        Mention.history.bulk_history_create(mentions, default_change_reason="extracted")
        expected = _history_rows(pks)
        Mention.history.filter(id__in=pks).delete()
        copy_history(Mention, list(reversed(pks)), "extracted")
    finally:
        if signed_in:
            del HistoricalRecords.context.request
    assert _history_rows(pks) == expected
    assert all(row[-1] is not None for row in expected) == signed_in


def test_a_run_read_again_from_the_remembered_words_matches_stock_posseg():
    fast = tokenizer_for(Lexicon())
    stock = jieba.posseg.POSTokenizer(fast.tokenizer)
    text = "覃雨桐和蒯子墨在绿萝社区值守，覃雨桐说蒯子墨很辛苦。韦晓岚、覃雨桐、蒯子墨都是志愿者。"
    first = [(p.word, p.flag) for p in fast.cut(text)]
    again = [(p.word, p.flag) for p in fast.cut(text)]
    assert first == again == [(p.word, p.flag) for p in stock.cut(text)]


def test_an_imported_article_has_one_creation_record_with_its_fields(tmp_path):
    _store(_page(tmp_path, "page.txt", 2))
    article = Article.objects.get()
    [record] = article.history.all()
    assert (record.history_type, record.history_change_reason, record.history_user_id) == (
        "+",
        "created by import",
        None,
    )
    for field in Article.history.model.tracked_fields:
        assert getattr(record, field.attname) == getattr(article, field.attname), field.name
