"""Page cleaning and metadata, issue 12, eleventh round: one test per class of mistake, each with the
limit on the other side.

Pure; no database. Every line is written for these tests (an invented town, 清河, its outlets and people).
"""

from __future__ import annotations

import pytest

from archive.ingest.clean import clean_page
from archive.ingest.layout import photo_credit

from .invented_page import HEAD, STORY


@pytest.mark.parametrize(
    "line",
    [
        "志愿者为居民分拣生活物资。（韦晓岚 摄）",
        "志愿者为居民分拣生活物资。社区供图",
        "志愿者在小区门口值守（5月3日航拍摄）。",
        "志愿者在小区门口值守。 清河日报记者 骆志平 摄",
        "清河晚报记者骆志平/摄",
        "居民排队登记。（资料图）",
    ],
)
def test_a_line_closed_by_a_photo_credit_is_a_caption_wherever_it_is_asked(line):
    assert photo_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "社区绘就了发展的新蓝图，居民们都很满意。",
        "网格员把小区的地图贴在了门口。",
        "志愿者们说：“这些照片，我们都会好好收藏。”",
    ],
)
def test_a_sentence_that_only_speaks_of_pictures_is_no_caption(line):
    assert not photo_credit(line)


def test_photo_captions_under_the_story_are_metadata_and_the_story_keeps_its_last_line():
    caption = "志愿者为居民分拣生活物资。 清河日报记者 骆志平 摄"
    page = clean_page("\n".join([*HEAD, *STORY, caption]))
    assert page.body.endswith(STORY[-1]) and caption in page.metadata
