"""The engine boundary through the real pages: grouping, every date edge, facet filters, and the
database's status re-checked on everything that leaves search."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from django.urls import reverse

from archive.models import Article, Mention
from search.selectors import result_ids, search
from tests.conftest import ROOT


def found(q: str, **filters) -> set[int]:
    return set(result_ids({"q": q, **filters}))


def containing(text: str) -> set[int]:
    return {a.pk for a in Article.objects.published() if text in a.title + "\n" + a.subtitle + "\n" + a.body}


def test_brackets_group_nest_and_exclude_a_whole_group(imported_samples):
    a, b, c = containing("核酸"), containing("病毒"), containing("物资")
    d, e = containing("口罩"), containing("学校")
    assert (a | b) & c and c - (a | b) and len({frozenset(x) for x in (a, b, c, d, e)}) == 5
    assert found("(核酸 OR 病毒) 物资") == (a | b) & c
    assert found("（核酸 OR 病毒） 物资") == (a | b) & c  # full-width brackets
    assert found("物资 -(核酸 OR 病毒)") == c - (a | b)
    assert found("((病毒 OR 口罩) 物资) OR 学校") == ((b | d) & c) | e
    assert found("-(核酸 物资)") == set(Article.objects.values_list("pk", flat=True)) - (a & c)
    assert search({"q": "(核酸 OR 病毒) 物资"}).parsed.highlight_texts() == ["核酸", "病毒", "物资"]
    assert search({"q": "物资 -(核酸 OR 病毒)"}).parsed.highlight_texts() == ["物资"]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "date:0001-01-01..9999-12-31"},
        {"q": "社区 year:0001"},
        {"q": "社区 year:10000"},
        {"q": "社区 date:9999"},
        {"q": "社区 date:2020-02-30"},
        {"q": "社区 date:2021..2020"},
        {"q": "社区 date:..0001"},
        {"q": "社区", "date_from": "0001"},
        {"q": "社区", "date_to": "99999"},
        {"q": "社区", "date_from": "2021", "date_to": "2019"},
        {"q": "社区", "date_from": "昨天"},
        {"q": "社区", "date_from": "2020..2021"},
        {"q": "社区 year:2021", "date_to": "2019"},
    ],
)
def test_no_date_input_gives_a_server_error_and_each_ignored_part_is_named(client, imported_samples, params):
    for fmt in ("json", "html"):
        response = client.get(reverse("search:results"), {**params, "format": fmt})
        assert response.status_code == 200, (params, fmt)
    notices = client.get(reverse("search:results"), {**params, "format": "json"}).json()["notices"]
    assert notices, params
    for path in ("search:kwic", "search:export"):
        assert client.get(reverse(path), params).status_code == 200


def test_out_of_range_years_are_ignored_and_reversed_ranges_turned_round(client, imported_samples):
    every = found("社区")
    assert found("社区 year:0001") == found("社区 date:0001-01-01..9999-12-31") == every
    dated = Article.objects.exclude(published_at=None).order_by("published_at")
    first, last = dated.first().published_at.year, dated.last().published_at.year
    assert found(f"社区 date:{last}..{first}") == found(f"社区 date:{first}..{last}")
    assert found("社区", date_from=None, date_to=None) == every
    for year in ("10000", "0", "-5", "0001", "abc"):
        assert client.get("/articles/", {"year": year}).status_code == 200


def test_an_article_hidden_by_a_bulk_update_leaves_search_everywhere(client, imported_samples):
    article = Article.objects.get(body__contains="潘晓喆")
    person = Mention.objects.filter(article=article, person__isnull=False).first().person
    Article.objects.filter(pk=article.pk).update(status=Article.Status.HIDDEN)  # no signal, index untouched
    data = client.get(reverse("search:results"), {"q": "潘晓喆", "format": "json"}).json()
    assert data["total"] == 0 and data["results"] == []
    browse = client.get(reverse("search:results"), {"format": "json"}).json()
    assert article.pk not in {r["id"] for r in browse["results"]}
    assert browse["total"] == Article.objects.published().count()
    still = (
        Mention.objects.filter(person=person, article__status=Article.Status.PUBLISHED)
        .exclude(status=Mention.Status.REJECTED)
        .values("article")
        .distinct()
        .count()
    )
    counts = {f["value"]: f["count"] for f in browse["facets"].get("person", [])}
    assert counts.get(str(person.pk), 0) == still
    html = client.get(reverse("search:results"), {"q": "潘晓喆"}).content.decode()
    assert article.get_absolute_url() not in html
    kwic = client.get(reverse("search:kwic"), {"q": "潘晓喆"}).content.decode()
    assert article.get_absolute_url() not in kwic and "潘晓喆</mark>" not in kwic
    for fmt in ("jsonl", "csv"):
        body = b"".join(
            client.get(reverse("search:export"), {"q": "潘晓喆", "format": fmt}).streaming_content
        )
        assert "潘晓喆".encode() not in body
    rows = b"".join(client.get(reverse("search:export"), {"format": "jsonl"}).streaming_content).decode()
    assert article.pk not in {json.loads(line)["id"] for line in rows.splitlines()}


def test_facet_values_or_within_and_across_exclude_and_limit(imported_samples):
    outlets = list(
        Article.objects.published().exclude(outlet=None).values_list("outlet_id", flat=True).distinct()
    )
    assert len(outlets) >= 2
    one, two = outlets[:2]
    by_outlet = {
        o: set(Article.objects.published().filter(outlet_id=o).values_list("pk", flat=True)) for o in outlets
    }
    everything = set(Article.objects.published().values_list("pk", flat=True))
    assert found("", outlet=[one, two]) == by_outlet[one] | by_outlet[two]  # OR within a facet
    assert found("", not_outlet=[one]) == everything - by_outlet[one]
    assert found("", outlet=[one, two], not_outlet=[two]) == by_outlet[one]
    year = str(Article.objects.published().exclude(published_at=None).first().published_at.year)
    in_year = found("", year=[year])
    assert (
        found("", outlet=[one, two], year=[year]) == (by_outlet[one] | by_outlet[two]) & in_year
    )  # AND across
    full = search({"q": ""}).facets
    every = search({"q": "", "facet_limit": 0}).facets  # facet_limit=all
    assert len(every["org"]) > len(full["org"]) == 12  # more organisations than the default shows
    for param, values in full.items():
        assert every[param][: len(values)] == values
    limited = search({"q": "", "facet_limit": 1}).facets
    assert all(len(v) <= 1 for v in limited.values()) and limited["outlet"] == full["outlet"][:1]
    page = search({"q": "", "not_outlet": [one]})
    assert all(f.value != str(one) for f in page.facets["outlet"])


def test_the_archive_app_never_imports_search():
    offenders = []
    for path in (ROOT / "archive").rglob("*.py"):
        for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.relative_to(ROOT)}: {n}" for n in names if n == "search" or n.startswith("search.")
            ]
    assert offenders == []
