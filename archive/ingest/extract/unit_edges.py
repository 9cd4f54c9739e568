"""Unit names under the level above them, or named only before their body's short form.

A word jieba tags a verb between a division and the unit word names the unit (利通区|胜利|镇), unless it
is a verb of the genre that takes the unit as its object (下沉|社区); a village named only before its
committee's short form (绿柳|村委) is a place. Pure functions over the tokens.
"""

from __future__ import annotations

import re

from ..lexicon import SURNAMES, TITLE_SET, TITLES_BY_LENGTH
from .estates import GLUED_BEFORE_A_PLACE, WHERE_ONE_IS, post_tail
from .glued import BEFORE_A_NAME, glued_for
from .tokens import Coverage, Doc, Token, is_cjk
from .under_townships import UNIT_NUMERALS, is_listed_township

_VERB_FLAGS = {"v", "vd", "vn", "vi", "ad"}
# Prepositions jieba glues to the name after them (向|祥园社区, 经|区卫健委): one set for places and
# organisations, from the table of glued function characters.
GLUED_PREPOSITIONS = glued_for(BEFORE_A_NAME)
# Words that are never a unit's name whatever follows them: the sentence's function words and counts.
_NOT_A_NAME_FLAGS = set("p c u uj ul uz ud ug r m q mq x t f y e".split())


def village_committee(doc: Doc, at: int) -> bool:
    """绿柳|村委|的喇叭, 某某|村两委: the short form of a village's committee (or of its Party branch
    and committee as one) after its name (not 村委委员, a member, nor 三年|村委, a length of time)."""
    i = doc.by_start.get(at)
    return (
        i is not None
        and i > 0
        and doc.toks[i].word in ("村委", "村两委")
        and not doc.text.startswith("委员", at + 2)
        and doc.toks[i - 1].flag not in _NOT_A_NAME_FLAGS
        and not (doc.toks[i - 1].flag == "v" and len(doc.toks[i - 1].word) == 1)  # 开|村两委|会议
        and doc.toks[i - 1].word not in ACTION_VERBS  # 亲率/n|村两委: a verb of leading them
        and is_cjk(doc.toks[i - 1].word)
    )


# Verbs of the genre whose object is the unit (下沉|社区, 助力|社区): never a unit's name.
ACTION_VERBS = set(
    "下沉 深入 走进 进入 助力 支援 服务 帮扶 对接 联系 覆盖 包联 包保 走访 入驻 进驻 返回 回到 来到 前往 "
    "支持 协助 配合 指导 帮助 动员 组织 开展 加强 推进 落实 参与 联合 依托 深化 打造 创建 成立 "
    "驻守 值守 坚守 守护 守住 管控 封控 巡查 排查 督导 检查 慰问 捐赠 捐助 建设 管理 治理 "
    "包片 包楼 包户 分包 联包 投身 扎根 奔赴 压实 夯实 守牢 筑牢 织牢 织密 守好 把好 管好 "
    "守紧 扎紧 盯牢 看牢 "
    "部署 安排 统筹 调度 利用 依靠 借助 带领 发动 形容 亲率 率领 召集 "
    "共筑 共建 共治 共守 整理 清理 打扫 消杀 汇报 代领 做实 做细 保卫 守卫 温暖 "
    "出入 进出 往返 来往 途经 经过 离开 路过 穿过 走出 走遍 "
    "防控 防疫 保障 宣传 消毒 清扫 封闭 封锁 隔离 "
    # seeing, hearing and learning of what a unit did (看到|社区发出的…), and marking it (标志着|某小区)
    "看到 看见 听到 听说 得知 获悉 收到 接到 标志着 意味着 化身 变身 "
    "推动 带动 引导 鼓励 安抚 定位 实行 实施 形成 站上 绘制 "
    # speaking of a unit and caring for it (谈到|居民区封控以来…, 心系|小区群众)
    "谈到 说到 讲到 提到 聊到 想到 心系 牵挂 惦记 关心 关爱 紧邻 毗邻 靠近 "
    # asking a unit's leave, questioning it, building it up (征得|社区同意, 质问|居委会, 构筑|社区防线)
    "征得 质问 询问 构筑 构建 "
    # recording, counting and telling a unit's people (记录|小区内…, 通知|小区居民), devotion (热心|社区)
    "记录 登记 统计 摸排 核查 核实 上报 报告 通知 告知 提醒 热心 热爱 重启 解封 "
    # waiting for a unit's word and asking things of it (静候|社区通知, 要求|社区…)
    "静候 等候 等待 要求 责成 指导 督促 遵守 服从".split()
)


