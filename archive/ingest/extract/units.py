"""Sub-district units named by their suffix: 芷江西路街道, 普善路居民区, 竹园新村小区, 曲江新区.

A unit suffix extended backwards over the short name before it, never over a unit or body, a time word
or the verb of the sentence; a town and a village written together are two places (双井子镇|永收村); a
compound written right after its community is named by what stands between; an area (片区) grouping
communities. Phrases that end in a unit word are no places: a count or determiner (多名社区, 所有社区),
an adverb (很热心社区), people doing something (志愿者助力社区), a verb with the unit in it (返乡, 驻村).
Pure functions over the tokens (`tokens.Doc`) and the gazetteer spans `places.find_gazetteer` found."""

from __future__ import annotations

import re

from .. import place_words as words
from ..divisions import divisions
from ..lexicon import TITLE_SET, TITLES_BY_LENGTH
from ..org_words import ORG_SUFFIXES
from ..place_words import PLACE_GENERIC_PREFIX, PLACE_STOP, PLACE_SUFFIXES, PLACE_SUFFIXES_BY_LENGTH
from .division_forms import county_before_township, county_overlapping, division_before_unit
from .estates import (
    LANE,
    TOWN_CENTRES,
    after_county_town,
    common_word_of_units,
    estate_char,
    glued_village,
    lane_start,
    named_after_township,
    pointer_with_unit,
    unit_word_of_people,
    where_one_is,
    with_known_heads,
    without_glued_function_chars,
)
from .tokens import Coverage, Doc, Token, is_cjk, word_tag
from .under_townships import is_listed_township, numbered_under_town, village_after_township
from .unit_edges import (
    counted_unit,
    county_after_city,
    pointer_opens_name,
    split_levels,
    title_tail_at,
    verb_name_under_division,
    village_committee,
    zone_after_district,
)
from .unit_names import (
    PROPER_FLAGS,
    GazetteerSpan,
    compound_after_unit,
    enumerated_units,
    everywhere,
    is_verb_object,
    proper,
)
from .unit_rows import (
    VERB_FLAGS,
    counted_row,
    flanked_in_a_row,
    is_verb_phrase,
    lettered_estates,
    listed_units,
    places_of_a_row,
    sharing_the_unit_word,
)
from .unit_starts import (
    WITHIN,
    past_doubled_or_assigned,
    village_named_village,
    within_word,
)
from .unit_walk import SUBDIVISION_SUFFIXES, unit_start

_PLACE_RE = re.compile("|".join(re.escape(s) for s in PLACE_SUFFIXES_BY_LENGTH))
# Development and management zones, named like districts: 曲江新区, 清河工业园区, 城东管理区.
_ZONE_SUFFIXES = (
    "新区",
    "经济技术开发区",
    "经开区",
    "开发区",
    "高新区",
    "工业园区",
    "产业集聚区",
    "管理区",
    "生态区",
)
# the generic words of two or more characters a unit's name may not open (or, but for a zone, close) with
_GENERIC_WORDS = tuple(sorted(g for g in PLACE_GENERIC_PREFIX if len(g) >= 2))
_CITY_ZONES = ("高新区", "经开区")  # the zones a city has one of, named bare in a list of its districts
_COUNT_OR_POINTER = re.compile(
    r"^单个|^(?:近|约|上|数|逾|超)?[一二两三四五六七八九十百千万几多]*[个处座片块条]|^[一二两三四五六七八九十几多]+[项种类]|^第?[一二两三四五六七八九十几\d]+[段批篇期轮]|^[各该每这那些全本其]+"
)
_UNIT_ENDS = SUBDIVISION_SUFFIXES + ("区", "县", "市", "省")
# 某局|宿舍小区, 某|村: the walk starts on or right after a name the story withholds (某 and its kind)
_WITHHELD = re.compile(r"某[局厂所校院委办司队]?$")
# Kinds of housing by tenure: compounds of the kind, no name when nothing comes before them
_TENURES = frozenset("售后公房 公房 公租房 廉租房 经适房 经济适用房 商品房 保障房".split())
_MOTION_PLUS_UNIT = {
    v + u for v in "驻入进返回下离出到在住顺沿绕穿过经坐封联包" for u in "村乡镇"
}  # 坐镇, 封村, 联村
_JOINT_DUTIES = ("干部", "领导", "工作", "帮扶", "党员", "单位", "责任", "包户", "入户", "到户")


