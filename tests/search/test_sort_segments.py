"""Sorting by date over an index whose first segment holds only undated articles: Whoosh's
MultiColumnReader mapped that segment's documents into the next segment's column (at offset -1), so
an undated page imported before a dated dataset broke every date sort (503) and every feed (500)."""

from __future__ import annotations

import pytest

from archive.models import Article
from tests.conftest import run_import

pytestmark = pytest.mark.django_db(transaction=True)


def test_date_sorts_and_feeds_work_after_an_undated_page_then_dated_rows(client, tmp_path):
    (tmp_path / "first").mkdir()
    (tmp_path / "first" / "undated.txt").write_text(
        "网格员的一天\n\n网格员韦晓岚在小区门口登记来往的志愿者车辆。\n", encoding="utf-8"
    )
    (tmp_path / "then").mkdir()
    (tmp_path / "then" / "rows.csv").write_text(
        "标题,正文,日期,来源\n"
        "卡点值守第一天,志愿者骆志平在卡点值守。,2021-06-01,清河日报\n"
        "卡点值守第二天,志愿者骆志平又在卡点值守。,2021-06-02,清河日报\n",
        encoding="utf-8",
    )
    assert run_import(tmp_path / "first")[0] == 0 and run_import(tmp_path / "then")[0] == 0
    Article.objects.update(status=Article.Status.PUBLISHED)
    for sort, expected in (
        ("newest", ["卡点值守第二天", "卡点值守第一天", "网格员的一天"]),
        ("oldest", ["卡点值守第一天", "卡点值守第二天", "网格员的一天"]),  # undated last both ways
    ):
        response = client.get("/search/", {"q": "志愿者", "sort": sort, "format": "json"})
        assert response.status_code == 200
        assert [hit["title"] for hit in response.json()["results"]] == expected
    assert client.get("/search/", {"q": ""}).status_code == 200
    assert client.get("/search/feed/", {"q": "志愿者"}).status_code == 200
