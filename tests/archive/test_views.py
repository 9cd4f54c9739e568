"""Public pages on the sample corpus; imported markup is always shown as text."""
from __future__ import annotations

import pytest
from django.urls import reverse

from archive.models import Article, Capture, Person
from tests.conftest import run_import

pytestmark = pytest.mark.django_db


def test_home_lists_the_articles(client, imported_samples):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "履职中见真情" in html and "文章 5 篇" in html


def test_the_article_page_links_people_with_roles(client, imported_samples):
    article = Article.objects.get(title="履职中见真情")
    html = client.get(article.get_absolute_url()).content.decode()
    person = Person.objects.get(name="潘晓喆")
    assert f'href="{person.get_absolute_url()}"' in html and "崇文社区党支部书记" in html
    assert "<h2>能坚持:感染后依然“在线”</h2>" in html


def test_the_person_page_shows_the_role_and_the_sentence(client, imported_samples):
    person = Person.objects.get(name="杨兆顺")
    html = client.get(person.get_absolute_url()).content.decode()
    assert "全国劳模" in html and "65岁的杨兆顺第一时间回到社区" in html


def test_hidden_articles_are_not_shown(client, imported_samples):
    article = Article.objects.get(title="履职中见真情")
    article.status = Article.Status.HIDDEN
    article.save()
    assert client.get(article.get_absolute_url()).status_code == 404
    assert client.get(Person.objects.get(name="潘晓喆").get_absolute_url()).status_code == 404


def test_hostile_markup_in_a_page_is_shown_as_text(client, db, tmp_path):
    page = tmp_path / "evil.txt"
    page.write_text("社区志愿者的一天\n<script>alert('x')</script>居委会主任李明说,<img src=x onerror=alert(1)>"
                    "请点<a href=\"javascript:alert(1)\">这里</a>登记。\n", encoding="utf-8")
    assert run_import(page)[0] == 0
    article = Article.objects.get()
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<img src=x" not in html and 'href="javascript:' not in html


def test_the_original_capture_downloads_as_bytes(client, imported_samples):
    capture = Capture.objects.first()
    response = client.get(reverse("archive:capture-download", args=[capture.sha256]))
    assert response.status_code == 200 and response["Content-Type"] == "application/octet-stream"
    assert b"".join(response.streaming_content) == (imported_samples and
                                                    open(capture.source_path, "rb").read())
