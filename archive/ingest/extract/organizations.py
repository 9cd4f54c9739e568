"""Organisations: a unit suffix extended backwards over the name tokens before it (陕西同泰实业有限公司; a
named body under a street is its own unit: 芷江西路街道 | 普善路居民区党总支; 党员突击队 is no name)."""

from __future__ import annotations

import re

from ..lexicon import TITLES_BY_LENGTH
from ..org_words import DEMOCRATIC_PARTIES, ORG_SUFFIXES, ORG_SUFFIXES_BY_LENGTH, PLACES_ARE_NAMED_FOR
from .firm_lists import listed_firms
from .firm_short_names import repaired, short_names
from .org_edges import (
    after_kind_word,
    democratic_parties,
    glued_conjunction,
    lead_cut,
    numbered_schools,
    over_the_epidemics_name,
    partner_before,
    place_start,
    suffixes,
)
from .org_heads import businesses_counted, counted_inside, start_above
from .org_joint import committee_and_government, joint_issuers
from .org_names import (
    _RELATIVE_HEADS,
    WITHIN_A_UNIT,
    a_room_of_the_body,
    is_generic,
    not_the_body_here,
    org_kind,
    outlet_spans,
    quoted_groups,
)
from .org_pairs import (
    a_word_on_the_suffix,
    bracket_alias,
    branch_brand_start,
    branch_of,
    shop_or_bracketed_start,
    title_after_its_body,
)
from .org_subunits import units_of_bodies
from .org_walk import BODY_TAILS, NAME_DOTS, start_of
from .places import GazetteerSpan
from .tokens import Doc, is_cjk, outermost
from .unit_edges import GLUED_PREPOSITIONS
from .unit_names import opens_name
from .walk_stops import (
    BODY_WORDS,
)

# 某市中心|城区, 某镇中心|渔港: a part of a place, or the place's central facility
_PLACE_AFTER = ("城区", "城市", "地带", "位置", "社区", "村", "小区", "渔港", "广场", "街区", "商圈", "区域")

_LEVELS_OF_BODIES = ("两级", "三级", "四级", "五级", "各级")
# A particle or preposition jieba glues to a body's last character (所的, 区委以|线上招募, 党委为|居民).
_GLUED_AFTER_A_BODY = frozenset("的以为向对把被将给由驻")  # (县委|办驻|某村: the body sends a team)
# A body whose head is titled by its last word and 长 (某某工作队|长, 某某小组|长): the post names the body.
# 某街道武装部|长, 县委组织部|长: a department whose head is its 部长, the 部 shared by the title
_DEPARTMENTS_OF_A_HEAD = ("武装部", "组织部", "宣传部", "统战部")
_HEADED_BY_ZHANG = (
    "工作队",
    "服务队",
    "突击队",
    "小分队",
    "志愿队",
    "小组",
    "工作组",
    "专班",
    *_DEPARTMENTS_OF_A_HEAD,
)
# Company suffixes that are a trade's word too (煤矿, 实业): a firm's suffix a few characters on, with no
# conjunction or particle between, makes them part of its name
_TRADES = frozenset(("煤矿", "矿业", "控股", "实业", "置业", "超市", "酒店", "药房", "大药房", "药店"))
# 某林场|社区, 清真寺|街: a place named for the farm, the mine or the temple (org_words.PLACES_ARE_NAMED_FOR)
_UNITS_NAMED_FOR_IT = ("社区", "村", "新村", "小区", "居委", "街", "路", "巷")
_FIRM_AFTER = re.compile(r"[^\W\d_和与及同跟的在是为等对向、]{0,8}?(?:有限公司|公司|集团)")
# A word that is only a body of some kind (分局, 支队, 分公司): a name never opens with one.
_BRANCH_WORD = re.compile(r"^[分支总]?(?:局|队|公司|行|院|所|厂|站|部)$")
_ROOM = re.compile(r"(?:办公楼|大楼|楼)?(?:[一二三四五六七八九十\d]+[楼层]|[一二三四五六七八九十\d]+号楼)$")
_UNITS_BELOW = ("街道", "镇", "乡", "社区", "村")

# name → (kind, spans)
Found = dict[str, tuple[str, list[tuple[int, int]]]]


# 某某公司退休第二党支部, 某某医院离退休党总支: the Party branch of a body's retired staff, under it
_PARTY_BRANCHES = frozenset(("党支部", "党总支", "支部", "党委", "党小组"))
_RETIREES = re.compile(r"离?退休")
_OWN_COMMITTEES = _PARTY_BRANCHES | {"工会", "团委", "妇联", "党工委"}  # a body's own, right after its name
# A firm's own site office (某某集团有限公司项目部): named under it, never a body of its own
_DEPARTMENTS = frozenset(("项目部",))
_LOCAL_KINDS = {"community", "compound"}  # 某局家属院: a work unit's compound is named after the body
_COMMUNITY_WORDS = ("社区", "居委会", "居民区")
_LOCAL_UNITS = ("社区", "小区", "居民区")


