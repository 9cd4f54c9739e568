"""Saving an article in the admin (QA round 20): a save that changes nothing changes nothing (the
browser's "\\r\\n" line ends are "\\n"), and after a real edit of the headline or body the mentions
follow the text: curated ones re-anchored to their words, or removed with a message where the words
are gone; automatic ones found again. Reverting from the history page goes the same way. Aliases
take a JSON list or one per line / comma-separated; a malformed list is a form error."""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils.timezone import localtime

from archive import curation
from archive.forms import LinesField
from archive.models import Article, Mention, Person
from tests.conftest import import_text

pytestmark = pytest.mark.django_db

BODY = (
    "清水镇河湾村党支部书记程秀梅带领村民修通了进山的路。\n"
    "程秀梅说，修路时村委会主任贺立军每天第一个到工地。\n"
    "如今河湾村的果子能卖到城里，贺立军又忙着筹办合作社。\n"
)
PREFIX = "【编者按】本文由编辑部整理。\n"


@pytest.fixture
def article(tmp_path):
    article = import_text(tmp_path, "hewan.txt", f"河湾村修路记\n\n{BODY}")
    assert article.body == BODY.strip()
    return article


def _form_data(client, article: Article, **changes) -> dict:
    """What the browser posts from the article's change page, its textareas' line ends as "\\r\\n"."""
    url = reverse("admin:archive_article_change", args=[article.pk])
    page = client.get(url)
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k in form.fields}
    data.update(
        body=re.sub(r"\r\n|\r|\n", "\r\n", article.body),  # as a browser sends a textarea
        paragraph_kinds=json.dumps(article.paragraph_kinds),
        authors="\r\n".join(article.authors),
        editors="\r\n".join(article.editors),
        published_at_0=localtime(article.published_at).strftime("%Y-%m-%d") if article.published_at else "",
        published_at_1=localtime(article.published_at).strftime("%H:%M:%S") if article.published_at else "",
        outlet=article.outlet_id or "",
        site=article.site_id or "",
        _loaded_version=page.context["loaded_version"],
    )
    for name, value in re.findall(r'name="(initial-[\w-]+)" value="([^"]*)"', page.content.decode()):
        data[name] = html.unescape(value)  # the hidden initial values a browser sends back
    for prefix, rows in (
        ("mentions", list(article.mentions.all())),
        ("captures", list(article.captures.all())),
    ):
        data.update({f"{prefix}-TOTAL_FORMS": len(rows), f"{prefix}-INITIAL_FORMS": len(rows)})
        data.update({f"{prefix}-MIN_NUM_FORMS": 0, f"{prefix}-MAX_NUM_FORMS": 1000})
        for i, row in enumerate(rows):
            data.update({f"{prefix}-{i}-id": row.pk, f"{prefix}-{i}-article": article.pk})
            if prefix == "mentions":
                data.update(
                    {
                        f"mentions-{i}-person": row.person_id or "",
                        f"mentions-{i}-organization": row.organization_id or "",
                        f"mentions-{i}-place": row.place_id or "",
                        f"mentions-{i}-role": row.role,
                        f"mentions-{i}-status": row.status,
                    }
                )
    data.update(changes)
    return data


def _save(client, article: Article, **changes):
    url = reverse("admin:archive_article_change", args=[article.pk])
    response = client.post(url, _form_data(client, article, **changes))
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def _spans(article: Article) -> list[tuple]:
    return list(
        Mention.objects.filter(article=article).order_by("pk").values_list("pk", "start", "end", "text")
    )


def _on_their_words(article: Article) -> None:
    article.refresh_from_db()
    for m in Mention.objects.filter(article=article):
        text = article.headline_text if m.in_title else article.body
        assert text[m.start : m.end] == m.text, m


def test_a_save_that_changes_nothing_changes_nothing(curator, article):
    spans, versions = _spans(article), article.history.count()
    assert spans and "\n" in article.body
    _save(curator, article)
    article.refresh_from_db()
    assert article.body == BODY.strip() and "\r" not in article.body
    assert _spans(article) == spans and article.history.count() == versions


def test_crlf_in_an_edited_body_is_stored_as_line_feeds(curator, article):
    body = article.body.replace("\n", "\r\n") + "\r\n（完）"
    _save(curator, article, body=body)
    article.refresh_from_db()
    assert article.body == BODY.strip() + "\n（完）"
    assert article.history.latest().history_change_reason == "edited in the admin: body"
    _on_their_words(article)


