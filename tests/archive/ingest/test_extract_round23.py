"""Extraction (issue 12, twenty-third round): one test per construction, each with its limit on the
other side.

Pure; no database. Every sentence is written for these tests (invented people in real kinds of places).
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text).organizations}


def _places(text: str) -> set[str]:
    return {p.name for p in extract(text).places}


def test_a_bureau_named_for_two_fields_keeps_a_field_jieba_reads_as_a_place():
    """水务和|湖泊/ns|局: 湖泊 is tagged a place name but names no division; it is the bureau's second
    field, and the district before the fields opens the name, its party group's too."""
    assert "江夏区水务和湖泊局" in _orgs("江夏区水务和湖泊局组织机关党员下沉到小区值守。")
    found = _orgs("江夏区水务和湖泊局党组书记韦晓岚带队来到卡点。")
    assert "江夏区水务和湖泊局党组" in found and "水务和湖泊局党组" not in found


def test_a_conjunction_between_a_community_and_a_body_joins_no_fields():
    """The limit: a unit before 和 is a name of its own (青松社区|和|石马村委会), never a field."""
    found = _orgs("青松社区和石马村委会的志愿者一起清理了楼道。")
    assert "石马村委会" in found and not any(name.startswith("青松社区和") for name in found)


def test_a_short_word_in_quotes_inside_a_body_s_name_is_part_of_the_name():
    """区委|“两新”|工委: a quoted short word between a party committee and the body's suffix."""
    assert "江夏区委“两新”工委" in _orgs("江夏区委“两新”工委书记邵明秋来到园区检查防控。")
    assert "市委“两新”工委" in _orgs("市委“两新”工委组织非公企业党员参与值守。")


def test_a_quoted_campaign_before_a_body_stays_out_of_its_name():
    """The limit: a quoted campaign after a verb (开展“敲门”行动) opens no body's name."""
    assert not any("“" in name for name in _orgs("社区开展“敲门”行动，网格员韦晓光挨户登记。"))


def test_a_community_named_by_a_good_word_and_a_direction_is_a_place():
    """幸福/a|南|社区, 明秀/a|东|社区: jieba tags the first word an adjective, but with a direction
    after it the two name the community (a verb or adjective before a place name is still cut off)."""
    assert "幸福南社区" in _places("幸福南社区主任韦晓岚一早就赶到了小区门口。")
    assert {"明秀东社区", "江夏区"} <= _places("江夏区明秀东社区的志愿者们搬运物资。")


def test_a_good_word_before_a_community_without_a_direction_names_none():
    """The limit: 美丽社区, 幸福社区建设 with no direction: the adjective describes, it names nothing."""
    assert _places("大家一起建设美丽社区，居民们都说好。") == set()


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.roles) for p in extract(text).people}


def test_an_item_of_a_list_of_villages_opened_by_a_preposition_and_a_verb_is_the_village_alone():
    """…村、往|东|有|石桥村: the list's next item starts after the sentence's 往东有, not at the 、."""
    assert _places("邻近的乡镇往南有罗家村、往东有石桥村，都有确诊病例。") == {"罗家村", "石桥村"}


def test_an_item_of_a_list_of_communities_keeps_its_whole_name():
    """The limit: 青禾社区、绿柳社区、立新社区: each item is a community."""
    assert _places("青禾社区、绿柳社区、立新社区的志愿者都来了。") == {"青禾社区", "绿柳社区", "立新社区"}


def test_streets_of_a_kind_are_no_subdistrict():
    """步行街|道: jieba reads 步行街 as a noun, and its 道 does not make a 街道."""
    assert _places("突击队每天巡查居民小区、步行街道和主要路口。") == set()


def test_a_named_street_is_still_a_subdistrict():
    """The limit: 和平街道, 中山街道 are streets (街道) by name."""
    assert {"和平街道", "中山街道"} <= _places("和平街道和中山街道的干部一起值守。")


def test_a_grid_head_numbered_in_the_community_and_a_group_s_owner_are_posts():
    """社区1号网格|格长, 业主群|群主: posts of the genre before a name."""
    assert _people("傍晚，青松社区3号网格格长扎西顿珠领着志愿者去送药。") == {
        "扎西顿珠": ["青松社区3号网格格长"]
    }
    assert _people("业主群群主韦晓岚每天在群里发通知。") == {"韦晓岚": ["业主群群主"]}


def test_what_someone_does_after_a_figure_of_speech_is_no_post():
    """化身知心大姐|耐心指导志愿者…: after the manner (耐心, 认真) comes what the person does; the
    volunteers they guide are not their post."""
    roles = _people("税务局干部韦晓光化身贴心管家认真帮助老人登记。")["韦晓光"]
    assert "税务局干部" in roles and not any("帮助" in role for role in roles)
    assert _people("韦晓光化身“跑腿员”，认真登记每一户。") == {"韦晓光": ["跑腿员"]}


