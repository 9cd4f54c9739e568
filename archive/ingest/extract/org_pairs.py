"""Organisation names the walk in `organizations.py` cuts short: a college named by two fields (化学|与|
材料学院), a shop by its brand (某正街|青安超市, 美好/a|一天/m|超市) and a branch under its parent
(某市分行|某支行). Pure functions over the tokens (numbers in a name: `org_numerals.py`).
"""

from __future__ import annotations

import re

from ..divisions import divisions
from ..lexicon import SURNAMES, TITLE_SET
from ..org_words import FIRM_FORMS, ORG_SUFFIXES, ORG_SUFFIXES_BY_LENGTH, WORDS_ON_A_SUFFIX
from ..place_words import PLACE_GENERIC_PREFIX
from .org_edges import FIELD_FLAGS, UNIT_TAILS
from .org_trades import SHOP_SUFFIXES
from .tokens import PREFIX_STOP, Doc, Token, is_cjk


def first_of_two_fields(doc: Doc, j: int, start: int) -> tuple[int, bool] | None:
    """化学|与|材料学院, 土木工程|与|测绘学院: 与 at token j joins the first field of a college
    named by two; the word before it is a field (a noun of two or more characters, no unit, title or
    people: not 志愿者|与|…学院). The first field's start, and whether the university it belongs to
    stands right before it (某大学|美术, 某大学美术/n); None when no first field."""
    toks = doc.toks
    if j < 1 or toks[j].word != "与" or toks[j].end != start:
        return None
    field = toks[j - 1]
    if not (
        field.end == toks[j].start
        and field.flag in FIELD_FLAGS
        and len(field.word) >= 2
        and is_cjk(field.word)
        and field.word not in TITLE_SET
        and field.word not in PREFIX_STOP
        and not field.word.endswith(UNIT_TAILS)
        and not field.word.endswith(("者", "员", "生", "师", "们", "人", "家"))
    ):
        return None
    before = toks[j - 2] if j >= 2 else None
    owned = field.word.startswith(_UNIVERSITIES) or (
        before is not None and before.end == field.start and before.word.endswith(_UNIVERSITIES)
    )
    return field.start, owned


_UNIVERSITIES = ("大学", "学院")


_ROAD_OR_UNIT = re.compile(r"(?:路|街|巷|道|社区|小区|村)(?=[\u4e00-\u9fff]{2,})")
_ROAD_OR_UNIT_WORDS = ("路", "街", "巷", "道", "社区", "小区", "村")
_VERBS_BEFORE_A_SHOP = set("去来到进回在买逛开走出入上下找是有")
# (目前|超市: a time word opens no brand)
_NOT_IN_A_BRAND = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "r", "x", "y", "e", "o", "q", "t"}
_NOT_A_BRANDS_START = _NOT_IN_A_BRAND | {"v", "vn", "vd", "d"}


def shop_name_start(doc: Doc, start: int, suffix_start: int, suffix: str) -> int:
    """A shop is named by its brand: the address before it is no part of the name (某社区新华正街|青安超市),
    and a brand jieba cut into odd words (美好/a|一天/m|超市, 青江|新/a|特/d|药店) is the two to four
    characters between the clause's verb or punctuation and the shop word."""
    if suffix not in SHOP_SUFFIXES:
        return start
    if (
        doc.text[start] in "县市区镇"
        and len(doc.toks[doc.tok_at(start)].word) == 1
        and suffix_start - start >= 3
    ):
        start += 1  # 来到|县|华丰酒店: the county's own, no part of a shop's name
    roads = [r.end() for r in _ROAD_OR_UNIT.finditer(doc.text, start, suffix_start)]
    opener = doc.toks[doc.tok_at(roads[-1])] if roads else None  # 社区|发给/vn|超市: a verb, no brand
    if roads and suffix_start - roads[-1] >= 2 and opener.flag not in _NOT_A_BRANDS_START:
        return roads[-1]
    if suffix_start - start >= 2:
        return start
    toks, k, brand = doc.toks, doc.tok_at(suffix_start) - 1, suffix_start
    while k >= 0 and toks[k].end == brand and suffix_start - toks[k].start <= 4:
        t = toks[k]
        if (
            not is_cjk(t.word)
            or t.flag in _NOT_IN_A_BRAND
            or t.flag.startswith("v")
            and (len(t.word) >= 2 or t.word in _VERBS_BEFORE_A_SHOP)  # 琪/g|安/v|超市: a brand's character
            or t.word in TITLE_SET
            or t.word.endswith(_ROAD_OR_UNIT_WORDS)
            or t.flag == "m"
            and (t.word[0] in "几多各每些" or t.word[-1] in "个家名位所处间")  # 几个|药房
        ):
            break
        brand, k = t.start, k - 1
    before = toks[k] if k >= 0 else None
    boundary = (
        before is None
        or toks[k].end != brand
        or not is_cjk(before.word)
        or before.flag == "p"
        or before.flag.startswith("v")
        and len(before.word) >= 2
        or before.word.endswith(_ROAD_OR_UNIT_WORDS)  # 某正街|琪/g|安/v|超市: the address before the brand
    )
    return brand if boundary and suffix_start - brand >= 2 else start


