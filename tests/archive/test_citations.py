"""Citations: the GB/T 7714 and APA texts on the sample articles, and the RIS, BibTeX and CSL-JSON
downloads (one article, a whole result set) read back by real parsers: rispy, bibtexparser, citeproc-py."""

from __future__ import annotations

import json
from datetime import date

import bibtexparser
import pytest
import rispy
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from django.utils import timezone

from archive.citations import cite
from archive.models import Article

pytestmark = pytest.mark.django_db
ACCESSED = date(2026, 11, 30)


def permalink(article: Article) -> str:
    return f"http://testserver/articles/{article.pk}/"


def download(client, url: str, **params) -> str:
    response = client.get(url, params)
    assert response.status_code == 200, (url, params, response.status_code)
    assert response["Content-Disposition"].startswith("attachment")
    content = response.getvalue() if not response.streaming else b"".join(response.streaming_content)
    return content.decode()


def test_a_subtitled_article_from_the_web_is_cited_whole_as_an_electronic_source(imported_samples):
    """来源：网络 names no outlet: the page is an [EB/OL] of its website, never "published by 网络"."""
    article = Article.objects.get(title="履职中见真情")
    assert article.outlet.name == "网络" and article.site.name == "同花顺经济网"
    c = cite(article, permalink(article), ACCESSED)
    title = "履职中见真情——战“疫”中的上海基层干部"
    assert c.gbt7714 == f"{title}[EB/OL]. 同花顺经济网, (2022-05-09)[2026-11-30]. {permalink(article)}."
    assert c.apa == f"{title}. (2022, May 9). 同花顺经济网. {permalink(article)}"
    assert ("citation_title", title) in c.meta and not any(
        name == "citation_journal_title" for name, _ in c.meta
    )


@pytest.mark.parametrize("written", ["網絡", "網路"])
def test_from_the_web_in_traditional_script_is_no_outlet_either(imported_samples, written):
    from archive.models import Outlet

    article = Article.objects.get(title="履职中见真情")
    article.outlet = Outlet.objects.create(name=written)
    c = cite(article, permalink(article), ACCESSED)
    assert "[EB/OL]. 同花顺经济网" in c.gbt7714 and written not in c.gbt7714  # it was [N/OL]. 網絡


def test_a_newspaper_article_is_cited_with_its_authors_outlet_and_subtitle(imported_samples):
    article = Article.objects.get(title="汇聚“红”力量 守护健康“绿”")
    c = cite(article, permalink(article), ACCESSED)
    title = "汇聚“红”力量 守护健康“绿”——永州市直党员干部助力零陵抗疫工作纪实"
    assert (
        c.gbt7714 == f"彭沛, 黎俊. {title}[N/OL]. 永州日报, 出版日期不详[2026-11-30]. {permalink(article)}."
    )
    assert c.apa == f"彭沛, & 黎俊. (n.d.). {title}. 永州日报. {permalink(article)}"


def test_a_page_without_headline_or_outlet_gets_a_supplied_title_in_brackets(imported_samples):
    article = Article.objects.get(is_title_derived=True)
    assert article.outlet is None and article.site is None
    c = cite(article, permalink(article), ACCESSED)
    assert c.gbt7714 == f"[{article.title}][EB/OL]. [2026-11-30]. {permalink(article)}."
    assert c.apa == f"[{article.title}]. (n.d.). {permalink(article)}"
    assert "社区抗疫故事档案" not in c.gbt7714 + c.apa  # the archive is not the publisher


def test_an_article_downloads_as_ris_bibtex_and_csl_json_that_real_parsers_read(client, imported_samples):
    news = Article.objects.get(title="汇聚“红”力量 守护健康“绿”")
    web = Article.objects.get(title="履职中见真情")
    for article, kind in ((news, "NEWS"), (web, "ELEC")):
        [entry] = rispy.loads(download(client, article.get_absolute_url(), format="ris"))
        assert entry["type_of_reference"] == kind
        assert entry["title"].startswith(article.title + "——" + article.subtitle)
        assert entry["urls"] == [permalink(article)] and entry["language"] == "zh-Hans"
        assert entry["access_date"] == timezone.localdate().strftime("%Y/%m/%d")
    [entry] = rispy.loads(download(client, news.get_absolute_url(), format="ris"))
    assert entry["authors"] == ["彭沛", "黎俊"] and entry["secondary_title"] == "永州日报"
    [entry] = rispy.loads(download(client, web.get_absolute_url(), format="ris"))
    assert (
        entry["publisher"] == "同花顺经济网"
        and entry["date"] == "2022/05/09"
        and "secondary_title" not in entry
    )

    library = bibtexparser.parse_string(download(client, news.get_absolute_url(), format="bibtex"))
    assert not library.failed_blocks
    [bib] = library.entries
    assert bib.entry_type == "article" and bib.key == f"archive{news.pk}"
    assert bib.fields_dict["author"].value == "{彭沛} and {黎俊}"
    assert bib.fields_dict["journaltitle"].value == "永州日报" and "urldate" in bib.fields_dict
    assert bib.fields_dict["title"].value == "汇聚“红”力量 守护健康“绿”——永州市直党员干部助力零陵抗疫工作纪实"
    [bib] = bibtexparser.parse_string(download(client, web.get_absolute_url(), format="bibtex")).entries
    assert bib.entry_type == "online" and bib.fields_dict["date"].value == "2022-05-09"

    items = json.loads(download(client, news.get_absolute_url(), format="csl"))
    rendered = render_csl(items + json.loads(download(client, web.get_absolute_url(), format="csl")))
    assert "彭沛" in rendered[0] and "永州日报" in rendered[0] and "汇聚“红”力量" in rendered[0]
    assert "履职中见真情——战“疫”中的上海基层干部" in rendered[1] and "2022" in rendered[1]
    assert "Accessed" in rendered[0]


