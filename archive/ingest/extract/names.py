"""Names: whether the characters at a place in the text are a personal name, and which.

A surname and a given name of one or two characters, repaired where jieba cut it (王/剑峰, 孙佳|奕在),
refused where the surname character opens something else: an honorific or kinship form (马先生), a
conjunction or measure word (和妻子, 这段时间), a common word (马甲), a title (高中生), a unit (张家湾村)
or a counted slogan. Whether a name is a person of the story is people.py's question.
"""

from __future__ import annotations

import re

from ..lexicon import (
    COMPOUND_SURNAMES,
    CONJUNCTION_SURNAMES,
    KIN_WORDS,
    NAME_STOP_CHARS,
    SPEECH_VERBS,
    SURNAMES,
    TITLE_SET,
    UNIT_END_CHARS,
)
from ..org_words import ORG_SUFFIXES
from ..place_words import PLACE_SUFFIXES
from . import name_tails as _tails
from .glued import AFTER_A_GIVEN_NAME, AFTER_A_NAME, GLUED_AFTER_A_TITLE, JOINS_NAMES, glued_for
from .name_tails import (
    adverb_cut_off,
    given_he,
    glued_conjunction,
    glued_to_deng,
    in_progress,
    split_given,
    verb_and_object,
)
from .name_tails import excused_unit_end as _excused_unit_end
from .name_tails import inside_title as _inside_title
from .name_tails import titled_given as _titled_given
from .not_names import is_not_a_name
from .role_scope import ALL_TITLES
from .roles import ends_with_title
from .tokens import Doc, Token, is_cjk

NAME_FLAGS_OK = set("n ns nz nr nrt nrfg t a ng j nt b s an tg zg vg ag g l i k h e y o".split())
_NOT_NAME_FLAGS = {"x", "m", "q", "v", "d", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "r", "f", "y"}
PARTICLES = set("着了过的地得")
# the modal particles jieba tags y; a rare character it does not know it may tag y too (犇)
_MODAL_PARTICLES = set("啊吗呢吧呀哦嘛啦哇哈呗咯嘞喽罢么")
VERBAL_GIVEN = {"v", "vn", "a", "ad", "an", "d"}
# Words after a name that jieba may glue to its last character (孙佳|奕在, 孔德|明说).
_FUNCTION_AFTER_NAME = glued_for(AFTER_A_NAME)
NOT_NAME_END = set(UNIT_END_CHARS) | set("厅馆处科室网报长庙寺观庵宫堂楼郡府邸湾寨屯茶您你我他她们机不办")
# 阳二居民区, 张家湾村, 韦立冬公路: a name before a unit, place or road word is part of that name.
_ROADS = (
    "公路",
    "大道",
    "大街",
    "国道",
    "省道",
    "高速",
    "大桥",
    "广场",
    "隧道",
    "水库",
    "隔离点",
    "卡点",
    "自然村",
)
_UNIT_AFTER = tuple(PLACE_SUFFIXES) + tuple(ORG_SUFFIXES) + _ROADS
_ALL_TITLE_SET = frozenset(ALL_TITLES)

# Characters that end a name as often as they open a word (德全, 小可, 建中): after a two-character name
# jieba tagged, standing alone before a verb, an adverb or a break, they are the name's.
_STOP_CHARS_THAT_END_NAMES = set("全可中正")
_PREDICATE_FLAGS = {"v", "d", "t", "p", "c", "ad", "vd", "x"}
# A surname character jieba tagged as a name's part, and what may follow a given name that is a word
_SURNAME_AS_NAME = {"nr", "nrfg", "zg", "j", "ng", "n"}
# (b: 主动, 义务, 临时 — jieba's attributive words, an adverb's use after a name: 书记李|全金|主动请缨)
_AFTER_A_GIVEN_WORD = {"r", "d", "p", "t", "c", "x", "b"}
_ADDRESS_AFTER_NAME = ("书记", "主任", "队长", "老师", "医生", "师傅", "同志", "同学", "是")
# 余|欢向居民…: a given name's last character jieba glued to the preposition after it
_GLUED_PREPOSITIONS = glued_for(AFTER_A_GIVEN_NAME)
# The first characters of the words 在, 是 and 说 end (正在, 所在, 也是, 但是): adverbs and conjunctions, no
# name's last character.
_OPENS_A_FUNCTION_WORD = frozenset("正现还都也就总只不却仍又才更便均已曾亦实所存而但可于硬算倒要若像真则据听")
# 骆|平和|唐国梁: a given name's last character jieba glued to the conjunction before the next name
_JOINS_NAMES = glued_for(JOINS_NAMES)