_BRANCHES = ("支行", "分行", "分局", "派出所", "分公司", "营业部", "税务所", "营业所", "分院", "分社")
# A firm's branch is named by its brand, then its place (某某互联网|成都|分公司): the walk goes on
FIRM_BRANCHES = ("支行", "分行", "分公司", "营业部", "分社")
_PARENTS = ("局", "行", "公司", "集团", "服务队")
_TEAM_BRANCHES = ("大队", "中队", "分队", "小队")  # 某某志愿者服务队|某县大队: a team's county branch


_UNIT_WORDS = ("街道", "镇", "乡", "社区", "村", "小区")


def body_before_a_unit(text: str, t: Token, start: int, suffix_start: int) -> bool:
    """青禾社工服务社|绿柳社区党群服务中心: a body's whole name (a word of three or more characters ending
    in a body's word) right before a name that opens with a unit is a body of its own, not part of this
    name (a branch named without a unit stays: 县公安局|东坡派出所)."""
    return (
        t.end == start
        and text[start] != "驻"  # 某某局|驻青禾村工作队: the body's own team, stationed there
        and len(t.word) >= 3
        and t.word.endswith(ORG_SUFFIXES_BY_LENGTH)
        and any(u in text[start:suffix_start] for u in _UNIT_WORDS)
    )


def branch_of(parent: str, name: str) -> bool:
    """A branch (支行, 分局, 派出所) named right after the body it belongs to is named with it."""
    if parent.endswith("服务队"):
        return name.endswith(_TEAM_BRANCHES) and len(parent) >= 5
    return name.endswith(_BRANCHES) and parent.endswith(_PARENTS) and len(parent) >= 3


def sender(t: Token, at: int) -> bool:
    """The body or place that sends a team (省直机关|支援, 某县|支援), right before the verb."""
    return (
        t.end == at
        and t.flag in ("n", "ns", "nt", "j", "nz")
        and is_cjk(t.word)
        and len(t.word) >= 2
        and t.word not in TITLE_SET
        and t.word not in PREFIX_STOP
    )


# 某市(某区)某某指挥部, 中国(某省)自由贸易试验区: a body named by a city and, in brackets, the district it
# stands in, then what it is (a PRC form of naming zones, ports and their headquarters).
_BRACKETED_PLACE = re.compile(
    r"([\u4e00-\u9fff]{2,6})[（(]([\u4e00-\u9fff]{2,5})[）)]([\u4e00-\u9fff]{1,10})$"
)


_BRACKETED_FIRM = re.compile(r"([\u4e00-\u9fff]{2,6})[（(]([\u4e00-\u9fff]{2,5})[）)]()$")


def bracketed_start(
    text: str,
    start: int,
    suffix_start: int,
    gaz: dict[int, tuple],
    firm: bool = False,
    doc: Doc | None = None,
) -> int:
    """The start of the outer place where the name opens 某市(某区)… (both places the gazetteer knows,
    the outer one may be 中国) and the walk stopped after the brackets; for a firm (`firm`), also of a
    brand opening with its place before the city of its office (上海某某(福州)律师事务所); else `start`."""
    m = _BRACKETED_PLACE.search(text, max(0, suffix_start - 24), suffix_start)
    if m is None and firm:  # 某某律师(福州)|事务所: the firm's word right after the bracketed city
        m = _BRACKETED_FIRM.search(text, max(0, suffix_start - 24), suffix_start)
    if m is None or m.end(2) + 1 > start or "的" in m.group(3):
        return start
    inner = gaz.get(m.start(2))
    if inner is None or inner[1] != m.end(2):
        return start
    for s in range(m.start(1), m.end(1) - 1):
        outer = gaz.get(s)
        if (outer is not None and outer[1] == m.end(1)) or text[s : m.end(1)] == "中国":
            return s
        if firm and outer is not None and 1 <= m.end(1) - outer[1] <= 4:
            return s
    brand = _brand_start(doc, m.start(1), m.end(1)) if firm and doc is not None else None
    return start if brand is None else brand


