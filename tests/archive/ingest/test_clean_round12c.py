"""Round twelve, where the story ends on layouts nobody tuned to (issue 12): a last paragraph carrying an
end mark, a bracketed note or a quotation's speaker after its full stop is story text, not a short label
at the body's edge. One test per class of mistake, each with the limit on the other side.

Pure; no database. Every page, outlet and name here is invented for the test (an invented town, 清河).
"""

from __future__ import annotations

import pytest

from archive.ingest.clean import clean_page

HEADLINE = "清河县南山社区开展邻里互助活动"
DATELINE = "2024-05-12 10:20 来源：清河日报"
P1 = "本报讯 5月11日，南山社区组织志愿者为辖区独居老人上门送菜，并帮助老人打扫卫生、检查用电安全。"
P2 = "社区党委书记骆志平介绍，今年以来社区已组织此类活动十二次，参与志愿者超过三百人次。"
TAIL = ["责任编辑：韩梅", "上一篇：清河县召开防汛工作会议", "下一篇：南山社区举行文艺演出"]


def _page(*last: str):
    return clean_page("\n".join([HEADLINE, DATELINE, P1, P2, *last, *TAIL]))


@pytest.mark.parametrize(
    "last",
    [
        "活动还在继续。（完）",
        "老人们笑了。【结束】",
        "队伍又出发了。完",
        "明天见。（全文完）",
        "好。（韦晓岚）",
    ],
)
def test_a_short_last_paragraph_with_an_end_mark_or_a_note_glued_on_stays(last):
    page = _page(last)
    assert page.paragraphs[-1].text == last


@pytest.mark.parametrize("last", ["“我们还会再来！”她说", "“明年再见。”骆志平笑着说", "“谢谢大家！”老人说"])
def test_a_short_closing_quotation_with_its_speaker_after_it_stays(last):
    page = _page(last)
    assert page.paragraphs[-1].text == last


@pytest.mark.parametrize("last", ["更多（图）", "返回顶部", "（韦晓岚）", "“邻里节”专题"])
def test_a_short_label_or_a_lone_credit_at_the_end_is_still_no_paragraph(last):
    page = _page(last)
    assert page.paragraphs[-1].text == P2


@pytest.mark.parametrize(
    "last", ["下一场活动将于2024-06-15举行", "居民报名将在2024年6月1日截止", "社区义诊活动定于2024.6.8开始"]
)
def test_a_last_line_with_a_date_inside_its_words_stays_story_text(last):
    page = _page(last)
    assert page.paragraphs[-1].text == last
    assert last not in page.metadata


@pytest.mark.parametrize(
    "line", ["清河日报| 2024-05-12 10:20", "清河日报2024年5月12日第3版", "清河网2024-05-12发布"]
)
def test_an_outlet_beside_a_date_is_still_a_dateline_not_the_story(line):
    page = _page(line)
    assert page.paragraphs[-1].text == P2


@pytest.mark.parametrize(
    "caption", ["图为志愿者为老人送菜。", "志愿者为老人送菜。（韦晓岚 摄）", "志愿者在楼门口登记。社区供图"]
)
def test_a_pictures_caption_over_the_headline_is_passed_over_not_the_end_of_the_search(caption):
    page = clean_page("\n".join(["清河新闻网", caption, HEADLINE, DATELINE, P1, P2]))
    assert page.title == HEADLINE


def test_with_no_caption_the_site_name_over_the_headline_is_still_not_it():
    page = clean_page("\n".join(["清河新闻网", HEADLINE, DATELINE, P1, P2]))
    assert page.title == HEADLINE