def _named_joint(doc: Doc, tok: Token, end: int) -> bool:
    """董/nr|联村|拉麦组: a village's name of one character jieba tagged alone, then 联村 or 包村 read as
    the cadres' duty (联村干部, 包村领导 are that duty, no village)."""
    k = doc.tok_at(tok.start - 1) if tok.start > 0 else -1
    if tok.word[0] not in "联包" or k < 0 or doc.toks[k].end != tok.start:
        return False
    before = doc.toks[k]
    return (
        len(before.word) == 1
        and before.flag in ("nr", "ns", "n", "ng", "j")
        and not doc.text.startswith(_JOINT_DUTIES, end)
    )


# 匡村|村支委, 李村|村委会: a village of one character is named where its own committee follows.
_VILLAGE_BODY_NEXT = re.compile(r"村(?:委|支|党|两委|民委员会)")
_NOT_A_VILLAGE = set("本该全各每这那此其进入回到驻在下去来返出离住整") | {""}
# 十三家子村, 李家湾社区: a hamlet named by a number of households (and its terrain), no count.
_NUMBERED_HAMLET = re.compile(
    r"^(?:[一二三四五六七八九十两]{1,3}家子|[一二两三四五六七八九十百千万]家[湾庄店坊岭沟坝寨营岗圩坪塘堡屯铺集])$"
)
_LETTERED_ZONE = re.compile(r"[A-ZＡ-Ｚ]区(?![域内外])")
_PHASE = re.compile(r"[一二三四五六七八九十\d]{1,2}期(?![间限末中])")  # 二期, not 期间/期限
_NAMED_VILLAGE_NEXT = re.compile(r"[\u4e00-\u9fff]{2,3}(?:村|社区)")
_NAMED_ESTATE_NEXT = re.compile(r"[\u4e00-\u9fff]{2,4}小区")
_IDIOM_TAILS = ("尾", "后", "外", "内")  # 村头村|尾, 村前村|后, 村里村|外


_KIND_OF_TOWN = re.compile(
    r"(?:交通|人口|工业|农业|经济|旅游|商贸|文化|历史文化|边境|边贸|资源|劳务|产粮|养殖|特色|重点)[大要重名古强]"
)
_UNIT_AND = re.compile(r"(?:村|社区|居民区|小区)[和与及](?=[\u4e00-\u9fff]{2})")


_ONLINE = ("线上", "网上", "云上", "云端")
_BESIDE = ("旁", "附近", "周边", "对面", "门口")


