"""An article keeps its outlet as its page prints it. 晨光日報 and 晨光日报 are one outlet record
(named as first imported), but a citation, the export and the article's page give each article the
form its own page printed; where a curator moves an article to another outlet, the record's name.
Articles written for this test."""

from __future__ import annotations

from importlib import import_module

import pytest
from django.apps import apps

from archive.citations import work_of
from archive.models import Article, Outlet
from archive.services import export_rows
from archive.sources import merge_sources
from tests.archive.test_outlet_written_forms import OTHER as EVENING
from tests.archive.test_outlet_written_forms import SIMPLIFIED, TRADITIONAL
from tests.conftest import import_text as _import

pytestmark = pytest.mark.django_db(transaction=True)


def _source(article: Article) -> str | None:
    (row,) = export_rows(Article.objects.filter(pk=article.pk))
    return row["source"]


@pytest.fixture
def two_scripts(tmp_path):
    return _import(tmp_path, "a.txt", TRADITIONAL), _import(tmp_path, "b.txt", SIMPLIFIED)


def test_one_record_but_each_article_keeps_the_form_its_page_printed(client, two_scripts):
    first, second = two_scripts
    assert first.outlet_id == second.outlet_id and Outlet.objects.get().name == "晨光日報"
    assert (_source(first), _source(second)) == ("晨光日報", "晨光日报")
    assert work_of(second, "http://archive.test/a/").outlet == "晨光日报"
    data = client.get(second.get_absolute_url(), {"format": "json"}).json()
    assert data["outlet"] == "晨光日报"
    page = client.get(second.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "晨光日报</a>" in page and "recorded as" in page
    page = client.get(first.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "recorded as" not in page  # printed as the record is named
    # the lists say it as the JSON does (QA: the HTML lists gave the record's name)
    for url, query in (("/search/", {"q": "楼栋长"}), (f"/articles/?outlet={second.outlet_id}", {})):
        listed = client.get(url, query).content.decode()
        assert "晨光日报" in listed and second.get_absolute_url() in listed


def test_a_merge_keeps_each_articles_printed_form(tmp_path, two_scripts):
    first, _second = two_scripts
    evening = _import(tmp_path, "c.txt", EVENING)
    merge_sources(Outlet, first.outlet, [evening.outlet], reason="one paper, two editions (test)")
    evening.refresh_from_db()
    assert evening.outlet_id == first.outlet_id
    assert _source(evening) == "晨光晚报"  # now one of the survivor's written forms


def test_an_article_moved_to_another_outlet_gives_that_outlets_name(tmp_path, two_scripts):
    _first, second = two_scripts
    other = Outlet.objects.create(name="江城新闻网")
    second.outlet = other
    second.save()
    assert _source(second) == "江城新闻网" and second.outlet_name == "江城新闻网"


def test_the_migration_gives_older_articles_their_records_name(two_scripts):
    first, second = two_scripts
    Article.objects.update(outlet_text="", site_text="")  # as an archive from before the field
    import_module("archive.migrations.0015_printed_source").fill_printed(apps, None)
    assert set(Article.objects.values_list("outlet_text", flat=True)) == {"晨光日報"}
    assert _source(second) == "晨光日報"


def test_a_renamed_outlet_keeps_its_former_name_and_its_articles_printed_forms(
    curator, tmp_path, two_scripts
):
    first, second = two_scripts
    outlet = first.outlet
    before = Article.objects.get(pk=first.pk).updated_at
    response = curator.post(
        f"/admin/archive/outlet/{outlet.pk}/change/", {"name": "晨光日报社", "aliases": ""}
    )
    assert response.status_code == 302
    outlet.refresh_from_db()
    assert outlet.name == "晨光日报社" and outlet.aliases == ["晨光日報"]
    assert (_source(first), _source(second)) == ("晨光日報", "晨光日报")  # as their pages print it
    assert Article.objects.get(pk=first.pk).updated_at > before  # OAI harvesters fetch the new publisher
    later = _import(
        tmp_path, "d.txt", SIMPLIFIED.replace("楼栋长连夜", "楼栋长清晨").replace("连夜把", "清晨把")
    )
    assert later.outlet_id == outlet.pk and Outlet.objects.count() == 1
