"""Round 14: outlet, date and title on pages nobody tuned to (invented text only)."""

from archive.ingest.bylines import credited_outlet
from archive.ingest.clean import clean_page
from archive.ingest.fields import lede_outlet
from archive.ingest.metadata import outlet_value


def test_wire_place_alone_names_no_outlet():
    assert lede_outlet("汉中1月22日电 (韦晓岚 骆志平)连续工作八个日夜，社区书记累倒了。") == ""
    assert lede_outlet("常州3月5日电（记者 骆志平）青松社区的早晨。") == ""
    assert lede_outlet("清河社汉中11月9日电(记者 韦晓岚)居民排队。") == "清河社"


def test_source_value_cut_after_a_dash():
    assert outlet_value("清河网-") == "清河网"
    assert outlet_value("清河网－ ") == "清河网"
    assert outlet_value("清河网-社区频道") == "清河网-社区频道"


def test_brand_newsroom_credit():
    assert credited_outlet("清河财经全媒体记者骆志平 汉中报道") == "清河财经全媒体"
    assert credited_outlet("清河财经融媒体记者 韦晓岚") == "清河财经融媒体"
    assert credited_outlet("骆志平全媒体记者 韦晓岚") == ""
    assert credited_outlet("汉中融媒体记者 韦晓岚") == ""
    assert credited_outlet("清河日报全媒体记者 骆志平") == "清河日报"


def test_headline_with_commas_and_its_dateline_on_one_line():
    text = (
        "首页 > 新闻 >\n"
        "守望青松,300份“暖心包”送上门!清河连夜行动 2022-03-15 11:23:19  来源:清河日报\n"
        "3月5日，清河通报新增病例。青松社区连夜开展核酸检测，志愿者骆志平一直忙到天亮。\n"
        "韦晓岚说：“大家都很配合，我们也放心了。”社区里的灯一直亮着，直到清晨。\n"
    )
    page = clean_page(text)
    assert page.title == "守望青松,300份“暖心包”送上门!清河连夜行动"
    assert page.source == "清河日报"
    assert page.published.date().isoformat() == "2022-03-15"
