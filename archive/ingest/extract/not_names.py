"""What a surname character opens when it opens no name: an honorific or kinship form (马先生, 卢老),
a conjunction before a word (和妻子), a measure word after a count (这段时间), a common word (马甲,
任务重), a village (韦家屯), a slogan (三严三实). `names.py` asks `is_not_a_name` of every name it
builds."""

from __future__ import annotations

import re

from ..divisions import divisions
from ..lexicon import (
    COMPOUND_SURNAMES,
    CONJUNCTION_SURNAMES,
    HONORIFIC_TAILS,
    MEASURE_SURNAMES,
    NUMERALS_AND_POINTERS,
    SPEECH_VERBS,
    SURNAMES,
)
from ..place_words import FOREIGN_COUNTRIES
from .role_scope import ALL_TITLES
from .roles import ends_with_title
from .tokens import Doc, is_cjk

_HONORIFIC_TAILS = set(HONORIFIC_TAILS)
_ELDERS = set("叔伯姨婶嫂舅爷奶婆")
_BYWORDS = frozenset({"雷锋"})  # a volunteer is "a 雷锋"; the stories never name him as one of theirs
_NOT_NAME_FLAGS = {"x", "m", "q", "v", "d", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "r", "f", "y"}
_LOCATIVES = ("之间", "之中", "之内", "一线", "中", "里", "内", "间", "上")
# Words that open a phrase, not a name: 宣传单 (宣传), 马上发 (马上), 连呼 …
_DEGREE = frozenset("更很也都还又就太最越")  # adverbs of degree and frequency before a predicate
_PHRASE_HEAD_FLAGS = {"v", "vn", "vd", "d", "ad", "c", "p", "t", "m", "r"}
_NUMERALS = set("一二三四五六七八九十两")
# The last character of a village named after a family (韦家屯, 骆家坪, 王家沟): never a given name's
_VILLAGE_TAILS = set("沟庄屯坪寨峪洼堡坳岗")
# Surnames that are also measure words for flat or long things (这张照片, 一支队伍, 两包口罩): after a
# demonstrative or a number they count the noun after them, they do not open a name.
_COUNTING_SURNAMES = set("张支包")
_COUNTERS = set("这那每哪几某整两一二三四五六七八九十百千万0123456789")


# the forms a medicine is sold in, right after its name or one character on (连花清|瘟|胶囊)
_DRUG_FORM = re.compile(r"[\u4e00-\u9fff]?(?:胶囊|颗粒|口服液|冲剂|片剂|注射液)")


def _idiom_tail(doc: Doc, name: str) -> bool:
    return any(doc.is_word(c + name) for c in "一二三四五六七八九十百千万不无有大小众同全齐")