def test_a_name_ending_in_guang_before_shi_is_the_name_and_the_verb():
    """韦晓|光是|青松社区党支部书记: jieba reads 光是 (only) as a word; the name is 韦晓光, and neither a
    place nor a body opens with it."""
    found = extract("韦晓光是青松社区党支部书记，每天带头值守。")
    assert {p.name: list(p.roles) for p in found.people} == {"韦晓光": ["青松社区党支部书记"]}
    assert {p.name for p in found.places} == {"青松社区"}
    assert {o.name for o in found.organizations} == {"青松社区党支部"}


def test_guang_shi_meaning_only_after_a_two_character_name_stays_a_word():
    """The limit: 韦伟光是口罩就送了三百个 (光是: only) names nobody it cannot be sure of."""
    assert "韦伟光是" not in {p.name for p in extract("韦伟光是口罩就送了三百个。").people}


def test_a_town_s_and_a_street_s_organs_named_relatively_are_bodies():
    """镇政府, 镇党委, 街道党工委: the organs of the town or street the article is in (their record is
    qualified by it at import), as 市委 and 市政府 are the city's."""
    found = _orgs("在街道党工委的带领下，干部连夜值守。镇党委书记韦晓岚说，镇政府调来了帐篷。")
    assert {"街道党工委", "镇党委", "镇政府"} <= found


def test_a_village_s_branch_or_a_town_s_headquarters_unnamed_stay_kinds():
    """The limit: 村党支部 (some village's) and 镇防疫指挥部 (a kind of headquarters) name no body."""
    assert _orgs("村党支部和镇防疫指挥部都派了人。") == set()


def test_southern_forms_of_address_are_no_names():
    """符阿婆, 阿婆: a surname and 阿婆 (granny), or 阿婆 alone, address someone unnamed."""
    people = _people("网格员韦青松每天给邻居陈阿婆买菜。陈阿婆腿脚不便，阿婆总说谢谢。")
    assert people == {"韦青松": ["网格员"]}


def test_a_community_named_like_a_city_is_no_city():
    """中卫|社区, 中山|桥居民区: a city's short form opening a community's name found whole is part of
    it (the article is about 昆明; 中卫 is also a city of 宁夏)."""
    places = _places("清早，青禾街道中卫社区的网格员韦晓岚就出门巡查了。")
    assert "中卫社区" in places and "中卫" not in places
    assert _places("青禾路街道中山桥居民区的志愿者来了。") == {"青禾路街道", "中山桥居民区"}


def test_a_city_s_short_form_before_a_named_community_stays_a_place():
    """The limit: 中卫市 in full, or a short form with a name after it, is the city."""
    assert "中卫市" in _places("中卫市沙坡头区的志愿者来了。")


def test_a_unit_s_women_s_committee_and_a_compound_s_council_are_bodies():
    """某局妇委会, 某小区理事会: the committee or council of a named unit; the verb after a body
    (妇委会|发动|…) opens no name."""
    found = _orgs("青禾市人社局妇委会发动各单位积极行动起来。")
    assert "青禾市人社局妇委会" in found and not any("发动" in name for name in found)
    assert "青禾小区理事会" in _orgs("青禾小区理事会会长韦东荣带着值班人员巡查。")


def test_a_kind_of_body_before_a_named_team_is_no_part_of_its_name():
    """非公企业团组织|青禾晨光志愿者服务队: the league's organisation is the kind, the team is named."""
    found = _orgs("非公企业团组织青禾晨光志愿者服务队组织青年志愿者上门服务。")
    assert "青禾晨光志愿者服务队" in found and not any("团组织" in name for name in found)


def test_a_name_and_the_conjunction_glued_open_no_body():
    """韦才|彬和|领导小组: a person's last character and 和 before a kind of group name no body."""
    assert _orgs("为此，韦才彬和领导小组成员分片包干。") == set()


def test_a_word_cut_across_two_tokens_opens_no_team():
    """8支抗|疫|小分队: jieba cut 抗疫 after 支; 疫小分队 is no team's name (抗疫小分队 is a kind)."""
    assert _orgs("全镇组建了8支抗疫小分队，分头守住路口。") == set()
    assert _orgs("区应急管理局和区退役军人事务局派人上门。") == {"区应急管理局", "区退役军人事务局"}


def test_the_military_s_local_organs_and_a_checkpoint_station_are_bodies():
    """某军区, 某军分区, 某县人武部 (人民武装部), 某警备区, 某高速公路检查站: bodies the genre names
    beside the Party's and the government's; a kind (疫情防控检查站) names none."""
    assert "青禾军分区" in _orgs("青禾军分区派出官兵支援社区。")
    assert "西藏军区" in _orgs("西藏军区派出医疗队支援拉萨的社区。")
    assert "青禾县人武部" in _orgs("青禾县人武部部长韦晓岚带队值守。")
    assert "青禾县人民武装部" in _orgs("青禾县人民武装部组织民兵上岗。")
    assert "青禾高速公路检查站" in _orgs("青禾高速公路检查站的民警连夜值守。")
    assert _orgs("疫情防控检查站设在村口。") == set()