def stops_a_units_name(doc: Doc, j: int) -> bool:
    """连夜|部署|社区的检测, 合理安排|社区, 乡亲们|守村: a verb of the genre that takes the unit as its
    object (also as the tail of a four-character word: 合理|安排), or people in the plural (乡亲们), is
    the sentence before the unit word, never its name; so is 是 that jieba glued to the character
    before it (韦晓|光是|青松社区: a name's last character and the verb), and a person named after a post
    (队长|韦斌/nr|心系|某村: the sentence's subject and its verb); and the last character of a post jieba
    cut off (网格|员|西关社区: 网格员, then the community)."""
    t = doc.toks[j]
    plural = len(t.word) >= 3 and t.word.endswith("们")
    glued_verb = len(t.word) == 2 and t.word[1] == "是"
    titled = any(  # the name, or the verb after it
        doc.toks[k].flag.startswith("nr") and k > 0 and doc.toks[k - 1].word.endswith(TITLES_BY_LENGTH)
        for k in (j, j - 1)
    )
    return (
        t.word in ACTION_VERBS
        or len(t.word) == 4
        and t.word[2:] in ACTION_VERBS
        or plural
        or glued_verb
        or titled
        or post_tail(doc, j)
    )


_BODIES_OF_A_UNIT = ("党委", "党总支", "党支部", "居委会", "村委会", "居民委员会", "党员", "两委", "网格")


def _named_body_after(doc: Doc, word: str, suffix_start: int) -> bool:
    """前进|社区党员干部…, 前进|社区防疫巡查队…: a clause opening with the unit and its own body or members,
    the unit written so at least twice."""
    unit = next((u for u in ("社区", "村") if doc.text.startswith(u, suffix_start)), "")
    after = suffix_start + len(unit)
    return bool(unit) and doc.text.startswith(_BODIES_OF_A_UNIT, after) and doc.count(word + unit) >= 2


_LEVELS_LISTED = re.compile(r"、(?:村|社|组|户|居)")


def verb_name_under_division(doc: Doc, j: int, suffix_start: int, gazetteer: Coverage) -> bool:
    """利通区|胜利|镇, 水磨沟区|关爱|社区, 青禾街道|立新/d|社区, 某某新区|富强/v|社区: a word jieba tags a
    verb or an adverb, written between a division (or a named street or zone) and the unit word, is the
    unit's name (the hierarchy written top down); not a verb of the genre that takes the unit as its
    object (下沉|社区)."""
    toks = doc.toks
    t = toks[j]
    if _LEVELS_LISTED.match(doc.text, suffix_start + 1):
        return False  # 某镇|完善|镇、村、社三级: the levels in a row after a verb, no town's name
    if not (
        j >= 0
        and t.end == suffix_start
        and len(t.word) == 2
        and is_cjk(t.word)
        and (t.flag in _VERB_FLAGS or t.flag == "d" and doc.freq(t.word) < 1000)  # (一直, 始终: adverbs)
        and t.word not in ACTION_VERBS
    ):
        return False
    if j == 0 or not is_cjk(toks[j - 1].word):
        return _named_body_after(doc, t.word, suffix_start)
    above = toks[j - 1]
    if above.end != t.start:
        return False
    if above.start in gazetteer and (above.end - 1) in gazetteer:
        return True
    if above.word in WHERE_ONE_IS:
        return True  # 在|前进|社区; 。前进|社区党委…: where a body of its own follows, the unit is named
    if above.word in ("街道", "新区") and j > 1:  # 青禾|街道, 某某|新区: the unit above named
        name = toks[j - 2]
        return (
            name.end == above.start
            and len(name.word) >= 2
            and is_cjk(name.word)
            and name.flag in _ABOVE_FLAGS
        )
    return False


