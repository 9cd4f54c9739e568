"""Extraction (issue 12, forty-second round). Sentences written for these tests."""

from __future__ import annotations

from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places

# Places and organisations


def test_a_villages_two_committees_glued_to_its_name():
    """某某村两委 (jieba's one word 村两委): the village is a place, the two committees one body."""
    text = "今年春节，石桥铺村两委班子带头守卡口，柳湾村支两委也排好了值班表。"
    assert {"石桥铺村", "柳湾村"} <= _places(text)
    assert {"石桥铺村两委", "柳湾村支两委"} <= _orgs(text)


def test_the_two_committees_after_a_verb_name_no_village():
    """开|村两委|会议, 带领|村两委, 该村|村两委: the committees of the village already named."""
    text = "他先开村两委会议，再带领村两委干部上门，该村村两委统一采购了口罩，书记亲率村两委值守。"
    assert _places(text) == set()
    assert _orgs(text) == set()


def test_a_village_whose_name_ends_in_village():
    """某村|村: 柯村村 is the village 柯村; 长青村|村民, 某村|村口 open words of the village."""
    assert "柯村村" in _places("青禾大学驻柯村村工作队全力助力柯村村打赢防控战。")
    found = _places("长青村村民都来了，长青村村口设了卡点，乡村村医也到了。")
    assert "长青村" in found
    assert not {"长青村村", "乡村村"} & found


def test_within_the_village_or_county_is_no_part_of_a_name():
    """某村|正在|村内巡逻: within the village just named; 县内|城关镇: the township, without 内."""
    assert _places("青禾镇柳树村正在村内巡逻的辅警看到有人聊天。") == {"青禾镇", "柳树村"}
    assert "城关镇" in _places("县里决定下周在县内城关镇逐户排查。")
    assert "内城关镇" not in _places("县里决定下周在县内城关镇逐户排查。")
    assert "内务部街社区" in _places("东城区内务部街社区来了。")


def test_a_corps_regiment_and_its_company_written_together():
    """七团五连: the regiment and its company are places, as a township and its village are."""
    assert {"九团", "三连"} <= _places("九团三连连部的卡点上，党员们轮流值守。")
    assert _places("球队取得了三连胜。") == set()


def test_a_community_whose_name_ends_in_and_after_its_street():
    """某街道|嘉/j|和/c|社区: 嘉和 is no word, the community's name; 某镇和平社区 as before."""
    assert "嘉和社区" in _places("青禾街道嘉和社区的网格员连夜上门。")
    assert "和平社区" in _places("青禾镇和平社区也来了。")


def test_a_street_named_by_a_noun_after_a_preposition():
    """在|鼓楼/n|街道防疫: a street where something is done, not 细化|社区防控 (a verb's object)."""
    assert "鼓楼街道" in _places("志愿者们在鼓楼街道防疫一线坚守了半个月。")
    assert _places("要细化社区防控工作方案。") == set()


def test_a_districts_short_form_that_opens_with_a_direction():
    """西固 for 西固区 (named in full in the story): a name, not a part of town as 西区 is."""
    assert "西固" in _places("在西固，社区工作人员很耐心。西固区的居民杨师傅说谢谢。")


def test_a_count_of_projects_is_no_community():
    """发起了一项社区项目, 一种社区文化: a count before the word, not a community's name."""
    assert _places("议员发起了一项社区项目，想培育一种社区文化。") == set()
    assert {"项家村", "种田村"} <= _places("项家村和种田村的志愿者都来了。")


def test_a_volunteer_team_called_by_the_word_of_taiwan_and_south_east_asia():
    """志工 is the volunteer of Taiwan and South-East Asia: 某某志工团, 某某志工队 are teams."""
    assert "青禾志工团" in _orgs("青禾志工团送来了口罩和消毒液。")
    assert "慈恩志工队" in _orgs("慈恩志工队的志工们来到社区。")


def test_a_compounds_lettered_zone():
    """某某小区A区: the zone of the compound is a place as printed."""
    assert "锦绣小区A区" in _places("青禾市锦绣小区A区的居民排队做核酸。")


def test_a_shop_named_by_where_it_stands_and_a_body_after_a_verb_of_working_with():
    """周围超市, 身边药店: shops near by, no names; 协同|某某公安局: the verb is no part of the body."""
    assert _orgs("周围超市货都不够，身边药店也没货了。") == set()
    assert "青禾县公安局" in _orgs("街道协同青禾县公安局连夜排查。")
    assert "协同青禾县公安局" not in _orgs("街道协同青禾县公安局连夜排查。")


def test_a_service_corps():
    """某某应急服务团, 某县志愿服务团: a team by its larger name."""
    assert "青禾应急服务团" in _orgs("市民政局启动了挂在社工协会名下的青禾应急服务团。")


# People


def test_a_surname_printed_in_its_variant_form():
    """锺 (钟 as Taiwan, Hong Kong and South-East Asia print it) opens a name."""
    assert _people("选区议员锺秀慧发起了缝口罩的活动。")["锺秀慧"] == ["选区议员"]


def test_an_elected_councillor_is_a_post():
    """选区议员的甲, 区议员乙: a member of a council, as 人大代表 is."""
    found = _people("选区议员的黄志明表示感谢。区议员陈树强说，物资下午送到。")
    assert found["黄志明"] == ["选区议员"]
    assert found["陈树强"] == ["区议员"]


def test_thanks_before_a_surname_and_title_is_no_name():
    """谢谢|龙书记: 谢 is a surname, 谢谢 is thanks."""
    assert "谢谢龙" not in _people("“真的谢谢龙书记，菜都卖出去了。”")


def test_a_list_item_that_opens_a_bodys_name_is_no_person():
    """甲、乙、文溪志工团团长丙: 文溪志 (文 a surname) opens the team's name, which is a body."""
    found = _people("在场的有区会主席陈国华、青禾团长黄立新、文溪志工团团长林秀英等执委。")
    assert "文溪志" not in found
    assert "文溪志工团团长" in found["林秀英"]


def test_writers_named_in_a_row_after_the_dateline_are_credits():
    """某某网讯 甲、乙摄影报道: the photographers of the story, never its people."""
    found = _people("青禾网环保频道讯 肖光明、刘德华摄影报道:“家住几栋？”社区书记陈方明说，大家放心。")
    assert set(found) == {"陈方明"}


def test_a_registered_company_name_opened_by_its_province():
    """某省|亿/m佳宏达|食品集团有限公司: a trade name jieba reads as a numeral, after the province."""
    assert "湖北省亿佳宏达食品集团有限公司" in _orgs("湖北省亿佳宏达食品集团有限公司捐款二十万元。")
    assert "青禾银行有限公司" in _orgs("青禾市民政局和青禾银行有限公司来了。")
