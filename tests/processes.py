"""Helpers for tests that run real processes: wait on a condition (never a fixed sleep), start
gunicorn on a port the kernel picks (no port chosen first and bound later, which another process
could take in between), and run an import in a child process of its own to measure its memory."""

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

from tests.conftest import ROOT, child_env

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


def import_in_a_child(data_dir: Path, path: Path) -> tuple[int, str, int]:
    """Run the import in its own process; return (exit code, output, peak RSS in MB)."""
    # its own SQLite archive in its own folder (what is measured is the reader's memory, not the database)
    env = child_env(data_dir, ARCHIVE_SEARCH_INDEX_DIR=str(data_dir / "index"))
    script = (
        "import resource, sys\n"
        "from django.core.management import execute_from_command_line\n"
        "code = 0\n"
        "try:\n"
        "    execute_from_command_line(['manage.py', 'migrate', '-v0'])\n"
        "    execute_from_command_line(['manage.py', 'import_articles', '--no-progress', sys.argv[1]])\n"
        "except SystemExit as exc:\n"
        "    code = exc.code or 0\n"
        "print('PEAK_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    peak = int(result.stderr.rsplit("PEAK_KB", 1)[1].split()[0]) // 1024
    return result.returncode, result.stdout + result.stderr, peak