def _under_a_quoted_team(org: tuple[int, int, str], quoted: list[tuple[int, int, str]]):
    """“某某老兵”志愿者服务队|某县大队: a team's branch whose walk stopped at the quote of the team's name
    is named with it."""
    s, e, name = org
    for qs, qe, qname in quoted:
        if qs < s < qe < e and branch_of(qname, name[qe - s :]):  # (the branch: what follows the team)
            return (qs, e, qname + name[qe - s :])
    return org


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
    # 某街道|军区社区, 铁路局社区: a community named after a body (the body itself acts nowhere there)
    in_division |= {
        p: e
        for s, e, _, kind in units or []
        if kind == "community" and text.endswith(_COMMUNITY_WORDS, s, e)
        for p in range(s, e)
        if p not in in_division
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
        if m.group(0) == "车行" and text.startswith(("通道", "道", "出入口"), end):
            continue  # 西门|车行通道: the lane for vehicles (车行道), no dealer's shop
        if m.group(0) == "人大" and text.startswith(("代表", "常委"), end):
            continue  # 市人大代表, 县人大常委: a deputy's or member's title, not the congress as a body
        start = after_kind_word(doc, start_of(doc, m, gaz_start, gaz_level), m.start())
        start = place_start(text, start, m.start(), m.group(0), cover)
        start = over_the_epidemics_name(text, start, gaz)
        start = shop_or_bracketed_start(doc, start, m.start(), m.group(0), gaz_by_start)
        start = branch_brand_start(text, start, m.start(), m.group(0), gaz_by_start)
        relative = text[start] in _RELATIVE_HEADS and start in doc.by_start  # 经|镇党委: the town's
        k = doc.tok_at(start) - 1
        if m.start() - start == 1 and not relative and k >= 0 and opens_name(doc, k):
            start = doc.toks[k].start  # 是|上/f|禾|村委会: no body's place is named by one character
        if text.startswith(("小时", "钟头"), start) and text[start - 1 : start].isdigit():
            start += 2  # 24|小时|国大药房: the hours it opens, then the shop's name (24小时便利店: none)
        if businesses_counted(text, start) or counted_inside(text, start, m.start()):
            continue  # 90余家|小餐馆, 第一家|民宿: businesses counted, none named
        if text[m.start() - 1 : m.start()] in ("一", "某") and m.start() - 2 in gaz_start:
            continue  # 某省|一|村委会: a body of the province, which the story leaves unnamed
        if text.endswith(_LEVELS_OF_BODIES, 0, m.start()):
            continue  # 某市|两级|法院, 市县|两级|党委: the bodies of two levels, no one body named
        head, suffix = text[start : m.start()], m.group(0)
        campus = ORG_SUFFIXES[suffix] == "school" and text.startswith(_LOCAL_UNITS, end)
        if campus and head.endswith(BODY_TAILS):
            continue  # 某街道办事处|学院社区: a community named after a campus, under the body before it
        room = _ROOM.search(text, max(0, m.start() - 12), m.start()) if suffix == "办公室" else None
        if room is not None:  # 某居委会办公楼二楼|办公室: a room of the body's building
            head, end = text[start : max(start, room.start())], max(start, room.start())
            if not head.endswith(BODY_TAILS):
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
        dot = next((p for p in range(start, m.start()) if text[p] in NAME_DOTS), -1)
        if dot >= 0 and start > 0 and is_cjk(text[start - 1]):
            start = min(start, partner_before(doc, dot))
        while text[start] in NAME_DOTS:
            start += 1  # the walk crossed a dot but not the name before it
        start = start_above(text, start, m, gaz_level)  # 国家税务总局|某市税务局, 团|某省某县委
        township = gaz_level.get(start) == "subdistrict"  # 某县|和某镇指挥部: the township's own character
        if (
            text[start] in "和与及同跟"
            and m.start() - start >= 3
            and glued_conjunction(doc, start)
            and not township
            and not (
                start == 0 or text[start - 1] in "。！？!?\n"
            )  # 。和昌堂纸品…: no conjunction opens a sentence
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
    shorts = short_names(text, found, {e: s for s, e, _n, level in gaz if level in ("province", "city")})
    found = repaired(text, found, shorts) + shorts  # 某某乳业(漳州)有限公司 … 某某乳业: its short name
    found += numbered_schools(doc, gaz)
    found += units_of_bodies(doc, found)  # 某市税务局|办公室, 某医院|心理科: a body's unit, named with it
    quoted = quoted_groups(doc, cover)  # “兰花热心小组”, 第三社区“暖阳”离退休党员工作室
    found = [_under_a_quoted_team(f, quoted) for f in found] + quoted
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
    firms = {f: "company" for f in listed_firms(doc) if f[0] not in gaz_start}  # 京东、顺丰等快递企业
    found += list(firms)
    # Keep an organisation only where it occurs on its own, not just inside a longer one.
    spans = sorted(set(found), key=lambda x: (x[0], -(x[1] - x[0])))
    top = outermost([(s, e) for s, e, _ in spans])
    standalone: Found = {}
    for s, e, name in spans:
        if (s, e) in top:
            kind = outlets.get((s, e, name)) or firms.get((s, e, name)) or org_kind(name)
            standalone.setdefault(name, (doc.lexicon.organizations.get(name) or kind, []))[1].append((s, e))
    return standalone, [(s, e) for s, e, _ in spans]
