"""The walk back from a body's suffix over the name before it (陕西同泰实业|有限公司, 某某社区|党委):
over name tokens, a place the gazetteer knows, a number inside a name (中铁|十一|局), a field's word
(学前教育|学院); never over a time word, a verb of the sentence, a title, the unit named before or a
function word jieba glued to the name. `walk_stops.py` holds what stops it. Pure functions over the
tokens."""

from __future__ import annotations

import itertools
import re

from ..org_words import DEMOCRATIC_PARTIES, ORG_SUFFIXES
from ..place_words import PLACE_GENERIC_PREFIX
from .org_edges import (
    UNIT_TAILS,
    joined_domains,
    name_after_division,
    team_name_after_body,
    two_fields,
    verb_phrase,
)
from .org_names import (
    _RELATIVE_HEADS,
    DETERMINERS,
    OBJECT_VERBS,
    WHOLE_BODIES,
)
from .org_numerals import numbered, numeral_in_a_name
from .org_pairs import (
    FIRM_BRANCHES,
    body_before_a_unit,
    first_of_two_fields,
    glued_and,
    named_unit,
    quoted_word_in_a_name,
    sender,
    under_its_town,
)
from .org_trades import branded_word, registered_after_its_place, trade_word_in_a_name
from .tokens import CLAUSE_BREAK, PREFIX_STOP, Doc, is_cjk
from .unit_edges import GLUED_PREPOSITIONS
from .unit_starts import DIRECTIONS, opens_a_community
from .walk_stops import (
    HIGHER_UNITS,
    PROPER_FLAGS,
    anchored_middle,
    brand_made_a_verb,
    counted_or_pointed,
    school_made_a_verb,
    serving_a_named_body,
    stops_the_walk,
)

# 海丰县|海城镇人民政府, 洞口县|黄桥镇中心学校, 某区|某某街道党工委: a town's or a street's own body keeps
# the county or district written before it (a town's party committee is named from the town, as a
# community's branch is: 某县|某镇党委).
_TOWN_OR_STREET = re.compile(r"[\u4e00-\u9fff]{1,6}(?:镇|乡|苏木)(?:中心)?|[\u4e00-\u9fff]{2,6}街道")
_FIELD_BODIES = ("学院", "研究院", "研究所")
_BRANCH_NUMBER = re.compile(r"^[一二三四五六七八九十]$")
_NUMBERED_BRANCHES = ("支部", "总支", "支社", "分会", "小组", "中队", "分队")
_SQUADS = ("中队", "分队")  # numbered under their 大队 or 支队 only: 交警大队|三|中队
_AGE_GROUPS = ("青年", "少年", "老年", "中年")  # jieba tags them times
_ORG_PREFIX_FLAGS = set("n ns nt nz nr nrt nrfg j b ng vn an s k h g zg tg vg ag x eng a mq".split())
# A character the dictionary has seen fewer times than this, tagged a particle or an interjection, is
# none (涢/yg|阳分院, 渼/y|陂分院: a rare character of a name, given one of the tags the tagger gives a
# character it cannot place; 夸/v|妇联组织 is a verb)
_RARE = 1000
_PLACELESS_TAGS = ("y", "yg", "e", "o")
_TEAM_SUFFIXES = tuple(
    "志愿服务队 服务队 突击队 小分队 先锋队 志愿队 工作队 医疗队 救援队 志愿服务团 服务团".split()
)
_SENT_TO = ("支援", "援助", "驰援")
# a team named by who serves in it (退役军人/l|志愿者服务分队: jieba reads the group as a set phrase)
_MEMBERS_WORDS = ("军人", "党员", "老兵", "青年", "妇女")
_TEAM_WORDS = (*_TEAM_SUFFIXES, "服务分队", "分队", "志愿服务总队", "协会", "联合会")
# 广州|公安|海珠分局…: a city's service named by its short name before its district branch
_SERVICES = frozenset("公安 交警 消防 税务 海关 边检 应急".split())
_DAY_DIGITS = frozenset("0123456789一二三四五六七八九十")  # the day's number before 日
# 韦大勇|同区|应急局, 赠送|了市|某委: a preposition or an aspect particle jieba glued to the body's 区 or 市
_GLUED_BEFORE = GLUED_PREPOSITIONS | {"同", "跟", "了", "着", "过", "有"}  # (对|有市/v|指挥部发放的…)
_PLACE_NAME_FLAGS = {"ns", "nz", "nr", "nrt", "nrfg"}
_MOVED = set("运送转移发寄调派押")  # 转运至, 送至, 转移至, 调至: moved to
_NOT_ABOVE_UNIT = {"a", "ad", "v", "vd", "vn", "d", "t", "m"}
_NOT_ORDINAL_HEADS = {"时间", "次", "批", "天", "年", "步", "线", "轮", "名", "位"}  # 第一时间, 第一批
_TIME_STOP = {"时间", "期间", "时候", "当天", "当日", "今天", "目前", "如今", "以来", "天", "年", "月", "日"}
_LANE_COMMITTEES = ("居委", "居委会", "居民委员会")
NAME_DOTS = {"·", "•", "."}  # joining the names of partner companies or brands in one name
# Every body's word, which ends a body's name (某某居委会|和…, 老|协由: jieba glued what follows).
BODY_TAILS = tuple(ORG_SUFFIXES)


