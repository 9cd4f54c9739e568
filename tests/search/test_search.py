"""Search end to end on the real stack: the sample corpus, a Whoosh index in a temp folder, real jieba."""

from __future__ import annotations

import json
import random
import re

import pytest
from django.db.models import Q
from django.urls import reverse

from archive.models import Article, Mention, Outlet
from search.analyzers import normalize
from search.selectors import result_ids

SYNTAX = re.compile(r'[\s"“”「」＂|:：]|^-|^OR$')


def found(q: str, **filters) -> set[int]:
    return set(result_ids({"q": q, **filters}))


def db_contains(s: str) -> set[int]:
    return set(
        Article.objects.published()
        .filter(Q(title__contains=s) | Q(subtitle__contains=s) | Q(body__contains=s))
        .values_list("pk", flat=True)
    )


def norm_contains(s: str) -> set[int]:
    want = " ".join(normalize(s).split())
    return {
        a.pk
        for a in Article.objects.published()
        if want in " ".join(normalize("\n".join([a.title, a.subtitle, a.body])).split())
    }


def draw(rng: random.Random, texts: list[str], n: int, lengths=range(1, 9)) -> list[str]:
    out = []
    while len(out) < n:
        text = rng.choice(texts)
        length = rng.choice(list(lengths))
        start = rng.randrange(0, max(1, len(text) - length))
        s = text[start : start + length]
        if len(s) == length and not SYNTAX.search(s) and s not in out:
            out.append(s)
    return out


def test_search_hits_equal_the_databases_substring_match(imported_samples):
    rng = random.Random(20201)
    bodies = list(Article.objects.values_list("body", flat=True))
    queries = draw(rng, bodies, 240)
    digit_runs = [
        m.group() for b in bodies for m in re.finditer(r"[\u4e00-\u9fff]?\d+[\u4e00-\u9fff]{0,2}", b)
    ]
    queries += [s for s in rng.sample(digit_runs, min(40, len(digit_runs))) if not SYNTAX.search(s)]
    assert sum(len(q) == 1 for q in queries) > 10 and any(re.search(r"\d", q) for q in queries)
    for q in queries:
        got = found(q)
        assert got == norm_contains(q), q
        assert db_contains(q) <= got, q
        if re.fullmatch(r"[\u4e00-\u9fff\d]+", q):
            assert got == db_contains(q), q


def test_quoted_phrases_with_spaces_match_exactly(imported_samples):
    rng = random.Random(7)
    lines = [
        line
        for b in Article.objects.values_list("body", flat=True)
        for line in b.split("\n")
        if len(line) > 12
    ]
    for _ in range(20):
        line = rng.choice(lines)
        start = rng.randrange(0, len(line) - 8)
        s = line[start : start + 8].replace('"', "")
        assert found(f'"{s}"') == norm_contains(s), s


def test_words_are_anded_or_ored_and_excluded(imported_samples):
    a, b = db_contains("核酸"), db_contains("志愿者")
    assert found("核酸 志愿者") == a & b
    assert found("核酸 OR 志愿者") == a | b
    assert found("志愿者 -核酸") == b - a
    assert found("-核酸") == set(Article.objects.values_list("pk", flat=True)) - a


def test_field_prefixes_search_only_that_field(imported_samples):
    article = Article.objects.get(body__contains="潘晓喆")
    assert found("person:潘晓喆") == {article.pk}
    word = article.title[:2]
    assert found(f"title:{word}") == set(
        Article.objects.filter(title__contains=word).values_list("pk", flat=True)
    )
    outlet = Outlet.objects.filter(articles__isnull=False).first()
    assert found(f"source:{outlet.name}") == set(outlet.articles.values_list("pk", flat=True))
    place = Mention.objects.filter(place__isnull=False).first()
    assert place.article_id in found(f"place:{place.place.name}")
    org = Mention.objects.filter(organization__isnull=False).first()
    assert org.article_id in found(f"机构:{org.organization.name}")


