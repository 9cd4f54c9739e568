"""Extraction and metadata (issue 12, thirty-fourth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page
from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places


def test_a_doubled_given_name_is_no_road():
    """副主任 蒲路路: 路 ends a road's name, but a given name that doubles it names a person."""
    people = _people("青禾社区副主任 蒲路路:我们每天要给隔离的住户送两趟菜。")
    assert people.get("蒲路路") == ["青禾社区副主任"]


def test_a_name_in_hui_before_a_predicate_is_a_name():
    """药剂师柯德会推了推眼镜: 会 ends a body's name (协会), but here a person's, before her verb."""
    assert _people("柜台后面,药剂师柯德会推了推眼镜,把药片分进小袋。").get("柯德会") == ["药剂师"]


def test_clauses_of_a_series_with_the_same_verb_support_each_others_names():
    """甲捐款…、乙捐款…: the villager named with a post makes the donors listed beside him people."""
    people = _people("村民蒲志远捐款800元、韦建华捐款500元、柯振邦捐款300元,大家都说应该的。")
    assert {"蒲志远", "韦建华", "柯振邦"} <= set(people)


def test_a_conjunction_jieba_glued_to_the_second_name_is_no_surname():
    """甲和乙都是…: 和 is a surname, but between two names it joins them."""
    people = _people("柯海燕和安明都是志愿者。换班时柯海燕和安明都是一起来的。")
    assert {"柯海燕", "安明"} <= set(people) and "和安明" not in people


def test_the_whole_of_a_village_just_named_is_no_longer_name():
    """某村|全村力量: 全村 is everyone in the village, not part of its name."""
    assert _places("工作队发动青山村全村力量募集物资。") == {"青山村"}


def test_a_native_place_before_a_company_is_no_part_of_its_name():
    """某地籍|某某公司: the company's people come from there; 户籍科 keeps its 户籍."""
    assert "青禾丰源农业开发有限公司" in _orgs("柳湾籍青禾丰源农业开发有限公司送来了两千个口罩。")
    # (since round 47 a body's unit written after it is named with it: 某派出所|户籍科)
    assert "青禾派出所户籍科" in _orgs("青禾派出所户籍科的民警也来帮忙。")


def test_advice_on_opening_the_page_in_an_app_is_chrome_and_names_the_app():
    """打开APP / 2步打开 某某APP / • 点击右上角“…” 按钮: the page's prompt, never the headline; the app
    it names is the site."""
    page = clean_page(
        "打开APP\n2步打开 青禾云APP\n  • 点击右上角“…” 按钮\n  • 使用浏览器/Safari打开\n"
        "村里的代购员\n©原创 2020-02-11 17:43  阅读:4049\n"
        "正月里,柳湾村的蒲大伯每天骑三轮车去镇上,帮村民买米买药。他说大家少出门就好。"
    )
    assert page.title == "村里的代购员"
    assert page.site == "青禾云"
    assert page.published is not None and page.published.isoformat() == "2020-02-11T17:43:00"


def test_an_e_papers_issue_buttons_and_notice_are_chrome():
    page = clean_page(
        "这已经是最后一期了\n我知道了\n2021年03月02日\n上一期  下一期\n第3版:要闻\n"
        "卡口上的老兵\n□ 全媒体记者 蒲德安\n"
        "柳湾高速出口是货车下高速的地方。退役军人柯长青主动请缨,在这里守了一个月。"
    )
    assert page.title == "卡口上的老兵"


def test_an_outlet_named_alone_in_the_bracket_closing_the_story_is_the_source():
    """…防范意识。(某某新闻网): the outlet, not a writer; a name alone in that bracket stays the writer."""
    story = "柳湾村的大喇叭每天都在播防疫知识,村民的防范意识提高了。"
    page = clean_page(f"{story}\n大家都说,少出门就是做贡献。(青禾新闻网)")
    assert (page.source, page.authors) == ("青禾新闻网", [])
    page = clean_page(f"{story}\n大家都说,少出门就是做贡献。(青禾日报)")
    assert (page.source, page.authors) == ("青禾日报", [])
    assert clean_page(f"{story}\n大家都说,少出门就是做贡献。(蒲德安)").authors == ["蒲德安"]