def start_of(doc: Doc, m: re.Match, gaz_start: dict[int, int], gaz_level: dict[int, str]) -> int:
    """Walk back from the suffix over the tokens that belong to the name; the name's start."""
    text, toks = doc.text, doc.toks
    end = m.end()
    i = doc.tok_at(m.start())
    start = toks[i].start if toks[i].start < m.start() else m.start()
    j = i - 1
    joined = two_fields(doc, j, gaz_start)
    if joined is not None:
        return joined
    if m.group(0) in _TEAM_SUFFIXES:
        j, start = team_name_after_body(doc, j, start)
    length = end - start
    above_unit, stationed = False, text[start : start + 1] == "驻"  # 某部|驻岩|锣村|工作队: the team's name
    while j >= 0:
        t = toks[j]
        college = first_of_two_fields(doc, j, start) if m.group(0) == "学院" else None
        if college is not None:  # 美术|与|设计学院, with the university it belongs to only
            start, owned = college
            if not owned:
                return start
            j, length = doc.tok_at(start) - 1, end - start
            continue
        if t.word in DEMOCRATIC_PARTIES and t.end == start:
            # 民革|甘肃省委会, 致公党|市直三支部: a democratic party's body opens with the party
            return t.start
        if (
            _BRANCH_NUMBER.match(t.word)
            and t.end == start == m.start()
            and m.group(0) in _NUMBERED_BRANCHES
            and (m.group(0) not in _SQUADS or j > 0 and toks[j - 1].word.endswith(("大队", "支队")))
        ):
            start, length, j = t.start, length + 1, j - 1  # 市直|三|支部: the branch's number
            continue
        if t.word == "里" and t.end == start == m.start() and m.group(0) in _LANE_COMMITTEES and j > 0:
            lane = toks[j - 1]  # 某某路|吉祥|里/f|居委: a lane's 里 tagged a locative, the road its address
            if lane.end == t.start and len(lane.word) == 2 and lane.flag in ("nr", "ns", "nz", "n"):
                return lane.start if is_cjk(lane.word) and doc.freq(lane.word) < 1000 else start
        if (
            t.word == "直"
            and j > 0
            and toks[j - 1].word.endswith(("省", "市", "县", "区"))
            and t.end == start
        ):
            start, length, j = t.start, length + 1, j - 1  # 甘肃省|直|四支部: the organs at that level
            continue
        if len(t.word) == 2 and t.word[1] in GLUED_PREPOSITIONS and text[: t.start + 1].endswith(BODY_TAILS):
            start = t.end  # 老|协由|艺术团: jieba glued the preposition to the body before
            break
        if len(t.word) >= 2 and t.word[0] in GLUED_PREPOSITIONS and text[: t.start].endswith(BODY_TAILS):
            start = t.start + 1  # 某某商会|向马岗/nr|村民委员会: the preposition after the body before, glued
            break
        if t.word[0] == "至" and len(t.word) >= 2 and j > 0 and toks[j - 1].word[-1] in _MOVED:
            start = t.start + 1  # 转运|至福/nz|宁医院: where it is moved to, 至 glued to the name
            break
        if t.flag == "l" and len(t.word) >= 3 and t.end == start == m.start() and m.group(0) in _FIELD_BODIES:
            start, length, j = t.start, length + len(t.word), j - 1  # 学前教育/l|学院: a college's field
            continue
        if t.flag == "l" and t.word.endswith(_MEMBERS_WORDS) and t.end == start and m.group(0) in _TEAM_WORDS:
            start, length, j = t.start, length + len(t.word), j - 1  # 退役军人/l|志愿者服务分队: its members
            continue
        if t.word == "驻" and start - 1 == t.end - 1 and j > 0 and toks[j - 1].flag in _ORG_PREFIX_FLAGS:
            start, j, stationed = t.start, j - 1, True
            continue
        if t.word == "”" and m.group(0) in _TEAM_SUFFIXES:
            q = text.rfind("“", max(0, t.start - 12), t.start)
            if q >= 0 and not any(c in CLAUSE_BREAK for c in text[q + 1 : t.start]):
                pun = text[q + 1 : t.start] == "疫" and text[q - 1 : q] in ("战", "抗", "防")
                return q - 1 if pun else q  # 战“疫”先锋队: the pun on 战役 (battle) is the name's word
        single_unit = (
            t.word in HIGHER_UNITS and j > 0 and is_cjk(toks[j - 1].word) and toks[j - 1].flag in PROPER_FLAGS
        )  # 马陆/镇
        if t.word.endswith("街") and named_unit(text[start : m.start()]):
            break  # 梨园街|鹏程社区党委: a street (a subdistrict's short form) above the named community
        if m.group(0) in _TEAM_SUFFIXES and t.word in _SENT_TO and j > 0 and sender(toks[j - 1], t.start):
            start, j = toks[j - 1].start, j - 2  # 省直机关|支援|某市|服务队: a team named by who sends it
            length = end - start
            continue
        if t.word == "好" and j > 0 and len(toks[j - 1].word) >= 2 and toks[j - 1].end == t.start:
            break  # 落实|好|省委的要求, 服务|好|社区: the verb's complement, no name's word
        if stops_the_walk(doc, j, start, m):
            break  # a person's post or name, a count of people, a glued preposition (walk_stops.py)
        if t.word in _TIME_STOP or t.word in OBJECT_VERBS or verb_phrase(doc, t.word):
            break  # 九天|时间|学校: a length of time, not a name; 积极响应|区委: the sentence's verb
        if t.word.endswith("籍") and not doc.is_word(t.word) or t.word == "籍":
            break  # 某地籍|某某公司: whose native place the body is, no part of its name (户籍科 is)
        if t.word == "地" and j > 0 and toks[j - 1].word.endswith("在") and toks[j - 1].end == t.start:
            break  # 驻在|地|乡镇党委, 所在|地|政府: the place one is in (驻在地, 所在地), no name's word
        if t.word[0] == "籍" and len(t.word) > 1 and not doc.is_word(t.word):
            start = t.start + 1  # 某地|籍青禾/nr|公司: the 籍 jieba glued to the name after it
            break
        if serving_a_named_body(doc, j, start, m.start()):
            break  # 从|服务|某某卫生院 (not 便民|服务|中心)
        after_a_town = t.word[0] == "那" and gaz_level.get(gaz_start.get(t.start - 1, -1)) in (
            "subdistrict",
            "district",
        )
        if (
            t.word[0] in DETERMINERS
            and t.start not in gaz_start
            and not branded_word(doc, j, m, gaz_start)
            and not after_a_town  # 某乡|那|某村党总支部: a Zhuang name's first character (那, a field)
        ):
            break  # 联系|该县|中医院: "that county" points back, it names nothing
        if (
            gaz_start.get(start) == start
            and t.start not in gaz_start
            and t.flag not in PROPER_FLAGS
            and not (t.word.endswith(UNIT_TAILS) or m.group(0) in FIRM_BRANCHES)
            and not (t.word in _SERVICES and j > 0 and toks[j - 1].start in gaz_start)
        ):
            break  # 联系|南宁志愿服务联合会, 就读于|江苏南通大学: a name opens with its place (but a
            # body's branch goes on: 四川外国语大学|成都学院)
        dated = t.word[0] == "日" and text[t.start - 1 : t.start] in _DAY_DIGITS  # 1月24|日市|指挥部
        if len(t.word) == 2 and (t.word[0] in _GLUED_BEFORE or dated) and t.word[1] in _RELATIVE_HEADS:
            start = t.start + 1  # 经省|文明办, 经区|卫健委: jieba glued the preposition to 省/区
            break
        if t.word == m.group(0) and t.end == start and start > m.start() - 4:
            # 对口医院|海淀医院: the kind of body, then its short name (apposition), no longer name
            break
        if len(t.word) == 2 and j > 0 and counted_or_pointed(t.word, toks[j - 1]):
            start = t.start + 1  # 16|名村|党支部, 该|村村|党支部: the count's or the pointer's unit
            break
        if t.word[0] in "和与及" and len(t.word) == 2 and t.flag == "ns" and t.start not in gaz_start:
            start = t.start + 1  # 通知|和县/ns|防控指挥部: the conjunction, then the county's own
            break
        if (cut := glued_and(doc, j)) is not None:  # 博物馆|和青禾|药店, 韦才|彬和|领导小组
            start = cut
            break
        if t.word in NAME_DOTS and j > 0 and toks[j - 1].end == t.start and is_cjk(toks[j - 1].word):
            start, length, j = t.start, length + 1, j - 1  # 华宇置业·锦江·九里兰亭物业公司: partners' names
            continue
        quote = quoted_word_in_a_name(text, t.start) if t.word == "”" else None
        if quote is not None:  # 区委|“两新”|工委: a short word in quotes inside the name
            start, j = quote, doc.tok_at(quote) - 1
            length = end - start
            continue
        if joined_domains(doc, j, gaz_start):  # 永仁县|文化|和|旅游局: two fields of one body
            start, length, j = toks[j - 1].start, end - toks[j - 1].start, j - 2
            continue
        if not stationed and body_before_a_unit(text, t, start, m.start()):
            break  # 青禾社工服务社|绿柳社区党群服务中心
        if t.start in gaz_start or (t.word.endswith(HIGHER_UNITS) and len(t.word) >= 2) or single_unit:
            unit_start = gaz_start.get(t.start, toks[j - 1].start if single_unit else t.start)
            between = [  # (not the second of two joined fields: 水务和|湖泊/ns|局)
                x
                for n, x in enumerate(toks[j + 1 : doc.tok_at(m.start())], j + 1)
                if x.start < m.start() and toks[n - 1].word not in ("和", "与")
            ]
            wide = gaz_level.get(unit_start) in ("city", "province")
            named = (
                {"ns"} if gaz_level.get(unit_start) == "district" else _PLACE_NAME_FLAGS
            )  # 某区|红十字/nz|会
            # 陆丰市|某某实业有限公司 (a registered name) and 某县|某镇人民政府 (a town's own body) keep the
            # county-level place; a body stationed somewhere keeps all of it (某局驻|某村|工作队).
            keeps_county = (
                ORG_SUFFIXES[m.group(0)] in ("company", "school")
                or _TOWN_OR_STREET.fullmatch(text[t.end : m.start()]) is not None
            )
            village = named_unit(text[start : m.start()], m.group(0), gaz_level.get(unit_start, ""))
            kept = village and under_its_town(text, t.end, end, m.group(0))  # 某镇|某村卫生室
            if not (stationed or kept or m.group(0) in _TEAM_SUFFIXES) and (
                village
                or (
                    not wide
                    and not keeps_county
                    and any(x.flag in named and x.word not in PLACE_GENERIC_PREFIX for x in between)
                    and not t.word.endswith(WHOLE_BODIES)  # 石柱|县公安局|刑侦大队: a body's own unit
                )
            ):
                break  # 芷江西路街道 | 普善路居民区党总支: a named body under the street is its own unit
            start, length = unit_start, end - unit_start
            j = doc.tok_at(unit_start) - 1
            above_unit = True
            continue
        if above_unit and t.flag in _NOT_ABOVE_UNIT:
            break  # 落实|城东管理区疫情防控指挥部: above a unit no verb or adjective goes on
        if branded_word(doc, j, m, gaz_start) and length + len(t.word) <= 26:
            start, length, j = t.start, length + len(t.word), j - 1  # 江西|全程/n|建筑工程有限公司
            continue
        if trade_word_in_a_name(doc, j, text[start:end]) and length + len(t.word) <= 26:
            start, length, j = t.start, length + len(t.word), j - 1  # 生物科技|开发|有限公司
            continue
        if t.word == "为" and t.end == start and text.startswith(("老服务", "民服务", "老年人服务"), start):
            start, length, j = t.start, length + 1, j - 1  # 综合|为|老服务中心: 为老 (for the old), a word
            continue
        if brand_made_a_verb(doc, j, start, m.start()) or school_made_a_verb(doc, j, start, m.start()):
            start, length, j = t.start, length + 2, j - 1  # 的|欣缘/v|农庄饭店
            continue
        if (
            t.flag not in _ORG_PREFIX_FLAGS
            and not (t.flag == "t" and t.word in _AGE_GROUPS)  # 区|青年/t|企业家协会
            and not (len(t.word) == 1 and t.flag in _PLACELESS_TAGS and doc.freq(t.word) < _RARE)
            and not _direction_of_the_name(doc, j)
            or t.word in PREFIX_STOP
            or t.word[-1] == "是"  # 韦晓|光是|青松社区党支部: the sentence's verb, glued by jieba
            or not is_cjk(t.word)
            or length + len(t.word) > 26
        ):
            if (
                t.flag == "m"
                and t.word.startswith("第")
                and is_cjk(t.word)
                and toks[j + 1].word not in _NOT_ORDINAL_HEADS
            ) or numeral_in_a_name(doc, j):
                start, length, j = t.start, length + len(t.word), j - 1
                continue
            if numbered(doc, j):  # 韦庄|18|号|便民警务站: a post numbered under its place's name
                start, length, j = toks[j - 1].start, end - toks[j - 1].start, j - 2
                continue
            own_name = name_after_division(doc, j, start, gaz_start)
            if own_name is not None:  # 兴义市|万峰/m|公益协会: a name jieba read as a numeral
                start, j = own_name, doc.tok_at(own_name) - 1
                length = end - start
                continue
            if _before_a_rare_character(doc, j, start):  # 中石化|松/v|泖/g|加油站, 七/m|畲/j|径林场
                start, length, j = t.start, length + 1, j - 1
                continue
            anchored = anchored_middle(doc, j, m.start(), gaz_start)
            if anchored is None:
                break
            start, j = toks[anchored].start, anchored - 1
            length = end - start
            continue
        start, length, j = t.start, length + len(t.word), j - 1
    if start == m.start() and ORG_SUFFIXES[m.group(0)] == "company":
        start = _brand_of_two_characters(doc, start)
    if ORG_SUFFIXES[m.group(0)] == "company":
        start = _brand_before_its_trade(doc, start, m.start())
    start = _name_cut_by_a_tag(doc, start)
    return registered_after_its_place(doc, m, start, gaz_start, gaz_level)


