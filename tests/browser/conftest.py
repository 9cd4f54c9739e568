"""A real browser (Playwright driving Debian's Chromium) against pytest-django's live server.

Playwright cannot download its own browsers here; we launch /usr/bin/chromium (or $CHROMIUM).
Where no Chromium is installed these tests are skipped with a message saying how to get one
(`.ci/run` installs it). Screenshots go to $ARCHIVE_TEST_ARTIFACTS (default: test-artifacts/).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT

# Playwright's sync API runs an event loop in this thread; the test's own ORM calls are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Generous waits on conditions (the suite shares two cores with other work): a met condition returns
# at once, so these cost nothing on a quiet machine. Playwright's defaults (5 s for expect, 30 s for
# actions) failed now and then on a busy one, e.g. while a worker loaded jieba for the first search.
EXPECT_TIMEOUT_MS = 60_000
ACTION_TIMEOUT_MS = 120_000

CHROMIUM_FLAGS = [
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    for candidate in (
        os.environ.get("CHROMIUM"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if path is None:
        if os.environ.get("ARCHIVE_REQUIRE_BROWSER"):
            pytest.fail("ARCHIVE_REQUIRE_BROWSER is set but no Chromium was found (apt-get install chromium)")
        pytest.skip(
            "no Chromium found: install Debian's chromium (apt-get install chromium) or set CHROMIUM=/path"
        )
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    flags = CHROMIUM_FLAGS + (["--no-sandbox"] if hasattr(os, "geteuid") and os.geteuid() == 0 else [])
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=flags)
        yield browser
        browser.close()


@pytest.fixture
def artifacts() -> Path:
    folder = Path(os.environ.get("ARCHIVE_TEST_ARTIFACTS", ROOT / "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser, request):
    """A fresh browser page that records console errors and uncaught exceptions; the test fails on any."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on(
        "console",
        lambda msg: errors.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None,
    )
    page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
    page.errors = errors
    yield page
    context.close()
    assert not errors, errors


AXE = ROOT / ".cache/axe/node_modules/axe-core/axe.min.js"  # bin/fetch-axe puts it there (git-ignored)
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core's source, evaluated in each page under test (never served by the archive)."""
    if not AXE.exists():
        if os.environ.get("ARCHIVE_REQUIRE_BROWSER"):
            pytest.fail("ARCHIVE_REQUIRE_BROWSER is set but axe-core is missing: run bin/fetch-axe")
        pytest.skip("axe-core not installed: run bin/fetch-axe (npm registry, pinned version)")
    return AXE.read_text(encoding="utf-8")


def axe_violations(page, source: str, impacts: tuple[str, ...] = ("serious", "critical")) -> list[str]:
    """Run axe-core (WCAG 2.0/2.1 A and AA rules) on the page; one line per violation of these impacts.
    Evaluated through the DevTools protocol, so the page's own CSP still holds for everything else."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(source)
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — " + "; ".join(str(n["target"][0]) for n in v["nodes"][:3])
        for v in result["violations"]
        if v["impact"] in impacts
    ]