def test_date_filters_and_year(imported_samples):
    dated = Article.objects.exclude(published_at=None)
    year = dated.first().published_at.year
    in_year = set(dated.filter(published_at__year=year).values_list("pk", flat=True))
    assert found(f"year:{year}") == in_year
    assert (
        found(
            "",
            date_from=__import__("datetime").date(year, 1, 1),
            date_to=__import__("datetime").date(year, 12, 31),
        )
        == in_year
    )
    assert found("year:1999") == set()


def test_sort_newest_and_oldest(imported_samples):
    newest = list(result_ids({"q": "社区", "sort": "newest"}))
    dates = {a.pk: a.published_at for a in Article.objects.all()}
    dated = [pk for pk in newest if dates[pk]]
    assert dated == sorted(dated, key=lambda pk: dates[pk], reverse=True)
    oldest = [pk for pk in result_ids({"q": "社区", "sort": "oldest"}) if dates[pk]]
    assert oldest == list(reversed(dated))


def test_title_matches_rank_first(db, tmp_path):
    from tests.conftest import run_import

    (tmp_path / "a.txt").write_text(
        "楼道消杀日记\n\n" + "居民们在小区门口排队，志愿者维持秩序。" * 5 + "\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "门口的队伍\n\n" + "楼道消杀之后，又一次楼道消杀，楼道消杀结束。" * 3 + "\n", encoding="utf-8"
    )
    assert run_import(tmp_path)[0] == 0
    titled = Article.objects.get(title="楼道消杀日记")
    assert list(result_ids({"q": "楼道消杀"}))[0] == titled.pk
    assert len(found("楼道消杀")) == 2


def test_traditional_and_full_width_queries_find_simplified_text(imported_samples):
    assert found("黨員") == db_contains("党员") != set()
    assert found("誌願者") == found("志愿者")
    assert found("２０２０") == db_contains("2020")


def test_json_format_is_what_eval_search_reads(client, imported_samples):
    data = client.get(reverse("search:results"), {"q": "社区", "format": "json"}).json()
    assert set(data) >= {"query", "total", "page", "num_pages", "results", "facets"}
    assert data["total"] == len(db_contains("社区")) and data["page"] == 1
    first = data["results"][0]
    assert set(first) >= {"id", "title", "url", "published", "source", "highlights"}
    assert Article.objects.filter(pk=first["id"]).exists()
    assert any("<mark>社区</mark>" in h for r in data["results"] for h in r["highlights"])
    titled = client.get(reverse("search:results"), {"q": "履职中见真情", "format": "json"}).json()
    assert titled["results"][0]["title_highlighted"] == "<mark>履职中见真情</mark>"  # a match only in a title
    page2 = client.get(reverse("search:results"), {"q": "区", "format": "json", "page": 2}).json()
    assert page2["page"] == 2 and page2["results"] == []


def test_pages_split_large_result_sets(client, imported_samples, settings):
    settings.HAYSTACK_SEARCH_RESULTS_PER_PAGE = 2
    seen = []
    for page in (1, 2, 3):
        data = client.get(reverse("search:results"), {"q": "的", "format": "json", "page": page}).json()
        assert data["num_pages"] == 3
        seen += [r["id"] for r in data["results"]]
    assert sorted(seen) == sorted(db_contains("的"))


def test_facets_count_and_narrow_and_the_url_keeps_the_state(client, imported_samples):
    data = client.get(reverse("search:results"), {"q": "社区", "format": "json"}).json()
    outlets = data["facets"]["outlet"]
    assert outlets and sum(f["count"] for f in outlets) <= data["total"]
    choice = outlets[0]
    narrowed = client.get(
        reverse("search:results"), {"q": "社区", "format": "json", "outlet": choice["value"]}
    ).json()
    assert narrowed["total"] == choice["count"]
    assert {r["source"] for r in narrowed["results"]} == {choice["label"]}
    person = data["facets"]["person"][0]
    by_person = found("社区", person=[int(person["value"])])
    assert len(by_person) == person["count"]
    html = client.get(reverse("search:results"), {"q": "社区", "outlet": choice["value"]}).content.decode()
    assert (
        f"outlet={choice['value']}" in html and "q=%E7%A4%BE%E5%8C%BA" in html
    )  # links carry q and the filter


