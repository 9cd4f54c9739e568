"""Roles: the title phrases around a person's name, split at 、, and the units named in them.

党总支书记张磊 → 党总支书记; 蒋文锋, 市司法局警务管理科科长、…临时党支部书记 → both; a role stated once for
a list of names (王松林、唐庆元等市税务局干部) reaches everyone in it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from ..lexicon import TITLE_SET
from .entities import Entity, Occurrence
from .honours import honour_before, honour_glued, honours_after
from .labels import post_before_colon, post_under_label
from .own_words import roles_in_own_words
from .posts_before import counted_items
from .role_frames import (
    HANDED_TO,
    LEADING_JUNK,
    addressed_title,
    bracketed_title,
    called_then_titled,
    caption_title,
    counted_group,
    familiar_roles,
    introduced_role,
    like_this,
    profile_fields,
    reported_capacity,
    this_one_after_a_break,
    titles_before_commas,
)
from .role_rows import and_then_row, chains_of, joined_by_titled_name, titled_row_before
from .role_scope import (
    ALL_TITLES,
    ROLE_GENERIC,
    capacity_before,
    clause_after,
    clause_before,
    ends_with_any_title,
    inside_open_quote,
    is_generic,
    labels_before,
    longest_title_prefix,
    object_of_preposition,
    roles_ahead,
    stated_role,
    without_nickname,
)
from .tokens import LIST_JOINERS, Doc, is_cjk
from .unit_starts import opens_a_community

AGE_BEFORE = re.compile(r"(\d{1,3})\s*岁(?:的)?")
# 甲今年45岁; 甲,男,53岁 / 甲，女，汉族，45岁: a profile's sex (and nationality) fields before the age
AGE_AFTER = re.compile(
    r"^(?:[，,]\s*[男女]\s*[，,、]\s*(?:[\u4e00-\u9fff]{1,4}族\s*[，,、]\s*)?|[，,]?\s*(?:今年|现年|年仅|已经)?)"
    r"(\d{1,3})\s*岁"
)
_AGE_AFTER = AGE_AFTER
_ROLE_AFTER = re.compile(
    r"^(?:[^，,、。；;！？!?\n：:“”我你]{0,6}?|[，,]\s*)(被任命为|任命为|被(?:推选|选举|选|聘|聘任|聘请|推举|委任|选派|评)为|曾担任|担任|曾任|现任|现为|兼任|是|(?<![心联关维体])系|(?<![主责])任(?![务何意性由凭职期免教课劳])|作为|当选为)"
)
# 、儿子乙、丙 before 都是/均为: the rest of a row of names that a statement after it covers
_ROW_SHARING = re.compile(r"(?:、[\u4e00-\u9fff]{2,7}?){1,5}(?=(?:都|均|皆|也都)(?:是|为))")
# 甲的本职工作是…, 甲的另一个身份是…: the person's own job or standing, stated as 是 states a title
_OWN_JOB = re.compile(r"^的(?:本职工作|本职|工作|职业|身份|真实身份|正式身份|另一个身份|另一重身份)是$")
# 张三,东湖社区党支部书记,…: a title phrase set off by commas right after the name.
_CAPTION_TITLE = re.compile(r"[ \u3000]*([\u4e00-\u9fff、]{2,40})[ \u3000]*$", re.M)
# (two posts and their unit run past 20 characters: 甲,某区某村党总支副书记、村委会副主任。)
_APPOSITIVE = re.compile(r"^[，,]([^，,。；;！？!?\n“”:：]{2,32})(?=[，,。；;]|[:：]\s*“)")  # (甲,某馆长:“…”)
_AS_CAPACITY = re.compile(r"^[^，,。；;！？!?\n]{0,8}?以([\u4e00-\u9fff]{2,14}?)的?身份")
_LIST_TAIL = re.compile(r"^等\s*(?:\d+|[一二两三四五六七八九十几数]+)?\s*[余多]?[名位个人]")  # 等10余名
_LIST_TAIL_BARE = re.compile(r"^等(?=[\u4e00-\u9fff])")  # 柯玉芬、许咨成等老党员
# 甲、乙等15位同志前往…: a form of address counted closes the list as 人 does (what follows is the predicate)
_COUNTED_ADDRESS = re.compile("同志|伙伴|朋友")
# 同为党员的甲, 均为志愿者的甲、乙: 为 after an adverb of sharing is the copula, as 是 is
STATED_HEAD = re.compile(
    r"(?:是|身为|作为|(?:同|亦|也|均|皆|都|既|又)为)(?:一名|一位|名|位)?([\u4e00-\u9fff“”]{2,12})$"
)
_ASSIGNED = {"下沉", "驻", "驻村", "派驻", "下派", "挂职", "包村", "包保", "退休", "离休", "在职", "退役"}
_JOINING_WORDS = {"与", "和", "及", "同", "驻", "派驻", "下派", "对口"}
_BREAK_VERBS = set(
    "见到 看到 看见 碰到 遇到 遇见 参加 參加 来到 找到 采访 跟随 发现 图为 图中 是 "
    "联系 通知 询问 陪同 带领 看望 慰问 告诉 协助 配合 跟着 邀请 请来 找来 派出 感谢 采访了 "
    "就是 也是 即是 便是 正是 有 中有 包括".split()
)
_UNIT_HEADS = set("组村队楼栋群")  # one-character units a title follows: 横排组组长, 三队队长, 团购群群主
_NUMBERED_UNIT = re.compile(r"号?(?:楼|栋|幢|单元|院|组)")  # 8|号楼志愿者召集人: the number names the unit
# Generic anywhere else, a role right before the name (村民甲, 小区居民甲, 傣族村民甲, 业主甲).
_STANDINGS = frozenset({"村民", "居民", "业主"})
_LEADING_FLAGS = {"v", "p", "c", "d", "r", "u", "ul", "uj", "uz", "ud", "t", "f", "m"}


def ends_with_title(s: str) -> str:
    """The longest title s ends with, or "".

    >>> ends_with_title("居民区党总支书记"), ends_with_title("居民区")
    ('党总支书记', '')
    """
    return ends_with_any_title(s)


def clean_role(part: str) -> str:
    part = part.strip(" 、")
    if "的" in part:  # (的士, 的哥: a taxi's word, no modifier's 的)
        part = _MODIFIER_DE.split(part)[-1]
    if "着" in part:  # 形势始终牵动着|退役老兵: the verb with its aspect is the clause, the post after it
        part = part.rsplit("着", 1)[1]
    part = AGE_BEFORE.sub("", part)
    part = inside_open_quote(part)
    handed = [m.end() for m in HANDED_TO.finditer(part)]
    if handed and len(ends_with_title(part[handed[-1] :])) >= 2:
        part = part[handed[-1] :]
    if re.search(r"一名|一位", part[1:]):  # 疫情防控一名|网格员: the post is what follows the count
        part = re.split(r"一名|一位", part)[-1]
    while True:
        new = without_nickname(LEADING_JUNK.sub("", part))
        if new == part:
            break
        part = new
    return part


_MODIFIER_DE = re.compile(r"的(?![士哥姐])")
_TITLE_THEN_DE = re.compile(r"[\u4e00-\u9fff]{2,12}的")


def _roles_in(phrase: str, doc: Doc, offset: int) -> list[str]:
    """Title phrases in the text before a name, split at 、 or a space; each must end with a title."""
    roles = []
    parts = re.split(r"、|(?<=[\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff])", phrase)  # 党组书记 局长
    for at_name, part in ((k == len(parts) - 1, p) for k, p in enumerate(parts)):
        head = STATED_HEAD.search(part.rsplit("的", 1)[0]) if "的" in part else None
        if head and ends_with_title(head.group(1)) and not is_generic(head.group(1)):
            roles.append(head.group(1))  # 本职工作是护士的志愿者骨干邵雨晴: 护士 too
        elif at_name and _TITLE_THEN_DE.fullmatch(part) and ends_with_title(part[:-1]):
            title = clean_role(part[:-1])  # ,市政协委员的甲: the clause opens with the title, 的, the name
            roles += [title] if title and _titled(title) and not is_generic(title) else []
            continue
        role = clean_role(part)
        kept = at_name and ends_with_title(role) in _STANDINGS  # 村民甲: a standing right before a name
        if not role or not _titled(role) or (role in ROLE_GENERIC and not kept):
            continue
        # Drop leading verbs/prepositions jieba marks (提到, 看到, 对).
        start_pos = offset + phrase.find(role)
        i = doc.tok_at(start_pos) if start_pos < len(doc.text) else 0
        while (
            i < len(doc.toks)
            and doc.toks[i].end <= start_pos + len(role) - len(ends_with_title(role))  # 值守|员: the title's
            and doc.toks[i].flag in _LEADING_FLAGS
            and doc.toks[i].word not in TITLE_SET
            and doc.toks[i].word not in _ASSIGNED  # 下沉党员, 驻村干部, 退休教师: how posted, or retired
            and role not in ALL_TITLES
            and doc.toks[i].start >= start_pos
            and not _names_a_unit(role[doc.toks[i].end - start_pos :])
            and not (doc.toks[i].flag == "m" and _NUMBERED_UNIT.match(role, doc.toks[i].end - start_pos))
            and not opens_a_community(doc, i)  # ”同福社区…副书记: 同 is the community's first character
        ):
            cut = doc.toks[i].end - start_pos
            role = role[cut:] if cut < len(role) else role
            start_pos = doc.toks[i].end
            i += 1
        role = without_nickname(_after_inner_break(doc, start_pos, role))
        if role and _titled(role) and (kept or not is_generic(role)) and len(role) <= 40:
            roles += [r for r in _split_stacked(role) if r not in roles]
    return roles


def _titled(role: str) -> bool:
    """驻村“第一书记”: a title in quotes ends the phrase as well as a bare one."""
    opening = role.rfind("“")
    if role[-1:] == "”" and opening > 0:  # (a run of quoted honours, “最美邻居”“优秀志愿者”, is labels)
        return role[opening - 1] not in "”’」』" and bool(ends_with_title(role[opening + 1 : -1]))
    return bool(ends_with_title(role))


def _names_a_unit(rest: str) -> bool:
    """横排|组组长: what a leading word is glued to is a unit word before a title (组 + 组长), so the
    word is the unit's name (jieba read 横排 as a verb), not a verb before the title; 看到|组长 is."""
    return rest[:1] in _UNIT_HEADS and rest not in ALL_TITLES and bool(ends_with_title(rest[1:]))


