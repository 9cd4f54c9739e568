"""Every public page on the sample corpus (Django test client): content, links, escaping, languages,
and a bounded number of SQL queries per page."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from archive.models import Article, Capture, Organization, Person, Place
from tests.conftest import run_import

pytestmark = pytest.mark.django_db


def get(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


def title_of(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


def test_home_shows_holdings_timeline_latest_and_most_mentioned(client, imported_samples):
    html = get(client, "/")
    assert title_of(html).startswith("社区抗疫故事档案")
    assert re.search(r"<dt>文章</dt><dd><a [^>]*>5</a></dd>", html)
    assert "<svg" in html and html.count("<rect") >= 2 and "每月文章数" in html
    assert "履职中见真情" in html and "提及最多" in html
    assert re.search(r'<ul class="ranked"><li><a href="/people/\d+/">', html)


def test_article_page_marks_and_links_people_organisations_and_places(client, imported_samples):
    article = Article.objects.get(title="履职中见真情")
    html = get(client, article.get_absolute_url())
    person = Person.objects.get(name="潘晓喆")
    assert f'<a class="mention m-person" href="{person.get_absolute_url()}">潘晓喆</a>' in html
    assert 'class="mention m-org"' in html and 'class="mention m-place"' in html
    assert "崇文社区党支部书记" in html and "<h2>能坚持:感染后依然“在线”</h2>" in html
    assert title_of(html) == "履职中见真情 · 社区抗疫故事档案"


def test_article_page_cites_and_exposes_citation_meta_tags_and_the_capture(client, imported_samples):
    article = Article.objects.get(title="履职中见真情")
    html = get(client, article.get_absolute_url())
    title = "履职中见真情——战“疫”中的上海基层干部"  # cited whole, subtitle included
    assert f'<meta name="citation_title" content="{title}">' in html
    assert re.search(r'<meta name="citation_publication_date" content="\d{4}/\d\d/\d\d">', html)
    assert (
        article.outlet.name == "网络" and "citation_journal_title" not in html
    )  # "from the web" is no outlet
    assert f'<meta name="citation_publisher" content="{article.site.name}">' in html
    assert f"{title}[EB/OL]. " in html and f"http://testserver/articles/{article.pk}/" in html
    capture = article.captures.get()
    assert capture.sha256 in html
    assert reverse("archive:capture-text", args=[capture.sha256]) in html
    assert reverse("archive:capture-download", args=[capture.sha256]) in html


def test_the_original_capture_downloads_as_bytes_and_shows_as_escaped_text(client, imported_samples):
    capture = Capture.objects.first()
    response = client.get(reverse("archive:capture-download", args=[capture.sha256]))
    assert response.status_code == 200 and response["Content-Type"] == "application/octet-stream"
    with open(capture.source_path, "rb") as f:
        assert b"".join(response.streaming_content) == f.read()
    html = get(client, reverse("archive:capture-text", args=[capture.sha256]))
    assert '<pre class="source">' in html and capture.sha256 in html


def test_person_page_roles_with_sentences_articles_network_and_places(client, imported_samples):
    person = Person.objects.get(name="杨兆顺")
    html = get(client, person.get_absolute_url())
    assert title_of(html).startswith("杨兆顺 · 人物")
    assert "全国劳模" in html and "65岁的<mark>杨兆顺</mark>第一时间回到社区" in html
    article = person.mentions.first().article
    assert f'href="{article.get_absolute_url()}"' in html
    assert "共同出现" in html and 'class="network-list"' in html and "<svg" in html
    assert "地点" in html


def test_organisation_and_place_pages(client, imported_samples):
    org = Organization.objects.filter(mentions__isnull=False).first()
    html = get(client, org.get_absolute_url())
    assert org.name in title_of(html) and "篇文章提及" in html
    place = Place.objects.get(name="同济新村居民区")
    html = get(client, place.get_absolute_url())
    assert "同济新村" in title_of(html) and "同文出现的人物" in html
    assert f"?place={place.pk}" in html


def test_lists_filter_sort_and_paginate(client, imported_samples, settings):
    html = get(client, reverse("archive:article-list"))
    assert "共 5 篇" in html
    outlet = Article.objects.get(title="履职中见真情").outlet
    html = get(client, reverse("archive:article-list"), outlet=outlet.pk)
    assert (
        "履职中见真情" in html
        and len(re.findall(r'<li><a href="/articles/\d+/"', html)) == outlet.articles.count()
    )
    years = sorted({a.published_at.year for a in Article.objects.exclude(published_at=None)})
    html = get(client, reverse("archive:article-list"), year=years[0], sort="oldest")
    assert f'<option value="{years[0]}" selected>' in html
    place = Place.objects.get(name="同济新村居民区")
    html = get(client, reverse("archive:article-list"), place=place.pk)
    assert "同济新村" in html
    junk = client.get(reverse("archive:article-list"), {"outlet": "x", "year": "<script>", "page": "99"})
    assert junk.status_code == 302  # junk filters are ignored; a page past the end leads to the last
    get(client, junk["Location"])
    html = get(client, reverse("archive:person-list"))
    names = re.findall(r'<li><a href="/people/\d+/">([^<]+)</a>', html)
    from archive.models import pinyin_key

    assert names and names == sorted(names, key=lambda n: pinyin_key(re.sub(r"（.*）", "", n)))
    html = get(client, reverse("archive:person-list"), letter="p")
    assert "潘晓喆" in html and "杨兆顺" not in html
    html = get(client, reverse("archive:person-list"), sort="mentions")
    counts = [int(c) for c in re.findall(r'<span class="count" title="篇文章">(\d+)</span>', html)]
    assert counts == sorted(counts, reverse=True)
    html = get(client, reverse("archive:organization-list"))
    assert "类别" in html
    html = get(client, reverse("archive:place-list"), kind="community")
    ids = re.findall(r'<li><a href="/places/(\d+)/"', html)
    assert ids and {Place.objects.get(pk=i).kind for i in ids} == {"community"}


def test_hidden_articles_are_not_shown(client, imported_samples):
    article = Article.objects.get(title="履职中见真情")
    article.status = Article.Status.HIDDEN
    article.save()
    html = get(client, article.get_absolute_url(), status=404)
    assert "页面不存在" in html and "<header" in html  # the site's own 404 page
    get(client, Person.objects.get(name="潘晓喆").get_absolute_url(), status=404)
    assert "履职中见真情" not in get(client, "/") and "履职中见真情" not in get(
        client, reverse("archive:article-list")
    )


def test_hostile_markup_in_a_page_is_shown_as_text(client, db, tmp_path):
    page = tmp_path / "evil.html"
    page.write_text(
        "<html><head><title>社区志愿者的一天</title></head><body><h1>社区志愿者的一天</h1>"
        "<p>&lt;script&gt;alert('x')&lt;/script&gt;居委会主任甄明远说，&lt;img src=x onerror=alert(1)&gt;"
        '请点&lt;a href="javascript:alert(1)"&gt;这里&lt;/a&gt;登记。</p>'
        "<p><script>alert('real')</script><a href=\"javascript:alert(2)\">链接</a>"
        "<img src=x onerror=alert(3)>居民们排队做核酸检测。</p></body></html>",
        encoding="utf-8",
    )
    assert run_import(page)[0] == 0
    article = Article.objects.get()
    Article.objects.filter(pk=article.pk).update(url="javascript:alert(4)", authors=["<b>甄明远</b>"])
    html = get(client, article.get_absolute_url())
    body = html.split("<main", 1)[1]
    assert "<script" not in body and "&lt;script&gt;alert" in body
    assert "<img" not in body and 'href="javascript:' not in body and "&lt;b&gt;甄明远&lt;/b&gt;" in body
    capture = article.captures.get()
    source = get(client, reverse("archive:capture-text", args=[capture.sha256]))
    assert "<script>alert('real')" not in source and "&lt;script&gt;alert(&#x27;real&#x27;)" in source
    for url in ("/", reverse("archive:article-list"), reverse("search:results") + "?q=社区"):
        assert "<script>alert" not in get(client, url)


def test_english_switch_translates_the_interface_and_back(client, imported_samples):
    assert '<h2 id="latest-h">最新文章</h2>' in get(client, "/")
    response = client.post(reverse("set_language"), {"language": "en", "next": "/people/"})
    assert response.status_code == 302 and response["Location"] == "/people/"
    html = get(client, "/")
    assert '<html lang="en">' in html and "Latest articles" in html and "最新文章" not in html
    assert "Cite this" in get(client, Article.objects.first().get_absolute_url())
    client.post(reverse("set_language"), {"language": "zh-hans", "next": "/"})
    assert "最新文章" in get(client, "/")


def test_every_interface_string_is_translated():
    import polib

    from tests.conftest import ROOT

    po = polib.pofile(str(ROOT / "locale/zh_Hans/LC_MESSAGES/django.po"))
    assert len(po) > 100 and po.percent_translated() == 100 and not po.fuzzy_entries()
    mo = polib.mofile(str(ROOT / "locale/zh_Hans/LC_MESSAGES/django.mo"))
    compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in mo}
    assert all(compiled.get((e.msgctxt, e.msgid)) == (e.msgstr or e.msgstr_plural) for e in po), (
        "run msgfmt (see README)"
    )


def test_every_page_has_a_meaningful_title_and_landmarks(client, imported_samples):
    urls = [
        "/",
        reverse("archive:article-list"),
        reverse("archive:person-list"),
        reverse("archive:organization-list"),
        reverse("archive:place-list"),
        reverse("search:results") + "?q=社区",
        Article.objects.first().get_absolute_url(),
        Person.objects.get(name="潘晓喆").get_absolute_url(),
    ]
    titles = set()
    for url in urls:
        html = get(client, url)
        titles.add(title_of(html))
        assert "<main" in html and "<header" in html and "<nav" in html and "<footer" in html
        assert 'href="#content"' in html
    assert len(titles) == len(urls)


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_queries_per_page_do_not_grow_with_the_data(client, imported_samples, tmp_path):
    """No N+1: the same pages cost the same number of queries after more articles, people and mentions
    arrive."""
    person = Person.objects.get(name="潘晓喆")
    article = Article.objects.get(title="履职中见真情")
    place = Place.objects.get(name="同济新村居民区")
    urls = [
        "/",
        article.get_absolute_url(),
        person.get_absolute_url(),
        place.get_absolute_url(),
        reverse("archive:article-list"),
        reverse("archive:person-list"),
        reverse("archive:place-list"),
        reverse("search:results") + "?q=社区",
    ]
    before = {url: queries(client, url) for url in urls}
    for i in range(3):  # more articles mentioning the same people and places
        page = tmp_path / f"more{i}.txt"
        page.write_text(
            f"同济新村的第{i}次核酸检测\n来源：新民晚报\n2022-04-0{i + 1} 10:00\n"
            f"潘晓喆、杨兆顺和社区志愿者王{'一二三'[i]}明一起在同济新村值守。居委会主任李{'四五六'[i]}华说，"
            f"同济新村居委会已经准备好了物资。\n",
            encoding="utf-8",
        )
        assert run_import(page)[0] == 0
    after = {url: queries(client, url) for url in urls}
    assert after == before
    assert max(after.values()) <= 25, after


def test_the_500_page_is_in_the_sites_style_and_needs_nothing_from_the_request(rf):
    from django.views.defaults import server_error

    response = server_error(rf.get("/boom/"))
    html = response.content.decode()
    assert response.status_code == 500 and "出错了" in html and "archive.css" in html and "<header" in html


def test_home_summary_follows_every_change(client, imported_samples, django_capture_on_commit_callbacks):
    """The home page's counts are cached per data version: an edit shows at once."""
    assert re.search(r"<dt>文章</dt><dd><a [^>]*>5</a></dd>", get(client, "/"))
    article = Article.objects.get(title="履职中见真情")
    article.status = Article.Status.HIDDEN
    article.hidden_reason = "test"
    article.save()
    assert re.search(r"<dt>文章</dt><dd><a [^>]*>4</a></dd>", get(client, "/"))
    person = Person.objects.get(name="潘晓喆")
    person.name = "潘晓哲"
    person.save()
    article.status = Article.Status.PUBLISHED
    article.save()
    html = get(client, "/")
    assert re.search(r"<dt>文章</dt><dd><a [^>]*>5</a></dd>", html)
