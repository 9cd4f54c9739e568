"""Extraction (issue 12, twenty-second round): one test per construction, each with its limit on the
other side.

Pure; no database. Every sentence is written for these tests (invented people in real kinds of places).
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.roles) for p in extract(text).people}


def test_a_surname_read_as_a_preposition_after_a_post_opens_the_name():
    """书记|于|全峰|的电话: 于 glued to a post, before a two-character word no dictionary knows and 的,
    is the surname of the post's holder."""
    people = _people("我拨通了东坡村支部书记于全峰的电话。几分钟后，于全峰开着面包车来到村口。")
    assert people.get("于全峰") == ["东坡村支部书记"]


def test_the_preposition_after_a_post_before_a_word_stays_a_preposition():
    """The limit: 于 before a word of the dictionary (于社区, 于今年) is the preposition."""
    assert _people("社区党委书记于社区的会议室主持会议。") == {}
    assert _people("村党支部书记于今年的三月到任。") == {}


def test_a_given_name_ending_in_hui_after_a_post_is_a_name():
    """志愿者张会，她…: 会 ends a given name when jieba tagged the whole a name after a title; a body
    (商会, 协会) has no surname before it."""
    people = _people("笔者在村委会等到了刚消杀回来的志愿者张会，她负责主要道路的消毒。")
    assert people.get("张会") == ["志愿者"]
    assert "商会" not in _people("志愿者商会，组织会员捐赠口罩。")
    assert set(_people("志愿者张会敏每天上门，为老人送菜。")) == {"张会敏"}  # the name goes on after 会


def test_after_a_whole_group_what_follows_is_no_name():
    """带领全体业主齐心战“疫”: after 全体/所有/广大 and a group noun come the group's doings."""
    assert _people("教工志愿者与下沉干部带领全体业主齐心战“疫”。") == {}
    assert _people("所有党员干部齐上阵，守好每一个卡口。") == {}


def test_a_name_in_a_list_after_a_whole_group_is_still_found():
    """The limit: a group noun after 全体 followed by names written as a list keeps the names (the list
    is read on its own evidence)."""
    people = _people("社区书记孙立新带领网格员刘明、赵丽一起上门。")
    assert {"孙立新", "刘明", "赵丽"} <= set(people)


def test_a_post_after_the_pronoun_and_zuowei_is_a_role():
    """他作为基层干部一要…: 作为 right after 他 states the capacity, as after a comma."""
    text = "今天一大早，社区党委副书记韦振华就在工位上忙碌。今年他作为基层干部一要带头，二要服务居民。"
    assert "基层干部" in _people(text)["韦振华"]


def test_the_object_of_wei_is_no_role():
    """也是要为社区居民服务: the title after 为 ("for") is whom the person serves, not what he is; 成为,
    作为 still state the role."""
    text = "韦振华没有回家过年。他一要带头，二也是要为社区居民服务。"
    assert _people(text)["韦振华"] == []
    assert "网格员" in _people("韦振华说，他今年成为了一名网格员。")["韦振华"]


def test_joining_a_long_named_team_of_volunteers_gives_the_role():
    """自愿加入了疫情防控宣传巡逻队志愿者队伍: the ranks joined name the role, a long unit before it too."""
    text = "东关社区的周晓光自愿加入了疫情防控宣传巡逻队志愿者队伍，每天巡逻两小时。"
    roles = _people(text)["周晓光"]
    assert any(r.endswith("志愿者") for r in roles)


def test_a_dateline_bracket_after_net_news_holds_the_reporters():
    """某某网消息(甲 乙)“…”: the bracket of names after an outlet's 消息 are its writers, no people."""
    text = "清河网消息(韦晓红 邵微)“老林，车上几个人？”村党支部书记林国宝说。"
    people = _people(text)
    assert "韦晓红" not in people and "邵微" not in people
    assert "林国宝" in people


def _orgs(text: str) -> dict[str, str]:
    return {o.name: o.kind for o in extract(text).organizations}


def test_teams_named_by_what_they_do_are_bodies_with_their_place():
    """某乡党员代购队, 某镇流动党员宣传队, 某村疫情防控小组: a team named by its work, led by its place."""
    assert "平坝乡党员代购队" in _orgs("平坝乡党员代购队将两袋生活用品送到居民家中。")
    assert "白马彝族乡流动党员宣传队" in _orgs("白马彝族乡流动党员宣传队不顾山高路远，上门宣传。")
    assert "兴旺村新型冠状病毒疫情防控小组" in _orgs("东山镇兴旺村新型冠状病毒疫情防控小组急招志愿者。")


def test_a_team_without_its_place_is_no_named_body():
    """The limit: 党员代购队, 宣传队 alone are kinds of team."""
    assert _orgs("有需要就给党员代购队打电话。") == {}
    assert _orgs("村里的宣传队每天出动。") == {}


def test_a_quoted_group_keeps_its_quotes_and_its_kind():
    """“山茶巡护队”: the name as written, quotes included; its kind from the word inside the quotes."""
    assert _orgs("由30名妇女组成的“山茶巡护队”，每天巡逻两次。") == {"“山茶巡护队”": "volunteer"}


def _places(text: str) -> set[str]:
    return {p.name for p in extract(text).places}


def test_a_city_before_its_streets_is_the_city():
    """武汉|街头, 永州|街坊: 街 opening a word of the streets is no street named after the city."""
    assert "武汉" in _places("外卖小哥们在武汉街头忙碌穿梭。")
    assert "永州" in _places("她在永州街坊邻里中很有名。")


def test_a_street_named_after_a_city_stays_one_place():
    """The limit: 岳阳街道, 江苏路街道 are streets, not the city or the province."""
    assert _places("家住岳阳街道的居民排队检测。") == {"岳阳街道"}
    assert _places("在江苏路街道，志愿者上门登记。") == {"江苏路街道"}
