"""Helpers for tests that run real processes: wait on a condition (never a fixed sleep) and start
gunicorn on a port the kernel picks (no port chosen first and bound later, which another process
could take in between)."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pytest

from tests.conftest import ROOT

T = TypeVar("T")

# Generous: the suite shares two cores with other work; a condition that is met returns at once.
DEADLINE_SECONDS = 180.0


def wait_until(
    condition: Callable[[], T],
    what: str,
    *,
    timeout: float = DEADLINE_SECONDS,
    alive: subprocess.Popen | None = None,
    interval: float = 0.05,
) -> T:
    """condition()'s first truthy value, polled until `timeout`; fails early if `alive` has exited."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if alive is not None and alive.poll() is not None:
            pytest.fail(f"the process exited (status {alive.returncode}) before {what}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


@contextmanager
def gunicorn(env: dict[str, str], log: Path) -> Iterator[str]:
    """gunicorn with the project's config on 127.0.0.1, a port the kernel chooses; yields its base URL
    once a worker has booted. Its error log goes to `log` (read on failure)."""
    env = {**env, "GUNICORN_BIND": "127.0.0.1:0", "GUNICORN_ERROR_LOG": str(log)}
    env.setdefault("GUNICORN_WORKERS", "1")
    env.setdefault("GUNICORN_ACCESS_LOG", "")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.conf.py", "config.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def text() -> str:
        return log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""

    try:
        listening = wait_until(
            lambda: re.search(r"Listening at: http://127\.0\.0\.1:(\d+)", text()),
            "gunicorn to listen",
            alive=server,
        )
        wait_until(lambda: "Booting worker" in text(), "a gunicorn worker to boot", alive=server)
        yield f"http://127.0.0.1:{listening.group(1)}"
    except BaseException:
        print(text())  # shown by pytest with the failure
        raise
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