_BEFORE_A_BRAND = {"v", "p", "x", "c", "uj", "d"}


def _brand_start(doc: Doc, lo: int, hi: int) -> int | None:
    """某某(天津)某某设备有限公司: a firm's brand before the city in brackets, named in the PRC's form
    (brand, place, trade, kind): from the first token after a verb, a preposition or a mark; None when
    no such token opens two characters or more before the bracket."""
    for s in range(lo, hi - 1):
        k = doc.by_start.get(s)
        if k is not None and (k == 0 or doc.toks[k - 1].flag in _BEFORE_A_BRAND):
            brand = doc.toks[k : doc.tok_at(hi - 1) + 1]
            opens = brand[0].flag not in _NOT_A_BRANDS_START
            return s if opens and all(t.flag not in _NOT_IN_A_BRAND for t in brand) else None
    return None


_FIRMS = ("事务所", *FIRM_FORMS)  # a firm's legal forms, and a professional firm
# A firm's office in another city named by its brand and the city alone (某某泉州分所, 某某厦门分公司):
# the brand is the two to four characters between a clause mark and the city.
_OFFICES = (*FIRM_BRANCHES, "分所")
_BRAND_AT_CLAUSE_START = re.compile(r"(?:^|[，,。；;：:、“\n])([\u4e00-\u9fff]{2,4})$")
_NOT_IN_A_BRANDS_TEXT = set("的在是和与及对向为把被从到于由了着过我你他她们这那该本各")


def branch_brand_start(text: str, start: int, suffix_start: int, suffix: str, gaz: dict[int, tuple]) -> int:
    """The brand's start when the name is a city and a branch's word (泉州|分所) right after a clause
    mark and a brand; else `start`."""
    place = gaz.get(start)
    if suffix not in _OFFICES or place is None or place[1] != suffix_start:
        return start
    m = _BRAND_AT_CLAUSE_START.search(text, max(0, start - 5), start)
    if m is None or any(ch in _NOT_IN_A_BRANDS_TEXT for ch in m.group(1)):
        return start
    return m.start(1)


def shop_or_bracketed_start(
    doc: Doc, start: int, suffix_start: int, suffix: str, gaz: dict[int, tuple]
) -> int:
    """The start after a shop's brand (`shop_name_start`) and a bracketed place (`bracketed_start`)."""
    firm = suffix in _FIRMS
    return bracketed_start(
        doc.text, shop_name_start(doc, start, suffix_start, suffix), suffix_start, gaz, firm, doc
    )


# One body under two names (一个机构两块牌子), the second in brackets: 某局(某某局), 某烟草专卖局(公司),
# 某区(某新区)|人民检察院, 市文化旅游(文物)|局.
_BRACKET = re.compile(r"[(（]([\u4e00-\u9fff]{1,8})[)）]")
_DIVISION_TAILS = ("区", "县", "市", "旗")
# A government body's second plate is a body of the same kind; a kind of unit in brackets (部门(单位),
# 社区(村)) is a list of kinds, no name.
_PLATES = ("局", "委", "办", "委员会", "办公室", "厅", "署")
_KINDS = {"单位", "部门", "社区", "村", "村居", "农村", "街道", "乡镇", "机关", "企业", "学校", "基层"}
_NOT_IN_A_NAME = set("p v vn c u uj ul uz ud ug d r m q x f t y e o".split())
_FIELD_WORD_FLAGS = {"n", "vn", "nz", "j", "b"}