def _split_stacked(role: str) -> list[str]:
    """执勤队带头人老党员 → 执勤队带头人, 老党员: a title followed by a 老 status is two roles;
    村党总支书记兼村委会主任 → both titles."""
    head, _, tail = role.partition("兼")
    if tail and ends_with_title(head) and ends_with_title(tail):
        return [head, tail]
    for p in range(2, len(role) - 2):
        if (
            role[p] == "老"
            and role[p:] in ALL_TITLES
            and ends_with_title(role[:p])
            and not is_generic(role[:p])
        ):
            return [role[:p], role[p:]]
    return [role]


def _after_inner_break(doc: Doc, start: int, role: str) -> str:
    """三义社区向社区干部 → 社区干部, 图为回族志愿者 → 回族志愿者: a preposition or a verb of seeing or
    joining inside the phrase ends what came before it (驻, 下派, 派驻 belong to the title and stay)."""
    end, cut = start + len(role), 0
    i = doc.tok_at(start)
    while i < len(doc.toks) and doc.toks[i].end < end:
        tok = doc.toks[i]
        breaks = (tok.flag == "p" and tok.word not in _JOINING_WORDS) or tok.word in _BREAK_VERBS
        if tok.start >= start and breaks and len(ends_with_title(doc.text[tok.end : end])) >= 2:
            cut = tok.end - start
        i += 1
    return role[cut:].lstrip("了着过")


