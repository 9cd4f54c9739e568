"""KWIC in a real browser at desktop and phone widths: the left context ends right before the match
(clipped on its far side), the right context starts right after it, and the page never scrolls
sideways."""

from __future__ import annotations

import pytest

from archive.models import Article
from tests.conftest import SAMPLES, run_import

pytestmark = pytest.mark.django_db(transaction=True)

GEOMETRY = """() => [...document.querySelectorAll('table.kwic tbody tr')].map(tr => {
  const clip = tr.querySelector('.clip-left'), text = clip.firstElementChild;
  const c = clip.getBoundingClientRect(), t = text.getBoundingClientRect();
  const m = tr.querySelector('td.match mark').getBoundingClientRect();
  const r = tr.querySelector('.clip-right').getBoundingClientRect();
  return {clipRight: c.right, textRight: t.right, clipLeft: c.left, textLeft: t.left,
          matchLeft: m.left, matchRight: m.right, rightLeft: r.left, text: text.textContent,
          match: tr.querySelector('td.match').textContent};
})"""


@pytest.mark.parametrize("width", [1280, 375])
def test_the_left_context_ends_right_before_the_match_without_sideways_scroll(
    live_server, page, artifacts, width
):
    from playwright.sync_api import expect

    assert run_import(SAMPLES)[0] == 0
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(live_server.url + "/search/kwic/?q=社区&width=50")
    expect(page.locator("table.kwic tbody tr").first).to_be_visible()
    page.screenshot(path=str(artifacts / f"50-kwic-{width}.png"), full_page=True)
    rows = page.evaluate(GEOMETRY)
    assert len(rows) > 20
    texts = "\n".join(a.title + "\n" + a.body for a in Article.objects.all()).replace("\n", " ")
    clipped = 0
    for row in rows:
        assert abs(row["textRight"] - row["clipRight"]) < 1, row  # the context's end is at the cell's end
        assert 0 <= row["matchLeft"] - row["clipRight"] < 24, row  # and the match follows it
        assert 0 <= row["rightLeft"] - row["matchRight"] < 24, row
        assert row["text"] + row["match"] in texts
        clipped += row["textLeft"] < row["clipLeft"] - 1  # long contexts lose their far (left) end
    assert clipped > 0
    assert page.evaluate("document.documentElement.scrollWidth") <= width
