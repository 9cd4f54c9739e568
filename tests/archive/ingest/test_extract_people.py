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
    ex = extract("网格员王翠竹上门登记。")
    assert [(p.name, p.roles) for p in ex.people] == [("王翠竹", ["网格员"])]


def test_a_common_word_or_a_title_that_opens_with_a_surname_is_no_name():
    assert _people("志愿者穿着红马甲在关帝庙前值守,楼栋长说:“别急。”") == []


def test_a_neighbourhood_title_before_a_name_is_its_role():
    ex = extract("党员楼栋长韦立冬挨家挨户敲门。")
    assert [(p.name, p.roles) for p in ex.people] == [("韦立冬", ["党员楼栋长"])]


def test_a_phrase_ending_in_a_pronoun_is_no_name():
    assert _people("请大家配合,谢谢您的配合。") == []


def test_a_title_word_is_no_name_and_a_name_glued_inside_the_title_is_found():
    ex = extract("上午,党员楼栋长韦立冬和医护人员柯蓝溪一起敲开了门。")
    assert [(p.name, p.roles) for p in ex.people] == [("韦立冬", ["党员楼栋长"]), ("柯蓝溪", ["医护人员"])]


def test_a_name_after_an_accepted_one_in_a_list_shares_the_title_after_the_list():
    ex = extract("柯玉芬、许咨成等老党员主动请缨上岗。")
    assert [(p.name, p.roles) for p in ex.people] == [("柯玉芬", ["老党员"]), ("许咨成", ["老党员"])]


def test_a_credit_list_naming_several_outlets_or_odd_separators_is_still_a_credit():
    text = (
        "社区书记岳晴岚说,大家都很配合。（记者 韩晓峰 柯文静 清河广播电视台 韦立冬 甄一苇）\n"
        "(记者?潘小曦?通讯员?柯蓝溪)"
    )
    assert _people(text) == ["岳晴岚"]


def test_a_role_stated_as_a_capacity_or_with_shi_after_the_name_is_read():
    ex = extract("居民韦立冬决定以党员志愿者身份守在单元门口。柯蓝溪说,她是清河社区一家企业的员工。")
    roles = {p.name: p.roles for p in ex.people}
    assert roles["韦立冬"] == ["居民", "党员志愿者"]
    ex = extract("柯蓝溪是清河社区一家企业的员工。")
    assert [(p.name, p.roles) for p in ex.people] == [("柯蓝溪", ["员工"])]


def test_credits_glued_together_after_the_last_sentence_name_nobody_of_the_story():
    text = "社区书记岳晴岚说,大家都很配合。责任编辑:韦立冬记者:柯文静甄一苇通讯员:潘小曦后期制作:蒲仲筠"
    assert _people(text) == ["岳晴岚"]


def test_a_verb_or_measure_word_before_a_common_noun_is_no_name():
    assert _people("村民们出门都戴口罩,近段时间大家很配合。") == []


def test_a_name_that_a_road_is_named_after_is_part_of_the_road():
    assert _people("村口不远处就是韦立冬公路和一条国道。") == []


def test_two_titles_printed_with_a_space_between_are_both_roles():
    ex = extract("清河县烟草公司党组书记 局长韦立冬带领党员上门。")
    assert [(p.name, p.roles) for p in ex.people] == [("韦立冬", ["清河县烟草公司党组书记", "局长"])]


def test_a_village_branch_secretary_written_short_is_a_role():
    ex = extract("青禾村支书柯蓝溪说:“我们按要求办。”")
    assert [(p.name, p.roles) for p in ex.people] == [("柯蓝溪", ["青禾村支书"])]
