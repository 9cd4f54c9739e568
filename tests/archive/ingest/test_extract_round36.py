"""Extraction and metadata (issue 12, thirty-sixth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page
from archive.ingest.extract.not_names import is_not_a_name
from archive.ingest.extract.tokens import Doc
from archive.ingest.lexicon import Lexicon
from archive.ingest.story_end import is_list_item
from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places


def test_a_slogan_over_the_crumb_yields_to_the_column_tagged_headline_with_a_number_in_it():
    """口号! / 首页 > 频道 > 正文 / 栏目|标题 with 20岁 in it / the dateline: the tagged line is the headline
    (a count inside a headline's words is no list item's counter)."""
    page = clean_page(
        "青禾资讯,看得更远更快!\n"
        "首页 > 民生> 正文\n"
        "青春正当时|封控小区里 20岁快递员当起了楼道志愿者\n"
        "发布时间:2022-04-20 10:15 来源:\n"
        "浏览:36\n"
        "柯小川是一名快递员,4月12日他照常到柳湾小区派件,刚进门小区就封控了。\n"
        "他当天就报名做志愿者,帮着物业分装物资,挨家挨户送到门口。"
    )
    assert page.title == "青春正当时|封控小区里 20岁快递员当起了楼道志愿者"
    assert page.body.startswith("柯小川是一名快递员")
    assert not is_list_item("青春正当时|封控小区里 20岁快递员当起了楼道志愿者")
    assert is_list_item("浏览 36 | 评论 2")


def test_a_language_switch_over_the_page_is_chrome_never_the_title():
    page = clean_page(
        "简体中文\n"
        "    首页 >> 校园动态 >>校园动态 >> 齐心守护,青禾市柳湾区第二小学的老师们当起了志愿者!\n"
        "    详细内容\n"
        "    齐心守护,青禾市柳湾区第二小学的老师们当起了志愿者!\n"
        "时间:2021-08-09     作者:青禾教育网\n"
        "青禾实验小学32名教师志愿者主动报名,下沉到柳湾社区参加核酸检测服务。\n"
        "教师柯晓兰说:“我们多跑几步,居民就少等一会儿。”"
    )
    assert page.title == "齐心守护,青禾市柳湾区第二小学的老师们当起了志愿者!"
    assert "简体中文" in page.boilerplate


def test_a_page_printing_both_dates_keeps_the_publication_date():
    page = clean_page(
        "八旬老党员交上特殊党费\n"
        "发布时间:2020-02-02 09:00 更新时间:2020-02-03 21:40:12\n"
        "2月1日上午,柳湾村83岁的老党员柯有福把1000元交到村党支部书记手中。"
    )
    assert page.published.isoformat() == "2020-02-02T09:00:00"


def test_an_opening_told_one_phrase_a_line_with_a_count_and_a_section_heading_under_it_is_the_story():
    """在刺骨的寒风里 / 柳湾村的 / 72岁老党员柯守义 / … / 只要村里需要我 / (the story, with more headings
    of that shape): the opening lines, the count in them too, are the story's, and name its people."""
    page = clean_page(
        "“闲不住”的老党员写下请战书\n"
        "2020-02-15 18:42:21 来源:青禾传媒集团\n"
        "在刺骨的寒风里\n"
        "青禾县柳湾镇柳湾村的\n"
        "72岁老党员柯守义\n"
        "用行动守着村口\n"
        "守着一个老党员的初心\n"
        "只要村里需要,我就在 /\n"
        "正月初三,得知村里要设卡招募志愿者,柯守义第一个报了名。村里担心他年纪大,他就写了一封请战书。\n"
        "老伴的牵挂 /\n"
        "今天是柯守义值守卡点的第十二天。卡点离村口一公里多,他中午就在卡点吃饭,一天守九个小时。"
    )
    assert page.body.startswith("在刺骨的寒风里")
    assert "柯守义" in _people(page.body)
    assert {"柳湾镇", "柳湾村"} <= _places(page.body)


