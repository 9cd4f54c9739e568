"""Evidence that a name is a person of the story: what stands before it (a title, an age, a kin word,
a capacity clause), what follows it (a speech verb, a person noun, an age, a stated role, a quotation
it introduces), and what makes a name jieba tagged read as an ordinary phrase instead (利用微|信,
向右走, 穿着志愿者马甲, 贡献“金点子”). Pure functions over the document; people.py weighs them.
"""

from __future__ import annotations

import re

from ..lexicon import CONJUNCTION_SURNAMES, GENERIC_PERSON_NOUNS, KIN_WORDS, SPEECH_VERBS
from .labels import post_before_colon
from .name_lists import is_post_noun
from .role_frames import apposed_title, bracketed_title
from .role_scope import ALL_TITLES, ROLE_GENERIC, capacity_before, clause_after, stated_role
from .roles import AGE_AFTER, AGE_BEFORE, STATED_HEAD, ends_with_title
from .tokens import CLAUSE_BREAK, Coverage, Doc

SUBJECT_NEXT = {"v", "d", "p", "ad", "vd", "c"}
# The words of address for an elder or an older neighbour written after a full name (负责登记的甲大叔)
ELDER_WORDS = ("大叔", "大姐", "大妈", "大爷", "阿姨", "大哥", "大嫂", "奶奶", "爷爷", "婆婆", "老汉")
AFTER_NAME_NOUNS = (
    *ELDER_WORDS,
    "老人",
    "同志",
    "老师",
    "师傅",
    "医生",
    "书记",
    "主任",
    "主委",
    "教授",
    "副教授",
    "研究员",
    "夫妇",
    "夫妻",
    "一家",
    "女士",  # 甲女士, 乙先生, 丙小朋友: a full name with the way the story addresses the person
    "先生",
    "小朋友",
    "同学",  # 甲同学: a pupil or a student named as the school names them
    "烈士",  # 甲烈士的牺牲地: a martyr named with the word of honour after the name
)
# 总能看到甲(忙碌)的身影: where someone is seen at work
SEEN_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{2})?的身影")
# 来到|甲|家中, 走进甲家里: a visit to someone's home names whom the story visits
_VISIT = re.compile(
    r"(?:来到|走进|走访|前往|赶到|赶往|到了|探望|看望|慰问)(?:了|过)?(?:[\u4e00-\u9fff]{2,4}户)?$"
)


def visited_at_home(text: str, start: int, end: int) -> bool:
    """来到(边缘户)甲家中: a name between a visit and 家中/家里 is a person.

    >>> visited_at_home("来到边缘户甲乙丙家中", 5, 8), visited_at_home("来到青松村家中", 2, 5)
    (True, False)
    """
    return (
        text.startswith(("家中", "家里"), end)
        and bool(_VISIT.search(text, max(0, start - 10), start))
        and (text[end - 1] not in "村镇乡区县市")
    )


# “甲，你要的东西…: a name opening a quotation and spoken to (a comma, then you) is someone addressed
CALLED_BY_NAME = re.compile(r"[，,]\s*[你您]")
_DIRECTIONS = set("左右东西南北前后上下里外")
_ATTRIBUTIVES = {"各类", "各大", "各家", "多家", "一些", "这些", "那些", "所有"}
_WEARING = re.compile(r"(?:穿|戴|披|套|身着|换上)(?:着|上|起|好)?[\u4e00-\u9fff]{0,8}$")
# (甲也是一名老师, 甲同样也是…, 甲既是一名党员: an adverb of addition before 是 states a role too)
_QUOTED_TITLE = re.compile(r"[“「『]([^“”「」『』]{1,10})[”」』]$")
_STATES_ROLE = re.compile(
    r"[，,]?\s*(?:(?:同样也|同时也|同样|也|还|既|又)?是|现任|担任|系|作为|身为"
    r"|(?:主动|自愿|报名|注册|也|还|已经|已|又)*成为了?)"  # 甲主动注册成为社区志愿者
)


