"""A post stated before the name, outside the name's own clause.

- 她是社区的一名网格员。甲每天…: the genre introduces a person by what they are, with a bare
  pronoun, and names them at the head of the next sentence. The post goes to that name only when
  nothing else could be the pronoun's antecedent: no one is named earlier in the paragraph, and the
  next sentence opens with one name alone (甲和乙每天… leaves the post to no one).
- 作为东坡村党支部书记,在接到通知后,甲立即…: a sentence opening with the capacity of its subject,
  who is named later in it (the first name, with no pronoun or quotation before it);
- 社区的志愿者纷纷报名,他们是甲、乙、丙: a group named in a clause, then 他们是 and a row of names;
  the group's title is each name's post.

Pure functions over the document's text.
"""

from __future__ import annotations

import re

from .entities import Entity
from .role_scope import ROLE_GENERIC, clause_before, ends_with_any_title, is_generic, stated_role
from .tokens import Doc

# 她是…。 / 他现任…。 as a whole sentence, right before where the name starts
_INTRODUCTION = re.compile(
    r"(?:^|(?<=[\n。！？!?]))\s*[他她](?:是|现任|担任|系)(?P<rest>[^。！？!?\n“”]{2,24})[。！？!?]\s*$"
)
_ALONE_AFTER = ("和", "与", "及", "、", "同", "跟")


def post_before(doc: Doc, start: int, named_before: list[int]) -> str:
    """The post the sentence ending right before `start` states of 他/她, or "" (see the module)."""
    text = doc.text
    para = text.rfind("\n", 0, start) + 1
    m = _INTRODUCTION.search(text, max(para, start - 40), start)
    if not m or any(para <= s < m.start() for s in named_before):
        return ""
    roles = stated_role(m.group("rest"))
    return roles[0] if roles and roles[0] not in ROLE_GENERIC else ""


# ,他们是 / ,她们分别是 / ,他们就是: a row of names the clause before has counted as a group
_THEY_ARE = re.compile(r"[，,]\s*(?:他们|她们)(?:分别|就|也|都)?(?:是|为)[:：]?\s*$")
_ROW_JOINERS = ("、", "，", ",", "和", "与", "及", "以及")


def group_title(clause: str) -> str:
    """The first title phrase of `clause` that is no generic person noun (党员志愿者, not 居民).

    >>> group_title("社区的党员志愿者纷纷报名")
    '党员志愿者'
    """
    for end in range(2, len(clause) + 1):
        title = ends_with_any_title(clause[:end])
        if not title or title in ROLE_GENERIC:
            continue
        start = end - len(title)
        while end < len(clause):  # 党员|志愿者: a title glued to the next is one phrase
            longer = next(
                (e for e in range(end + 1, min(len(clause), end + 6) + 1) if _adjacent(clause, e, end)), 0
            )
            if not longer:
                break
            end = longer
        return clause[start:end]
    return ""


def _adjacent(clause: str, end: int, joint: int) -> bool:
    title = ends_with_any_title(clause[:end])
    return bool(title) and end - len(title) <= joint and title not in ROLE_GENERIC


# 他们就是伉俪志愿者,来自东坡小区的甲和乙: the group's post stated first, the row in the next clause
_THEY_ARE_FIRST = re.compile(r"(?:他们|她们)(?:就|都|也|便|正)?是(?P<rest>[^，,。；;！？!?\n]{2,16})$")
_ROW_LEAD = re.compile(r"(?:来自[^，,。；;！？!?\n]{1,12}的)?$")
_ROW_GOES_ON = re.compile(r"[、和与及](?:来自)?[^，,。；;！？!?\n]{0,12}的")  # 甲和乙、西河小区的丙


def group_post(text: str, start: int) -> str:
    """The post of a row opened at `start` by ,他们是 after a clause naming the group, or by a clause
    before it stating what they are (他们就是伉俪志愿者,甲和乙…), or ""."""
    m = _THEY_ARE.search(text, max(0, start - 10), start)
    if m is not None:
        return group_title(clause_before(text, m.start()))
    lead = clause_before(text, start)
    comma = start - len(lead) - 1
    if comma < 1 or text[comma] not in "，,：:" or not _ROW_LEAD.fullmatch(lead):
        return ""
    first = _THEY_ARE_FIRST.search(clause_before(text, comma))
    return group_title(first.group("rest")) if first else ""


# 作为(一名)东坡村党支部书记, opening a sentence
_CAPACITY_OPENS = re.compile(
    r"\s*(?:但是?|而|同时|更|也|还)?(?:作为|身为)(?:一名|一位|一个)?(?P<role>[^，,。；;！？!?\n“”]{2,24}?)[，,]"
)
_SENTENCE_OPENS = "。！？!?；;\n"


