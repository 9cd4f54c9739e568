"""Results without an outlet or without a date (real import and index): the outlet, year and month facets
state how many there are ("no outlet", "no date"), on the page, in its JSON and in the facet counts
download, so each facet's counts and that number sum to the total."""

from __future__ import annotations

import csv
import io

import pytest

from tests.conftest import run_import

pytestmark = pytest.mark.django_db(transaction=True)

PAGES = {
    # an outlet and a date
    "dated.txt": "菜场排起长队\n来源：河东日报\n2021-03-02 09:00\n菜场门口排起长队，志愿者给老人发放口罩。\n",
    "dated2.txt": "口罩送进楼道\n来源：河东日报\n2022-05-06 18:30\n楼道里，志愿者把口罩送到每户门口。\n",
    # no date line
    "undated.txt": "口罩够不够\n来源：河东日报\n街道干部清点仓库里的口罩，答应明天送到。\n",
    # no outlet: neither a source line nor anything naming one
    "no_outlet.txt": "夜里的值守\n2022-05-07 22:00\n值守的志愿者裹着大衣，口罩上结了一层霜。\n",
}


@pytest.fixture
def mixed(tmp_path):
    for name, text in PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    code, _out, err = run_import(*(tmp_path / name for name in PAGES))
    assert code == 0, err


def test_the_json_states_the_results_with_no_outlet_and_no_date(client, mixed):
    doc = client.get("/search/", {"q": "口罩", "format": "json"}).json()
    assert doc["total"] == 4
    assert doc["facet_missing"] == {"outlet": 1, "year": 1, "month": 1}
    for name, missing in doc["facet_missing"].items():
        assert sum(v["count"] for v in doc["facets"][name]) + missing == doc["total"], name
    dated = client.get("/search/", {"q": "口罩", "year": "2022", "format": "json"}).json()
    assert dated["total"] == 2 and dated["facet_missing"] == {"outlet": 1, "year": 0, "month": 0}


def test_the_page_names_the_undated_and_outletless_results_beside_the_facets(client, mixed):
    html = client.get("/search/", {"q": "口罩"}).content.decode()
    outlet = html.split('id="facet-outlet"')[1].split("</section>")[0]
    year = html.split('id="facet-year"')[1].split("</section>")[0]
    assert '<p class="missing">无来源（仅有网站，或都没有） <span class="count">1</span></p>' in outlet
    assert '<p class="missing">无日期 <span class="count">1</span></p>' in year
    # A chosen year: the year facet is counted as if none were chosen, its "no date" too.
    chosen = client.get("/search/", {"q": "口罩", "year": "2022"}).content.decode()
    assert '<p class="missing">无日期 <span class="count">1</span></p>' in chosen.split('id="facet-year"')[1]
    # Nothing is missing: no line.
    dated = client.get("/search/", {"q": "菜场"}).content.decode()  # dated, with an outlet
    assert 'class="missing"' not in dated


def test_the_facet_counts_download_has_a_row_for_the_results_with_no_value(client, mixed):
    response = client.get("/search/facets/", {"q": "口罩"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    for name in ("outlet", "year", "month"):
        assert sum(int(r["count"]) for r in rows if r["facet"] == name) == 4, name
    assert [r["label"] for r in rows if r["facet"] == "year" and r["value"] == ""] == ["无日期"]
    data = client.get("/search/facets/", {"q": "口罩", "format": "json"}).json()
    assert len(data["facets"]) == len(rows)
