"""OAI-PMH at /oai/: harvested by a real client (oaipmh-scythe) from Django's live server, and every
protocol error through the test client."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Article
from tests.conftest import SAMPLES, run_import

pytestmark = pytest.mark.django_db(transaction=True)
NS = {"o": "http://www.openarchives.org/OAI/2.0/", "dc": "http://purl.org/dc/elements/1.1/"}


@pytest.fixture
def archive(db):
    assert run_import(SAMPLES)[0] == 0
    return list(Article.objects.order_by("pk"))


def harvester(live_server):
    from oaipmh_scythe import Scythe
    from oaipmh_scythe.config import HTTPConfig

    return Scythe(live_server.url + "/oai/", http_config=HTTPConfig(timeout=30))


def oai(client, **params) -> ET.Element:
    response = client.get("/oai/", params)
    assert response.status_code == 200 and response["Content-Type"] == "text/xml; charset=utf-8"
    return ET.fromstring(response.content)  # noqa: S314 - our own server's response


def error_code(client, **params) -> str:
    errors = oai(client, **params).findall("o:error", NS)
    assert len(errors) == 1, params
    return errors[0].get("code")


def hide(article: Article) -> None:
    article.status = Article.Status.HIDDEN
    article.hidden_reason = "duplicate of another story"
    article.save()


def test_a_full_harvest_with_resumption_equals_the_published_articles(live_server, archive, settings):
    settings.ARCHIVE_OAI_PAGE_SIZE = 2  # five articles → three pages, two resumption tokens
    hide(archive[0])
    published = {a.pk: a for a in Article.objects.published()}
    with harvester(live_server) as scythe:
        records = list(scythe.list_records(metadata_prefix="oai_dc"))
    live = {int(r.header.identifier.rsplit("/", 1)[1]): r for r in records if not r.deleted}
    deleted = [r.header.identifier for r in records if r.deleted]
    assert sorted(live) == sorted(published) and len(records) == 5
    assert deleted == [f"oai:localhost:article/{archive[0].pk}"]
    article = Article.objects.get(title="履职中见真情")
    dc = live[article.pk].metadata
    assert dc["title"] == [f"履职中见真情——{article.subtitle}"]
    assert dc["identifier"] == [f"{live_server.url}/articles/{article.pk}/"]
    assert article.outlet.name == "网络" and dc["publisher"] == ["同花顺经济网"]  # from the web: its site
    assert dc["language"] == ["zh"] and dc["type"] == ["Text"] and "潘晓喆" in dc["subject"]
    assert dc["date"] == ["2022-05-09T16:18:00+08:00"] and "creator" not in dc
    news = live[Article.objects.get(title="汇聚“红”力量 守护健康“绿”").pk].metadata
    assert news["creator"] == ["彭沛", "黎俊"] and news["publisher"] == ["永州日报"]
    capture = article.captures.get()
    assert dc["relation"] == [f"{live_server.url}/captures/{capture.sha256}/"]


def test_an_incremental_harvest_after_a_hide_shows_the_deletion(live_server, archive):
    # The archive was last harvested an hour ago; nothing changed since, until a curator hides one.
    Article.objects.update(updated_at=datetime.now(UTC) - timedelta(hours=2))
    since = (datetime.now(UTC) - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with harvester(live_server) as scythe:
        from oaipmh_scythe.exceptions import NoRecordsMatch

        with pytest.raises(NoRecordsMatch):
            list(scythe.list_records(from_=since))
        hide(archive[2])
        records = list(scythe.list_records(from_=since))
        headers = list(scythe.list_identifiers(from_=since))
    assert [(r.header.identifier, r.deleted) for r in records] == [
        (f"oai:localhost:article/{archive[2].pk}", True)
    ]
    assert [h.deleted for h in headers] == [True]
    archive[2].status = Article.Status.PUBLISHED
    archive[2].save()  # published again: an update with metadata
    with harvester(live_server) as scythe:
        records = list(scythe.list_records(from_=since))
    assert [r.deleted for r in records] == [False] and records[0].metadata["title"]


def test_an_article_deleted_from_the_database_stays_a_deleted_record(client, archive):
    gone = archive[1].pk
    archive[1].delete()
    identifier = f"oai:testserver:article/{gone}"
    root = oai(client, verb="GetRecord", identifier=identifier, metadataPrefix="oai_dc")
    header = root.find("o:GetRecord/o:record/o:header", NS)
    assert header.get("status") == "deleted" and root.find("o:GetRecord/o:record/o:metadata", NS) is None
    listed = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    ids = [h.findtext("o:identifier", namespaces=NS) for h in listed.iterfind(".//o:header", NS)]
    assert identifier in ids and len(ids) == 5
    assert error_code(client, verb="ListMetadataFormats", identifier=identifier) == "noMetadataFormats"


def test_identify_metadata_formats_sets_and_set_filters(client, archive):
    root = oai(client, verb="Identify")
    assert root.findtext("o:Identify/o:deletedRecord", namespaces=NS) == "transient"
    assert root.findtext("o:Identify/o:granularity", namespaces=NS) == "YYYY-MM-DDThh:mm:ssZ"
    assert root.findtext("o:Identify/o:baseURL", namespaces=NS) == "http://testserver/oai/"
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", root.findtext(".//o:earliestDatestamp", namespaces=NS)
    )
    formats = oai(client, verb="ListMetadataFormats")
    assert [p.text for p in formats.iterfind(".//o:metadataPrefix", NS)] == ["oai_dc"]
    specs = [s.text for s in oai(client, verb="ListSets").iterfind(".//o:setSpec", NS)]
    article = Article.objects.get(title="履职中见真情")
    year = f"year:{article.published_at.year}"
    assert "outlet" in specs and f"outlet:{article.outlet_id}" in specs and "year" in specs and year in specs
    in_outlet = oai(
        client, verb="ListIdentifiers", metadataPrefix="oai_dc", set=f"outlet:{article.outlet_id}"
    )
    assert len(in_outlet.findall(".//o:header", NS)) == article.outlet.articles.count()
    in_year = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set=year)
    expected = Article.objects.filter(published_at__year=article.published_at.year).count()
    assert len(in_year.findall(".//o:header", NS)) == expected


def test_a_set_spec_with_a_colon_and_nothing_after_it_is_no_set(client, archive):
    """`outlet:` and `year:` are not in ListSets (only `outlet`, `outlet:N`, `year`, `year:YYYY` are):
    they match no records, as any other set not listed, instead of standing for `outlet` or `year`."""
    listed = {s.text for s in oai(client, verb="ListSets").iterfind(".//o:setSpec", NS)}
    for spec in ("outlet:", "year:", "outlet: ", ":", "outlet:x"):
        assert spec not in listed
        for verb in ("ListIdentifiers", "ListRecords"):
            assert error_code(client, verb=verb, metadataPrefix="oai_dc", set=spec) == "noRecordsMatch", spec
    whole = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="outlet")
    assert len(whole.findall(".//o:header", NS)) == Article.objects.filter(outlet__isnull=False).count()


def test_every_protocol_error_has_its_code(client, archive, settings):
    assert error_code(client) == "badVerb"
    assert error_code(client, verb="Harvest") == "badVerb"
    assert error_code(client, verb="ListRecords") == "badArgument"  # no metadataPrefix
    assert error_code(client, verb="Identify", extra="1") == "badArgument"
    assert (
        error_code(client, verb="ListRecords", metadataPrefix="oai_dc", **{"from": "2020-13-45"})
        == "badArgument"
    )
    mixed = {"from": "2020-01-01", "until": "2021-01-01T00:00:00Z"}
    assert error_code(client, verb="ListRecords", metadataPrefix="oai_dc", **mixed) == "badArgument"
    assert (
        error_code(client, verb="ListRecords", resumptionToken="x", metadataPrefix="oai_dc") == "badArgument"
    )
    assert error_code(client, verb="ListRecords", resumptionToken="forged") == "badResumptionToken"
    assert error_code(client, verb="ListSets", resumptionToken="forged") == "badResumptionToken"
    assert error_code(client, verb="ListRecords", metadataPrefix="mods") == "cannotDisseminateFormat"
    assert (
        error_code(
            client, verb="GetRecord", identifier="oai:testserver:article/999999", metadataPrefix="oai_dc"
        )
        == "idDoesNotExist"
    )
    assert (
        error_code(client, verb="GetRecord", identifier="nonsense", metadataPrefix="oai_dc")
        == "idDoesNotExist"
    )
    assert (
        error_code(client, verb="ListRecords", metadataPrefix="oai_dc", until="1999-01-01")
        == "noRecordsMatch"
    )
    assert (
        error_code(client, verb="ListRecords", metadataPrefix="oai_dc", set="outlet:999999")
        == "noRecordsMatch"
    )
    # A token of one verb is not accepted by another, and a changed token is refused.
    settings.ARCHIVE_OAI_PAGE_SIZE = 2
    token = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc").findtext(
        ".//o:resumptionToken", namespaces=NS
    )
    assert token and error_code(client, verb="ListRecords", resumptionToken=token) == "badResumptionToken"
    assert (
        error_code(client, verb="ListIdentifiers", resumptionToken=token[:-2] + "xx") == "badResumptionToken"
    )
    Article.objects.all().delete()
    Article.history.all().delete()
    from archive.models import Outlet

    Outlet.objects.all().delete()
    assert error_code(client, verb="ListSets") == "noSetHierarchy"
    assert error_code(client, verb="ListRecords", metadataPrefix="oai_dc", set="year") == "noSetHierarchy"
    # Harvesters may POST (protocol 3.1.1.2), without a CSRF token.
    from django.test import Client

    posted = Client(enforce_csrf_checks=True).post("/oai/", {"verb": "Identify"})
    assert posted.status_code == 200 and b"<Identify>" in posted.content
    # badVerb and badArgument echo no arguments in <request>.
    root = oai(client, verb="Nope", metadataPrefix="oai_dc")
    assert root.find("o:request", NS).attrib == {}


def test_a_page_of_records_costs_the_same_queries_however_many_mentions(client, archive, settings):
    settings.ARCHIVE_OAI_PAGE_SIZE = 5
    with CaptureQueriesContext(connection) as ctx:
        oai(client, verb="ListRecords", metadataPrefix="oai_dc")
    assert len(ctx.captured_queries) <= 8, [q["sql"][:80] for q in ctx.captured_queries]
