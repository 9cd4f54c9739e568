"""Site chrome that no keyword list names, and the body span (archive/ingest/layout.py).

Every page here is invented for the test; each stands for a class of layout seen on real sites.
"""

from datetime import datetime

from archive.ingest.bylines import credited_outlet
from archive.ingest.clean import clean_page

P1 = "三月初，和平社区的志愿者每天清晨在小区门口为居民测量体温。"
P2 = "社区党委书记王建华说，四十多名党员分成六个小组，轮流守在各个楼栋。"
P3 = "居民们说，这些天大家心里踏实了许多。"
HEAD = "和平社区的清晨\n发布时间：2022-03-08 来源：清河日报"


def test_a_company_sidebar_above_the_breadcrumb_is_chrome_and_the_headline_follows_the_breadcrumb():
    page = clean_page(
        "网站首页 | 联系我们 | 下载中心\n栏目导航\n公司新闻\n行业新闻\n社会新闻\n"
        "地址：清河市北路88号\n电话：0000-12345678\n邮箱：news@example.cn\n"
        f"您的当前位置：首页 > 社会新闻\n和平社区的清晨——志愿者守门记\n发布时间：2022-03-08\n{P1}\n{P2}"
    )
    assert (page.title, page.subtitle) == ("和平社区的清晨", "志愿者守门记")
    assert page.body == f"{P1}\n{P2}"
    assert "电话：0000-12345678" in page.boilerplate and "公司新闻" in page.boilerplate


def test_contact_and_tag_lines_after_the_story_stay_out_of_the_body():
    page = clean_page(
        f"{HEAD}\n{P1}\n{P2}\n关键词：志愿者 社区 清晨\n地址：清河市北路88号\n传真：0000-1234567"
    )
    assert page.body == f"{P1}\n{P2}"


def test_a_row_of_short_links_separated_by_spaces_is_navigation():
    page = clean_page(f"首页 新闻 社区 图片 视频 专题\n{HEAD}\n{P1}\n{P2}")
    assert page.body == f"{P1}\n{P2}" and "首页 新闻 社区 图片 视频 专题" in page.boilerplate


def test_teasers_after_a_related_articles_line_are_not_the_story():
    teaser = "另一篇报道，讲的是清河县的菜农如何把蔬菜送进封控小区的故事，内容很长很长。"
    page = clean_page(f"{HEAD}\n{P1}\n{P2}\n{P3}\n相关阅读\n{teaser}\n清河县菜农送菜记\n上一篇：某某")
    assert page.body == f"{P1}\n{P2}\n{P3}"
    assert teaser in page.boilerplate


def test_prose_after_the_editor_line_belongs_to_another_block():
    comment = "网友留言：这样的志愿者真好，向他们致敬，希望疫情早日结束！"
    page = clean_page(f"{HEAD}\n{P1}\n{P2}\n{P3}\n责任编辑：李小红\n{comment}")
    assert page.body == f"{P1}\n{P2}\n{P3}" and page.editors == ["李小红"]


def test_a_run_of_labels_above_the_first_paragraph_is_chrome_but_a_heading_of_the_story_stays():
    page = clean_page(f"{HEAD}\n大字体\n小字体\n{P1}\n{P2}")
    assert page.body == f"{P1}\n{P2}"
    page = clean_page(f"{HEAD}\n清晨值守\n{P1}\n深夜送药\n{P2}")  # the first of the story's headings
    assert page.body == f"清晨值守\n{P1}\n深夜送药\n{P2}"


def test_a_story_cut_off_inside_a_quotation_keeps_its_last_fragment():
    page = clean_page(f"{HEAD}\n{P1}\n{P2}\n她在群里“匀")
    assert page.body.endswith("她在群里“匀")


def test_a_date_standing_alone_under_the_headline_is_the_publication_date():
    page = clean_page(f"和平社区的清晨\n2021-12-16\n来源：清河日报\n{P1}\n{P2}")
    assert page.published == datetime(2021, 12, 16)  # noqa: DTZ001
    assert page.source == "清河日报" and page.body == f"{P1}\n{P2}"


def test_a_headline_printed_on_one_line_with_its_dateline_is_split():
    page = clean_page(f"首页>新闻>社区>\n和平社区的清晨! 2022-02-17 15:01:02  来源:清河日报\n{P1}\n{P2}")
    assert page.title == "和平社区的清晨!"
    assert page.published == datetime(2022, 2, 17, 15, 1, 2)  # noqa: DTZ001
    assert page.source == "清河日报" and page.body == f"{P1}\n{P2}"


def test_a_breadcrumb_written_without_a_colon_is_chrome_not_the_headline():
    page = clean_page(f"您的位置  清河风采  社区\n和平社区的清晨\n发布时间：2022-03-08\n{P1}\n{P2}")
    assert page.title == "和平社区的清晨" and "您的位置  清河风采  社区" in page.boilerplate


def test_an_outlet_named_only_in_a_byline_is_no_source_a_source_line_names_it():
    """The source is the outlet a 来源 line (or a dateline) names; a byline's outlet is the writer's."""
    page = clean_page(f"清河网通讯员 柯蓝溪\n{P1}\n{P2}")
    assert page.source == "" and page.authors == ["柯蓝溪"]
    assert credited_outlet("清河网通讯员 柯蓝溪") == "清河网"
    page = clean_page(f"和平社区的清晨\n来源：清河日报\n清河日报记者 柯蓝溪\n{P1}\n{P2}")
    assert page.source == "清河日报"
