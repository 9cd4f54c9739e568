"""What an organisation span found by its suffix is: a named body, a kind of body, a credit or a title.

A kind of body is no name (党员突击队, 指挥部办公室, 居民区党总支, 大型生活超市); the outlet credited as the
story's source is no organisation of the story (来源:XX日报); the Party group of a body before 书记 is
part of a title (烟草公司|党组书记). Pure functions used by `organizations.py`.
"""

from __future__ import annotations

import re

from ..divisions import divisions
from ..lexicon import TITLES_BY_LENGTH
from ..metadata import OUTLET_TAILS as _OUTLET_TAILS
from ..org_words import (
    COMMITTEE_OFFICES,
    DEMOCRATIC_PARTIES,
    FIRM_WORDS,
    MINISTRIES,
    ORG_GENERIC,
    ORG_SUFFIXES,
    ORG_SUFFIXES_BY_LENGTH,
    WORDS_ON_A_SUFFIX,
)
from ..place_words import PLACE_STOP, PLACE_SUFFIXES
from .org_trades import shop_of_a_kind, trade_only
from .tokens import Doc, is_cjk

COMMITTEES = {"区委", "市委", "县委", "省委", "州委", "团市委", "团区委", "团县委"}
DETERMINERS = set("该本全各这那我此每其")
# Suffixes that close a whole body: a verb after one begins the sentence, not a name (总工会|响应).
WHOLE_BODIES = tuple(x for x in ORG_SUFFIXES if len(x) >= 2 and x not in ("实业", "中心"))
_COMMON_NOUN_FLAGS = {"n", "vn", "v", "a", "an"}
_RELATIVE_HEADS = ("省", "市", "区", "县", "州", "镇", "乡", "团", "村", "校")  # (校团委: the school's)

_MEDIA_CREDIT_BEFORE = ("来源", "本文为", "转自", "转载自", "稿件来源", "文章来源")
_MEDIA_CREDIT_AFTER = ("记者", "讯", "原创", "版权", "客户端", "通讯员", "编辑")
_OFFICE_HOLDERS = ("政府", "委", "委员会", "小组", "指挥部", "党组")
# 镇内, 村里, 村外, 小区里: a unit word and a position before a body's name (镇内|青禾超市)
WITHIN_A_UNIT = re.compile(r"^(?:[市县区镇乡村]|街道|社区|小区)[里内上外]")


def a_room_of_the_body(head: str, text: str, end: int) -> bool:
    """青松小区物业|办公室, 市税务局|办公室: the office of a body is its room, and the body is named; so is
    the office of a committee or headquarters where the sentence is inside it (某镇指挥部|办公室里,
    …办公室内), though 指挥部办公室 is a body of its own elsewhere."""
    return head.endswith(tuple(ORG_SUFFIXES)) and (
        not head.endswith(_OFFICE_HOLDERS) or text.startswith(("里", "内"), end)
    )