def test_after_a_prefix_the_mentions_follow_their_words(curator, article):
    confirmed = Mention.objects.filter(article=article, text="贺立军").order_by("start").last()
    curation.set_mention_status([confirmed], Mention.Status.CONFIRMED)
    person = confirmed.person_id
    _save(curator, article, body=PREFIX + article.body)
    _on_their_words(article)
    confirmed.refresh_from_db()  # the same row, on the same words, its history saying why
    assert confirmed.start == article.body.rindex("贺立军") and confirmed.person_id == person
    assert (
        confirmed.history.latest().history_change_reason == "re-anchored after an edit of the article's text"
    )
    automatic = Mention.objects.filter(article=article, status=Mention.Status.EXTRACTED)
    assert {m.text for m in automatic} >= {"程秀梅", "贺立军"}  # found again in the new text
    detail = curator.get(reverse("archive:article-detail", args=[article.pk]), {"format": "json"}).json()
    assert detail  # the public JSON renders the re-anchored mentions


def test_a_curated_mention_whose_words_are_gone_is_removed_with_a_message(curator, article):
    confirmed = Mention.objects.filter(article=article, text="贺立军").order_by("start").last()
    curation.set_mention_status([confirmed], Mention.Status.CONFIRMED)
    body = article.body.replace("村委会主任贺立军", "村干部").replace("贺立军又忙着", "村里又忙着")
    response = _save(curator, article, body=body)
    assert not Mention.objects.filter(pk=confirmed.pk).exists()
    assert not Mention.objects.filter(article=article, text="贺立军").exists()
    shown = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("贺立军" in m and "1" in m for m in shown), shown
    assert Mention.history.filter(id=confirmed.pk).latest().history_change_reason.startswith("removed")
    _on_their_words(article)


def test_a_headline_edit_moves_its_mentions(curator, article):
    title = "【专题】" + article.title
    _save(curator, article, title=title)
    article.refresh_from_db()
    assert article.title == title
    _on_their_words(article)


def test_reverting_from_the_history_page_follows_the_text(curator, article):
    confirmed = Mention.objects.filter(article=article, text="程秀梅").order_by("start").first()
    curation.set_mention_status([confirmed], Mention.Status.CONFIRMED)
    first = article.history.earliest()
    _save(curator, article, body=PREFIX + article.body)
    article.refresh_from_db()
    data = _form_data(curator, article, body=first.body.replace("\n", "\r\n"))
    revert = reverse("admin:archive_article_simple_history", args=[article.pk, first.history_id])
    assert curator.post(revert, data).status_code == 302
    article.refresh_from_db()
    assert article.body == BODY.strip()
    confirmed.refresh_from_db()
    assert confirmed.start == BODY.index("程秀梅") and confirmed.status == Mention.Status.CONFIRMED
    _on_their_words(article)
    versions = article.history.count()  # reverting to what is stored already: no change at all
    latest = article.history.latest()
    assert (
        curator.post(
            reverse("admin:archive_article_simple_history", args=[article.pk, latest.history_id]),
            _form_data(curator, article),
        ).status_code
        == 302
    )
    assert article.history.count() == versions