def opens_with_common_word(doc: Doc, name: str) -> bool:
    """利用微(信群), 明白卡: three characters jieba tagged a name that open with a very common word;
    without a title or a speech verb around them they are no evidence of a person. (jieba's
    dictionary tags a few such words a name too, 明白 and 文明 among them: their frequency decides.)"""
    head = name[:2]
    common = doc.freq(head) >= 1000 and doc.tag(head) in _COMMON_WORD_TAGS  # 卫生/an|巾 (卫生巾/nr)
    return len(name) == 3 and (doc.freq(head) >= 5000 or common)


_COMMON_WORD_TAGS = frozenset(("a", "an", "ad", "v", "vn", "d"))  # adjectives, verbs: no name's head


def reads_as_a_phrase(doc: Doc, i: int, name: str) -> bool:
    """向右走 (a preposition and a direction), 大型|商超 (a word after an attributive): what jieba
    tagged a name reads as an ordinary phrase; only a title or a speech verb makes it a person."""
    if name[0] in CONJUNCTION_SURNAMES and name[1:2] in _DIRECTIONS:
        return True
    prev = doc.toks[i - 1] if i > 0 else None
    return prev is not None and (prev.flag == "b" or prev.word in _ATTRIBUTIVES)


def given_name_is_a_place(doc: Doc, i: int, name: str, places: Coverage) -> bool:
    """华侨蔡|西宁: after a title, a surname with a city's name as the given name is a person."""
    t = doc.toks[i]
    return len(t.word) == 1 and doc.toks[i + 1].word == name[1:] and doc.toks[i + 1].start in places


_OPEN_QUOTES = '“‘「『"'
_CLOSE_QUOTES = '”’」』"'


def quoted_alone(text: str, start: int, end: int) -> bool:
    """贡献“金点子”: a word quoted by itself is a coined term, slogan or nickname the story marks as a
    phrase; names of the story's people stand unquoted."""
    return start > 0 and text[start - 1] in _OPEN_QUOTES and text[end : end + 1] in _CLOSE_QUOTES


_COUNTED_GROUP = re.compile(r"(?:\d+|[两几数十百千]+)[余多]?[名位个][\u4e00-\u9fff]{1,6}$")
# 带领全体业主齐心…, 所有党员干部…: a whole group, what it does follows (not a name)
_WHOLE_GROUP = re.compile(r"(?:全体|所有|广大)(?:(?![的之中])[\u4e00-\u9fff]){1,4}$")


_COUNT_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十几数多]+)[位名]$")


def after_a_counted_group(doc: Doc, start: int, end: int) -> bool:
    """90名党员志愿者闻令出征: after a counted group (N名 + title) the words are what the group does;
    one name there would stand in a list of names (两名志愿者甲、乙)."""
    before = doc.clause_before(start)
    grouped = _COUNTED_GROUP.search(before) or _WHOLE_GROUP.search(before)
    # 三位|花甲/nr|老人: a word of the dictionary right after the count describes who are counted
    described = _COUNT_BEFORE.search(before) and doc.is_word(doc.text[start:end])
    return bool(grouped or described) and doc.text[end : end + 1] not in "、和与及"


def title_context(doc: Doc, start: int) -> bool:
    before = doc.clause_before(start)
    quoted = _QUOTED_TITLE.search(doc.text, max(0, start - 12), start)
    if quoted and ends_with_title(quoted.group(1)) not in ("", *ROLE_GENERIC):
        return True  # “老韦书记”甲, “楼长”甲: a nickname or post in quotation marks right before the name
    if not before and start > 0 and doc.text[start - 1] in " \u3000":
        before = doc.clause_before(start - 1)  # 下沉党员 李雅: a caption's space
    if not before and start > 0 and doc.text[start - 1] in ":：":
        return bool(post_before_colon(doc.text, start))  # 村支书:甲、村主任:乙: a post, then its holder
    if not before:
        return bool(capacity_before(doc.text, start))  # 作为一名基层民警,王海峰…
    wearing = _WEARING.search(before)
    if wearing and start - len(before) + wearing.start() in doc.by_start:
        return False  # 穿着志愿者马甲: a garment after a title word (not 邵戴小区: 戴 in a name)
    if AGE_BEFORE.search(before[-6:]):
        return True
    # 身为网格员的甲, 同为入党积极分子的甲: a role the clause states, then 的, right before the name
    stated = STATED_HEAD.search(before[:-1]) if before.endswith("的") else None
    if stated and ends_with_title(stated.group(1)) not in ("", *ROLE_GENERIC):
        return True
    # 搬运工甲, 商会秘书处甲, 军属甲: a noun for a post we do not list, right before the name
    return bool(ends_with_title(before)) or before.endswith(KIN_WORDS) or is_post_noun(doc, start)


