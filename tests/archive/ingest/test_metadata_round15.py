"""Round 15: outlet and date on pages nobody tuned to (invented text only)."""

from archive.ingest.clean import clean_page
from archive.ingest.paper_outlets import dated_outlet


def test_outlet_glued_to_a_full_date():
    assert dated_outlet("清河晚报20220218导读:青松社区的志愿者")[0] == "清河晚报"
    assert dated_outlet("清河日报2021年3月5日讯 居民排队。")[2] == "2021年3月5日"
    assert dated_outlet("清河新闻网 2021-03-05 青松社区的早晨")[0] == "清河新闻网"
    assert dated_outlet("清河日报3月5日讯 居民排队。") is None  # no year: not this rule's
    assert dated_outlet("青松社区2021年3月5日召开会议。") is None  # no outlet's word
    assert dated_outlet("本报2021年3月5日讯 居民排队。") is None  # the paper's own word
    assert dated_outlet("清河日报20211345导读") is None  # no such day


def test_dated_outlet_gives_the_page_its_outlet_and_day():
    text = (
        "青松社区的一天\n"
        "清河日报2021年03月05日讯 3月4日，青松社区连夜开展核酸检测，志愿者骆志平一直忙到天亮。\n"
        "韦晓岚说：“大家都很配合，我们也放心了。”社区里的灯一直亮着，直到清晨。\n"
    )
    page = clean_page(text)
    assert page.source == "清河日报"
    assert page.published.date().isoformat() == "2021-03-05"


def test_dated_outlet_yields_to_a_printed_dateline():
    text = (
        "清河晚报20210305导读:青松社区的一天\n"
        "2021-03-06 08:00 来源:清河新闻网\n"
        "3月4日，青松社区连夜开展核酸检测，志愿者骆志平一直忙到天亮。\n"
        "韦晓岚说：“大家都很配合，我们也放心了。”社区里的灯一直亮着，直到清晨。\n"
    )
    page = clean_page(text)
    assert page.source == "清河新闻网"
    assert page.published.date().isoformat() == "2021-03-06"
