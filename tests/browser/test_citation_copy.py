"""The citation tools on an article page in a real browser: the copy buttons (our own script, allowed
by the Content-Security-Policy) put the citation on the clipboard, and the RIS link downloads a file."""

from __future__ import annotations

import pytest

from archive.models import Article
from tests.conftest import SAMPLES, run_import

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_reader_copies_a_citation_and_downloads_it_for_a_reference_manager(live_server, page, artifacts):
    from playwright.sync_api import expect

    assert run_import(SAMPLES)[0] == 0
    article = Article.objects.get(title="履职中见真情")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page.goto(live_server.url + article.get_absolute_url())
    button = page.locator('button[data-copy="cite-gbt"]')
    expect(button).to_be_visible()  # shown by the script; hidden where no script runs
    button.click()
    expect(button).to_have_text("已复制")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("#cite-gbt").inner_text().strip()
    assert copied.startswith("履职中见真情——战“疫”中的上海基层干部[EB/OL]. 同花顺经济网")
    with page.expect_download() as download:
        page.get_by_role("link", name="RIS").click()
    assert download.value.suggested_filename == f"archive-{article.pk}.ris"
    assert "TY  - ELEC" in open(download.value.path(), encoding="utf-8").read()
    page.screenshot(path=artifacts / "citation-copy.png", full_page=True)
