"""Extraction (issue 12, forty-fourth round). Sentences written for these tests."""

from __future__ import annotations

from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places

# People


def test_a_given_name_jieba_cut_in_two_after_a_title_glued_to_the_surname():
    """律|师范|伟|芳: the title's last character, the surname in a word with it, and a given name
    jieba cut into two one-character names; the name is all three characters."""
    people = _people("青禾律所的青年律师范伟芳在报名表上写下了自己的电话。")
    assert "范伟芳" in people
    assert "范伟" not in people


def test_a_common_noun_after_a_verb_and_its_complement_is_no_given_name():
    """符合|出海|条件的渔船: the complement's surname character (海) and a frequent noun (条件) name
    nobody; the old shape (排查|出马|文涛的车辆) still gives a name."""
    assert _people("今年全镇达到出海条件的渔船都已登记。") == {}
    assert "马文涛" in _people("卡口的志愿者当天排查出马文涛的车辆来自外省。")


def test_a_word_that_doubles_its_first_character_is_no_name():
    """天刚|蒙蒙亮: a word of the dictionary whose first character (a surname's) is said twice."""
    text = "天刚蒙蒙亮,村民就出门扫雪。第二天天刚蒙蒙亮,志愿者又到了卡口。"
    assert _people(text) == {}


# Organisations


def test_a_firms_office_named_by_its_brand_and_its_city():
    """某某泉州分所: a firm's office in another city named by the brand and the city alone; the brand
    after a clause mark is part of its name."""
    assert "恒立泉州分所" in _orgs("其中,恒立泉州分所的律师报名接听热线。")


def test_a_sentence_adverb_is_no_part_of_a_bodys_name():
    """幸好|派出所的同志赶到: the adverb of luck opens the clause, not the body's name."""
    assert not any(name.startswith("幸好") for name in _orgs("车主不听劝阻,幸好派出所民警及时赶到。"))


def test_a_pointer_to_the_place_in_general_opens_no_bodys_name():
    """卡口|所在地|地方政府: where the post stands, in general; no body is named."""
    assert _orgs("检查组由县卫健局和卡口所在地地方政府抽调人员组成。") == {"县卫健局"}


# Places


def test_the_county_town_in_general_is_no_part_of_an_estates_name():
    """分赴|县城|某某小区: the county town (县城, 城区) before the estate is where it lies."""
    assert _places("干警们分赴县城春晖里小区开展志愿服务。") == {"春晖里小区"}


def test_a_kind_of_housing_or_a_withheld_owner_names_no_compound():
    """售后公房小区 is a kind of housing; 某局宿舍小区 withholds the owner's name: neither is a compound."""
    assert _places("这一带多是售后公房小区,没有物业。") == set()
    assert _places("她住在青石岗公租房小区。") == {"青石岗公租房小区"}  # a named one is a compound
    assert _places("一辆车冲进某局宿舍小区里。") == set()


def test_a_row_closed_by_a_rough_count_of_its_kind_keeps_each_whole_name():
    """甲、乙、丙等三个小区 with the first name opening on a bound morpheme (怡/vg|景园): each name whole;
    a count with 余 and a kind word between (等20余个重点社区) close a row too."""
    assert _places("党员们分别进入怡景园、龙湖尊邸、学府雅地等三个小区。") >= {
        "怡景园",
        "龙湖尊邸",
        "学府雅地",
    }
    assert _places("队员走访了东兴里、西苑里、南湖里等20余个重点社区。") >= {"东兴里", "西苑里", "南湖里"}


def test_an_item_between_two_compounds_of_a_row_is_a_compound_however_jieba_reads_it():
    """甲小区、起航小区、乙社区: an item of a row of units between two found ones, ending in a unit's word,
    is a unit too (起航 is a verb to jieba); a common word (帮助) before the unit word is none."""
    found = _places("志愿者分赴春晖里小区、起航小区、西苑社区、书香家园、新安小区开展服务。")
    assert {"起航小区", "书香家园"} <= found
    assert "帮助小区" not in _places("走访了东湖小区、帮助小区、西苑小区。")


def test_a_verb_before_the_quoted_epidemic_pun_ends_no_name():
    """群众居家战“疫”: the genre's pun (战“疫” for 战役) after a surname's character (居) names nobody."""
    assert _people("春节期间,青松镇群众居家战“疫”,党员韦立新却坚守卡口。") == {"韦立新": ["党员"]}