def ends_the_name(doc: Doc, k: int) -> bool:
    """每天, 也, 在, 、, 说 after 李|建设: the word after is no object or complement of it."""
    tok = doc.toks[k] if k < len(doc.toks) else None
    return (
        tok is None
        or tok.flag in _AFTER_A_GIVEN_WORD
        or doc.text.startswith(SPEECH_VERBS + _ADDRESS_AFTER_NAME, tok.start)
    )


def _predicate_or_break(tok: Token | None) -> bool:
    return tok is None or tok.flag in _PREDICATE_FLAGS


def surname_ok(name: str) -> bool:
    if name[:2] in COMPOUND_SURNAMES:
        return 3 <= len(name) <= 4
    return name[0] in SURNAMES and 2 <= len(name) <= 3


def _next(doc: Doc, i: int, k: int = 1) -> Token | None:
    return doc.toks[i + k] if i + k < len(doc.toks) else None


def _surname_token(doc: Doc, i: int) -> Token | None:
    """The token after a one-character surname token that may open a name, or None: not after a surname
    character jieba read as an adverb, a conjunction or a preposition unless a name follows (党员干部都|
    主动, 群众和|巾帼志愿者), nor a preposition before the surname of the name (组长由|孙|德福担任)."""
    w, toks = doc.toks[i].word, doc.toks
    nxt = _next(doc, i)
    if len(w) != 1 or w not in SURNAMES or nxt is None or not is_cjk(nxt.word):
        return None
    demonstrative = toks[i].flag == "r" and w == "那"  # 手机那|头: "that", the one surname a pointer
    if (
        (toks[i].flag in ("d", "c", "p") or demonstrative)
        and not nxt.flag.startswith("nr")
        and not _titled_given(doc, i)
        and not _tails.recurring_unworded(doc, i)
    ):
        return None
    nxt2 = _next(doc, i, 2)
    if toks[i].flag in ("c", "p") and nxt.word in SURNAMES and nxt2 and nxt2.flag in NAME_FLAGS_OK:
        return None
    if (
        toks[i].flag == "c"
        and (w in CONJUNCTION_SURNAMES or doc.count(nxt.word) > doc.count(w + nxt.word))  # 但|骆茵
        and nxt.flag.startswith("nr")
        and (surname_ok(nxt.word) or nxt.word in SURNAMES)  # 和|韦/nr|明说
    ):
        return None  # 甲和|韦晓/nr, 甲与|骆平/nr: the conjunction before a name jieba tagged whole
    return nxt


def _surname_then_glued_preposition(doc: Doc, i: int, loose: bool) -> str | None:
    """余|欢向|居民 (after a title), 韦|明说: a given name's last character glued to a preposition or 说."""
    nxt = _surname_token(doc, i)
    if (
        nxt
        and len(nxt.word) == 2
        and (
            nxt.word[1] in _GLUED_PREPOSITIONS and not doc.is_word(nxt.word) and loose or nxt.word[1] == "说"
        )
        and nxt.word[0] not in NAME_STOP_CHARS
    ):
        return doc.toks[i].word + nxt.word[0]
    return None


def _person_after(doc: Doc, k: int, loose: bool) -> bool:
    """A person noun, a title, a kin word or a name at token k (what a conjunction joins to a name)."""
    if k >= len(doc.toks) or doc.toks[k].start != doc.toks[k - 1].end:
        return False
    after = doc.toks[k]
    two = after.word + doc.toks[k + 1].word if k + 1 < len(doc.toks) else after.word  # 副|书记
    person = after.word in KIN_WORDS or any(ends_with_title(w) == w for w in (after.word, two))
    return person or name_at(doc, k, loose=True) is not None


