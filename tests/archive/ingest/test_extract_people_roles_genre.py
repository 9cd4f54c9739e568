"""People and roles on pages nobody tuned to: one test per class of mistake seen on unseen pages.
Pure; no database.

The sentences are written for these tests; each stands for a way the genre writes, not a page.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_a_title_coined_from_a_duty_and_an_agent_suffix_is_a_role():
    roles = _roles("桃园村三组卡点的值守员龚德福是一名老党员。东坡村路口测温员柴晓燕告诉记者,她很累。")
    assert roles == {"龚德福": ["值守员", "老党员"], "柴晓燕": ["东坡村路口测温员"]}


def test_a_coined_title_stated_later_about_him_is_his_role():
    roles = _roles("网格员龚德福每天上门。后来,他担任该片联防长。")
    assert roles == {"龚德福": ["网格员", "该片联防长"]}


def test_a_group_name_jieba_reads_as_a_verb_stays_with_the_title_after_it():
    assert _roles("该村横排组组长龚德福每天挨家挨户走访。") == {"龚德福": ["横排组组长"]}
    assert _roles("记者看到组长龚德福正在登记。") == {"龚德福": ["组长"]}


def test_a_trade_stated_after_is_with_a_count_inside_is_the_title_after_the_count():
    assert _roles("第一书记龚德福是县人民医院一名医务人员。") == {"龚德福": ["第一书记", "医务人员"]}


def test_a_qualified_leader_is_a_post_but_a_bare_leader_or_the_masses_are_generic():
    assert _roles("“请大家理解。”包村领导龚德福说。") == {"龚德福": ["包村领导"]}
    assert _roles("“请大家理解。”领导龚德福说。") == {"龚德福": []}


def test_a_speaker_named_after_a_person_noun_is_found_however_jieba_cuts_the_name():
    people = extract("“党员们辛苦了。”桃园村群众项至开说。").people
    assert [(p.name, p.roles) for p in people] == [("项至开", ["桃园村群众"])]


def test_a_surname_character_in_a_counted_slogan_is_no_name():
    assert _roles("村里执行“四严四不准”措施,干部坚持“三严三实”作风。") == {}


def test_a_status_noun_that_opens_with_a_surname_character_is_no_name():
    assert _roles("一名18岁高中生每天都来帮忙。") == {}


def test_a_correspondent_of_the_credit_is_no_person_even_where_the_story_names_her():
    text = "本网讯(通讯员 龚晓燕)连日来,东坡村加强防控。驻村干部龚晓燕一步步教村民操作,网格员柴德福也在。"
    assert _roles(text) == {"柴德福": ["网格员"]}


def test_joining_the_ranks_of_a_kind_of_person_gives_that_title():
    roles = _roles("68岁的保洁员龚晓燕主动加入志愿者队伍。大学生柴德福也加入到抗疫志愿者的行列。")
    assert roles == {"龚晓燕": ["保洁员", "志愿者"], "柴德福": ["大学生", "抗疫志愿者"]}


def test_a_pinyin_gloss_left_by_a_converter_does_not_cut_the_title_phrase():
    roles = _roles("天津市河西區(qū)居民 龔曉燕:我們很安心。\n東坡社區(qū)黨委書記 柴德福:大家辛苦了。")
    assert roles == {"龔曉燕": ["天津市河西區(qū)居民"], "柴德福": ["東坡社區(qū)黨委書記"]}


def test_a_list_after_a_colon_takes_the_title_of_the_group_counted_before_it():
    text = "市总工会组织3名党员干部进入社区。进入社区的人员有:龚晓燕、柴德福、乔立新。"
    assert _roles(text) == {"龚晓燕": ["党员干部"], "柴德福": ["党员干部"], "乔立新": ["党员干部"]}
    text = "市总工会组织5名党员干部进入社区。进入社区的人员有:龚晓燕、柴德福、乔立新。"
    assert _roles(text) == {"龚晓燕": [], "柴德福": [], "乔立新": []}


def test_a_name_stated_to_be_one_person_of_a_group_is_a_person():
    people = extract("同组的胡青山是东坡小区巡逻队中最年长的一位,他每天都来。").people
    assert [p.name for p in people] == ["胡青山"]
    assert [p.name for p in extract("胡青山是东坡村最美的一处风景。").people] == []


def test_a_person_of_the_story_named_again_on_a_contact_line_stays_a_person():
    text = "社区书记龚德福每天带队巡查。\n联系人:龚德福 13912345678"
    people = extract(text).people
    assert [(p.name, p.roles, len(p.mentions)) for p in people] == [("龚德福", ["社区书记"], 1)]


def test_a_title_in_brackets_after_a_name_is_its_role_and_evidence_but_a_position_in_a_photo_is_not():
    roles = _roles("他下来就问,龚德福(镇副书记)是不是也去了?图为网格员柴晓燕（左）在登记。")
    assert roles == {"龚德福": ["镇副书记"], "柴晓燕": ["网格员"]}


def test_a_nickname_residents_give_before_the_title_is_a_role():
    assert _roles("被居民称为“守门人”的保安乔立新每天值守。") == {"乔立新": ["保安", "守门人"]}


def test_two_titles_joined_by_jian_in_an_apposition_after_the_name_are_two_roles():
    roles = _roles("龚晓燕,东坡村党总支书记兼村委会主任,今年45岁。")
    assert roles == {"龚晓燕": ["东坡村党总支书记", "村委会主任"]}


def test_a_name_after_jiao_with_a_title_after_de_is_a_person_with_that_role():
    roles = _roles("一位名叫柴晓燕的志愿者主动报名。一个叫龚德福的老党员主动请缨。")
    assert roles == {"柴晓燕": ["志愿者"], "龚德福": ["老党员"]}
