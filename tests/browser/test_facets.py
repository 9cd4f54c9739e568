"""Facets in a real browser: "more" opens a facet cut at its limit, ⊖ leaves a value out (and it can
be put back), and a second value of the same facet adds to the first."""

from __future__ import annotations

import re

import pytest

from tests.conftest import SAMPLES, run_import

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_reader_opens_more_values_leaves_one_out_and_chooses_two(live_server, page, artifacts):
    from playwright.sync_api import expect

    assert run_import(SAMPLES)[0] == 0
    page.goto(live_server.url + "/search/?q=社区")
    total = page.locator("ol.hits > li.hit").count()
    places = page.locator("#facet-place > ul:not(.excluded) > li")
    expect(places).to_have_count(12)
    page.locator("#facet-place").get_by_role("link", name="更多…").click()
    expect(page).to_have_url(re.compile(r"facet_limit=all#facet-place$"))
    assert page.locator("#facet-place > ul:not(.excluded) > li").count() > 12
    expect(page.locator("#facet-place").get_by_role("link", name="收起")).to_be_visible()

    outlet = page.locator("#facet-outlet > ul > li").first
    name = outlet.locator("a").first.inner_text()
    outlet.get_by_role("link", name=f"排除 {name}").click()
    expect(page).to_have_url(re.compile(r"not_outlet="))
    expect(page.locator("#facet-outlet ul.excluded")).to_contain_text(name)
    expect(page.locator("ol.hits > li.hit")).to_have_count(total - 1)
    expect(page.locator("ol.hits")).not_to_contain_text(name)
    page.screenshot(path=str(artifacts / "70-facet-excluded.png"), full_page=True)
    page.locator("#facet-outlet ul.excluded").get_by_role("link", name="恢复").click()
    expect(page.locator("ol.hits > li.hit")).to_have_count(total)

    page.locator("#facet-outlet > ul > li").nth(0).locator("a").first.click()
    expect(page.locator("ol.hits > li.hit")).to_have_count(1)
    page.locator("#facet-outlet > ul > li:not(.selected)").first.locator("a").first.click()
    expect(page.locator("#facet-outlet li.selected")).to_have_count(2)
    expect(page.locator("ol.hits > li.hit")).to_have_count(2)
    page.screenshot(path=str(artifacts / "71-facet-two-outlets.png"), full_page=True)