def _role_after(doc: Doc, end: int) -> list[str]:
    """任/担任/是 … after a name: the title phrase of that clause (张三担任社区党委书记), or the label
    it states (柯蓝溪是统筹的“管家”); 以…身份 gives a capacity (韦立冬以党员志愿者身份…); a title in
    brackets right after the name (曹波(镇副书记)) is the person's."""
    bracketed = bracketed_title(doc.text, end)
    if bracketed:
        return [r for r in bracketed.split("、") if r]
    addressed = addressed_title(doc.text, end)
    if addressed:
        return [addressed]  # 卢国强书记带领大家: the title the story addresses the person by
    capacity = _AS_CAPACITY.match(doc.text[end : end + 30])
    if capacity and ends_with_title(capacity.group(1)):
        return [clean_role(capacity.group(1))]
    if post := post_under_label(doc.text, end):
        return [post]  # 次央 / 东坡社区党支部书记: a broadcast's caption, name over post
    caption = _CAPTION_TITLE.match(doc.text, end)
    posts = caption.group(1).split("、") if caption else []  # 马映红黄冈市…村党支部书记, 甲 某职、主任
    titled = bool(posts) and all(map(ends_with_title, posts)) and not is_generic(posts[0])
    if titled and caption_title(doc, caption.start(1), posts[0]):
        return posts  # (a caption: the name, then its title or titles, alone on the line)
    appositive = _APPOSITIVE.match(doc.text[end : end + 40])
    if appositive:
        role = clean_role(appositive.group(1))
        if ends_with_title(role) and not is_generic(role):
            parts = [p for p in role.split("、") if ends_with_title(p) and not is_generic(p)]
            if len(parts) > 1:
                return parts  # 甲,东坡社区居委会主任、网格长。
            return _split_stacked(role)  # 甲,东坡村党总支书记兼村委会主任,…: two roles
    shared = _ROW_SHARING.match(doc.text, end)  # 父亲甲、儿子乙都是党员: the row's names share it
    end = shared.end() if shared else end
    role_after = _ROLE_AFTER.match(doc.text[end : end + 60])
    if not role_after or "的" in role_after.group(0) and not _OWN_JOB.match(role_after.group(0)):
        return []  # 潘晓喆所带领的是居民…: what the person leads is the subject, not the person
    rest = clause_after(doc.text, end + role_after.end())
    stated = stated_role(rest)
    if stated:
        return stated
    best = clean_role(longest_title_prefix(rest))  # stated with 是/任, even 员工 or 居民 is a role
    if best and object_of_preposition(rest, best):
        return []  # 已三回给网格员送饭: the title after a preposition is its object's
    return [best] if best and len(best) <= 40 else []