_ORG_GENERIC_PREFIX = set(
    "商户 企业 民营企业 国有企业 国企 物业 疫情防控 防疫 抗疫 机关 党员 单位 部门 公司 居委 属地 "
    "驻村 小区 社区 各级 基层 临时 线上 志愿 青年 巾帼 党员志愿 医疗 楼宇 辖区 "
    "乡镇 村镇 镇村 县城 城区 市区 场镇 "  # the towns or the town's centre in general (县城|饭店)
    "门诊 发热门诊 便民 便民服务 行业 系统 整个 整片 区域 所有 全体 每个 各个 这个 那个 "
    "第一个 第二个 第三个 首个 一个 两个 多个 几个 具体 相关 有关 专门 "
    "女儿 儿子 孩子 妻子 丈夫 爱人 父亲 母亲 家人 自家 "  # 儿子|学校: someone's, no name
    "村口 路口 道口 卡口 门口 街口 桥头 路边 出入口 "  # 村口|检查站: where it stands, no name
    "公立 私立 公办 民办 边境 地 多地".split()  # 私立|养老院, 多地|敬老院: a kind (各地, 当地: PLACE_STOP)
)
# The state carriers and broadcasters by their short names: two of them before 公司 list the kinds of
# operator (电信移动公司 is 电信、移动公司), no one body.
_CARRIERS = ("移动", "联通", "电信", "广电", "铁塔")
# A verb and its result 成 (into) before a body: the sentence says what people were made into.
_MADE_INTO = re.compile(r"(?:发展|组建|组织|改造|转化|打造|培养|整合|改编|扩充|变)成")
# Verbs that take a body as their object (联系|派出所, 协助|居委会): verb and kind name no body.
# (张贴|政府通告, 落实|上级党组织的部署, 调动|某领域党组织: what is posted, carried out or called on)
OBJECT_VERBS = set(
    "联系 联络 对接 求助 协助 配合 支援 援助 帮助 依托 邀请 通知 上报 报告 咨询 拨打 "
    "张贴 落实 调动 挖掘 走访 慰问 看望 督促 感谢 服从 听从 发挥 携手 借助 依靠 派出 派遣 选派 贡献 汇报 "
    "加入 申请加入 参加 采访 带队 带领 率领 设置 设立 开设 搭建 组建 组成 建立 就读于 毕业于 任职于 "
    # verbs of knowing and trusting (清楚|政府具体举措, 相信|党委政府)
    "清楚 知晓 知道 了解 明白 理解 相信 信任 "
    # of giving to a body and of standing in for one (赠送给|学校, 充当|临时业主委员会)
    "送给 赠给 赠送给 捐给 捐赠给 交给 移交给 转交给 发给 献给 充当 担当 当起 利用 "
    # of lying beside one (某村|紧邻|某某集团), of being elected to one and of asking it (当选|村委委员)
    "紧邻 毗邻 邻近 靠近 紧挨 紧靠 当选 高票当选 征得 质问 询问 "
    # of being honoured by one and of going back to it (荣获|某部表彰, 回到|办公室)
    "荣获 获得 荣膺 受到 回到 来到 走进 赶到 赶回 "
    # of studying, carrying out and changing what a body decides (领会|指挥部的部署, 调整|领导小组)
    "领会 贯彻 调整 大力支持 委托 "
    # of making known what a body does (宣传|政府防疫措施, 传达|县委的部署)
    "宣传 传达 宣讲 解读 "
    # of inspecting (到各乡镇|巡查|法院干警…, 督查|某某医院)
    "巡查 督查 督导 暗访".split()
)
# A group by its size (三人小组, 5人小分队) and a mall (某某商业中心, 购物中心): no named body.
# The bodies there is one of (国务院|联防联控机制: its mechanism, named; 党中央|办公厅)
_ONE_OF_A_KIND = frozenset({"党中央", "国务院", "国防部"})
_ACTING_AS = ("勇当", "争当", "甘当", "敢当", "争做", "勇做", "甘做", "当好", "做好")
# A team stationed somewhere by units of a kind or a level (县单位驻, 各部门驻, 市直机关驻), no one unit
_KIND_STATIONED = re.compile(r"^[各省市县区级]*(?:单位|部门|机关|企业|帮扶单位|后盾单位)驻")
_SIZE_HEAD = re.compile(r"^[一二两三四五六七八九十\d]+人$")
_MALL_HEADS = ("商业", "购物", "商务")
# The body of an unnamed town or village with what it does (县、镇|防疫指挥部): a kind, no name.
# (住|进社区|民宿: a verb of going glued to the unit's word)
_UNIT_WORD_HEAD = re.compile("^[进入到在住]?(?:社区|小区|居委|村委)")
_UNNAMED_LEVEL = re.compile(r"^(?:乡镇|镇|乡|村|街道|社区)(?=.)")
_PARTY_BODIES = {"党委", "党总支", "党支部", "党工委", "两委", "支部"}

# A head that only says what the body does or at which level (疫情防控工作领导小组, 区级委局), no name.
_DESCRIPTIVE_HEAD = re.compile(
    r"^(?:[省市区县镇乡村街]级|(?:新冠|新型冠状病毒|肺炎|疫情|防控|防疫|抗疫|联防联控|联防|联控|工作|应急|处置|应对|"
    r"指挥|调度|领导|专项|党员|干部|志愿者|志愿|青年|巾帼|群众|居民|村民|义务|突击|临时|机关|管理)+$)"
)


