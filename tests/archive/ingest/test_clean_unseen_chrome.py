"""Chrome and metadata on kinds of pages the tuned sets lacked (issue 12, boilerplate and metadata).

One test per class of mistake seen on unseen pages: chrome words hidden by a converter's pinyin
glosses, lists of links to other articles whose titles are cut short, banners standing above the
dateline, a WeChat story whose lines run on with commas, an outlet whose name ends in a bracket, and
an e-paper whose only date is the issue day over the page (and its captions under the story). Every
page is invented for the test; each stands for a layout seen on real sites. Pure; no database.
"""

from __future__ import annotations

from datetime import datetime

from archive.ingest.chrome import is_boilerplate
from archive.ingest.clean import clean_page
from archive.ingest.glossed import plain
from archive.ingest.layout import is_cut_title

P1 = "三月初，和平社区的志愿者每天清晨在小区门口为居民测量体温，一站就是三个小时。"
P2 = "社区党委书记王建华说，四十多名党员分成六个小组，轮流守在各个楼栋，谁家缺菜就帮谁家买。"
P3 = "居民们说，这些天大家心里踏实了许多。"
STORY = f"{P1}\n{P2}\n{P3}"
HEAD = "和平社区的清晨\n2022-03-08 09:30:15 来源：清河日报"


def test_chrome_words_of_a_glossed_traditional_page_are_chrome():
    story = "三月初，和平社區(qū)的志願者每天清晨在小區(qū)門口為居民測量體溫，一站就是三個小時。"
    tail = ["關(guān)鍵詞:", "相關(guān)閱讀", "- 清河縣菜農(nóng)送菜進小區(qū)居民連聲道謝-..."]
    page = clean_page(
        f"和平社區(qū)的清晨\n2022-03-08 09:30:15 來源:清河網(wǎng)\n{story}\n{P3}\n" + "\n".join(tail)
    )
    assert page.body == f"{story}\n{P3}"  # the glosses of the story itself are kept as printed
    assert all(line in page.boilerplate for line in tail)
    assert plain("社區(qū)黨支部") == "社区党支部" and plain(P1) == P1
    assert is_boilerplate("責(zé)任編輯:陳小戍") is False  # a credit line stays metadata, not chrome


def test_a_list_of_links_with_cut_titles_after_the_story_is_chrome_and_the_short_last_lines_stay():
    story = "大家辛苦啦，\n明天见!"
    links = [
        "这种菜竟然比肉还贵!菜市场里排起长队...",
        "注意!周末有雨!出门记得带伞",
        "楼下的猫又胖了，邻居们都笑了…",
        "@清河人，这份指南请收好!",
        "点击右上角分享给朋友",
        "祝大家周末愉快!",
    ]
    page = clean_page(f"{HEAD}\n{STORY}\n{story}\n" + "\n".join(links))
    assert page.body == f"{STORY}\n{story}"
    assert all(line in page.boilerplate for line in links)


def test_a_writers_own_ellipsis_and_one_cut_line_are_not_a_link_list():
    lines = "等待的日子里……\n春天总会来的……\n她说：“我们一定能等到那天…"
    page = clean_page(f"{HEAD}\n{STORY}\n{lines}\n{P3}")
    assert page.body == f"{STORY}\n{lines}\n{P3}"
    assert is_cut_title("- 清河县菜农送菜进小区...") and not is_cut_title("春天总会来的……")


def test_lines_that_run_on_with_a_comma_are_the_story_never_its_headline():
    opening = "小区封起来的那天,\n楼道里多了一群人,\n他们挨家挨户送菜、送药,\n他们是我们的邻居。"
    page = clean_page(f"来源:清河交通广播\n{opening}\n{STORY}")
    assert page.body == f"{opening}\n{STORY}"
    assert page.title != "小区封起来的那天," and page.source == "清河交通广播"


def test_banners_standing_above_the_dateline_are_not_the_body():
    page = clean_page(
        f"清河省农产品信息服务网\n清河市农产品信息服务网\n"
        f"2021-05-06 08:12:40 来源:清河县广播电视台 作者:林小远 点击:\n{STORY}"
    )
    assert page.body == STORY
    assert "清河市农产品信息服务网" not in page.body
    assert page.published == datetime(2021, 5, 6, 8, 12, 40)  # noqa: DTZ001


def test_an_outlet_whose_name_ends_in_a_gloss_keeps_it_and_a_bracket_around_the_line_goes():
    """A converter's pinyin gloss after the outlet's last character (清河網(wǎng)) is kept as printed (round
    38, reversing round 21: annotators write the outlet as the page prints it, glosses and all)."""
    page = clean_page(f"和平社區的清晨\n2021-11-02 18:20:05 來源:清河網(wǎng)\n{STORY}")
    assert page.source == "清河網(wǎng)"
    page = clean_page(f"和平社区的清晨\n（来源：清河日报）\n{STORY}")
    assert page.source == "清河日报"


