"""A word longer than its column — a run of one letter, a pasted address — wraps: the article page,
the results and KWIC never scroll sideways (QA found a page 48,000 px wide). Text written for this test."""

from __future__ import annotations

import pytest

from archive.models import Article

pytestmark = pytest.mark.django_db(transaction=True)

LONG = "A" * 5000
ADDRESS = "https://example.org/" + "x1y2z3" * 500


@pytest.mark.parametrize("width", [1000, 375])
def test_long_words_wrap_instead_of_widening_the_page(live_server, page, artifacts, width):
    from playwright.sync_api import expect

    article = Article.objects.create(
        title="一段很长的字母",
        body=f"社区志愿者贴出的通知里有一长串字母：{LONG}。\n网址是{ADDRESS}，居民可以扫码登记。",
        content_hash="hash-long-words",
    )
    page.set_viewport_size({"width": width, "height": 800})
    for path, ready in (
        (article.get_absolute_url(), "h1"),
        ("/search/?q=AAAAAAAAAA", "article.hit, li.hit, .hit"),
        ("/search/kwic/?q=x1y2z3x1y2", "table.kwic tbody tr"),
    ):
        page.goto(live_server.url + path)
        expect(page.locator(ready).first).to_be_visible()
        page.screenshot(path=str(artifacts / f"70-long-words-{width}-{len(path)}.png"))
        scroll = page.evaluate("document.documentElement.scrollWidth")
        assert scroll <= width + 1, f"{path} is {scroll}px wide at {width}px"