# A department named by its field alone (民政局, 卫健局, 审计局): each county has exactly one, so the bare
# word names it as a reporter writes it; 事务局, 管理局 are the generic tails of longer names.
_FIELD_DEPARTMENT = re.compile(r"^(?!事务|管理|分|总|当|该|本)[\u4e00-\u9fff]{2}局$")


# Bodies every county has exactly one of, named bare by their standard short name (like 民政局).
# A body named by its relation to the writer's (上级党委, 同级部门) or by two levels at once (区县新华书店:
# every district's and county's one) is a kind, no name.
_RELATIONAL = ("上级", "下级", "同级", "本级", "区县", "县区", "市县", "县市")
_ONE_PER_PLACE = set(
    "中医院 红十字会 共青团 妇联 侨联 文联 科协 残联 工商联 义工联 新联会 知联会 党中央 团中央".split()
)


_MEMBERS_OF_A_KIND = ("组织", "干部", "系统")
_OURS = re.compile(r"^(?:我|本)[院校局所站行司委厂部社馆]")


def org_kind(name: str) -> str:
    name = name.rstrip("”’」』")  # “兰花热心小组”: a quoted name is of the kind its last word names
    for suffix in ORG_SUFFIXES_BY_LENGTH:
        if name.endswith(suffix):
            return ORG_SUFFIXES[suffix]
    if re.search(r"[一二三四五六七八九十]中$", name):
        return "school"  # 市一中: a middle school by its number
    return "party" if name.endswith(("共产党", *DEMOCRATIC_PARTIES)) else "other"


# A development zone's own bodies are named relatively, as a district's are (高新区总工会, 新区应急局)
# zones whose bare word heads their own body (开发区管委会, 校区管委会: the campus's)
_ZONES = frozenset(("新区", "经济技术开发区", "经开区", "开发区", "高新区", "校区"))


_NATIONAL_BODIES = set(
    "总工会 妇联 人大 人大常委会 政协 工商联 侨联 文联 科协 残联 红十字会 红十字会总会 供销总社".split()
)


_TASK_FORCES = ("专班", "工作组")
_SHOP_KINDS = ("民宿", "超市", "药店", "餐馆", "农家乐", "饭馆", "理发店")


def _common_words_only(doc: Doc, start: int, end: int) -> bool:
    """Every token from start to end is a common word (no place, name, number or abbreviation)."""
    toks, i = [], doc.tok_at(start)
    while i < len(doc.toks) and doc.toks[i].start < end:
        toks.append(doc.toks[i])
        i += 1
    return bool(toks) and all(t.flag in ("v", "vn", "n", "a", "an", "d", "l") for t in toks)


# 公安部, 县委办: the body's own name, nothing written before it
# the ministries, the committees' offices and the national bodies the stories name bare (国务院)
_NAMED_WHOLE = frozenset((*MINISTRIES, *COMMITTEE_OFFICES, "国务院", "供销总社"))


def _body_words_only(head: str) -> bool:
    """集团有限公司: two or more of a firm's words and nothing else (one alone is checked on its own;
    市委办公室 names a body)."""
    words = 0
    while head:
        word = next((x for x in FIRM_WORDS if head.endswith(x)), None)
        if word is None:
            return False
        head, words = head[: -len(word)], words + 1
    return words >= 2


_OF_A_KIND = ("重点", "相关", "有关")


