"""Where a person's roles are stated beyond the title glued to the name.

Three shapes of the genre that the title before a name does not cover:

- quoted labels: “最美邻居”“优秀志愿者”钱立芬, 作为“大管家”的社区书记…, 化身“团长” (after a
  predicate, only a label naming a post: not 被称为“铁娘子”);
- a title phrase that runs through a quoted group name: “红马甲”巡逻队队长张三 (quotes do not end it);
- roles stated after the name, in the rest of its sentence or in later sentences about 他/她/这位
  before anyone else is named: 张三是一名党员也是退役军人……还成了服务队的队长; 她……并成为志愿者服务队
  的队长; 这位“90后”社区书记…; a later sentence opening with 作为一名…;
- a subjectless capacity clause right before the name: 作为一名基层民警,王海峰…

Which statuses count as roles (大学生, 民兵, 退役军人) and which person nouns stay generic (居民, 市民)
is decided here too (`ALL_TITLES`, `ROLE_GENERIC`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import GENERIC_PERSON_NOUNS, KIN_WORDS, SPEECH_VERBS, TITLES_BY_LENGTH
from .status_titles import EXTRA_TITLES
from .tokens import CLAUSE_BREAK, is_cjk, word_tag

# Person nouns of lexicon.GENERIC_PERSON_NOUNS that are a status, hence a role, when the text gives
# them to a named person (大学生邹雨桐); 居民/市民/老人 before a name stay generic.
STATUS_NOUNS = frozenset({"学生", "大学生", "员工", "职工"})
ROLE_GENERIC = (frozenset(GENERIC_PERSON_NOUNS) | {"领导", "群众"}) - STATUS_NOUNS
ALL_TITLES = tuple(sorted(set(TITLES_BY_LENGTH) | set(EXTRA_TITLES), key=lambda t: (-len(t), t)))
# Titles the genre coins from a duty and an agent suffix, beyond any list: 值守员, 测温员, 劝导员 (a
# verb or noun of two characters + 员), 联防长 (a verb + 长). The duty must be a word of jieba's stock
# dictionary with one of these tags; 人员 is left to the list (返乡人员 is a category, not a post).
_AGENT_SUFFIXES = {"员": frozenset({"v", "vn", "n", "nz"}), "长": frozenset({"v", "vn"})}

_OPEN, _CLOSE = "“‘「『", "”’」』"
_LABEL_MAX = 8  # a nickname or honour in quotes is short: 门神, 大家长, 中国好人, 最美逆行者
_LABEL = rf"[“‘「『]([^“”‘’「」『』，,。；;！？!?：:\s]{{1,{_LABEL_MAX}}})[”’」』]"
_LABELS_AT_END = re.compile(rf"(?:{_LABEL})+$")
_ONE_LABEL = re.compile(_LABEL)
# 作为“大管家”的社区书记: a label given in a capacity phrase before the title.
# (被居民称为“守门人”的保安: who gives the name may stand between 被 and 称为.)
_CAPACITY_LABEL = re.compile(
    rf"(?:作为|身为|被[\u4e00-\u9fff]{{0,8}}?(?:亲切地|亲切)?(?:称|誉)为|人称|号称)(?:{_LABEL})+的"
)
# A label must read as a noun: speech fragments end in particles or exclamations (“好的”, “来了”).
_NOT_LABEL_END = set("了吗呢吧啊呀哦哈嘛")
_UNIT_WORDS = ("小区", "社区", "村", "街道", "家园", "楼", "院", "站", "点", "队", "组", "群", "城", "镇")
# Verbs that give the subject a role stated after them (the role follows, possibly quoted).
_PREDICATE = re.compile(
    r"(?:作为一名|作为一位|身为一名|(?:^|(?<=[，,他她]))\s*(?:作为|身为)|(?<=[他她，,])是|既是|也是|还是|又是|更是|同时是|同时也是|同时还是|就是|(?<![完形组促达造构变])成(?:为了?|了)|当上了?|当起了?|当选为?|"
    r"(?<!承)担任|兼任|现任|现为|(?:现在|目前|如今)是|"
    r"做起了?|干起了?|化身为?|化身成|变身为?|变身成|充当起?了?|担当起?了?|扮演起?了?|(?<![逆扭好])转为|转身成为|"
    r"被(?:人|大家|居民|村民|群众|同事|网友|邻居)?们?(?:亲切地|亲切|戏)?(?:称|誉|叫)(?:为|作|做)?|"
    # 被业主称为, 被村里的孩子们称作: whoever gives the name, when 为/作/做 follows the verb of naming
    r"被[\u4e00-\u9fff]{1,8}?(?:亲切地|亲切|戏)?(?:称|誉)(?:为|作|做)|"
    # 被推选为, 被聘为, 被任命为: chosen or appointed to a post
    r"被(?:[\u4e00-\u9fff]{1,6}?)?(?:推选|选举|选|聘|聘任|聘请|推举|委任|选派|任命)为|"
    r"人称|号称|人送外号|外号)"
)
# 作为一名基层民警,王海峰…; 和儿子一起做志愿者,甄聪…: a clause without a subject before the name.
_CAPACITY_OPENING = re.compile(
    r"^(?:(?:但是?|而|可|却|同时|并且|更|也|还|又)?(?:作为|身为)|(?:(?:和|与|跟|同)[\u4e00-\u9fff]{1,6}一起)?(?:做|当)(?:起了?|上了?|了)?)(?:一名|一位|一个|名|位)?"
)
_MANNER = re.compile("耐心|认真|细心|仔细|逐一|一一|不停地?|反复")
# (个 and 名 open titles too: 一名|个体户, 名誉会长)
_QUANTIFIER = re.compile(r"^(?:了|上了|起了|一名|一位|一个|名(?!誉)|位|个(?!体)|众多|许多|很多|诸多|广大)+")
# 加入(到)志愿者队伍/行列: joining the ranks of a kind of person gives its title (队伍, 行列 and 大军
# are words for people of one kind; a named team, 突击队, is a unit, not a title).
_JOINS_RANKS = re.compile(r"加入(?:了|到)?(?:了)?([\u4e00-\u9fff“”]{2,24}?)的?(?:队伍|行列|大军|团队)")
# 以楼栋长的身份, 以党员志愿者身份: the capacity in which the subject acts
_IN_CAPACITY = re.compile(r"以(?:一名|一位)?([\u4e00-\u9fff“”]{2,14}?)的?身份")
# Glosses inside words: a converter's pinyin (社區(qū)), a unit's other name (志愿者（义工）中心), not (左)
_GLOSS_BEFORE = re.compile(r"(?<=[一-鿿])(?:\([a-zà-ǜ]{1,7}\)|[(（](?![左右中前后])[一-鿿]{1,4}[)）])$")
_GLOSS_AFTER = re.compile(r"\([a-z\u00e0-\u01dc]{1,7}\)")
_INNER_COUNT = re.compile(r"一名|一位")  # 县医院一名医务人员: the title is what follows the count
# 自己当志愿者, 当了十年网格员: a span of years may stand between 当 and the title
_BARE_DANG = re.compile(
    r"(?:(?<![相应适充担])当|(?<![叫称])做|干)(?:上|起)?(?:了)?(?:[\d一二三四五六七八九十两几多]+年(?:的)?)?(?:一名|一位|名|位)?"
)
# 当天, 当时, 当地, 当即, 当成 …: words that open with 当 and no post after them
_DANG_WORDS = set("天时地即前晚日年月场然初中下成作做面家心真事街众选")
_UNIT_POST = re.compile(r"[\u4e00-\u9fff]{2,12}")
_BARS = "|｜—"  # a column's bar (战疫一线｜社区书记甲) and a dash (——记社区书记甲) end a clause too
_GLUED_POSTS = {"长", "员"}  # “微网格”长, “红管家”员: the suffix of a post glued to a quoted unit
_SENTENCE_END = "。！？!?；;\n"
_GLUED_AFTER = ("班子成员", "干部", "成员")  # the members of a body a title names (两委|干部)
_PRONOUN = re.compile(r"[他她](?!们)|这位|该名")
_CAPACITY_OF_PRONOUN = re.compile(r"(?:作为|身为)(?:一名|一位)?([\u4e00-\u9fff“”]{2,16}?)的[他她](?!们)")


def _opening_quote(text: str, close: int, floor: int) -> int:
    """Index of the opening quote matching the closing quote at `close`, or -1 when the quoted
    stretch is long or holds clause punctuation (then it is speech, not a name or label)."""
    j = close - 1
    while j >= max(floor, close - _LABEL_MAX - 6):
        ch = text[j]
        if ch in _OPEN:
            return j if j < close - 1 else -1
        if ch in CLAUSE_BREAK:
            return -1
        j -= 1
    return -1


def clause_before(text: str, pos: int, limit: int = 200) -> str:
    """The clause ending at pos; short quoted stretches (“盛京义勇”执勤队) and pinyin glosses a converter
    left after a character (和平區(qū)居民) do not end it."""
    start, floor = pos, max(0, pos - limit)
    while start > floor:
        ch = text[start - 1]
        if ch in ")）":
            gloss = _GLOSS_BEFORE.search(text, max(floor, start - 12), start)
            if gloss and (gloss.group(0)[1] < "\u4e00" or start < pos):  # (a bracket inside, not last)
                start = gloss.start()
                continue
        if ch in _CLOSE:
            opening = _opening_quote(text, start - 1, floor)
            if opening < 0:
                break
            start = opening
            continue
        if ch in CLAUSE_BREAK or ch in _BARS:
            break
        start -= 1
    if text[start - 1 : start] == "—" and text[start : start + 1] == "记" and pos - start > 3:
        start += 1  # ——记东坡社区党委书记甲: a portrait's 记 opens the subtitle, not the post
    return text[start:pos]


def clause_after(text: str, pos: int, limit: int = 200) -> str:
    """The clause starting at pos; short quoted stretches (小区“巡逻队”的队员) and a converter's pinyin
    glosses (聯(lián)社) do not end it."""
    end, ceiling = pos, min(len(text), pos + limit)
    while end < ceiling:
        ch = text[end]
        if ch == "(" and end > pos and "\u4e00" <= text[end - 1] <= "\u9fff":
            gloss = _GLOSS_AFTER.match(text, end)
            if gloss and gloss.end() <= ceiling:
                end = gloss.end()  # 聯(lián)社: a converter's gloss does not end the clause
                continue
        if ch in _OPEN:
            m = _ONE_LABEL.match(text, end)
            if m is None or m.end() > ceiling:
                break
            end = m.end()
            continue
        if ch in CLAUSE_BREAK or ch in _BARS:
            break
        end += 1
    return text[pos:end]


_ALL_TITLE_SET = frozenset(ALL_TITLES)
_ALL_TITLE_LENGTHS = sorted({len(t) for t in ALL_TITLES}, reverse=True)
_TITLE_LAST_CHARS = frozenset(t[-1] for t in ALL_TITLES)


@lru_cache(maxsize=8192)
def closes_a_title(text: str, pos: int) -> bool:
    """The character at pos ends a title of two or more characters written before it (心理咨询|师邵海,
    主管护|师韦琳: 师 is a surname, but here the title's; the name starts after it).

    >>> closes_a_title("心理咨询师邵海", 4), closes_a_title("老师邵海", 2)
    (True, False)
    """
    return len(ends_with_any_title(text[max(0, pos - 8) : pos + 1])) >= 2


def ends_with_any_title(s: str) -> str:
    """The first of ALL_TITLES that s ends with, or a title coined on a duty (值守员, 联防长), or "":
    two titles of one length cannot both end s, so one set lookup per length (longest first) finds it.

    >>> ends_with_any_title("检查点值守员"), ends_with_any_title("该组联防长"), ends_with_any_title("全员")
    ('值守员', '联防长', '')
    """
    if s.endswith(_NO_TITLE_ENDS):
        return ""
    if s[-1:] not in _TITLE_LAST_CHARS:  # (most strings asked end in no title's character)
        return agent_title(s)
    for n in _ALL_TITLE_LENGTHS:
        if len(s) >= n and s[-n:] in _ALL_TITLE_SET:
            return s[-n:]
    return agent_title(s)


# Words that end with a title and hold none: 街道|长楼林立 (a long street's buildings, no 道长)
_NO_TITLE_ENDS = ("街道长",)


def agent_title(s: str) -> str:
    """The title s ends with when it is a duty and an agent suffix (测温员, 联防长), or ""."""
    tags = _AGENT_SUFFIXES.get(s[-1:])
    if tags is None or len(s) < 3:
        return ""
    duty = s[-3:-1]
    if duty[-1] == "人" or not is_cjk(duty):
        return ""  # 人员 (工作人员) is a title only from the list
    if word_tag(duty) in tags or _coined_duty(s, duty):
        return s[-3:]
    return ""


def _coined_duty(s: str, duty: str) -> bool:
    """守卡|员, 扫码|员: a duty jieba does not know, a verb and its object (卡, a checkpoint), that no
    word before it opens (广|泛动员 is no 泛动员)."""
    return (
        s[-1] == "员"
        and word_tag(duty) == ""
        and word_tag(duty[0]) == "v"
        and word_tag(duty[1]) == "n"
        and (len(s) < 4 or word_tag(s[-4:-2]) == "")
    )


def capacity_before(text: str, start: int) -> str:
    """作为一名基层民警,王海峰…: the title of a capacity clause that opens the name's sentence."""
    # (the clause must begin with 作为/身为/做/当 or 和…一起: 大家都在做志愿者 has a subject of its own)
    start = _row_start(text, start)  # 作为包组干部,甲、乙、丙…: the clause reaches each name of the row
    if start < 2 or text[start - 1] not in "，,":
        return ""
    prev = clause_before(text, start - 1)
    m = _CAPACITY_OPENING.match(prev)
    if not m or not ends_with_any_title(prev):
        return ""
    role = prev[m.end() :]
    if "的" in role:
        role = role.rsplit("的", 1)[1]
    return role if 1 < len(role) <= 20 and role not in ROLE_GENERIC else ""


def _row_start(text: str, start: int) -> int:
    """Where the row of names (甲、乙、丙: two to four characters each, joined by 、) that the name at
    `start` goes on begins; `start` when no such row stands before it."""
    at = start
    while at >= 3 and text[at - 1] == "、":
        item = next(
            (
                at - 1 - n
                for n in (2, 3, 4)
                if at - 2 - n >= 0 and text[at - 2 - n] in "、，," and is_cjk(text[at - 1 - n : at - 1])
            ),
            None,
        )
        if item is None:
            return start
        at = item
    return at


def _is_label(label: str) -> bool:
    """A nickname reads as a noun for a person: not a particle-ended quotation (“来了”), a number,
    or the name of a place or unit (“无疫小区”)."""
    return (
        bool(label)
        and label[-1] not in _NOT_LABEL_END
        and not label.isdigit()
        and not label.endswith(_UNIT_WORDS)
    )


def _names_a_post(label: str) -> bool:
    """A quoted label a predicate gives the subject is a role when its head is a post (化身“应急队长”,
    当起了“红色楼长”, 做起“跑腿员”, 是“胡同长”); a figure of praise (是“联络兵”, 成了社区的“顶梁柱”,
    被称为“铁娘子”) describes the person and holds no post."""
    return bool(ends_with_any_title(label)) or quoted_head(label)


# 成长, 增长, 特长, 很长: 长 after these is no head of anything
_NOT_A_CHARGE = frozenset("成增延擅特专很较生助滋拉伸漫冗悠修细狭见")


def quoted_head(label: str) -> bool:
    """“胡同长”, “巷长”, “院落长”: in quotes, 长 after a stretch of ground or a group names the one put
    in charge of it, a post coined for the duty (a dictionary knows few of them).

    >>> quoted_head("胡同长"), quoted_head("院落长"), quoted_head("成长"), quoted_head("很长")
    (True, True, False, False)
    """
    return (
        2 <= len(label) <= 4
        and label[-1] == "长"
        and is_cjk(label)
        and label[-2] not in _NOT_A_CHARGE
        and word_tag(label[:-1]) not in ("v", "vn", "a", "ad", "d", "m", "q", "p", "c", "r", "f")
    )


def labels_before(phrase: str, name_end_text: str) -> list[str]:
    """Quoted labels glued to the name (“最美邻居”“优秀志愿者”钱立芬) or given in a capacity phrase
    (作为“大管家”的社区书记). `name_end_text` is what follows the name: a label before someone who
    speaks (“好的”张三说) is a quotation, not a label."""
    out: list[str] = []
    for m in _CAPACITY_LABEL.finditer(phrase):
        out += [lab for lab in _ONE_LABEL.findall(m.group(0)) if _is_label(lab)]
    tail = _LABELS_AT_END.search(phrase)
    if tail and not name_end_text.startswith(SPEECH_VERBS):
        out += [lab for lab in _ONE_LABEL.findall(tail.group(0)) if _is_label(lab) and _ends_in_noun(lab)]
    return list(dict.fromkeys(out))


def _ends_in_noun(label: str) -> bool:
    """“门神”, “大家长”, “红管家” end in a noun; a slogan or a cry (“加油”, “防疫不松懈”) ends in a
    verb or an adjective: glued before a name, only a noun is a nickname."""
    if label.endswith(KIN_WORDS):
        return True  # “最美邻居” (jieba's dictionary tags 邻居 a verb)
    for n in (4, 3, 2):
        tag = word_tag(label[-n:]) if len(label) >= n else ""
        if tag:
            return tag.startswith("n") or bool(ends_with_any_title(label))
    return bool(ends_with_any_title(label)) or word_tag(label[-1:]).startswith("n")


def longest_title_prefix(rest: str) -> str:
    """The longest start of `rest` that ends with a title (河西县医院一名医务人员|。), or ""."""
    best = ""
    for t in ALL_TITLES:
        idx = rest.rfind(t)
        if idx >= 0 and idx + len(t) > len(best):
            best = rest[: idx + len(t)]
    for end in range(len(rest), max(len(best), 2), -1):
        if agent_title(rest[:end]):
            return rest[:end]  # 担任该组联防长
    return best


def inside_open_quote(part: str) -> str:
    """是某社区“中心户长”之一: a post in quotes the phrase opens but does not close is the quoted word."""
    for opening, closing in ("“”", "「」"):
        if part.count(opening) > part.count(closing):
            part = part.rsplit(opening, 1)[1]
    return part


# “笔杆子”某市某协会理事: a nickname in quotes, then the body named from its place
NICKNAME_BEFORE_A_PLACE = re.compile(r"^[“「][^”」]{1,8}[”」](?=[\u4e00-\u9fff]{1,6}?[省市县区])")


def without_nickname(role: str) -> str:
    """The post without the nickname in quotes before the body it names (“笔杆子”某市某协会理事)."""
    return NICKNAME_BEFORE_A_PLACE.sub("", role)


def _title_phrase(rest: str) -> str:
    """The longest stretch of `rest` that ends with a title, the part after its last 的 and after a
    count inside it (服务队的队长 → 队长, 一名党员 → 党员, 县医院一名医务人员 → 医务人员); empty when none."""
    best = longest_title_prefix(rest)
    if "的" in best:
        best = best.rsplit("的", 1)[1]
    best = _INNER_COUNT.split(best)[-1]
    best = inside_open_quote(_QUANTIFIER.sub("", best))
    return best if 1 < len(best) <= 30 and best not in ROLE_GENERIC else ""


def shortest_title_phrase(rest: str) -> str:
    """The shortest start of `rest` that ends with a title (这位|“90后”社区书记|就和…)."""
    for end in range(2, min(len(rest), 14) + 1):
        title = ends_with_any_title(rest[:end])
        if title and (
            end == len(rest) or not ends_with_any_title(rest[: end + 1]).endswith(title + rest[end])
        ):
            while more := next((t for t in ALL_TITLES if rest.startswith(t, end)), ""):
                end += len(more)  # 党员|老师, 教师|志愿者: titles run on into one phrase
            phrase = rest[:end]
            glued = next((t for t in _GLUED_AFTER if rest.startswith(t, end)), "")
            phrase, end = phrase + glued, end + len(glued)  # 村两委|干部: one post
            if rest[end : end + 1] == "兼" and (more := shortest_title_phrase(rest[end + 1 :])):
                phrase += "兼" + more  # 这位社区书记兼居委会主任: both posts (split by the caller)
            return "" if "的" in phrase or phrase in ROLE_GENERIC else phrase
    return ""


def stated_role(rest: str) -> list[str]:
    """The role a predicate states: quoted labels right after it that name a post (化身“团长”, 做起
    “跑腿员”和“记账员”; not a figure of praise: 是“联络兵”), or the title phrase of its clause, cut
    where the next predicate begins (是一名党员也是退役军人)."""
    rest = _QUANTIFIER.sub("", rest)
    labels = re.match(rf"(?:{_LABEL}(?:[和与、及]|以及)?)+", rest)
    if labels and labels.end() < len(rest):
        tail = rest[labels.end() :]  # 是“微网格”长: a quoted unit and the post's suffix glued to it
        glued = len(tail) <= 3 and (tail in _GLUED_POSTS or ends_with_any_title(tail) == tail)
        return [rest[: labels.end() + len(tail)]] if glued and _ONE_LABEL.fullmatch(labels.group(0)) else []
        # (是“小蜜蜂”中的一员: the quotes name a group the person is in, not the person)
    if labels:
        return [lab for lab in _ONE_LABEL.findall(labels.group(0)) if _is_label(lab) and _names_a_post(lab)]
    nxt = _PREDICATE.search(rest)
    clause = rest[: nxt.start()] if nxt else rest
    clause = _MANNER.split(clause, 1)[0]  # 化身知心大姐|耐心指导志愿者…: what the person does, no post
    if clause.endswith(("的", "地")):
        return []
    label = re.search(rf"的{_LABEL}$", clause)  # 统筹的“管家”
    if label and _is_label(label.group(1)) and _names_a_post(label.group(1)):
        return [label.group(1)]
    role = _title_phrase(clause)
    if role and object_of_preposition(clause, role):
        return []  # 已三回给网格员送饭: the title after a preposition is its object's
    return [role] if role else []


def object_of_preposition(clause: str, role: str) -> bool:
    """Whether the title of `role` in `clause` is the object of 向/给/替/为 (三回给网格员送饭, 要为居民服务),
    in the stretch after the clause's last 的 before the title.

    >>> object_of_preposition("三回给网格员送饭", "三回给网格员")
    True
    """
    at = clause.find(role)
    stretch = clause[: at + len(role) - len(ends_with_any_title(role))] if at >= 0 else ""
    return bool(re.search("[向给替]|(?<![作成身称选聘命认评誉])为", stretch.rsplit("的", 1)[-1]))


def roles_ahead(text: str, end: int, stop: int) -> list[str]:
    """Roles stated after a name: in the rest of its sentence, then in the sentences of the same
    paragraph whose subject is 他/她, up to `stop` (where someone else is named)."""
    scope = text[end:stop]
    if "\n" in scope:
        scope = scope[: scope.index("\n")]
    out: list[str] = []
    sentences = re.split(rf"(?<=[{_SENTENCE_END}])", scope)
    reported = scope.startswith(SPEECH_VERBS)  # 张三说,他们小区成了…: what follows is someone's speech
    for k, sentence in enumerate(sentences):
        if k == 0 and scope.startswith("的"):
            continue  # 在张三的带领下: the name is no subject of its own sentence
        opens_with_capacity = sentence.lstrip().startswith(("作为", "身为"))  # 作为一名退伍军人,应该…
        if k > 0 and opens_with_capacity and not sentence.rstrip().endswith(tuple(_SENTENCE_END)):
            break  # 作为楼栋长,…邵雨晴都要…: someone else named in that sentence is its subject
        if k == 0 and not reported:  # 记者见到甲时,这位网格员正在登记: 这位 after a comma is the name
            back = re.search(r"[，,](?:这位|该名)", sentence)
            role = shortest_title_phrase(clause_after(sentence, back.end())) if back else ""
            out += [role] if role and role not in out else []
        of_pronoun = _CAPACITY_OF_PRONOUN.search(sentence) if k > 0 else None  # 作为第一书记的他
        role = _title_phrase(of_pronoun.group(1)) if of_pronoun else ""
        out += [role] if role and role not in out else []
        if (k > 0 or reported) and not opens_with_capacity:
            pronoun = _PRONOUN.search(sentence)
            if pronoun is None:
                break
            sentence = sentence[pronoun.end() - (len(pronoun.group(0)) == 1) :]  # 他|是: 他 stays
            if pronoun.group(0) in ("这位", "该名"):  # 这位“90后”社区书记: the person named before
                role = shortest_title_phrase(clause_after(sentence, 0))
                out += [role] if role and role not in out else []
        for m in _PREDICATE.finditer(sentence):
            if m.group(0) in ("就是", "还是") and sentence[m.end() : m.end() + 1] not in ("一", "“"):
                continue  # 还是要…, 就是说: an adverb, not a predicate
            clause = clause_after(sentence, m.end())
            if k == len(sentences) - 1 and m.end() + len(clause) == len(sentence) and stop < len(text):
                continue  # 甲来了,现任东坡村党支部书记乙说: the title runs into the next name, it is his
            out += [r for r in stated_role(clause) if r not in out]
        for m in _IN_CAPACITY.finditer(sentence):  # 甲、乙等7人主动请缨,以楼栋长的身份…
            role = m.group(1)
            if ends_with_any_title(role) and not is_generic(role) and role not in out:
                out.append(role)
        for m in _JOINS_RANKS.finditer(sentence):  # 加入志愿者队伍: the person is one of them now
            role = m.group(1)
            if ends_with_any_title(role) and role not in ROLE_GENERIC and role not in out:
                out.append(role)
        for m in _BARE_DANG.finditer(sentence):
            after = sentence[m.end() :]
            title = next((t for t in ALL_TITLES if after.startswith(t)), "")
            if not title and m.group(0)[:1] == "当" and (m.group(0) != "当" or after[:1] not in _DANG_WORDS):
                title = _unit_post(after)  # 被派驻东坡村当驻村第一书记: a unit's post after 当
            if title and title not in ROLE_GENERIC and title not in out:
                out.append(title)
    return out


def _unit_post(after: str) -> str:
    """东坡村驻村第一书记 at the start of `after`: the shortest run of characters that ends with a
    title, a unit's name and its post with no clause, 的 or verb of jieba's inside, or "".

    >>> _unit_post("驻村第一书记的第五年"), _unit_post("大家的主心骨")
    ('驻村第一书记', '')
    """
    run = _UNIT_POST.match(after)
    phrase = shortest_title_phrase(run.group(0)) if run else ""
    if not phrase or len(phrase) > 10 or word_tag(phrase[:2]) in ("v", "d", "p", "r", "c"):
        return ""
    return phrase


_PLAIN_ADJECTIVES = {"", "普通", "一般", "当地", "本地", "附近", "广大", "热心", "一名", "一位"}


def is_generic(role: str) -> bool:
    """居民, 普通市民, 当地村民: a generic person noun, bare or with a plain adjective, is no role."""
    title = ends_with_any_title(role)
    return title in ROLE_GENERIC and role[: -len(title)] in _PLAIN_ADJECTIVES