def generic_before(doc: Doc, start: int) -> bool:
    """居民连呼, 市民纷纷: a generic person noun is as often followed by a verb as by a name."""
    return ends_with_title(doc.clause_before(start)) in ROLE_GENERIC


# Nouns for a group of people: the genre writes what the group does right after them as often as a name
# (工作人员张开横幅, 党员封锁路口, 志愿者满怀热情)
_GROUP_NOUNS = ROLE_GENERIC | {"志愿者", "党员", "干部", "队员", "职工", "员工", "群众"}


def what_a_group_does(doc: Doc, start: int, name: str) -> bool:
    """工作人员周转调配, 志愿者满怀热情: after a group noun, a word of the dictionary made of the surname
    character and a common verb or noun (周|转, 满|怀), that the text never writes again and nothing
    after it makes a person (a speech verb, an age, a stated role), is what the group does."""
    title = ends_with_title(doc.clause_before(start))
    rest, end = name[1:], start + len(name)
    return (
        (title in _GROUP_NOUNS or title.endswith("人员"))
        and doc.is_word(name)
        and doc.freq(rest) >= 300
        and doc.tag(rest) in ("v", "vn", "n")
        and doc.count(name) == 1
        and not (speech_after(doc, end) or role_stated_after(doc, end))
    )


def role_stated_after(doc: Doc, end: int) -> bool:
    """傅长顺是东湖社区党支部书记, 曹波(镇副书记): a title stated of the word right after it."""
    if bracketed_title(doc.text, end) or apposed_title(doc, end):
        return True  # 曹波(镇副书记), 甲,一名退伍军人,…
    verb = _STATES_ROLE.match(doc.text, end)
    if not verb:
        return False
    clause = clause_after(doc.text, verb.end())
    if re.search(r"的(?:一位|一名|一员)$", clause):
        return True  # 胡青山是巡逻队中最年长的一位: what he is stated to be is one person of a group
    if verb.group(0).endswith("是") and _HOUSEHOLD.search(clause):
        return True  # 甲是村里的低保户: a household's standing, stated of a person (no post)
    return any(r not in ROLE_GENERIC for r in stated_role(clause))


# what a household is on a village's or a street's rolls (低保户, 五保户, 建档立卡贫困户, 养殖户)
_HOUSEHOLD = re.compile(
    r"(?:^|的|一名|一位|一个|名|位|个)[\u4e00-\u9fff]{0,4}"
    r"(?:低保|五保|贫困|脱贫|搬迁|困难|特困|监测|边缘|种植|养殖|个体)户$"
)


def speaks_later(text: str, end: int) -> bool:
    stop = min((i for i in (text.find(ch, end) for ch in "。！？!?“\n") if i >= 0), default=len(text))
    return stop - end <= 30 and any(v in text[end:stop] for v in SPEECH_VERBS)


# 甲称，…; 甲笑称:“…”: a verb of report that the lexicon's speech verbs lack (称 opens 称为, 称赞 too),
# with the punctuation that opens what was said right after it
REPORTED_AFTER = re.compile(
    r"(?:称|笑称|直言|坦承|感叹|补充说|补充道)\s*[，,:：“]"
    # a verb of telling that opens what is told, after a colon (甲通报：…, 乙叮嘱：“…”)
    r"|(?:通报|提醒|叮嘱|嘱咐|告知|回复|留言|汇报|发言|建议)\s*[:：]"
    # one interviewed: 甲在接受采访时说, 乙接受本报专访时表示
    r"|在?接受[^，,。！？!?]{0,12}?(?:采访|专访)"
)