def is_not_a_name(doc: Doc, start: int, name: str) -> bool:
    """A surname character opening something else: an honorific or kinship form (马先生, 卢老,
    岳父母), a conjunction before a word (和妻子, 与居民), a measure word after a number or pointer
    (这段时间; after a title, 居民张|金牌, a name), a common word (马甲), or a common word that begins a
    phrase (宣传单, 马上发)."""
    if len(name) == 3 and name[1] == "儿":
        return True  # 心里门儿清, 一点儿: the colloquial 儿 after a word, never inside a given name
    if name in _BYWORDS:
        return True  # 学雷锋, 活雷锋, 的士雷锋车队: an exemplar's name the genre uses as a common noun
    if name.startswith("谢谢"):
        return True  # 谢谢龙书记: thanks, then the surname of the one thanked, no name
    if doc.text.startswith(("“疫”", '"疫"', "‘疫’", "「疫」"), start + len(name)):
        return True  # 居家战“疫”, 同心抗“疫”: the genre's pun on 战役, a verb before the quoted 疫, no name
    if (
        doc.text.startswith("而", start + len(name))
        and doc.text[start + len(name) + 1 : start + len(name) + 2] not in "言已"
    ):
        return True  # 闻令而动, 都|闻声而来: an idiom's verb and object before 而 (对某某而言 names one)
    if len(name) == 3 and doc.text[start - 1 : start] == "的" and _described_noun(doc, start, name):
        return True  # 不同的|祝福语/nr: a noun after an adjective and 的 (祝福 a word), no name
    if name[1:2] == "氏" and len(name) == 3:
        return True  # 白氏坪, 李氏宗祠: 氏 (the clan) after a surname makes a place's or a hall's name
    if len(name) == 3 and name[0] == name[1] and doc.is_word(name):
        return True  # 天刚|蒙蒙亮, 绵绵细: a word that doubles its first character, no surname and name
    if len(name) == 2 and name[1] == "之" and doc.text.startswith("又" + name[0], start + 2):
        return True  # 严之又严, 细之又细: a quality said twice, no name
    if _DRUG_FORM.match(doc.text, start + len(name)):
        return True  # 连花清|瘟胶囊, 某某|颗粒: a medicine's name, no person
    given = name[2:] if name[:2] in COMPOUND_SURNAMES else name[1:]
    if name[-1] == "人" and name[:-1] in divisions():
        return True  # 温州人的朋友圈: the people of a place (a demonym), no one named
    place = divisions().get(name[:2]) if len(name) == 3 else None
    k = doc.by_start.get(start + len(name)) if place is not None else None
    after = doc.toks[k] if k is not None else None
    named_on = after is not None and (
        after.flag in ("n", "ns", "nz", "nt")
        and is_cjk(after.word)
        and not ends_with_title(after.word)
        or doc.text.startswith(("镇", "乡", "村", "街道"), after.end)  # 吴川塘|缀/v|镇
    )
    if named_on:
        return True  # 岳阳圣/nr|安寺/ns, 吴川塘|缀镇: a place's name opening what is named after it
    if "某" in given or name in FOREIGN_COUNTRIES:
        return True  # 张某, 崔某芬: a name the story withholds, no one it names; 阿根廷/nr: a country
    if given in _HONORIFIC_TAILS or given[:2] in _HONORIFIC_TAILS and len(given) > 2:
        return True
    if len(name) == 3 and name[1] in _ELDERS and name[2] in "家俩":
        return True  # 王叔家的米缸, 李姨俩: an elder called by the surname (叔, 姨) and their home, no name
    if len(given) == 2 and given[0] in "老小" and given[1] in SURNAMES and _joins(doc, name[0]):
        return True  # 和老齐, 跟小王: a familiar form (老/小 + surname) after a conjunction, not 宋小宁
    if name[0] in CONJUNCTION_SURNAMES | {"原"} and len(given) >= 2 and doc.freq(given) >= 100:  # 原|计划
        return True
    if len(name) == 3 and start > 0 and doc.text[start - 1] in '疫”"' and _idiom_tail(doc, name):
        return True  # “疫”呼百应: a pun on an idiom (一呼百应) with 疫 for its first character
    if len(name) == 3 and name[1] == "家" and name[2] in "嘴湾庄坝沟岭洼坪畈寨屯堡垸塆":
        return True  # 陆家嘴, 王家湾: a family's hamlet by its landform, no person
    if len(name) == 3 and name[2] == "庄" and name[1] in "小大楼新老前后东西南北上下":
        return True  # 李小庄, 李楼庄: a family's hamlet (庄), no person
    after = doc.text[start + len(name) : start + len(name) + 1]
    if name[0] in CONJUNCTION_SURNAMES and (given in ALL_TITLES or given + after in ALL_TITLES):
        return True  # 医生和|村医, 和村干|部: the conjunction before a post, no one named
    if name[0] == "于" and _after_a_verb(doc, start) and doc.text.startswith(_LOCATIVES, start + len(name)):
        return True  # 穿梭于|楼栋之间, 奔波于|村组中: 于 between a verb and a place is the preposition
    if name[0] in MEASURE_SURNAMES and start > 0 and doc.text[start - 1] in NUMERALS_AND_POINTERS:
        return True
    if name[0] in _COUNTING_SURNAMES and start > 0 and doc.text[start - 1] in _COUNTERS:
        return True  # 这张援汉护士写给女儿的信
    tok = doc.toks[doc.tok_at(start - 1)] if start > 0 else None  # 楚|右郡 (郡 ends no name), 东|韦苑:
    if name[-1] in "苑里" and tok and len(tok.word) == 1 and tok.flag not in _NOT_NAME_FLAGS | {"x"}:
        return True  # the end of an estate's name glued to a character jieba left alone, not a person
    if name[0] == "原" and given[:1] in "在任是为":
        return True  # 原在|某某中心上班, 原任|村支书: formerly, not a surname (原 is one)
    if name[0] in "东南西北" and given[:1] in "起至":
        return True  # 社区南起|某公园、北至|某大街: a boundary's direction, not 南起晋
    if name[0] == "来" and doc.text[start + 2 : start + 4] == "返" + doc.text[start + 1]:
        return True  # 来汉返汉人员, 来京返京: those come to and back to a place, not 来汉返
    if start > 0 and doc.text[start - 1] in _NUMERALS and given[:1] in _NUMERALS:
        return True  # “四严四不准”, 三严三实: a slogan of counted items, not 严四 or 严三实
    if (
        len(given) == 2
        and doc.tag(name[0]) in ("v", "q")
        and doc.tag(given) == "n"
        and doc.freq(given) >= 100
        and not _tagged_a_surname(doc, start)  # (和|谢/nr|建业/n|都: jieba read the surname in context)
        and not (doc.tag(name[0]) == "q" and ends_with_title(doc.text[max(0, start - 8) : start]))
    ):
        return True  # 戴口罩, (近)段时间: a verb or a measure word before a common noun
    if (
        len(given) == 1
        and doc.tag(name[0]) == "v"
        and (given in "着著" or given in "好上完紧牢" and _noun_at(doc, start + 2))
    ):  # 戴着|面罩, 戴好|口罩: a verb and its aspect or its complement before the object, no name
        return True
    if len(given) == 2 and doc.tag(given) == "s" and doc.freq(given) >= 100:
        return True  # 路|路口, 王|家里: a word of place (s) after the surname character, no given name
    common = doc.freq(name) >= 50 and doc.tag(name)[:2] not in ("nr", "")
    common = common and not titled_speaker(doc, start, name)
    if common or doc.read_as_a_verb(start, name):
        return True  # a common word of the language (马甲, 关帝庙), or a new one jieba reads as a verb (封控)
    if (
        len(name) == 3
        and name[-1] in "感性率力"
        and (doc.freq(name[:2]) >= 500 or doc.freq(name) > 0 and doc.freq(name[:2]) >= 20)
        and doc.tag(name[:2])[:2] != "nr"
    ):
        # 获得感、幸福感、安全感, 向心力 (jieba tags them names): a word + an abstract suffix (a rarer word
        # only where the dictionary holds the whole as one)
        return True
    after_town = start > 0 and doc.text[start - 1] in "乡镇"
    if len(name) == 3 and name[2] in _VILLAGE_TAILS and (name[1] == "家" or after_town):
        return True  # 韦家屯, 骆家坪, 某乡|董联寨: a village's name (a family's, or after its township)
    stems = (name[:2], given) if name[0] in "和与及" else (name[:2],)  # and 和|楼栋 (not 于楼栋, a name)
    if any(stem + tail in ALL_TITLES for stem in stems for tail in "长员"):
        return True  # 楼栋 (楼栋长, and so 楼栋口), 网格 (网格员): the stem of a title is a common noun
    if name[0] == "时" and len(given) == 2 and doc.tag(given).startswith("v") and doc.freq(given) >= 1000:
        return True  # 入户走访群众|时|发现: "when", then the clause's verb, no surname and given name
    if name[0] == "余" and start > 0 and doc.text[start - 1] in "0123456789十百千万":
        return True  # 160余|通 (电话): 余 after a number is "more than", no surname
    if len(name) == 2 and name[1] in "口嘴手眼" and doc.freq(name) >= 300:
        return True  # 张口|答道, 张嘴: a verb and a part of the body (jieba's nr), no given name
    if (
        len(name) == 3
        and name[2] in _DEGREE
        and doc.tag(name[:2]) in ("a", "ad", "d")
        and doc.freq(name[:2]) >= 500
    ):
        return True  # “社区家长”|明显更|忙碌了: an adverb of the predicate, then 更 (more), no given name
    if len(name) == 3 and name[2] == "制":
        return True  # 干部|包片|制 (分头摸排): a way of working (包片制, 轮班制), no given name in 制
    head = name[:2]  # 安顿|好: a common word and the complement 好 (done well) is no given name
    done = name[-1] == "好" and doc.freq(head) >= 200 and doc.tag(head)[:2] != "nr"
    common = doc.freq(head) >= 10000 and doc.tag(head)[:2] not in ("nr", "ns")  # 工作人员|任务重
    phrase = doc.freq(head) >= 500 and doc.tag(head) in _PHRASE_HEAD_FLAGS
    # 辛苦|养的鱼: an adjective the language uses often, then a verb (how something is done), no name
    manner = doc.freq(head) >= 500 and doc.tag(head) == "a" and doc.tag(name[2:]) == "v"
    return len(name) == 3 and (done or common or phrase or manner)


