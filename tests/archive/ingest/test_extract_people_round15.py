"""Round 15: people and posts on pages nobody tuned to, one test per construction, each with its limit.
Pure; no database.

Every sentence and name is invented for these tests; each stands for a construction, not a page.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_an_undotted_mongolian_or_tibetan_name_after_a_title_is_a_name():
    assert _roles("嘎查的志愿者斯琴巴图每天开车去镇上采购。") == {"斯琴巴图": ["志愿者"]}
    assert _roles("社区党支部书记其木格说,物资已经送到。") == {"其木格": ["社区党支部书记"]}
    assert "乌力吉" in _roles("旗民政局干部乌力吉、韦晓岚在社区值守。")
    # (a word of the dictionary inside the run is no name: 巴士 after a title)
    assert _roles("志愿者巴士司机每天接送医护人员。") == {}


def test_a_senior_school_grade_before_its_pupils_is_no_name():
    assert _roles("17岁的高三学生韦晓岚顺利返回了学校。") == {"韦晓岚": ["高三学生"]}
    assert _roles("高一年级的同学们都在上网课。") == {}
    # (the surname with a given name that opens with the numeral stays a name)
    assert _roles("社区主任高三平说,物资到了。") == {"高三平": ["社区主任"]}


def test_a_rare_surname_that_writes_no_common_word_opens_a_name():
    assert _roles("56岁的困难党员蹇晓岚主动加入社区宣传队伍。") == {"蹇晓岚": ["困难党员"]}
    assert _roles("社区书记逄志平说,物资已经送到。") == {"逄志平": ["社区书记"]}
