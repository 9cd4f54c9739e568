"""Round 17: people and posts on pages nobody tuned to, one test per construction, each with its limit.
Pure; no database.

Every sentence and name is invented for these tests; each stands for a construction, not a page.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_posts_of_prc_bodies_a_title_list_lacked_end_a_row_of_posts():
    # 政委 (a bureau's political commissar), 新闻发言人, 总指挥 (of a command post) are posts: the
    # last of a 、-row of posts before a name is kept as well as the first
    people = _roles("东坡区公安分局党委副书记、政委骆志平带队走访了7个小区。")
    assert people["骆志平"] == ["东坡区公安分局党委副书记", "政委"]
    people = _roles("东坡县应急管理局副局长、新闻发言人韦晓岚介绍,昨日无新增病例。")
    assert "新闻发言人" in people["韦晓岚"]
    people = _roles("东坡镇党委书记、镇防疫指挥部总指挥毕晓霞来到社区检查工作。")
    assert "镇防疫指挥部总指挥" in people["毕晓霞"]
    # (the post alone names nobody, and the word as a verb's object is no person)
    assert _roles("发布会上,新闻发言人介绍了最新情况。") == {}
    assert _roles("指挥部设总指挥一名,副总指挥两名。") == {}


def test_a_name_the_text_writes_as_the_head_of_a_village_is_the_village():
    # 韦固|村, 柏固|村: the village's short name used alone (韦固位于…) is no person, and the post
    # before the person keeps its village
    people = _roles(
        "记者跟随包村干部来到韦固村北口。韦固位于县城东南部,韦固村支部书记骆志平说,全村都已排查。"
    )
    assert people == {"骆志平": ["韦固村支部书记"]}
    people = _roles("柏固位于县城以东。记者来到柏固村口,柏固村村委会主任骆志平正在值守。")
    assert people == {"骆志平": ["柏固村村委会主任"]}
    # (a person's name is never the head of a place the text names: she stays)
    people = _roles("毕岗村党支部书记韦晓岚带着大家挨户排查。韦晓岚说,全村都已排查。")
    assert "韦晓岚" in people


def test_a_two_character_name_before_deng_and_a_group_of_people_heads_the_group():
    # 甲等党员, 甲等三人, 甲等人: 等 closes a list of people, so the name before it is a person
    assert _roles("不仅如此,韦珍等党员和退役军人主动要求参加值守。") == {"韦珍": ["党员"]}
    assert "韦珍" in _roles("韦珍等人连夜搭起了帐篷。")
    assert "毕珍" in _roles("毕珍等三名党员连夜搭起了帐篷。")
    # (a word of the language before 等 is no name: 社区等单位, 平等)
    assert _roles("在社区等单位的支持下,卡口顺利建成。") == {}
    assert _roles("他们平等对待每一位居民。") == {}


def test_statuses_listed_each_with_its_own_count_are_all_the_persons():
    # 是一名A,一名B / 作为一名A,一名B: a count repeated before each item lists more statuses
    people = _roles(
        "东坡社区的骆志平加入了巡逻队,他是公司一名普通员工,作为一名党员,一名退役军人,他积极响应号召。"
    )
    assert people["骆志平"] == ["普通员工", "党员", "退役军人"]
    assert _roles("韦晓岚是一名网格员,一名退役军人,每天守在卡口。")["韦晓岚"] == ["网格员", "退役军人"]
    assert "转业军人" in _roles("毕晓霞是一名护士、一名转业军人。")["毕晓霞"]
    # (a count before someone else who comes along is no status of the person)
    assert _roles("骆志平是一名党员,一名民警走过来问路,他耐心解答。")["骆志平"] == ["党员"]
    assert _roles("骆志平正在值守,一名民警赶来,他们一起登记。")["骆志平"] == []
