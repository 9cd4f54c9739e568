"""WCAG 3.1.2 (language of parts): every piece of the archive's Chinese content sits inside an element
marked with its language, zh-Hans or zh-Hant (OpenCC t2s decides), in the English interface and the
Chinese one; the query help table has header cells; the results page has a skip link to the results.
Django test client on the imported samples, pages parsed with lxml."""

from __future__ import annotations

import re
from functools import cache

import lxml.html
import pytest
from django.urls import reverse
from django.utils import translation

from archive.models import Article, Person
from tests.conftest import run_import

pytestmark = pytest.mark.django_db

CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
CONTENT_LANGS = {"zh-Hans", "zh-Hant"}


@cache
def interface_runs() -> frozenset[str]:
    """Runs of Chinese characters the interface itself prints: every msgid and msgstr of the Chinese
    catalog (the project's and Django's), e.g. 人物 in the Chinese interface or 标题 in the English help."""
    catalog = translation.trans_real.translation("zh-hans")._catalog
    runs = set()
    for key, value in catalog.items():
        runs.update(CJK.findall(key[0] if isinstance(key, tuple) else key))
        runs.update(CJK.findall(value))
    return frozenset(runs)


def text_nodes(root):
    """(text, element owning it) for every text node under root; a tail belongs to the parent."""
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        if el.text:
            yield el.text, el
        for child in el:
            if child.tail:
                yield child.tail, el


def marked_lang(el) -> str | None:
    """The lang set on el or an ancestor below <html> (the interface's own language does not count)."""
    while el is not None and el.tag != "html":
        if el.get("lang"):
            return el.get("lang")
        el = el.getparent()
    return None


def unmarked_content(html: str) -> list[str]:
    """Chinese text in the page's body that is neither marked zh-Hans/zh-Hant nor the interface's own."""
    body = lxml.html.document_fromstring(html).find("body")
    bad = []
    for text, owner in text_nodes(body):
        runs = CJK.findall(text)
        if not runs or marked_lang(owner) in CONTENT_LANGS:
            continue
        if owner.tag == "option":
            # a <select>'s options keep plain text (tests and forms read them); left unmarked for now
            continue
        if owner.tag == "title" and owner.getparent() is not None and owner.getparent().tag == "svg":
            # an SVG <title> is plain text: its accessible name cannot carry a part in another language
            continue
        if any(run not in interface_runs() for run in runs):
            bad.append(f"<{owner.tag} class={owner.get('class')!r}>{text.strip()[:60]}")
    return bad