def bracket_alias(doc: Doc, start: int, end: int, suffix_start: int) -> tuple[int, int]:
    """The name's (start, end) taking in a second name in brackets: after the body when the brackets
    hold a body or a company (某农业农村局(某振兴局), 某专卖局(公司)); before the suffix when they hold
    a division's other name after the division (某区(某新区)人民检察院) or a field's other name after
    the field (市文化旅游(文物)局, 区志愿者(义工)服务指导中心). A bracket with anything else (a photo
    position, a count, 社区(村)) is no part of a name."""

    text, toks = doc.text, doc.toks
    after = _BRACKET.match(text, end)
    if (
        after
        and text[:end].endswith(_PLATES)
        and (after.group(1) == "公司" or after.group(1).endswith(_PLATES))
    ):
        end = after.end()  # 某农业农村局(某振兴局): a second plate of the same kind (not 隔离酒店(某酒店))
    if start < 4 or text[start - 1] not in ")）" or start > suffix_start:
        return start, end
    opened = max(text.rfind("(", max(0, start - 10), start), text.rfind("（", max(0, start - 10), start))
    inner = _BRACKET.fullmatch(text, opened, start) if opened > 0 else None
    i = doc.tok_at(opened - 1) if inner else None
    if i is None or toks[i].end != opened or not is_cjk(toks[i].word) or inner.group(1) in _KINDS:
        return start, end
    if inner.group(1).endswith(_DIVISION_TAILS):
        k = i  # 某区(某新区)|人民检察院: the division written before the brackets, however jieba cut it
        while k > 0 and toks[k - 1].end == toks[k].start and is_cjk(toks[k - 1].word):
            if toks[k - 1].flag in _NOT_IN_A_NAME or opened - toks[k - 1].start > 5:
                break
            k -= 1
        if toks[i].word.endswith(_DIVISION_TAILS) and opened - toks[k].start >= 2:
            return toks[k].start, end
        return start, end
    if inner.group(1) in divisions() and text.startswith(("有限", "股份", "公司", "集团"), start):
        return _trade_name_start(doc, i, opened), end  # 某某科技(某市)有限公司: where it is registered
    k = i
    while (
        k >= 0
        and i - k < 3
        and toks[k].flag in _FIELD_WORD_FLAGS
        and is_cjk(toks[k].word)
        and len(toks[k].word) >= 2
        and toks[k].word not in _KINDS
    ):
        k -= 1
    if k == i:
        return start, end
    if k >= 0 and toks[k].word in ("市", "区", "县", "省") and toks[k].end == toks[k + 1].start:
        k -= 1  # 市|文化旅游(文物)局: the level the department belongs to
    return toks[k + 1].start, end


_OUTSIDE_A_TRADE_NAME = set("x p v c r uj ul uz d m q".split())


def _trade_name_start(doc: Doc, i: int, opened: int) -> int:
    """中/林/科技|(某市)有限公司: a company's trade name and trade, written before the place it is
    registered in (the form of PRC company names), is all that stands after the sentence's last
    boundary (a mark, a verb, a preposition, a person's full name), however jieba cut it; at most
    eight characters."""
    toks, k = doc.toks, i
    while k >= 0 and opened - toks[k].start <= 8 and is_cjk(toks[k].word):
        t = toks[k]
        if t.flag in _OUTSIDE_A_TRADE_NAME or t.flag == "nr" and len(t.word) == 3 or t.word in TITLE_SET:
            if _adverb_opening_a_brand(doc, k, i):
                k -= 1  # ，均/d|瑶/j|食品(某市)有限公司: no adverb stands between a mark and a firm's name
            break
        k -= 1
    return toks[min(k + 1, i)].start


def _adverb_opening_a_brand(doc: Doc, k: int, i: int) -> bool:
    """Token k, one character jieba read as an adverb, opens the trade name right after a mark (or the
    text's start), with a name's word after it."""
    t = doc.toks[k]
    before = doc.toks[k - 1].word if k > 0 else "，"
    return (
        t.flag == "d"
        and len(t.word) == 1
        and k < i
        and before[-1] in "，,。；;：:“”、\n"
        and doc.toks[k + 1].flag not in _OUTSIDE_A_TRADE_NAME
    )


# (not 农业农村局; nor 驻村/进村/包村, a verb on 村: 某局驻村|工作队 is a team stationed, no village named)
_NAMED_UNIT = re.compile(r"[\u4e00-\u9fff]{2,}(居民区|社区|(?<![农乡驻包进入到回返下在])村|小区|新村)")


def named_unit(words: str, suffix: str = "", level: str = "") -> bool:
    """A named community, village or compound in the words (普善路居民区), not a kind (城市社区); a
    residents' committee is named from its neighbourhood, never from a county or city above it
    (某市|某某苑居委会: `suffix` and the `level` of the division before the words). A village's committee
    written 某某村委会 holds its village's 村 in the suffix (某镇|儒东村委会: 儒东村 is named).

    >>> named_unit("儒东", "村委会"), named_unit("城市", "社区")
    (True, False)
    """
    if suffix == "居委会" and (
        level in ("city", "province", "district") or not level and 2 <= len(words) <= 4
    ):
        return True  # (某镇|继先居委会: a residents' committee under a town or a street, by its own name)
    if suffix in ("村委会", "村委", "村民委员会"):
        words += "村"
    return any(
        m.group(0)[: -len(m.group(1))] not in PLACE_GENERIC_PREFIX for m in _NAMED_UNIT.finditer(words)
    )