def speech_after(doc: Doc, end: int) -> bool:
    after = doc.text[end : end + 8]
    return (
        after.startswith(SPEECH_VERBS)
        or after.startswith(AFTER_NAME_NOUNS)
        or bool(AGE_AFTER.match(after) or REPORTED_AFTER.match(after))
    )


# 30多岁的甲, 七十多岁的甲, 年近七旬的甲, 年过花甲的甲: an age in figures, in words or by its decade
_ROUGH_AGE_BEFORE = re.compile(
    r"(?:\d{1,3}|[一二三四五六七八九十百]{1,4})\s*[多余]?\s*周?岁(?:的)?$"
    r"|(?:[二三四五六七八九]旬|花甲|古稀|耄耋|半百|不惑|而立)(?:之年)?(?:老人)?的?$"
)
_QUOTE_AFTER = re.compile(r"[^，,。；;！？!?\n“”]{0,8}[:：]?“")


# “我是甲，…”, 我叫甲: a speaker introducing themselves; 老人今年九十了，叫甲，…: the story naming someone;
# 甲的60岁生日: a birthday of so many years
_SELF_NAMED = re.compile(r"我(?:是|叫|名叫)$|(?:[，,]|一个|一位|一名)\s*(?:名)?叫$")  # 一个叫甲,一个叫乙
# 讲述人:甲, 受访者：乙 — the label over a first-person account names the one who tells it
_TOLD_BY = re.compile(r"(?:讲述人|讲述者|口述人|口述|受访者|受访人|采访对象)\s*[:：]\s*$")


def told_by(text: str, start: int) -> bool:
    """讲述人:甲: the name a first-person account's label gives is its teller's."""
    return bool(_TOLD_BY.search(text, max(0, start - 7), start))


_BIRTHDAY_AFTER = re.compile(r"的\s*\d{1,3}\s*岁(?:生日|寿辰)")


def supported_around(doc: Doc, start: int, end: int) -> bool:
    """Evidence of a person that gives no role: a rough age before (30多岁的卢国强), a quotation the
    name introduces (张三那句“…”, 张三:“…”), a speaker naming themselves (“我是张三，…”), a birthday
    (张三的58岁生日)."""
    text = doc.text
    return (
        bool(_ROUGH_AGE_BEFORE.search(text, max(0, start - 8), start))
        or bool(_QUOTE_AFTER.match(text, end))
        or bool(_SELF_NAMED.search(text, max(0, start - 3), start))
        or bool(_BIRTHDAY_AFTER.match(text, end))
        or text[start - 1 : start] == "的"
        and bool(ends_with_title(text[max(0, start - 13) : start - 1]))
        or kind_of_person_before(doc, start)
        or text.startswith("所在的", end)  # 甲所在的社区: where the person lives or works
        or _in_a_department(doc, start)
    )


def _in_a_department(doc: Doc, start: int) -> bool:
    """历史文献部|张宇青/nr: a name jieba tagged, glued after the department the person works in."""
    k = doc.by_start.get(start)
    return (
        k is not None
        and doc.toks[k].flag.startswith("nr")
        and bool(_DEPARTMENT_BEFORE.search(doc.text, max(0, start - 10), start))
    )


# 历史文献部甲, 参考咨询部乙, 办公室丙: the department a person works in, glued before the name
_DEPARTMENT_BEFORE = re.compile(r"(?<![\d\s])[\u4e00-\u9fff]{2,8}(?:部|科|室|中心|馆)$")


# Nouns in 人 that name no kind of person the way 残疾人, 老人, 军人 do
_NOT_A_KIND = frozenset("个人 本人 他人 别人 众人 有人 每人 人人 为人 做人 成人 大人 主人 客人 私人".split())


# Nouns for people that give no role (村民 and 居民 are not roles), glued before a name jieba tagged: the
# lexicon's generic person nouns, and the ages and kinds of people the genre writes so
_KINDS_OF_PEOPLE = frozenset(GENERIC_PERSON_NOUNS) | {"青年", "群众", "少年", "小伙子", "老汉"}


