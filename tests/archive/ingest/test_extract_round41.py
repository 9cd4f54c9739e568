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
    """群里的“笔杆子”某市某协会副秘书长甲: the nickname is the person's, the body starts at its city."""
    text = "创作交给了群里的“笔杆子”湘潭市群众文艺协会副秘书长张文清。"
    assert "湘潭市群众文艺协会" in _orgs(text)
    assert "“笔杆子”湘潭市群众文艺协会" not in _orgs(text)
    assert _people(text)["张文清"] == ["湘潭市群众文艺协会副秘书长"]


def test_a_courts_tribunal_and_a_poetry_society():
    assert "青禾法院东湖法庭" in _orgs("我是青禾法院东湖法庭的一名书记员。")
    assert "柳湾诗社" in _orgs("他是柳湾诗社社长，也是党员志愿者。")
    assert _orgs("这起纠纷最后闹上了法庭。") == set()


# Roles


def test_a_post_in_quotes_the_role_phrase_opens_is_the_quoted_word():
    """甲是某社区“中心户长”中的一员: the post is 中心户长, not the unit and half the quotation."""
    assert _people("陈秀芝是青禾社区“中心户长”中的一员，每天入户排查。")["陈秀芝"] == ["中心户长"]
