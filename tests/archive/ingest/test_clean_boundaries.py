"""Body boundaries and metadata on pages of sites the archive has never seen (issue 12, items 1–2).

One test per class of mistake: a breadcrumb taken for the headline, footers and notices leaking into
the body, credit lines read as story text, a headline printed twice or in an unusual place. Every page
is invented for the test; each stands for a layout seen on real sites. Pure; no database.
"""

from __future__ import annotations

from datetime import datetime

from archive.ingest.bylines import credit_names, glued_credits
from archive.ingest.clean import clean_page
from archive.ingest.footer import is_contact_block, is_rights_notice

P1 = "三月初，和平社区的志愿者每天清晨在小区门口为居民测量体温，一站就是三个小时。"
P2 = "社区党委书记王建华说，四十多名党员分成六个小组，轮流守在各个楼栋，谁家缺菜就帮谁家买。"
P3 = "居民们说，这些天大家心里踏实了许多。"
STORY = f"{P1}\n{P2}\n{P3}"
HEAD = "和平社区的清晨\n2022-03-08 09:30:15 来源：清河日报"


def test_a_breadcrumb_with_arrows_and_leading_marks_is_chrome_never_the_title():
    page = clean_page(f">>您当前位置:首页 -> 专题 -> 2022 -> 抗疫群像 -> 志愿星光\n{HEAD}\n{STORY}")
    assert page.title == "和平社区的清晨"
    assert page.body == STORY
    assert ">>您当前位置:首页 -> 专题 -> 2022 -> 抗疫群像 -> 志愿星光" in page.boilerplate


def test_a_copyright_notice_of_several_lines_after_the_story_stays_out_even_when_it_is_longer():
    notice = [
        "反侵权公告：",
        "根据有关法律法规，未经书面许可，擅自转载本报作品的，将涉嫌侵犯著作权人的合法权益，特此公告如下：",
        "一、任何单位或个人在任何平台上使用本报享有著作权的原创内容，必须事先取得本报的书面授权；",
        "二、对侵犯本报著作权益的行为，本报将采取一切合法措施追究侵权责任，包括公开谴责、提起诉讼等；",
        "三、欢迎读者提供侵权线索：",
        "李律师（法律顾问）0000-12345678",
    ]
    page = clean_page(f"{HEAD}\n{P1}\n{P3}\n（清河网编辑 周小游）\n" + "\n".join(notice))
    assert page.body == f"{P1}\n{P3}"
    assert all(line in page.boilerplate for line in notice)
    assert page.editors == ["周小游"] and page.authors == []


def test_a_reprint_notice_in_one_line_is_chrome():
    notice = "本网站所刊登的各种新闻、信息和专题资料，均为清河网版权所有，未经协议授权，禁止下载使用。"
    page = clean_page(f"{HEAD}\n{STORY}\n{notice}")
    assert page.body == STORY and notice in page.boilerplate
    assert is_rights_notice(notice) and not is_rights_notice(P2)


def test_contact_and_licence_footers_after_the_story_stay_out():
    footer = [
        "【清河手机报订阅：发送短信qh到10650000】",
        "清河日报社 Copyright 2000-2022 All Rights Reserved",
        "地址：清河市北路88号 邮编：100000 新闻热线：0000-1234567 传真：0000-1234568 合作洽谈：0000-7654321",
        "主办单位：清河日报社 技术支持：清河网络公司",
        "备案号：清ICP备00000000号",
    ]
    page = clean_page(f"{HEAD}\n{STORY}\n【编辑】:张小燕\n【责任编辑】:秦大文\n" + "\n".join(footer))
    assert page.body == STORY
    assert page.editors == ["张小燕", "秦大文"]
    assert not any(line in page.body for line in footer)
    assert is_contact_block(footer[2]) and not is_contact_block("他拨通了0000-12345678，没人接。")


def test_teasers_of_other_articles_after_the_credit_line_are_not_the_story():
    teaser = "本报讯 5月11日，记者从清河区城管局获悉，该区启动街巷综合治理行动，以北路、南路等中小..."
    slogan = "清河新闻，传递邻里温度。新闻之外，我们也分享生活里的好事！"
    page = clean_page(f"社区的清晨\n{STORY}\n王小鉴 清河报业全媒体记者 蒋小香\n新闻推荐\n{teaser}\n{slogan}")
    assert page.body == STORY
    assert page.authors == ["王小鉴", "蒋小香"]


def test_dated_links_detail_links_and_previous_next_lines_after_the_story_are_chrome():
    links = [
        "清河县菜农送菜进小区 2022-03-07",
        "清河县第二批下沉干部出发 03-06",
        "清河县核酸检测点一览，附时间表[详细]",
        "上一篇：清河县菜农把蔬菜送进封控小区，居民连声道谢的故事",
        "下一条：清河县第二批下沉干部出发",
    ]
    page = clean_page(f"{HEAD}\n{STORY}\n" + "\n".join(links))
    assert page.body == STORY