def kind_of_person_before(doc: Doc, start: int) -> bool:
    """残疾人甲、乙, 老人甲, 送水师傅甲: a noun for a kind of person (one in 人, or a trade's worker) glued
    before the name, or set apart by one space as a television caption prints it (送餐员 甲:); no role."""
    spaced = doc.text[start - 1 : start] == " " and doc.text[start - 2 : start - 1] != " "  # (TV: 送餐员 甲:)
    i = doc.tok_at(start - 1 - spaced) if start > spaced else -1
    if i < 0 or doc.toks[i].end != start - spaced:
        return False
    tok = doc.toks[i]
    if tok.word in _KINDS_OF_PEOPLE:  # 该市青年甲, 市民甲: a noun for people glued before the name
        return True
    if len(tok.word) >= 2 and tok.word.endswith(_TRADE_ENDS) and tok.flag in ("n", "nr", "vn"):
        return True  # 送水|师傅/nr|甲, 房屋中介|销售|乙, 送|餐员|丙: a trade's worker, named after it
    return tok.flag == "n" and len(tok.word) >= 2 and tok.word.endswith("人") and tok.word not in _NOT_A_KIND


# The ends of the words for a trade's workers (送水师傅, 中介销售, 送餐员, 外卖骑手)
_TRADE_ENDS = ("师傅", "销售", "员", "骑手", "小哥")


def after_a_unit(doc: Doc, start: int, unit_ends: set[int]) -> bool:
    """区委宣传部甲, 东坡社区的甲: a unit or place right before the name (its 的 between them or not) is
    where the person works or lives."""
    return start in unit_ends or (doc.text[start - 1 : start] == "的" and start - 1 in unit_ends)


# What a subject is followed by: an adverb, a time, a pronoun of time (每天), a verb, a preposition, an
# idiom (二话不说), a fixed phrase or a word of place (甲怀里揣着…)
_PREDICATE_OPENERS = frozenset({"d", "t", "r", "v", "vd", "p", "l", "i", "ad", "s"})


def subject_of_clause(doc: Doc, i: int, end: int, opens: frozenset[str] = _PREDICATE_OPENERS) -> bool:
    """。甲每天上门…, ，甲二话不说…: a name opening a clause, followed by what opens a predicate, is
    the subject of that clause; 让甲先回家, 给甲送去, 帮甲搬运: so is a name between a verb that
    hands on to a second subject (a pivot: 让, 请, 帮 …) and the predicate of that subject."""
    start = doc.toks[i].start
    pivot = i > 0 and doc.toks[i - 1].word in _PIVOTS and doc.toks[i - 1].end == start
    if not pivot and (doc.clause_before(start) or (start > 0 and doc.text[start - 1] not in CLAUSE_BREAK)):
        return False
    k = doc.tok_at(end) if end < len(doc.text) else -1
    nxt = doc.toks[k] if k >= 0 and doc.toks[k].start == end else None
    # (甲是…: what a copula states decides, a role or a thing; role_stated_after reads it)
    return nxt is not None and nxt.flag in opens and nxt.word not in ("是", "系", "为")


# Verbs and prepositions after which a person is the subject of what follows (让甲先回家, 给甲送去)
_PIVOTS = frozenset(
    "让 请 叫 喊 帮 替 陪 给 由 托 带 教 催 劝 派 安排 邀请 帮助 协助 提醒 嘱咐 叮嘱 组织 动员".split()
)
# What follows a subject of two characters: an adverb, a time or a pronoun of time (甲每天…, 甲已经…)
ADVERBIAL_OPENERS = frozenset({"d", "t", "r"})


_AT_MENTION_END = re.compile(r"[\s:：，,。！!？?”]|$")


def at_mention(text: str, start: int, end: int) -> bool:
    """@甲 明天八点集合: a name after @ in a chat, ended by a space or punctuation, is a member's."""
    return text[start - 1 : start] == "@" and bool(_AT_MENTION_END.match(text, end))


# 等 after a name and before a count of people: the name heads a group (甲等10余名, 甲等三人, 甲等人)
_COUNTED_AFTER = re.compile(r"等\s*(?:(?:\d+|[一二两三四五六七八九十几数]+)\s*[余多]?\s*[名位个人]|人)")


