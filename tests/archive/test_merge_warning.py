"""The merge preview warns when a merged-away name is known only from unpublished articles, since the
merge would show it on the public site as the survivor's alias (security finding 8 of issue 14)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.db.models import Count
from django.urls import reverse

from archive.apps import CURATOR_GROUP
from archive.curation import merge_preview
from archive.models import Article, Person

pytestmark = pytest.mark.django_db

WARNING = 'id="merge-unpublished-warning"'


@pytest.fixture
def curator_client(client, db):
    user = User.objects.create_user("curator", password="curate-2022", is_staff=True)
    user.groups.add(Group.objects.get(name=CURATOR_GROUP))
    client.force_login(user)
    return client


def _preview(client, ids) -> str:
    response = client.post(
        reverse("admin:archive_person_changelist"),
        {"action": "merge_records", "_selected_action": [str(i) for i in ids]},
    )
    assert response.status_code == 200
    return response.content.decode()


def _two_people_in_different_articles() -> tuple[Person, Person]:
    """Two people each mentioned in one article, not the same one."""
    people = Person.objects.annotate(n=Count("mentions__article", distinct=True)).filter(n=1).order_by("pk")
    public = people.first()
    secret = people.exclude(mentions__article__in=public.mentions.values("article_id")).first()
    return public, secret


def test_the_preview_warns_about_a_name_known_only_from_hidden_articles(curator_client, imported_samples):
    public, secret = _two_people_in_different_articles()
    article = Article.objects.filter(mentions__person=secret).distinct().get()
    article.status, article.hidden_reason = Article.Status.HIDDEN, "未核实"
    article.save()

    html = _preview(curator_client, [public.pk, secret.pk])
    assert WARNING in html
    warning = html.split(WARNING, 1)[1].split("</p>", 1)[0]
    assert secret.name in warning and public.name not in warning
    preview = merge_preview(Person, [public, secret])
    assert preview.unpublished_only == [secret]
    assert [row["public_articles"] for row in preview.rows][1] == 0


def test_no_warning_when_every_name_is_already_public(curator_client, imported_samples):
    public, secret = _two_people_in_different_articles()
    assert WARNING not in _preview(curator_client, [public.pk, secret.pk])
    assert merge_preview(Person, [public, secret]).unpublished_only == []
