"""Running the archive when things go wrong (QA as an operator): an import interrupted or stopped by a
full data folder says so in one line, keeps and indexes what it stored, and a re-run finishes the job;
commands on a data folder never migrated say "migrate"; a read-only copy with changes still in
SQLite's write-ahead log is refused, not served stale; an outdated index is one line in the log.
Articles written for these tests."""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import subprocess
import sys

import pytest
from django.urls import reverse
from haystack import connections

from archive.models import Article
from config.sqlite import unsaved_log
from search.indexing import article_identifier, index_drift
from tests.conftest import ROOT, child_env, run_import
from tests.processes import wait_until

STORY = "社区志愿者第{n}次为独居老人送菜上门，网格员逐户登记需求，楼栋长连夜分装物资。\n" * 12


def _write(folder, count: int, start: int = 0) -> None:
    folder.mkdir(exist_ok=True)
    for n in range(start, start + count):
        (folder / f"{n:04d}.txt").write_text(f"志愿者的第{n}天\n\n" + STORY.format(n=n), encoding="utf-8")


def _manage(*args, env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )


def test_an_interrupted_import_keeps_and_indexes_what_it_stored_and_a_rerun_finishes(tmp_path):
    data, pages = tmp_path / "archive", tmp_path / "pages"
    data.mkdir()
    _write(pages, 400)
    env = child_env(data)
    assert _manage("migrate", "--noinput", env=env).returncode == 0
    job = subprocess.Popen(
        [sys.executable, "manage.py", "import_articles", "--no-progress", str(pages)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )

    def stored() -> int:
        with sqlite3.connect(f"file:{data / 'archive.sqlite3'}?mode=ro", uri=True) as con:
            try:
                return con.execute("select count(*) from archive_article").fetchone()[0]
            except sqlite3.OperationalError:  # locked for a moment by the import's write
                return 0

    wait_until(lambda: stored() >= 3, "the import to store three articles", alive=job)
    job.send_signal(signal.SIGINT)  # Ctrl-C
    out, err = job.communicate(timeout=600)
    assert job.returncode == 130, err
    assert "Traceback" not in err
    assert "stopped before the end: interrupted" in err and "run the same import again" in err
    kept = stored()
    assert 3 <= kept < 400 and f"imported {kept}," in out
    # what it stored is searchable: nothing missing from the index
    check = _manage("check_index", "--dry-run", env=env)
    assert check.returncode == 0 and "index is in step with the database" in check.stdout, check.stdout
    again = _manage("import_articles", "--no-progress", str(pages), env=env)
    assert again.returncode == 0, again.stderr
    assert f"imported {400 - kept}, duplicate {kept}, failed 0" in again.stdout
    assert stored() == 400


@pytest.mark.django_db(transaction=True)
def test_a_rerun_indexes_articles_that_a_stopped_import_left_out_of_the_index(tmp_path):
    _write(tmp_path / "pages", 3)
    assert run_import(tmp_path / "pages")[0] == 0
    # an import killed between storing and indexing (kill -9, a power cut) leaves this state
    left_out = Article.objects.order_by("pk").first()
    connections["default"].get_backend().remove(article_identifier(left_out.pk))
    assert index_drift()["missing"] == [left_out.pk]
    code, out, err = run_import(tmp_path / "pages")
    assert code == 0, err
    assert "imported 0, duplicate 3, failed 0" in out
    assert "indexed 1 article(s) stored but not yet in the index" in out
    assert index_drift() == {"missing": [], "stale": [], "extra": []}
    # an ordinary re-import (everything indexed) says nothing of the kind
    assert "indexed" not in run_import(tmp_path / "pages")[1]


@pytest.mark.django_db(transaction=True)
def test_a_rerun_indexes_an_older_article_whose_names_the_stopped_import_wrote_another_way(tmp_path):
    """The stopped import gave a person of an older article a new written form (邹振华 for 鄒振華): that
    article's indexed names are out of date. Running the same import again finds it by that name."""
    from archive.models import Person
    from search.indexing import sync_articles

    older, newer = tmp_path / "older", tmp_path / "newer"
    older.mkdir(), newer.mkdir()
    (older / "a.txt").write_text(
        "幸福社區：心理疏導中的守門人\n2020年4月27日 來源：長春日報\n"
        "幸福社區居委會主任鄒振華每天帶領志願者上門走訪，為獨居老人送去生活物資。鄒振華說，大家都很配合。\n",
        encoding="utf-8",
    )
    (newer / "b.txt").write_text(
        "光明社区：隔离服务中的摆渡人\n2020年5月3日 来源：长春日报\n"
        "光明社区志愿者邹振华每天清晨来到服务站，帮助居民登记信息、代购药品。邹振华说，只要居民需要就一直在。\n",
        encoding="utf-8",
    )
    assert run_import(older)[0] == 0 and run_import(newer)[0] == 0
    person = Person.objects.get(name="鄒振華")
    assert person.aliases == ["邹振华"]
    first = Article.objects.get(captures__file_name="a.txt")
    # the state a kill -9 in the second import's index batch leaves: the first article indexed with the
    # person's names as they were before that import (queryset updates: no signal reaches the index)
    Person.objects.filter(pk=person.pk).update(aliases=[])
    sync_articles([first.pk])
    Person.objects.filter(pk=person.pk).update(aliases=["邹振华"])
    assert index_drift()["stale"] == [first.pk]

    code, out, err = run_import(newer)

    assert code == 0, err
    assert "imported 0, duplicate 1, failed 0" in out and "indexed 1 article(s)" in out
    assert index_drift() == {"missing": [], "stale": [], "extra": []}


@pytest.mark.django_db(transaction=True)
def test_an_original_that_cannot_be_written_stops_the_import_with_a_message(tmp_path, settings):
    _write(tmp_path / "pages", 2)
    (settings.ARCHIVE_DATA_DIR / "originals").write_text("not a folder")  # as a full disk would refuse
    code, out, err = run_import(tmp_path / "pages")
    assert code == 1
    assert "stopped before the end" in err and "could not be written into the data folder" in err
    assert "imported 0" in out and Article.objects.count() == 0  # the page's transaction rolled back


@pytest.mark.parametrize("command", [("import_articles", "."), ("restore_archive", "backup.tar.gz")])
def test_a_command_on_a_data_folder_never_migrated_says_to_migrate(tmp_path, command):
    data = tmp_path / "archive"
    data.mkdir()
    result = _manage(*command, env=child_env(data))
    assert result.returncode == 1
    assert "the database has no tables yet: run `python manage.py migrate` first" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_copy_whose_changes_are_still_in_the_write_ahead_log_is_refused_read_only(tmp_path):
    live = sqlite3.connect(tmp_path / "archive.sqlite3")
    live.execute("pragma journal_mode=wal")
    live.execute("pragma wal_autocheckpoint=0")
    live.execute("create table t (x)")
    live.execute("insert into t values (1)")
    live.commit()  # in the log, not yet in the database file (as after a killed import)
    message = unsaved_log(tmp_path / "archive.sqlite3")
    assert "archive.sqlite3-wal holds changes not yet written" in message and "check_archive" in message
    live.close()  # the last connection folds the log in
    assert unsaved_log(tmp_path / "archive.sqlite3") == ""


@pytest.mark.django_db(transaction=True)
def test_an_outdated_index_is_one_line_in_the_log_not_a_traceback(settings, caplog):
    from whoosh.fields import ID, Schema
    from whoosh.index import create_in

    path = settings.HAYSTACK_CONNECTIONS["default"]["PATH"]
    os.makedirs(path, exist_ok=True)
    create_in(path, Schema(text=ID(stored=True)))  # an index an earlier version built differently
    connections.reload("default")
    with caplog.at_level(logging.ERROR, logger="search.indexing"):
        Article.objects.create(title="甲", body="社区志愿者上门。", content_hash="op1")
    [record] = [r for r in caplog.records if r.name == "search.indexing"]
    assert record.exc_info is None and "earlier version" in record.getMessage()


@pytest.mark.django_db(transaction=True)
def test_a_query_that_only_excludes_says_so_and_how_to_search_the_text(client):
    from search.indexing import sync_articles

    Article.objects.create(title="甲", body="气温降到-5℃，志愿者仍在值守。", content_hash="op2")
    Article.objects.create(title="乙", body="网格员挨家挨户登记。", content_hash="op3")
    sync_articles(Article.objects.values_list("pk", flat=True))
    data = client.get("/search/", {"q": "-5℃", "format": "json"}, HTTP_ACCEPT_LANGUAGE="en").json()
    assert data["total"] == 1
    assert any('put it in quotes: "-5℃"' in n for n in data["notices"]), data["notices"]
    quoted = client.get("/search/", {"q": '"-5℃"', "format": "json"}, HTTP_ACCEPT_LANGUAGE="en").json()
    assert quoted["total"] == 1 and quoted["notices"] == []


@pytest.mark.django_db(transaction=True)
def test_an_upload_the_data_folder_cannot_take_is_said_on_the_page_not_a_500(admin_client, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.ARCHIVE_DATA_DIR = settings.ARCHIVE_DATA_DIR / "gone"  # a folder that is not there
    upload = SimpleUploadedFile("a.txt", ("志愿者的一天\n\n" + STORY.format(n=1)).encode())
    response = admin_client.post(
        reverse("archive-import-upload"), {"file": upload}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 507
    assert "could not be saved in the archive&#x27;s data folder" in response.content.decode()
    assert Article.objects.count() == 0
