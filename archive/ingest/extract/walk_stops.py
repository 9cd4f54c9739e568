"""How the walk back from a body's suffix (`org_walk.start_of`) treats a word: the words that are
never part of a body's name standing before it (a post, a count of people, the verb of serving a named
body), and the ones it goes on over (a brand jieba tagged a verb after 的; the middle of a name a place
anchors: 南岸区|退役军人|事务局)."""

from __future__ import annotations

import re

from ..lexicon import TITLE_SET
from ..org_words import ORG_SUFFIXES
from .org_names import WHOLE_BODIES
from .tokens import PREFIX_STOP, Doc, Token, is_cjk
from .unit_names import COMMUNITY_WORDS

HIGHER_UNITS = ("街道", "镇", "乡", "区", "市", "县", "省", "自治州")
_FUNCTION_FLAGS = set("ad vd p c u uj ul uz ud ug r m q x d f y e o t".split())
# Words for a body of government or the Party that end one name and never open another.
BODY_WORDS = tuple(
    "人民政府 政府 办事处 党工委 党委 委员会 管委会 居委会 村委会 市委 区委 县委".split()
)  # (the last three open departments' names)
_COUNTED = {"名", "人", "位", "个", "家", "户"}
_POSTS = ("书记", "主任", "主席", "部长", "局长", "镇长", "村长", "站长", "队长", "委员")
PROPER_FLAGS = {"ns", "nz", "nr", "nrt", "nrfg", "j", "nt"}  # jieba's tags of proper names


def stops_the_walk(doc: Doc, j: int, start: int, m: re.Match) -> bool:
    """Token j, before the name found so far (from `start`, the suffix matched by `m`), ends the walk:

    - a deputy's capacity or a body's behalf (人大代表|青松物业党支部书记, 某某|代表|校党委);
    - a count of people (135名|物业, 40余人|志愿服务队);
    - a post, or the person named after one (党组书记|韦岗|带队|工商联);
    - a preposition jieba glued to the word before the name (配送组由|小区业委会);
    - a title before a committee named in one word (单位干部|共青团某县委, 队长|校团委);
    - a community before a school, which is named for itself (新山村社区|古南中学).
    """
    toks, t = doc.toks, doc.toks[j]
    school = ORG_SUFFIXES[m.group(0)] == "school"
    return (
        t.word.endswith(("代表", "委员"))
        and len(t.word) >= 3
        or t.word in ("代表", "代表着")
        or t.word in _COUNTED
        and j > 0
        and toks[j - 1].flag == "m"
        or t.word.endswith(_POSTS)
        or t.flag in ("nr", "nrfg")
        and j > 0
        and toks[j - 1].word.endswith(_POSTS)
        or len(t.word) == 2
        and t.word[1] in "由被据经"
        and t.flag not in PROPER_FLAGS
        or t.word in TITLE_SET
        and toks[j + 1].start == start
        and _whole_body(toks[j + 1])
        or school
        and t.word.endswith(COMMUNITY_WORDS)
        and m.start() - t.end >= 2
    )


def _whole_body(t: Token) -> bool:
    """A token that is a body's whole name by itself: jieba's organisation tags (共青团某县委/nt) or a
    committee named relatively in one word (校团委, 院党委; 志愿者|服务中心 is a name's two words)."""
    return t.flag in ("nt", "j") or len(t.word) >= 3 and t.word.endswith("委") and t.word not in ORG_SUFFIXES


def serving_a_named_body(doc: Doc, j: int, start: int, suffix_start: int) -> bool:
    """从|服务|某某卫生院: 服务 opening a clause (after a preposition or a break) before a named body is
    the verb of serving it, no part of its name (便民|服务|中心 keeps it: nothing stands between)."""
    toks = doc.toks
    return (
        toks[j].word == "服务"
        and start < suffix_start
        and (j == 0 or toks[j - 1].flag == "p" or toks[j - 1].word in "，,、")
    )


def brand_made_a_verb(doc: Doc, j: int, start: int, suffix_start: int) -> bool:
    """自己开的|欣缘/v|农庄饭店: after 的, a two-character word no dictionary holds that jieba tagged a
    verb, before a body's name, is the brand that opens the name (not 129|支驻/v|村工作队: no 的)."""
    toks, t = doc.toks, doc.toks[j]
    return (
        _two_character_verb(t)
        and doc.freq(t.word) == 0
        and start < suffix_start
        and j > 0
        and toks[j - 1].word == "的"
    )


def school_made_a_verb(doc: Doc, j: int, start: int, suffix_start: int) -> bool:
    """记者看到,|崇化/v|中学、…: a rare word jieba tagged a verb, between a mark and a school's word, is the
    school's name (the walk starts on the suffix; 进入/v|中学 is a common verb)."""
    t = doc.toks[j]
    return (
        _two_character_verb(t)
        and start == suffix_start
        and doc.text.startswith(_SCHOOL_WORDS, suffix_start)
        and doc.freq(t.word) < _RARE_WORD
        and (j == 0 or doc.toks[j - 1].word in _MARKS)
    )


def _two_character_verb(t: Token) -> bool:
    return t.flag == "v" and len(t.word) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in t.word)


_SCHOOL_WORDS = ("中学", "小学", "学校", "幼儿园", "中學", "小學", "學校", "幼兒園")
_MARKS = frozenset("、,，。；;：:和与及")
_RARE_WORD = 500


_FOUNDING = ("组建", "成立", "组织", "建立", "设立", "派出", "选派", "抽调")


def anchored_middle(doc: Doc, j: int, suffix_start: int, gaz_start: dict[int, int]) -> int | None:
    """A name whose middle is a verb or set phrase (南岸区|退役军人|事务局, 区|应急|管理局) is kept whole
    when a place stands right before that middle (a town jieba read as a name too: 某镇/nr|继先/v|居委会):
    the index of the middle's first token, or None."""
    toks = doc.toks
    k = j
    while k > 0:  # (a name's first token has no place before it)
        t = toks[k]
        if suffix_start - t.start > 12 or not is_cjk(t.word) or t.word in PREFIX_STOP:
            return None
        if t.flag in _FUNCTION_FLAGS or t.word in TITLE_SET:  # 某党委书记|兼|居委会: a title
            return None
        if t.word.startswith(_FOUNDING) and t.flag.startswith("v"):
            return None  # 某镇|组建|某某服务队: the town founds the team, the verb is no part of its name
        before = toks[k - 1]
        if before.word.endswith(BODY_WORDS) or before.word.endswith(WHOLE_BODIES):
            return (
                None  # 北京市委|接到|…统战部, 锦州市总工会|响应|市政府: a body before the verb, not a place
            )
        town = len(before.word) >= 3 and before.word[-1] in "镇乡"
        if before.start in gaz_start or before.word in HIGHER_UNITS or before.flag == "ns" or town:
            return k
        k -= 1
    return None


def counted_or_pointed(word: str, before: Token) -> bool:
    """名村 after a number (16名|村党支部书记), 村村 after a pointer (该村|村党支部): jieba glued the
    count's word or the unit pointed at to the unit word that opens a body's name."""
    counted = word[0] in _COUNTED - {"人", "家"} and before.flag == "m"  # (名, 位, 个, 户: 16|名村)
    return (
        counted
        or word[0] == word[1]
        and word[0] in "村镇乡"
        and before.word in ("该", "本", "每", "各", "全")
    )