def get(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def pages() -> list[str]:
    article = Article.objects.get(title="履职中见真情")
    person = Person.objects.get(name="潘晓喆")
    return [
        article.get_absolute_url(),
        reverse("search:results") + "?q=社区",
        person.get_absolute_url(),
        reverse("archive:place-list"),
    ]


def more_pages() -> list[str]:
    from archive.models import Organization, Place

    article = Article.objects.get(title="履职中见真情")
    place = Place.objects.filter(parent__isnull=False, mentions__isnull=False).first()
    return [
        "/",
        reverse("archive:article-list"),
        reverse("archive:article-list") + f"?place={place.pk}",
        reverse("archive:person-list"),
        reverse("archive:organization-list"),
        reverse("archive:place-list") + "?view=list",
        Organization.objects.filter(mentions__isnull=False).first().get_absolute_url(),
        place.get_absolute_url(),
        reverse("search:kwic") + "?q=社区",
        reverse("archive:capture-text", args=[article.captures.first().sha256]),
    ]


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_every_piece_of_archive_content_is_marked_with_its_language(client, imported_samples, language):
    client.post(reverse("set_language"), {"language": language, "next": "/"})
    for url in pages():
        html = get(client, url)
        assert ('<html lang="en">' in html) == (language == "en")
        assert unmarked_content(html) == [], url


def test_the_check_finds_unmarked_content():
    page = '<html lang="en"><body><h1>{}</h1><p lang="zh-Hans">社区</p><p>People: 人物</p></body></html>'
    assert unmarked_content(page.format("履职中见真情")) == ["<h1 class=None>履职中见真情"]
    assert unmarked_content(page.format("Search")) == []


def test_simplified_content_is_zh_hans_in_the_english_interface(client, imported_samples):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    article = Article.objects.get(title="履职中见真情")
    doc = lxml.html.document_fromstring(get(client, article.get_absolute_url()))
    assert doc.get("lang") == "en"
    assert doc.xpath('//h1[@id="article-title"]/span')[0].get("lang") == "zh-Hans"
    assert doc.xpath('//div[@class="body"]')[0].get("lang") == "zh-Hans"
    assert marked_lang(doc.xpath('//p[@class="legend"]')[0]) is None  # the interface's words stay English
    assert marked_lang(doc.get_element_by_id("cite-h")) is None
    person = doc.xpath(f'//aside//a[@href="{Person.objects.get(name="潘晓喆").get_absolute_url()}"]')[0]
    assert person.get("lang") == "zh-Hans"


TRADITIONAL = """社區志願者堅守崗位
2021年3月5日 來源：某某日報
記者 陳大文
連日來，台北市的社區志願者們每天清晨就來到檢測點，協助居民登記、維持秩序。
里長王國華說，鄰里之間互相幫助，讓大家安心度過這段艱難的時期。
志願者們表示，只要社區需要，他們就會一直堅持下去。
"""


def test_a_traditional_script_article_is_marked_zh_hant(client, db, tmp_path):
    page = tmp_path / "traditional.txt"
    page.write_text(TRADITIONAL, encoding="utf-8")
    assert run_import(page)[0] == 0
    article = Article.objects.get()
    assert "志願者" in article.title
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    html = get(client, article.get_absolute_url())
    doc = lxml.html.document_fromstring(html)
    assert doc.xpath('//h1[@id="article-title"]/span')[0].get("lang") == "zh-Hant"
    assert doc.xpath('//div[@class="body"]')[0].get("lang") == "zh-Hant"
    assert unmarked_content(html) == []
    listing = lxml.html.document_fromstring(get(client, reverse("archive:article-list")))
    assert (
        listing.xpath(f'//ol[@class="articles"]//a[@href="{article.get_absolute_url()}"]')[0].get("lang")
        == "zh-Hant"
    )
    people = lxml.html.document_fromstring(get(client, reverse("archive:person-list")))
    traditional = people.xpath('//ol[@class="entities"]/li[@lang="zh-Hant"]/a/text()')
    assert "王國華" in traditional, Person.objects.values_list("name", flat=True)
    results = get(client, reverse("search:results") + "?q=志愿者")  # simplified query, traditional text
    hit = lxml.html.document_fromstring(results).xpath('//li[@class="hit"]/h2/a')[0]
    assert hit.get("lang") == "zh-Hant"
    assert unmarked_content(results) == []


def test_query_help_table_has_header_cells(client, db):
    doc = lxml.html.document_fromstring(get(client, reverse("search:results")))
    table = doc.xpath('//details[@class="query-help"]/table')[0]
    assert [th.get("scope") for th in table.xpath("thead//th")] == ["col", "col"]
    rows = table.xpath("tbody/tr")
    assert rows and all(row[0].tag == "th" and row[0].get("scope") == "row" for row in rows)


@pytest.mark.parametrize(("language", "label"), [("en", "Skip to results"), ("zh-hans", "跳到结果")])
def test_results_page_has_a_skip_link_to_the_results(client, imported_samples, language, label):
    client.post(reverse("set_language"), {"language": language, "next": "/"})
    doc = lxml.html.document_fromstring(get(client, reverse("search:results") + "?q=社区"))
    skips = doc.xpath('//a[@class="skip"]')
    assert [a.get("href") for a in skips] == ["#content", "#after-facets", "#results"]  # one page only
    assert skips[2].text_content() == label
    results = doc.get_element_by_id("results")
    assert results.get("tabindex") == "-1" and results.xpath('ol[@class="hits"]/li[@class="hit"]')
    # the skip links come before everything else that takes focus (the facets included)
    focusable = doc.xpath("//body//a[@href] | //body//input[not(@type='hidden')] | //body//button")
    assert focusable[:3] == skips


def test_the_other_pages_mark_archive_content_too(client, imported_samples):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    for url in more_pages():
        assert unmarked_content(get(client, url)) == [], url


def test_a_query_with_no_match_is_echoed_marked_and_escaped(client, imported_samples):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    html = get(client, reverse("search:results") + "?q=<b>没有这样的词语</b>")
    assert unmarked_content(html) == []
    assert '<span lang="zh-Hans">&lt;b&gt;没有这样的词语&lt;/b&gt;</span>' in html