def _surname_then_glued_conjunction(doc: Doc, i: int, loose: bool) -> str | None:
    """甲、骆|平和|唐国梁, 网格员骆|平和|居民一起: the given name's last character glued to the
    conjunction before the next name of a list or a person noun (平和 is a word, but a name or a noun
    for people follows it)."""
    nxt = _surname_token(doc, i)
    if nxt is None or len(nxt.word) != 2 or nxt.word[1] not in _JOINS_NAMES or i + 2 >= len(doc.toks):
        return None
    if not _person_after(doc, i + 2, loose):  # 骆|平和|居民
        return None
    return doc.toks[i].word + nxt.word[0]


def _surname_then_two_char_given(doc: Doc, i: int, loose: bool) -> str | None:
    """王|剑峰, and after a title 秦|保卫, 朱|欢欢; 网格员李|建设每天…, 刘|成功说: a given name that is
    a common verb or adjective, when nothing after it reads as its object or complement."""
    nxt = _surname_token(doc, i)
    if nxt is None or len(nxt.word) != 2:
        return None
    w = doc.toks[i].word
    doubled = nxt.word[0] == nxt.word[1]
    verbal_ok = (loose and w not in CONJUNCTION_SURNAMES) or doubled  # not 村医和|无职党员
    given_ok = nxt.flag in NAME_FLAGS_OK or (
        verbal_ok and nxt.flag in VERBAL_GIVEN and doc.freq(nxt.word) <= _RARE_ENOUGH_GIVEN
    )
    given_ok = given_ok or doubled and nxt.flag == "z"  # 郜|婷婷/z: a doubled name read as a state word
    given_ok = given_ok or (
        (verbal_ok or doc.text.startswith(SPEECH_VERBS + _ADDRESS_AFTER_NAME[:-1], nxt.end))
        and doc.toks[i].flag in _SURNAME_AS_NAME
        and nxt.flag in VERBAL_GIVEN
        and ends_the_name(doc, i + 2)
    )
    # 柴|向阳: a stop character opens the given name when jieba tagged the two a name themselves, or
    # tagged the surname a name alone and a title stands before (独居老人韦/nr|正东。)
    stop_ok = (
        nxt.word[0] not in NAME_STOP_CHARS
        or nxt.flag in ("nr", "nrfg")
        or (loose and doc.toks[i].flag == "nr" and nxt.flag in NAME_FLAGS_OK and ends_the_name(doc, i + 2))
        or (loose and doc.toks[i].flag == "nr" and nxt.flag in _NOUN_GIVEN and _verb_at(doc, i + 2))
        or _titled_given(doc, i)  # 书记|于|全峰的: the title vouches for the surname and its given name
        # 周/nr|自强/v|说: a surname jieba tagged a name, a two-character given name, then the speech verb
        or (
            doc.toks[i].flag == "nr"
            and nxt.flag in VERBAL_GIVEN
            and doc.text.startswith(SPEECH_VERBS, nxt.end)
        )
    )
    # 张|万里/m在…, 骆|千里/q说: after a title, a given name that opens with a large number's character
    numeral = loose and nxt.flag in "mq" and nxt.word[0] in "万千百" and ends_the_name(doc, i + 2)
    # 副区长张/q|一峰/m|一行: a given name opening with 一 (一峰, 一鸣) after a title, before 一行 or a mark
    numeral = numeral or loose and nxt.word[0] == "一" and nxt.flag == "m" and _closed_after(doc, i + 2)
    # 副局长苏/j|同乐/n|等一行: after a title, a given name read as a noun, before 等, 一行 or 同志
    grouped = (
        loose
        and nxt.flag in _NOUN_GIVEN
        and doc.freq(nxt.word) <= _RARE_ENOUGH_GIVEN
        and i + 2 < len(doc.toks)
        and doc.toks[i + 2].word in ("等", "一行", "同志")
    )
    return w + nxt.word if given_ok and stop_ok or numeral or grouped or _stated_after(doc, i) else None


