"""Curation through the admin (Django test client, real database and index): merge, split, mention
review, marking missed names, publishing, re-extraction, history with revert, roles, login lockout."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import Group, User
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from archive.apps import CURATOR_GROUP
from archive.models import Article, EntityMerge, Mention, Person, Place
from search.selectors import result_ids
from tests.conftest import run_import

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def curator(db):
    user = User.objects.create_user("curator", password="curate-2022", is_staff=True)
    user.groups.add(Group.objects.get(name=CURATOR_GROUP))
    return user


@pytest.fixture
def admin_client_as_curator(client, curator):
    client.force_login(curator)
    return client


def action(client, model: str, name: str, ids, **data):
    return client.post(
        reverse(f"admin:archive_{model}_changelist"),
        {"action": name, "_selected_action": [str(i) for i in ids], **data},
    )


def public() -> Client:
    """A visitor who is not logged in (the `client` fixture is the curator's session here)."""
    return Client()


def found(q: str) -> set[int]:
    return set(result_ids({"q": q}))


def page(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, _out, err = run_import(path)
    assert code == 0, err
    return Article.objects.get(captures__file_name=name)


def test_merge_previews_side_by_side_then_moves_every_mention_and_redirects(
    admin_client_as_curator, imported_samples, client
):
    a, b = Person.objects.filter(mentions__isnull=False).distinct().order_by("pk")[:2]
    total = Mention.objects.filter(person__in=[a, b]).count()
    b_articles = set(b.mentions.values_list("article_id", flat=True))
    preview = action(admin_client_as_curator, "person", "merge_records", [a.pk, b.pk])
    html = preview.content.decode()
    assert preview.status_code == 200 and a.name in html and b.name in html and 'name="survivor"' in html
    assert Person.objects.filter(pk=b.pk).exists()  # nothing changed by the preview

    done = action(
        admin_client_as_curator,
        "person",
        "merge_records",
        [a.pk, b.pk],
        confirm="yes",
        survivor=str(a.pk),
        reason="same person, two spellings",
    )
    assert done.status_code == 302
    a.refresh_from_db()
    assert not Person.objects.filter(pk=b.pk).exists()
    assert Mention.objects.filter(person=a).count() == total  # no mention lost
    assert b.name in a.aliases
    assert a.history.first().history_change_reason == f"merged #{b.pk}: same person, two spellings"
    history = admin_client_as_curator.get(reverse("admin:archive_person_history", args=[a.pk]))
    assert history.status_code == 200 and "pk=None" not in history.content.decode()
    merge = EntityMerge.objects.get(source_id=b.pk)
    assert (
        merge.user.username == "curator"
        and merge.reason == "same person, two spellings"
        and merge.target_id == a.pk
    )

    old = public().get(reverse("archive:person-detail", args=[b.pk]))
    assert old.status_code == 301 and old["Location"] == a.get_absolute_url()
    assert b.name in public().get(a.get_absolute_url()).content.decode()  # the alias is shown
    # search sees the merged record: the old name is an alias of the survivor in every article it was in
    assert b_articles <= set(result_ids({"q": f"person:{b.name}"}))
    assert b_articles <= set(result_ids({"person": [a.pk]}))


def test_split_moves_the_chosen_mentions_to_a_new_person(admin_client_as_curator, imported_samples):
    person = max(Person.objects.filter(mentions__isnull=False).distinct(), key=lambda p: p.mentions.count())
    mentions = list(person.mentions.order_by("pk"))
    assert len(mentions) >= 2
    chosen = [m.pk for m in mentions[:1]]
    url = reverse("admin:archive_person_split", args=[person.pk])
    assert admin_client_as_curator.get(url).status_code == 200
    clash = admin_client_as_curator.post(
        url, {"mentions": chosen, "name": person.name, "region": person.region, "reason": "two people"}
    )
    assert clash.status_code == 200 and "already exists" in clash.content.decode()  # nothing moved
    response = admin_client_as_curator.post(
        url,
        {
            "mentions": chosen,
            "name": person.name,
            "region": person.region + "（另一人）",
            "reason": "two people",
        },
    )
    assert response.status_code == 302
    new = Person.objects.get(name=person.name, region=person.region + "（另一人）")
    assert sorted(new.mentions.values_list("pk", flat=True)) == chosen
    assert person.mentions.count() == len(mentions) - 1
    assert EntityMerge.objects.get(action="split", source_id=person.pk).target_id == new.pk


def test_a_rejected_mention_stays_rejected_after_re_extraction(
    admin_client_as_curator, imported_samples, client
):
    mention = Mention.objects.filter(person__isnull=False).select_related("person", "article").first()
    article, span = mention.article, (mention.start, mention.end)
    action(admin_client_as_curator, "mention", "reject", [mention.pk])
    mention.refresh_from_db()
    assert mention.status == Mention.Status.REJECTED
    assert action(admin_client_as_curator, "article", "reextract", [article.pk]).status_code == 302
    at_span = Mention.objects.filter(article=article, start=span[0], end=span[1])
    assert list(at_span.values_list("status", flat=True)) == ["rejected"]
    html = public().get(article.get_absolute_url()).content.decode()
    assert (
        f'href="{mention.person.get_absolute_url()}">{mention.text}</a>' not in html
        or Mention.objects.filter(article=article, person=mention.person).exclude(status="rejected").exists()
    )


def test_confirm_and_reject_actions_set_the_status_and_count_only_the_mentions_they_changed(
    admin_client_as_curator, imported_samples
):
    first, second = Mention.objects.filter(status=Mention.Status.EXTRACTED).order_by("pk")[:2]

    def said(response) -> str:  # the newest message (earlier unread ones stay in the cookie)
        return [str(m) for m in get_messages(response.wsgi_request)][-1]

    both = action(admin_client_as_curator, "mention", "confirm", [first.pk, second.pk])
    assert said(both) == "已确认 2 条提及；这些名称将加入抽取词典。"
    again = action(admin_client_as_curator, "mention", "confirm", [first.pk, second.pk])
    assert said(again) == "已确认 0 条提及；这些名称将加入抽取词典。"
    one = action(admin_client_as_curator, "mention", "reject", [first.pk])
    assert said(one) == "已驳回 1 条提及；重新抽取也不会再出现。"
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Mention.Status.REJECTED, Mention.Status.CONFIRMED)
    assert first.history.first().history_change_reason == "rejected by a curator"


def test_a_name_marked_by_a_curator_is_extracted_from_the_next_import(admin_client_as_curator, db, tmp_path):
    first = page(tmp_path, "a.txt", "网格员的一天\n社区里的江海洋每天清晨都到核酸检测点帮忙维持秩序。\n")
    assert not Person.objects.filter(name="江海洋").exists()  # jieba alone cuts 江/海洋
    start = first.body.index("江海洋")
    url = reverse("admin:archive_article_mark_mention", args=[first.pk])
    assert "article-body" in admin_client_as_curator.get(url).content.decode()
    bad = admin_client_as_curator.post(url, {"start": start, "end": start + 99, "kind": "person"})
    assert bad.status_code == 200 and not Mention.objects.filter(article=first, status="confirmed").exists()
    response = admin_client_as_curator.post(
        url, {"start": start, "end": start + 3, "kind": "person", "role": "网格员"}
    )
    assert response.status_code == 302
    marked = Mention.objects.get(article=first, text="江海洋")
    assert marked.status == Mention.Status.CONFIRMED and marked.person.name == "江海洋"

    second = page(tmp_path, "b.txt", "志愿者风采\n这次封控期间，江海洋和居民一起搬运物资到深夜。\n")
    assert Mention.objects.filter(article=second, person__name="江海洋").exists()


def test_a_hidden_article_disappears_from_search_and_pages(admin_client_as_curator, imported_samples, client):
    article = Article.objects.get(title="履职中见真情")
    assert article.pk in found("潘晓喆")
    no_reason = action(admin_client_as_curator, "article", "hide", [article.pk], confirm="yes", reason="")
    assert no_reason.status_code == 200 and Article.objects.get(pk=article.pk).status == "published"
    action(
        admin_client_as_curator,
        "article",
        "hide",
        [article.pk],
        confirm="yes",
        reason="duplicate of a re-post",
    )
    article.refresh_from_db()
    assert article.status == "hidden" and article.hidden_reason == "duplicate of a re-post"
    assert article.pk not in found("潘晓喆") and article.pk not in found("履职中见真情")
    assert public().get(article.get_absolute_url()).status_code == 404
    assert "履职中见真情" not in public().get(reverse("archive:article-list")).content.decode()
    assert admin_client_as_curator.get(article.get_absolute_url()).status_code == 200  # staff still see it
    action(admin_client_as_curator, "article", "publish", [article.pk])
    assert article.pk in found("潘晓喆") and public().get(article.get_absolute_url()).status_code == 200


def test_history_shows_who_changed_what_and_reverts_it(admin_client_as_curator, imported_samples, client):
    person = Person.objects.get(name="潘晓喆")
    change = reverse("admin:archive_person_change", args=[person.pk])
    data = {
        "name": person.name,
        "region": person.region,
        "aliases": json.dumps(["潘书记"], ensure_ascii=False),
        "note": "崇文社区党支部书记，2022 年上海封控期间带病坚守。",
    }
    assert admin_client_as_curator.post(change, data).status_code == 302
    person.refresh_from_db()
    assert (
        person.aliases == ["潘书记"]
        and "带病坚守" in public().get(person.get_absolute_url()).content.decode()
    )

    history = admin_client_as_curator.get(
        reverse("admin:archive_person_history", args=[person.pk])
    ).content.decode()
    assert "curator" in history and "别名" in history and "潘书记" in history and "导入时创建" in history
    before = person.history.order_by("history_date")[0]
    assert before.aliases == [] and before.history_type == "+"
    revert_url = reverse("admin:archive_person_simple_history", args=[person.pk, before.history_id])
    assert admin_client_as_curator.get(revert_url).status_code == 200
    response = admin_client_as_curator.post(
        revert_url,
        {
            "name": before.name,
            "region": before.region,
            "aliases": json.dumps(before.aliases),
            "note": before.note,
        },
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.aliases == before.aliases and person.note == before.note
    assert person.history.count() == 3 and person.history.first().history_user.username == "curator"


def test_curators_curate_but_cannot_manage_users(admin_client_as_curator):
    assert admin_client_as_curator.get(reverse("admin:archive_person_changelist")).status_code == 200
    assert admin_client_as_curator.get(reverse("admin:archive_mention_changelist")).status_code == 200
    assert admin_client_as_curator.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert admin_client_as_curator.get(reverse("admin:auth_group_changelist")).status_code == 403


def test_the_admin_is_behind_a_login_that_locks_after_repeated_failures(client, curator, settings):
    assert client.get(reverse("admin:index")).status_code == 302  # to the login page
    login = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(login, {"username": "curator", "password": "wrong"})
    locked = client.post(login, {"username": "curator", "password": "curate-2022"})
    assert (
        locked.status_code in (403, 429)
        and "Too many failed logins" in locked.content.decode()
        or "登录失败次数过多" in locked.content.decode()
    )
    assert client.get(reverse("admin:index")).status_code == 302  # still not logged in


def test_admin_lists_filter_and_search_in_chinese(admin_client_as_curator, imported_samples):
    html = admin_client_as_curator.get(
        reverse("admin:archive_article_changelist"), {"q": "履职"}
    ).content.decode()
    assert "履职中见真情" in html and "汇聚" not in html
    html = admin_client_as_curator.get(
        reverse("admin:archive_article_changelist"), {"review": "yes"}
    ).content.decode()
    assert "履职中见真情" in html
    html = admin_client_as_curator.get(
        reverse("admin:archive_person_changelist"), {"q": "潘晓"}
    ).content.decode()
    assert "潘晓喆" in html
    article = Article.objects.get(title="履职中见真情")
    html = admin_client_as_curator.get(
        reverse("admin:archive_article_change", args=[article.pk])
    ).content.decode()
    capture = article.captures.get()
    assert capture.sha256 in html and 'name="captures-0-sha256"' not in html  # shown, not editable


def test_reindex_action_puts_a_missing_article_back_in_the_index(admin_client_as_curator, imported_samples):
    from haystack import connections

    from search.indexing import article_identifier

    article = Article.objects.get(title="履职中见真情")
    connections["default"].get_backend().remove_many([article_identifier(article.pk)])
    assert article.pk not in found("潘晓喆")
    response = action(admin_client_as_curator, "article", "reindex", [article.pk])
    assert response.status_code == 302 and article.pk in found("潘晓喆")


def test_history_shows_an_empty_foreign_key_as_empty_not_as_a_deleted_record(admin_client_as_curator, db):
    person = Person.objects.create(name="韦晓岚", region="")
    place = Place.objects.create(name="青松街道", kind="subdistrict")
    person.region_place = place
    person.save()
    html = admin_client_as_curator.get(
        reverse("admin:archive_person_history", args=[person.pk])
    ).content.decode()
    assert "青松街道" in html and "pk=None" not in html


def test_splitting_out_a_name_merged_in_earlier_takes_its_alias_and_old_address(db, client):
    from archive import curation
    from tests.archive.mentions import mention

    def article(title: str, body: str) -> Article:
        return Article.objects.create(
            title=title, body=body, content_hash=title, status=Article.Status.PUBLISHED
        )

    one = article("封控第一天", "网格员陈晓岚在楼下登记。")
    two = article("封控第二天", "网格员陳曉嵐在楼下登记。")
    simplified = Person.objects.create(name="陈晓岚", region="")
    traditional = Person.objects.create(name="陳曉嵐", region="")
    mention(one, "陈晓岚", person=simplified)
    moved = mention(two, "陳曉嵐", person=traditional)
    old_url, old_pk = traditional.get_absolute_url(), traditional.pk
    curation.merge(Person, simplified, [traditional], reason="one person")
    simplified.refresh_from_db()
    assert (
        simplified.aliases == ["陳曉嵐"] and client.get(old_url)["Location"] == simplified.get_absolute_url()
    )

    new = curation.split(
        Person, simplified, [moved.pk], name="陳曉嵐", region="", reason="two people after all"
    )
    simplified.refresh_from_db()
    assert (
        simplified.aliases == []
        and "alias 陳曉嵐 went to" in simplified.history.first().history_change_reason
    )
    assert client.get(old_url)["Location"] == new.get_absolute_url()
    # the merge is recorded as it was made; the address's new home is a row of its own (QA)
    merge = EntityMerge.objects.get(action="merge", source_id=old_pk)
    assert (merge.target_id, merge.target_name) == (simplified.pk, str(simplified))
    moved_row = EntityMerge.objects.get(action="moved", source_id=old_pk)
    assert moved_row.target_id == new.pk and str(moved_row).endswith(f"↪ {new} #{new.pk}")


def test_merges_of_merges_keep_their_rows_and_the_oldest_address_leads_to_the_last_survivor(db, client):
    from archive import curation

    first, second, third = (Person.objects.create(name=n, region="") for n in ("骆志平", "駱志平", "骆志坪"))
    old_url, ids = first.get_absolute_url(), (first.pk, second.pk, third.pk)
    curation.merge(Person, second, [first], reason="one person")
    curation.merge(Person, third, [second], reason="one person again")
    rows = EntityMerge.objects.filter(action="merge").order_by("pk")
    assert [(r.source_id, r.target_id) for r in rows] == [ids[:2], ids[1:]]
    assert client.get(old_url)["Location"] == third.get_absolute_url()
