"""People: one test per class of word that is not a person of the story. Pure; no database.

The sentences are written for these tests; each class is a kind of mistake, not a particular page.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _people(text: str) -> list[str]:
    return [p.name for p in extract(text).people]


def test_a_measure_word_after_a_number_or_pointer_is_no_surname():
    assert _people("有段时间,老周每天都来。这段时间大家很辛苦。") == []


def test_an_object_noun_that_opens_with_a_common_word_is_no_name():
    assert _people("志愿者把宣传单和宣传册发到每户居民手中,马上发放口罩。") == []


def test_a_conjunction_before_a_noun_is_no_surname():
    names = _people("网格员韩小川和妻子、和物业人员一起值守。")
    assert names == ["韩小川"]


def test_kinship_and_honorific_forms_name_nobody():
    assert _people("他的岳父母都在老家。卢老今年80岁,马先生说:“我们放心。”汪老板说他不收钱。") == []


def test_credit_lines_are_not_people_of_the_story():
    text = (
        "本报讯（记者 韩晓峰 通讯员 柯文静）5月3日,社区书记岳晴岚带领志愿者上门。\n"
        "图为志愿者在值守。（韦立冬 摄）\n"
        "大家都说这样的服务很贴心。（王丽华）"
    )
    assert _people(text) == ["岳晴岚"]


def test_a_name_jieba_glues_to_the_title_before_it_is_found():
    ex = extract("网格员王红梅上门登记。")
    assert [(p.name, p.roles) for p in ex.people] == [("王红梅", ["网格员"])]


def test_a_common_word_or_a_title_that_opens_with_a_surname_is_no_name():
    assert _people("志愿者穿着红马甲在关帝庙前值守,楼栋长说:“别急。”") == []


def test_a_neighbourhood_title_before_a_name_is_its_role():
    ex = extract("党员楼栋长韦立冬挨家挨户敲门。")
    assert [(p.name, p.roles) for p in ex.people] == [("韦立冬", ["党员楼栋长"])]