_ABOVE_FLAGS = {"ns", "nz", "nr", "nrt", "s", "j", "n"}


def zone_after_district(gaz: list[tuple[int, int, str, str]], at: int) -> int:
    """钱塘|新区: a new area named after the county or district written right before 新区 by its short
    form is named with it (the start of that short form); `at` itself otherwise. A full name (某某区|新区)
    stays a division of its own."""
    for s, e, name, level in gaz:
        if e == at and level == "district" and not name.endswith(("区", "县", "市", "旗")):
            return s
    return at


_SITE_CHARS = set("点站处")  # 采样点, 检查站, 办事处: one character that makes a verb or noun a site


def ends_the_word_before(doc: Doc, start: int, suffix_start: int, gazetteer: Coverage) -> bool:
    """核酸采样|点|青禾镇: jieba cut the site character off the noun before it; a name never opens with
    it (a division that does, 点军区, is in the gazetteer); nor with the 镇 or 乡 of the township before
    it that jieba glued to it."""
    if doc.text[start] in "镇乡" and start in gazetteer and start - 1 in gazetteer:
        return suffix_start - start >= 3  # 某县大程|镇荆中|村: the township's level word glued to the name
    i = doc.by_start.get(start)
    return (
        i is not None
        and i > 0
        and doc.toks[i].word in _SITE_CHARS
        and doc.toks[i - 1].end == start
        and is_cjk(doc.toks[i - 1].word)
        and start not in gazetteer
        and suffix_start - start >= 3
    )


def named_like_a_level(t: Token) -> bool:
    """潭城街道|西市/ns|社区: a two-character place name ending in 市 that is no division the article
    supports (the gazetteer would have stopped the walk) is the community's own name."""
    return (
        len(t.word) == 2
        and t.flag == "ns"
        and t.word.endswith("市")
        and t.word[0] not in "我本该全各此其这那每"
    )


# 韦家庄, 骆家沟, 王家湾: a hamlet named by the family that settled it and the lie of the land, one of the
# commonest shapes of a village's name; never a word that goes on (他家|沟通, 大家|庄重).
_TERRAIN = "庄沟湾屯营堡寨洼峪窑铺集坡"  # (not 岭, 坪: given names end so)
_NOT_FAMILIES = set("那全这各该本每某此其大我你他她它老")


def family_hamlets(doc: Doc) -> list[tuple[int, int, str, str]]:
    """Hamlets named 姓 + 家 + a terrain word, where the name ends a word (or a 村 follows)."""

    out = []
    for m in re.finditer(f"(.)家[{_TERRAIN}]", doc.text):
        s, e = m.start(), m.end()
        if m.group(1) not in SURNAMES or m.group(1) in _NOT_FAMILIES or s not in doc.by_start:
            continue
        if doc.text.startswith(("说", "表示", "介绍", "告诉", "坦言"), e):
            continue  # 某家湾说: a person so named, speaking
        if e in doc.ends or doc.text[e : e + 1] in "村、，,。；;和与及的":
            out.append((s, e, m.group(0), "community"))
    return out


_GROUP = re.compile(r"([\u4e00-\u9fff]{2,3}?)(小组|组)(?![织成建长员合团])")
_GROUP_NAME_FLAGS = {"nr", "nrt", "nrfg", "ns", "nz", "j"}


