"""Extraction (issue 12, thirtieth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.extract import extract


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.roles) for p in extract(text).people}


def test_a_post_printed_before_a_colon_is_its_holders_role():
    """村支书：甲、村主任：乙: a roster prints each post, a colon, then the holder; the post is the role
    (with its unit, where the clause names one)."""
    people = _people("疫情发生后，村支书：罗永强、村主任：孙晓燕带领村干部轮流值守。")
    assert people.get("罗永强") == ["村支书"]
    assert people.get("孙晓燕") == ["村主任"]
    people = _people("封控期间，青松村党支部书记：罗永强，每天守在卡点。")
    assert people.get("罗永强") == ["青松村党支部书记"]


def test_a_credits_key_before_a_colon_is_no_role():
    """记者：甲 is a credit (metadata), and 居民 before a colon is no post."""
    people = _people("一位居民：罗永强说，菜送到了门口。（记者：孙晓燕）")
    assert people.get("罗永强", []) == []
    assert "孙晓燕" not in people


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text).organizations}


def _places(text: str) -> set[str]:
    return {p.name for p in extract(text).places}


def test_the_two_issuers_of_a_joint_document_are_two_bodies():
    """中共某市委办公厅某市人民政府办公厅联合印发: one body's full name ends and the next opens with a
    city's full name, nothing between them; a branch named after its parent's place stays one body."""
    orgs = _orgs("按照中共长沙市委办公厅长沙市人民政府办公厅联合印发的通知，干部到岗。")
    assert {"中共长沙市委办公厅", "长沙市人民政府办公厅"} <= orgs
    assert not any(o.startswith("中共长沙市委办公厅长沙") for o in orgs)
    assert "长沙市公安局岳麓分局" in _orgs("长沙市公安局岳麓分局的民警也来到卡点。")


def test_a_factory_named_by_what_it_makes_is_a_company():
    """某某制衣厂, 某县某某纺织厂: a factory donating to the village is a company; 这家服装厂 names none."""
    orgs = _orgs("“这是青禾制衣厂送来的雨衣。”宁远县宏达纺织厂也捐了口罩，这家服装厂的工人来帮忙。")
    assert {"青禾制衣厂", "宁远县宏达纺织厂"} <= orgs
    assert "服装厂" not in orgs and "这家服装厂" not in orgs


def test_a_village_named_by_a_surname_after_its_township_is_a_village():
    """马陆镇|韦村: a township the national divisions list, then a surname and 村; 某镇全村 names none."""
    places = _places("嘉定区马陆镇韦村的党员轮流守卡口。马陆镇全村动员起来。")
    assert {"马陆镇", "韦村"} <= places
    assert "全村" not in places


def test_those_not_of_this_estate_name_no_place():
    """非本小区居民, 非本村人员: a negation before 本 + the unit word names no estate or village."""
    places = _places("非本小区的住户一律登记后劝返；非本村人员不得进入青松村。")
    assert places == {"青松村"}


def test_an_area_the_story_names_twice_is_a_place():
    """前往东湖片区…东湖片区包括…: a 片区 the story returns to is a named area; 该片区, 整个片区 are none."""
    places = _places("街道干部陪我们来到东湖片区联防点。东湖片区有五个村。该片区很大，整个片区都动员了。")
    assert "东湖片区" in places
    assert not {"该片区", "整个片区"} & places


def test_a_list_of_names_closed_by_a_count_of_villagers_gives_each_the_standing():
    """甲、乙、丙等数十位村民送来…: the standing after the list's count (村民, 居民) is each name's role,
    as it is right before one name (村民甲)."""
    people = _people("罗永强、孙晓燕、柯玉成等数十位村民送来了大米和蔬菜。")
    assert people == {"罗永强": ["村民"], "孙晓燕": ["村民"], "柯玉成": ["村民"]}


def test_a_posts_last_character_is_no_part_of_the_community_after_it():
    """网格|员|东湖社区: jieba cut 员 off 网格员; the community's name starts after the post."""
    assert "东湖社区" in _places("像他这样的网格员东湖社区一共有四十多名。")
    assert "员东湖社区" not in _places("像他这样的网格员东湖社区一共有四十多名。")


def test_the_word_for_the_local_jurisdiction_opens_no_place():
    """属地|某某街道: 属地 says the street is the local one; it is no part of the street's name."""
    places = _places("这份礼物是属地青松街道柳岸社区准备的。")
    assert {"青松街道", "柳岸社区"} <= places
    assert "属地青松街道" not in places


def test_a_townships_own_offices_are_named_relatively_as_its_committee_is():
    """镇卫健办, 镇综治办: a township's offices by their short names, as 镇党委 and 镇政府 are."""
    orgs = _orgs("韦晓岚作为镇卫健办负责人，每天守在卡点。镇综治办的干部也来了。")
    assert {"镇卫健办", "镇综治办"} <= orgs


def test_a_township_named_in_full_is_also_called_by_its_name_alone():
    """门头沟区军庄镇 … 先别去军庄逛集市: the township's name alone, where jieba knows no such word, is the
    township; a word of the language (城关的居民) is left alone."""
    places = _places("居民们这几天别去门头沟区军庄镇的集市。“先别去军庄逛集市，等通知。”")
    assert {"军庄镇", "军庄"} <= places
    assert "城关" not in _places("城关镇的干部说，城关的居民都很配合。")


def test_those_come_to_and_back_to_a_place_are_no_name():
    """《给湖北来永返永人员的信》: 来X返X names the people who came to or back to a place (来 is a
    surname, but 来永返 is no one)."""
    assert "来永返" not in _people("她把口罩和《给湖北来永返永人员的信》交给居民。")
    assert "来晓燕" in _people("社区书记来晓燕说，来京返京人员都要登记。")


def test_a_units_team_against_poverty_is_named_with_the_unit():
    """县纪委|扶贫/vn|工作队: the verb-noun 扶贫 names the team's task inside its name; the walk does not
    stop there and leave the unit's committee alone."""
    orgs = _orgs("先锋队由县纪委扶贫工作队的队员和村里的党员组成。扶贫工作队的队员们很辛苦。")
    assert "县纪委扶贫工作队" in orgs
    assert "扶贫工作队" not in orgs
