"""Round nine, second metadata pass: the outlet a credit names, a body line that only ends like a
byline, a main title over a longer subtitle.

Every page and name here is invented for the test.
"""

from archive.ingest.clean import clean_page

P1 = "三月初，青松社区的志愿者每天清晨在小区门口为居民测量体温，登记进出车辆。"
P2 = "社区党委书记骆志平说，四十多名党员分成六个小组，轮流守在各个楼栋门口。"


def test_the_outlet_a_credit_names_is_the_source_when_no_source_line_names_one():
    for credit, outlet in [
        ("文/清河日报记者 韦晓岚", "清河日报"),
        ("清河网通讯员 韦晓岚", "清河网"),
        ("《清河周刊》记者/韦晓岚", "清河周刊"),
        ("（清河晚报记者 韦晓岚）", "清河晚报"),
        ("文、图/清河日报全媒体记者 韦晓岚 实习生 柯文静", "清河日报"),
    ]:
        page = clean_page(f"青松社区的清晨\n{credit}\n{P1}\n{P2}")
        assert page.source == outlet, credit
        assert "韦晓岚" in page.authors and "清河" not in " ".join(page.authors)


def test_a_source_line_outranks_a_credited_outlet_and_an_empty_one_does_not():
    page = clean_page(f"青松社区的清晨\n来源：清河新闻网\n清河日报记者 韦晓岚\n{P1}\n{P2}")
    assert page.source == "清河新闻网"
    page = clean_page(f"青松社区的清晨\n2022-03-08 来源：不详\n清河日报记者 韦晓岚\n{P1}\n{P2}")
    assert page.source == "清河日报"


def test_this_papers_reporter_or_a_units_correspondent_names_no_outlet():
    for credit in ["本报记者 韦晓岚", "青松街道通讯员 韦晓岚"]:
        page = clean_page(f"青松社区的清晨\n{credit}\n{P1}\n{P2}")
        assert page.source == "" and page.authors == ["韦晓岚"], credit