def test_verbs_of_speaking_of_or_caring_for_a_unit_open_no_place():
    """谈到|居民区封控以来…, 心系|小区群众: the verb of the sentence, then the unit's common word."""
    assert _places("她在谈到居民区封控的日子时哭了。") == set()
    assert _places("物业公司负责人心系小区群众,自己出钱买口罩。") == set()


def test_a_verb_of_lying_beside_ends_a_bodys_name():
    """某村|紧邻|某某集团: the village lies beside the company; the company's name starts after the verb."""
    assert _orgs("青禾镇冯家庄村紧邻柳湾化工企业集团,进出的人多。") == {"柳湾化工企业集团"}


def test_a_count_or_a_pointer_glued_to_the_unit_word_is_no_part_of_a_body():
    """16|名村|党支部书记, 该|村村|党支部书记: the count's 名 and the pointer's 村 are no body's name."""
    orgs = _orgs("青禾片的12名村党支部书记都带了头。柯大伯把红包交给该村村党支部书记转到乡里。")
    assert not {"名村党支部", "村村党支部"} & orgs


def test_a_verb_of_handing_over_ends_the_clause_before_a_post():
    """把钱交给|村委会主任甲, 委托|该村|村党支部书记甲: the post is what follows the verb."""
    assert _people("他把两千元钱交给村委会主任蒲树林,说是给卡点买棉衣。").get("蒲树林") == ["村委会主任"]
    people = _people("柯大伯委托该村村委会主任蒲树林把红包捐出去。")
    assert people.get("蒲树林") == ["村委会主任"]


def test_a_dictionary_word_right_after_a_count_of_people_describes_them():
    """三位|花甲/nr|老人: jieba tags 花甲 a name; after the count it says how old the three are."""
    assert _people("柳湾村三位花甲老人主动到卡口值守。") == {}
    assert set(_people("两名志愿者蒲海燕、柯明来了。")) == {"蒲海燕", "柯明"}


def test_a_titles_last_character_glued_to_a_verb_opens_no_unit():
    """网格|员入/n|社区: 员 ends 网格员; 办事处|长胜社区 keeps its 长."""
    assert _places("青禾社区安排网格员入社区上门登记。") == {"青禾社区"}
    assert "长乐社区" in _places("我们走进青禾街道办事处长乐社区。")


def test_a_district_twice_after_its_city_is_no_other_divisions_short_form():
    """哈尔滨市南岗区 twice: 市南 (a district's short form elsewhere) is never written on its own here."""
    places = _places("哈尔滨市南岗区的菜店开门了。志愿者在哈尔滨市南岗区的楼道里送菜。")
    assert {"哈尔滨市", "南岗区"} <= places


def test_a_dotted_name_opens_after_a_particle_or_a_verb_of_the_clause():
    """82岁的|甲·乙, 热爱劳动的|甲·乙, 让|甲·乙: the dotted run is the name only."""
    people = _people(
        "门前,82岁的阿布都·热合曼大爷叫住了我们。一向热爱劳动的阿布都·热合曼大爷把院子扫得干干净净。"
        "这让阿布都·热合曼大爷犯了难。"
    )
    assert set(people) == {"阿布都·热合曼"}


def test_the_bracket_after_the_dateline_credits_its_writers_without_a_key():
    """某某网讯（某某大队；甲 乙）: the writers of the story, never its people."""
    page = clean_page("青禾网讯(青禾县地质大队; 蒲德安 柯晓岚)“疫情就是命令”,大队的干部们都这么说。")
    assert page.authors == ["蒲德安", "柯晓岚"]


def test_an_e_papers_masthead_names_the_paper_that_calls_itself_benbao():
    """今日某地 数字报纸 over 本报讯: the paper's name, whatever its shape."""
    page = clean_page(
        "今日青禾 数字报纸\n第2版:综合新闻\n敲门行动我先行\n"
        "本报讯 (记者 蒲德安) 3月7日凌晨,志愿者柯红军在青禾小区一带敲门,提醒住户去做核酸。"
    )
    assert page.source == "今日青禾"


def test_a_date_keyed_only_by_geng_xin_or_fa_bu_is_the_pages_field_line():
    """更新:2020-02-15 10:21:22 来源: 某某网: the page's fields, never its headline."""
    page = clean_page(
        "当前位置:首页>> 青禾区 >> 社会 >>\n青禾区:筑起防疫的红色防线\n"
        "更新:2021-03-02 08:15:40       来源: 青禾日报网\n分享到:\n手机读报,请下载掌上青禾\n"
        "正月初三,青禾区的机关干部们陆续回到岗位上。"
    )
    assert (page.title, page.source) == ("青禾区:筑起防疫的红色防线", "青禾日报网")
    assert page.published is not None and page.published.isoformat() == "2021-03-02T08:15:40"


