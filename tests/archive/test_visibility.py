"""Who sees unpublished material on the public site (security findings 3 and 4 of issue 14): drafts,
hidden articles, their captures and the entities known only from them need the archive's view
permission (curators have it through their group), not staff status; id-taking parameters say
nothing about unpublished material."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import AnonymousUser, Group, User
from django.test import Client
from django.urls import reverse

from archive.apps import CURATOR_GROUP
from archive.models import Article, Organization, Person, Place
from archive.selectors import can_see_unpublished, visible_articles
from tests.conftest import run_import

pytestmark = pytest.mark.django_db

HIDDEN_PAGE = """青浦区莲湖村的老人做了核酸检测

发布时间:2022-04-02 10:00:00 来源:青浦日报

4月2日，青浦区金泽镇莲湖村党支部书记韦秋萍说，村里的老人都做了核酸检测。
"""
DRAFT_PAGE = """闵行区的一个夜晚

发布时间:2022-04-03 10:00:00 来源:闵行日报

4月3日，闵行区古美街道平南居民区党总支书记沈佳音说，志愿者连夜分发物资。
"""


def _import(tmp_path, name: str, text: str, status: str) -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, _out, err = run_import(path)
    assert code == 0, err
    article = Article.objects.get(captures__file_name=name)
    article.status = status
    article.hidden_reason = "测试" if status == Article.Status.HIDDEN else ""
    article.save()
    return article


@pytest.fixture
def unpublished(tmp_path) -> list[Article]:
    return [
        _import(tmp_path, "hidden.txt", HIDDEN_PAGE, Article.Status.HIDDEN),
        _import(tmp_path, "draft.txt", DRAFT_PAGE, Article.Status.DRAFT),
    ]


def _client(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _staff_without_group() -> User:
    return User.objects.create_user("staff", password="no-group-2022", is_staff=True)


def _curator() -> User:
    user = User.objects.create_user("curator", password="curate-2022", is_staff=True)
    user.groups.add(Group.objects.get(name=CURATOR_GROUP))
    return user


def _unpublished_urls(articles: list[Article]) -> list[str]:
    urls = []
    for article in articles:
        capture = article.captures.get()
        urls += [
            article.get_absolute_url(),
            reverse("archive:capture-text", args=[capture.sha256]),
            reverse("archive:capture-download", args=[capture.sha256]),
        ]
    urls += [
        Person.objects.get(name="韦秋萍").get_absolute_url(),
        Person.objects.get(name="沈佳音").get_absolute_url(),
        Organization.objects.get(name="青浦区金泽镇莲湖村党支部").get_absolute_url(),
        Place.objects.get(name="莲湖村").get_absolute_url(),
    ]
    return urls


def test_the_rule_is_the_archive_view_permission_not_staff_status(db):
    curator = _curator()
    superuser = User.objects.create_superuser("root", password="root-2022")
    inactive = User.objects.create_user("gone", password="gone-2022", is_staff=True, is_active=False)
    inactive.groups.add(Group.objects.get(name=CURATOR_GROUP))
    assert not can_see_unpublished(AnonymousUser())
    assert not can_see_unpublished(_staff_without_group())
    assert can_see_unpublished(User.objects.get(pk=curator.pk))
    assert can_see_unpublished(superuser)
    assert not can_see_unpublished(inactive)


def test_a_staff_user_with_no_group_gets_404_on_everything_unpublished(unpublished):
    staff = _client(_staff_without_group())
    anonymous = _client(None)
    for url in _unpublished_urls(unpublished):
        assert staff.get(url).status_code == 404, url
        assert anonymous.get(url).status_code == 404, url
    assert list(visible_articles(User.objects.get(username="staff"))) == []


def test_curators_and_superusers_see_unpublished_material(unpublished):
    for user in (_curator(), User.objects.create_superuser("root", password="root-2022")):
        client = _client(user)
        for url in _unpublished_urls(unpublished):
            assert client.get(url).status_code == 200, (user.username, url)
        assert set(visible_articles(user)) == set(unpublished)


def test_the_place_filter_says_nothing_about_a_place_known_only_from_hidden_articles(unpublished):
    place = Place.objects.get(name="莲湖村")
    for client in (_client(None), _client(_staff_without_group())):
        hidden = _article_list(client, place.pk)
        missing = _article_list(client, 2**31 - 1)
        assert "莲湖村" not in hidden and "韦秋萍" not in hidden
        # An unpublished place's id looks exactly like one that never existed.
        assert hidden.replace(f"place={place.pk}", "place=N") == missing.replace(
            f"place={2**31 - 1}", "place=N"
        )


def _article_list(client: Client, place: int) -> str:
    html = client.get(reverse("archive:article-list"), {"place": place}).content.decode()
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)


def test_the_place_filter_names_a_published_place(unpublished):
    Article.objects.filter(title__startswith="青浦区").update(status=Article.Status.PUBLISHED)
    place = Place.objects.get(name="莲湖村")
    html = _article_list(_client(None), place.pk)
    assert ": 莲湖村</h1>" in html and "青浦区莲湖村的老人做了核酸检测" in html