# A word of the dictionary this rare, between a post and a speech verb (党员|方军/n|表示), is the
# speaker's name: the same words elsewhere are no name (方军 is a word, the square's army).
RARE_SPEAKER = 200


def titled_speaker(doc: Doc, start: int, name: str) -> bool:
    """党员方军表示: two characters the dictionary holds rarely, right after a post and right before a
    speech verb."""
    end = start + len(name)
    return (
        len(name) == 2
        and doc.freq(name) < RARE_SPEAKER
        and doc.text.startswith(SPEECH_VERBS, end)
        and ends_with_title(doc.text[max(0, start - 8) : start])
    )


def _after_a_verb(doc: Doc, start: int) -> bool:
    i = doc.tok_at(start - 1) if start > 0 else -1
    return i >= 0 and doc.toks[i].end == start and doc.toks[i].flag.startswith("v")


def _joins(doc: Doc, ch: str) -> bool:
    """和, 跟, 向: a surname character that is, by its commonest use, a conjunction or preposition."""
    return ch in CONJUNCTION_SURNAMES or doc.tag(ch) in ("c", "p")


def _noun_at(doc: Doc, pos: int) -> bool:
    k = doc.by_start.get(pos)
    return k is not None and doc.toks[k].flag in ("n", "vn", "nz")


def _tagged_a_surname(doc: Doc, start: int) -> bool:
    k = doc.by_start.get(start)
    return k is not None and doc.toks[k].word == doc.text[start] and doc.toks[k].flag == "nr"


def _described_noun(doc: Doc, start: int, name: str) -> bool:
    """不同的|祝福语: an adjective and 的 before three characters whose first two are a common word of the
    language (祝福): a thing described, not a person (the adjective describes no one named)."""
    k = doc.tok_at(start - 1) - 1
    return k >= 0 and doc.toks[k].flag in ("a", "ad", "an") and doc.freq(name[:2]) >= 100