def _name_cut_by_a_tag(doc: Doc, start: int) -> int:
    """The name's first word, which a tag of jieba's cut off: a street's name before its 街 or 路 (普利/ad|街|
    社区党支部), or a community's first character read as a preposition (`opens_a_community`)."""
    toks = doc.toks
    k = doc.tok_at(start)
    if k <= 0 or toks[k].start != start or toks[k - 1].end != start:
        return start
    before = toks[k - 1]
    if (
        toks[k].word in ("街", "路", "巷")
        and 1 <= len(before.word) <= 3
        and is_cjk(before.word)
        and before.flag not in _NOT_A_BRANDS_CHARACTER
        and before.flag != "v"
    ):
        return before.start  # 普利街社区: the street's name, then 街
    return before.start if opens_a_community(doc, k - 1) else start  # ”同福社区…


_NOT_A_BRANDS_CHARACTER = {
    "p",
    "c",
    "u",
    "uj",
    "ul",
    "uz",
    "ud",
    "ug",
    "r",
    "d",
    "m",
    "q",
    "x",
    "y",
    "e",
    "f",
}


_RARE_CHARACTER = 300  # 泖 10, 畲 207, 涢 267: characters of local names jieba barely knows
_NOT_IN_A_NAME = set("的了着过在和与及是为对向把被将给由从到等也都就还又已曾再")


