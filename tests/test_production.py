"""Production settings: `check --deploy` is clean, secrets are required, security headers are sent,
and gunicorn (the documented server) serves pages and WhiteNoise's static files."""

from __future__ import annotations

import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from search.query import MAX_QUERY_CHARS
from tests.conftest import ROOT, child_env
from tests.processes import gunicorn


def production_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a production process with its own (SQLite) archive in data_dir."""
    return child_env(data_dir, DJANGO_ALLOWED_HOSTS="archive.example.org,127.0.0.1", **extra)


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def test_check_deploy_is_clean_under_production_settings(tmp_path):
    env = production_env(tmp_path)
    # without collected static files every production page would fail: the check says so (QA) …
    result = manage("check", "--deploy", env=env)
    assert result.returncode != 0 and "archive.E001" in result.stderr and "collectstatic" in result.stderr
    # … and is clean once they are
    assert manage("collectstatic", "--noinput", env=env).returncode == 0
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = production_env(tmp_path)
    del env["DJANGO_SECRET_KEY"]
    result = manage("check", env=env)
    assert result.returncode != 0
    # one line that says what to set, not a traceback (QA)
    assert result.stderr.strip() == "error: DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off"


def test_gunicorn_without_a_secret_key_says_so_once_and_stops(tmp_path):
    env = production_env(tmp_path, GUNICORN_BIND="127.0.0.1:0", GUNICORN_WORKERS="2")
    del env["DJANGO_SECRET_KEY"]
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.conf.py", "config.wsgi"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0
    assert "cannot start the archive: DJANGO_SECRET_KEY must be set" in result.stderr
    assert "Traceback" not in result.stderr and "Worker failed to boot" not in result.stderr


def test_the_error_page_does_not_need_the_static_manifest(settings):
    """A 500 page that itself failed on a missing manifest entry was a bare "Internal Server Error"."""
    from django.template.loader import render_to_string

    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    page = render_to_string("500.html")
    assert "/static/css/archive.css" in page and "/static/favicon.svg" in page


def test_a_malformed_setting_is_named(tmp_path):
    result = manage("check", env=production_env(tmp_path, DJANGO_SECURE_HSTS_SECONDS="a year"))
    assert result.returncode != 0
    assert "DJANGO_SECURE_HSTS_SECONDS must be an integer" in result.stderr


def test_pages_carry_the_security_headers(client, imported_samples):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
    ):
        assert directive in csp
    assert "unsafe-inline" not in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def _get(url: str, host: str | None = None, **headers: str) -> tuple[int, dict[str, str], bytes]:
    """One request, redirects not followed; a generous timeout (the first one may wait on the warm-up)."""
    request = urllib.request.Request(url, headers={**headers, **({"Host": host} if host else {})})
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=180) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _migrated(data: Path, **extra: str) -> dict[str, str]:
    env = production_env(data, **extra)
    for args in (("migrate", "--noinput"), ("collectstatic", "--noinput")):
        result = manage(*args, env=env)
        assert result.returncode == 0, result.stderr
    return env


def test_gunicorn_serves_pages_and_static_files(tmp_path):
    env = _migrated(
        tmp_path / "data",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_SECURE_HSTS_SECONDS="0",
    )
    with gunicorn(env, tmp_path / "gunicorn.log") as base:
        status, headers, body = _get(base + "/")
        assert status == 200
        assert "Content-Security-Policy" in headers
        stylesheet = re.search(rb'href="(/static/css/archive\.[0-9a-f]{12}\.css)"', body)
        assert stylesheet, "production pages link the hashed (manifest) stylesheet"
        status, headers, _ = _get(base + stylesheet.group(1).decode())
        assert status == 200
        assert "max-age=315360000" in headers.get(
            "Cache-Control", ""
        )  # WhiteNoise: hashed files cached forever
        assert _get(base + "/", host="evil.example.com")[0] == 400  # not an allowed host
        assert _get(base + "/articles/999999/")[0] == 404
        # the longest search the archive reads (500 Chinese characters, 9 bytes each URL-encoded) is
        # answered by the archive, not refused by gunicorn's request-line limit (414)
        query = quote("社区志愿者" * (MAX_QUERY_CHARS // 5))
        assert _get(base + "/search/?q=" + query + "&sort=newest")[0] == 200


@pytest.mark.parametrize("behind_proxy", [False, True])
def test_gunicorn_trusts_x_forwarded_proto_only_behind_a_proxy(tmp_path, behind_proxy):
    """Production settings redirect plain HTTP to HTTPS. A request from 127.0.0.1 claiming HTTPS in
    X-Forwarded-Proto is redirected all the same unless DJANGO_BEHIND_PROXY is on (finding 6)."""
    extra = {"DJANGO_BEHIND_PROXY": "1"} if behind_proxy else {}
    env = _migrated(tmp_path / "data", GUNICORN_WARM_UP="0", **extra)
    with gunicorn(env, tmp_path / "gunicorn.log") as base:
        plain = _get(base + "/articles/999999/")
        claimed = _get(base + "/articles/999999/", **{"X-Forwarded-Proto": "https"})
    assert plain[0] == 301 and plain[1]["Location"].startswith("https://")
    assert claimed[0] == (404 if behind_proxy else 301)
