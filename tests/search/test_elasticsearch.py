"""The Elasticsearch/OpenSearch engine, as far as this machine allows (no cluster here): the engine is
chosen by settings, its index settings fold characters exactly as the Whoosh backend does, its
mapping analyses every text field per character, and the shared query layer builds phrase queries
with ranking words as optional clauses."""

from __future__ import annotations

import re

import pytest
from haystack import connections
from haystack.query import SQ

from archive.models import Article
from search.analyzers import normalize
from search.elasticsearch import ChineseElasticsearchBackend, char_mappings, index_settings


def _rules() -> dict[str, str]:
    def unescape(text: str) -> str:
        return (
            re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), text)
            .encode("utf-16", "surrogatepass")
            .decode("utf-16")
        )

    pairs = (rule.split(" => ") for rule in char_mappings())
    return {unescape(a): unescape(b) for a, b in pairs}


def analyse(text: str) -> list[str]:
    """What the cluster's `archive_chars` analyzer does, step by step, from the settings we send."""
    rules = _rules()
    folded = "".join(rules.get(ch, ch) for ch in text)
    folded = re.sub(r"\s+", " ", folded)
    return [ch.lower() for ch in folded]


def test_the_cluster_analysis_folds_exactly_like_the_whoosh_backend(imported_samples):
    assert (
        _rules()["黨"] == "党" and _rules()["Ａ"] == "a" and _rules()["１"] == "1" and _rules()["員"] == "员"
    )
    texts = list(Article.objects.values_list("body", flat=True))
    texts += ["黨員幹部在社區核酸檢測點值守", "ＣＯＶＩＤ－１９疫情　防控", "𠀾𪚥 Ω ß ＡＢＣ"]
    for text in texts:
        ours = re.sub(r"\s+", " ", normalize(text))
        assert "".join(analyse(text)) == ours


def test_the_index_settings_use_no_plugins():
    analysis = index_settings()["settings"]["analysis"]
    assert analysis["tokenizer"]["archive_char"] == {
        "type": "ngram",
        "min_gram": 1,
        "max_gram": 1,
        "token_chars": ["letter", "digit", "whitespace", "punctuation", "symbol"],
    }
    types = {f["type"] for f in analysis["char_filter"].values()} | {
        t["type"] for t in analysis["tokenizer"].values()
    }
    assert types <= {"mapping", "pattern_replace", "ngram"}  # all built in
    assert len(analysis["char_filter"]["archive_fold"]["mappings"]) > 2000


@pytest.fixture
def es(settings):
    settings.HAYSTACK_CONNECTIONS = {
        **settings.HAYSTACK_CONNECTIONS,
        "es": {
            "ENGINE": "search.elasticsearch.ChineseElasticsearchEngine",
            "URL": "http://127.0.0.1:9/",
            "INDEX_NAME": "archive",
        },
    }
    connections.connections_info = settings.HAYSTACK_CONNECTIONS
    connections.reload("es")
    yield connections["es"]
    del connections.connections_info["es"]


def test_the_engine_is_chosen_by_settings_and_maps_the_text_fields_per_character(es):
    backend = es.get_backend()
    assert isinstance(backend, ChineseElasticsearchBackend)
    content, mapping = backend.build_schema(es.get_unified_index().all_searchfields())
    assert content == "text"
    for field in ("text", "title", "people", "orgs", "places", "source"):
        assert mapping[field]["analyzer"] == "archive_chars"
    assert mapping["title"]["boost"] == 3.0
    assert mapping["words"]["analyzer"] == "archive_words"
    for field in ("outlet", "year", "person_ids", "place_ids", "stamp"):
        assert mapping[field]["type"] == "keyword"
    assert mapping["published"]["type"] == "date"
    assert backend.DEFAULT_SETTINGS == index_settings()


def test_documents_carry_jieba_words_for_ranking(es, imported_samples):
    backend = es.get_backend()
    index = es.get_unified_index().get_index(Article)
    article = Article.objects.get(body__contains="张磊")
    doc = backend._prepare_object(index, article)
    assert "张磊" in doc["words"].split(" ") and "\n" not in doc["words"]
    assert doc["text"].startswith(article.title)


def test_the_shared_query_layer_builds_phrases_and_optional_ranking(es):
    query = es.get_query()
    query.add_filter(SQ(content__exact="核酸检测点"))
    query.add_filter(SQ(place__exact="同济新村") | SQ(title__exact="黨員"))
    query.add_boost("社区", 0.5)
    query.add_boost("title:核酸检测点", 1.0)
    built = query.build_query()
    assert '"核酸检测点"' in built and '"同济新村"' in built and " OR " in built
    assert "^" not in built  # ranking words are not part of what must match
    kwargs = es.get_backend().build_search_kwargs(built, boost=query.boost)
    must, should = kwargs["query"]["bool"]["must"], kwargs["query"]["bool"]["should"]
    assert must[0]["bool"]["must"]["query_string"] == {
        "default_field": "text",
        "default_operator": "AND",
        "query": built,
        "analyze_wildcard": True,
        "fuzziness": "AUTO",
    }
    assert {"match_phrase": {"title": {"query": "核酸检测点", "boost": 1.0}}} in should
    assert {"match": {"words": {"query": "社区", "boost": 0.5}}} in should
