"""Extraction (issue 12, twenty-second round): one test per construction, each with its limit on the
other side.

Pure; no database. Every sentence is written for these tests (invented people in real kinds of places).
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.roles) for p in extract(text).people}


def test_a_surname_read_as_a_preposition_after_a_post_opens_the_name():
    """书记|于|德峰|的…: 于 glued to a post, before a two-character word no dictionary knows and 的, is
    the surname of the post's holder."""
    people = _people("清早，青松村支部书记于德峰的手机就响个不停。于德峰一边接电话一边往卡点走。")
    assert people.get("于德峰") == ["青松村支部书记"]


def test_the_preposition_after_a_post_before_a_word_stays_a_preposition():
    """The limit: 于 before a word of the dictionary (于社区, 于今年) is the preposition."""
    assert _people("社区党委书记于社区的会议室主持会议。") == {}
    assert _people("村党支部书记于今年的三月到任。") == {}


def test_a_given_name_ending_in_hui_after_a_post_is_a_name():
    """志愿者张会，她…: 会 ends a given name when jieba tagged the whole a name after a title; a body
    (商会, 协会) has no surname before it."""
    people = _people("我们在村口见到了志愿者韦会，她每天负责登记外来车辆。")
    assert people.get("韦会") == ["志愿者"]
    assert "商会" not in _people("志愿者商会，组织会员捐赠口罩。")
    assert set(_people("志愿者张会敏每天上门，为老人送菜。")) == {"张会敏"}  # the name goes on after 会


def test_after_a_whole_group_what_follows_is_no_name():
    """带领全体住户齐心…: after 全体/所有/广大 and a group noun come the group's doings."""
    assert _people("物业经理带领全体住户齐心协力，把楼道消杀了一遍。") == {}
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
    """也是要为小区居民办事: the title after 为 ("for") is whom the person serves, not what he is; 成为,
    作为 still state the role."""
    text = "韦振华今年又留在了社区。他说，这样做也是要为小区居民多办实事。"
    assert _people(text)["韦振华"] == []
    assert "网格员" in _people("韦振华说，他今年成为了一名网格员。")["韦振华"]


def test_joining_a_long_named_team_of_volunteers_gives_the_role():
    """报名加入了某街道夜间防疫巡逻队志愿者队伍: the ranks joined name the role, a long unit before it too."""
    text = "退休教师周晓光报名加入了青松街道夜间防疫巡逻队志愿者队伍，每晚值守到十点。"
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
    assert "青山彝族乡巡回党员宣传队" in _orgs("青山彝族乡巡回党员宣传队骑着摩托车进村入户。")
    assert "兴旺村疫情防控小组" in _orgs("东山镇兴旺村疫情防控小组正在招募志愿者。")


def test_a_team_without_its_place_is_no_named_body():
    """The limit: 党员代购队, 宣传队 alone are kinds of team."""
    assert _orgs("居民可以打电话找党员代购队。") == {}
    assert _orgs("村里的宣传队每天出动。") == {}


def test_a_quoted_group_is_named_inside_its_quotes_with_its_kind():
    """“山茶巡护队”: the name inside the quotes (round 38: annotators write it so); its kind from its word."""
    assert _orgs("村里的老党员组成了“山茶巡护队”，每晚沿着村道巡逻。") == {"山茶巡护队": "volunteer"}


def _places(text: str) -> set[str]:
    return {p.name for p in extract(text).places}


def test_a_city_before_its_streets_is_the_city():
    """武汉|街头, 永州|街坊: 街 opening a word of the streets is no street named after the city."""
    assert "武汉" in _places("傍晚的武汉街头，骑手们仍在送餐。")
    assert "永州" in _places("她在永州街坊邻里中很有名。")


def test_a_street_named_after_a_city_stays_one_place():
    """The limit: 岳阳街道, 江苏路街道 are streets, not the city or the province."""
    assert _places("家住岳阳街道的居民排队检测。") == {"岳阳街道"}
    assert _places("在江苏路街道，志愿者上门登记。") == {"江苏路街道"}


def test_two_tibetan_elements_after_a_post_are_a_name_whatever_the_character_before():
    """网格长|边巴旺堆: 长边 is a word of the dictionary, but two elements of the stock make the name."""
    assert "边巴旺堆" in _people("小区网格长边巴旺堆每天清早巡查一遍。")


def test_a_single_tibetan_element_after_a_title_is_a_name():
    """社区工作人员次珍在…: a single element of the stock, after a title, where jieba ends a word."""
    assert "次珍" in _people("社区工作人员次珍在门口登记来访人员。")


def test_a_word_closing_a_place_phrase_after_zai_is_no_name():
    """在某小区东门|门岗，…: 门岗 (a name in jieba's dictionary) after 在 and a place phrase is a place."""
    assert "门岗" not in _people("在青禾小区东门门岗，一位戴着红袖章的老人正在核对健康码。")


def test_a_name_after_zai_and_a_comma_or_a_title_is_still_a_name():
    """The limit: a comma closes the place first (在东坡社区，甲…), and a title vouches for a name."""
    assert "韦晓光" in _people("在东坡社区，韦晓光每天上门登记。")
    assert "韦晓光" in _people("在东坡社区党委书记韦晓光，大家都很放心。")


def test_a_list_closed_by_its_count_keeps_its_last_name():
    """韦立新、于晓格两人: 两人 closes the list as 等 does; 于 opens the second name."""
    people = _people("区法院下沉干部韦立新、于晓格两人忙到深夜才吃上晚饭。")
    assert {"韦立新", "于晓格"} <= set(people)
    assert set(_people("志愿者韦立新、于是两人一起出发。")) == {"韦立新"}


def test_turned_into_volunteers_gives_the_role():
    """甲、乙等党员…就地转为防疫志愿者: what they are turned into is their role."""
    people = _people("郑晓峰、徐立翔等党员主动到社区报到，就地转为防疫志愿者。")
    assert "防疫志愿者" in people["郑晓峰"] and "防疫志愿者" in people["徐立翔"]


def test_the_capacity_of_the_pronoun_gives_the_role():
    """…作为第一书记的他: a later sentence states the capacity of 他, the person named before."""
    text = "邵志涛在村里一住就是半个月。除夕那天，作为第一书记的他，仍守在卡口。"
    assert "第一书记" in _people(text)["邵志涛"]


def test_a_steppe_name_opening_a_clause_with_its_role_stated():
    """其木格娜仁是某嘎查牧民党员: a run of steppe characters opening a clause, then 是 and a role."""
    assert "其木格娜仁" in _people("其木格娜仁是乌兰嘎查牧民党员，也是嘎查妇联主任。")
    assert _people("阿拉善是个好地方。") == {}


def test_ren_between_two_posts_serves_as():
    """党委书记任|双组长: 任 between a post and a post is the verb; after a post before a speech verb it is
    the surname (村党支部书记任强说)."""
    assert _people("防控专班由镇长和党委书记任双组长，两名副镇长任副组长。") == {}
    assert "任强" in _people("村党支部书记任强说，今年的防控很扎实。")
