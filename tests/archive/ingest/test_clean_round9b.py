"""Round nine, second metadata pass: the outlet a credit names, a body line that only ends like a
byline, a main title over a longer subtitle.

Every page and name here is invented for the test.
"""

from archive.ingest.bylines import credited_outlet
from archive.ingest.clean import clean_page

P1 = "三月初，青松社区的志愿者每天清晨在小区门口为居民测量体温，登记进出车辆。"
P2 = "社区党委书记骆志平说，四十多名党员分成六个小组，轮流守在各个楼栋门口。"


def test_the_outlet_a_credit_names_is_the_writers_and_no_source():
    """The source is the outlet a 来源 line or a dateline names, as the gold's README defines it."""
    for credit, outlet in [
        ("文/清河日报记者 韦晓岚", "清河日报"),
        ("清河网通讯员 韦晓岚", "清河网"),
        ("《清河周刊》记者/韦晓岚", "清河周刊"),
        ("（清河晚报记者 韦晓岚）", "清河晚报"),
        ("文、图/清河日报全媒体记者 韦晓岚 实习生 柯文静", "清河日报"),
    ]:
        page = clean_page(f"青松社区的清晨\n{credit}\n{P1}\n{P2}")
        assert credited_outlet(credit) == outlet and page.source == "", credit
        assert "韦晓岚" in page.authors and "清河" not in " ".join(page.authors)


def test_a_source_line_outranks_a_credited_outlet_and_an_empty_one_does_not():
    page = clean_page(f"青松社区的清晨\n来源：清河新闻网\n清河日报记者 韦晓岚\n{P1}\n{P2}")
    assert page.source == "清河新闻网"
    page = clean_page(f"青松社区的清晨\n2022-03-08 来源：不详\n清河日报记者 韦晓岚\n{P1}\n{P2}")
    assert page.source == ""


def test_this_papers_reporter_or_a_units_correspondent_names_no_outlet():
    for credit in ["本报记者 韦晓岚", "青松街道通讯员 韦晓岚"]:
        page = clean_page(f"青松社区的清晨\n{credit}\n{P1}\n{P2}")
        assert page.source == "" and page.authors == ["韦晓岚"], credit


def test_a_worker_named_after_a_chain_of_places_is_story_not_a_byline():
    from archive.ingest.read import html_to_text

    for first in [
        "<p>清河市青松区<b>和平街道<i>社区工作者韦晓岚</i></b></p>",
        "<p>清河市青松区<b>和平街道<i>社区工作者韦晓岚",
        "<p>清河县<span>石桥镇</span><b>文艺工作者柯文静</b></p>",
        "<p>清河市<b>青松区<i>文字工作者骆志平</i></b>每天清晨来到小区门口。</p>",
    ]:
        html = f"<html><body><h1>青松社区的清晨</h1>{first}<p>{P1}</p><p>{P2}</p></body></html>"
        page = clean_page(*html_to_text(html))
        assert page.authors == [], first
        assert page.paragraphs[0].text.startswith("清河"), first
    page = clean_page(f"青松社区的清晨\n作者：韦晓岚\n{P1}\n{P2}")
    assert page.authors == ["韦晓岚"]


def test_a_banner_or_column_over_a_longer_headline_still_yields_to_it():
    headline = "和平社区四十名党员志愿者连续四十天昼夜值守小区卡口"
    for banner in ["众志成城 坚决打赢疫情防控阻击战", "坚决打赢疫情防控阻击战", "抗疫进行时"]:
        page = clean_page(f"{banner}\n{headline}\n2022-03-08 来源：清河日报\n{P1}\n{P2}")
        assert page.title == headline, banner


def test_the_credit_closing_the_story_names_no_source():
    for end, outlet in [
        ("（清河日报记者 韦晓岚）", "清河日报"),
        ("（清河网通讯员 韦晓岚 柯文静）", "清河网"),
    ]:
        page = clean_page(f"青松社区的清晨\n2022-03-08\n{P1}\n{P2}{end}")
        assert credited_outlet(end) == outlet and page.source == "" and "韦晓岚" in page.authors
    for end in ["（本报记者 韦晓岚）", "（青松街道通讯员 韦晓岚）"]:
        assert clean_page(f"青松社区的清晨\n2022-03-08\n{P1}\n{P2}{end}").source == ""
    page = clean_page(f"青松社区的清晨\n来源：清河新闻网\n{P1}\n{P2}（清河日报记者 韦晓岚）")
    assert page.source == "清河新闻网"
