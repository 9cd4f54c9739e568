"""Page metadata and chrome (issue 12, forty-sixth round). Pages written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page

_STORY = "青松社区的志愿者们每天守在小区门口,为居民测量体温、登记信息,一刻也不放松。"


def test_a_pictures_file_name_under_the_date_is_no_headline():
    """标题 / 日期 某某网 / p1_s (1) / caption / 某某网消息: the file name of a picture is no headline over
    the lede; the headline over the date stays."""
    page = clean_page(
        "首页 > 新闻 >\n\n为生命踩油门,为防疫踩刹车——青松市司机转运样本\n\n2022-04-20 16:04:49 清河网\n\n"
        f"p1_s (1)\n\n司机正在消毒\n\n清河网消息(记者 韦春兰){_STORY}\n{_STORY}\n"
    )
    assert page.title == "为生命踩油门,为防疫踩刹车"


def test_a_numbered_trail_whose_first_item_is_its_label():
    """1. 您所在的位置回到首页 / 2. 频道 / 3. 标题: a breadcrumb printed as a numbered list, its label as
    the first item; the headline printed under it is the title."""
    page = clean_page(
        "1. 您所在的位置回到首页\n  2. 新闻中心\n  3. 人道纪实\n  4. 青松村的一天\n\n青松村的一天\n\n"
        f"来源:韦春兰 2022-05-04\n\n"
        f"{_STORY}\n{_STORY}\n"
    )
    assert page.title == "青松村的一天"


def test_a_quoted_headline_before_its_keyed_date_and_source_on_one_line():
    """“把最远的路,留给我们” 发布时间:2020-09-23 来源:某某日报: the headline (quoted whole, a comma in
    it) and the fields on one line under a junk line of the site's."""
    page = clean_page(
        "清河新闻样例条目6样例条目5样例条目4\n\n网站首页 > 公益\n\n"
        f"“把最远的路,留给我们” 发布时间:2020-09-23 来源:清河日报\n\n{_STORY}\n{_STORY}\n"
    )
    assert page.title == "“把最远的路,留给我们”"
    assert page.source == "清河日报" and page.published.date().isoformat() == "2020-09-23"


def test_teasers_cut_at_an_open_bracket_are_no_headline():
    """更多>>推荐文章 / 【清河社工 / 1月5日,一批满载着… (teasers cut to the list's width) / the headline /
    [作者|来源|时间]: the dated headline under them is the title."""
    page = clean_page(
        "您的位置:首页 > 动态 > 媒体报道\n\n新闻中心\n\n更多>>推荐文章\n\n【清河社工\n\n"
        "1月5日,一车装满青松市民和爱心企业的\n\n【清河新闻\n\n今早起,青松又降温了, 区救助站\n\n"
        "【清河社工】《清河日报》青松社工抗疫服务已达9万人次\n\n"
        f"[作者:清河社工|来源:清河社工服务站|时间:2020-03-03] [ ]\n\n{_STORY}\n{_STORY}\n"
    )
    assert page.title == "【清河社工】《清河日报》青松社工抗疫服务已达9万人次"


def test_a_glossed_source_line_with_its_date_glued_after_the_story():
    """(來(lái)源:某某報(bào)2022年3月25日) under a converter's glossed story: the outlet as printed and its
    date (a field line, no dated link to another page)."""
    story = "本報(bào)訊 為做好防疫工作,青松社區(qū)組織志願者上門服務,受到居民好評。志願者們每天早出晚歸。"
    page = clean_page(f"青松社区的志愿者\n{story}\n{story}\n(來(lái)源:清河報(bào)2022年3月25日)\n")
    assert page.source == "清河報(bào)"
    assert page.published.date().isoformat() == "2022-03-25"


def test_a_breadcrumb_whose_last_item_is_the_headline():
    """当前位置:首页 > 频道 > 栏目 标题——副题 (the headline nowhere else): the trail's last item, after
    the column's name, is the headline; split at —— as any."""
    page = clean_page(
        "当前位置:首页 > 工会 > 工会动态 送 “暖”进社区——青松市工会为一线人员送物资\n\n"
        f"2021-12-29 09:49:33来源:清河网\n\n{_STORY}\n{_STORY}\n"
    )
    assert page.title == "送 “暖”进社区"
    assert page.subtitle == "青松市工会为一线人员送物资"
    page = clean_page(f"首页 > > 青松村564名党员坚守防疫一线,守好村口\n\n{_STORY}\n{_STORY}\n")
    assert page.title == "青松村564名党员坚守防疫一线,守好村口"


def test_the_pages_own_headline_over_a_wires_longer_title():
    """标题 / its dateline / … / 某某社某地电 题：青松省标题: the page printed the headline (shorter) over the
    wire's dateline; the page's own line is the title."""
    page = clean_page(
        "您当前所在位置: > 新闻 > 社区\n\n江畔抗疫记:守好渡口防输入\n\n"
        "时间:2020-03-23 15:01:07  来源:  作者:网络\n\n"
        "清河社青松3月23日电 题:青松省江畔抗疫记:守好渡口防输入\n\n"
        f"{_STORY}\n{_STORY}\n"
    )
    assert page.title == "江畔抗疫记:守好渡口防输入"


def test_a_marked_main_title_over_a_plain_subtitle():
    """共同守好“防疫关” / 我市切实做好社区封闭管理 / the dateline: the quoted main title over a longer plain
    line is the title (a banner over a headline has no marks)."""
    page = clean_page(
        "您的位置:清河网>> 聚焦清河 >>正文\n共同把好“入口关”\n我市全面做好小区和楼栋封闭式管理\n"
        f"2020-02-10 13:00    清河网-清河日报   记者 韦春兰\n{_STORY}\n{_STORY}\n"
    )
    assert page.title == "共同把好“入口关”"


def test_a_headline_under_its_date_after_a_label_and_a_chrome_line():
    """应用提示 / 热搜词 / 2020-01-28 12:37 / 标题 / the story: the line between the date and the story is the
    headline, no chrome line over them."""
    page = clean_page(
        "正确的提示信息\n扫码打开清河APP\n打开APP\n热搜词\n2020-01-28 12:37\n"
        f"排查、劝返、封路,青松村这样守村口\n{_STORY}\n{_STORY}\n"
    )
    assert page.title == "排查、劝返、封路,青松村这样守村口"


def test_a_bracketed_outlet_of_any_name_before_its_reporters_credit():
    """【某某报·某某财经】(记者 甲 文图)…: the bracket before a reporter's credit is the outlet, whatever its
    name ends in (a paper and its brand joined by ·)."""
    page = clean_page(
        "志愿者日记:卡口的一天\n时间:2022-05-12 / 点击:960\n"
        f"【清河报·清河财经】(记者 韦晓岚 文图){_STORY}\n{_STORY}\n"
    )
    assert page.source == "清河报·清河财经"


def test_a_repost_names_where_the_story_comes_from():
    """本文由某某财经(ID:…)原创,作者:… under the headline: the outlet the repost names."""
    page = clean_page(
        "热搜词\n2020-01-28 12:37\n排查、劝返、封路,青松村这样守村口\n"
        "本文由清河财经(ID:qinghecj)原创,作者:韦晓岚。\n"
        f"{_STORY}\n{_STORY}\n"
    )
    assert page.source == "清河财经"