def find_units(doc: Doc, gaz: list[GazetteerSpan]) -> list[GazetteerSpan]:
    """Sub-district units and zones named by their suffix (芷江西路街道, 普善路居民区, 曲江新区)."""
    text = doc.text
    gazetteer = Coverage(len(text), [(s, e) for s, e, _, _ in gaz])
    listed = {span[1]: span for span in gaz if span[3] == "subdistrict"}  # townships by their end
    unit_ends = {span[1]: span for span in gaz if span[3] in ("district", "subdistrict")}
    city_ends = {span[1]: span[0] for span in gaz if span[3] == "city"}
    found: list[GazetteerSpan] = []
    for m in _PLACE_RE.finditer(text):
        suffix = m.group(0)
        if suffix not in SUBDIVISION_SUFFIXES and suffix not in _ZONE_SUFFIXES:
            continue
        end = m.end()
        nxt = text[end : end + 3]
        if (
            end not in doc.ends
            and not nxt.startswith(tuple(ORG_SUFFIXES))
            and not nxt.startswith(tuple(TITLES_BY_LENGTH))
            and not nxt.startswith(SUBDIVISION_SUFFIXES)
            and not (suffix in ("镇", "乡") and _NAMED_VILLAGE_NEXT.match(text, end))  # 中馆镇|排山村
            and not (suffix == "村" and _NAMED_ESTATE_NEXT.match(text, end))  # 卡子湾村|联丰嘉苑小区
            and not (
                suffix == "村" and village_committee(doc, m.start())
            )  # 绿柳|村委: the village's committee
            and not (text[end : end + 1] in "内里外" and end + 1 in doc.ends)  # 东方小|区内
            and not (suffix == "村" and glued_village(doc, m.start()))  # 某某|村口
        ):
            continue
        if text.startswith("行活动", end) and suffix in ("社区", "小区", "村"):
            continue  # “…”志愿社区|行活动: a campaign's name (某某进社区, 社区行), no unit
        suffix_tok = doc.toks[doc.tok_at(m.start())]
        village = (
            village_after_township(text, m.start(), gaz, found) if suffix in ("村", "社区", "小区") else None
        )
        kind_of = text[village : m.start()] if village is not None and suffix == "小区" else ""
        if kind_of and (doc.freq(kind_of) >= 100 or kind_of in PLACE_GENERIC_PREFIX):
            village = None  # 某镇|老旧小区, 某镇|新建小区: a kind of compound, no name
        if (
            (village is None and suffix_tok.start < m.start())
            and (suffix_tok.flag in VERB_FLAGS or suffix_tok.word in _MOTION_PLUS_UNIT)
            and not _named_joint(doc, suffix_tok, end)
        ):
            continue  # 返乡, 入村, 驻村: the suffix is part of a verb
        if (
            suffix == "街道"
            and suffix_tok.start < m.start()
            and suffix_tok.flag == "n"
            and suffix_tok.word[-1] == "街"
        ):
            continue  # 步行街|道/q: streets of a kind (a noun of the dictionary), no 街道
        if common_word_of_units(text, suffix_tok.word, m.start(), end) or pointer_with_unit(
            doc, m.start(), end
        ):
            continue  # 卫健局|乡村振兴队, 回家|乡; 面向|全镇, 走遍|各村: a word of the language, no unit
        if village is not None:
            found.append((village, end, text[village:end], PLACE_SUFFIXES[suffix]))
            continue
        start = walked = named_after_township(unit_start(doc, m, gazetteer), m.start(), suffix, listed)
        if (
            text[m.start() - 1 : end] in _MOTION_PLUS_UNIT
            and doc.tag(text[start : m.start() - 1]) in VERB_FLAGS
        ):
            continue  # 禁止|入村, 严禁|进村: a verb, then going into the village (jieba glued 禁止入)
        if (
            suffix in _CITY_ZONES
            and start == m.start()
            and city_ends
            and (text[start - 1 : start] in "、,，市" or text[end : end + 1] in "、,，")
        ):  # 高新区,新建区: the city's own zone, listed; 某某市|高新区: the zone after its city in full
            found.append((start, end, suffix, "district"))
            continue
        if suffix == "新区" and any(s < m.start() and e == end for s, e, _, _ in gaz):
            continue  # 浦东新区: a division the gazetteer names whole, no zone of a city's
        if suffix in _ZONE_SUFFIXES and start == m.start() and (start in city_ends or suffix == "新区"):
            start = city_ends.get(start, zone_after_district(gaz, start))  # 武汉经开区, 钱塘|新区
        if PLACE_SUFFIXES[suffix] in ("compound", "community"):
            walked, start = start, compound_after_unit(doc, start, m.start(), unit_ends)
            start = after_county_town(text, lane_start(doc, m.start(), start), m.start(), unit_ends)
        if (
            text[start] in "和与及"
            and text[max(0, start - 2) : start].endswith(_UNIT_ENDS)
            and not doc.is_word(doc.toks[doc.tok_at(start)].word[:3])  # 和平街 is a name, 和塔 no word
        ):
            start += 1  # 团结社区和塔山镇: the conjunction between two places, glued by jieba
        if text.startswith("邻", m.start() - 1) and text[m.start() - 2 : m.start() - 1] == suffix:
            continue  # 某某村|邻村: the village next to it, no name
        pair = _UNIT_AND.search(text, start, m.start())
        if pair and pair.start() - start >= 2:
            start = pair.end()  # 某某村和|某某村: the walk went past the first of two units
        # 网格|员入/n|社区: past a title's last character first; 某镇|四社区: a numbered community
        start = numbered_under_town(text, start + title_tail_at(text, start), m.start(), suffix, unit_ends)
        start = past_doubled_or_assigned(doc, start, m.start())  # 天|天下|村, 包保|菱北街道
        prefix = text[start : m.start()]
        if len(prefix) == 2 and prefix[0] in "在从到" and doc.is_word(text[start + 1 : end]):
            continue  # 在城镇/nrt: the preposition and a word of the language (城镇), no place
        withheld = text[start] == "某" or _WITHHELD.search(text[max(0, start - 2) : start])
        if withheld and suffix in ("小区", "社区", "村"):
            continue  # 某局|宿舍小区, 某村: a name the story withholds, whatever the walk kept of it
        if prefix in _TENURES and suffix in ("小区", "社区"):
            continue  # 售后公房小区, 公租房小区: a kind of housing (某某公租房小区 is a name)
        if suffix in ("镇", "乡", "村") and _KIND_OF_TOWN.fullmatch(prefix):
            continue  # 交通要镇, 人口大镇, 旅游名村: what kind of town it is, no name
        if prefix[:1] == "原" and len(prefix) >= 3 and not doc.is_word(prefix[:2]) and start not in gazetteer:
            start, prefix = start + 1, prefix[1:]  # 原|某某村: the former village, merged since
        if (
            prefix.endswith(suffix)
            and not village_named_village(doc, prefix, suffix, end)
            or (
                suffix_tok.start == m.start()
                and (suffix_tok.word in TITLE_SET or unit_word_of_people(doc, suffix_tok.word, suffix))
                and doc.toks[doc.tok_at(m.start() - 1)].flag not in PROPER_FLAGS
            )
        ):
            continue  # 长青村|村支两委, 联系|村支书: the unit word opens the next word, a title or a body
        if prefix[:1] == suffix and text[m.end() : m.end() + 1] in _IDIOM_TAILS:
            continue  # 村头村尾, 村前村后: an idiom of the village's ends, no village's name
        if prefix[-1:] == "全" and prefix[-2:-1] in "村镇乡县区市":
            continue  # 某某村|全村力量: the whole of the unit just named, no longer name
        if prefix[:1] in "内里中" and prefix[1:2] in "各该每全本所":
            continue  # 某街道辖区|内各村居: the units within the one just named, counted, no name
        if (
            suffix_tok.start == m.start()
            and suffix_tok.word[1:] in ("内", "里", "外", "中", "上")
            and doc.toks[doc.tok_at(m.start() - 1)].flag in ("d", "t")
            and doc.freq(doc.toks[doc.tok_at(m.start() - 1)].word) >= 1000
        ):
            continue  # 某村|正在/t|村内巡逻: within the village just named, after an adverb, no name
        if suffix_tok.word in ("满村", "满镇") and text[end : end + 1] in "跑转找走串奔":
            continue  # 大家|满村|跑: all over the village, no village's name
        if (
            words.PHRASE_OPENERS.match(prefix)
            and not _NUMBERED_HAMLET.match(prefix)
            or is_verb_phrase(doc, start, m.start(), gazetteer)
            and start == walked  # 某街道|胜利/vn西街|社区: named top down, not a verb phrase
            and not is_listed_township(text[start:end])  # 跃进/v|村|街道: the divisions list it
            # (某街道|致强/v|社区: a word tagged a verb under its named street is the community's name)
            and not verb_name_under_division(doc, doc.tok_at(start), m.start(), gazetteer)
            or counted_unit(doc, start, m.start(), end)  # 两村, 双方镇, 某城|无数社区: units counted
            or is_verb_object(doc, start, m.start(), end)
            and not estate_char(doc, doc.tok_at(m.start()) - 1, m.start())  # 某某|都/d|小区门前
        ):
            continue
        if (within := WITHIN.match(prefix)) and within_word(doc, start, start + within.end()):
            prefix, start = prefix[within.end() :], start + within.end()
        elif prefix[:1] in "内外里中" and len(prefix) >= 3 and within_word(doc, start - 1, start + 1):
            prefix, start = prefix[1:], start + 1  # 县|内城关镇: the walk stopped inside 县内
        named = _NUMBERED_HAMLET.match(prefix) or pointer_opens_name(doc, start)  # 十三家子村, 那木德格社区
        named = named or prefix[:1] == "那" and len(prefix) >= 2 and (start - 1) in gazetteer  # 某乡|那某村
        centre = next((w for w in TOWN_CENTRES if prefix.startswith(w)), "")
        centre = centre or ("城" if prefix[:1] == "城" and text[start - 1 : start] in "县市" else "")
        if centre and _COUNT_OR_POINTER.match(prefix[len(centre) :]):
            prefix, start = prefix[len(centre) :], start + len(centre)  # 县城|近百条街道: a count
        lead = None if named else _COUNT_OR_POINTER.match(prefix)
        if lead:  # 四个小区, 该小区: a count or a pointer, not a name
            if (
                lead.end() == len(prefix)
                or lead[0][-1] == "块"
                and not proper(doc, start + lead.end(), m.start())
            ):
                continue  # (这一块|红色社区: a kind of community after a count, no name)
            prefix, start = prefix[lead.end() :], start + lead.end()
            if (again := _COUNT_OR_POINTER.match(prefix)) and again.end() == len(prefix):
                continue  # 每|一条|街道: a pointer, then a count
        # 金普新区|先进街道: a word that is generic before a unit names a town written under its district
        under_division = suffix in ("街道", "镇", "乡") and (
            (start - 1) in gazetteer or any(f[1] == start and f[3] == "district" for f in found)
        )
        under_division |= (
            len(prefix) >= 3 and prefix[-1] in "街路巷" and suffix in ("社区", "居民区")
        )  # 和谐街社区
        if (
            len(prefix) < 2
            and not (suffix == "村" and _VILLAGE_BODY_NEXT.match(text, end) and prefix not in _NOT_A_VILLAGE)
            or (
                prefix[-1:] in ("的", "型", "式") or len(prefix) >= 3 and prefix[-1] == "化"
            )  # 开放式|城市化小区
            or not under_division
            and (
                prefix in PLACE_GENERIC_PREFIX
                or prefix.startswith(_GENERIC_WORDS)
                or (suffix not in _ZONE_SUFFIXES and prefix.endswith(_GENERIC_WORDS))
                # 居民小区 is generic, 清河经济开发区 is a name
            )
            or prefix in PLACE_STOP
            or text[max(0, start - 2) : start] in _ONLINE  # 楼里的线上|邻里社区: a chat group of neighbours
            or not (
                is_cjk(prefix.lstrip("0123456789").replace("·", "")) or LANE.search(prefix)
            )  # 102号冷库家属院
            or prefix.endswith(TITLES_BY_LENGTH)
        ):
            continue
        if suffix in ("新村", "花园", "家园", "苑") and text.startswith(("街道", "街", "路"), end):
            continue  # 团结新村|街道, 华苑|街: the compound names the street, which is found on its own
        if suffix in ("花园", "家园", "苑") and not (
            nxt.startswith("小区")
            or _PHASE.match(text, end)  # 翠湖家园|二期: only an estate is built in phases
            or (proper(doc, start, m.start()) and not nxt.startswith(_UNIT_ENDS))
            or where_one_is(doc, start, end)  # 在|水晶花园|排查
            or text.startswith(_BESIDE, end)  # 芙蓉家园|旁|包子店: a place something stands beside
        ):
            continue  # 秋怡家园 (a proper name before it) is a compound, 精神家园 is none
        start = county_after_city(text, start, m.start(), city_ends, found)  # 阿拉善盟|阿左旗|白音社区
        township = listed.get(end)
        if PLACE_SUFFIXES[suffix] == "subdistrict" and township is None:
            start = county_overlapping(text, start, end)  # 兴|宁宁/ns|中镇: 兴宁(市) and its 宁中镇
        cut = county_before_township(text[start:end]) if PLACE_SUFFIXES[suffix] == "subdistrict" else None
        if township is None and cut is not None:
            township = (start + cut, end, text[start + cut : end], "subdistrict")
        if township is not None and start < township[0] and PLACE_SUFFIXES[suffix] == "subdistrict":
            above = divisions().get(text[start : township[0]])
            if above is not None:  # 万州|长坪乡: the county written before its township
                found.append((start, township[0], text[start : township[0]], above.level))
            start = township[0]
        phase = _PHASE.match(text, end) if PLACE_SUFFIXES[suffix] == "compound" and suffix != "小区" else None
        if phase:  # 翠湖家园|二期 (and 某花园|一期|小区, one name); X小区|一期 is X小区's part
            end = phase.end() + (2 if text.startswith("小区", phase.end()) else 0)
        above = division_before_unit(text[start:end]) if PLACE_SUFFIXES[suffix] != "subdistrict" else None
        if above is not None:  # 天涯区|水蛟村: the district written in full before the village
            county = text[start : start + above]
            found.append((start, start + above, county, divisions()[county].level))
            start += above
        found += split_levels(start, text[start:end], PLACE_SUFFIXES[suffix])
        if PLACE_SUFFIXES[suffix] == "compound" and _LETTERED_ZONE.match(text, end):
            found.append((start, end + 2, text[start : end + 2], "compound"))  # 某某小区|A区: its zone
        unit_ends.update((f[1], f) for f in found[-2:] if f[3] in ("subdistrict", "community"))
    found += _areas(doc, gazetteer) + listed_units(doc) + enumerated_units(doc)
    found += places_of_a_row(doc, gazetteer) + lettered_estates(doc, gazetteer)
    found += _hamlets(text, found + [g for g in gaz if g[3] == "subdistrict"])
    found += flanked_in_a_row(doc, found)
    found += sharing_the_unit_word(doc, found)
    found = everywhere(text, counted_row(doc, found))
    return with_known_heads(text, without_glued_function_chars(found, text))  # 日出|东方社区 … 日出东方小区


