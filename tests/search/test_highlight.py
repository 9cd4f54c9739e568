from search.highlight import find_spans, highlight, kwic, snippets


def test_highlight_escapes_everything_but_our_marks():
    html = highlight('<script>alert("核酸")</script>', ["核酸"])
    assert html == "&lt;script&gt;alert(&quot;<mark>核酸</mark>&quot;)&lt;/script&gt;"


def test_matches_follow_the_index_normal_form():
    assert find_spans("他是黨員，也是ＣＯＶＩＤ志愿者", ["党员", "covid"]) == [(2, 4), (7, 12)]
    assert find_spans("核酸\n检测", ["核酸 检测"]) == [(0, 5)]


def test_overlapping_matches_merge():
    assert find_spans("哈哈哈哈", ["哈哈"]) == [(0, 4)]


def test_snippets_window_and_limit():
    text = "甲" * 200 + "核酸" + "乙" * 200 + "核酸" + "丙" * 200
    got = snippets(text, ["核酸"], width=10, limit=1)
    assert len(got) == 1 and got[0].startswith("…") and "<mark>核酸</mark>" in got[0]


def test_kwic_lists_every_occurrence_with_context():
    rows = kwic("第一社区志愿者。\n第二社区居民", ["社区"], width=3)
    assert [(r.left, r.match, r.right) for r in rows] == [
        ("第一", "社区", "志愿者"),
        (" 第二", "社区", "居民"),
    ]
