"""Organisations: a unit suffix extended backwards over the name tokens before it (陕西同泰实业有限公司; a
named body under a street is its own unit: 芷江西路街道 | 普善路居民区党总支; 党员突击队 is no name)."""

from __future__ import annotations

import re

from ..lexicon import TITLES_BY_LENGTH
from ..org_words import DEMOCRATIC_PARTIES, ORG_SUFFIXES, ORG_SUFFIXES_BY_LENGTH, PLACES_ARE_NAMED_FOR
from ..place_words import PLACE_GENERIC_PREFIX
from .org_edges import (
    UNIT_TAILS,
    after_kind_word,
    after_province_short,
    democratic_parties,
    glued_conjunction,
    joined_domains,
    lead_cut,
    name_after_division,
    numbered_schools,
    over_the_epidemics_name,
    partner_before,
    place_start,
    suffixes,
    team_name_after_body,
    two_fields,
    verb_phrase,
)
from .org_heads import businesses_counted, start_above
from .org_joint import committee_and_government, joint_issuers
from .org_names import (
    _RELATIVE_HEADS,
    DETERMINERS,
    OBJECT_VERBS,
    WHOLE_BODIES,
    WITHIN_A_UNIT,
    a_room_of_the_body,
    is_generic,
    not_the_body_here,
    org_kind,
    outlet_spans,
    quoted_groups,
)
from .org_numerals import numbered, numeral_in_a_name
from .org_pairs import (
    FIRM_BRANCHES,
    a_word_on_the_suffix,
    body_before_a_unit,
    bracket_alias,
    branch_brand_start,
    branch_of,
    first_of_two_fields,
    glued_and,
    named_unit,
    quoted_word_in_a_name,
    sender,
    shop_or_bracketed_start,
    title_after_its_body,
    under_its_town,
)
from .org_trades import branded_word, registered_after_its_place, trade_word_in_a_name
from .places import GazetteerSpan
from .tokens import CLAUSE_BREAK, PREFIX_STOP, Doc, is_cjk, outermost
from .unit_edges import GLUED_PREPOSITIONS
from .unit_names import opens_name
from .walk_stops import (
    BODY_WORDS,
    HIGHER_UNITS,
    PROPER_FLAGS,
    anchored_middle,
    brand_made_a_verb,
    counted_or_pointed,
    serving_a_named_body,
    stops_the_walk,
)

# 海丰县|海城镇人民政府, 洞口县|黄桥镇中心学校, 某区|某某街道党工委: a town's or a street's own body keeps
# the county or district written before it (a town's party committee is named from the town, as a
# community's branch is: 某县|某镇党委).
_TOWN_OR_STREET = re.compile(r"[\u4e00-\u9fff]{1,6}(?:镇|乡|苏木)(?:中心)?|[\u4e00-\u9fff]{2,6}街道")
_NAMED_FROM_ITS_UNIT = re.compile(r"[\u4e00-\u9fff]{1,6}[镇乡]党委")
_FIELD_BODIES = ("学院", "研究院", "研究所")
# 某市中心|城区, 某镇中心|渔港: a part of a place, or the place's central facility
_PLACE_AFTER = ("城区", "城市", "地带", "位置", "社区", "村", "小区", "渔港", "广场", "街区", "商圈", "区域")
_BRANCH_NUMBER = re.compile(r"^[一二三四五六七八九十]$")
_NUMBERED_BRANCHES = ("支部", "总支", "支社", "分会", "小组", "中队", "分队")
_SQUADS = ("中队", "分队")  # numbered under their 大队 or 支队 only: 交警大队|三|中队

