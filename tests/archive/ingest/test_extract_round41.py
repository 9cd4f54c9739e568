"""Extraction (issue 12, forty-first round). Sentences written for these tests."""

from __future__ import annotations

from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places

# Places


def test_a_village_called_by_its_name_alone_where_the_name_is_no_word():
    """某庄村 … 通往某庄的公交车, 某庄人, 某堡志愿者: jieba guesses the name as a person's or cuts it up."""
    text = "青禾镇磨石庄村有三百多户。原本通往磨石庄的班车停了，磨石庄人就自己种菜。"
    assert {"磨石庄村", "磨石庄"} <= _places(text)
    assert "小柯堡" in _places("小柯堡村设了三个卡口。防控无死角，小柯堡志愿者认真又负责。")


def test_a_common_word_or_a_longer_name_is_not_the_village_alone():
    """幸福村 … 幸福的生活: a word of the language; 柯庄村 … 柯庄镇: the name goes on into another unit."""
    assert "幸福" not in _places("幸福村的村民说，幸福的生活是干出来的。")
    assert "磨石庄" not in _places("磨石庄村的菜运到了磨石庄镇的集市。")


# Organisations


def test_an_association_before_its_chairs_title():
    """某县义工联合会|会长: jieba's dictionary holds 会会 (a stray entry), which must not hide the body."""
    assert "青禾县义工联合会" in _orgs("作为青禾县义工联合会会长，他连夜召集志愿者。")


def test_a_nickname_in_quotes_before_a_body_named_from_its_place():
    """请来了“笔杆子”某市某协会理事甲: the nickname is the person's, the body starts at its city."""
    text = "稿子请来了“笔杆子”湘潭市群众文艺协会理事张文清执笔。"
    assert "湘潭市群众文艺协会" in _orgs(text)
    assert "“笔杆子”湘潭市群众文艺协会" not in _orgs(text)
    assert _people(text)["张文清"] == ["湘潭市群众文艺协会理事"]


def test_a_courts_tribunal_and_a_poetry_society():
    assert "青禾法院东湖法庭" in _orgs("我是青禾法院东湖法庭的一名书记员。")
    assert "柳湾诗社" in _orgs("他是柳湾诗社社长，也是党员志愿者。")
    assert _orgs("这起纠纷最后闹上了法庭。") == set()


# Roles


def test_a_post_in_quotes_the_role_phrase_opens_is_the_quoted_word():
    """甲是某社区“中心户长”之一: the post is 中心户长, not the unit and half the quotation."""
    assert _people("陈秀芝是青禾社区“中心户长”之一，每天挨家走访。")["陈秀芝"] == ["中心户长"]


def test_a_care_body_named_from_its_community():
    """某社区|养老服务中心, 某社区|日间照料中心: named from the community, as its clinic is."""
    assert "青禾社区养老服务中心" in _orgs("这是青禾社区养老服务中心的社工为高龄老人准备的午餐。")
    assert "青禾社区日间照料中心" in _orgs("青禾社区日间照料中心每天为老人送餐。")


def test_a_body_of_a_province_left_unnamed_and_bodies_of_two_levels():
    """山西|一|村委会 (a village committee somewhere in the province), 某市|两级|法院 (the city's courts)."""
    assert _orgs("日前，山西一村委会派无人机喊话，视频走红。") == set()
    assert not {o for o in _orgs("湖北省宜昌市两级法院都派出了干警。") if o.endswith("法院")}
    assert "山西一村" not in _places("日前，山西一村委会派无人机喊话，视频走红。")


def test_taiwans_township_office_council_and_farmers_association():
    text = "吉安鄉公所與吉安鄉民代表會、吉安農會一起發起防疫巡守。"
    assert {"吉安鄉公所", "吉安鄉民代表會", "吉安農會"} <= _orgs(text)


# People


def test_a_surname_and_the_word_surnamed_is_no_name():
    """一名徐姓老人: someone surnamed 徐, whose name the story does not give."""
    assert _people("正月初二，青禾村一名徐姓老人在家过世。") == {}