def test_a_short_story_is_not_outweighed_by_long_picture_captions_linked_under_it():
    captions = "\n".join(
        f"{n}月{n}日，清河县举行一场很长很长的活动，新华社记者 李某 摄，图片说明还有很多很多文字。[详细]"
        for n in range(3, 7)
    )
    page = clean_page(f"社区的清晨\n{STORY}\n责任编辑：\n{captions}")
    assert page.body == STORY


def test_credit_lines_are_metadata_and_photographers_are_not_authors():
    page = clean_page(
        f"{HEAD}\n□本报记者 许小玲 通讯员 肖小蓉\n{STORY}\n新华社记者 张大建 摄\n（清河网编辑 周小游）"
    )
    assert page.body == STORY
    assert page.authors == ["许小玲", "肖小蓉"] and page.editors == ["周小游"]
    assert credit_names("新华社记者 张大建 摄") == ([], [])
    assert credit_names("清河日报 记者/李小红 实习生/武小莹") == (["李小红", "武小莹"], [])
    assert credit_names("社区书记说，大家辛苦了") is None


def test_credits_glued_to_the_first_or_last_line_give_the_authors_and_stay_in_the_body():
    first = "本报讯（记者 韩小峰 通讯员 柯文静）三月初，和平社区的志愿者每天清晨守在小区门口。"
    last = "居民们说，这些天大家心里踏实了许多。（清河日报记者 姜小璐 实习生 刘小婷）"
    page = clean_page(f"{HEAD}\n{first}\n{P2}\n{last}")
    assert page.body == f"{first}\n{P2}\n{last}"
    assert page.authors == ["韩小峰", "柯文静", "姜小璐", "刘小婷"]
    assert glued_credits(P1, "大家都说好。（清河县和平街道办事处 任小生）") == (["任小生"], [])


def test_a_traditional_page_keys_are_read():
    page = clean_page(f"和平社區的清晨\n2021-01-14 03:16:18  來源:清河網\n{STORY}\n責任編輯:陳小戍")
    assert page.source == "清河網" and page.published == datetime(2021, 1, 14, 3, 16, 18)  # noqa: DTZ001
    assert page.body == STORY


def test_the_headline_repeated_above_the_story_is_metadata_and_its_kicker_the_subtitle():
    page = clean_page(f"{HEAD}\n逐户排查 送菜上门\n和平社区的清晨\n{STORY}")
    assert (page.title, page.subtitle) == ("和平社区的清晨", "逐户排查 送菜上门")
    assert page.body == STORY
    page = clean_page(f"{HEAD}\n清河观察丨和平社区的清晨\n{STORY}")
    assert page.body == STORY


def test_the_headline_repeated_between_paragraphs_as_a_picture_caption_is_not_body():
    page = clean_page(f"和平社区：党员守好大门\n{P1}\n和平社区：党员守好大门\n{P2}\n和平社区：党员守好大门")
    assert page.title == "和平社区：党员守好大门"  # full-width punctuation kept
    assert page.body == f"{P1}\n{P2}"


def test_the_headline_under_a_line_of_spam_is_found_by_the_dateline_under_it():
    spam = "免费高清在线观看，精品专区，最新电影大全，欧美日韩高清一区二区三区，点击就看，每天更新，不限次数"
    page = clean_page(f"{spam}\n和平社区：党员冲在前，筑起防线！\n2021-01-14 03:16:18 来源：清河网\n{STORY}")
    assert page.title == "和平社区：党员冲在前，筑起防线！"
    assert page.body == STORY and spam in page.boilerplate


def test_a_headline_printed_under_the_story_before_its_dateline_is_the_title():
    page = clean_page(f"{P1}{P2}\n楼院居民齐上阵联防联控守家园\n发布时间:2024/5/23 9:51:15")
    assert page.title == "楼院居民齐上阵联防联控守家园" and not page.is_title_derived
    assert page.body == f"{P1}{P2}"


def test_a_title_field_names_the_headline_and_a_reading_time_banner_is_chrome():
    page = clean_page(
        f"本篇文章269字，读完约1分钟\n{STORY}\n标题：和平社区的清晨\n地址：http://example.cn/1.html"
    )
    assert page.title == "和平社区的清晨"
    assert page.body == STORY


def test_a_summary_above_the_story_is_metadata_a_caption_credited_after_its_sentence_opens_the_story():
    summary = f"内容提要：{P1}"
    caption = "和平社区北门，志愿者分装生活物资。社区供图"
    page = clean_page(f"{HEAD}\n{summary}\n{caption}\n{STORY}")
    assert page.body == f"{caption}\n{STORY}"  # a caption inside the story's span is the story's
    assert summary in page.metadata
    wire = "和平社区北门，志愿者分拣生活物资（5月3日摄）。"  # a wire's caption, credited in brackets
    page = clean_page(f"{HEAD}\n{summary}\n{wire}\n{STORY}")
    assert page.body == STORY and wire in page.metadata


def test_app_prompts_are_chrome_not_the_headline():
    page = clean_page(f"清河新闻客户端\n打开APP 阅读全文\n{HEAD}\n{STORY}")
    assert page.title == "和平社区的清晨" and page.body == STORY


