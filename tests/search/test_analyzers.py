"""The normal form and the character grams that make recall complete."""

from search.analyzers import MAX_GRAM, GramTokenizer, grams, normalize, query_grams, words


def test_normalize_keeps_length_and_folds_variants():
    text = "黨員ＡＢＣ　１２３，後來COVID"
    norm = normalize(text)
    assert len(norm) == len(text)
    assert norm == "党员abc 123,后来covid"


def test_every_run_of_one_to_max_gram_characters_is_a_term_across_scripts():
    terms = {t for t, *_ in grams("3月12日 Omicron")}
    assert {
        "3",
        "月",
        "3月",
        "12",
        "2日",
        "日 ",
        " o",
        "om",
        "n",
        "3月1",
        "日 o",
        "ron",
    } <= terms
    assert not any(len(t) > MAX_GRAM for t in terms) and MAX_GRAM == 3


def test_index_tokenizer_yields_exactly_the_grams():
    for text in ["核酸\n\n 检测点，黨員 3月12日", "  a  b", "一", "", "ab c  d e"]:
        expected = sorted(grams(text))
        got = sorted(
            (t.text, t.pos, t.startchar, t.endchar) for t in GramTokenizer()(text, positions=True, chars=True)
        )
        assert got == expected, text


def test_whitespace_runs_count_as_one_space_and_positions_are_consecutive():
    got = [(t, p) for t, p, *_ in grams("核酸\n\n 检测")]
    assert ("酸 ", 1) in got and (" 检", 2) in got and ("检测", 3) in got


def test_query_is_the_longest_gram_chain_or_one_shorter_gram():
    assert [t for t, *_ in query_grams("核酸检测点")] == ["核酸检", "酸检测", "检测点"]
    assert [(t, p) for t, p, *_ in query_grams("核酸检测")] == [("核酸检", 0), ("酸检测", 1)]
    assert [t for t, *_ in query_grams("核酸检")] == ["核酸检"]
    assert [t for t, *_ in query_grams("核酸")] == ["核酸"]
    assert [t for t, *_ in query_grams(" 核 ")] == ["核"]
    assert query_grams("   ") == []


def test_tokenizer_offsets_point_into_the_original_text():
    text = "居民 黨員"
    tokens = [(t.text, t.startchar, t.endchar) for t in GramTokenizer()(text, chars=True, positions=True)]
    assert ("党员", 3, 5) in tokens
    assert text[3:5] == "黨員"


def test_words_are_jieba_words_of_the_normal_form_without_punctuation():
    got = words("同濟新村，核酸檢測！")
    assert "".join(got) == "同济新村核酸检测" and "核酸" in got and "检测" in got


def test_every_query_chain_is_made_of_the_longest_grams():
    """Only MAX_GRAM-grams carry positions in the index, so phrases must never chain shorter grams."""
    import random

    from search.analyzers import MAX_GRAM

    rng = random.Random(3)
    alphabet = "核酸检测点社区 志愿者ab12，。\n　黨員"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        chain = query_grams(text)
        if len(chain) > 1:
            assert all(len(t) == MAX_GRAM for t, *_ in chain), text
