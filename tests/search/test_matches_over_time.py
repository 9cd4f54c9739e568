"""The search results' chart of matching articles per month: every month between the first and the
last match (empty ones too), round axis values, each bar a link to that month's results, and the same
figures as a table."""

from __future__ import annotations

import re
from datetime import datetime
from html import unescape
from zoneinfo import ZoneInfo

import pytest

from archive.charts import month_chart
from archive.models import Article

pytestmark = pytest.mark.django_db(transaction=True)
CN = ZoneInfo("Asia/Shanghai")


def test_months_between_are_filled_and_the_axis_is_round():
    chart = month_chart({"2021-11": 7, "2022-02": 23})
    assert [(b.value, b.count) for b in chart.bars] == [
        ("2021-11", 7),
        ("2021-12", 0),
        ("2022-01", 0),
        ("2022-02", 23),
    ]
    assert [t.label for t in chart.y_ticks] == ["0", "10", "20", "30"]
    assert [t.label for t in chart.x_ticks] == ["2021-11", "2021-12", "2022-01", "2022-02"]
    tallest = max(chart.bars, key=lambda b: b.height)
    assert tallest.y + tallest.height == chart.bottom and tallest.y > chart.y_ticks[-1].y
    assert month_chart({}) is None and month_chart({"2020-01": 0}) is None
    long = month_chart({"2020-03": 1, "2022-12": 2})
    assert [t.label for t in long.x_ticks] == ["2020-03", "2021", "2022"]


def test_the_results_page_charts_the_query_by_month_and_each_bar_links_to_its_month(client, db):
    plan = {(2021, 3): 3, (2021, 5): 1, (2022, 1): 2}
    n = 0
    for (year, month), count in plan.items():
        for _ in range(count):
            n += 1
            Article.objects.create(
                title=f"志愿者日记{n}",
                body=f"今天志愿者第{n}次上门送菜。",
                published_at=datetime(year, month, 10, tzinfo=CN),
                date_precision="day",
                content_hash=f"h{n}",
            )
    Article.objects.create(title="别的", body="核酸检测。", content_hash="other", published_at=None)
    html = client.get("/search/", {"q": "志愿者"}).content.decode()
    figure = html.split('<figure class="timeline matches-chart"')[1].split("</figure>")[0]
    links = re.findall(r'<a href="([^"]+)" aria-label="([^"]+)"><rect', figure)
    assert [label for _href, label in links] == ["2021-03：3 篇", "2021-05：1 篇", "2022-01：2 篇"]
    assert figure.count("<rect") == 3 and re.findall(r'text-anchor="end">(\d+)</text>', figure) == [
        "0",
        "1",
        "2",
        "3",
    ]
    assert re.findall(r'<text class="x"[^>]*>([^<]+)</text>', figure) == ["2021-03", "2022"]
    table = figure.split("<table")[1]
    assert re.findall(r"<td><a [^>]+>([\d-]+)</a></td><td>(\d+)</td>", table) == [
        ("2021-03", "3"),
        ("2021-05", "1"),
        ("2022-01", "2"),
    ]
    for (href, label), count in zip(links, plan.values(), strict=True):
        data = client.get(unescape(href) + "&format=json").json()
        assert data["total"] == count, label
        assert all(r["published"].startswith(label[:7]) for r in data["results"])
    assert "matches-chart" not in client.get("/search/", {"q": "没有这样的词语"}).content.decode()
