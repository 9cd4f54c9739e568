"""Extraction and metadata (issue 12, thirty-third round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.clean import clean_page
from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places


def test_a_photo_caption_glued_before_the_dateline_leaves_the_outlet_and_writers_readable():
    """志愿者测体温。甲 摄 某某网1月29日讯（记者 乙 通讯员 甲）…: the caption and its credit run on into the
    story's dateline on one line; the outlet and the writers are the dateline's."""
    page = clean_page(
        "志愿者在青禾小区门口为居民测体温。柯小岚 摄 青禾网1月29日讯(本网记者 蒲德安 通讯员 柯小岚)"
        "“大家排好队,一个一个来。”1月28日,青禾镇文化站的志愿者们早早来到了卡点。"
    )
    assert page.source == "青禾网"
    assert {"蒲德安", "柯小岚"} <= set(page.authors)


def test_a_caption_without_a_dateline_after_it_stays_the_story():
    page = clean_page("志愿者在青禾小区门口为居民测体温。柯小岚 摄 大家排好队,一个一个来,谁也不落下。")
    assert page.source == "" and page.authors == []


def test_a_media_brand_before_its_place_is_the_outlet():
    """今日某地讯, 掌上某地讯: the brand's word (今日, 掌上, 云上) and the place are the outlet's name."""
    page = clean_page("今日泰兴讯 正月初五一早,青禾社区的志愿者们就守在了路口,给过往车辆登记。")
    assert page.source == "今日泰兴"


def test_an_edition_of_a_paper_is_its_own_outlet():
    """某某日报农村版讯: the edition is part of the outlet's name (某某晚报掌上某地讯 is the paper)."""
    page = clean_page("青禾日报农村版讯(记者 蒲德安)正月里,青禾村的喇叭每天都在播防疫知识。")
    assert page.source == "青禾日报农村版"


def test_a_reporters_credit_after_the_lead_paragraph_names_the_outlet():
    """…大家都平安。某某商报·某某新闻记者 甲: the credit run on after the lead's last sentence."""
    page = clean_page(
        "老城区的守护者\n2020-02-12 09:30\n"
        "在这场看不见硝烟的战争中,他们守在第一线,只为更多的人能平安。青禾商报·禾苗新闻记者 蒲德安\n"
        "柯小岚是青禾街道物业管理办公室负责人,今年37岁。她每天早上七点就到岗。"
    )
    assert (page.source, page.authors) == ("青禾商报·禾苗新闻", ["蒲德安"])


def test_a_field_line_after_a_bullet_is_the_pages_metadata():
    """• 来源:某某网: a list bullet before the page's source field (a bullet before a short word alone is
    the site's menu)."""
    page = clean_page(
        "青禾村的志愿者\n  • 来源:青禾农网\n青禾村的志愿者们每天都在卡点值守,风雨无阻。他们说大家平安就好。"
    )
    assert page.source == "青禾农网"


def test_an_outlet_spaced_from_its_reporters_key_with_the_day_glued_to_the_name():
    """某某网 记者 甲2月7日下午,…: the outlet and the writer open the story."""
    page = clean_page(
        "青禾村封闭管理\n青禾观察网 记者 蒲德安2月7日下午,青禾县下发通知,要求村组实行封闭管理。"
    )
    assert (page.source, page.authors) == ("青禾观察网", ["蒲德安"])


def test_a_paper_shortened_in_its_dateline_is_named_by_the_pages_publisher_line():
    """商报消息 under a line 某某商报社: the paper's whole name."""
    page = clean_page(
        "青禾商报社\n回家过年改视频拜年\n商报消息(通讯员 蒲德安)大年初二中午,青禾村的柯大爷和孙子视频聊天。"
    )
    assert page.source == "青禾商报"


def test_two_he_in_a_row_the_first_ends_the_given_name():
    """甲乙和|和丙: no conjunction doubles, so the first 和 is the name's."""
    people = _people("青禾街道办事处职工柯光和和蒲邦凤夫妻俩被安排到双江社区。")
    assert {"柯光和", "蒲邦凤"} <= set(people) and "柯光" not in people


def test_a_rarer_surname_that_writes_common_words_after_a_title():
    """党委书记步家华: 步 opens 进一步 and 步行 too; taken after a title, where jieba reads the name whole."""
    assert _people("黄序村党委书记步家华召集村两委班子成员商议。").get("步家华") == ["黄序村党委书记"]
    assert _people("我们要进一步做好防控工作。") == {}


def test_a_martyr_is_named_with_the_word_after_the_name():
    assert _people("这里是柯芝瑞烈士的牺牲地。").get("柯芝瑞") == ["烈士"]


def test_lai_before_a_verb_is_no_name():
    """全员来检测, 义工来帮忙: 来 is a surname, but before a verb it is the verb of coming."""
    assert _people("全员来检测,确保健康中。青禾义工来帮忙。") == {}
    assert "来海燕" in _people("社区书记来海燕说,大家辛苦了。")


def test_a_common_word_after_a_kin_word_is_no_name():
    """老伴|辛勤/nr|耕种: jieba's dictionary holds 辛勤 as a name, but it is a common word."""
    assert _people("他与老伴辛勤耕种6亩菜地。") == {}


def test_the_compound_next_door_is_no_place():
    assert _places("女儿被送往隔壁小区的父母家中。对面社区的居民也来帮忙。") == set()


def test_a_verbs_result_before_a_village_is_no_part_of_its_name():
    """守护好|孙岗村: 好 is what the verb achieves."""
    assert _places("我们要坚决守护好孙岗村676户。") == {"孙岗村"}


def test_adverbs_and_verbs_jieba_tags_as_nouns_end_a_places_name():
    """跟村医一起|下村 (going to the villages), 下一步|小区, 感觉|小区: no place."""
    text = "她要跟村医一起下村测体温。大家讨论下一步小区怎么做。居家期间,感觉小区邻里更亲了。"
    assert _places(text) == set()


def test_a_preposition_or_a_day_glued_before_a_relative_body_is_not_its_name():
    """经|镇党委, 1月24|日市|指挥部: the town's committee and the city's headquarters."""
    assert _orgs("经镇党委集体研究,成立了临时党支部。") >= {"镇党委"}
    assert "经镇党委" not in _orgs("经镇党委集体研究,成立了临时党支部。")
    assert _orgs("自从1月24日市新冠肺炎防控指挥部连下六份文件,工作更忙了。") == {"市新冠肺炎防控指挥部"}


def test_a_verb_of_giving_or_standing_in_is_no_part_of_a_bodys_name():
    """赠送给|学校, 充当|临时业主委员会."""
    assert _orgs("口罩和消毒液等防疫物资将赠送给学校。") == set()
    assert "充当临时业主委员会" not in _orgs("临时党支部自愿充当临时业主委员会,行使其职能。")
