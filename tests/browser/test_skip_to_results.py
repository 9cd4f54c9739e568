"""In a real browser: on the results page the second Tab shows "跳到结果" and Enter moves focus to the
results list, so the first result is one Tab away instead of ~140 (the facets come before the results);
in the English interface the headline of a result is read as Chinese (its lang)."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLES, run_import

pytestmark = pytest.mark.django_db(transaction=True)


def test_skip_to_results_moves_focus_past_the_facets(live_server, page, artifacts):
    assert run_import(SAMPLES)[0] == 0
    page.goto(live_server.url + "/search/?q=社区")
    page.evaluate("document.activeElement && document.activeElement.blur()")  # the search box autofocuses
    page.evaluate("window.scrollTo(0, 0)")
    page.locator("a.skip").first.focus()
    page.keyboard.press("Tab")
    skip = page.locator('a.skip[href="#results"]')
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#results"
    assert skip.inner_text() == "跳到结果"
    box = skip.bounding_box()
    assert box and box["x"] >= 0 and box["y"] >= 0 and box["width"] > 0  # visible on focus, like the first
    page.screenshot(path=str(artifacts / "45-skip-to-results.png"))
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "results"
    page.keyboard.press("Tab")
    first_hit = page.locator("li.hit h2 a").first
    assert page.evaluate("document.activeElement.getAttribute('href')") == first_hit.get_attribute("href")

    page.locator('form.language button[name="language"]').click()
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator('a.skip[href="#results"]').inner_text() == "Skip to results"
    assert page.locator("li.hit h2 a").first.get_attribute("lang") in ("zh-Hans", "zh-Hant")
