"""A published copy served read-only (ARCHIVE_READ_ONLY, or the embedded database on storage that cannot be
written): reading works, a write is refused with a page that says why, never a database error."""

from __future__ import annotations

import sqlite3

import pytest
from django.urls import reverse

from config.sqlite import sqlite_settings

pytestmark = pytest.mark.django_db


def test_the_read_only_database_settings_read_and_refuse_writes(tmp_path):
    path = tmp_path / "archive.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute("create table t (x)")
        con.execute("insert into t values (1)")
    writable = sqlite_settings({"NAME": str(path)}, read_only=False, unwritable=False)
    assert writable["NAME"] == str(path) and "journal_mode=WAL" in writable["OPTIONS"]["init_command"]
    read_only = sqlite_settings({"NAME": str(path)}, read_only=True, unwritable=False)
    con = sqlite3.connect(read_only["NAME"], uri=True)
    assert con.execute("select x from t").fetchall() == [(1,)]
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        con.execute("insert into t values (2)")
    con.close()


def test_a_read_only_archive_serves_pages_and_search_and_refuses_writes(client, imported_samples, settings):
    from haystack import connections

    settings.ARCHIVE_READ_ONLY = True
    connections.reload("default")  # the index is opened again, without its write lock
    backend = connections["default"].get_backend()
    try:
        data = client.get(reverse("search:results"), {"q": "社区", "format": "json"}).json()
        assert data["total"] > 0 and backend.storage.readonly
        assert client.get(reverse("archive:home")).status_code == 200
        response = client.post(reverse("admin:login"), {"username": "x", "password": "y"})
        assert response.status_code == 503 and "本档案为只读" in response.content.decode()
        switched = client.post(reverse("set_language"), {"language": "en", "next": "/"})
        assert switched.status_code == 302  # the language is a cookie: still offered
        english = client.post(reverse("admin:login"), {"username": "x", "password": "y"})
        assert "This archive is read-only" in english.content.decode()
    finally:
        settings.ARCHIVE_READ_ONLY = False
        connections.reload("default")