# A community's or village's own bodies (and its generic ones): named from it, never from the town or
# street above it.
_OWN_BODY_KINDS = ("party", "community")
_OWN_BODIES = (
    "党委",
    "总支",
    "支部",
    "党组织",
    "委会",
    "委员会",
    "妇联",
    "关工委",
    "团委",
    "两委",
    "小组",
    "指挥部",
)


def under_its_town(text: str, unit_end: int, end: int, suffix: str) -> bool:
    """某镇|某村|卫生室, 某街道|某社区|党群服务中心: a body of a named village or community that is not
    its own committee (党支部, 居委会, 妇联, 居委会办公室) keeps the town or street written before it
    (`unit_end`); the committee is named from the village (某镇|某村党支部).

    >>> under_its_town("青石镇柳湾村卫生室", 3, 9, "卫生室"), under_its_town("某镇某村党支部", 2, 7, "党支部")
    (True, False)
    """
    return (
        text.endswith(("镇", "乡", "街道"), 0, unit_end)
        and ORG_SUFFIXES[suffix] not in _OWN_BODY_KINDS
        and not any(x in text[unit_end:end] for x in _OWN_BODIES)
    )


_QUOTED_WORD = re.compile(r"(?:[区市县州旗镇乡]委|党委|党工委|[县区市镇乡])“[\u4e00-\u9fff]{2,4}”$")


def quoted_word_in_a_name(text: str, close: int) -> int | None:
    """A short word in quotes inside a body's name (区委|“两新”|工委, 某县|“两新”|组织党委): the
    closing quote stands at `close`; the opening quote's position when a body or a place stands right
    before it, else None.

    >>> quoted_word_in_a_name("区委“两新”工委", 5), quoted_word_in_a_name("开展“敲门”行动", 5)
    (2, None)
    """
    m = _QUOTED_WORD.search(text, max(0, close - 10), close + 1)
    return text.rindex("“", 0, close) if m else None


def glued_and(doc: Doc, j: int) -> int | None:
    """A conjunction jieba glued to a word of the walk: where the name after it starts. 和 opening the
    token after a unit or a title (…博物馆|和青禾|药店: the conjunction between two names), or closing a token
    after a person's name (韦才|彬和|领导小组: the name's last character and the conjunction)."""
    t = doc.toks[j]
    before = doc.toks[j - 1].word if j > 0 else ""
    if len(t.word) > 1 and t.word[0] in "和与及" and (before.endswith(UNIT_TAILS) or before in TITLE_SET):
        return t.start + 1  # (甲老师|和恒大|某某志愿服务队: a person's title, then the conjunction)
    if len(t.word) >= 3 and t.word[1] in "和与及" and t.word[0] in "路街巷村镇区里园":
        return t.start + 2  # 青松|路和柳溪|邻里中心: a road's last character, the conjunction, the next name
    prev = doc.toks[j - 1] if j > 0 else None
    named = prev is not None and (
        prev.flag in ("nr", "nrfg") or prev.flag == "t" and prev.word[:1] in SURNAMES  # 黎才/t|彬和
    )
    if len(t.word) == 2 and t.word[1] in "和与及" and named:
        return t.end
    return None


def title_after_its_body(doc: Doc, m: re.Match) -> bool:
    """沙湖小区临时党支部|支部书记: the suffix found opens a title word (支部书记) written right after the
    body's own name, which ends in a body's word already; it names no second body.

    >>> from archive.ingest.lexicon import Lexicon
    >>> d = Doc("桃源楼临时党支部支部书记韦建国", Lexicon())
    >>> title_after_its_body(d, re.search("支部(?=书记)", d.text))
    True
    """
    i = doc.by_start.get(m.start())
    word = doc.toks[i].word if i is not None else ""
    return (
        word in TITLE_SET
        and len(word) > len(m.group(0))
        and doc.text[: m.start()].endswith(m.group(0))  # (某中心|党委书记: the centre's 党委, no repeat)
    )


def a_word_on_the_suffix(text: str, m: re.Match) -> bool:
    """构建联防联控|格局: a one-character body's word (局, 厅) that closes a word of the language; 部分|院:
    a branch's word (分院) whose 分 closes one.

    >>> a_word_on_the_suffix("联控格局", re.search("局", "联控格局"))
    True
    >>> a_word_on_the_suffix("部分院领导", re.search("分院", "部分院领导"))
    True
    """
    if len(m.group(0)) == 2 and m.group(0)[0] == "分":
        return text[max(0, m.start() - 1) : m.start() + 1] in WORDS_ON_A_SUFFIX
    return len(m.group(0)) == 1 and text[max(0, m.start() - 1) : m.end()] in WORDS_ON_A_SUFFIX
