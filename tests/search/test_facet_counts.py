"""Facet counts of a search as a download (CSV, JSON): every value of every facet, the same numbers
the results page shows, formula-safe cells."""

from __future__ import annotations

import csv
import io

import pytest

from archive.models import Outlet

pytestmark = pytest.mark.django_db(transaction=True)


def test_facet_counts_download_every_value_with_the_counts_the_results_page_gives(client, imported_samples):
    page = client.get("/search/", {"q": "社区", "format": "json"}).json()
    response = client.get("/search/facets/", {"q": "社区"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert {r["facet"] for r in rows} >= {"outlet", "year", "place", "person"}
    data = client.get("/search/facets/", {"q": "社区", "format": "json"}).json()
    assert data["total"] == page["total"] and len(data["facets"]) == len(rows)
    years = {r["label"]: int(r["count"]) for r in rows if r["facet"] == "year"}
    assert sum(years.values()) <= page["total"] and all(n > 0 for n in years.values())
    # More values than the page's default of 12 per facet: the download is not cut.
    assert sum(r["facet"] == "place" for r in rows) > 12


def test_facet_count_cells_are_formula_safe_unless_raw(client, imported_samples):
    Outlet.objects.filter(name="永州日报").update(name="=HYPERLINK(1)日报")
    from archive.indexing import sync_articles
    from archive.models import Article

    sync_articles(Article.objects.values_list("pk", flat=True))
    safe = client.get("/search/facets/", {"q": "社区"}).content.decode("utf-8-sig")
    raw = client.get("/search/facets/", {"q": "社区", "raw": "1"}).content.decode("utf-8-sig")
    assert "'=HYPERLINK(1)日报" in safe and ",=HYPERLINK(1)日报" in raw
    assert client.get("/search/facets/", {"q": "社区", "format": "xml"}).status_code == 400