def is_generic(name: str, suffix: str, doc: Doc, start: int) -> bool:
    """A kind of body (党员突击队, 指挥部办公室, 居民区党总支, 事务局), not a named one."""
    if name in ORG_GENERIC or name in doc.lexicon.rejected or trade_only(name) or name[0] == "级":
        return True  # (消毒公司: a business named by its trade)
    if name.startswith(_OF_A_KIND):
        return True  # 重点防疫学校, 相关企业: bodies of a kind, none named
    if name[:2] in ("全国", "中国") and name[2:] in _NATIONAL_BODIES:
        return False  # 全国总工会, 中国红十字会: the national body (全国, 中国: no places, but name this one)
    if _TOWN_ORGANS.fullmatch(name) and not _COUNTED.search(doc.text, max(0, start - 2), start):
        return False  # 镇政府, 街道党工委: the town's or the street's own organ, named relatively as 市委 is
        # (报双方|镇党委, 两|镇政府: the organs of several towns, none named)
    if name.startswith(_RELATIVE_HEADS) and doc.text[start - 1 : start] in ("各", "每"):
        return True  # 成都各|区政府: every district's government, none named
    if name.startswith(_RELATIONAL) and start + 2 in doc.by_start:  # not 县|市场监管局
        return True
    if _OURS.match(name):
        return True  # 我院团委, 我校党委: the writer's own body, named by pointing at it
    if name in _ONE_PER_PLACE and doc.text.startswith(_MEMBERS_OF_A_KIND, start + len(name)):
        return True  # 妇联组织, 工会干部: the organisations or cadres of that kind of body, none named
    if name in _ONE_PER_PLACE and doc.text[start - 1 : start] not in ("县", "市", "区"):
        i = doc.by_start.get(start)  # 向中医院捐赠: the local one (该县|中医院 stays a kind: the walk cut it)
        return (
            bool(i) and doc.toks[i - 1].word[0] in DETERMINERS
        )  # 各级|文联, 各地|妇联: every one, none named
    if (
        doc.token_flag(start, name) in _COMMON_NOUN_FLAGS
        and not name.startswith(_RELATIVE_HEADS)
        and not (_FIELD_DEPARTMENT.match(name) and doc.text[start - 1 : start] not in ("和", "与"))
        and doc.tag(name[: -len(suffix)]) not in ("nr", "ns", "nz", "nt")  # 雷锋纪念馆/n: named, held whole
    ):  # (自然资源)和|规划局: the second field of a joined name, not a department of its own
        return name not in doc.lexicon.organizations  # one ordinary word: 事务局, 派出所 (not 区委, 市政府)
    if len(name) < 3 and not (suffix in ("区委", "市委", "县委", "省委") and name == suffix):
        return True
    if name == suffix and suffix not in COMMITTEES - {"州委"} and suffix not in _NAMED_WHOLE:
        return True
    head = name[: -len(suffix)]
    if suffix in _SHOP_KINDS and head.endswith(("省", "市", "县", "区")) and head in divisions():
        return True  # 台州市|民宿, 某县|超市: a division's shops of a kind, none named
    if suffix in _TASK_FORCES and _common_words_only(doc, start, start + len(head)):
        return True  # 复工指导工作|专班, 服务|专班: a task force of a kind, unnamed (not 某街道331专班)
    first, pair = doc.by_start.get(start), doc.text[max(0, start - 1) : start + 1]
    if (
        first  # (not the text's first token)
        and len(doc.toks[first].word) == 1
        and len(doc.toks[first - 1].word) >= 2  # 支抗|疫: a word cut across two tokens
        and (doc.is_word(pair) or pair in _EPIDEMIC_WORDS)
    ):
        return True  # 13支抗|疫|小分队: the last character of a word (抗疫) cut off by jieba, no name
    local = _LOCAL_POINTER.sub("", head)
    if _KIND_STATIONED.match(head) and (head[0] == "各" or doc.text[start - 1 : start] in ("、", "各")):
        return True  # 市、县单位驻某镇工作队, 各单位驻…: the teams of units of levels sent, none named
        # (市直单位驻某社区临时党支部: the branch those units form there, one body)
    return (
        local in _UNNAMED_LOCAL_UNITS  # 村党支部, 当地社区党组织: the body of some village, unnamed
        or (bool(head) and not local)  # 地方政府, 辖区派出所: only a word pointing at the local one
        or _DESCRIPTIVE_HEAD.match(_UNNAMED_LEVEL.sub("", head)) is not None
        and _UNNAMED_LEVEL.match(head) is not None  # 镇防疫|指挥部
        or head in OBJECT_VERBS
        or head.endswith(_ACTING_AS)  # 勇当|先锋队, 争当|排头兵: to act as one, no body named
        or head.endswith("的")  # 全民“战疫”的|团队: a described team, no name holds 的
        or _UNNAMED_LEVEL.match(head) is not None
        and _UNNAMED_LEVEL.sub("", head) in _PARTY_BODIES  # 镇党委|政府: an unnamed town's two bodies
        or _SIZE_HEAD.match(head) is not None
        or suffix == "中心"
        and head.endswith(_MALL_HEADS)
        or head in _ORG_GENERIC_PREFIX
        or len(head) <= 4
        and head.endswith("单位")  # 各|责任单位党组织, 成员单位党支部: units of a kind
        or head.endswith(("域内", "辖区内", "城乡"))  # 某街|街域内超市, 某县城乡商城: shops of an area
        or suffix == "党组织"
        and head.endswith(_PARTY_FIELDS)
        or head in DETERMINERS  # 本报社
        or _UNIT_WORD_HEAD.match(head) is not None  # 社区党员群众服务中心: the unit, unnamed
        or suffix == "居委"
        and head.endswith(("街道", "镇", "乡", "区"))  # 某街道居委干部: the street's committees, every one
        or _DESCRIPTIVE_HEAD.match(head) is not None
        or suffix in ("物业", "物业公司")
        and head.endswith(("小区", "家园", "花园", "新村", "公寓"))  # 青松小区|物业
        or shop_of_a_kind(head, suffix)
        or (head in ORG_SUFFIXES and head not in COMMITTEES and head not in _ONE_OF_A_KIND)
        or _body_words_only(head)  # 集团有限公司|项目部: a firm's words, no firm named
        or (head in PLACE_SUFFIXES and len(head) > 1 and not head.startswith("自治") and head not in _ZONES)
        or head in PLACE_STOP
        or head in ORG_GENERIC
        or head[:1] in "“「"
        and doc.tag(head[1:-1]) in ("a", "ad")  # “特殊”小分队: a quality, no name
        or sum(c in head for c in _CARRIERS) >= 2
        or suffix in ("酒店", "宾馆")
        and head.endswith(("隔离", "隔离点"))  # 某某隔离酒店: its use, no name
        or _MADE_INTO.search(doc.text[max(0, start - 2) : start + len(head)]) is not None  # 发展成|服务队
        or _described(doc, start, head)
    )