def test_the_outlets_in_the_credit_after_a_dateline_are_no_bodies_of_the_story():
    """某某在线8月17日讯(某某日报·某某在线记者 甲): the writer's outlets, not organisations of the story."""
    assert _orgs("青禾在线8月17日讯(青禾日报·青禾在线记者 蒲德安)“疫情就是命令”,村干部们都这么说。") == set()


def test_queueing_is_no_team_and_a_towns_central_fishing_port_no_centre():
    """“一米距离”依次|排队: the verb's 队; 某镇中心|渔港: the town's central port, no body called 中心."""
    assert _orgs("大家隔着“一米距离”依次排队,没有人插话。") == set()
    assert _orgs("设在柳湾镇中心渔港码头的采样点一直开着。") == set()
    assert _orgs("“红马甲”志愿服务队在村口值守。") == {"“红马甲”志愿服务队"}


def test_a_clauses_opening_or_its_object_marker_is_no_part_of_a_post():
    """无论是|网格员甲, 第一时间将|驾驶员乙, 一对|“夫妻档”社区工作者: the post is what follows."""
    people = _people("无论是网格员蒲海燕,还是志愿者柯冬芹,都坚守在岗位上。")
    assert (people.get("蒲海燕"), people.get("柯冬芹")) == (["网格员"], ["志愿者"])
    assert _people("民警第一时间将驾驶员蒲大明送到医院。").get("蒲大明") == ["驾驶员"]


def test_a_manner_word_jieba_reads_whole_is_no_part_of_the_speakers_name():
    """职工甲|乐呵呵/z|地说: the name ends where the manner's word begins."""
    assert _people("连队职工蒲旭乐呵呵地说,今年的瓜卖完了。") == {"蒲旭": ["连队职工"]}


def test_the_kind_of_body_before_its_name_is_no_part_of_the_name():
    """对口医院|某某医院: apposition, the hospital's kind and then its name."""
    assert "青禾医院" in _orgs("一人联系对口医院青禾医院说明孕妇的情况。")


def test_verbs_of_being_elected_asking_and_building_open_no_body_or_place():
    """高票当选|村委委员, 征得|社区同意, 质问|居委会, 构筑|社区防线."""
    assert _orgs("换届时蒲德兰高票当选村委委员。") == set()
    assert _places("志愿者征得社区同意后把物资推了回来。她质问居委会为什么不开门。") == set()
    assert _places("青禾:构筑小区的防疫网") == set()


def test_a_breadcrumb_ending_in_the_headline_is_chrome():
    """频道>标签 | 标题 over 标签 | 标题: the crumb is chrome; the headline is the line under it."""
    headline = "物业+业委会+居民 | 青禾:小区里的一道红色防线"
    page = clean_page(
        f"邻里频道>{headline}\n{headline}\n“算上我一个!”青禾县柳岸小区的业主们在群里抢着报名当志愿者。"
    )
    assert page.title == headline
    assert "邻里频道" not in page.body and page.body.startswith("“算上我")


def test_a_browsers_warning_and_a_portals_panes_are_chrome():
    """当前浏览器版本过低…, 请切换至极速模式, 相关信息和服务, 知识图谱: the page's, never the story's."""
    page = clean_page(
        "您的浏览器版本过低,页面可能显示不全,请换用其他浏览器。\n"
        "如仍看到本提示,请把浏览器切换到极速模式。\n"
        "青禾社区的防疫日记\n2022-04-09 10:20 来源:青禾区政府网\n"
        "四月初,青禾社区的志愿者们每天守在小区门口,给进出的居民测体温。\n"
        "相关信息和服务\n知识图谱"
    )
    assert "浏览器" not in page.body and "知识图谱" not in page.body
    assert page.body.startswith("四月初")


def test_all_before_a_body_is_no_part_of_its_name():
    """对|所有|公办幼儿园: a determiner, never a body's name."""
    assert "所有公办幼儿园" not in _orgs("区里给所有公办幼儿园发了通知。")