def _with_title_before_space(doc: Doc, pos: int, phrase: str) -> str:
    """党组书记 局长韦立冬: two titles printed with a space between them are one phrase; so are the
    posts a transcript prints before its speaker (社区党委书记 居委会主任 甲:), each a space apart."""
    start = pos - len(phrase)
    speaker = not phrase and any(c in doc.text[pos : pos + 5] for c in ":：")
    for _ in range(3 if speaker else 1):
        if not (start >= 2 and doc.text[start - 1] in " \u3000" and is_cjk(doc.text[start - 2])):
            break
        earlier = clause_before(doc.text, start - 1)
        if not ends_with_title(earlier):
            break
        start -= 1 + len(earlier)
    return doc.text[start:pos]


def attach_roles(doc: Doc, people: dict[str, Entity]) -> None:
    text = doc.text
    mentions = sorted((m for e in people.values() for m in e.mentions), key=lambda m: m.start)
    ends = sorted(m.end for m in mentions)
    starts = [m.start for m in mentions]
    previous: list[Occurrence] = []
    chains_done: list[list[Occurrence]] = []
    for chain in chains_of(text, mentions):
        first = chain[0]
        before = clause_before(text, first.start)
        own: dict[int, list[str]] = {}
        group_title: list[str] = []  # 东坡社区的网格员们,甲、乙: a title introducing the whole list
        for m in chain:
            phrase = _with_title_before_space(doc, m.start, clause_before(text, m.start))
            # Only what stands after an earlier name in the same clause (护士长向璇和人事干事王雅萍).
            k = bisect_left(ends, m.start)
            if k > 0 and ends[k - 1] >= m.start - len(phrase):
                # 甲主委及支部党员乙: the title addressing the earlier name is that name's, not this one's
                skip = len(addressed_title(text, ends[k - 1]))
                phrase = text[ends[k - 1] + skip : m.start].lstrip("".join(LIST_JOINERS))
            own[m.start] = _roles_in(phrase, doc, m.start - len(phrase))
            labels = labels_before(phrase, text[m.end : m.end + 4])
            if not phrase:  # 作为一名基层民警,王海峰… / 村支书：甲 (a roster's post, a colon, its holder)
                labels += [capacity_before(text, m.start), post_before_colon(text, m.start)]
            own[m.start] += [r for r in labels if r and not any(r in o for o in own[m.start])]
            framed = [introduced_role(doc, m.start)] if m is first else []
            if len(chain) > 1:
                group_title += [r for r in framed if r]
            if m is first and own[m.start] and phrase and m.start - len(phrase) == first.start - len(before):
                framed += titles_before_commas(doc, m.start - len(phrase))
            profile, profile_age = profile_fields(text, m.end)
            profile += [like_this(text, m.start, m.end)]
            own[m.start] += [r for r in framed + profile if r and r not in own[m.start]]
            # “抗疫先锋”甲 (not the quoted title inside a phrase already taken: 驻村“第一书记”)
            honours = [honour_before(text, m.start, m.end) or honour_glued(text, m.start)]
            honours += honours_after(text, m.end)
            own[m.start] += [h for h in honours if h and not any(h in r for r in own[m.start])]
            m.age = profile_age if profile_age is not None else m.age
            for age in AGE_BEFORE.finditer(phrase):
                rest = phrase[age.end() :]
                if 0 < int(age.group(1)) < 120 and (not rest or (ends_with_title(rest) and "的" not in rest)):
                    m.age = int(age.group(1))
            after = _AGE_AFTER.match(text[m.end : m.end + 10])
            if after and 0 < int(after.group(1)) < 120:
                m.age = int(after.group(1))
        last = chain[-1]
        shared: list[str] = []
        k = bisect_left(starts, last.end)
        stop = starts[k] if k < len(starts) else len(text)
        stated = _role_after(doc, last.end) + called_then_titled(text, last.start, last.end)
        if previous and joined_by_titled_name(text, previous[-1].end, first.start):
            for m in previous:  # 护士长向璇和人事干事王雅萍是预备党员: both are
                m.roles += [r for r in stated if r not in m.roles]
        stated += roles_ahead(text, last.end, stop) + this_one_after_a_break(text, last.end, stop)
        stated += counted_items(text[last.end : stop], stated)  # 是一名党员,一名退役军人
        for best in (r for s in stated for r in _split_stacked(s)):
            if best not in own.setdefault(last.start, []):
                own[last.start].append(best)
                if len(chain) > 1:
                    shared.append(best)
        list_tail = _LIST_TAIL.match(text[last.end : last.end + 60])
        bare = _LIST_TAIL_BARE.match(text[last.end : last.end + 60]) if not list_tail else None
        tail: list[str] = []  # the list's role after 等
        if bare:  # the title right after 等 is the list's role
            title = next((t for t in ALL_TITLES if text.startswith(t, last.end + 1)), "")
            if title and title not in ROLE_GENERIC:
                tail.append(title)
        counted = last.end + list_tail.end() if list_tail else 0
        if list_tail and not list_tail.group().endswith("人") and not _COUNTED_ADDRESS.match(text, counted):
            # 等5名老党员和4名年轻党员志愿者: the first title phrase after the list is its role (not after
            # 等人 or 等3人, which close the list: what follows is the predicate, 正在对过往居民…)
            rest = doc.clause_after(last.end + list_tail.end())
            title_ends = [rest.find(t) + len(t) for t in ALL_TITLES if t in rest]
            if title_ends:
                end = min(title_ends)
                while more := max((len(t) for t in ALL_TITLES if rest.startswith(t, end)), default=0):
                    end += more  # 教师|志愿者: titles run on into one phrase
                role = clean_role(rest[:end])
                if role and (role not in ROLE_GENERIC or role in _STANDINGS):  # 甲、乙等数十位村民
                    tail.append(role)
        shared += [r for r in tail if r not in shared]
        shared += [r for r in counted_group(text, chain) + group_title if r not in shared]
        chain_roles = own.get(first.start, []) if len(chain) > 1 and not and_then_row(text, chain) else []
        for m in chain:
            roles = list(own.get(m.start, []))
            if not roles and chain_roles and before:
                roles = list(chain_roles)
            roles += [r for r in shared if r not in roles]
            m.roles = roles
        for m in titled_row_before(text, chains_done, first.start) if tail else []:
            m.roles += [r for r in tail if r not in m.roles]  # 甲、党员代表乙、丙等9名教师: 甲 too
        chains_done.append(chain)
        previous = chain
    spoken = roles_in_own_words(text, [(m.start, m.end) for m in mentions])
    for m in mentions:
        m.roles += [r for r in spoken.get((m.start, m.end), []) if r not in m.roles]
        reported = reported_capacity(text, m.end)  # 甲表示，作为一名党员，…
        m.roles += [reported] if reported and reported not in m.roles else []
    surnames = Counter(name[0] for name in people)
    for name, person in people.items():
        if person.mentions:
            last = person.mentions[-1]
            last.roles += [r for r in familiar_roles(text, name, surnames, starts) if r not in last.roles]