def test_an_e_paper_issue_day_over_the_page_is_the_date_when_nothing_else_gives_one():
    captions = "左图 和平社区的早市。\n上图 志愿者把菜送到老人家门口。本报记者 许小川摄"
    page = clean_page(f"2021年03月15日 星期一\n和平社区的早市\n{STORY}\n{captions}\n清ICP备00000000")
    assert page.published == datetime(2021, 3, 15)  # noqa: DTZ001
    assert page.date_precision == "day"
    assert page.body == STORY  # the captions of the pictures under the story are metadata
    assert all(line in page.metadata for line in captions.split("\n"))
    # a portal's clock (a time of day) or a weekday that is wrong for the date is not the story's day
    assert clean_page(f"2021/6/3 下午3:05:41 星期四\n社区的清晨\n{STORY}").published is None
    assert clean_page(f"2021年03月16日 星期一\n社区的清晨\n{STORY}").published is None
    # a dateline wins over the issue day
    page = clean_page(f"2021年03月15日 星期一\n{HEAD}\n{STORY}")
    assert page.published == datetime(2022, 3, 8, 9, 30, 15)  # noqa: DTZ001


def test_wechat_prompts_to_share_or_follow_are_chrome():
    for line in ("点击右上角分享给朋友", "点击上方蓝字关注我们", "点击下方阅读原文"):
        assert is_boilerplate(line), line
    assert not is_boilerplate("点击鼠标的声音停了，屋里安静下来。")


def test_bars_of_buttons_after_the_story_are_chrome_wherever_they_stand():
    bars = [
        "【打印】 【字体：大 中 小】",
        "放大 缩小 默认",
        "阅读 10万+ 点赞 评论",
        "微博 QQ空间 微信",
        "举报/反馈",
    ]
    page = clean_page(f"{HEAD}\n{bars[0]}\n{P1}\n{bars[1]}\n{P2}\n{P3}\n" + "\n".join(bars[2:]))
    assert page.body == STORY
    assert all(line in page.boilerplate for line in bars)
    assert not is_boilerplate("分享快乐，也分享菜。") and not is_boilerplate("居民阅读了告知书。")


def test_a_wechat_copys_furniture_end_marks_and_comment_counters_are_chrome():
    furniture = [
        "-END-",
        "（完）",
        "往期推荐",
        "预览时标签不可点",
        "继续滑动看下一个",
        "微信扫一扫关注该公众号",
        "长按识别二维码关注清河发布",
        "已有0条评论",
    ]
    page = clean_page(f"{HEAD}\n{STORY}\n" + "\n".join(furniture))
    assert page.body == STORY
    assert all(line in page.boilerplate for line in furniture)
    # the same words glued to a story (a page printed on one line) do not make the story chrome
    assert not is_boilerplate(f"{P1}{P2} 预览时标签不可点 |")
    assert not is_boilerplate("社区工作人员教老人扫描二维码，一遍又一遍。")


def test_credits_printed_with_a_bar_and_wechat_credit_keys_are_metadata_not_body():
    credits = "编辑丨王小明\n审核丨李大明\n来源丨清河日报\n素材来源：清河发布\n监制：赵小刚"
    page = clean_page(f"社区的清晨\n{STORY}\n{credits}\n本文来源于清河发布，如有侵权请联系删除")
    assert page.body == STORY
    assert page.source == "清河日报"  # 素材来源 names where the pictures came from, not the outlet
    assert page.editors == ["王小明", "李大明"]  # 监制 is the crew, as in a broadcast's credit block


def test_a_government_sites_document_table_and_error_link_are_chrome():
    table = ["索引号：11000000-2022-00001", "网站标识码：1100000001", "政府网站找错", "共2页"]
    page = clean_page(f"{table[0]}\n{table[1]}\n{HEAD}\n{STORY}\n{table[2]}\n{table[3]}")
    assert page.body == STORY
    # (索引号 is one of the disclosure table's fields since the twenty-first round: metadata, not story)
    assert all(line in page.boilerplate for line in table[1:])
    assert table[0] in page.metadata


def test_outlets_on_other_source_keys_and_in_brackets_are_read():
    for line in ("稿源：清河日报 2022-03-08", "转自：清河日报 2022-03-08", "【来源：清河日报】 2022-03-08"):
        page = clean_page(f"和平社区的清晨\n{line}\n{STORY}")
        assert (page.source, page.published) == ("清河日报", datetime(2022, 3, 8)), line  # noqa: DTZ001
        assert page.body == STORY