def _described(doc: Doc, start: int, head: str) -> bool:
    """寒冷潮湿|物业, 干净整洁|食堂: a head of two adjectives or more describes the body; it names none
    (美好/a|一天/m|超市 is a brand)."""
    toks = doc.toks[doc.tok_at(start) : doc.tok_at(start + len(head) - 1) + 1] if head else []
    return (
        len(toks) >= 2
        and toks[0].start == start
        and toks[0].flag == "a"
        and doc.tag(toks[0].word) == "a"
        and toks[0].word not in DEMOCRATIC_PARTIES  # 民进/a|青禾|总支: a party, whatever jieba tags it
        and len(toks[0].word) >= 2
        and all(t.flag in ("a", "ad", "an", "nr", "z") for t in toks)  # (阴冷/nr: an adjective jieba misread)
    )


# A unit below the county written without its name (村, 镇, 社区): its body is a kind, not a name; the
# words that point at the local one (当地, 辖区, 所在) name nothing either, nor does the 年 of a year the
# walk stopped after (2021年|村党支部).
# The fields the Party organises by (机关, 农村, 企事业单位, 新兴领域, 两新组织): their 党组织 is every one of
# that field (某区农村党组织), no one body.
_PARTY_FIELDS = (
    "机关",
    "农村",
    "城市",
    "企业",
    "国企",
    "事业单位",
    "新兴领域",
    "两新",
    "两新组织",
    "社会组织",
    "窗口单位",
)
_EPIDEMIC_WORDS = {"抗疫", "战疫", "防疫", "援疫"}  # words of the pandemic jieba's dictionary lacks
_COUNTED = re.compile("(?:双方|[两各多几每诸])$")
_TOWN_ORGANS = re.compile(  # (and its offices by their short names: 镇卫健办, 乡综治办)
    "(?:镇|乡|街道|苏木)(?:人民政府|政府|党委政府|党委|党工委|办事处|纪委|纪工委|人大|指挥部|医院|卫生院|(?:卫健|综治|党政|应急|扶贫|信访|文明)办)"
)
_UNNAMED_LOCAL_UNITS = {"村", "镇", "乡", "街道", "社区", "小区", "居民区", "片区", "网格"}
_LOCAL_POINTER = re.compile(
    r"^(?:当地|本地|地方|辖区|所在|属地|全市|全区|全县|全镇|各级|各个|各|有关|相关|[\d〇零一二三四五六七八九十两几多]*年)+"
)