def test_a_traditional_script_article_is_cited_in_the_language_its_page_marks(client, db, tmp_path):
    """A Big5 page in traditional script: CSL's language and RIS's LA say zh-Hant, as the article page's
    lang does (it said zh-CN); a simplified one says zh-Hans in both."""
    text = (
        "社區志願者堅守抗疫一線\n2022年4月8日 來源：香港文匯報\n"
        "記者 陳嘉欣\n連日來，灣仔區的志願者們每天清晨便來到社區服務中心，協助居民登記、派發物資。"
        "志願者表示，只要居民有需要，他們就會堅持下去。\n"
    )
    path = tmp_path / "trad.txt"
    path.write_bytes(text.encode("big5"))
    from tests.conftest import run_import

    assert run_import(path)[0] == 0
    article = Article.objects.get(captures__file_name="trad.txt")
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'class="body" lang="zh-Hant"' in page
    [item] = json.loads(download(client, article.get_absolute_url(), format="csl"))
    assert item["language"] == "zh-Hant"
    [entry] = rispy.loads(download(client, article.get_absolute_url(), format="ris"))
    assert entry["language"] == "zh-Hant"
    assert render_csl([item])  # citeproc-py still reads it
    simplified = tmp_path / "simp.txt"
    import opencc

    simplified.write_text(opencc.OpenCC("t2s").convert(text), encoding="utf-8")
    assert run_import(simplified)[0] == 0
    other = Article.objects.get(captures__file_name="simp.txt")
    [item] = json.loads(download(client, other.get_absolute_url(), format="csl"))
    assert item["language"] == "zh-Hans"


def render_csl(items: list[dict]) -> list[str]:
    """The CSL-JSON items as a bibliography in a real CSL style, by citeproc-py."""
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    by_key = dict(zip(bibliography.keys, bibliography.bibliography(), strict=True))
    return [str(by_key[item["id"].lower()]) for item in items]


def test_a_whole_result_set_downloads_uncapped_in_every_format(client, imported_samples, settings):
    expected = set(Article.objects.filter(body__contains="社区").values_list("pk", flat=True))
    assert len(expected) >= 3
    settings.HAYSTACK_SEARCH_RESULTS_PER_PAGE = 1  # one hit a page: the download is still every match
    entries = rispy.loads(download(client, "/search/cite/", q="社区", format="ris"))
    assert {int(e["notes"][0].rsplit("/", 2)[1]) for e in entries} == expected
    library = bibtexparser.parse_string(download(client, "/search/cite/", q="社区", format="bibtex"))
    assert {int(e.key.removeprefix("archive")) for e in library.entries} == expected
    items = json.loads(download(client, "/search/cite/", q="社区", format="csl"))
    assert {int(i["id"].removeprefix("archive")) for i in items} == expected
    assert len(render_csl(items)) == len(expected)
    assert client.get("/search/cite/", {"q": "社区", "format": "doc"}).status_code == 400


def test_a_hidden_article_has_no_citation_for_the_public(client, imported_samples):
    article = Article.objects.get(title="履职中见真情")
    article.status = Article.Status.HIDDEN
    article.hidden_reason = "checking the source"
    article.save()
    assert client.get(article.get_absolute_url(), {"format": "ris"}).status_code == 404
    assert client.get(article.get_absolute_url(), {"format": "pdf"}).status_code == 404


def test_the_article_page_offers_the_downloads_and_a_copy_button_without_inline_script(
    client, imported_samples
):
    article = Article.objects.get(title="履职中见真情")
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'href="?format=ris"' in html and 'href="?format=bibtex"' in html and 'href="?format=csl"' in html
    assert (
        'data-copy="cite-gbt"' in html and '<script src="/static/js/copy-citation.js" defer></script>' in html
    )
    assert "<script>" not in html
    refused = client.get(article.get_absolute_url(), {"format": "pdf"}, HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert refused.status_code == 400 and refused["Content-Type"].startswith("text/html")
    assert "此页面不提供该格式。" in refused.content.decode() and "请求有误" in refused.content.decode()
