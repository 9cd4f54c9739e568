"""Extraction (issue 12, forty-eighth round). Sentences written for these tests."""

from __future__ import annotations

from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people


def test_a_word_before_a_negation_is_no_name():
    """农时/n|不等人: a word, then 不: no given name ends in the negation."""
    assert _people("春耕已经开始,农时不等人,村里组织大家下田。") == {}


def test_a_frequent_adjective_opens_no_name():
    """居民方便/a|全|靠: a frequent adjective of the dictionary is the predicate, not a surname and a
    given name, after a person noun too; a real name before a predicate is still one."""
    assert _people("这栋老楼的居民方便全靠楼下的公厕。") == {}
    assert "方国全" in _people("社区书记方国全正在登记。")


def test_a_surname_with_the_word_for_social_worker_is_a_form_of_address():
    """郭社工, 陈社工: a surname and a title, as 马先生 is, no one named."""
    assert _people("社区请来郭社工和陈社工为居民做心理疏导。") == {}


def test_an_exemplars_name_used_as_a_common_noun_is_no_person():
    """的士雷锋车队, 活雷锋: the genre's byword for a volunteer, never a person of the story."""
    people = _people("青禾市的士雷锋车队队长谢庆林说,大家都把他叫作活雷锋。")
    assert "雷锋" not in people and "谢庆林" in people


def test_a_photographers_credit_with_a_slash_is_no_person():
    """(甲/摄) after a caption: the photographer's credit, not a person of the story."""
    people = _people("正在建设中的青禾方舱医院(韦晓岚/摄)\n参与建设的工人骆志平(韦晓岚/摄)")
    assert "韦晓岚" not in people and "骆志平" in people


def test_a_farmer_or_a_large_grower_is_a_persons_status():
    """农民甲, 种植大户乙: a trade or standing written as the title before a name, as 菜农 is."""
    assert _people("农民周为强在青禾献血点献血400毫升。") == {"周为强": ["农民"]}
    assert _people("青禾市的种植大户吴家亮正在为秸秆发愁。") == {"吴家亮": ["种植大户"]}


def test_a_name_in_ke_before_a_verbal_noun():
    """民兵甲科/nr|勘查/vn: a three-character name jieba tagged whole, ending in 科 (which ends a
    department's name too), before what a subject does."""
    assert "雷世科" in _people("青禾边境的民兵雷世科巡查界碑和步道。")


def test_a_full_name_addressed_as_a_student():
    """某学院的甲同学申请…: a full name no dictionary holds, then 同学: a person (同学 is no post)."""
    assert _people("青禾学院的王海星同学申请加入志愿服务队。") == {"王海星": []}
    assert _people("他和同学一起去了。") == {}


def test_a_transcripts_speaker_label_after_a_unit():
    """某某服务中心 甲:…: the unit, a space, the name and a colon: who speaks."""
    assert "王丽" in _people("青禾社区卫生服务中心 王丽:车队的司机们很辛苦。")


def test_a_taxis_word_is_no_modifiers_de():
    """某市的士雷锋车队队长甲: 的士 (a taxi) is a word; the title phrase does not end at its 的."""
    assert _people("青禾市的士爱心车队队长谢庆林说,大家都很辛苦。") == {"谢庆林": ["青禾市的士爱心车队队长"]}


def test_a_quoted_nickname_is_no_groups_name():
    """被居民戏称为“最忙的车队”: what people call a group, no name of it; 命名为“…服务队” names one."""
    assert "最忙的车队" not in _orgs("他们被居民们戏称为“最忙的车队”!大家都很感动。")
    assert "青禾先锋志愿服务队" in _orgs("这支队伍被命名为“青禾先锋志愿服务队”。")


def test_a_role_keeps_the_gloss_after_its_last_character():
    """村醫(yī)王建軍: a converter's pinyin gloss after the title's last character is the title's, as the page
    prints it (a unit's name keeps its last gloss too)."""
    assert _people("青禾村村醫(yī)王建軍每天上門巡診。") == {"王建軍": ["青禾村村醫(yī)"]}


def test_colloquial_er_and_a_complements_word_open_no_name():
    """心里都门儿清 (knows it well), 开|出门|证 (a pass to go out): no surname and given name in either."""
    assert _people("楼里住了多少户,她心里都门儿清。") == {}
    assert _people("居委会愿意开出门证,让家属送老人去医院。") == {}


def test_a_kind_of_post_after_the_copula_is_no_name():
    """“我是文旅志愿者”: two characters between 是 and a status are the kind of volunteer, no name."""
    assert _people("“我是文旅志愿者,让我来!”队员们纷纷报名。") == {}