def test_aliases_take_a_list_lines_or_commas_and_refuse_a_malformed_list(curator, article):
    field = LinesField(required=False, commas=True)
    assert field.clean('["石书记", "老石"]') == ["石书记", "老石"] and field.clean("") == []
    assert field.clean("石书记，老石\r\n石主任, 老石") == ["石书记", "老石", "石主任"]
    for broken in ('["石书记", "老石"', '["石书记", 3]', "石书记]", '{"a": 1}', '{"石书记"}', "{石书记"):
        with pytest.raises(Exception, match="JSON"):
            field.clean(broken)
    person = Person.objects.get(name="程秀梅")
    url = reverse("admin:archive_person_change", args=[person.pk])
    data = {"name": person.name, "region": person.region, "note": "", "aliases": '["石书记", "老石"'}
    page = curator.post(url, data, HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200 and "not a JSON list" in page.content.decode()
    page = curator.post(url, {**data, "aliases": '{"a": 1}'}, HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200 and "not a JSON list" in page.content.decode()
    person.refresh_from_db()
    assert person.aliases == []
    assert curator.post(url, {**data, "aliases": "石书记，老石"}).status_code == 302
    person.refresh_from_db()
    assert person.aliases == ["石书记", "老石"]


def test_a_body_stored_with_crlf_is_mended_by_saving_it_once(curator, article):
    """An archive saved before the fix: the body holds "\\r\\n", the offsets still count "\\n"."""
    confirmed = Mention.objects.filter(article=article, text="贺立军").order_by("start").last()
    curation.set_mention_status([confirmed], Mention.Status.CONFIRMED)
    Article.objects.filter(pk=article.pk).update(body=article.body.replace("\n", "\r\n"))
    article.refresh_from_db()
    _save(curator, article)
    article.refresh_from_db()
    assert article.body == BODY.strip()
    confirmed.refresh_from_db()
    assert confirmed.start == BODY.rindex("贺立军") and confirmed.status == Mention.Status.CONFIRMED
    _on_their_words(article)


def test_a_curated_mention_whose_own_words_are_deleted_is_reported_not_moved(curator, article):
    """The same name twice: the confirmed mention's own words deleted, the other occurrence stays the
    automatic mention it was; the confirmed one is removed and the curator told (QA r20 re-test)."""
    first, second = Mention.objects.filter(article=article, text="贺立军").order_by("start")
    curation.set_mention_status([second], Mention.Status.CONFIRMED)
    Mention.objects.filter(pk=second.pk).update(role="合作社筹办人")
    at = article.body.index("贺立军又忙着")
    response = _save(curator, article, body=article.body[:at] + article.body[at + 3 :])
    shown = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("贺立军" in m for m in shown), shown
    assert not Mention.objects.filter(pk=second.pk).exists()
    assert Mention.history.filter(id=second.pk).latest().history_change_reason.startswith("removed")
    left = Mention.objects.filter(article=article, text="贺立军")
    assert [(m.start, m.status) for m in left] == [(first.start, Mention.Status.EXTRACTED)]
    assert not Mention.history.filter(id=first.pk, history_change_reason__startswith="re-anchored").exists()
    _on_their_words(article)


def test_a_curated_mention_follows_its_own_words_past_an_edit_before_it(curator, article):
    """An edit between two occurrences: the confirmed second one moves by the edit's length, onto its
    own words, not onto the first occurrence nearer its old offset."""
    first, second = Mention.objects.filter(article=article, text="贺立军").order_by("start")
    curation.set_mention_status([second], Mention.Status.CONFIRMED)
    body = article.body.replace("每天第一个到工地。\n如今河湾村的果子能卖到城里，", "")
    assert body.count("贺立军") == 2 and len(body) < len(article.body) - 20
    _save(curator, article, body=body)
    second.refresh_from_db()
    assert second.start == body.rindex("贺立军") and second.status == Mention.Status.CONFIRMED
    _on_their_words(article)


def test_fields_the_curator_did_not_touch_keep_their_stored_value(curator, article):
    """Seconds of the date and a trailing space of the date as printed survive a save that changes
    nothing; the page shows the seconds; a real change is saved (QA r20 re-test 1)."""
    when = datetime(2022, 10, 17, 13, 4, 17, 250000, tzinfo=ZoneInfo("Asia/Shanghai"))
    Article.objects.filter(pk=article.pk).update(published_at=when, published_text="2022-10-17 ")
    article.refresh_from_db()
    versions, spans = article.history.count(), _spans(article)
    page = curator.get(reverse("admin:archive_article_change", args=[article.pk])).content.decode()
    assert 'name="published_at_1" value="13:04:17"' in page
    assert 'name="published_text" value="2022-10-17 "' in page
    for text in ("2022-10-17 ", "2022-10-17"):  # as the page shows it, and without the space
        _save(curator, article, published_at_1="13:04:17", published_text=text)  # no microseconds shown
        article.refresh_from_db()
        assert (article.published_at, article.published_text) == (when, "2022-10-17 ")
        assert article.history.count() == versions and _spans(article) == spans
    _save(curator, article, published_at_1="13:05", published_text="2022年10月17日")
    article.refresh_from_db()
    assert article.published_at == when.replace(minute=5, second=0, microsecond=0)
    assert article.published_text == "2022年10月17日"
    reason = article.history.latest().history_change_reason
    assert reason == "edited in the admin: published_at, published_text"
