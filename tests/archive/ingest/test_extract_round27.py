"""Extraction (issue 12, twenty-seventh round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.extract import extract


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.roles) for p in extract(text).people}


def test_a_surname_that_writes_a_common_word_opens_a_name_after_a_post():
    """多, 百 and 纳 are surnames of the north-west as well as words (多次, 百姓, 纳入): right after a post,
    where the name ends as names do (a speech verb, a break, an adverb), they open the name."""
    people = _people(
        "“请大家排好队。”青石村党支部书记多吉珍说。社区主任百青一边登记一边发口罩。年过六旬的老党员纳文亮刚刚出院。"
    )
    assert people.get("多吉珍") == ["青石村党支部书记"]
    assert people.get("百青") == ["社区主任"]
    assert people.get("纳文亮") == ["老党员"]


def test_a_surname_that_writes_a_common_word_opens_no_name_in_a_phrase():
    """书记多次…, 志愿者多达…, 老百姓, 书记多跑腿、少说话: the words the characters write, not names."""
    people = _people(
        "村党支部书记多次入户走访，志愿者多达三十人，老百姓都很满意。书记多跑腿、少说话，群众才放心。"
    )
    assert not people


def test_a_given_name_glued_to_the_preposition_after_it():
    """书记骆国|成用|手: jieba glued the name's last character to the preposition 用; after a post the
    three characters are the name."""
    people = _people("东岭村党支部书记骆国成用肩膀扛起两袋大米，一口气送上六楼。")
    assert "骆国成" in people and "骆国" not in people
    assert people["骆国成"] == ["东岭村党支部书记"]


def test_a_given_name_read_as_half_of_a_second_name():
    """书记韦茂|林冲|在: jieba read the name's last character and the verb after it as a name it knows;
    two names never stand side by side without a mark, so the name has three characters."""
    people = _people("面对群众的不理解，村党支部书记韦茂林冲在最前面，挨家挨户做工作。")
    assert "韦茂林" in people and "韦茂" not in people
    assert people["韦茂林"] == ["村党支部书记"]


def test_a_name_spoken_to_at_the_head_of_a_quotation_is_a_person():
    """“甲，你要的菜放门口了”: a name opening a quotation, a comma and 你 after it, is someone the speaker
    calls by name; jieba cut it (骆祥|先)."""
    people = _people("“骆祥先，你要的米和油放在门口了！”网格员说完又赶往下一户。")
    assert "骆祥先" in people


def test_a_unit_named_right_after_the_unit_above_it_keeps_its_first_word():
    """成华区|一心/d|桥|社区: jieba read the community's first word as an adverb; right after the district
    it opens the name (no community is named by one character). 旧州|镇|各村: a determiner there names
    no village."""
    found = extract("锦华区一心桥社区居委会组织志愿者搬运物资。青山县旧州镇各村工作队都已到岗。")
    orgs = {o.name for o in found.organizations}
    places = {p.name for p in found.places}
    assert "一心桥社区居委会" in orgs and "桥社区居委会" not in orgs
    assert "一心桥社区" in places
    assert not {p for p in places if "各村" in p}


def test_a_student_named_after_the_year_and_major():
    """2021级护理专业甲: a student by year and major, as 学生甲; the major is the role. 很专业 (skilled)
    before no name is no post."""
    people = _people("寒假期间，2021级护理专业骆青青主动报名到社区做志愿者。大家都说她很专业。")
    assert "骆青青" in people
    assert any("护理专业" in r for r in people["骆青青"])


def test_a_boundarys_direction_opens_no_name():
    """社区南起某公园、北至某大街: 南起 states where the area begins (南 is a surname too)."""
    people = _people("青松社区南起骆家公园、北至明德大街，住着三千多户居民。网格员南方明每天巡查。")
    assert set(people) == {"南方明"}


def test_a_team_sent_by_a_provincial_department_keeps_its_sender_whatever_jieba_glued():
    """某省委组织部驻|某村|工作队 with 驻 glued to the village's first character (驻岩|锣村): the team is
    named by who sends it, the province's department whole, as 某市委组织部驻某村工作队 is."""
    orgs = {o.name for o in extract("湖南省委组织部驻岩口村工作队队长说，大家要守好卡点。").organizations}
    assert "湖南省委组织部驻岩口村工作队" in orgs
    assert not {o for o in orgs if o.startswith("组织部驻")}


def test_a_given_name_before_an_attributive_word_and_a_rare_surname():
    """第一书记骆|全金|主动请缨: jieba tags 主动 an attributive word (b); used after a name it is an
    adverb and ends the name, as 每天 does. 裔 writes no word it opens: a surname wherever it stands."""
    people = _people("第一书记骆全金主动请缨，陪同医护人员入户。“大家别急，一个一个来。”裔青说。")
    assert people.get("骆全金") == ["第一书记"]
    assert "裔青" in people


def test_a_verb_of_knowing_opens_no_bodys_name():
    """清楚|政府具体举措, 相信|党委政府: the verb's object is the body; the verb names nothing."""
    orgs = {o.name for o in extract("让牧民清楚政府的具体举措，大家都相信党委政府。").organizations}
    assert not {o for o in orgs if o.startswith(("清楚", "相信"))}