def village_groups(doc: Doc, found: list) -> list[tuple[int, int, str, str]]:
    """青松村|石桥小组, 绿柳社区|石桥组: a villagers' group (村民小组, the level under a village) written
    right after its village or community, by a proper name (never 工作组, 转运组, 党委组成)."""
    out = []
    for _s, e, _name, kind in found:
        m = _GROUP.match(doc.text, e)
        if kind != "community" or m is None or not {m.start(1), m.start(2)} <= doc.by_start.keys():
            continue
        toks = doc.toks[doc.by_start[m.start(1)] : doc.by_start[m.start(2)]]
        # (梧川村|百坑/n|组: a rare word jieba calls a noun names a group as a proper one does)
        if all(t.flag in _GROUP_NAME_FLAGS or t.flag == "n" and doc.freq(t.word) < 50 for t in toks):
            out.append((m.start(), m.end(), m.group(0), "community"))
    return out


_BARE_ZONES = ("高新区", "经开区")  # the zones a city has one of, called bare once named in full
_NOT_BEFORE_A_BARE_ZONE = {"ns", "nr", "nrt", "nz", "j", "r", "m", "q"}


def bare_zones(doc: Doc, found: list) -> list[tuple[int, int, str, str]]:
    """某市高新区 … 接到了高新区居民的电话: a city's zone named in full is called by its kind alone
    elsewhere in the article (a word of its own, after no name, pointer or count: 各高新区 is none)."""
    out: list[tuple[int, int, str, str]] = []
    for zone in {n[-3:] for _s, _e, n, kind in found if kind == "district" and n.endswith(_BARE_ZONES)}:
        if not any(n.endswith(zone) and len(n) > len(zone) for _s, _e, n, _k in found):
            continue
        inside = {e - len(zone) for s, e, n, _k in found if n.endswith(zone) and e - s > len(zone)}
        for at in doc.occurrences(zone):
            k = doc.by_start.get(at)
            if k is None or doc.toks[k].word != zone or at in inside:  # (某某|高新区: the full name)
                continue
            before = doc.toks[k - 1] if k > 0 else None
            if before is None or before.end < at or before.flag not in _NOT_BEFORE_A_BARE_ZONE:
                out.append((at, at + len(zone), zone, "district"))
    return out


def county_after_city(
    text: str, start: int, suffix_start: int, city_ends: dict[int, int], found: list
) -> int:
    """阿拉善盟|阿左旗|白音社区, 某州|某县|某社区: a county or banner (2-4 characters) written right after
    its city and before a named unit, in a short form the gazetteer lacks, is added to `found` as a
    district; the unit's name starts after it (else at `start`)."""
    if start not in city_ends:
        return start
    for cut in range(2, 5):
        if text[start + cut - 1] in "旗县" and suffix_start - (start + cut) >= 2:
            found.append((start, start + cut, text[start : start + cut], "district"))
            return start + cut
    return start


_HIGHER_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(镇|乡|街道|苏木|街)(?=[\u4e00-\u9fff]{2})")


def split_levels(start: int, name: str, kind: str) -> list[tuple[int, int, str, str]]:
    """双井子镇永收村 → 双井子镇 and 永收村: a town and a village written together are two places."""
    m = _HIGHER_INSIDE.search(name)
    if not m or kind not in ("community", "compound"):
        return [(start, start + len(name), name, kind)]
    cut = m.end()
    if COUNTED_TAIL.fullmatch(name[cut : len(name) - len(_unit_suffix(name))]):
        return [(start, start + cut, name[:cut], "subdistrict")]  # 某街|八个社区: the street, and a count
    if m.group(1) == "街" and len(name) - cut - len(_unit_suffix(name)) < 2:
        return [(start, start + len(name), name, kind)]  # 解放街社区: no name after the 街
    if len(name) - cut - len(_unit_suffix(name)) == 1 and name[cut] in UNIT_NUMERALS:
        whole = (
            start,
            start + len(name),
            name,
            kind,
        )  # 某镇四社区: named with its town (`numbered_under_town`)
        return [(start, start + cut, name[:cut], "subdistrict"), whole]
    return [
        (start, start + cut, name[:cut], "subdistrict"),
        (start + cut, start + len(name), name[cut:], kind),
    ]