def test_a_verb_of_hearing_ends_the_walk_back_from_a_compounds_word():
    """…时|听闻/n|小区急缺…: jieba tags the verb a noun; it is the sentence, no estate's name."""
    assert not _places("柯小川送完快递后去物业问情况时听闻小区急缺人手,就留下帮忙。")


def test_a_village_whose_cun_opens_the_committees_word_keeps_its_first_character():
    """打破了|施|柳|村委会: jieba glued the name's first character to the verb; the village named
    elsewhere (施柳村) gives the committee its whole name."""
    found = _orgs("一阵电话声打破了施柳村委会的宁静。家住施柳村的老人柯有福说:“我要捐款。”")
    assert "施柳村委会" in found and "柳村委会" not in found


def test_an_abstract_noun_jieba_lists_as_a_name_is_no_person():
    """住户的向心力: 向心力 is in jieba's dictionary tagged nr; a word + 力 is no name."""
    assert not _people("义管家们来了以后,小区居民的向心力更强了。")


def test_a_list_opening_before_a_titled_member_shares_the_lists_role():
    """甲、党员代表乙、丙等9名教师志愿者: 甲 is one of the nine volunteers too; the role is the whole
    title phrase after 等N名 (教师志愿者)."""
    people = _people("青禾小学柯艳秋、党员代表韦玲、毕晓岚等7名青年教师志愿者来到附近小区帮忙。")
    assert people["柯艳秋"] == ["青年教师志愿者"]
    assert "青年教师志愿者" in people["毕晓岚"]


def test_a_verb_then_a_pronoun_after_a_two_character_name_is_no_third_character():
    """副书记马辉/nr|劝/v|他: the verb and its object, not 马辉劝."""
    people = _people("知情的副书记柯辉劝他回家休息,他摇摇头说:“卡点离不开人。”")
    assert "柯辉" in people and "柯辉劝" not in people


def test_a_noun_read_as_the_given_name_after_a_title_and_before_a_verb_is_the_name():
    """工作队员陈/nr|正文/nz|放弃: after a title, a noun given name and the verb of the clause."""
    assert "韦正文" in _people("采样结束后,工作队员韦正文放弃午休时间,统计出当日的采样数据。")


def test_law_firms_supply_cooperatives_ministries_and_national_bodies_are_organisations():
    found = _orgs(
        "青禾拓维律师事务所和上海锦禾(福州)律师事务所的律师捐了款。柳湾县供销社成立了保供专班。"
        "他先后获得交通运输部和全国总工会的表彰,部分院领导也来祝贺。"
    )
    assert {"青禾拓维律师事务所", "上海锦禾(福州)律师事务所", "柳湾县供销社"} <= found
    assert {"全国总工会", "交通运输部"} <= found
    assert "部分院" not in found


def test_an_elder_called_by_surname_and_their_home_is_no_name():
    """王叔家的…: jieba tags 王叔家 a name; 叔 (an elder called by the surname) and 家 (their home) make
    no given name."""
    text = "“周女士家有婴儿、王叔家的米缸快见底了。”她都记在本子上。"
    assert is_not_a_name(Doc(text, Lexicon()), text.index("王叔家"), "王叔家")
    assert not _people(text)


def test_an_assistant_to_a_post_is_a_title():
    people = _people("第二检察部检察官助理柯志在,虽然老家在外省,他还是留了下来。")
    assert "柯志在" in people and any(r.endswith("检察官助理") for r in people["柯志在"])