_AGE_GROUPS = ("青年", "少年", "老年", "中年")  # jieba tags them times
_LEVELS_OF_BODIES = ("两级", "三级", "四级", "五级", "各级")
_ORG_PREFIX_FLAGS = set("n ns nt nz nr nrt nrfg j b ng vn an s k h g zg tg vg ag x eng a mq".split())
# A particle or preposition jieba glues to a body's last character (所的, 区委以|线上招募, 党委为|居民).
_GLUED_AFTER_A_BODY = frozenset("的以为向对把被将给由驻")  # (县委|办驻|某村: the body sends a team)
# A body whose head is titled by its last word and 长 (某某工作队|长, 某某小组|长): the post names the body.
_HEADED_BY_ZHANG = ("工作队", "服务队", "突击队", "小分队", "志愿队", "小组", "工作组", "专班")
_TEAM_SUFFIXES = tuple(
    "志愿服务队 服务队 突击队 小分队 先锋队 志愿队 工作队 医疗队 救援队 志愿服务团 服务团".split()
)
_SENT_TO = ("支援", "援助", "驰援")
# Company suffixes that are a trade's word too (煤矿, 实业): a firm's suffix a few characters on, with no
# conjunction or particle between, makes them part of its name
_TRADES = frozenset(("煤矿", "矿业", "控股", "实业", "置业", "超市", "酒店", "药房", "大药房", "药店"))
# 某林场|社区, 清真寺|街: a place named for the farm, the mine or the temple (org_words.PLACES_ARE_NAMED_FOR)
_UNITS_NAMED_FOR_IT = ("社区", "村", "新村", "小区", "居委", "街", "路", "巷")
_FIRM_AFTER = re.compile(r"[^\W\d_和与及同跟的在是为等对向、]{0,8}?(?:有限公司|公司|集团)")
_DAY_DIGITS = frozenset("0123456789一二三四五六七八九十")  # the day's number before 日
# 韦大勇|同区|应急局, 赠送|了市|某委: a preposition or an aspect particle jieba glued to the body's 区 or 市
_GLUED_BEFORE = GLUED_PREPOSITIONS | {"同", "跟", "了", "着", "过"}
# Every body's word, which ends a body's name (某某居委会|和…, 老|协由: jieba glued what follows).
_BODY_TAILS = tuple(ORG_SUFFIXES)
# A word that is only a body of some kind (分局, 支队, 分公司): a name never opens with one.
_BRANCH_WORD = re.compile(r"^[分支总]?(?:局|队|公司|行|院|所|厂|站|部)$")
_ROOM = re.compile(r"(?:办公楼|大楼|楼)?(?:[一二三四五六七八九十\d]+[楼层]|[一二三四五六七八九十\d]+号楼)$")
_NAME_DOTS = {"·", "•", "."}  # joining the names of partner companies or brands in one name
_PLACE_NAME_FLAGS = {"ns", "nz", "nr", "nrt", "nrfg"}
_NOT_ABOVE_UNIT = {"a", "ad", "v", "vd", "vn", "d", "t", "m"}
_NOT_ORDINAL_HEADS = {"时间", "次", "批", "天", "年", "步", "线", "轮", "名", "位"}  # 第一时间, 第一批
_TIME_STOP = {"时间", "期间", "时候", "当天", "当日", "今天", "目前", "如今", "以来", "天", "年", "月", "日"}
_UNITS_BELOW = ("街道", "镇", "乡", "社区", "村")

# name → (kind, spans)
Found = dict[str, tuple[str, list[tuple[int, int]]]]


_LANE_COMMITTEES = ("居委", "居委会", "居民委员会")


