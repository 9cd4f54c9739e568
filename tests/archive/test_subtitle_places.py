"""A place a `——` subtitle names is the article's (its body may never name it again), with its offsets
in the subtitle; a community the subtitle names counts only when the body names it too, as for the
title. Sentences written for this test."""

from __future__ import annotations

import pytest

from archive.models import Article, Mention
from tests.conftest import run_import

pytestmark = pytest.mark.django_db

PAGE = (
    "封控期间的菜篮子\n"
    "——云南省瑞丽市骆家巷社区的一天\n"
    "2022-04-09 来源：测试日报\n"
    "清晨六点，社区党委书记韦晓岚就带着志愿者在卡点登记返乡人员。志愿者们把蔬菜分装好，挨家挨户送到居民门口。\n"
)


def _imported(tmp_path, text: str) -> Article:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    code, _out, err = run_import(tmp_path)
    assert code == 0, err
    return Article.objects.get()


def test_a_place_named_only_in_the_subtitle_is_the_articles(tmp_path, client):
    article = _imported(tmp_path, PAGE)
    assert article.subtitle == "云南省瑞丽市骆家巷社区的一天"  # the dashes are the subtitle's mark
    places = {m.place.name: m for m in Mention.objects.filter(article=article, place__isnull=False)}
    assert {"云南省", "瑞丽市"} <= set(places)
    shown = client.get(article.get_absolute_url(), {"format": "json"}).json()
    in_subtitle = [m for m in shown["mentions"] if m["field"] == "subtitle"]
    assert in_subtitle and all(shown["subtitle"][m["start"] : m["end"]] == m["text"] for m in in_subtitle)
    assert all(m["in_title"] for m in in_subtitle)
    mention = next(
        m for m in Mention.objects.filter(article=article, in_title=True) if m.text.startswith("瑞丽")
    )
    assert mention.sentence == article.subtitle  # its sentence is its line
    # a community the subtitle alone names is no place of the article (the title's rule)
    assert not any("骆家巷" in name for name in places)


def test_a_community_the_body_names_too_is_kept_from_the_subtitle(tmp_path):
    body_names_it = PAGE.replace("清晨六点，社区党委书记", "清晨六点，骆家巷社区党委书记")
    article = _imported(tmp_path, body_names_it)
    titled = Mention.objects.filter(article=article, in_title=True, place__isnull=False)
    assert "骆家巷社区" in {m.text for m in titled}


def test_title_mentions_keep_their_offsets_and_sentence(tmp_path, client):
    article = _imported(tmp_path, PAGE.replace("封控期间的菜篮子", "瑞丽市封控期间的菜篮子"))
    shown = client.get(article.get_absolute_url(), {"format": "json"}).json()
    in_title = [m for m in shown["mentions"] if m["field"] == "title"]
    assert in_title and all(shown["title"][m["start"] : m["end"]] == m["text"] for m in in_title)
    assert {m.sentence for m in Mention.objects.filter(article=article, in_title=True, start__lt=5)} == {
        article.title
    }


def test_a_portrait_subtitle_reads_its_places_without_the_word_before_them(tmp_path):
    article = _imported(
        tmp_path, PAGE.replace("——云南省瑞丽市骆家巷社区的一天", "——记临沧市辛庄镇村干部的一天")
    )
    titled = {m.text for m in Mention.objects.filter(article=article, in_title=True, place__isnull=False)}
    assert "辛庄镇" in titled and not any(t.startswith("记") for t in titled)


@pytest.mark.parametrize(
    ("sentence", "place", "not_place"),
    [
        ("永州市直党员干部下沉到零陵区的社区。", "永州", "永州市"),  # 市直: the city's own organs
        ("庐阳区直机关组建了志愿服务队。", "庐阳", "庐阳区"),
        ("来自郑州市市直机关的干部在卡点值守。", "郑州市", None),  # 市市直: the city written in full
        ("合肥市直播间里，社区书记讲解防疫知识。", "合肥市", None),  # 直播 is no organ
    ],
)
def test_a_levels_own_organs_take_its_character(sentence, place, not_place):
    from archive.ingest.extract import extract

    names = {p.name for p in extract(sentence).places}
    assert place in names and (not_place is None or not_place not in names)