_INNER_GROUPS = ("党组", "纪委", "纪检组", "纪工委")


_FORMER_BRANCH = re.compile(r"(?:退职|退休|离任|卸任|老|原|前任)(?:党)?总?支部$")


def title_of_a_body(text: str, start: int, end: int, name: str) -> bool:
    """瑞金市烟草公司|党组书记, 运输总公司|纪委书记: the Party group or discipline committee of a body,
    written before 书记, is part of the person's title; the organisation is the body itself. A bare
    市委 before 常委 or 书记 is the title itself."""
    if name in ("省委", "市委", "区委", "县委", "州委") and text.startswith(("常委", "书记", "副书记"), end):
        return True  # 市委常委王某: a bare committee before the title is the title (市委常委)
    if _FORMER_BRANCH.search(name) and text.startswith(("书记", "副书记"), end):
        return True  # 某村退职老支部|书记: the person's former post, no branch named
    inner = next((g for g in _INNER_GROUPS if name.endswith(g)), "")
    return (
        bool(inner)
        and name[: -len(inner)].endswith(WHOLE_BODIES)
        and text.startswith(("书记", "副书记", "组长", "副组长"), end)
    )


# The compound of a body, named after it (县委大院, 某报社宿舍, 某某中心小区): a place, not the body.
_HOUSING_AFTER = ("大院", "宿舍", "家属院", "家属区", "小区")


def not_the_body_here(text: str, start: int, end: int, name: str) -> bool:
    """The span names no body of the story here: a credit (`is_media_credit`), a title
    (`title_of_a_body`) or the compound named after the body (县委|大院)."""
    return (
        is_media_credit(text, start, end, name)
        or title_of_a_body(text, start, end, name)
        or text.startswith(_HOUSING_AFTER, end)
    )


def is_media_credit(text: str, start: int, end: int, name: str) -> bool:
    """The outlet named as the story's source or copyright holder (来源:XX日报, 本文为XX网原创), not
    an organisation the story is about."""
    if org_kind(name) != "media":
        return False
    before = text[max(0, start - 6) : start].rstrip(" :：\u3000")
    return before.endswith(_MEDIA_CREDIT_BEFORE) or text.startswith(_MEDIA_CREDIT_AFTER, end)


# An outlet the story names as an actor: told or interviewed by its reporter (告诉某某报记者, 接受某某网
# 记者采访), or as the source of a report (据某某社报道). The dateline opening a paragraph (某某网5月6日讯,
# 某某社某地5月6日电) names the page's own outlet, and a photograph's credit (某某社记者 甲 摄) the outlet
# that took it: metadata, not organisations of the story (issue 12's classes; credits.supplied_by).
_TOLD = re.compile(
    r"(?:告诉|接受|对|向|跟|据|给|同)([\u4e00-\u9fff]{2,10}?)(?:APP|app|客户端|全媒体|融媒体)?"
    r"(?:记者|报道|消息)"
)
_NOT_AN_OUTLETS_HEAD = re.compile(r"^(?:[本我该贵各此这那每]|多家|几家|当地|省级|市级|县级|中央|有关|媒体)")


def _outlet(name: str) -> bool:
    head = next((name[: -len(t)] for t in _OUTLET_TAILS if name.endswith(t)), "")
    if any(c in name for c in "的了和与及着在"):
        return False  # 村里的广播台: a phrase, no outlet's name
    return (
        name == "央视"
        or len(head) >= 2  # (告诉|导报|记者: a paper's kind named by one character, a short form)
        and _NOT_AN_OUTLETS_HEAD.match(name) is None
        and name not in ORG_GENERIC
    )


