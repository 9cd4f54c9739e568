"""People named once with a post we do not list as a title, and the post as their role.

Issue 12, people and roles on pages nobody read: a name mentioned once is kept only on evidence,
and the evidence was a title of our list. These are the constructions by which the genre gives a
post outside that list — board and council posts, offices, kin and dependants, trades by suffix,
quoted honours, a post stated after the name — one test each, with the limit beside it.
Pure; no database. Every sentence and name is invented for these tests.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_board_and_council_posts_before_a_name_are_titles():
    assert _roles("协会理事孙德福带头捐款。") == {"孙德福": ["协会理事"]}
    assert _roles("监事郑明亮说,大家都很配合。") == {"郑明亮": ["监事"]}
    assert _roles("社区理事孙德福、常务理事吴红英、监事郑明亮分头入户。") == {
        "孙德福": ["社区理事"],
        "吴红英": ["常务理事"],
        "郑明亮": ["监事"],
    }
    assert _roles("董事孙德福捐了两箱口罩。") == {"孙德福": ["董事"]}


def test_an_office_before_a_name_is_the_role_when_no_post_is_given():
    assert _roles("商会秘书处孙德福负责联络。") == {"孙德福": ["商会秘书处"]}


def test_a_kin_or_dependant_word_before_a_name_is_the_role():
    assert _roles("军属孙德福主动报名。") == {"孙德福": ["军属"]}
    assert _roles("居民孙德福的家属吴红英也来了。") == {"孙德福": ["居民"], "吴红英": ["家属"]}
    assert _roles("快递员的妻子吴红英每天做饭。") == {"吴红英": ["妻子"]}


def test_a_trade_named_by_its_suffix_before_a_name_is_evidence_and_the_role():
    assert _roles("搬运工孙德福默默干活。") == {"孙德福": ["搬运工"]}


def test_a_familiar_noun_before_a_word_is_no_evidence_of_a_name():
    # 叔叔|阿姨辈: kin nouns in a row are no post before a name
    assert _roles("比起小区里叔叔阿姨辈的居民,年轻人跑得更快。") == {}


def test_a_surname_character_read_as_an_adverb_after_a_title_opens_no_name():
    assert _roles("很多党员干部都主动报名。") == {}
    assert _roles("网格员都晓峰每天上门。") == {"都晓峰": ["网格员"]}


def test_a_traditional_script_post_is_matched_and_reported_as_written():
    assert _roles("社區委員孫德福和隊長吳紅英一起上門。") == {"孫德福": ["社區委員"], "吳紅英": ["隊長"]}
    assert _roles("醫生鄭明亮每天巡診。") == {"鄭明亮": ["醫生"]}
    assert _roles("軍屬孫德福主動報名。") == {"孫德福": ["軍屬"]}
    assert _roles("商會秘書處孫德福負責聯絡。") == {"孫德福": ["商會秘書處"]}
    assert _roles("“最美志願者”孫德福獲表彰。") == {"孫德福": ["最美志願者"]}


def test_a_quoted_honour_before_a_name_is_the_role():
    assert _roles("“最美志愿者”孙德福获表彰。") == {"孙德福": ["最美志愿者"]}
    assert _roles("“抗疫先锋”孙德福带头值守。") == {"孙德福": ["抗疫先锋"]}
    assert _roles("被评为“优秀网格员”的孙德福一直在岗。") == {"孙德福": ["优秀网格员"]}


def test_a_quoted_honour_given_after_a_name_is_the_role():
    assert _roles("孙德福被授予“最美逆行者”称号。") == {"孙德福": ["最美逆行者"]}
    assert _roles("吴红英先后荣获“优秀网格员”“最美志愿者”等称号。") == {
        "吴红英": ["优秀网格员", "最美志愿者"]
    }


def test_a_quoted_speech_or_slogan_before_a_name_is_no_honour():
    assert _roles("“好的”孙德福说。") == {"孙德福": []}
    assert _roles("“加油”吴红英喊道。吴红英每天都来。") == {"吴红英": []}
    assert _roles("他们喊着“防疫不松懈”吴红英也跟着喊。吴红英每天都来。") == {"吴红英": []}
    assert _roles("“大管家”吴红英又来了。") == {"吴红英": ["大管家"]}


def test_a_post_stated_after_the_name_with_a_count_is_evidence_and_the_role():
    assert _roles("孙德福是一名个体户,疫情期间他免费送菜。") == {"孙德福": ["个体户"]}
    assert _roles("孙德福,一名退伍军人,主动请缨。") == {"孙德福": ["退伍军人"]}
    assert _roles("孙德福是社区的一名志愿者,每天值守。") == {"孙德福": ["志愿者"]}


def test_a_clause_after_the_name_that_is_no_title_is_no_evidence():
    assert _roles("孙德福,大家都叫他老孙。") == {}


def test_the_noun_before_a_name_is_a_role_beside_a_title_found_after_it():
    assert _roles("岗位科学家柏予卿老师主动承担消杀任务。") == {"柏予卿": ["老师", "岗位科学家"]}


def test_a_preposition_of_time_glued_to_a_name_is_no_part_of_it():
    assert _roles("东坡村党支部书记柏建自1月24日开始每天喊话。") == {"柏建": ["东坡村党支部书记"]}
    assert _roles("东坡村党支部书记柏建自每天喊话。") == {"柏建自": ["东坡村党支部书记"]}


def test_yu_between_a_verb_and_a_place_is_a_preposition_not_a_surname():
    assert _roles("她们奔走于单元之间,当起了“联络员”。") == {}
    assert _roles("社区志愿者于楼栋每天值守。") == {"于楼栋": ["社区志愿者"]}


def test_a_surname_character_read_as_a_conjunction_opens_no_name():
    assert _roles("广大妇女群众和巾帼志愿者也积极行动。") == {}


def test_council_and_team_posts_before_a_name_are_titles():
    assert _roles("妇联执委柏秀兰为检查点送去面片。") == {"柏秀兰": ["妇联执委"]}
    assert _roles("志愿者服务队领队柏德胜亲自协调指挥。") == {"柏德胜": ["志愿者服务队领队"]}
    assert _roles("在教官孟宏伟带领下,队员们出发了。") == {"孟宏伟": ["教官"]}


def test_the_capacity_a_list_of_names_acts_in_is_their_role():
    roles = _roles("东坡小区居民柏先凯、王恩华、岳春生等7人主动请缨,以楼栋长的身份组成一支队伍。")
    assert all("楼栋长" in r for r in roles.values()) and len(roles) == 3
    assert _roles("柏先凯说,他要以主人翁的身份参与。") == {"柏先凯": []}


def test_a_common_word_with_an_abstract_suffix_is_no_name_even_in_a_row():
    assert _roles("居民的满足感、幸福感、安全感都提高了。") == {}
    assert _roles("网格员安慧、幸红英每天值守。") == {"安慧": ["网格员"], "幸红英": ["网格员"]}


def test_a_post_stated_with_an_adverb_before_is_is_evidence_and_the_role():
    assert _roles("“我们一定守好大门!”柏万宁同样也是东坡小学的一名老师,每天值守。") == {"柏万宁": ["老师"]}
    assert _roles("柏万宁也是志愿者队伍中的一员,每天值守。") == {"柏万宁": ["志愿者"]}
    assert _roles("柏万宁还是不放心,又去看了一遍。") == {}