def _unit_suffix(name: str) -> str:
    from ..place_words import PLACE_SUFFIXES_BY_LENGTH

    return next((x for x in PLACE_SUFFIXES_BY_LENGTH if name.endswith(x)), "")


_NUMERALS = set("0123456789０１２３４５６７８９零〇一二三四五六七八九十百")
_POINTERS = set("各该每这那些全本其")
_PROPER_FLAGS = {"nr", "nrt", "ns", "nz"}


def inner_start(doc: Doc, start: int, suffix_start: int) -> int:
    """Where a unit's name opens inside what the walk took in: after a 的 jieba glued into it
    (隔离状态|中的青|松里居民区: a name holds no particle), and before the number a building's 号 counts
    (某路|102号|冷库家属院小区: the number is the name's, not the 号 alone)."""
    cut = doc.text.rfind("的", start, suffix_start)
    if cut >= 0 and suffix_start - cut - 1 >= 2:
        start = cut + 1
    if doc.text[start : start + 1] == "号" and suffix_start - start >= 3:
        while start > 0 and doc.text[start - 1] in _NUMERALS:
            start -= 1
    i = doc.by_start.get(start)
    if i is not None and i > 0 and doc.toks[i].word in _COMPLEMENTS and doc.toks[i - 1].flag == "v":
        start += 1  # 回归/v|成|同村|村民, 变|成: a verb's complement, no name's first character
    if (
        doc.text[start : start + 1] in GLUED_BEFORE_A_PLACE
        and suffix_start - start >= 3
        and not doc.is_word(doc.text[start : start + 2])
    ):
        tails = (doc.text[start + 1 : suffix_start + n] for n in (1, 2))  # (镇, 乡; 街道)
        if any(is_listed_township(name) for name in tails):
            start += 1  # 检查点离|巴音花镇: a verb's 离 glued to a township the divisions list
    return start


_COMPLEMENTS = frozenset("成到在为")


def pointer_opens_name(doc: Doc, start: int) -> bool:
    """那木德格/nr|社区, 全兴/ns|村: a pointer's character (那, 全, 本 …) that opens a proper name jieba read
    whole is the name's first character, no pointer (那|社区, 该|小区 are pointers)."""
    i = doc.by_start.get(start)
    t = doc.toks[i] if i is not None else None
    return t is not None and len(t.word) >= 2 and t.word[0] in _POINTERS and t.flag in _PROPER_FLAGS


_COUNTS = {"两", "俩", "双方", "双", "三方", "多方"}
# A count or quantity right before the unit word (八个社区, 两处小区, 无数社区, 百余人社区): units or
# people counted, no name, whatever stands before the count (某街|八个社区, 某城|无数社区).
COUNTED_TAIL = re.compile(
    r"(?:[一二两三四五六七八九十百千万几多数\d]+(?:个|处|座|所|片|名|位)|[余多](?:人|名|位)"
    r"|无数|众多|诸多|若干|许多|不少|好多|很多|所有)$"
)


def counted_unit(doc: Doc, start: int, suffix_start: int, end: int) -> bool:
    """经|两|村村干部商议, 报|双方|镇政府同意: two (or both) units counted, no unit's name (一村, 三社区 may
    be names; 两 and 双方 never are); a count or quantity word right before the unit word (某城|无数社区,
    八个|社区), unless a street or town stands before it (某街|八个社区: the street, `split_levels`)."""
    i = doc.tok_at(suffix_start)
    if i > 0 and doc.toks[i].start == suffix_start and doc.toks[i - 1].word in _COUNTS:
        return True
    name = doc.text[start:end]
    return COUNTED_TAIL.search(doc.text, start, suffix_start) is not None and (
        split_levels(start, name, "community")[-1][2] == name
    )


