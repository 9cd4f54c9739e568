"""Extraction (issue 12, twenty-sixth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.extract import extract


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.roles) for p in extract(text).people}


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text).organizations}


def test_a_two_character_name_before_a_preposition_keeps_its_length():
    """预备党员韦毅|用|私家车: jieba tags 用 a preposition; it is no third character of the name. A name's
    third character jieba cut off (骆晓|锋) is still joined."""
    people = _people("预备党员韦毅用自家的车送老人去医院复查。网格员骆晓锋每天上门登记。")
    assert "韦毅" in people and "韦毅用" not in people
    assert people["韦毅"] == ["预备党员"]
    assert "骆晓锋" in people


def test_a_rare_surname_that_writes_no_common_word_opens_a_name():
    """郄, 郇, 仉, 禚, 綦 are surnames and write no common word: after a post they open the name."""
    people = _people("青松乡党委书记郄静对大家说，各村每天要报数。村医郇明每天测体温。")
    assert {"郄静", "郇明"} <= set(people)
    assert people["郄静"] == ["青松乡党委书记"]


def test_a_residents_committee_under_a_town_is_named_by_its_own_name():
    """马陆镇|继先/v|居委会: a town's residents' committee has a name of its own, whatever jieba tags it
    (继先 a verb); it is named from that name, as a community's committee is, without the town (a town
    of the division codes, however jieba cuts it: 马陆/nr|镇, 城关镇/ns)."""
    orgs = _orgs("马陆镇继先居委会党员韦平在第二网格值守。城关镇红旗居委会主任骆明说大家都很配合。")
    assert {"继先居委会", "红旗居委会"} <= orgs
    assert not {"马陆镇继先居委会", "城关镇红旗居委会"} & orgs


def test_a_city_centre_and_a_central_community_are_no_bodies_named_zhongxin():
    """上海市中心 (downtown), 新城市中心 (a new town centre), 矿区中心社区 (a community's name): 中心
    after 市 or 城, or before 社区/村, is a part of a place, no 中心 that is a body. A centre that is a
    body keeps its name (县疾控中心)."""
    orgs = _orgs(
        "青松里是清河市中心的老式居民区。位于青松镇新城市中心的企业复工了。矿区中心社区的小区也在排查。"
        "县疾控中心派人来采样。"
    )
    assert "县疾控中心" in orgs
    assert not {"清河市中心", "新城市中心", "矿区中心"} & orgs


def test_a_firm_s_branch_keeps_its_brand_before_the_city():
    """青松互联网|清河|分公司: a firm's branch is named by its brand, then the city; the city alone does
    not open the name (联系|清河分公司 with no brand before it stays as written)."""
    orgs = _orgs("爱心企业青松互联网清河分公司总经理韦琼捐赠了一批食品。志愿者联系清河分公司的员工帮忙。")
    assert "青松互联网清河分公司" in orgs
    assert "联系清河分公司" not in orgs


def test_a_name_the_story_withholds_with_mou_is_no_person():
    """韦某芬, 骆闯某: a name written with 某 (the story withholds it) names no one, like 张某."""
    people = _people("青松小区1单元的韦某芬一家四口从外地返回。网格员骆明向骆闯某一家解释防控政策。")
    assert "骆明" in people
    assert not {"韦某芬", "骆闯某", "韦某"} & set(people)


def test_a_name_before_a_quarantine_site_or_a_reservoir_is_the_place_s():
    """清河市|姜山|隔离点, 某村|石梁子|水库: a name-like word right before 隔离点, 水库 or 卡点 names the
    place."""
    people = _people("志愿者把锦旗送给清河市姜山隔离点的工作专班。村民在石梁子水库旁设了岗。")
    assert not {"姜山", "石梁子"} & set(people)


def test_a_three_character_name_ending_in_gong_or_lou_before_he():
    """党员骆二宫|和|韦明: after a title, a name jieba tagged whole may end in 宫 or 楼 (which end a
    building's name too) when a conjunction, a preposition, a verb or a break follows."""
    people = _people("青松村党总支的党员骆二宫和韦明分别捐赠1000元。")
    assert {"骆二宫", "韦明"} <= set(people)
    assert people["骆二宫"] == ["党员"]


def test_a_person_named_after_a_post_is_no_part_of_the_village_after_the_verb():
    """驻村工作队长韦斌|心系|柳溪村: the name and the verb after it (心系, cares for) are the sentence,
    not the village's name; 心系 is no 系 (is) stating a post."""
    result = extract("青松乡柳溪村驻村工作队长韦斌心系柳溪村2000多名村民。")
    people = {p.name: list(p.roles) for p in result.people}
    assert "韦斌" in people
    assert not any("群众" in r for r in people["韦斌"])
    places = {p.name for p in result.places}
    assert "柳溪村" in places
    assert not any(p.startswith(("韦斌", "心系")) for p in places)


def test_a_post_after_xi_or_after_a_verb_with_zhe_is_written_without_them():
    """甲,系中共党员 (系, the formal "is"): the post is 中共党员; 形势始终牵动着|退役老兵甲: the verb and its
    aspect are the clause, the post is what follows them."""
    people = _people("这位志愿者名叫韦佳旭,系中共党员,每天都来帮忙。疫情的消息一直牵动着退役老兵骆海生的心。")
    assert people["韦佳旭"] == ["中共党员"]
    assert people["骆海生"] == ["退役老兵"]


def test_a_post_in_quotes_before_a_name_is_no_team_s_name():
    """青松村“兵支书”韦发才组织小喇叭队: the quoted word is a post (支书), and the person after it is
    named; a quoted name before a team word is still the team's (“红马甲”志愿服务队)."""
    result = extract("青松村“兵支书”韦发才带着小喇叭队挨个巷子喊话。“红马甲”志愿服务队也来了。")
    assert "韦发才" in {p.name for p in result.people}
    orgs = {o.name for o in result.organizations}
    assert "“红马甲”志愿服务队" in orgs
    assert not any("韦发才" in o for o in orgs)


def test_a_three_character_name_jieba_tags_after_a_noun_for_people():
    """大学毕业生韦丽妹 (a noun for people we do not list as a post, then a name jieba tagged whole) is a
    person, with the noun as the role."""
    people = _people("青松村的大学毕业生韦丽妹长期在外务工，今年留在村里帮忙。")
    assert people.get("韦丽妹") == ["大学毕业生"]


def test_a_verb_that_takes_the_unit_as_its_object_is_no_place_s_name():
    """共筑|社区安全屏障, 整理|小区居民需要的物资, 汇报|村防疫措施: the verb's object is the unit (or a
    word of it), so verb + 社区/小区/村 is no place; a village named by a word that is also a verb stays
    a place when nothing makes it an object (团结村的村民)."""
    places = {
        p.name
        for p in extract(
            "大家共筑社区安全屏障。志愿者整理小区居民需要的物资。他向镇领导汇报村防疫措施。团结村的村民都来了。"
        ).places
    }
    assert not {"共筑社区", "整理小区", "汇报村"} & places
    assert "团结村" in places


def test_words_jieba_tags_as_names_in_context_are_no_people():
    """挨家挨户|张贴 (an idiom ending in 户 is no household, so no post before the verb), 请战|宣言,成为…
    (a dictionary word stated as something after it needs more than that), 手机那|头 (那, "that", is the
    one surname that is a pointer); 那晓明 after nothing of the kind is still a name."""
    people = _people(
        "他带着党员挨家挨户张贴防疫告示。老兵韦亮喊出请战宣言,成为志愿者。手机那头是青松村的村委委员。"
        "那晓明是社区的网格员。"
    )
    assert not {"张贴", "宣言", "那头"} & set(people)
    assert {"韦亮", "那晓明"} <= set(people)


def test_a_village_name_before_ziran_cun_is_no_person():
    """包家棚|自然村: a name-like word right before 自然村 (a natural village) names the village."""
    assert "包家棚" not in _people("青松镇包家棚自然村村民骆金文也报名当了志愿者。")


def test_a_bare_county_before_a_shop_and_a_verb_before_a_school_are_no_part_of_the_name():
    """走进|县|青禾国际酒店 (the county's own hotel), 就读于|某某大学, 改革社区专门|组建|志愿先锋队: the
    name starts after the bare 县 and after the verb."""
    orgs = _orgs(
        "记者走进县青禾国际酒店的隔离点。她就读于西北师范大学。青松社区特意组建志愿先锋队帮居民买菜。"
    )
    assert {"青禾国际酒店", "西北师范大学"} <= orgs
    assert not {"县青禾国际酒店", "就读于西北师范大学"} & orgs
    assert not any("组建" in o for o in orgs)


def test_a_conjunction_jieba_glued_after_a_person_s_title_opens_the_next_name():
    """韦治老师|和青禾|…志愿服务队: 和 after a title (老师) joins the person and the team; the team's
    name starts after it."""
    orgs = _orgs("韦治老师和青禾丽景花园志愿服务队一起在小区门口值守。")
    assert "青禾丽景花园志愿服务队" in orgs
    assert not any("老师" in o for o in orgs)


def test_a_caption_gives_a_name_and_two_posts_joined_by_a_dunhao():
    """韦朝敏 某某社区党总支副书记、网格长 (a caption under a picture: the name, then the posts alone on the
    line) gives both posts; a caption with one post gives it."""
    people = _people("  韦朝敏 青禾社区党总支副书记、网格长\n韦朝敏接到通知，小区有密接，要封楼。")
    assert people["韦朝敏"] == ["青禾社区党总支副书记", "网格长"]
    people = _people("骆映红 青松村党支部书记\n骆映红每天值守。")
    assert people["骆映红"] == ["青松村党支部书记"]