def test_results_page_shows_title_date_outlet_snippets_and_people(client, imported_samples):
    html = client.get(reverse("search:results"), {"q": "潘晓喆"}).content.decode()
    article = Article.objects.get(body__contains="潘晓喆")
    assert article.get_absolute_url() in html
    assert "<mark>潘晓喆</mark>" in html
    assert article.outlet.name in html
    assert (
        reverse("archive:person-detail", args=[Mention.objects.filter(text="潘晓喆").first().person_id])
        in html
    )


def test_a_script_in_an_article_is_shown_as_text(client, db, tmp_path):
    from tests.conftest import run_import

    page = tmp_path / "x.txt"
    page.write_text(
        "社区来信\n\n居民在留言里写了<script>alert('核酸')</script>这样一段话，社区工作人员核实后回复。\n",
        encoding="utf-8",
    )
    assert run_import(page)[0] == 0
    html = client.get(reverse("search:results"), {"q": "核酸"}).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;<mark>核酸</mark>&#x27;)&lt;/script&gt;" in html
    data = client.get(reverse("search:results"), {"q": "<script>", "format": "json"}).json()
    assert data["total"] == 1 and "&lt;script&gt;" in data["results"][0]["highlights"][0]


MALFORMED = [
    '"核酸',
    "title:(",
    "OR",
    "核酸 OR",
    "-",
    "title:",
    "核" * 5000,
    "\x00\x07\x1b[31m",
    "！！！",
    "\ufffd",
    "*",
    "?",
    "a~2",
    "[1 TO 2]",
    "{}",
    "title:) OR (",
    "\\",
    "NOT",
    "AND AND",
    "核酸^3",
    "date:2020-99",
]


def test_malformed_queries_never_fail(client, imported_samples):
    for q in MALFORMED:
        for fmt in ("json", "html"):
            response = client.get(reverse("search:results"), {"q": q, "format": fmt})
            assert response.status_code == 200, q
    assert client.get(reverse("search:results"), {"q": '"核酸', "format": "json"}).json()["total"] == len(
        db_contains("核酸")
    )


def test_bytes_that_are_not_utf8_are_reported_not_a_500(client, imported_samples):
    response = client.get("/search/?q=%FF%FE%B9%FA&format=json")
    assert response.status_code == 200
    assert response.json()["notices"]
    response = client.get("/search/?q=%E7%A4%BE%E5%8C%BA&page=abc&date_from=yesterday&person=x&sort=bogus")
    assert response.status_code == 200 and "2020" in response.content.decode()  # the date hint is shown


def test_kwic_lists_every_occurrence(client, imported_samples):
    html = client.get(reverse("search:kwic"), {"q": "志愿者"}).content.decode()
    expected = sum(a.title.count("志愿者") + a.body.count("志愿者") for a in Article.objects.all())
    assert html.count('<td class="match"><mark>志愿者</mark></td>') == expected > 0


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_of_results_is_uncapped_and_in_result_order(client, imported_samples, fmt, monkeypatch):
    monkeypatch.setattr("search.views.result_ids", lambda values, batch=1000: result_ids(values, batch=2))
    response = client.get(reverse("search:export"), {"q": "社区", "format": fmt, "sort": "oldest"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    if fmt == "jsonl":
        ids = [json.loads(line)["id"] for line in body.splitlines()]
    else:
        import csv
        import io

        ids = [int(row["id"]) for row in csv.DictReader(io.StringIO(body))]
    assert ids == list(result_ids({"q": "社区", "sort": "oldest"}))
    assert len(ids) == len(db_contains("社区"))


def test_export_rejects_an_unknown_format(client, imported_samples):
    assert client.get(reverse("search:export"), {"q": "社区", "format": "xml"}).status_code == 400


def test_a_damaged_index_answers_503_with_a_message_not_500(client, imported_samples, settings):
    from pathlib import Path

    from haystack import connections

    index_dir = Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])
    for toc in index_dir.glob("*.toc"):
        toc.write_bytes(b"not a whoosh table of contents")
    connections.reload("default")
    response = client.get(reverse("search:results"), {"q": "社区"})
    assert response.status_code == 503 and "检索暂不可用" in response.content.decode()
    assert client.get(reverse("search:results"), {"q": "社区", "format": "json"}).json()["error"]
    feed = client.get(reverse("search:feed"), {"q": "社区"})  # the feed was a 500
    assert feed.status_code == 503 and "检索暂不可用" in feed.content.decode()