def _closed_after(doc: Doc, k: int) -> bool:
    return (
        k >= len(doc.toks)
        or doc.toks[k].word in ("一行", "等", "同志")
        or doc.toks[k].word[0] in "、，,。；;"
    )


# 宋/nr|中华/nz|是一名…货车司机: the clause after the name states the person's title
_STATED = re.compile(r"(?:是|作为)(?:一名|一位)")


def _stated_after(doc: Doc, i: int) -> bool:
    """A surname jieba tagged a name and a noun it read as a word (宋|中华, 韦|正文) are a name when the
    clause after them states what the person is (是一名…司机)."""
    nxt = doc.toks[i + 1]
    if doc.toks[i].flag != "nr" or nxt.flag not in _NOUN_GIVEN or not _STATED.match(doc.text, nxt.end):
        return False
    clause = doc.clause_after(nxt.end)
    return bool(ends_with_title(clause)) and len(clause) <= 24


# 工作队员韦/nr|正文/nz|放弃: a noun read as the given name, a verb after it
_NOUN_GIVEN = set("n nz nt j".split())


def _verb_at(doc: Doc, k: int) -> bool:
    return k < len(doc.toks) and doc.toks[k].flag in ("v", "vd") and len(doc.toks[k].word) >= 2


def _surname_then_one_char_given(doc: Doc, i: int, loose: bool) -> str | None:
    """潘|晓|喆, 李|明: a given name jieba cut into single characters (a second one taken when it
    always follows the first)."""
    nxt = _surname_token(doc, i)
    if (
        nxt is None
        or len(nxt.word) != 1
        or nxt.word in NAME_STOP_CHARS
        or nxt.flag in _NOT_NAME_FLAGS - {"x"}
        and not (nxt.flag == "y" and nxt.word not in _MODAL_PARTICLES)  # 马|犇/y: a rare character
    ):
        return None
    name = doc.toks[i].word + nxt.word
    nxt2 = _next(doc, i, 2)
    if (
        nxt2
        and len(nxt2.word) == 1
        and is_cjk(nxt2.word)
        and nxt2.word not in NAME_STOP_CHARS
        and doc.count(name + nxt2.word) == doc.count(name)
    ):
        name += nxt2.word
    return name


def _compound_surname_then_given(doc: Doc, i: int, loose: bool) -> str | None:
    """欧阳|志远, 司马|晓红: jieba cuts a compound surname off its given name (and reads 欧阳 as a place)."""
    w, nxt = doc.toks[i].word, _next(doc, i)
    if w not in COMPOUND_SURNAMES or nxt is None:
        return None
    given_ok = nxt.flag.startswith("nr") or loose and nxt.flag in NAME_FLAGS_OK
    if given_ok and 1 <= len(nxt.word) <= 2 and is_cjk(nxt.word) and nxt.word[0] not in NAME_STOP_CHARS:
        nxt2 = _next(doc, i, 2)
        if len(nxt.word) == 1 and nxt2 and len(nxt2.word) == 1 and nxt2.flag.startswith("nr"):
            return w + nxt.word + nxt2.word  # 欧阳|卉/ng|玲/nr: the given name cut into its two characters
        return w + nxt.word
    return None


# A word this frequent in jieba's dictionary is a word of the language, not a name: an adjective so frequent
# (方便, 认真) opens no name here; a two-character name so frequent needs evidence of its own (people.py)
COMMON_WORD = 1000
# A word no more frequent than this may still be a given name read as a verb or a noun (秦|保卫, 苏|同乐)
_RARE_ENOUGH_GIVEN = 2000


def _common_adjective(doc: Doc, i: int) -> bool:
    """Token i a frequent adjective of the dictionary (方便, 认真): a predicate, never a surname and a
    given name however a character after it is read."""
    return doc.toks[i].flag == "a" and doc.freq(doc.toks[i].word) >= COMMON_WORD