def _before_a_rare_character(doc: Doc, j: int, start: int) -> bool:
    """松/v|泖/g, 七/m|畲/j: a character jieba read as a word of its own, right before a rare one that
    opens the name so far: the two are a local name (松泖, 七畲径) jieba could not read."""
    t = doc.toks[j]
    nxt = doc.toks[j + 1] if j + 1 < len(doc.toks) else None
    return (
        nxt is not None
        and nxt.start == start == t.end
        and len(t.word) == 1
        and len(nxt.word) == 1
        and is_cjk(t.word)
        and t.word not in _NOT_IN_A_NAME
        and doc.freq(nxt.word) < _RARE_CHARACTER
    )


_TRADE_WORD = 300  # 家具, 股份, 纺织: words of a trade or a company's form, common in the dictionary
_BRAND_FLAGS = frozenset({"i", "l", "nz", "nr", "nrt", "n", "a", "j", "ns", "nt", "b"})


def _brand_before_its_trade(doc: Doc, start: int, suffix_start: int) -> int:
    """，喜临门/i|家具|股份|有限公司: a company named so far only by its trade and form has its brand
    right before, whatever jieba made of it (an idiom here), when a mark or 的 stands before the brand."""
    k = doc.tok_at(start)
    if k < 1 or doc.toks[k].start != start:
        return start
    words = []
    for t in itertools.islice(doc.toks, k, None):  # the words between the start and the suffix
        if t.start >= suffix_start:
            break
        words.append(t)
    if not words or not all(t.flag in ("n", "vn") and doc.freq(t.word) >= _TRADE_WORD for t in words):
        return start
    brand = doc.toks[k - 1]
    opener = doc.text[brand.start - 1 : brand.start] if brand.start else "，"
    if (
        brand.end == start
        and 2 <= len(brand.word) <= 4
        and is_cjk(brand.word)
        and brand.flag in _BRAND_FLAGS
        and brand.word not in OBJECT_VERBS
        and brand.word not in PREFIX_STOP
        and (opener in "“”，,。；;：:、\n" or opener == "的")
    ):
        return brand.start
    return start