def test_dates_from_a_year_and_month_day_url_and_more_meta_tags():
    page = clean_page(
        f"和平社区的清晨\n{STORY}", {"archive:url": "http://example.cn/n1/2021/0805/c1-123.html"}
    )
    assert page.published == datetime(2021, 8, 5)  # noqa: DTZ001
    page = clean_page(f"和平社区的清晨\n{STORY}", {"pubtime": "2021-08-05 10:20:30"})
    assert page.published == datetime(2021, 8, 5, 10, 20, 30)  # noqa: DTZ001
    page = clean_page(f"和平社区的清晨\n发表时间：2021-08-05 来源：清河网\n{STORY}")
    assert (page.published, page.source) == (datetime(2021, 8, 5), "清河网")  # noqa: DTZ001


def test_links_with_their_date_first_are_chrome_and_never_the_pages_date():
    links = "2022-03-07 清河县菜农送菜进小区\n[03-05] 清河县开展全员核酸检测工作"
    page = clean_page(f"{HEAD}\n{STORY}\n{links}")
    assert page.body == STORY and page.published == datetime(2022, 3, 8, 9, 30, 15)  # noqa: DTZ001
    page = clean_page(f"和平社区的清晨\n{STORY}\n{links}")  # no dateline: a link's date is not the story's
    assert page.body == STORY and page.published is None


def test_a_hot_search_line_above_the_headline_is_chrome_never_the_title():
    page = clean_page(f"热门搜索：核酸 疫苗 志愿者\n{HEAD}\n{STORY}")
    assert page.title == "和平社区的清晨" and page.body == STORY
    assert "热门搜索：核酸 疫苗 志愿者" in page.boilerplate


def test_end_marks_recommendation_headers_and_share_bars_close_the_story_before_long_teasers():
    teasers = (
        "清河县菜农把蔬菜送进封控小区，居民连声道谢，这个故事很长很长，讲了好多好多的事情，大家都很感动！\n"
        "清河县第二批下沉干部出发，奔赴抗疫一线，他们说一定不辜负大家的期望，守好每一扇门！"
    )
    for closer in (
        "-END-",
        "（完）",
        "往期推荐",
        "喜欢此内容的人还喜欢",
        "阅读 10万+ 点赞 在看",
        "【打印本页】【关闭窗口】",
    ):
        page = clean_page(f"{HEAD}\n{STORY}\n{closer}\n{teasers}")
        assert page.body == STORY, closer
    # a font bar between two paragraphs is passed over: the story goes on under it
    page = clean_page(f"{HEAD}\n{P1}\n字号：大 中 小\n{P2}\n{P3}")
    assert page.body == STORY


def test_previous_next_links_behind_arrows_platform_prompts_and_counters_with_units_are_chrome():
    chrome = [
        "浏览：1234次",
        "« 上一篇：清河县菜农送菜进小区",
        "【下一篇】清河县第二批下沉干部出发",
        "↑返回顶部",
        "扫描二维码，手机浏览",
        "返回清河号，查看更多",
        "打开清河新闻 查看精彩图片",
    ]
    page = clean_page(f"{HEAD}\n{chrome[0]}\n{STORY}\n" + "\n".join(chrome[1:]))
    assert page.body == STORY
    assert all(line in page.boilerplate for line in chrome)
    assert not is_boilerplate("浏览了社区的公告栏。") and not is_boilerplate("阅读让生活更美好")


def test_a_sites_own_notices_and_list_headers_are_chrome_but_a_sentence_opening_with_those_words_is_not():
    chrome = [
        "本文地址：http://www.example.cn/a/1.html",
        "更多精彩请关注清河网",
        "本站资讯仅供参考，不构成任何建议",
        "最新文章",
        "清河县菜农送菜进小区",
        "友情链接：清河网 清河在线",
        "Powered by ExampleCMS",
    ]
    page = clean_page(f"{HEAD}\n{STORY}\n" + "\n".join(chrome))
    assert page.body == STORY
    assert not is_boilerplate("最新文章显示，社区工作者每天要走两万步。")
    assert not is_boilerplate("相关报道称，社区志愿者很辛苦。")


def test_a_row_of_words_between_slashes_is_chrome_but_a_slashed_credit_or_date_is_not():
    page = clean_page(f"首页 / 新闻 / 社会\n和平社区的清晨\n2022/03/08\n记者/王小明/李小红\n{STORY}")
    assert page.title == "和平社区的清晨" and page.body == STORY
    assert "首页 / 新闻 / 社会" in page.boilerplate
    assert page.published == datetime(2022, 3, 8) and page.authors == ["王小明", "李小红"]  # noqa: DTZ001
