"""QA, round 19: a text page's headline with ASCII quotes or markup printed in it stays the headline
(it was dropped, or taken for prose), and a dateline printing a month alone dates the article to that
month. Pages written for this test."""

import pytest

from archive.ingest.clean import clean_page

DATELINE = "2020-10-28  来源：清河日报  记者 柏明远"
STORY = [
    "10月28日一早，青松社区的志愿者就来到了团购点，韦晓岚一边分菜一边登记。",
    "她说，大家互相帮一把，日子就能过下去。",
]


def _page(*lines: str):
    return clean_page("\n".join([*lines, *STORY]))


def test_a_headline_quoting_words_in_ascii_quotes_keeps_its_title_and_subtitle():
    page = _page('“逆行者”说："我们, 不怕"——青松社区：韦晓岚和团购蔬菜的坚守', DATELINE)
    assert page.title == '“逆行者”说："我们, 不怕"' and page.subtitle == "青松社区：韦晓岚和团购蔬菜的坚守"
    assert page.body == "\n".join(STORY)


@pytest.mark.parametrize("headline", ["<b>加粗</b>的社区团购点", "<script>alert(1)</script>团购点的坚守"])
def test_markup_printed_in_a_text_pages_headline_is_no_breadcrumb(headline):
    page = _page(headline, DATELINE)
    assert page.title == headline and page.body == "\n".join(STORY)


def test_a_real_breadcrumb_is_still_one():
    page = _page("首页 > 新闻 > 社区", "社区团购点的坚守", DATELINE)
    assert page.title == "社区团购点的坚守" and "首页" not in page.body


@pytest.mark.parametrize(
    ("dateline", "printed"),
    [
        ("2021-05  来源：清河日报", "2021-05"),
        ("2021年5月  来源：清河日报", "2021年5月"),
        ("2021-05 来源：清河日报", "2021-05"),
        ("2021年5月\u3000来源：清河日报", "2021年5月"),
        ("发布时间：2021-05", "2021-05"),
    ],
)
def test_a_dateline_printing_a_month_alone_dates_the_article_to_that_month(dateline, printed):
    page = _page("社区团购点的坚守", dateline)
    assert (page.published.year, page.published.month, page.date_precision) == (2021, 5, "month")
    assert page.published_text == printed
    # the dateline is metadata, not the headline (QA re-test: it was taken for it, the headline lost)
    assert page.title == "社区团购点的坚守" and page.body == "\n".join(STORY)


def test_a_month_in_the_headline_dates_nothing():
    page = _page("2021年5月的青松社区", "来源：清河日报")
    assert page.title == "2021年5月的青松社区" and page.published is None


def test_a_day_anywhere_wins_over_a_month_alone():
    page = clean_page(
        "\n".join(["社区团购点的坚守", "2021-05  来源：清河日报", *STORY]), {"publishdate": "2021-05-06"}
    )
    assert page.published.day == 6 and page.date_precision != "month"
    assert _page("社区团购点的坚守", "来源：清河日报").published is None  # no date printed: none made up


@pytest.mark.django_db
def test_an_imported_page_dated_by_a_month_alone_is_kept_and_cited_as_that_month(tmp_path, client):
    from tests.conftest import import_text

    article = import_text(
        tmp_path, "month.txt", "\n".join(["社区团购点的坚守", "2021-05  来源：清河日报", *STORY])
    )
    assert article.date_precision == "month" and article.published_iso == "2021-05"
    assert client.get(article.get_absolute_url(), {"format": "json"}).json()["published"] == "2021-05"