# 某某村|阿吾寨, 某乡|董联寨: a hamlet (a natural village) named right after its village or township,
# before a break, 的 or a verb of being (not 村|村寨, 村|山寨: a word; not 乡|各村寨: a pointer)
_HAMLET = re.compile(
    r"(?![村山苗营各每该全本这那其邻外])[\u4e00-\u9fff]{1,2}[寨屯](?=[，,。；;、\s]|的|是|有|组)"
)


def _hamlets(text: str, found: list[GazetteerSpan]) -> list[GazetteerSpan]:
    """Hamlets written after the village or township above them (碧播村阿吾寨, 京舟乡董联寨)."""
    out: list[GazetteerSpan] = []
    for _, end, name, _ in found:
        m = _HAMLET.match(text, end) if name.endswith(("村", "乡", "镇")) else None
        if m is None and name.endswith("村"):  # 某村|浦荷屯|抵边…: a name of two, whatever follows
            m = _HAMLET_AFTER_VILLAGE.match(text, end)
            m = m if m and word_tag(m.group()[:2]) in ("", "ns", "nr", "nz") else None
        if m and not text.startswith("村寨", end - 1):
            out.append((end, m.end(), m.group(), "community"))
    return out


_HAMLET_AFTER_VILLAGE = re.compile(r"(?![村山苗营各每该全本这那其邻外])[\u4e00-\u9fff]{2}[寨屯](?!子)")
_AREA = re.compile("片区")
_NAMED_COMMUNITY_NEXT = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:社区|居民区|村)")


def _areas(doc: Doc, gazetteer: Coverage) -> list[GazetteerSpan]:
    """天山区|和平路片区|新风社区: an area over named communities, or one named twice; 该片区 is none."""
    found: list[GazetteerSpan] = []
    for m in _AREA.finditer(doc.text):
        if m.start() not in doc.by_start:
            continue
        start = unit_start(doc, m, gazetteer)
        prefix = doc.text[start : m.start()]
        if (
            (_NAMED_COMMUNITY_NEXT.match(doc.text, m.end()) or doc.count(doc.text[start : m.end()]) > 1)
            and len(prefix) >= 2
            and is_cjk(prefix)
            and prefix not in PLACE_GENERIC_PREFIX
            and prefix not in PLACE_STOP
            and not words.PHRASE_OPENERS.match(prefix)
            and not _COUNT_OR_POINTER.match(prefix)
        ):
            found.append((start, m.end(), doc.text[start : m.end()], "subdistrict"))
    return found
