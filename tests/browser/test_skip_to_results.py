"""In a real browser: on a results page nothing takes focus, so the first Tabs reach the skip links —
to the content, past the facets, to the results and to the pages — and each moves focus there (page 2
is two Tabs after "跳到分页" instead of hundreds); KWIC has its own to the lines. The search box takes
focus only on a page that shows nothing yet. In the English interface the headline of a result is
read as Chinese (its lang)."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLES, run_import

pytestmark = pytest.mark.django_db(transaction=True)


def focused(page, what: str = "href") -> str | None:
    return page.evaluate(f"document.activeElement.getAttribute('{what}')")


def tab_to(page, wanted: str, most: int) -> int:
    """Tab until a link whose href contains `wanted` has focus; the number of presses."""
    for presses in range(1, most + 1):
        page.keyboard.press("Tab")
        if wanted in (focused(page) or ""):
            return presses
    raise AssertionError(f"no link with {wanted!r} within {most} Tabs")


def test_the_first_tabs_reach_the_skip_links_and_each_moves_focus(live_server, page, artifacts, settings):
    settings.HAYSTACK_SEARCH_RESULTS_PER_PAGE = 2
    assert run_import(SAMPLES)[0] == 0
    url = live_server.url + "/search/?q=社区"
    page.goto(url)
    assert page.evaluate("document.activeElement === document.body")  # the query box did not take focus
    hrefs = []
    for _ in range(4):
        page.keyboard.press("Tab")
        hrefs.append(focused(page))
    assert hrefs == ["#content", "#after-facets", "#results", "#pages"]
    skip = page.locator('a.skip[href="#pages"]')
    assert skip.inner_text() == "跳到分页"
    box = skip.bounding_box()
    assert box and box["x"] >= 0 and box["y"] >= 0 and box["width"] > 0  # visible on focus, like the first
    page.screenshot(path=str(artifacts / "45-skip-to-pages.png"))
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "pages"
    assert tab_to(page, "page=2", 3) <= 2  # "1" (this page), then "2"

    page.goto(url)
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.locator('a.skip[href="#after-facets"]').inner_text() == "跳过筛选项"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "after-facets"
    page.keyboard.press("Tab")
    assert "/search/kwic/" in focused(page)  # the first link after the facets: every occurrence in context

    page.goto(url)
    for _ in range(3):
        page.keyboard.press("Tab")
    assert page.locator('a.skip[href="#results"]').inner_text() == "跳到结果"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "results"
    page.keyboard.press("Tab")
    assert focused(page) == page.locator("li.hit h2 a").first.get_attribute("href")

    page.locator('form.language button[name="language"]').click()
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator('a.skip[href="#results"]').inner_text() == "Skip to results"
    assert page.locator("li.hit h2 a").first.get_attribute("lang") in ("zh-Hans", "zh-Hant")


def test_kwic_skips_to_its_lines_and_the_box_takes_focus_only_on_an_empty_page(live_server, page):
    from playwright.sync_api import expect

    assert run_import(SAMPLES)[0] == 0
    page.goto(live_server.url + "/search/kwic/?q=社区")
    assert page.evaluate("document.activeElement === document.body")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert focused(page) == "#lines" and page.locator('a.skip[href="#lines"]').inner_text() == "跳到语境行"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "lines"
    page.keyboard.press("Tab")
    assert "order=left" in focused(page)  # the table's first link: sort by the left context

    # (the browser applies autofocus after the page has loaded: wait for it, never read it at once)
    page.goto(live_server.url + "/search/kwic/")  # nothing asked yet: type straight away
    expect(page.locator("#q")).to_be_focused()
    page.goto(live_server.url + "/search/?q=" + "没有这样的文字")  # nothing found: type again
    expect(page.locator("#q")).to_be_focused()
    assert page.locator("a.skip").count() == 1  # nothing to skip to but the content