def test_an_e_papers_titles_glued_into_one_line_and_listed_give_the_headline_printed_again():
    """The page's <title> runs the page's titles together, the list follows, and the story's headline is
    printed again over it (the sixth of the list): that one is the headline; the issue's day beside its
    font buttons dates the page."""
    titles = [
        "一封家书 暖了整栋楼",
        "菜篮子每天送到门口",
        "“别着急,我们这就到”",
        "一张手绘 感动了大白",
        "老师们线上线下齐上阵",
        "邮递员小分队把包裹送进封控楼",
        "一次求助 救下一对母子",
    ]
    page = clean_page(
        "".join(titles)[:60] + "\n"
        "第007版:同心抗疫 共护家园\n上一版 下一版\n" + "\n".join(titles) + "\n图片新闻\n"
        "青禾日报 | 青禾科技报\n5上一篇  下一篇6\n2021 年 08 月 09 日 星期 放大 缩小 默认\n"
        "邮递员小分队把包裹送进封控楼\n本报记者 柯晓岚\n"
        "“这一箱是三十个包裹。”8月8日一早,柳湾区青松街道的卡点前,邮递员柯渝正在一件件核对。\n"
        "柯渝已经在封控区里送了五天包裹,每天要跑二十多趟。"
    )
    assert page.title == "邮递员小分队把包裹送进封控楼"
    assert page.published is not None and page.published.date().isoformat() == "2021-08-09"
    assert page.body.startswith("“这一箱是三十个包裹。”")


def test_a_key_spaced_out_before_its_colon_is_read_as_the_key():
    page = clean_page(
        "通信人进社区:点点微光 汇成星河\n2021年9月6日 08:54 青禾通信网 作 者:柯路\n"
        "9月3日起,青禾市各单位的在职党员陆续回到居住地,在小区门口帮着登记测温。"
    )
    assert page.authors == ["柯路"]
    assert page.published.isoformat() == "2021-09-06T08:54:00"


def test_a_writers_profile_beside_the_story_is_chrome_not_its_headline_or_writer():
    page = clean_page(
        "记者简介\n 柯路\n2000.8-2005.3   青禾电信分公司  市场部  综合管理\n"
        "   2006.3至今     青禾通信分公司  运维部、客服部  主管\n点击排行\n"
        "通信人进社区:点点微光 汇成星河\n2021年9月6日 08:54 青禾通信网 作者:柯路\n"
        "9月3日起,青禾市各单位的在职党员陆续回到居住地,在小区门口帮着登记测温。"
    )
    assert page.title == "通信人进社区:点点微光 汇成星河"
    assert page.authors == ["柯路"]
    assert page.published.isoformat() == "2021-09-06T08:54:00"


def test_the_sites_address_and_a_time_under_the_headline_is_its_dateline():
    page = clean_page(
        "】 【打 印】\n【 第1页 第2页 第3页 】\n青禾战疫一线:居委干部连轴转\n"
        "http://www.example.cn   2022-03-24 17:00:33\n守在楼里的人\n孩子在视频那头喊妈妈\n"
        "柳湾居民区社工柯晶住在办公室,十天里只在视频里见过孩子。\n"
        "扫描二维码访问青禾网手机版 】 【关 闭】"
    )
    assert page.title == "青禾战疫一线:居委干部连轴转"
    assert page.published.isoformat() == "2022-03-24T17:00:33"
    assert "扫描二维码" not in page.body


def test_but_glued_to_a_streets_name_opens_no_part_of_it():
    """，但|汝水|路街道: the clause's 但 jieba glued to the name after it."""
    found = _places("气温明显下降,但汝水路街道柳湾社区的党员们却没有受到丝毫影响。")
    assert "汝水路街道" in found and "但汝水路街道" not in found


def test_a_preposition_before_the_first_name_of_a_row_is_no_surname():
    """派出|由/p|孙杰/nr、乙、丙: 由 is a surname character, but here the preposition of the row."""
    people = _people("中心立即派出由柯杰、韦帆、宋岚、毕小丽组成的采样队。")
    assert "柯杰" in people and "由柯杰" not in people


def test_a_lane_and_its_number_are_no_person():
    assert not _people("8月7日下午6点多,青羊区柳新巷77号的抄手店老板说,店里的面都送出去了。")


def test_an_e_papers_index_line_with_a_date_and_separators_stays_a_list_item():
    """--> 2022-04-15 1 1 某某日报 content_….html: an e-paper's index line, a list item whatever its fields'
    lengths (only a column's name and a headline after it are no item)."""
    assert is_list_item("--> 2022-04-15 1 1 青禾日报 content_2100013.html 1")
    assert not is_list_item("青春正当时|封控小区里 20岁快递员当起了楼道志愿者")