def _two_chars_then_one(doc: Doc, i: int, loose: bool) -> str | None:
    """王剑|锋: the given name's last character cut off (it always follows the first two here; 之 of
    王斌之 is a name's, 车载|着 is no name)."""
    w, nxt = doc.toks[i].word, _next(doc, i)
    if (
        len(w) == 2
        and surname_ok(w)
        and nxt
        and len(nxt.word) == 1
        and is_cjk(nxt.word)
        and not doc.toks[i].flag.startswith("v")  # 谢绝/v|入|内: a verb and its complement
        and not _common_adjective(doc, i)  # 居民方便/a|全|靠: a predicate, no name
        and (
            nxt.word not in NAME_STOP_CHARS
            and nxt.flag not in {"m", "q", "f", "p", "c"}  # (煊, unknown to jieba, is x; 张毅|用/p: no)
            or nxt.word in "万千百"  # 韦国|千,: a number's character ending the name before a break
            and ends_the_name(doc, i + 2)
            or nxt.word == "月"  # 廖友|月/m|的老伴: the month's character ends a given name (秀月, 明月)
            and (ends_the_name(doc, i + 2) or doc.text.startswith("的", nxt.start + 1))
        )
        and not (nxt.word in PARTICLES or _tails.verb_with_aspect(doc, i + 1))  # 甲乙|捐|了: a verb
        and not (
            nxt.flag == "d"
            and (after := _next(doc, i, 2)) is not None
            and after.flag.startswith("v")
            and not _always_with_it(doc, i)  # (张语/nr|真/d|拿着 … 张语真说: the name's third character)
        )
        and not verb_and_object(doc, i)  # 儿子黄亮/nr|办/v|婚宴: the name jieba found, then its verb
        and (doc.count(w + nxt.word) == doc.count(w) or loose and _then_an_adverb(doc, i + 2))
    ):
        return w + nxt.word  # (after a title, 周厚|财|就…: the third character before an adverb)
    return None


def _always_with_it(doc: Doc, i: int) -> bool:
    """A two-character name jieba tagged (no word of the dictionary) that the text writes twice or more,
    each time with the same character after it: that character is the given name's last, not an adverb
    of the predicate (张语|真|拿着话筒 … 张语|真|说)."""
    w, nxt = doc.toks[i], doc.toks[i + 1]
    return (
        w.flag == "nr"
        and not doc.is_word(w.word)
        and doc.count(w.word) >= 2
        and (doc.count(w.word + nxt.word) == doc.count(w.word))
    )


def _then_an_adverb(doc: Doc, k: int) -> bool:
    """就, 也, 立即 … at token k: an adverb of the predicate, so what stands before it ends the subject."""
    return k < len(doc.toks) and doc.toks[k].flag == "d"


def _two_chars_then_stop_char(doc: Doc, i: int, loose: bool) -> str | None:
    """邵国|全|正在: a given name's last character that stops names elsewhere, before a predicate."""
    w, nxt = doc.toks[i].word, _next(doc, i)
    if (
        len(w) == 2
        and surname_ok(w)
        and nxt
        and nxt.word in _STOP_CHARS_THAT_END_NAMES
        and not _common_adjective(doc, i)
        and _predicate_or_break(_next(doc, i, 2))
        and not (nxt.word == "正" and in_progress(doc, i + 2))
        and doc.count(w + nxt.word) == doc.count(w)
    ):
        return w + nxt.word
    return None


