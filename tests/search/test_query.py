"""The query language parser (pure): every feature, and malformed input that must never fail."""

from datetime import date

import pytest
from django.utils import translation

from search.query import MAX_QUERY_CHARS, Term, parse, to_sq


def terms(q):
    return [([str(t) for t in c.terms], c.negated) for c in parse(q).clauses]


def test_words_are_all_required():
    assert terms("核酸 检测") == [(["核酸"], False), (["检测"], False)]


@pytest.mark.parametrize("q", ['"核酸 检测点"', "“核酸 检测点”", "「核酸 检测点」"])
def test_quoted_phrase_keeps_spaces_and_operators_as_text(q):
    assert parse(q).clauses[0].terms == [Term("核酸 检测点", phrase=True)]
    assert parse('"a OR -b"').clauses[0].terms == [Term("a OR -b", phrase=True)]


def test_or_joins_neighbours_and_binds_tighter_than_and():
    assert terms("核酸 OR 抗原 流调") == [(["核酸", "抗原"], False), (["流调"], False)]
    assert terms("核酸 | 抗原") == [(["核酸", "抗原"], False)]


def test_minus_excludes():
    assert terms("社区 -演练") == [(["社区"], False), (["演练"], True)]


@pytest.mark.parametrize(
    "q, field",
    [
        ("title:封控", "title"),
        ("person:潘晓喆", "people"),
        ("org:居委会", "orgs"),
        ("place:同济新村", "places"),
        ("source:新华网", "source"),
        ("人物：潘晓喆", "people"),
        ('标题:"小区 封控"', "title"),
    ],
)
def test_field_prefixes(q, field):
    (term,) = parse(q).clauses[0].terms
    assert term.field == field


def test_dates_and_years():
    p = parse("社区 year:2020")
    assert (p.date_from, p.date_to) == (date(2020, 1, 1), date(2020, 12, 31))
    p = parse("date:2020-02")
    assert (p.date_from, p.date_to) == (date(2020, 2, 1), date(2020, 2, 29))
    p = parse("date:2020-03-01..2020-04-15")
    assert (p.date_from, p.date_to) == (date(2020, 3, 1), date(2020, 4, 15))
    p = parse("date:..2021")
    assert (p.date_from, p.date_to) == (None, date(2021, 12, 31))


def test_an_unknown_prefix_is_text():
    assert terms("http://x.cn") == [(["http://x.cn"], False)]


@pytest.mark.parametrize(
    "q",
    [
        '"核酸',
        '核酸"',
        "title:(",
        "OR",
        "OR 核酸",
        "核酸 OR",
        "核酸 OR OR 检测",
        "-",
        "--",
        "title:",
        "date:昨天",
        "date:2020-13",
        "！！！",
        "()",
        "\x00\x01\x1f",
        "\ufffd\ufffd",
        "核" * 5000,
        "a " * 200,
        ":::",
        "-title:",
        '""',
        "“”",
    ],
)
def test_malformed_queries_parse_to_something_searchable(q):
    parsed = parse(q)
    sq = to_sq(parsed)  # must not raise
    assert all(t.text.strip() for t in parsed.positive_terms)
    assert sum(len(t.text) for c in parsed.clauses for t in c.terms) <= MAX_QUERY_CHARS
    if sq is None:
        assert not parsed.clauses


def test_malformed_queries_explain_what_changed():
    assert parse('"核酸').notices and parse("OR 核酸").notices and parse("核" * 5000).notices
    assert parse("\ufffd核酸").notices
    assert terms('"核酸') == [(["核酸"], False)]
    assert parse("title:(").clauses[0].terms == [Term("(", field="title")]
    assert terms("\x01核酸\x02检测") == [(["核酸"], False), (["检测"], False)]


def test_lone_punctuation_is_searched_as_text():
    assert terms("！！！") == [(["！！！"], False)]


@pytest.mark.parametrize(
    ("typed", "same_as"),
    [
        ("核酸 ＯＲ 抗原", "核酸 OR 抗原"),
        ("核酸 ｜ 抗原", "核酸 | 抗原"),
        ("社区 －演练", "社区 -演练"),
        ("ｔｉｔｌｅ：社区", "title:社区"),
        ("－ｐｌａｃｅ:上海 核酸", "-place:上海 核酸"),
    ],
)
def test_full_width_operators_act_as_the_ascii_ones(typed, same_as):
    assert terms(typed) == terms(same_as) and [
        (str(t), t.field) for c in parse(typed).clauses for t in c.terms
    ] == [(str(t), t.field) for c in parse(same_as).clauses for t in c.terms]


@pytest.mark.parametrize("q", ["-", "--", "*", "－", "社区 -"])
def test_an_operator_or_wildcard_alone_is_ignored_with_a_notice(q):
    for language, said in (("en", "no search term"), ("zh-hans", "不是检索词")):
        with translation.override(language):
            parsed = parse(q)
        assert [str(t) for c in parsed.clauses for t in c.terms] == (["社区"] if "社区" in q else [])
        assert any(said in str(n) for n in parsed.notices)