def test_a_given_name_ending_in_the_months_character():
    """廖友|月/m|的老伴: jieba reads 月 as a month's; after a kind of person it ends the given name."""
    assert "廖秀月" in _people("独居老人廖秀月的老伴看见社工送药来了。")


def test_a_series_saying_where_each_volunteer_is_posted():
    """甲在某卡点、乙在某卡点…: the names after the first, however jieba cut them (查/v|长春/ns)."""
    text = "年近七旬的濮志明在宜园小区卡点、查长春在五里村大地卡点、刘铮慧在石化新村卡点……志愿者遍布全市。"
    assert {"濮志明", "查长春", "刘铮慧"} <= set(_people(text))
    assert set(_people("志愿者王建国在东门卡点、大家在西门卡点值守。")) == {"王建国"}


def test_a_profiles_heading_names_its_unit_and_person():
    assert "何兴懿" in _people("【经济学院:何兴懿】\n寒假回到家乡后，我第一时间报名成为村里的志愿者。")
    assert _people("【青禾社区:防控进行时】\n大家都来了。") == {}


def test_a_highways_name_is_no_part_of_the_village_after_it():
    assert "民主村" in _places("交警在宋应线民主村路段设了监测点。")
    assert "青禾村" in _places("交警在国道318线青禾村路段设卡。")
    assert not {p for p in _places("交警在宋应线民主村路段设了监测点。") if "线" in p}


def test_a_villages_name_alone_before_its_netizens():
    assert "石岔沟" in _places("金溪镇石岔沟村委会每天用方言广播。石岔沟网友纷纷留言点赞。")


def test_temples_mosques_the_islamic_association_and_their_clergy():
    """某某禅寺, 某某城隍庙, 某某清真寺, 某市伊协 (its short name, as 侨联); 法师 and 阿訇 are posts."""
    text = "青禾玉佛禅寺、青禾城隍庙的代表来到湘潭市伊协，又向东关清真寺捐赠了口罩。"
    assert {"青禾玉佛禅寺", "青禾城隍庙", "湘潭市伊协", "东关清真寺"} <= _orgs(text)
    assert _people("清真寺的阿訇马建国每天都来。")["马建国"] == ["阿訇"]


def test_a_temples_name_is_no_persons():
    """某地白云观|姚树良法师: 白 is a surname, but a name never ends in a temple's 观."""
    assert "白云观" not in _people("上海城隍庙陈巧林法师、上海白云观姚树良法师表示将履行社会责任。")


def test_a_prefectures_short_form_opening_with_a_conjunction_needs_its_province():
    """某清真寺和|田坝清真寺: 和田 is a prefecture's short form only where the story names 新疆."""
    assert "和田" not in _places("他们检查了东寺清真寺和田坝清真寺的防疫工作。")
    assert "和田" in _places("新疆和田的志愿者们在社区值守。")


def test_an_aspect_particle_jieba_glues_to_a_bodys_city():
    """赠送|了市/v|民族宗教委: the particle closes the verb, the body is the city's."""
    assert "市民族宗教委" in _orgs("他们还赠送了市民族宗教委筹集的防疫口罩。")


def test_a_community_named_for_a_mosques_street_and_a_street_lined_with_buildings():
    """清真寺|路社区: the road named for the mosque, then its community; 街道|长约: no 道长 (a post)."""
    text = "邢台市襄都区清真寺路社区居委会每天为老人送饭。"
    assert "清真寺路社区" in _places(text)
    assert "清真寺路社区居委会" in _orgs(text)
    assert _people("这条街道长约两公里，店铺一家挨着一家。") == {}


def test_schools_of_all_levels_are_a_kind():
    """各|中小学校: no longer hidden by jieba's stray 校核, the schools of all levels name no school."""
    assert _orgs("如今，各中小学校核酸采样点已经全部开放。") == set()