def test_simplified_queries_find_traditional_text(db, tmp_path):
    from tests.conftest import run_import

    (tmp_path / "t.txt").write_text(
        "社區黨員志願者\n\n臺北某社區的黨員志願者挨家挨戶登記疫苗接種意願。\n", encoding="utf-8"
    )
    assert run_import(tmp_path)[0] == 0
    article = Article.objects.get()
    assert found("党员志愿者") == found("黨員志願者") == found("title:社区党员") == {article.pk}
    assert found("疫苗接种") == {article.pk}


def test_ranking_words_use_the_archives_names_without_touching_extraction(imported_samples):
    import jieba

    from search.analyzers import words
    from search.indexing import load_archive_words

    load_archive_words()
    assert "潘晓喆" in words("潘晓喆在社区值守")
    assert "潘晓喆" not in jieba.dt.FREQ or jieba.dt.FREQ["潘晓喆"] != 2000


def test_whole_index_evaluation_matches_the_reference_phrase_matcher(imported_samples):
    """search.vector (what the pages use) against Whoosh's matcher path with the slow reference
    phrase matcher (tests/search/phrase_oracle.py) and the stock And/Or/Not matchers, before and
    after a deletion leaves deleted documents in a segment."""
    from haystack import connections

    from search.indexing import sync_articles
    from search.phrase import GramPhrase
    from search.vector import Evaluator
    from tests.search.phrase_oracle import OraclePhrase

    backend = connections["default"].get_backend()
    rng = random.Random(7)
    bodies = list(Article.objects.values_list("body", flat=True))
    strings = draw(rng, bodies, 60, lengths=range(1, 13))
    queries = [f'text:"{s}"' for s in strings]
    queries += [f'text:"{a}" AND NOT text:"{b}"' for a, b in zip(strings[::2], strings[1::2], strict=False)]
    queries += [
        f'(text:"{a}" OR title:"{b}") ANDMAYBE words:社区'
        for a, b in zip(strings[1::2], strings[::2], strict=False)
    ]
    queries += [
        "text:*",
        f'text:* AND NOT text:"{strings[0]}"',
    ]  # an empty query browses (Every on the document field)

    def compare():
        searcher = backend._searcher()
        evaluator = Evaluator(searcher, {}, backend.scored_fields, frozenset({backend.content_field_name}))
        for q in queries:
            parsed = backend.parser.parse(q)
            required = parsed.a if parsed.__class__.__name__ == "AndMaybe" else parsed
            oracle = _with_oracle_phrases(required, GramPhrase, OraclePhrase)
            assert list(evaluator.evaluate(parsed).ids) == sorted(searcher.docs_for_query(oracle)), q

    compare()
    victim = Article.objects.filter(body__contains="社区").first()
    Article.objects.filter(pk=victim.pk).update(status=Article.Status.HIDDEN)
    sync_articles([victim.pk])
    assert backend._searcher().reader().has_deletions()
    compare()


def _with_oracle_phrases(q, ours, oracle):
    """A copy of a Whoosh query tree with every GramPhrase replaced by the reference matcher."""
    if isinstance(q, ours):
        return oracle(q.fieldname, q.words, boost=q.boost)
    if hasattr(q, "a") and hasattr(q, "b"):
        return q.__class__(_with_oracle_phrases(q.a, ours, oracle), _with_oracle_phrases(q.b, ours, oracle))
    if hasattr(q, "subqueries"):
        return q.__class__([_with_oracle_phrases(s, ours, oracle) for s in q.subqueries])
    if hasattr(q, "query"):
        return q.__class__(_with_oracle_phrases(q.query, ours, oracle))
    return q
