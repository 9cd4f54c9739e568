"""Numbered paging in a real browser: jump to a page by number, to the last and back to the first;
a page number past the end lands on the last page."""

from __future__ import annotations

import re

import pytest

from tests.conftest import SAMPLES, run_import

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_reader_pages_through_results_by_number(live_server, page, artifacts, settings):
    from playwright.sync_api import expect

    settings.HAYSTACK_SEARCH_RESULTS_PER_PAGE = 1
    assert run_import(SAMPLES)[0] == 0
    page.goto(live_server.url + "/search/?q=社区&sort=oldest")
    pager = page.get_by_role("navigation", name="分页")
    expect(pager.locator('[aria-current="page"]')).to_have_text("1")
    first_title = page.locator("li.hit h2").inner_text()

    pager.get_by_role("link", name="3", exact=True).click()
    expect(page).to_have_url(re.compile(r"page=3"))
    expect(pager.locator('[aria-current="page"]')).to_have_text("3")
    expect(page.locator("ol.hits")).to_have_attribute("start", "3")
    page.screenshot(path=str(artifacts / "60-paging-3.png"), full_page=True)

    pager.get_by_role("link", name=re.compile("末页")).click()
    expect(pager.locator('[aria-current="page"]')).to_have_text("5")
    expect(pager.get_by_role("link", name=re.compile("下一页"))).to_have_count(0)
    pager.get_by_role("link", name=re.compile("首页")).click()
    expect(pager.locator('[aria-current="page"]')).to_have_text("1")
    expect(page.locator("li.hit h2")).to_have_text(first_title)

    page.goto(live_server.url + "/search/?q=社区&sort=oldest&page=9999")
    expect(page).to_have_url(re.compile(r"page=5$"))
    expect(page.locator("li.hit")).to_have_count(1)
    expect(page.locator("#result-count")).to_contain_text("5")