def test_a_surname_and_the_clan_word_name_a_place_not_a_person():
    """白氏坪, 李氏宗祠: 氏 (the clan) after a surname's character makes a place's name, no person's."""
    assert _people("志愿者把菜送到罗氏坪的每户老人家中。") == {}


def test_a_bodys_committee_after_its_second_plate_in_brackets():
    """某烟草专卖局(公司)党委: a body of two plates (一个机构两块牌子), then its own Party committee."""
    assert "青禾烟草专卖局(公司)党委" in _orgs("青禾烟草专卖局(公司)党委组织党员下沉社区。")


def test_a_preposition_jieba_glued_to_the_name_after_a_body_ends_the_body():
    """某某商会|向马岗/nr|村民委员会: the preposition after a body, glued to the next name by jieba, parts
    the giver from the receiver."""
    assert _orgs("青禾潮汕商会向马岗村民委员会捐赠物资。") == {"青禾潮汕商会", "马岗村民委员会"}


def test_a_checkpoint_named_by_where_it_stands_is_no_body():
    """村口|检查站, 重要|小区: where a checkpoint stands and which compounds matter name no body, no place."""
    assert _orgs("他正在村口检查站执勤。") == set()
    assert _places("在人流量较大场所和重要小区点位开展检查。") == set()


def test_a_firms_site_office_under_its_name_is_no_body_of_its_own():
    """某某公司|项目部经理: the site office is named under the firm; the firm is the body."""
    assert _orgs("韦卫红现任青岛建工三路集团有限公司项目部主管。") == {"青岛建工三路集团有限公司"}
    assert _orgs("韦卫红现任青禾建工三路集团有限公司项目部主管。") == set()  # the firm's words alone


def test_a_row_inside_a_counted_group_closed_by_zainei_takes_its_post():
    """包括甲、乙、丙在内的10位志愿者: the row's names are in the counted group, whose post they take."""
    people = _people("3月以来,包括韦程明、黄立、孙德昌在内的8位志愿者轮流值守。")
    assert people == {"韦程明": ["志愿者"], "黄立": ["志愿者"], "孙德昌": ["志愿者"]}


def test_a_team_named_by_a_committees_office_is_a_body():
    """县委办公室|志愿服务队: two body words (县委, 办公室) before a team's word name the team's unit."""
    assert "县委办公室志愿服务队" in _orgs("车站出口的县委办公室志愿服务队查验健康码。")


def test_an_idioms_verb_and_object_before_er_name_nobody():
    """闻令而动, 都|闻声而来: a surname's character opening the verb and object of an idiom before 而;
    对某某而言 still names the person."""
    assert _people("小区里的居民都闻声而来,排队等候。") == {}
    assert _people("一部分村民闻令而“动”,守在路口。") == {}
    assert _people("网格员韦立明说,对韦立明而言,这是头一回。") == {"韦立明": ["网格员"]}


def test_tibetan_names_of_more_elements():
    """昂旺|勒吉, 土旦|仁青: Tibetan names of elements the stock lacked (a name with no surname)."""
    assert "昂旺次仁" in _people("疫情发生后,昂旺次仁介绍,村里组织了巡逻队。")
    assert "土旦卓玛" in _people("村医土旦卓玛每天入户测体温。")


def test_a_verb_of_carrying_out_or_changing_a_bodys_work_opens_no_name():
    """领会|指挥部的部署, 调整|某某领导小组: the verb is the clause's; the body after it is generic here."""
    assert _orgs("党员们认真领会指挥部的部署。") == set()
    assert _orgs("镇里及时调整疫情防控领导小组成员。") == set()


def test_a_rough_count_of_streets_in_the_county_town_is_no_place():
    """对县城|近百条|街道: the county town's streets, counted roughly (近百条, 上百个), name no street."""
    assert _places("镇里组织人员对县城上百条街道逐一消杀。") == set()


def test_a_firms_brand_before_its_city_in_brackets():
    """某某(天津)某某设备有限公司: brand, city in brackets, trade, kind (the PRC's form of a firm's
    name); a pronoun or a verb before the bracket is no brand."""
    assert "青禾万通(天津)机电设备有限公司" in _orgs("指导员来到青禾万通(天津)机电设备有限公司检查。")
    assert not any(name.startswith("他在") for name in _orgs("他在(天津)机电设备有限公司工作。"))
