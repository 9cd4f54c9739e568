"""People, second pass of round nine: names jieba cut through at a title, an adverb or a complement.

Issue 12: one test per construction, with its limit beside it. Pure; no database. Every sentence
and name is invented for these tests.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_a_doubled_given_name_after_a_title_glued_to_the_surname():
    # 网格|员陆|冰冰/z: the title's last character glued to the surname, the given name a state word
    assert _roles("网格员陆冰冰正在登记。") == {"陆冰冰": ["网格员"]}
    assert _roles("网格员陆冰冰都登记好了。") == {"陆冰冰": ["网格员"]}
    assert _roles("社工员王芳芳正在值守。") == {"王芳芳": ["社工员"]}
    assert _roles("大家高高兴兴地回家。") == {}


def test_an_adverb_glued_to_a_two_character_name_opens_the_predicate():
    assert _roles("社区主任韦英先把物资送到门口。") == {"韦英": ["社区主任"]}
    assert _roles("志愿者韦英先到了现场。") == {"韦英": ["志愿者"]}
    assert _roles("楼长韦英还帮忙登记。") == {"韦英": ["楼长"]}
    # the limit: a word the adverb makes with what follows, or a name that ends where a name ends
    assert _roles("网格员骆志平先后走访了十户。") == {"骆志平": ["网格员"]}
    assert _roles("网格员骆国先说,大家都很配合。") == {"骆国先": ["网格员"]}


def test_a_complement_glued_to_the_surname_of_the_verbs_object():
    # 排查|出马|文涛: the complement 出 and the surname read as one word (出马)
    assert _roles("民警排查出马文涛的车辆违规。") == {"马文涛": []}
    assert _roles("护士检查出马立清的血糖偏高。") == {"马立清": []}
    assert _roles("医生检查出马建平的血压偏高。") == {"马建平": []}
    # the limit: 出马 as a verb of its own, before a verb or after an adverb
    assert _roles("领导亲自出马协调。") == {}
    assert _roles("他决定出马竞选。") == {}
    assert _roles("民警找出马路上的隐患。") == {}


def test_a_conjunction_glued_to_a_name_whose_first_two_characters_jieba_kept():
    # 吴江|平和|志愿者: the name's last character and 和, before a person noun or a name
    assert _roles("村书记吴江平和志愿者一起巡查。") == {"吴江平": ["村书记"]}
    assert _roles("网格员韦建平和居民一起消毒。") == {"韦建平": ["网格员"]}
    # the limit: 平和 as an adjective of its own
    assert _roles("大家心态平和,社区秩序井然。") == {}
    assert _roles("书记韦晓岚和志愿者一起巡查。") == {"韦晓岚": ["书记"]}