def heads_a_group(text: str, end: int) -> bool:
    """甲等党员, 甲等10余名志愿者, 甲等人: 等 right after the name, then a title or a count of people."""
    return bool(_COUNTED_AFTER.match(text, end)) or (
        text[end : end + 1] == "等" and text.startswith(ALL_TITLES, end + 1)
    )


# Administrative suffixes a village's or a street's name takes (蔡桥|村, 潘家园|街道)
_ADMIN_SUFFIXES = ("村", "镇", "乡", "街道", "社区", "嘎查", "苏木")


def heads_a_place(text: str, starts: list[int], name: str, named: Coverage) -> bool:
    """东坡村第一书记…在东坡一住就是一周: a name the text also writes as the head of a place it names
    (the name and an administrative suffix inside one place or unit) is the place's short name."""
    return any(
        text.startswith(_ADMIN_SUFFIXES, s + len(name)) and s in named and s + len(name) in named
        for s in starts
    )


# What opens the predicate of a subject after a modifier's 的: an adverb, a verb, a preposition
_PREDICATE_AFTER_MODIFIER = frozenset({"d", "v", "vd", "p", "ad"})


def modified_subject(doc: Doc, start: int, end: int) -> bool:
    """学医的甲每天…, 东坡村的甲也…, 开小店的甲所住的楼…: a name after the 的 of the phrase
    that describes it, opening the predicate of its clause (an adverb, a verb, 所 + verb, a comma), or
    closing an item of a row with a semicolon.
    The caller asks that jieba tagged the name and that it is no word of the dictionary."""
    text = doc.text
    if text[start - 1 : start] != "的" or end >= len(text) or doc.is_word(text[start : start + 2]):
        return False  # (村里的张贴|栏…: a word of the dictionary opens it, no surname and given name)
    if text[end] in "，,；;" or text[end] == "所" and not text.startswith("所长", end):
        return True  # (…值班巡逻的甲；…喷洒消毒水的乙；: a row of people, each told by what they do)
    kin = text[end + 1 : end + 2] in ("他", "她") or text.startswith(KIN_WORDS, end + 1)
    if text[end] in "和与" and kin:
        return True  # 家住某苑的甲和他儿子…: the person and a kin of theirs
    k = doc.by_start.get(end)
    return k is not None and doc.toks[k].flag in _PREDICATE_AFTER_MODIFIER


def a_headings_verb(doc: Doc, name: str, starts: list[int]) -> bool:
    """群众志愿者|乐|奉献, a heading over a section: a surname that is also a word of manner (乐, 齐, 勤)
    and a verb, closing a line of a few words, read as a title's name. Named once, at a heading's end,
    with a verb for its given name, it is no person (a heading that names someone names her in the
    story too: 王解放 said or did something there)."""
    if len(starts) != 1 or len(name) != 3 or not doc.tag(name[1:]).startswith("v"):
        return False
    end = starts[0] + len(name)
    line_start = max(doc.text.rfind(ch, 0, starts[0]) for ch in "\n。！？!?；; \u3000") + 1
    segment = doc.text[line_start:end]
    after = doc.text[end:].lstrip(" \u3000")[:1]
    closes_line = not after or after == "\n" or (after in "“0123456789" and doc.text[end : end + 1].isspace())
    return closes_line and bool(ends_with_title(segment[: -len(name)])) and is_cjk_run(segment)


def is_cjk_run(segment: str) -> bool:
    return 4 <= len(segment) <= 16 and all("\u4e00" <= ch <= "\u9fff" for ch in segment)


def closes_a_word(doc: Doc, starts: list[int]) -> bool:
    """石家庄市|区|向东行: the surname character closes a common noun with the character before it
    (市区), at every mention: the text goes on with that noun, no name opens there."""
    return bool(starts) and all(
        s > 0 and doc.freq(doc.text[s - 1 : s + 1]) >= 1000 and doc.tag(doc.text[s - 1 : s + 1]) == "n"
        for s in starts
    )
