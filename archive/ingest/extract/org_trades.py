"""Companies by their trade: the trade words in the middle of a registered name (青松|生物科技|开发|有限公司:
jieba tags 开发 a verb, yet the name goes on before it), and a company named only by its trade (一家消毒公司,
杀虫公司, 物业服务公司), which is a kind of business and no name."""

from __future__ import annotations

import re

from ..org_words import ORG_SUFFIXES
from .tokens import PREFIX_STOP, Doc, is_cjk

# Verbs of a trade that registered names of companies hold (某某房地产开发有限公司, 某某投资发展集团).
TRADE_VERBS = frozenset(
    "开发 发展 建设 投资 管理 服务 经营 咨询 运营 营销 销售 制造 生产".split()
    + "运输 配送 加工 培训 设计 检测 养殖 种植".split()
)
_COMPANY_WORDS = ("公司", "集团")
_PROPER_BEFORE = {"n", "nz", "ns", "nr", "nrt", "nrfg", "j", "nt", "vn", "eng"}

# A company named by what it does and nothing else: one of many such businesses, no particular one.
_TRADE_ONLY = re.compile(
    r"^(?:一家|这家|那家|多家|各家|某|专业|卫生|杀虫|消毒|消杀|灭鼠|保洁|清洁|物业|物管|服务|家政|快递|物流|外卖|配送|"
    r"运输|装修|安保|保安|劳务|餐饮|蔬菜|水果|生鲜|第三方|出租车|出租汽车|客运|公交|地产|房地产|副食品|食品|建筑|"
    r"装饰|旅游|旅行|广告|燃气)+(?:有限责任公司|有限公司|公司)$"
    r"|^(?:一家|这家|那家|多家|各家|某|个体|私人|美容|牙科|口腔|中医|西医)+(?:诊所|门诊部?)$"  # 美容诊所
)


def trade_word_in_a_name(doc: Doc, j: int, name: str) -> bool:
    """The token at j is a trade verb inside a company's name (`name`: the words after it, the body's
    suffix included), with a word of the name right before it.

    >>> from archive.ingest.lexicon import Lexicon
    >>> d = Doc("青松生物医药开发有限公司捐赠", Lexicon())
    >>> trade_word_in_a_name(d, 2, "开发有限公司"), trade_word_in_a_name(d, 2, "开发部")
    (True, False)
    """
    t = doc.toks[j]
    return (
        t.word in TRADE_VERBS
        and any(w in name for w in _COMPANY_WORDS)
        and j > 0
        and doc.toks[j - 1].end == t.start
        and doc.toks[j - 1].flag in _PROPER_BEFORE
    )


def trade_only(name: str) -> bool:
    """A company named only by its trade (消毒公司, 一家物业服务公司): a kind of business, no name.

    >>> trade_only("专业杀虫消毒服务公司"), trade_only("青松物业服务有限公司")
    (True, False)
    >>> trade_only("美容诊所"), trade_only("青松口腔门诊")
    (True, False)
    """
    return _TRADE_ONLY.match(name) is not None


# A head that only says what kind or size of shop it is (大型生活超市, 便民超市), no name.
SHOP_SUFFIXES = (
    "超市",
    "酒店",
    "药店",
    "药房",
    "大药房",
    "诊所",
    "银行",
    "商场",
    "市场",
    "菜馆",
    "饭店",
    "餐厅",
    "酒家",
    "餐馆",
    "便利店",
    "宾馆",
    "旅馆",
    "面馆",
    "饭馆",
    "书店",
    "商店",
    "商行",
    "养老院",
    "敬老院",
    "福利院",
    "民宿",
)
_SHOP_KIND_HEAD = re.compile(
    r"^(?:大型|中型|小型|生活|连锁|爱心|附近|周边|周围|身边|楼下|门口|综合|便民|平价|农贸|市场|商场|商店|社区|小区|街边|村里|镇区|城区|镇上|街上|个体|社会|儿童|"
    r"老年|公办|民办|私人|家常|特色|快餐|小|大|一家|这家|那家|婴儿|母婴|日用|日用品|用品|生鲜|水果|蔬菜|粮油|五金|超市|"
    r"精品|农家|乡村|商铺|宾馆|酒店|旅馆|饭店|辖区内|区域内|域内|全市|全县|全区|一批|一些|多家|不少|部分|众多|各类|"
    r"[和与及、])+$"  # (大型超市和婴儿用品商店: two kinds; 辖区内宾馆酒店, 精品民宿: lodgings of a kind)
)
# 某某镇|大型超市: the town a shop of a kind stands in names no shop
_UNIT_BEFORE = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|社区|村)(?=[\u4e00-\u9fff])")


def shop_of_a_kind(head: str, suffix: str) -> bool:
    """大型生活超市, 某镇|便民超市, 婴儿用品商店: a shop named only by its kind, size or goods (after the
    unit it stands in), no name.

    >>> shop_of_a_kind("青禾镇大型", "超市"), shop_of_a_kind("青禾镇华联", "超市")
    (True, False)
    """
    return suffix in SHOP_SUFFIXES and _SHOP_KIND_HEAD.match(_UNIT_BEFORE.sub("", head)) is not None


def branded_word(doc: Doc, j: int, m: re.Match, gaz_start: dict[int, int]) -> bool:
    """Token j is a company's own word (its brand, or its trade as a set phrase) right after the place
    its registered name opens with: 江西|全程/n|建筑工程有限公司 (whatever jieba makes of the word, an
    adverb here, the place before it anchors the name)."""
    toks = doc.toks
    t = toks[j]
    if ORG_SUFFIXES.get(m.group(0)) != "company" or len(t.word) not in (2, 3) or not is_cjk(t.word):
        return False
    if t.word in PREFIX_STOP or t.flag not in ("n", "l", "nz", "d", "a", "v", "vn"):
        return False
    before = toks[j - 1] if j > 0 else None
    return before is not None and before.end == t.start and before.start in gaz_start


# A company's registered name: its place, then a trade name of any characters (亿佳宏达, 望变), its trade
# and its form; no word of a sentence in between.
_FIRM_FORMS = ("有限公司", "有限责任公司", "集团", "股份有限公司")
_NOT_IN_A_TRADE_NAME = re.compile(r"[^\u4e00-\u9fff]|[的了在和与及是为等对向着把被从由将]")
_BRAND_ON_HE = re.compile(r"[\u4e00-\u9fff]和")  # 致和, 泰和, 永和: a brand's second character


def registered_after_its_place(
    doc: Doc, m: re.Match, start: int, gaz_start: dict[int, int], gaz_level: dict[int, str]
) -> int:
    """某省|亿/m佳宏达|食品集团有限公司, 某市|望变/v|电气有限公司: the walk stopped inside a
    registered name at a word jieba read as a numeral or a verb; a province or city one to six characters
    before, with only a trade name's characters between, opens the name."""
    if not m.group(0).endswith(_FIRM_FORMS) or doc.text[m.end() : m.end() + 1] in ")）":
        return start  # (某某(集团)股份有限公司: the group in brackets inside the name)
    for gap in range(1, 7):
        at = start - gap
        place = gaz_start.get(at - 1)
        if at < 1 or place is None or gaz_level.get(place) not in ("province", "city"):
            continue
        if gaz_start.get(at) == place:
            continue  # (still inside the place's name)
        trade_name = doc.text[at:start]
        if _NOT_IN_A_TRADE_NAME.search(trade_name) and not _BRAND_ON_HE.fullmatch(trade_name):
            return start  # (甘肃|同和/v,c: a brand of two ending in 和 is a name's, no conjunction)
        return place
    return start