def test_a_comment_counter_after_the_story_is_chrome():
    page = clean_page(f"{HEAD}\n{STORY}\n留言与评论(共有 0 条评论) “” |")
    assert page.body == STORY


def test_a_broadcast_crew_block_gives_writers_and_editors_but_not_the_crew():
    crew = "总监制/刘小雯 监 制/郝 刚 值班主任/张小霞\n记 者/吴小晶 张小嫣 责 编/吴小晶"
    page = clean_page(f"和平社区的清晨\n{STORY}\n{crew}")
    assert page.body == STORY
    assert page.authors == ["吴小晶", "张小嫣"] and page.editors == ["张小霞", "吴小晶"]


def test_a_media_placeholder_above_the_story_is_chrome():
    page = clean_page(f"{HEAD}\n视频链接\n{STORY}")
    assert page.body == STORY


def test_the_site_is_read_where_the_page_names_itself_but_a_channel_crumb_is_no_site():
    assert clean_page(f"您当前的位置 : 清河新闻网 >> 今日聚焦\n{HEAD}\n{STORY}").site == "清河新闻网"
    assert clean_page(f"欢迎来到清河网,请登录注册\n{HEAD}\n{STORY}").site == "清河网"
    notice = "本文为清河新闻网原创文章,转载须注明出处并保留此声明。"
    assert clean_page(f"{HEAD}\n{STORY}\n{notice}").site == "清河新闻网"
    assert (
        clean_page(f"{HEAD}\n{STORY}\nCopyright 2000-2022 QHNEWS.NET All Rights Reserved").site
        == "QHNEWS.NET"
    )
    assert clean_page(f"{HEAD}\n{STORY}\n（清河网编辑 周小游）").site == "清河网"
    assert clean_page(f"清河频道 > 全景清河\n{HEAD}\n{STORY}").site == ""


def test_a_related_news_header_behind_a_mark_and_a_rights_statement_close_the_story():
    tail = "清河网版权与内容产品销售的声明：\n- 1、“清河网”由清河日报社主办，经其授权，由公司独家经营。"
    page = clean_page(f"{HEAD}\n{STORY}（图/文 许小池 于小文 编辑 刘小星）\n>相关新闻\n{tail}")
    assert page.body == f"{STORY}（图/文 许小池 于小文 编辑 刘小星）"
    assert page.authors == ["许小池", "于小文"] and page.editors == ["刘小星"]


def test_a_publisher_name_above_the_headline_gives_way_to_the_line_a_dateline_follows():
    page = clean_page(
        f"清河发展（清河）股份有限公司\n和平社区的清晨\n时间:2020-03-02   来源:清河公司\n{STORY}"
    )
    assert page.title == "和平社区的清晨" and page.source == "清河公司"
    assert page.body == STORY


def test_an_original_title_note_and_a_dispatch_credit_are_metadata():
    page = clean_page(f"原标题：和平社区的清晨\n{STORY}")
    assert page.title == "和平社区的清晨" and page.body == STORY
    page = clean_page(
        f"社区的清晨\n记者 | 王小燕 (发自清河)\n原标题:\n和平社区的清晨\n本文选自特刊「清河现场」\n{STORY}"
    )
    assert page.title == "社区的清晨" and page.authors == ["王小燕"]
    assert page.body == STORY


def test_an_aggregator_or_site_banner_above_the_headline_is_never_the_title():
    for banner in ("清河头条", "手机看新闻", "今日头条 · 清河号", "清河新闻网 - 专业的新闻门户"):
        assert clean_page(f"{banner}\n和平社区的清晨\n{STORY}").title == "和平社区的清晨"
        assert clean_page(f"{banner}\n{HEAD}\n{STORY}").title == "和平社区的清晨"
    # a headline that merely ends in 网 (a safety net) is still the headline
    page = clean_page(f"网格员织牢基层疫情防护网\n一位退休教师的二十四小时\n来源:清河日报\n{STORY}")
    assert page.title == "网格员织牢基层疫情防护网"


def test_the_sites_calendar_or_a_dated_link_above_the_headline_is_not_the_publication_date():
    page = clean_page(f"2022年3月8日 星期二\n清河热点 2022-01-05\n首页 > 新闻\n{HEAD}\n{STORY}")
    assert page.published == datetime(2022, 3, 8, 9, 30, 15)  # noqa: DTZ001
    assert "2022年3月8日 星期二" in page.boilerplate and page.body == STORY


def test_an_e_paper_page_label_and_an_audio_player_are_chrome():
    page = clean_page(f"第A06版：区域新闻\n众志成城，齐心抗疫\n听新闻\n{STORY}")
    assert page.title == "众志成城，齐心抗疫" and page.body == STORY


def test_a_closing_credit_glued_without_spaces_and_followed_by_a_bar_gives_the_writers():
    last = f"{P3}（记者雷小福实习记者李小利实习生王小华） |"
    page = clean_page(f"{HEAD}\n{P1}\n{last}")
    assert page.authors == ["雷小福", "李小利", "王小华"]
