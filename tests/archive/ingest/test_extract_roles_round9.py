"""Roles of issue 12, ninth round: posts stated where the earlier rounds did not look.

One test per class, each with its limit beside it. Pure; no database. Every sentence and name is
invented for these tests.
"""

from __future__ import annotations

from archive.ingest.extract import extract, extract_headline


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def _headline_roles(title: str, body: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract_headline(title, extract(body)).people}


_BODY = "韦晓岚每天早上七点到岗。韦晓岚说：“大家放心，我们都在。”"


def test_a_headline_describing_the_story_s_person_after_a_colon_gives_the_role():
    assert _headline_roles("韦晓岚：一名网格员的战疫日记", _BODY) == {"韦晓岚": ["网格员"]}
    assert _headline_roles("韦晓岚：一位老党员的坚守", _BODY) == {"韦晓岚": ["老党员"]}
    assert _headline_roles("韦晓岚:90后村医的抗疫故事", _BODY) == {"韦晓岚": ["村医"]}
    # the limits: what the person says after the colon, or a slogan, is no description of her
    assert _headline_roles("韦晓岚：我是居民的贴心人", _BODY) == {"韦晓岚": []}
    assert _headline_roles("韦晓岚：守好门就是守好家", _BODY) == {"韦晓岚": []}
    assert _headline_roles("韦晓岚：社区的一天", _BODY) == {"韦晓岚": []}


def test_a_post_before_the_story_s_person_in_the_headline_is_the_role():
    assert _headline_roles("东坡社区党委书记韦晓岚：守好门就是守好家", _BODY) == {
        "韦晓岚": ["东坡社区党委书记"]
    }
    assert _headline_roles("社区书记韦晓岚的一天", _BODY) == {"韦晓岚": ["社区书记"]}
    # the limit: a name the body never accepts is no person of the headline by this rule
    assert _headline_roles("韦晓岚：守好门就是守好家", "大家都很配合。") == {}


def test_a_row_after_they_are_takes_the_title_of_the_group_the_clause_before_names():
    assert _roles("西岭村的党员志愿者每天轮流值守，他们分别是骆志平、柏明远和韦晓岚。") == {
        "骆志平": ["党员志愿者"],
        "柏明远": ["党员志愿者"],
        "韦晓岚": ["党员志愿者"],
    }
    found = _roles("社区发出号召后，许多年轻的志愿者主动报名，他们是韦晓岚、骆志平、柏明远……大家都住附近。")
    assert found == {"韦晓岚": ["志愿者"], "骆志平": ["志愿者"], "柏明远": ["志愿者"]}
    assert _roles("东坡社区有几位热心的网格员，她们是韦晓岚、骆志平。韦晓岚说，大家都很配合。") == {
        "韦晓岚": ["网格员"],
        "骆志平": ["网格员"],
    }
    # the limit: a group of residents is no post
    assert _roles("居民们都很感动，他们是骆志平、柏明远和韦晓岚。") == {
        "骆志平": [],
        "柏明远": [],
        "韦晓岚": [],
    }
