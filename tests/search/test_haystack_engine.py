"""Our engine as a haystack engine: a server process follows a rebuild made by another process,
`update_index --remove` and `--workers 2` work, stored fields come back."""

from __future__ import annotations

import subprocess
import sys
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from haystack import connections
from haystack.query import SearchQuerySet

from archive.models import Article
from tests.conftest import ROOT, SAMPLES, child_env

SERVER = """
import sys, django
django.setup()
from search.selectors import search
for line in sys.stdin:
    print(search({"q": line.strip()}, with_facets=False).total, flush=True)
"""

MORE_ARTICLES = """
from archive.models import Article
Article.objects.bulk_create(  # no signals: the index does not hear of them until it is rebuilt
    Article(title=f"社区来信第{n}号", body=f"第{n}号社区的志愿者今天送菜上门。", content_hash=f"extra-{n}")
    for n in range(3)
)
"""


def _manage(env, *args, **kwargs):
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        text=True,
        capture_output=True,
        **kwargs,
    )


def test_a_server_process_sees_a_rebuild_made_by_another_process(tmp_path: Path):
    env = child_env(tmp_path / "child")
    (tmp_path / "child").mkdir()
    for args in (("migrate", "-v0"), ("import_articles", "--no-progress", str(SAMPLES))):
        done = _manage(env, *args, timeout=600)
        assert done.returncode == 0, done.stderr
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER],
        env=env,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:

        def ask(q: str) -> int:
            server.stdin.write(q + "\n")
            server.stdin.flush()
            return int(server.stdout.readline())

        before = ask("社区")
        assert before == 5
        done = _manage(env, "shell", "-c", MORE_ARTICLES, timeout=300)
        assert done.returncode == 0, done.stderr
        assert ask("社区") == before  # not indexed yet
        # The rebuilt index reaches the same generation number as the one the server has open.
        done = _manage(env, "rebuild_index", "--noinput", timeout=600)
        assert done.returncode == 0, done.stderr
        assert ask("社区") == before + 3
        assert ask("送菜上门") == 3
    finally:
        server.stdin.close()
        server.wait(timeout=60)


def test_update_index_remove_drops_what_the_database_no_longer_publishes(imported_samples):
    backend = connections["default"].get_backend()
    victim = Article.objects.first()
    Article.objects.filter(pk=victim.pk).update(status=Article.Status.DRAFT)  # the index is not told
    assert str(victim.pk) in backend.indexed_stamps()
    call_command("update_index", "--remove", stdout=StringIO(), stderr=StringIO())
    assert str(victim.pk) not in backend.indexed_stamps()
    assert set(backend.indexed_stamps()) == {
        str(pk) for pk in Article.objects.published().values_list("pk", flat=True)
    }


def test_stored_fields_come_back_on_results_and_values(imported_samples):
    sqs = SearchQuerySet().models(Article)
    stamps = dict(sqs.values_list("pk", "stamp"))
    assert set(stamps) == {str(pk) for pk in Article.objects.values_list("pk", flat=True)}
    assert all(len(s) == 32 for s in stamps.values())
    assert {r["id"] for r in sqs.values("id")} == {f"archive.article.{pk}" for pk in stamps}
    assert len(sqs.filter(content="社区")) == 5  # no end offset: every result


def test_update_index_with_two_workers_indexes_everything(tmp_path: Path):
    env = child_env(tmp_path / "child")
    (tmp_path / "child").mkdir()
    for args in (("migrate", "-v0"), ("import_articles", "--no-progress", str(SAMPLES))):
        done = _manage(env, *args, timeout=600)
        assert done.returncode == 0, done.stderr
    for _ in range(2):
        done = _manage(env, "update_index", "--workers", "2", "--batch-size", "1", timeout=600)
        assert done.returncode == 0, done.stdout + done.stderr
    check = _manage(env, "check_index", "--dry-run", timeout=600)
    assert check.returncode == 0 and "published articles: 5" in check.stdout, check.stdout + check.stderr
