"""Roles: one test per shape in which the genre states what a person is. Pure; no database.

The sentences are written for these tests; each is a class of statement, not a particular page.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_quoted_honours_glued_before_a_name_are_its_roles():
    roles = _roles("在东湖社区,“最美邻居”“优秀志愿者”钱立芬每天守在门口。")
    assert roles == {"钱立芬": ["最美邻居", "优秀志愿者"]}


def test_a_nickname_given_in_a_capacity_phrase_before_the_title_is_a_role():
    roles = _roles("作为“大管家”的社区书记蒋文斌一早就到了岗。")
    assert roles == {"蒋文斌": ["社区书记", "大管家"]}


def test_a_label_naming_a_post_the_sentence_gives_after_the_name_is_a_role():
    # (round 19: a figure of praise, “活地图”, holds no post and is no role)
    assert _roles("80岁的汤秀梅每天坐在门口登记,被居民称为“活地图”。") == {"汤秀梅": []}
    roles = _roles("退休教师邵雨晴站了出来,主动化身“跑腿员”和“记账员”,帮邻居买药。")
    assert roles == {"邵雨晴": ["退休教师", "跑腿员", "记账员"]}


def test_a_title_phrase_runs_through_a_quoted_group_name():
    roles = _roles("“红袖章”巡逻队队长傅海平说:“我们一直在。”")
    assert roles == {"傅海平": ["“红袖章”巡逻队队长"]}


def test_roles_stated_after_the_name_and_in_later_sentences_about_him_are_read():
    roles = _roles("65岁的孔德明是一名老党员也是退伍军人。去年,他成为小区志愿服务队的队长。")
    assert roles == {"孔德明": ["老党员", "退伍军人", "队长"]}


def test_a_role_stated_after_someone_else_is_named_is_not_the_first_persons():
    roles = _roles("孔德明说他们很辛苦。后来,网格员罗晓燕来了,她成为了楼栋长。")
    assert roles == {"孔德明": [], "罗晓燕": ["网格员", "楼栋长"]}


def test_a_quoted_group_the_person_belongs_to_is_no_nickname():
    assert _roles("72岁的柏桂兰是“银发巡逻队”中的一员,每天巡逻。") == {"柏桂兰": []}


def test_a_status_before_a_name_is_a_role_but_a_generic_resident_is_not():
    roles = _roles("老党员沈建国和大学生邹雨桐分别在两个门口值守,民兵汪海涛也来了。普通市民龚晓雯也来帮忙。")
    assert roles == {"沈建国": ["老党员"], "邹雨桐": ["大学生"], "汪海涛": ["民兵"], "龚晓雯": []}


def test_a_quotation_before_a_speaker_is_no_nickname():
    assert _roles("“好的”魏长青说。") == {"魏长青": []}


def test_what_comes_before_a_preposition_or_a_verb_of_seeing_is_no_part_of_the_title():
    roles = _roles("记者在核酸检测点见到志愿者盛文静,她正在登记。")
    assert roles == {"盛文静": ["志愿者"]}


def test_a_role_the_speaker_gives_himself_in_a_quotation_is_his():
    text = "“作为一名退休党员,我也要出一份力。”东湖社区70岁的老党员孔德明说道。"
    assert _roles(text) == {"孔德明": ["老党员", "退休党员"]}
    text = "网格员罗晓燕每天上门。她说:“虽然我不是党员,但我也想以志愿者的身份做点事。”"
    assert _roles(text) == {"罗晓燕": ["网格员", "志愿者"]}


def test_a_quotation_nobody_is_said_to_speak_gives_no_role():
    text = "网格员罗晓燕每天上门。\n“作为一名党员,我们必须冲在前面。”"
    assert _roles(text) == {"罗晓燕": ["网格员"]}


def test_a_role_stated_once_after_two_titled_names_joined_by_and_is_both_of_theirs():
    roles = _roles("护士长柏桂兰和人事干事钱立芬是预备党员,每天都来。")
    assert roles == {"柏桂兰": ["护士长", "预备党员"], "钱立芬": ["人事干事", "预备党员"]}


def test_a_role_stated_with_shi_before_de_and_the_title_are_both_roles():
    roles = _roles("本职工作是护士的楼栋志愿者骨干邵雨晴站了出来。")
    assert roles == {"邵雨晴": ["护士", "楼栋志愿者骨干"]}


def test_this_title_in_a_later_sentence_is_a_role_of_the_person_named_before():
    roles = _roles("社区党支部书记冯玉洁声音嘶哑。从3月初开始,这位“90后”社区书记就住在办公室。")
    assert roles == {"冯玉洁": ["社区党支部书记", "“90后”社区书记"]}


def test_what_the_person_leads_is_no_role_of_the_person():
    # (a second mention: a name said once with nothing around it is no person, issue 12)
    assert _roles("冯玉洁所带领的是居民口中最年轻的班子。冯玉洁很自豪。") == {"冯玉洁": []}


def test_a_title_followed_by_an_old_party_member_status_is_two_roles():
    roles = _roles("“红袖章”巡逻队带头人老党员傅海平说:“我们一直在。”")
    assert roles == {"傅海平": ["“红袖章”巡逻队带头人", "老党员"]}


def test_a_capacity_clause_opening_the_sentence_gives_the_name_after_it_its_role():
    assert _roles("作为一名基层民警,王海峰已经一个月没有回家了。") == {"王海峰": ["基层民警"]}


def test_two_titles_joined_by_jian_are_two_roles():
    roles = _roles("村党总支书记兼村委会主任黄建军安排他居家隔离。")
    assert roles == {"黄建军": ["村党总支书记", "村委会主任"]}


def test_what_a_speaker_says_about_others_gives_the_speaker_no_role():
    assert _roles("邹明华说,他们小区成了“无疫小区”。") == {"邹明华": []}


def test_a_figure_of_praise_stated_with_ta_shi_in_the_same_sentence_is_no_role():
    roles = _roles("记者在小区门口遇到了正在值守的保安秦大伟,他是这个小区的“守门人”。")
    assert roles == {"秦大伟": ["保安"]}  # (round 19: 守门人 names no post)


def test_a_subjectless_clause_doing_a_job_before_the_name_is_its_role_but_not_when_others_do_it():
    assert _roles("和儿子一起做志愿者,甄聪更是劲头十足。") == {"甄聪": ["志愿者"]}
    assert _roles("大家都在做志愿者,甄聪也来了。甄聪很高兴。") == {"甄聪": []}


def test_a_title_set_off_by_commas_after_the_name_is_its_role():
    assert _roles("张立军,东湖社区党支部书记,今年52岁。") == {"张立军": ["东湖社区党支部书记"]}
    assert _roles("张立军,现任东湖社区党支部书记。") == {"张立军": ["东湖社区党支部书记"]}


def test_a_role_after_the_age_clause_and_a_capacity_clause_in_the_next_sentence_are_the_persons():
    roles = _roles("骆秀英今年71岁,是一位入党43年的共产党员。作为小区志愿者,骆老每天守在东门。")
    assert roles == {"骆秀英": ["共产党员", "小区志愿者"]}


def test_a_capacity_clause_in_a_sentence_that_names_someone_else_is_not_the_earlier_persons():
    roles = _roles("网格员柏桂兰和医生钱立芬上门采样。作为楼栋长,每次检测邵雨晴都要带队。")
    assert roles["钱立芬"] == ["医生"]


def test_a_verb_taking_a_person_before_the_title_is_no_part_of_it():
    roles = _roles("到村前,他们主动联系村支书杨恩询问。杨恩就通知村医杨海和村文书孙韩杰一同出发。")
    assert roles == {"杨恩": ["村支书"], "杨海": ["村医"], "孙韩杰": ["村文书"]}


def test_a_caption_line_of_a_name_and_a_title_gives_the_role():
    roles = _roles("解说:村支书不断起身。\n马映红东风县上河镇花园岗村党支部书记\n马映红:主要是统计返乡人员。")
    assert roles == {"马映红": ["东风县上河镇花园岗村党支部书记"]}


def test_a_caption_title_before_a_space_and_a_name_is_evidence_and_keeps_how_the_person_was_posted():
    assert _roles("下沉党员 李雅:“出门在外还是要加强防护。”") == {"李雅": ["下沉党员"]}
