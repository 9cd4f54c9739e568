"""People and places, issue 12, twentieth round: one test per class, each with its limit.

Pure; no database. Every sentence is written for these tests: the people, towns and communities are
invented (骆志平, 韦晓岚, 青禾, 绿柳).
"""

from __future__ import annotations

from archive.ingest.extract import extract
from tests.archive.ingest.found import places as _places


def _people(text: str) -> list[str]:
    return [p.name for p in extract(text).people]


def test_a_count_of_people_before_a_unit_word_names_no_unit():
    assert _places("邢台市清河县上万名镇村干部坚守一线。") == ["邢台市", "清河县"]
    assert _places("全区三百名村干部、两千位社区志愿者都到岗了。") == []
    assert "青禾镇" in _places("青禾镇三百名村干部都到岗了。")  # the town before the count is named


def test_a_name_overlapping_a_longer_read_of_the_next_word_is_the_name_the_text_supports():
    # 骆桂枝|做完: jieba tags 桂枝 a name too; the characters 桂枝 belong to one person only
    assert _people("在采样点门口，76岁的骆桂枝做完登记后，连声道谢。") == ["骆桂枝"]
    assert _people("网格员骆志平和志愿者韦晓岚每天在卡口值守。") == ["骆志平", "韦晓岚"]


def test_a_cadre_in_charge_of_a_community_is_no_part_of_its_name():
    assert "青松苑社区" in _places("街道党工委委员韦晓岚分包青松苑社区，积极参与抗疫。")
    assert not any(p.startswith("分包") for p in _places("韦晓岚分包青松苑社区。韦晓岚联包青禾村。"))


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_a_name_alone_on_its_line_over_a_post_alone_on_the_next_is_a_person_with_that_post():
    # a television report's caption: the speaker's name (here a Tibetan and a Uyghur name, with no
    # surname), then the post, then what was said
    text = "\n".join(
        [
            "老城区的大院环境拥挤。",
            "次央",
            "东坡社区党支部书记",
            "我们组织网格员下到网格。",
            "阿依拉",
            "东坡社区居民",
            "好。",
        ]
    )
    assert _roles(text) == {"次央": ["东坡社区党支部书记"], "阿依拉": ["东坡社区居民"]}


def test_a_heading_over_a_post_line_or_a_post_over_a_sentence_is_no_name():
    assert _people("居民们很放心。\n坚守岗位\n社区党支部书记\n每天都在卡口。") == []
    assert _people("社区的早晨\n东坡社区党支部书记骆志平说，大家都很好。") == ["骆志平"]


def test_a_division_whose_own_name_keeps_a_character_the_text_is_read_simplified_in_is_found():
    # 於潜镇 is the national list's own spelling; the text is read in simplified characters (于潜镇), and
    # simplified texts print it 于潜镇 too: both are the one township under 临安区
    from archive.ingest.gazetteer import gazetteer

    assert "於潜镇" in _places("临安区於潜镇青禾村卡口处，志愿者每天值守。")
    assert "于潜镇" in _places("临安区于潜镇青禾村的卡口处，志愿者每天值守。")
    assert [d.code for d in gazetteer().candidates("于潜镇")] == ["330112104"]


def test_a_body_named_only_by_a_word_for_the_local_one_is_no_organisation():
    from tests.archive.ingest.found import orgs

    assert orgs("骆志平积极按照地方政府部署，辖区派出所和当地政府也来了。") == []
    assert orgs("骆志平积极按照青禾镇人民政府部署。") == ["青禾镇人民政府"]


def test_a_word_of_the_dictionary_ending_in_a_surname_character_is_no_title_glued_to_a_name():
    # 居民楼|消杀: 楼 ends the word for a block of flats; no title 居民 glued to a surname 楼
    assert _people("志愿者们每天登记测温，进行居民楼消杀，为居民代买生活物资。") == []
    assert _people("网格员王翠竹每天上门。楼门长卢国强也来了。") == ["王翠竹", "卢国强"]


def test_interviewers_named_where_a_copy_site_wrote_caiFang_renyuan_for_reporters_are_no_people():
    # reposting sites print 采访人员 where the paper printed 记者: the credit's names are its writers
    text = "新华社清河8月4日电(采访人员骆耀明、韦顺)随着清河宣布社会面清零，社区书记黄晶说，大家辛苦了。"
    assert _people(text) == ["黄晶"]


def test_people_each_told_by_what_they_do_in_a_row_of_semicolons_are_people():
    text = "\n".join(["冰天雪地中，在山顶值班巡逻的骆立林；", "每日奔波，在集市喷洒消毒水的韦秀兰；", "好。"])
    assert _people(text) == ["骆立林", "韦秀兰"]
    assert _people("村里的王府井；城里的青禾村；") == []


def test_a_title_glued_to_a_word_that_ends_in_a_surname_still_names_the_person():
    # 块|长方|雅苇: the title 块长 runs into the word 长方; the name after it is still a name
    assert _people("所以，她找到块长方雅琪，商量团购事宜。") == ["方雅琪"]


def test_a_transcripts_speaker_states_a_role_in_their_own_unquoted_words():
    # a television report's transcript: label, name, colon, what was said (no quotation marks)
    text = "高效有序的背后，离不开志愿者的坚守。\n志愿者 骆立宝：我是一名退役军人，我是党员，我有一份责任。"
    assert _roles(text) == {"骆立宝": ["志愿者", "退役军人", "党员"]}
    assert _roles("骆立宝说，他的口号是：我是一名退役军人，绝不退缩。") == {"骆立宝": []}