def sentence_capacity(text: str, start: int, end: int, starts: list[int]) -> str:
    """The capacity the sentence holding the name at `start` opens with, when the name is the first
    named after it and nothing else can be its subject (no pronoun, no quotation, no 的 after the name).

    >>> sentence_capacity("作为村医，每到傍晚，韦晓岚都会巡查。", 10, 13, [10])
    '村医'
    """
    opens = max(text.rfind(ch, 0, start) for ch in _SENTENCE_OPENS) + 1
    m = _CAPACITY_OPENS.match(text, opens)
    if m is None or m.end() > start or text.startswith(("的", "之"), end):
        return ""
    between = text[m.end() : start]
    if any(m.end() <= s < start for s in starts) or any(ch in between for ch in '他她我你“”"(（'):
        return ""
    role = m.group("role").rsplit("的", 1)[-1]
    title = ends_with_any_title(role)
    return role if title and role.endswith(title) and title not in ROLE_GENERIC else ""


# 这位扛着米袋的网格员正是…甲 / 那位戴着口罩的网格员,便是甲: a person described by a pointer and a
# post, then identified by 正是/就是/便是 with the name (and the name's own title phrase, no clause break)
_IDENTIFIED = re.compile(
    r"(?:这|那)(?:位|名)(?P<desc>[^，,。；;！？!?\n“”]{1,30}?)[，,]?\s*(?:正是|就是|便是|即是|原来是)"
    r"[^，,。；;！？!?\n“”]{0,30}$"
)


def identified_post(text: str, start: int) -> str:
    """The post of the pointer phrase a name at `start` is identified with (see _IDENTIFIED), or "".

    >>> identified_post("这位扛着米袋的网格员正是东坡中学副校长韦晓岚", 19)
    '网格员'
    """
    opens = max(text.rfind(ch, 0, start) for ch in _SENTENCE_OPENS) + 1
    m = _IDENTIFIED.search(text, max(opens, start - 70), start)
    if m is None:
        return ""
    post = m.group("desc").rsplit("的", 1)[-1]
    title = ends_with_any_title(post)
    return post if title and len(post) <= 12 and title not in ROLE_GENERIC else ""


# 当了一天志愿者的|某某干警甲: what the person served as, in a relative clause before the title and name
_SERVED_AS = re.compile(
    r"(?:当|做|干)(?:了|过)?(?:[\d一二两三四五六七八九十几多半]+(?:年|个月|月|天|周|个星期)(?:的)?)?"
    r"(?P<post>[\u4e00-\u9fff“”]{2,10}?)的[\u4e00-\u9fff]{0,12}$"
)


def served_as_before(text: str, start: int) -> str:
    """The post a relative clause before the name says the person served as (当了几天志愿者的干警甲), or "".

    >>> t = "当了两天志愿者的区法院干警韦勇仍在值守。"
    >>> served_as_before(t, t.index("韦勇"))
    '志愿者'
    >>> served_as_before("当天的值班干警韦勇仍在值守。", 7)
    ''
    """
    m = _SERVED_AS.search(text, max(0, start - 30), start)
    if m is None or (m.start() and text[m.start() - 1] in "相应适充担每"):
        return ""  # (相当, 应当, 充当…: no serving; 每当: whenever)
    post = m.group("post")
    title = ends_with_any_title(post)
    return post if title and title not in ROLE_GENERIC and title == post[-len(title) :] else ""


def give_posts_before(doc: Doc, people: dict[str, Entity]) -> None:
    """Each mention without a role that heads the sentence after an introduction gets its post; the
    names of a row after ,他们是 get the group's title."""
    mentions = sorted((m for p in people.values() for m in p.mentions), key=lambda m: m.start)
    starts = [m.start for m in mentions]
    text = doc.text
    for mention in mentions:
        if mention.roles or text.startswith(_ALONE_AFTER, mention.end):
            continue
        post = post_before(doc, mention.start, starts) or sentence_capacity(
            text, mention.start, mention.end, starts
        )
        if post:
            mention.roles.append(post)
    for mention in mentions:
        for post in (identified_post(text, mention.start), served_as_before(text, mention.start)):
            if post and not any(post in r or r in post for r in mention.roles):
                mention.roles.append(post)
    post, end = "", -1
    for mention in mentions:
        between = text[end : mention.start]
        if not (post and (between in _ROW_JOINERS or _ROW_GOES_ON.fullmatch(between))):
            post = group_post(text, mention.start)
        if post and not any(post in r or r in post for r in mention.roles):
            mention.roles.append(post)
        end = mention.end


# 是一名网格员,一名退役军人: each item of a list of statuses repeats its count (一名/一位)
_COUNTED_ITEM = "(?:一名|一位)"


def counted_items(after: str, stated: list[str]) -> list[str]:
    """作为一名党员,一名转业军人: the statuses that follow a stated one, each with its own count, each
    a title phrase up to the next break (一名民警走过来 is someone else, not a status).

    >>> counted_items("是一名网格员,一名退役军人,每天值守", ["网格员"])
    ['退役军人']
    """
    out: list[str] = []
    for role in stated:
        if "一名" + role not in after and "一位" + role not in after:
            continue  # (no count before it: no pattern to compile for this role)
        item = re.search(
            rf"{_COUNTED_ITEM}{re.escape(role)}((?:[、，,]{_COUNTED_ITEM}[\u4e00-\u9fff]{{2,10}}?(?=[、，,。；]))+)",
            after,
        )
        for part in re.split(rf"[、，,]{_COUNTED_ITEM}", item.group(1))[1:] if item else []:
            if ends_with_any_title(part) and not is_generic(part) and part not in stated + out:
                out.append(part)
    return out
