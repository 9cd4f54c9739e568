"""The index follows the database: imports (one batch), single edits, hiding, deleting, drift repair,
locks."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from io import StringIO

import pytest
from django.core.management import call_command
from haystack import connections

from archive.models import Article, Mention, Person
from search.selectors import result_ids
from tests.conftest import ROOT, SAMPLES, run_import


def found(q: str) -> set[int]:
    return set(result_ids({"q": q}))


def whoosh_index():
    backend = connections["default"].get_backend()
    backend.setup()
    return backend.index.refresh()


def test_an_import_writes_the_index_once(db):
    before = whoosh_index().latest_generation()
    assert run_import(SAMPLES)[0] == 0
    ix = whoosh_index()
    assert ix.latest_generation() == before + 1  # one commit for the whole import, not one per article
    assert ix.doc_count() == Article.objects.count() == 5


def test_a_saved_edit_is_searchable_when_its_transaction_commits(
    imported_samples, django_capture_on_commit_callbacks
):
    article = Article.objects.first()
    with django_capture_on_commit_callbacks(execute=True):
        article.title = "楼道里的新标题"
        article.save()
    assert found("title:楼道里的新标题") == {article.pk}


def test_hiding_publishing_and_deleting_follow_the_database(
    imported_samples, django_capture_on_commit_callbacks
):
    article = Article.objects.get(body__contains="潘晓喆")
    with django_capture_on_commit_callbacks(execute=True):
        article.status = Article.Status.HIDDEN
        article.save()
    assert article.pk not in found("潘晓喆")
    with django_capture_on_commit_callbacks(execute=True):
        article.status = Article.Status.PUBLISHED
        article.save()
    assert found("潘晓喆") == {article.pk}
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert found("潘晓喆") == set()
    assert whoosh_index().doc_count() == 4


def test_renaming_a_person_or_rejecting_a_mention_updates_person_search(
    imported_samples, django_capture_on_commit_callbacks
):
    person = Person.objects.get(name="潘晓喆")
    article_id = person.mentions.first().article_id
    with django_capture_on_commit_callbacks(execute=True):
        person.aliases = ["潘书记"]
        person.save()
    assert found("person:潘书记") == {article_id}
    with django_capture_on_commit_callbacks(execute=True):
        for m in Mention.objects.filter(person=person):
            m.status = Mention.Status.REJECTED
            m.save()
    assert found("person:潘晓喆") == set()
    assert found("潘晓喆") == {article_id}  # the text still contains the name


def test_rebuild_index_and_update_index_work(imported_samples):
    call_command("rebuild_index", "--noinput", stdout=StringIO(), stderr=StringIO())
    assert whoosh_index().doc_count() == 5 and found("潘晓喆")
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    assert whoosh_index().doc_count() == 5


def test_check_index_reports_and_repairs_drift(imported_samples):
    a, b = Article.objects.all()[:2]
    Article.objects.filter(pk=a.pk).update(title="绕过信号的标题")  # changes the DB behind the index's back
    Article.objects.filter(pk=b.pk).update(status=Article.Status.HIDDEN)
    out = StringIO()
    with pytest.raises(Exception) as failure:
        call_command("check_index", "--dry-run", stdout=out)
    assert getattr(failure.value, "returncode", None) == 1
    assert "stale: 1" in out.getvalue() and "not in database or not published: 1" in out.getvalue()
    out = StringIO()
    call_command("check_index", stdout=out)
    assert "repaired: indexed 1, removed 1" in out.getvalue()
    assert found("title:绕过信号的标题") == {a.pk} and b.pk not in found("")
    out = StringIO()
    call_command("check_index", "--dry-run", stdout=out)
    assert "in step" in out.getvalue()


def test_a_writer_waits_for_the_lock_instead_of_failing(imported_samples):
    from search.indexing import sync_articles

    ix = whoosh_index()
    holder = ix.writer()
    releasing = threading.Event()

    def release() -> None:
        releasing.set()  # before the lock goes: the sync cannot finish earlier
        holder.cancel()

    threading.Timer(0.5, release).start()
    # The lock is held when the sync starts; it succeeds, so it waited until the lock was released.
    assert sync_articles(Article.objects.values_list("pk", flat=True)) == (5, 0)
    assert releasing.is_set()


def test_a_lock_held_too_long_is_a_clear_error_and_the_import_is_kept(db, settings, tmp_path):
    from haystack import connections as conns

    settings.HAYSTACK_CONNECTIONS["default"]["LOCK_TIMEOUT"] = 0.3
    conns.reload("default")
    holder = whoosh_index().writer()
    try:
        code, out, err = run_import(SAMPLES)
    finally:
        holder.cancel()
    assert code == 1 and "imported 5" in out
    assert "search index was not updated" in err and "check_index" in err
    assert Article.objects.count() == 5
    call_command("check_index", stdout=StringIO())
    assert whoosh_index().doc_count() == 5


def test_two_imports_at_once_neither_crash_nor_corrupt_the_index(tmp_path):
    env = {
        **os.environ,
        "ARCHIVE_DATA_DIR": str(tmp_path / "data"),
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_SECRET_KEY": "x",
        "DJANGO_DEBUG": "0",
        "ARCHIVE_SEARCH_INDEX_DIR": str(tmp_path / "index"),
    }
    env.pop("DATABASE_URL", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
    halves = [tmp_path / "a", tmp_path / "b"]
    for i, folder in enumerate(halves):
        folder.mkdir()
        for n, src in enumerate(sorted(SAMPLES.glob("*.txt"))):
            if n % 2 == i:
                (folder / src.name).write_bytes(src.read_bytes())
        for n in range(15):  # enough extra pages that the two runs overlap in time
            (folder / f"extra-{i}-{n}.txt").write_text(
                f"第{i}组第{n}号社区简报\n\n第{i}组第{n}号小区今天开展核酸检测，志愿者{n}名到岗。\n",
                encoding="utf-8",
            )
    runs = [
        subprocess.Popen(
            [*manage, "import_articles", "--no-progress", str(f)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in halves
    ]
    outputs = [r.communicate(timeout=300) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outputs
    check = subprocess.run(
        [*manage, "check_index", "--dry-run"], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "published articles: 35" in check.stdout


def test_an_index_built_by_an_earlier_version_is_refused_then_rebuilt_by_check_index(
    imported_samples, client
):
    """An index whose stored schema differs (here: Whoosh's own positions format, as before version 2)
    would be misread; searches answer 503 with what to do, and check_index rebuilds it."""
    import copy

    from django.urls import reverse
    from whoosh.formats import Positions
    from whoosh.index import create_in

    backend = connections["default"].get_backend()
    backend.setup()
    old = copy.deepcopy(backend.schema)
    old["text"].format = Positions(field_boost=1.0)
    create_in(backend.path, old, indexname=backend.index.indexname)
    connections.reload("default")

    response = client.get(reverse("search:results"), {"q": "社区", "format": "json"})
    assert response.status_code == 503 and response.json()["error"]  # the log says what to run
    out = StringIO()
    with pytest.raises(Exception, match="earlier version"):
        call_command("check_index", "--dry-run", stdout=out)
    call_command("check_index", stdout=out)
    assert "rebuilding" in out.getvalue()
    connections.reload("default")
    assert (
        found("社区")
        and client.get(reverse("search:results"), {"q": "社区", "format": "json"}).json()["total"] >= 1
    )


def test_many_small_index_commits_merge_segments_and_keep_positions(imported_samples):
    """Each edit writes a small segment and Whoosh merges small segments on commit; the merge copies
    every posting (including the grams stored without positions) and phrases still match after it."""
    from search.indexing import sync_articles

    article = Article.objects.get(title="履职中见真情")
    for i in range(14):
        Article.objects.filter(pk=article.pk).update(subtitle=f"第{i}次修订")
        sync_articles([article.pk])
    assert found("第13次修订") == {article.pk} and found("履职中见真情") == {article.pk}
    assert found('"潘晓喆所带领的"') == set(
        Article.objects.filter(body__contains="潘晓喆所带领的").values_list("pk", flat=True)
    )
    assert len(whoosh_index()._segments()) < 14  # merged, not one segment per edit


def test_one_index_write_per_transaction(imported_samples, django_capture_on_commit_callbacks):
    from django.db import transaction

    article = Article.objects.get(title="履职中见真情")
    before = whoosh_index().latest_generation()
    with django_capture_on_commit_callbacks(execute=True) as hooks:
        with transaction.atomic():
            article.subtitle = "一次提交"
            article.save()
            for m in article.mentions.all()[:5]:
                m.role = m.role + " "
                m.save()
    assert len(hooks) == 1 and whoosh_index().latest_generation() == before + 1
    assert found("一次提交") == {article.pk}