def _brand_of_two_characters(doc: Doc, start: int) -> int:
    """“绿/a|发/v|集团…: a company's brand of two characters, each read by jieba as a word of its own,
    right after a mark: the brand opens the name."""
    i = doc.tok_at(start)
    if i < 2 or doc.toks[i].start != start:
        return start
    a, b = doc.toks[i - 2], doc.toks[i - 1]
    opener = doc.toks[i - 3].word[-1] if i >= 3 else "“"
    if (
        opener in "“”，,。；;：:、\n"
        and all(len(t.word) == 1 and is_cjk(t.word) and t.flag not in _NOT_A_BRANDS_CHARACTER for t in (a, b))
        and a.end == b.start
        and b.end == start
    ):
        return a.start
    return start


def _direction_of_the_name(doc: Doc, j: int) -> bool:
    """上|河湾/ns|业主委员会 … 和|上|河湾|居委会: a direction's character written before a place's name
    wherever the text names it (twice or more) is the name's first character (上河湾), not a word of its
    own."""
    t, nxt = doc.toks[j], doc.toks[j + 1] if j + 1 < len(doc.toks) else None
    if nxt is None or len(t.word) != 1 or t.word not in DIRECTIONS or nxt.flag not in ("ns", "nz", "nr"):
        return False
    together = doc.count(t.word + nxt.word)
    return len(nxt.word) >= 2 and together >= 2 and together == doc.count(nxt.word)