def _two_chars_then_glued_function(doc: Doc, i: int, loose: bool) -> str | None:
    """孙佳|奕在|进行, 孔德|明说: jieba glued the name's last character to the function word after it
    (after a title also 杜家|毫的, 闵绍|彬既是: 的, or an adverb with 是)."""
    w, nxt = doc.toks[i].word, _next(doc, i)
    titled = loose and nxt is not None and nxt.word[1:] in GLUED_AFTER_A_TITLE
    if (
        len(w) == 2
        and surname_ok(w)
        and nxt
        and (len(nxt.word) == 2 or titled)
        and is_cjk(nxt.word)
        and nxt.word[0] not in NAME_STOP_CHARS
        and (
            titled
            or nxt.word[1] in _FUNCTION_AFTER_NAME
            and (not doc.is_word(nxt.word) or nxt.word[1] == "说" or nxt.word == "光是")  # 韦晓|光是
            or loose  # after a title, a word too: 党员张文|健在|值守 (正在, 所在, 也是: no name's end)
            and nxt.word[1] in _FUNCTION_AFTER_NAME
            and nxt.word[0] not in _OPENS_A_FUNCTION_WORD
            or nxt.word[1] in _JOINS_NAMES
            and _person_after(doc, i + 2, loose)  # 吴江|平和|志愿者
            or loose  # after a title, a preposition no word holds: 书记黄国|成用|手撑着…
            and nxt.word[1] in _GLUED_PREPOSITIONS
            and not doc.is_word(nxt.word)
        )
        and doc.count(w + nxt.word[0]) == doc.count(w)
    ):
        return w + nxt.word[0]
    return None


def _two_chars_then_glued_verb(doc: Doc, i: int, loose: bool) -> str | None:
    """副院长郭攻/nr|玉带/n|队: after a title, jieba glued the given name's last character to the verb's
    first (带|队 is 带队, to lead a team), and read the two as a word of their own (玉带)."""
    w, nxt, after = doc.toks[i].word, _next(doc, i), _next(doc, i, 2)
    if (
        loose
        and len(w) == 2
        and doc.toks[i].flag == "nr"
        and not doc.is_word(w)
        and nxt is not None
        and len(nxt.word) == 2
        and is_cjk(nxt.word)
        and nxt.word[0] not in NAME_STOP_CHARS
        and after is not None
        and len(after.word) == 1
        and doc.tag(nxt.word[1] + after.word)[:1] in ("v", "n")
        and doc.freq(nxt.word[1] + after.word) >= 100
        and doc.count(w + nxt.word[0]) == doc.count(w)
    ):
        return w + nxt.word[0]
    return None


def _two_chars_then_a_name_word(doc: Doc, i: int, loose: bool) -> str | None:
    """书记张茂|林冲|在: after a title, jieba read the given name's last character and the verb after it
    as a second name it knows (林冲); two names never stand side by side without a mark, so the verb
    opens the predicate."""
    w, nxt, after = doc.toks[i].word, _next(doc, i), _next(doc, i, 2)
    if (
        loose
        and len(w) == 2
        and surname_ok(w)
        and (doc.toks[i].flag.startswith("nr") or doc.freq(w) == 0)  # (村两委|班子/n|封锁: a common noun)
        and nxt
        and nxt.flag == "nr"
        and len(nxt.word) == 2
        and nxt.word[0] not in NAME_STOP_CHARS
        and doc.tag(nxt.word[1]).startswith("v")
        and (after is None or after.flag in _PREDICATE_FLAGS or after.flag.startswith("u"))
        and doc.count(w + nxt.word[0]) == doc.count(w)
    ):
        return w + nxt.word[0]
    return None


def _whole_token(doc: Doc, i: int, loose: bool) -> str | None:
    """张磊: the token itself (never an adverb or a count jieba holds whole: 曾多次/d, 万余/m)."""
    tok = doc.toks[i]
    return tok.word if surname_ok(tok.word) and tok.flag not in _NEVER_A_WHOLE_NAME else None


_NEVER_A_WHOLE_NAME = {"d", "ad", "m", "mq", "q", "p", "c", "u", "f"}


# The shapes of jieba's cuts around a name, tried in order; the first that gives a name wins.
_CUT_SHAPES = (
    _surname_then_glued_preposition,
    _surname_then_glued_conjunction,
    _surname_then_two_char_given,
    _surname_then_one_char_given,
    _compound_surname_then_given,
    _two_chars_then_one,
    _two_chars_then_stop_char,
    _two_chars_then_glued_function,
    _two_chars_then_glued_verb,
    _two_chars_then_a_name_word,
    split_given,
    glued_to_deng,
    _whole_token,
)


