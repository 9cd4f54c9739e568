"""QA round 9, search: snippets of bounded size however densely a long page matches; KWIC paged by
occurrence; KWIC offsets into the article JSON's own strings, contexts never crossing from the
headline into the body; unknown formats, context widths, operators this language lacks, emptied
queries and bracketed alternatives inside a field prefix (real index, real database)."""

from __future__ import annotations

import csv
import io
import re

import pytest
from django.urls import reverse

from archive.models import Article, Mention
from search.analyzers import normalize
from search.highlight import snippets
from search.selectors import result_ids

pytestmark = pytest.mark.django_db(transaction=True)
MARK = re.compile(r"<mark>(.*?)</mark>")


def make_article(title: str, body: str, subtitle: str = "") -> Article:
    return Article.objects.create(
        title=title, subtitle=subtitle, body=body, content_hash=str(abs(hash((title, subtitle, body))))
    )


def plain(html: str) -> str:
    return re.sub(r"</?mark>", "", html).strip("…").replace("&amp;", "&")


def dense(n: int) -> str:
    """One paragraph of n characters where 社 occurs every 7 characters and 社区 every 14."""
    unit = "社区居民志愿者社会组织楼道里"
    return (unit * (n // len(unit) + 1))[:n]


def test_snippets_stay_short_however_densely_a_long_page_matches(client):
    huge = dense(3_000_000)
    started = snippets(huge, ["社"])
    assert 1 <= len(started) <= 3
    for html in started:
        assert len(plain(html)) <= 200 and len(MARK.findall(html)) <= 100
        assert set(MARK.findall(html)) == {"社"} and plain(html) in huge
    article = make_article("楼道通知", dense(40_000))
    data = client.get(reverse("search:results"), {"q": "社", "format": "json"}).json()
    (hit,) = [r for r in data["results"] if r["id"] == article.pk]
    assert 1 <= len(hit["highlights"]) <= 3
    for html in hit["highlights"]:
        assert len(plain(html)) <= 200 and set(MARK.findall(html)) == {"社"}
        text = plain(html)
        # exact: every 社 inside the snippet is marked, nothing else is
        assert html.count("<mark>") == text.count("社") and text in article.body


def test_kwic_pages_by_occurrence_over_a_long_article(client):
    body = dense(42_000)  # 3,000 occurrences of 社区 in one paragraph
    article = make_article("社区的早晨", body)
    expected = [(m.start(), body[max(0, m.start() - 10) : m.start()]) for m in re.finditer("社区", body)]
    assert len(expected) == 3000
    html = client.get(reverse("search:kwic"), {"q": "社区", "width": 10, "page": 7}).content.decode()
    assert "3001 " in html or "3,001" in html or "3001" in html  # 3,000 in the body, one in the title
    rows = re.findall(r'<td class="left"><span class="clip-left"><span>(.*?)</span></span></td>', html)
    assert len(rows) == 100
    # page 7 in the results order: the title's line first, then the body's from its start
    assert rows == [left for _offset, left in expected[599:699]]
    by_left = client.get(reverse("search:kwic"), {"q": "社区", "width": 10, "order": "left", "page": 30})
    lefts = re.findall(
        r'<td class="left"><span class="clip-left"><span>(.*?)</span></span></td>', by_left.content.decode()
    )
    keys = sorted([normalize(left)[::-1] for _o, left in expected] + [""])
    assert [normalize(left)[::-1] for left in lefts] == keys[2900:3000]
    response = client.get(reverse("search:kwic"), {"q": "社区", "width": 10, "format": "csv"})
    assert response.streaming
    table = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(table) == 3001 and all(row["article_id"] == str(article.pk) for row in table)


def test_kwic_offsets_point_into_the_article_json_and_contexts_stay_in_their_string(client):
    article = make_article("居委会在社区", "社区志愿者上门。\n第二段也写社区。", subtitle="副题讲社区")
    response = client.get(reverse("search:kwic"), {"q": "社区", "format": "csv", "width": 10})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    data = client.get(article.get_absolute_url(), {"format": "json"}).json()
    assert [(r["field"], r["offset"]) for r in rows] == [
        ("title", "4"),
        ("subtitle", "3"),
        ("text", "0"),
        ("text", "14"),
    ]
    for row in rows:
        start = int(row["offset"])
        assert data[row["field"]][start : start + len(row["match"])] == row["match"]
    assert [r["left"] for r in rows] == [
        "居委会在",
        "副题讲",
        "",
        "者上门。 第二段也写",
    ]  # nothing from the headline
    assert rows[0]["right"] == ""  # nor from the body after it


def test_search_and_kwic_refuse_a_format_they_do_not_offer(client):
    make_article("社区", "社区志愿者。")
    for url, fmt in (("search:results", "xml"), ("search:kwic", "json"), ("search:kwic", "xml")):
        response = client.get(reverse(url), {"q": "社区", "format": fmt})
        assert response.status_code == 400 and response["Content-Type"].startswith("text/html"), (url, fmt)
        page = response.content.decode()  # the site's page with the reason and a way back (QA)
        assert "此页面不提供该格式。" in page and 'href="/search/' in page
    assert client.get(reverse("search:results"), {"q": "社区", "format": "json"}).status_code == 200
    assert client.get(reverse("search:kwic"), {"q": "社区", "format": "csv"}).status_code == 200


def test_kwic_says_when_a_context_width_is_not_offered_and_shows_the_one_used(client):
    make_article("社区", "街道社区志愿者上门，" * 5)
    html = client.get(reverse("search:kwic"), {"q": "社区", "width": "40"}).content.decode()
    assert "40" in re.search(r'<ul class="notices" role="status">(.*?)</ul>', html, re.S).group(1)
    assert re.search(r'<option value="30" selected>', html) and not re.search(r'value="40"', html)
    rows = re.findall(r'<td class="left"><span class="clip-left"><span>(.*?)</span>', html)
    assert max(len(r) for r in rows) == 30
    plain_page = client.get(reverse("search:kwic"), {"q": "社区", "width": "50"}).content.decode()
    assert '<ul class="notices"' not in plain_page


def test_not_and_and_are_named_as_words_the_language_does_not_have(client):
    make_article("核酸", "核酸检测。")
    for q in ("NOT 核酸", "核酸 AND 检测"):
        data = client.get(reverse("search:results"), {"q": q, "format": "json"}).json()
        op = "NOT" if "NOT" in q else "AND"
        assert any(op in n and "-" in n for n in data["notices"]), (q, data["notices"])
    assert not client.get(reverse("search:results"), {"q": "核酸 检测", "format": "json"}).json()["notices"]


def test_a_query_empty_after_cleaning_is_no_query(client):
    for n in range(3):
        make_article(f"第{n}篇", f"社区第{n}次。")
    everything = client.get(reverse("search:results"), {"format": "json"}).json()
    ids = [r["id"] for r in everything["results"]]
    for q in ('""', '" "', "\x00", " \x00 ", "“”"):
        data = client.get(reverse("search:results"), {"q": q, "format": "json"}).json()
        assert [r["id"] for r in data["results"]] == ids, q  # every article, newest first, as no query
    for q in ('""', '" "', "“”"):
        assert client.get(reverse("search:results"), {"q": q, "format": "json"}).json()["notices"], q
    # a NUL inside a query separates words instead of dropping the whole query
    data = client.get(reverse("search:results"), {"q": "第1\x00社区", "format": "json"}).json()
    assert [r["title"] for r in data["results"]] == ["第1篇"]


def test_a_field_prefix_takes_a_bracketed_or(imported_samples):
    places = list(
        Mention.objects.filter(place__isnull=False).values_list("place__name", flat=True).distinct()[:2]
    )
    assert len(places) == 2
    a, b = places
    either = set(result_ids({"q": f"place:({a} OR {b})"}))
    assert either == set(result_ids({"q": f"place:{a}"})) | set(result_ids({"q": f"place:{b}"}))
    assert either and set(result_ids({"q": f"地点:（{a} OR {b}）"})) == either
    leave_out = set(result_ids({"q": f"-place:({a} OR {b})"}))
    assert leave_out == set(Article.objects.published().values_list("pk", flat=True)) - either