def outlets_in_story(doc: Doc) -> list[tuple[int, int, str]]:
    """Outlets the story names as actors (see above), as (start, end, name); never 本报 or a bare 记者."""
    text, out = doc.text, []
    for m in _TOLD.finditer(text):
        told_by = doc.by_start.get(m.start())  # the verb a word of its own (not 跟着|电视台)
        if _outlet(m.group(1)) and told_by is not None and doc.toks[told_by].end == m.start(1):
            out.append((m.start(1), m.end(1), m.group(1)))
    return out


_PAPER_IN_BRACKETS = re.compile(r"[^（(\n]{0,12}?讯[（(]([\u4e00-\u9fff]{2,12})[）)]")


def dateline_outlets(doc: Doc) -> list[tuple[int, int, str]]:
    """The outlets of a dateline opening a paragraph (某某网-某某日报汉中讯), as (start, end, name): the
    page's own outlet, no organisation of the story, and no place or body inside its name."""
    from ..fields import lede_outlet

    out, at = [], 0
    for line in doc.text.split("\n"):
        lead = len(line) - len(line.lstrip())
        name = lede_outlet(line)
        if name and line.startswith(name, lead):
            for part in re.finditer(r"[^-－]+", name):  # 某某网-某某日报: each outlet of the pair
                out.append((at + lead + part.start(), at + lead + part.end(), part.group()))
            paper = _PAPER_IN_BRACKETS.match(line, lead + len(name))  # 某某网讯(某某日报): its paper
            if paper and paper.group(1).endswith(_OUTLET_TAILS):
                out.append((at + paper.start(1), at + paper.end(1), paper.group(1)))
        at += len(line) + 1
    return out


def outlet_spans(doc: Doc) -> dict[tuple[int, int, str], str]:
    """Outlets named in the text → their kind: "media" where the story names one as an actor
    (`outlets_in_story`), "dateline" for the page's own outlet opening a paragraph (`dateline_outlets`:
    extract() drops these, and no body or place is found inside their names)."""
    return {f: "media" for f in outlets_in_story(doc)} | {f: "dateline" for f in dateline_outlets(doc)}


# A name in quotes that ends like a group: “兰花热心小组”, “邻里守望互助队”, “银发帮帮团”,
# “暖阳”离退休党员工作室.
_QUOTED_GROUP = re.compile(
    r"[“「]([\u4e00-\u9fff‘’]{2,16}(小组|小分队|服务队|志愿队|突击队|先锋队|互助队|巡逻队|宣讲团|志愿团|工作室|服务站|"
    r"驿站|联盟|协会|互助会|服务社|合作社|俱乐部|队|团|店|馆|超市|餐厅|饭店|药房))[”」]"
)  # (「十八区抗疫爱心队」: Hong Kong's and Taiwan's corner quotes)
# A quoted name before a team word is the team's name: 「小红旗」应急摩托队, “银发巡逻队”志愿服务队.
_QUOTED_TEAM = re.compile(
    r"[“「]([\u4e00-\u9fff]{2,8})[”」][\u4e00-\u9fff]{0,8}?(?:队|小组|工作室|服务站|驿站|联盟|协会|服务社)"
)


# A team founded under a name in quotes (成立了“银发巡查小分队”, 组建一支“党员应急突击队”) is named by it,
# however plainly its words describe it; one team, not one per village (各村成立|“党员突击队”).
_FOUNDED_AS = re.compile(r"(?:成立|组建|组成|建立|组织)(?:了|起)?(?:一支|一个|支)?$")
_PER_UNIT = re.compile(r"(?:\d+|[各每两三四五六七八九十百]+)(?:个|支)?[\u4e00-\u9fff]{0,3}$")


def _founded_as(text: str, start: int, name: str, suffix: str) -> bool:
    """成立了一支|“党员应急突击队”: a quoted name of two words and more before the team's word that the
    story gives the team it founds (not a kind: 组建|“突击队”, 组成了|“党员突击队”, nor one per unit:
    各村成立|“党员应急突击队”)."""
    before = text[max(0, start - 12) : start]
    verb = _FOUNDED_AS.search(before)
    return (
        verb is not None
        and len(name) - len(suffix) >= 4
        and _PER_UNIT.search(before, 0, verb.start()) is None
    )


