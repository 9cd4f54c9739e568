"""Property-based tests (hypothesis): no query makes the search view fail, and the extractor never
crashes on any text, with every mention's offsets pointing at its text."""

from __future__ import annotations

from urllib.parse import quote_from_bytes

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from archive.ingest.clean import clean_page
from archive.ingest.extract import extract
from tests.conftest import SAMPLES

# Text built from what researchers and pages contain: sample-page fragments, the query language's
# own characters, CJK of both scripts, and anything else Unicode holds (no lone surrogates: those
# cannot be sent as UTF-8 at all; undecodable bytes are tried separately below).
_SAMPLE = "".join(clean_page(p.read_text(encoding="utf-8")).body for p in sorted(SAMPLES.glob("*.txt")))
fragments = st.integers(0, len(_SAMPLE) - 1).flatmap(
    lambda i: st.integers(1, 12).map(lambda n: _SAMPLE[i : i + n])
)
syntax = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "(",
        ")",
        " OR ",
        " | ",
        "-",
        ":",
        "title:",
        "person:",
        "org:",
        "place:",
        "source:",
        "year:",
        "date:",
        "..",
        "*",
        "?",
        "\\",
        "~",
        "^",
        "\x00",
        "\u200b",
        "黨員",
        "ＡＢＣ１２３",
        "\U0002a700",
        "\u202e",
        " ",
        "\n",
        "\t",
    ]
)
anything = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
query_text = st.lists(st.one_of(fragments, syntax, anything), max_size=8).map("".join)

PROPERTY = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.mark.django_db
@PROPERTY
@given(
    q=query_text,
    page=st.one_of(st.none(), st.text(max_size=5), st.integers(-3, 10**9).map(str)),
    fmt=st.sampled_from([None, "json", "html", "xml"]),
)
def test_any_query_is_answered_with_200_or_400_or_sent_to_the_last_page(client, search_corpus, q, page, fmt):
    params = {"q": q}
    if page is not None:
        params["page"] = page
    if fmt is not None:
        params["format"] = fmt
    response = client.get("/search/", params)
    if page is not None and response.status_code == 302:  # past the last page: sent to the last one
        response = client.get(response["Location"])
    elif page is not None and fmt == "json" and response.status_code == 404:  # past the end, said so
        assert "error" in response.json()
        return
    assert response.status_code in (200, 400), (q, response.status_code)
    kwic = client.get("/search/kwic/", {"q": q})
    assert kwic.status_code in (200, 400), (q, kwic.status_code)


@pytest.mark.django_db
@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(raw=st.binary(max_size=40))
def test_any_bytes_in_the_query_string_are_answered_with_200_or_400(client, search_corpus, raw):
    response = client.get("/search/?q=" + quote_from_bytes(raw) + "&format=json")
    assert response.status_code in (200, 400)


@pytest.fixture
def search_corpus(imported_samples):
    return imported_samples


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.lists(st.one_of(fragments, anything, syntax), max_size=30).map("".join))
def test_the_extractor_never_crashes_and_offsets_point_at_the_text(text):
    result = extract(text)
    for entity in result.people + result.organizations + result.places:
        assert entity.name
        for m in entity.mentions:
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start : m.end] == entity.name, (entity.name, m.start, m.end)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    text=st.lists(
        st.one_of(fragments, anything, st.sampled_from(["\n", "。", "来源：", "编辑：", "2020-03-01"])),
        max_size=30,
    ).map("".join)
)
@example(text="2020年新冠\n2020年")  # no prose line below a heading: the sections check read past the end
def test_cleaning_then_extracting_never_crashes(text):
    page = clean_page(text)
    result = extract(page.body)
    for entity in result.people + result.organizations + result.places:
        for m in entity.mentions:
            assert page.body[m.start : m.end] == entity.name
