"""The client's address behind a reverse proxy (security finding 5 of issue 14): the login lockout
counts each client behind the proxy on its own when DJANGO_BEHIND_PROXY is on, and trusts no
forwarded header when it is off. (Finding 6, gunicorn's side, is in tests/test_production.py.)"""

from __future__ import annotations

import runpy
import subprocess
import sys

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from config.proxy import client_address
from tests.conftest import ROOT, child_env

PROXY = "127.0.0.1"
PASSWORD = "admin-pass-2022"


@pytest.fixture
def admin_user(db):
    return User.objects.create_superuser("admin", password=PASSWORD)


def _behind_proxy(forwarded_for: str) -> Client:
    """A browser whose requests reach Django through the proxy, which appended its address."""
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded_for)


def _fail_logins(client: Client, limit: int) -> None:
    for _ in range(limit):
        client.post(reverse("admin:login"), {"username": "admin", "password": "wrong"})


def _logs_in(client: Client) -> bool:
    response = client.post(reverse("admin:login"), {"username": "admin", "password": PASSWORD})
    return response.status_code == 302 and client.get(reverse("admin:index")).status_code == 200


def test_one_clients_wrong_passwords_do_not_lock_out_another_behind_the_same_proxy(admin_user, settings):
    settings.ARCHIVE_PROXY_COUNT = 1  # what DJANGO_BEHIND_PROXY=1 sets
    # The attacker also writes a X-Forwarded-For of their own, naming the admin's address: ignored.
    attacker = _behind_proxy("198.51.100.20, 203.0.113.7")
    _fail_logins(attacker, settings.AXES_FAILURE_LIMIT)
    assert not _logs_in(attacker)  # the attacker's own address is locked
    assert _logs_in(_behind_proxy("198.51.100.20"))  # the admin, from their address, is not


def test_without_behind_proxy_a_forwarded_header_is_not_trusted(admin_user, settings):
    settings.ARCHIVE_PROXY_COUNT = 0  # the default: DJANGO_BEHIND_PROXY off
    # Claiming another address in X-Forwarded-For does not escape the lockout of the real one.
    for n in range(settings.AXES_FAILURE_LIMIT):
        _fail_logins(Client(REMOTE_ADDR="192.0.2.5", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}"), 1)
    assert not _logs_in(Client(REMOTE_ADDR="192.0.2.5", HTTP_X_FORWARDED_FOR="198.51.100.99"))
    assert _logs_in(Client(REMOTE_ADDR="192.0.2.6"))


def test_the_client_is_the_address_the_trusted_proxies_appended():
    meta = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "1.1.1.1, 203.0.113.9, 10.0.0.1"}
    assert client_address(meta, 0) == "10.0.0.2"
    assert client_address(meta, 1) == "10.0.0.1"
    assert client_address(meta, 2) == "203.0.113.9"
    assert client_address(meta, 4) == "10.0.0.2"  # fewer addresses than proxies: not through them
    assert client_address({"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": " 2001:db8::1 "}, 1) == (
        "2001:db8::1"
    )
    assert client_address({"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "<script>"}, 1) == "10.0.0.2"
    assert client_address({}, 1) is None


def _settings_values(tmp_path, **env: str) -> list[str]:
    code = "from django.conf import settings as s; print(s.ARCHIVE_PROXY_COUNT, s.SECURE_PROXY_SSL_HEADER)"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=child_env(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split(maxsplit=1)


def test_settings_trust_the_proxy_only_when_told(tmp_path):
    assert _settings_values(tmp_path) == ["0", "None\n"]
    assert _settings_values(tmp_path, DJANGO_BEHIND_PROXY="1") == [
        "1",
        "('HTTP_X_FORWARDED_PROTO', 'https')\n",
    ]
    assert _settings_values(tmp_path, DJANGO_BEHIND_PROXY="1", DJANGO_PROXY_COUNT="2")[0] == "2"
    assert _settings_values(tmp_path, DJANGO_PROXY_COUNT="2")[0] == "0"  # ignored without the switch


def _gunicorn_config(monkeypatch, **env: str) -> dict:
    for name in ("DJANGO_BEHIND_PROXY", "GUNICORN_FORWARDED_ALLOW_IPS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(ROOT / "config" / "gunicorn.conf.py"))


def test_gunicorn_config_trusts_forwarded_headers_only_behind_a_proxy(monkeypatch):
    assert _gunicorn_config(monkeypatch)["forwarded_allow_ips"] == ""
    assert _gunicorn_config(monkeypatch, GUNICORN_FORWARDED_ALLOW_IPS="10.0.0.1")["forwarded_allow_ips"] == ""
    behind = _gunicorn_config(monkeypatch, DJANGO_BEHIND_PROXY="1")
    assert behind["forwarded_allow_ips"] == "127.0.0.1"
    assert "x-forwarded-for" in behind["access_log_format"]
    chosen = _gunicorn_config(monkeypatch, DJANGO_BEHIND_PROXY="yes", GUNICORN_FORWARDED_ALLOW_IPS="10.0.0.1")
    assert chosen["forwarded_allow_ips"] == "10.0.0.1"