# A quoted word that is no team's name before a team word: a team of its own, or a post.
_NO_TEAM_NAME = ("队", "组", "站", "室", "盟", "会", "社", *TITLES_BY_LENGTH)
# A quoted word that ends in a team's word yet names one of its people
_PEOPLE_OF_A_TEAM = ("领队", "队长", "队员", "团长", "团员", "组长", "组员", "会长", "社长", "站长")


_NICKNAMED = re.compile(r"(?:称|誉)(?:为|作|做)?$|叫(?:作|做)$|昵称$")
_QUOTED_SHOPS = ("店", "馆", "超市", "餐厅", "饭店", "药房")


def _words_of_a_sentence(doc: Doc, start: int, end: int) -> bool:
    """A verb, an adverb, a pronoun, a preposition or a count among the words from start to end (“快去超市”,
    “八大场馆”)."""
    toks = doc.toks[doc.tok_at(start) : doc.tok_at(end - 1) + 1] if end > start else []
    counted = doc.text[start : start + 1] in "一二三四五六七八九十两几多各0123456789"
    return not toks or counted or any(t.flag[:1] in ("v", "d", "r", "p", "m") for t in toks)


def quoted_groups(doc: Doc, cover: dict) -> list[tuple[int, int, str]]:
    """Groups named in quotes: “兰花热心小组” (the quoted name ends like a group), “暖阳”离退休党员工作室
    (a quoted name before a team word; with the community it belongs to when that is named right
    before it). `cover`: offset → the place span covering it."""
    text, out = doc.text, []
    for m in _QUOTED_GROUP.finditer(text):
        if m.group(1).endswith(_PEOPLE_OF_A_TEAM):
            continue  # “老领队”, “好队长”: a person named by her post in a team, no group
        if re.search(r"[我你他她]的|咱们|我们", m.group(1)):
            continue  # “我的小区我的团”: a slogan in the first person, no group's name
        if _NICKNAMED.search(text, max(0, m.start() - 4), m.start()):
            continue  # 被居民戏称为“最忙的车队”: what people call them, a nickname (命名为 names one)
        if m.group(2) in _QUOTED_SHOPS and _words_of_a_sentence(doc, m.start(1), m.end(1) - len(m.group(2))):
            continue  # “快去超市”: a quoted sentence ending in a shop's word, no shop named
        kind = next((x for x in ORG_SUFFIXES_BY_LENGTH if m.group(1).endswith(x)), m.group(2))
        if is_generic(m.group(1), kind, doc, m.start(1)) and not _founded_as(
            text, m.start(), m.group(1), kind
        ):
            continue  # “党员突击队”, “三人小组”: a kind of group in quotes, no name
        out.append((m.start(1), m.end(1), m.group(1)))  # the name inside its quotes (annotators write it so)
    for m in _QUOTED_TEAM.finditer(text):
        if m.group(1).endswith(_NO_TEAM_NAME) or doc.tag(m.group(1)) in ("a", "ad"):
            continue  # “突击队”支援小组: a team of its own; “兵支书”甲…队: a post; “特殊”…队: a quality
        if "的" in text[m.end(1) : m.end()]:
            continue  # 全民“战疫”的团队: a team described by what it does, no name holds 的
        if text[m.end() - 2 : m.end()] in WORDS_ON_A_SUFFIX:
            continue  # “一米距离”依次|排队: the verb's 队, no team
        if (place := cover.get(m.end(1) + 1)) is not None and place[0] == m.end(1) + 1:
            continue  # “笔杆子”某市某协会: a place opens the body's own name; the quote is someone's nickname
        if m.end() in doc.ends or not is_cjk(text[m.end() : m.end() + 1]):
            unit = cover.get(m.start() - 1)  # 第三社区|“暖阳”离退休党员工作室: the community it belongs to
            start = (
                unit[0] if unit is not None and unit[1] == m.start() and unit[3] == "community" else m.start()
            )
            out.append((start, m.end(), text[start : m.end()]))
    return out