def _post_token_at(doc: Doc, pos: int) -> bool:
    """jieba read one post word at pos (大队长, 支部书记): it opens with a unit's word but is a post."""
    k = doc.tok_at(pos)
    tok = doc.toks[k] if k < len(doc.toks) else None
    is_post = tok is not None and tok.start == pos and tok.word.endswith(("长", "书记"))
    return is_post and (tok.word in TITLE_SET or tok.word in _ALL_TITLE_SET)  # (安抚|村民: no post)


def preposition_before_name(doc: Doc, i: int) -> bool:
    """Token i a preposition (由, 向: surname characters too) before a name jieba tagged whole."""
    after = _next(doc, i)
    return (
        doc.toks[i].flag == "p" and after is not None and after.flag.startswith("nr") and len(after.word) >= 2
    )


def name_at(doc: Doc, i: int, loose: bool = False) -> str | None:
    """The personal name starting at token i, repairing jieba's splits, or None. `loose` (a title
    or kin word stands before it) also takes a given name jieba read as a verb (秦|保卫, 朱|欢欢)."""
    toks, text = doc.toks, doc.text
    w = toks[i].word
    if w in doc.lexicon.people:
        return w
    if not is_cjk(w) or (w[0] not in SURNAMES and w[:2] not in COMPOUND_SURNAMES):
        return None  # every shape's name opens with this token, and surname_ok asks for a surname
    if preposition_before_name(doc, i):
        return None  # 派出|由/p|柯杰/nr: a preposition before a name jieba tagged whole, no surname
    name = next((n for n in (shape(doc, i, loose) for shape in _CUT_SHAPES) if n), None)
    if name and name != w and len(w) == 4 and toks[i].flag in ("l", "i") and len(name) < 4:
        return None  # 书记|闻令而动: an idiom opening with a surname's character names nobody
    name = (name and adverb_cut_off(doc, name, toks[i].start)) or name  # 韦英先|把, 孙立|自2月3日
    name = (name and given_he(doc, name, toks[i].start)) or name  # 牧民王喜|和/c|原来/d
    if name and glued_conjunction(doc, name):
        return None  # 但宗丽/nr: the name after 但 is found where the story names it bare
    unit_end = name and name[-1] in NOT_NAME_END and not _excused_unit_end(doc, i, name, loose)
    if not name or not surname_ok(name) or unit_end or name in doc.lexicon.rejected:
        return None
    if name in KIN_WORDS:  # 孙子, 孙女: a kin word that opens with a surname character
        return None
    if "疫" in name[1:]:
        return None  # 战疫冲|在前, 抗疫先锋: the epidemic's word, never in a given name
    end = toks[i].start + len(name)
    if text[end : end + 3].startswith(_UNIT_AFTER) and not _post_token_at(doc, end):
        return None  # 阳二居民区, 张家湾村: a place or unit, not a person (甲|大队长, 甲|支部书记 are posts)
    if name in TITLE_SET or name in _ALL_TITLE_SET or name.endswith(("书记", "主任", "队长")):  # 高中生
        return None
    if len(name) == 3 and (name[:2] in TITLE_SET or name[:2] in _ALL_TITLE_SET):
        return None  # 党员|之家, 班长|家: a title and the word after it, not a surname and a given name
    if _inside_title(text, toks[i].start, end):
        return None
    if _predicate_with_aspect(doc, name, end):
        return None  # 民|宿|冷清/nr|了: what the inn became (冷清了), no given name
    return None if is_not_a_name(doc, toks[i].start, name) else name


def _predicate_with_aspect(doc: Doc, name: str, end: int) -> bool:
    """A two-character given name that is a common word of the dictionary (whatever jieba tags it),
    with an aspect particle after it (冷清了, 忙碌着): the predicate of the sentence, no given name."""
    given = name[-2:]
    k = doc.by_start.get(end)
    return (
        len(name) == 3
        and doc.freq(given) >= 100
        and k is not None
        and doc.toks[k].word in ("了", "着", "过")
        and doc.toks[k].flag.startswith("u")
    )
