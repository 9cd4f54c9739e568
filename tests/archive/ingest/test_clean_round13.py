"""Page cleaning on layouts nobody had tuned to (issue 12, thirteenth round): the headline among the
lines stacked over the story, and where the story begins and ends. One test per class of mistake, each
with the limit on the other side.

Pure; no database. Every line is written for these tests (an invented town, 清河, its outlets and people).
"""

from __future__ import annotations

import pytest

from archive.ingest.clean import clean_page

from .invented_page import HEAD, STORY


@pytest.mark.parametrize(
    "fragment",
    [
        "到村民",  # three characters cut off mid-sentence
        "“我们",  # a quotation's first word
        "同样，还有很多发生在社区温",  # a clause running on, then cut off
        "冲锋在前，党员身份亮",
        "“中南小区有17户",  # a number inside
        "目前，",
    ],
)
def test_a_capture_cut_off_on_a_short_fragment_keeps_it(fragment):
    page = clean_page("\n".join([*HEAD, *STORY, fragment]))
    assert page.body == "\n".join([*STORY, fragment])


def test_a_fragment_under_a_caption_between_paragraphs_is_kept():
    caption = "青松社区志愿者在门口为居民登记"
    fragment = "同样，还有很多发生在社区温"
    page = clean_page("\n".join([*HEAD, *STORY, caption, fragment]))
    assert page.body.endswith(f"{caption}\n{fragment}")


@pytest.mark.parametrize(
    "chrome",
    ["清河晚", "清河日", "网站地图", "返回顶部", "站点地图", "意见反馈", "繁体", "我要投稿", "自"],
)
def test_a_short_line_of_the_sites_or_an_outlets_name_cut_short_stays_out(chrome):
    page = clean_page("\n".join([*HEAD, *STORY, chrome]))
    assert page.body == "\n".join(STORY)


def test_a_short_fragment_under_a_line_that_is_no_sentence_stays_out():
    # under a label (no sentence of the story's above it) a word of three characters is the page's
    page = clean_page("\n".join([*HEAD, *STORY, "社区一角", "到村民"]))
    assert not page.body.endswith("到村民")