def _start_of(doc: Doc, m: re.Match, gaz_start: dict[int, int], gaz_level: dict[int, str]) -> int:
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
        if len(t.word) == 2 and t.word[1] in GLUED_PREPOSITIONS and text[: t.start + 1].endswith(_BODY_TAILS):
            start = t.end  # 老|协由|艺术团: jieba glued the preposition to the body before
            break
        if len(t.word) >= 2 and t.word[0] in GLUED_PREPOSITIONS and text[: t.start].endswith(_BODY_TAILS):
            start = t.start + 1  # 某某商会|向马岗/nr|村民委员会: the preposition after the body before, glued
            break
        if t.flag == "l" and len(t.word) >= 3 and t.end == start == m.start() and m.group(0) in _FIELD_BODIES:
            start, length, j = t.start, length + len(t.word), j - 1  # 学前教育/l|学院: a college's field
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
        if t.word in _NAME_DOTS and j > 0 and toks[j - 1].end == t.start and is_cjk(toks[j - 1].word):
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
                or _NAMED_FROM_ITS_UNIT.fullmatch(text[start:end])  # 某县|某镇党委: the town's committee
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
        if brand_made_a_verb(doc, j, start, m.start()):
            start, length, j = t.start, length + 2, j - 1  # 的|欣缘/v|农庄饭店
            continue
        if (
            t.flag not in _ORG_PREFIX_FLAGS
            and not (t.flag == "t" and t.word in _AGE_GROUPS)  # 区|青年/t|企业家协会
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
            anchored = anchored_middle(doc, j, m.start(), gaz_start)
            if anchored is None:
                break
            start, j = toks[anchored].start, anchored - 1
            length = end - start
            continue
        start, length, j = t.start, length + len(t.word), j - 1
    return registered_after_its_place(doc, m, start, gaz_start, gaz_level)


# 某某公司退休第二党支部, 某某医院离退休党总支: the Party branch of a body's retired staff, under it
_PARTY_BRANCHES = frozenset(("党支部", "党总支", "支部", "党委", "党小组"))
_RETIREES = re.compile(r"离?退休")
_OWN_COMMITTEES = _PARTY_BRANCHES | {"工会", "团委", "妇联", "党工委"}  # a body's own, right after its name
# A firm's own site office (某某集团有限公司项目部): named under it, never a body of its own
_DEPARTMENTS = frozenset(("项目部",))
_LOCAL_KINDS = {"community", "compound"}  # 某局家属院: a work unit's compound is named after the body
_LOCAL_UNITS = ("社区", "小区", "居民区")


def find_organizations(
    doc: Doc, gaz: list[GazetteerSpan], units: list[GazetteerSpan] | None = None
) -> tuple[Found, list[tuple[int, int]]]:
    """Named organisations (standalone occurrences only) and every organisation span found.
    `units` are the sub-district places (`places.find_units`): a name starts on a place's edge."""
    text = doc.text
    gaz_start = {p: s for s, e, _, _ in gaz for p in range(s, e)}
    gaz_level = {s: level for s, _e, _, level in gaz}
    gaz_by_start = {span[0]: span for span in gaz}
    cover: dict[int, GazetteerSpan] = {}
    for span in [*gaz, *(units or [])]:
        for p in range(span[0], span[1]):
            if p not in cover or cover[p][1] - cover[p][0] < span[1] - span[0]:
                cover[p] = span
    in_division = {  # a division's name, or a street's or town's the text names by its word (某某街道)
        p: e for s, e, _, kind in [*gaz, *(units or [])] if kind not in _LOCAL_KINDS for p in range(s, e)
    }
    found: list[tuple[int, int, str]] = []
    for m in suffixes(doc):
        end = m.end()
        if in_division.get(m.start(), 0) > end:
            continue  # 铜元局|街道: the body's word is inside a division's name, which goes on
        if (
            end not in doc.ends
            and text[end : end + 1] not in _GLUED_AFTER_A_BODY  # 文明实践|所的, 安次区|委以: jieba glued it
            and not text[end : end + 4].startswith(TITLES_BY_LENGTH)
            and not text[end : end + 4].startswith(tuple(ORG_SUFFIXES))
            and not (text[end : end + 1] == "长" and m.group(0).endswith(_HEADED_BY_ZHANG))
        ):
            continue
        if title_after_its_body(doc, m) or a_word_on_the_suffix(text, m):
            continue  # 临时党支部|支部书记: the person's title after the body; 联控|格局: a word
        if m.group(0) in _TRADES and _FIRM_AFTER.match(text, end):
            continue  # 某某煤矿|机械有限公司: the trade inside a firm's name, which goes on
        if m.group(0) in PLACES_ARE_NAMED_FOR and text.startswith(_UNITS_NAMED_FOR_IT, end):
            continue  # 某区林场|社区, 清真寺|街社区: a place named for the farm, the mine or the mosque
        if m.group(0) == "中心" and (text.startswith(_PLACE_AFTER, end) or text[m.start() - 1] in "副市城"):
            continue  # 宜春市中心城区, 城市副中心, 上海市中心 (downtown), 某某中心社区: no 中心 (a body)
        if m.group(0) == "人大" and text.startswith(("代表", "常委"), end):
            continue  # 市人大代表, 县人大常委: a deputy's or member's title, not the congress as a body
        start = after_kind_word(doc, _start_of(doc, m, gaz_start, gaz_level), m.start())
        start = place_start(text, start, m.start(), m.group(0), cover)
        start = over_the_epidemics_name(text, after_province_short(start, m.start(), gaz_by_start), gaz)
        start = shop_or_bracketed_start(doc, start, m.start(), m.group(0), gaz_by_start)
        start = branch_brand_start(text, start, m.start(), m.group(0), gaz_by_start)
        relative = text[start] in _RELATIVE_HEADS and start in doc.by_start  # 经|镇党委: the town's
        k = doc.tok_at(start) - 1
        if m.start() - start == 1 and not relative and k >= 0 and opens_name(doc, k):
            start = doc.toks[k].start  # 是|上/f|禾|村委会: no body's place is named by one character
        if text.startswith(("小时", "钟头"), start) and text[start - 1 : start].isdigit():
            start += 2  # 24|小时|国大药房: the hours it opens, then the shop's name (24小时便利店: none)
        if businesses_counted(text, start):
            continue  # 90余家|小餐馆, 第一家|民宿: businesses counted, none named
        if text[m.start() - 1 : m.start()] in ("一", "某") and m.start() - 2 in gaz_start:
            continue  # 某省|一|村委会: a body of the province, which the story leaves unnamed
        if text.endswith(_LEVELS_OF_BODIES, 0, m.start()):
            continue  # 某市|两级|法院, 市县|两级|党委: the bodies of two levels, no one body named
        head, suffix = text[start : m.start()], m.group(0)
        campus = ORG_SUFFIXES[suffix] == "school" and text.startswith(_LOCAL_UNITS, end)
        if campus and head.endswith(_BODY_TAILS):
            continue  # 某街道办事处|学院社区: a community named after a campus, under the body before it
        room = _ROOM.search(text, max(0, m.start() - 12), m.start()) if suffix == "办公室" else None
        if room is not None:  # 某居委会办公楼二楼|办公室: a room of the body's building
            head, end = text[start : max(start, room.start())], max(start, room.start())
            if not head.endswith(_BODY_TAILS):
                continue
            suffix = next(x for x in ORG_SUFFIXES_BY_LENGTH if head.endswith(x))
        elif suffix == "办公室" and a_room_of_the_body(head, text, end):
            end = m.start()  # 青松小区物业|办公室, 某镇指挥部|办公室里: the body is named
            suffix = next(x for x in ORG_SUFFIXES_BY_LENGTH if head.endswith(x))
        first = doc.toks[doc.tok_at(start)]
        if found and first.start == start and _BRANCH_WORD.match(first.word) and found[-1][1] == first.end:
            start = found[-1][0]  # 岳阳市公安局岳阳楼分局|东茅岭派出所: the walk stopped on the body above
        elif found and found[-1][0] < start <= found[-1][1] and branch_of(found[-1][2], text[start:end]):
            start = found[-1][0]  # 某行某市分行|某某支行, 某县税务局|城关税务分局: a branch under its parent
        elif found and suffix in _PARTY_BRANCHES and _RETIREES.fullmatch(text[found[-1][1] : start]):
            start = found[-1][0]  # 某某公司|退休|第二党支部: the branch of the body's retired staff
        elif found and suffix in _OWN_COMMITTEES and found[-1][0] < start < found[-1][1] == m.start():
            start = found[-1][0]  # 工商银行泸州分行|党委: the walk stopped inside the body it belongs to
        elif (
            found
            and suffix in _OWN_COMMITTEES
            and start == found[-1][1] == m.start()
            and text[start - 1] in ")）"
        ):
            start = found[-1][0]  # 某烟草专卖局(公司)|党委: a body of two plates, then its committee
        elif found and suffix in _DEPARTMENTS and found[-1][0] < start < found[-1][1] == m.start():
            continue  # 某某集团有限公司|项目部: a department named under its body, no body of its own
        dot = next((p for p in range(start, m.start()) if text[p] in _NAME_DOTS), -1)
        if dot >= 0 and start > 0 and is_cjk(text[start - 1]):
            start = min(start, partner_before(doc, dot))
        while text[start] in _NAME_DOTS:
            start += 1  # the walk crossed a dot but not the name before it
        start = start_above(text, start, m, gaz_level)  # 国家税务总局|某市税务局, 团|某省某县委
        township = gaz_level.get(start) == "subdistrict"  # 某县|和某镇指挥部: the township's own character
        if (
            text[start] in "和与及同跟"
            and m.start() - start >= 3
            and glued_conjunction(doc, start)
            and not township
        ):
            start += 1  # 王某某|和青禾|面馆: jieba glued the conjunction to the name after it
        start, end = bracket_alias(doc, start, end, m.start())  # 某局(某某局): one body, two names
        name = text[start:end]
        cut = lead_cut(doc, name, start)  # 全区|某局, 原|某局; never 原州区's 原
        name, start = name[cut:], start + cut
        for body in BODY_WORDS[:-3]:  # not 市委/区委/县委, which open their departments' names
            at = name.find(body)
            rest = name[at + len(body) :]
            if at >= 0 and len(rest) >= 4 and any(u in rest for u in _UNITS_BELOW):
                name, start = rest, start + at + len(body)  # (青羊区)人民政府|黄田坝街道办事处
                break
        if name[0] in "向对从给为把在" and cover.get(start + 1, (-1,))[0] == start + 1 and len(name) >= 6:
            name, start = name[1:], start + 1  # 镇里|向三春/nr|集镇商会: a preposition, then the town
        if (within := WITHIN_A_UNIT.match(name)) and len(name) - within.end() < 4:
            continue  # 村外|超市, 镇上|卫生院: the unit's shop or clinic, unnamed
        if within:  # 镇内|青禾超市: the name after the unit's inside
            name, start = name[within.end() :], start + within.end()
        if name[0] in GLUED_PREPOSITIONS and is_generic(name[1:], suffix, doc, start + 1):
            continue  # 经|党总支委会研究: a preposition glued to a bare kind of body names nothing
        if is_generic(name, suffix, doc, start):
            continue
        found.append((start, end, name))
    found += numbered_schools(doc, gaz)
    found += quoted_groups(doc, cover)  # “兰花热心小组”, 第三社区“暖阳”离退休党员工作室
    for name in doc.lexicon.organizations:
        found += [(s, s + len(name), name) for s in doc.occurrences(name)]
    for name in (*DEMOCRATIC_PARTIES, "中国共产党"):  # the parties by their names (加入中国共产党)
        found += democratic_parties(doc, name)
    found = [
        part
        for f in found
        if not not_the_body_here(text, *f)
        for joint in joint_issuers(*f, gaz_by_start)
        for part in committee_and_government(*joint)
    ]
    found += list(outlets := outlet_spans(doc))  # 告诉某某报记者 (media); 某某网5月6日讯 (dateline)
    # Keep an organisation only where it occurs on its own, not just inside a longer one.
    spans = sorted(set(found), key=lambda x: (x[0], -(x[1] - x[0])))
    top = outermost([(s, e) for s, e, _ in spans])
    standalone: Found = {}
    for s, e, name in spans:
        if (s, e) in top:
            kind = outlets.get((s, e, name)) or org_kind(name)
            standalone.setdefault(name, (doc.lexicon.organizations.get(name) or kind, []))[1].append((s, e))
    return standalone, [(s, e) for s, e, _ in spans]
