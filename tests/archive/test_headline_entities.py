"""Entities named in the headline: imported, stored as mentions of the title, kept by re-extraction,
exported, and never drawn into the body's text. Real database, real import command."""

from __future__ import annotations

import pytest
from django.urls import reverse

from archive import curation, selectors
from archive.ingest.extract import Extraction, extract, extract_headline
from archive.models import Article, Mention
from archive.services import export_rows
from tests.conftest import import_text as _import

pytestmark = pytest.mark.django_db(transaction=True)

HEADLINED = (
    "太原:东坡社区志愿者筑起防疫安全墙\n"
    "2022-04-09 10:00 来源:晋城晚报\n"
    "连日来,太原市迎泽区东坡社区的志愿者每天在小区门口值守。\n"
    "网格员龚晓燕说:“大家辛苦了,我们一起守好家门。”\n"
)


def test_a_place_the_headline_names_in_a_short_form_is_a_mention_of_the_title(tmp_path):
    article = _import(tmp_path, "headlined.txt", HEADLINED)
    in_title = Mention.objects.filter(article=article, in_title=True).order_by("start")
    assert [(m.text, m.start, m.end, m.sentence) for m in in_title] == [
        ("太原", 0, 2, article.title),
        ("东坡社区", 3, 7, article.title),
    ]
    assert all(article.title[m.start : m.end] == m.text for m in in_title)
    body = Mention.objects.filter(article=article, in_title=False)
    assert all(article.body[m.start : m.end] == m.text for m in body)
    assert "太原" not in {m.text for m in body}  # the body writes only 太原市
    (row,) = list(export_rows(Article.objects.filter(pk=article.pk)))
    assert [p["name"] for p in row["places"]] == ["太原", "东坡社区", "太原市", "迎泽区"]
    assert row["places"][0]["path"] == row["places"][2]["path"] == ["山西省", "太原市"]


def test_re_extraction_keeps_the_headline_mentions_beside_curated_ones_at_the_same_offsets(tmp_path):
    article = _import(tmp_path, "headlined.txt", HEADLINED)
    before = sorted(Mention.objects.filter(article=article).values_list("in_title", "start", "end", "text"))
    body_first = Mention.objects.filter(article=article, in_title=False).order_by("start").first()
    body_first.status = Mention.Status.CONFIRMED
    body_first.save()
    assert curation.reextract(Article.objects.filter(pk=article.pk)) == 1
    after = sorted(Mention.objects.filter(article=article).values_list("in_title", "start", "end", "text"))
    assert after == before
    assert Mention.objects.get(pk=body_first.pk).status == Mention.Status.CONFIRMED


def test_the_article_page_marks_body_mentions_in_the_body_only(tmp_path, client):
    article = _import(tmp_path, "headlined.txt", HEADLINED)
    article.status = Article.Status.PUBLISHED
    article.save()
    url = reverse("archive:article-detail", args=[article.pk])
    html = client.get(url).content.decode()
    marked = Mention.objects.filter(article=article, place__isnull=False, in_title=False)
    assert html.count('<a class="mention m-place"') == marked.count() == 3
    data = client.get(url, {"format": "json"}).json()
    assert sorted((m["in_title"], m["text"]) for m in data["mentions"] if m["type"] == "place") == [
        (False, "东坡社区"),
        (False, "太原市"),
        (False, "迎泽区"),
        (True, "东坡社区"),
        (True, "太原"),
    ]


def test_a_title_taken_from_the_first_sentence_adds_no_mentions(tmp_path):
    article = _import(
        tmp_path,
        "untitled.txt",
        "连日来,太原市迎泽区东坡社区的志愿者每天值守。网格员龚晓燕说:“大家辛苦了。”\n",
    )
    assert article.is_title_derived
    assert not Mention.objects.filter(article=article, in_title=True).exists()


def test_a_community_only_a_telegraphic_headline_seems_to_name_is_no_place():
    body = extract("迎泽区各社区志愿者每天在小区门口值守。")
    headline = extract_headline("迎泽区:党群共筑社区防疫屏障", body)
    assert [p.name for p in headline.places] == ["迎泽区"]
    assert extract_headline("  ", Extraction([], [], [])).places == []


def test_the_place_page_lists_the_headline_before_the_sentences_of_the_body(tmp_path, client):
    text = (
        "志愿者替居民守好楼门 太原东坡社区在行动\n"
        "2022-04-09 10:00 来源:晋城晚报\n"
        "太原市迎泽区东坡社区的志愿者每天在小区门口值守。\n"
        "网格员龚晓燕说:“大家辛苦了,我们一起守好家门。”\n"
    )
    article = _import(tmp_path, "late.txt", text)
    article.status = Article.Status.PUBLISHED
    article.save()
    headline = Mention.objects.get(article=article, in_title=True, text="太原")
    body = Mention.objects.get(article=article, in_title=False, text="太原市")
    assert headline.place == body.place and headline.start > body.start
    (group,) = selectors.mentions_in(body.place, [article])
    assert [s.text for s in group.sentences][:2] == [article.title, body.sentence]
    assert client.get(reverse("archive:place-detail", args=[body.place.pk])).status_code == 200
