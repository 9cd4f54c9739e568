"""People, round eighteen: what a group does, read as a name right after the group noun.

Issue 12: one test per construction, with its limit beside it. Pure; no database. Every sentence
and name is invented for these tests.
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _names(text: str) -> list[str]:
    return [p.name for p in extract(text).people]


def test_a_verb_or_noun_after_a_group_noun_is_what_the_group_does():
    # 周|转, 满|怀, 张|开, 封|锁, 高|水平: a word of the dictionary jieba tags a name, made of a surname
    # character and a common verb or noun, written once after a group noun
    assert _names("疫情期间,社区工作人员周转调配物资,保障了居民的生活。") == []
    assert _names("这几天,志愿者满怀热情投入到防控工作中。") == []
    assert _names("街道组织工作人员张开横幅宣传防疫知识。") == []
    assert _names("街道动员党员封锁路口。") == []
    assert _names("社区工作人员高水平完成了各项任务。") == []


def test_a_name_after_a_group_noun_is_still_a_person():
    # the limit: a name that is no word of the dictionary, or one the text makes a person (a speech
    # verb after it, a second mention)
    assert _names("社区工作人员韦晓岚给居民送菜。") == ["韦晓岚"]
    assert _names("志愿者骆志平搀扶着一位老人过马路。") == ["骆志平"]
    assert _names("社区工作人员高超说,今年的任务很重。") == ["高超"]
    assert _names("志愿者高超搀扶着一位老人。几天后,高超又来到小区。") == ["高超"]
    # a title that is no group noun is evidence enough, as before
    assert _names("社区党委书记高超带领大家值守。") == ["高超"]


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_a_name_after_the_de_of_what_describes_it_opening_a_predicate():
    # 学医的甲每天…, 东坡村的甲也…, 开小店的甲所住的…: a name jieba tagged, after a modifier's 的,
    # followed by an adverb, a verb, 所 + verb or a comma, is the subject of its clause
    assert _names("在县城学医的韦晓岚也去敬老院帮忙了。") == ["韦晓岚"]
    assert _names("东坡村的骆志平也把自家的车借了出来。") == ["骆志平"]
    assert _names("在镇上开小店的钱丽娟,主动降了菜价。") == ["钱丽娟"]
    assert _names("开小店的孙海燕所住的楼有二十户。") == ["孙海燕"]
    # the limit: a word of the dictionary after 的, or no predicate after the name
    assert _names("村里的张贴栏已经换了新通知。") == []
    assert _names("这是全村人的共同心愿。") == []
    assert _names("镇里的高度重视让人安心。") == []


def test_one_tibetan_element_after_a_title_or_an_age_whatever_follows():
    # 牧民达瓦所住的…, 60岁的卓嘎一早…: one element of the stock right after a title or an age
    assert _roles("牧民达瓦所住的帐篷离乡里很远。") == {"达瓦": ["牧民"]}
    assert _roles("60岁的老党员卓嘎一早就到了。") == {"卓嘎": ["老党员"]}
    assert _roles("网格员央金每天都来。") == {"央金": ["网格员"]}
    # the limit: an element whose first character reads as an adverb before a verb
    assert _names("书记才让大家先回家。") == []
    assert _names("队员才旦正在登记。") == []


def test_two_tibetan_elements_are_a_name_by_themselves():
    # 次仁|卓玛: two elements of the stock, free before a verb or an adverb, need no title
    assert _names("次仁卓玛立即赶到村委会。") == ["次仁卓玛"]
    assert _names("放羊回来的平措央金又去了卫生室。") == ["平措央金"]
    assert _names("大家看到,格桑拉姆还在忙。") == ["格桑拉姆"]
    # the limit: one element alone, with no title, age or speech verb
    assert _names("大家看到卓玛花开满了山坡。") == []
