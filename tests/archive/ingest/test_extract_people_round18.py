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
