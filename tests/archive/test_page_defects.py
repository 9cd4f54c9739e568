"""The page defects of issue 15: one line per sentence on entity pages (every occurrence marked), no
sentence starting with a stray closing quote, same-name people told apart in results, a name filter on
the entity lists, and month and place choices on the article list."""

from __future__ import annotations

import importlib
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from archive.ingest.store import sentence_at
from archive.models import Article, Mention, Person, Place
from tests.archive.mentions import mention

pytestmark = pytest.mark.django_db(transaction=True)
CN = ZoneInfo("Asia/Shanghai")

BODY = (
    "封控第三天，李春梅在楼道里贴通知。居民说：“李春梅一天没歇，李春梅嗓子都哑了。”"
    "她笑着回答。第二天清晨，李春梅又去了核酸检测点。"
)


def make_article(title: str, body: str, when: datetime, **extra) -> Article:
    return Article.objects.create(
        title=title,
        body=body,
        published_at=when,
        date_precision="day",
        content_hash=str(abs(hash((title, body)))),
        **extra,
    )


def test_a_closing_quote_after_the_full_stop_stays_with_its_sentence():
    start = BODY.index("她笑着")
    assert sentence_at(BODY, start, start + 2) == "她笑着回答。"
    start = BODY.index("李春梅一天")
    assert sentence_at(BODY, start, start + 3) == "居民说：“李春梅一天没歇，李春梅嗓子都哑了。”"
    assert sentence_at("他说：“好！”」然后走了。", 8, 10) == "然后走了。"


def test_the_migration_mends_sentences_stored_with_a_stray_quote(db):
    article = make_article("楼道里的通知", BODY, datetime(2022, 4, 3, tzinfo=CN))
    person = Person.objects.create(name="李春梅", region="上海市")
    m = mention(article, "李春梅", 3, person=person)
    Mention.objects.filter(pk=m.pk).update(sentence="”她笑着回答。第二天清晨，李春梅又去了核酸检测点。")
    from django.apps import apps

    module = importlib.import_module("archive.migrations.0006_sentences_keep_closing_quotes")
    module.recompute(apps, None)
    assert Mention.objects.get(pk=m.pk).sentence == "第二天清晨，李春梅又去了核酸检测点。"


def test_a_person_page_shows_each_sentence_once_with_every_occurrence_marked(client, db):
    article = make_article("楼道里的通知", BODY, datetime(2022, 4, 3, tzinfo=CN))
    person = Person.objects.create(name="李春梅", region="上海市")
    for nth in range(4):
        mention(article, "李春梅", nth, person=person)
    html = client.get(person.get_absolute_url()).content.decode()
    section = html.split('id="articles-h"')[1]
    assert section.count("嗓子都哑了") == 1
    assert "<mark>李春梅</mark>一天没歇，<mark>李春梅</mark>嗓子都哑了。”</li>" in section
    assert section.count("<li>") == 3
    assert not re.search(r"<li>\s*”", section)


def test_same_name_people_in_results_are_told_apart_by_region(client, db):
    article = make_article(
        "两位张磊", "张磊在社区值班，另一位张磊从西安赶来支援。", datetime(2022, 5, 1, tzinfo=CN)
    )
    here = Person.objects.create(name="张磊", region="上海市")
    there = Person.objects.create(name="张磊", region="西安市")
    mention(article, "张磊", 0, person=here)
    mention(article, "张磊", 1, person=there)
    html = client.get("/search/", {"q": "值班"}).content.decode()
    people = html.split('class="people"')[1].split("</p>")[0]
    assert "张磊（上海市）" in people and "张磊（西安市）" in people


def test_entity_lists_filter_by_name_or_alias(client, db):
    article = make_article("楼道里的通知", BODY + "王建国也来了。", datetime(2022, 4, 3, tzinfo=CN))
    li = Person.objects.create(name="李春梅", region="上海市", aliases=["李书记"])
    wang = Person.objects.create(name="王建国", region="上海市")
    mention(article, "李春梅", person=li)
    mention(article, "王建国", person=wang)
    assert "王建国" in client.get("/people/").content.decode()
    html = client.get("/people/", {"name": "春梅"}).content.decode()
    assert "李春梅" in html and "王建国" not in html and 'value="春梅"' in html
    data = client.get("/people/", {"name": "春梅", "format": "json"}).json()
    assert data["filters"]["name"] == "春梅" and [i["name"] for i in data["items"]] == ["李春梅"]
    html = client.get("/people/", {"name": "李书记"}).content.decode()
    assert "李春梅" in html and "王建国" not in html
    too_long = client.get("/people/", {"name": "长" * 80, "sort": "bogus", "letter": "??"})
    assert too_long.status_code == 200 and "王建国" in too_long.content.decode()
    place = Place.objects.create(name="临汾路街道", kind=Place.Kind.SUBDISTRICT)
    mention(article, "核酸检测点", place=place)  # any span will do for the list
    assert "临汾路街道" in client.get("/places/", {"name": "临汾"}).content.decode()
    assert "临汾路街道" not in client.get("/places/", {"name": "西安"}).content.decode()


def test_the_article_list_offers_months_and_places_and_filters_by_them(client, db):
    april = make_article("四月的通知", BODY, datetime(2022, 4, 3, tzinfo=CN))
    may = make_article("五月的通知", "五月，临汾路街道的志愿者继续值守。", datetime(2022, 5, 9, tzinfo=CN))
    place = Place.objects.create(name="临汾路街道", kind=Place.Kind.SUBDISTRICT)
    mention(may, "临汾路街道", place=place)
    html = client.get("/articles/").content.decode()
    assert '<option value="2022-04">2022-04 (1)</option>' in html
    assert f'<option value="{place.pk}">临汾路街道 (1)</option>' in html
    html = client.get("/articles/", {"month": "2022-04"}).content.decode()
    assert april.title in html and may.title not in html
    assert '<option value="2022-04" selected>' in html
    data = client.get("/articles/", {"month": "2022-04", "format": "json"}).json()
    assert data["filters"]["month"] == "2022-04" and [i["title"] for i in data["items"]] == [april.title]
    html = client.get("/articles/", {"place": place.pk}).content.decode()
    assert may.title in html and april.title not in html
    html = client.get("/articles/", {"month": "2022-13", "place": "x", "outlet": "-1"}).content.decode()
    assert april.title in html and may.title in html