def place_role_noun(t: Token) -> bool:
    """目的地, 所在地, 出发地, 户籍地: a noun for the role a place plays (…地), written before the name in
    apposition; never part of it."""
    return len(t.word) >= 3 and t.word.endswith("地") and t.flag == "n"


# 青禾农牧场|安康|社区, 社工服务社|绿柳|社区, 绿柳大街|青松花园|小区: a word for a unit of its own (a farm, a
# society, a works, a road) with a name between it and the unit word is the unit before, not this one's name
# (红星农场|社区, named after the farm, keeps it).
_UNIT_WORD_END = re.compile(r".(?<![广市现会商操赛剧考战机官])场$|..社$|[厂矿局]$|(?:大街|.[路巷])$")


# 粮食局|家属|小区, 水泥厂|宿舍|区: a work unit's own compound, named after it with a word for its staff's
# homes between (the compounds of the danwei), is one name
_STAFF_HOMES = re.compile(r"(?:家属|宿舍|职工|生活|干部|离退休|住宅)[\u4e00-\u9fff]?$")


def unit_before_a_name(text: str, t: Token, suffix_start: int) -> bool:
    """Whether token `t`, walked over back from a unit word at `suffix_start`, is a unit of its own with
    a name of two or more characters between it and the unit word (not the unit's staff compound)."""
    between = text[t.end : suffix_start]
    return bool(_UNIT_WORD_END.search(t.word)) and len(between) >= 2 and not _STAFF_HOMES.match(between)


_RESULTS = ("好", "牢", "住", "实")  # what a verb achieves, written right after it (守护好, 守住, 管住)


_HEARD = {"听闻", "听说", "得知", "获悉", "获知", "惊闻", "听到", "闻讯"}


def said_or_achieved(doc: Doc, j: int) -> bool:
    """听母亲|说/v|社区招募…: a verb of saying or hearing (…时|听闻/n|小区急缺…, whatever jieba tags it);
    守护/v|好/a|孙岗村: what the verb before achieves. Either ends the walk back from a unit's word: it
    is the sentence, not the name's first character."""
    t = doc.toks[j]
    if t.word in ("说", "讲") and t.flag.startswith("v") or t.word in _HEARD:
        return True
    before = doc.toks[j - 1] if j > 0 else None
    return t.word in _RESULTS and before is not None and before.flag.startswith("v") and before.end == t.start


def title_tail_at(text: str, start: int) -> bool:
    """网格|员入/n|社区: the character at start ends a title begun before it (网格员), so it opens no
    name of a unit (jieba glued it to the verb after it). Titles of two characters and those in 长
    are left alone: 办事处|长胜社区, 杨浦区|长白新村 are a body or a district, then the name."""
    if text[start : start + 1] == "长":
        return False
    return any(text[start - k + 1 : start + 1] in TITLE_SET for k in range(3, 6) if start - k + 1 >= 0)


def glued_level_or_each(doc: Doc, i: int, suffix_at: int) -> int | None:
    """Where a unit's name starts when the token i holding its suffix opens with a character of what
    stands before it: the 镇 of a township jieba glued to the village after it (九州/ns|镇四村/ns: 四村),
    or 逐 (对逐村、逐户: village by village, no name at all: the suffix alone). None otherwise."""
    if doc.text[suffix_at - 1 : suffix_at] == "逐":
        return suffix_at
    toks = doc.toks
    start = toks[i].start
    if (
        start < suffix_at - 1
        and toks[i].word[0] in "镇乡"
        and i >= 1
        and toks[i - 1].end == start
        and toks[i - 1].flag == "ns"
    ):
        return start + 1
    return None
