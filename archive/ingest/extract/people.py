"""People: jieba's person tags repaired at the edges and accepted only on evidence.

A candidate is a surname-led name jieba tagged `nr` (or a curated name), or a surname-led word with
evidence around it. It becomes a person when the text supports it: a title, age, kin word or capacity
clause before it (党总支书记张磊, 76岁的老党员杨桂云, 的丈夫秦保卫, 作为一名民警,王海峰), a speech
verb, person noun, age or stated title after it (张立民说, 高红梅今年45岁, 傅长顺是…书记), a list with
an accepted name (秦建民、王云波), or a name of three characters jieba found by itself that does not
read as an ordinary phrase (利用微|信, 向右走).
"""

from __future__ import annotations

import re
from collections import Counter

from ..lexicon import (
    COMPOUND_SURNAMES,
    KIN_WORDS,
    SPEECH_VERBS,
    SURNAMES,
)
from .appointments import appointed, posts_held
from .credits import byline_spans, contact_spans
from .entities import Entity, Occurrence
from .evidence import (
    ADVERBIAL_OPENERS,
    AFTER_NAME_NOUNS,
    AGE_AFTER,
    CALLED_BY_NAME,
    ELDER_WORDS,
    REPORTED_AFTER,
    SEEN_AFTER,
    SUBJECT_NEXT,
    a_headings_verb,
    after_a_counted_group,
    after_a_unit,
    at_mention,
    closes_a_word,
    generic_before,
    given_name_is_a_place,
    heads_a_group,
    heads_a_place,
    kind_of_person_before,
    modified_subject,
    opens_with_common_word,
    quoted_alone,
    reads_as_a_phrase,
    role_stated_after,
    speaks_later,
    speech_after,
    subject_of_clause,
    supported_around,
    title_context,
    told_by,
    visited_at_home,
    what_a_group_does,
)
from .foreign_names import steppe_names, transliterated, transliterated_given
from .honours import honour_before, honours_after
from .labels import labelled_names, unit_labels
from .name_lists import give_row_posts, person_noun, rows_of_names
from .name_series import grow_lists
from .name_tails import grown_name, in_a_locative, serves_as
from .names import COMMON_WORD, name_at
from .not_names import titled_speaker
from .paired_names import paired_speakers
from .posts_before import give_posts_before
from .role_frames import addressed_title, called_then_titled
from .role_scope import closes_a_title
from .roles import attach_roles
from .split_names import surname_tagged_alone
from .tokens import Coverage, Doc
from .untagged import (
    called_by_a_person_noun,
    dai_names,
    element_names,
    glued_to_complement,
    glued_to_title,
    roll_called,
    titled_speakers,
    word_surnamed,
)

# 支部|老主委, 原|副书记: a character that qualifies the title after it, not a name's last
_BEFORE_A_TITLE = set("老原前副总代新")
# 甲（左）, 甲(右二), 甲（前排左三）: a photo caption's position mark
_PICTURED = re.compile(
    r"[（(](?:前排|后排|中排)?[左右中](?:[一二三四五六七八九]|起第?[一二三四五六七八九])?[）)]"
)
# 甲（化名）, 甲(系化名): a name the story made up for someone it does not name is no person of it
_PSEUDONYM = re.compile(r"[（(](?:系|均为|均系|为)?化名[）)]")
_REPORTER_BEFORE = re.compile(r"(?:记者|采访人员|通讯员|实习生|见习记者|特约记者|摄影|摄像)\s*$")
_RARE_WORD = 10  # a word this rare in jieba's dictionary may be a given name after a title
_RARE_SPEAKER = 50  # … and one this rare, after a title and before a speech verb (not_names.RARE_SPEAKER
# after a post)
# 连心桥/nr: a three-character word this frequent in jieba's dictionary is a phrase or a name of history
# (雷锋, 毛泽东), never found whole as a person of the story without evidence of one
_SET_PHRASE = 200


def _verb_tagged_a_name(doc: Doc, i: int, name: str) -> bool:
    """张贴/nr|通知, 安抚/nr|村民: a two-character word jieba's dictionary holds often as a name (its quirk
    for some verbs), followed by its object: the verb of the clause, no one's name (高明|说 is one)."""
    nxt = doc.toks[i + 1] if i + 1 < len(doc.toks) and doc.toks[i].word == name else None
    return (
        len(name) == 2
        and doc.tag(name) == "nr"
        and doc.freq(name) >= _VERB_AS_NAME
        and nxt is not None
        and (nxt.flag in ("n", "vn", "r") or nxt.word in _NOTICES)
    )


_NOTICES = frozenset("通知 通告 公告 告示 标语 海报".split())  # (jieba tags 通知 a verb)


_VERB_AS_NAME = 300  # (李白 374 before a colon stays a name: a colon or a break follows it)
# 高三学生, 高一年级: a senior school's grade before a word for its pupils, not a surname and a given name
# 2017级旅游管理|班, 市场营销3|班: a college class before a student's name (班 is a surname too)
_A_CLASS = re.compile(r"(?:\d|级|专业|管理|营销|工程|技术|设计|教育|会计|护理)$")
_SCHOOL_GRADE = re.compile(r"高[一二三](?:年级|学生|学子|毕业生|考生|女生|男生|生|班)")


def _candidates(
    doc: Doc, inside: Coverage, places: Coverage, unit_ends: set[int]
) -> tuple[dict[int, str], set[str], set[str]]:
    """Names by start offset, the ones accepted, and the ones accepted on evidence around them (not
    only because jieba tagged them). `unit_ends`: where a unit or place named in the text ends."""
    text = doc.text
    cands: dict[int, str] = {}
    accepted: set[str] = {n for n in doc.lexicon.people if doc.count(n)}
    supported = set(accepted)
    held = Coverage(len(text), [(start, end) for start, end, _ in posts_held(text)])
    for i, t in enumerate(doc.toks):
        strong_tag = t.flag in {"nr", "nrfg", "nrt"} or t.word in doc.lexicon.people
        # 欧阳|志远/nrfg: a compound surname jieba cut off a given name it tagged a name
        strong_tag = strong_tag or (
            t.word in COMPOUND_SURNAMES and i + 1 < len(doc.toks) and doc.toks[i + 1].flag.startswith("nr")
        )
        surname_led = t.word[:1] in SURNAMES or t.word in COMPOUND_SURNAMES
        if not strong_tag and not surname_led:
            continue
        titled = title_context(doc, t.start)
        name = name_at(doc, i, loose=titled)
        if name and name[0] == "班" and _A_CLASS.search(text, max(0, t.start - 8), t.start):
            continue  # 旅游管理|班蓝静/nr: the class, then the student's name
        if not name or t.start in inside or name in AFTER_NAME_NOUNS or _SCHOOL_GRADE.match(text, t.start):
            continue  # (骆|师傅是…: 师 is a surname, but 师傅 a word of address, not a name)
        if closes_a_title(text, t.start):
            continue  # 主管护|师韦琳: the surname character ends the title before it (护师)
        aspect = i + 1 < len(doc.toks) and doc.toks[i + 1].word in ("了", "着", "过")
        if t.word == name and doc.is_word(name) and aspect:
            continue  # 网格员张贴了通知: a word of the dictionary with an aspect particle is a verb
        city_named = titled and given_name_is_a_place(doc, i, name, places)
        if t.start + len(name) - 1 in inside and not city_named:
            continue  # overlaps a unit
        person_noun_before = titled  # 普通市民韦刚: no evidence to take a word, but support for a name
        if titled and what_a_group_does(doc, t.start, name):
            continue  # 工作人员张开横幅: a verb after a group noun, not a name
        if titled and len(name) == 2 and generic_before(doc, t.start):
            titled = False  # 居民连呼: a two-character word after 居民 needs evidence of its own
        end = t.start + len(name)
        # 在某小区南门|门岗，; 书记任|双组长: a place's word, a verb between posts
        placed = not titled and in_a_locative(doc, t.start, end) or serves_as(doc, t.start, end, name)
        if placed or quoted_alone(text, t.start, end) or after_a_counted_group(doc, t.start, end):
            continue
        aged = bool(AGE_AFTER.match(text[end : end + 10]))  # 高红梅今年45岁
        # 据卢国强介绍: a source the story cites by name (据 + name + speech verb) is a person
        cited = text[t.start - 1 : t.start] == "据" and text[end:].startswith(SPEECH_VERBS)
        # ”苗秀英隔着铁门笑了笑,轻声回答: a name right after a quotation, whose sentence goes on to a
        # speech verb, is the speaker
        cited = cited or (text[t.start - 1 : t.start] == "”" and speaks_later(text, end))
        titled = titled or bool(called_then_titled(text, t.start, end))  # 一个叫龚德福的老党员
        # 这名“快递员”名叫甲，其实是…: a name the story gives someone, a break or 是 after it
        cited = (
            cited
            or bool(_NAMED_AS.search(text, max(0, t.start - 3), t.start))
            and text[end : end + 1] in ("，,。；;、是")
        )
        # “最美志愿者”甲, 被评为“优秀网格员”的甲, 甲被授予“抗疫先锋”称号: an honour names a person
        titled = titled or bool(honour_before(text, t.start, end) or honours_after(text, end))
        # 孙|德福书记带领…, 高|兴旺(左): a form of address or a caption's mark after the name is evidence
        # of a name jieba cut up, as a title before it is
        # (楼宇|副书记, 支部老|主委: a word of the language or a qualifier before the title is no name)
        addressed = (
            bool(addressed_title(text, end)) and name[-1] not in _BEFORE_A_TITLE and not doc.is_word(name)
        )
        # 我是文旅志愿者: two characters between the copula and a title are the kind of post, no name
        addressed = addressed and not (len(name) == 2 and text[t.start - 1 : t.start] == "是")
        addressed = addressed or bool(_PICTURED.match(text, end)) or t.start in held  # 由甲担任组长
        addressed = addressed or at_mention(text, t.start, end)  # @甲 明天八点集合
        # 某村的曾友/n|等5名入党积极分子: a word no dictionary holds, heading a counted group of a post
        addressed = addressed or doc.freq(name) == 0 and heads_a_group(text, end)
        addressed = addressed or bool(SEEN_AFTER.match(text, end)) or visited_at_home(text, t.start, end)
        # 负责登记的甲大叔: a full name and the word of address for an elder after it
        addressed = (
            addressed or len(name) == 3 and not doc.is_word(name) and bool(_ELDER_AFTER.match(text, end))
        )
        addressed = addressed or text[t.start - 1 : t.start] == "“" and bool(CALLED_BY_NAME.match(text, end))
        # 某某服务中心 甲:…: a transcript's speaker label, the unit, a space, the name and a colon
        addressed = addressed or (
            text[end : end + 1] in (":", "：")
            and text[t.start - 1 : t.start] in (" ", "\u3000")
            and t.start - 1 in unit_ends
        )
        # 某学院的甲同学申请…: a full name no dictionary holds, addressed as a student (no post: no role)
        addressed = addressed or len(name) == 3 and text.startswith("同学", end) and not doc.is_word(name)
        # 孙|德福说, 高|兴旺表示: three characters jieba cut up, right before a speech verb, are the speaker
        addressed = (
            addressed
            or len(name) >= 3
            and (text.startswith(SPEECH_VERBS, end) or bool(REPORTED_AFTER.match(text, end)))
        )
        split_tag = surname_tagged_alone(doc, i, name)  # 钱/n|红梅/nr
        if not (
            strong_tag or split_tag or titled or aged or cited or addressed or role_stated_after(doc, end)
        ):
            continue
        doubled = titled and len(name) == 2 and name[0] == name[1] and doc.freq(name) < 100  # 主任韦韦
        # (组长|钟南山/ns|院士: a name the dictionary holds as a place's, between a title and another)
        placed_name = len(name) == 3 and doc.tag(name) == "ns" and bool(addressed_title(text, end))
        # 书记|付强/v|在…: a word the dictionary barely has (not 党员|应尽|的责任)
        rare = titled and doc.freq(name) < _RARE_WORD and text[end : end + 1] not in "的地得"
        # 主任|关锋/n|介绍: a rare word between a title and a speech verb is the speaker's name
        spoke = text.startswith(SPEECH_VERBS, end) or bool(REPORTED_AFTER.match(text, end))
        rare = rare or titled and doc.freq(name) < _RARE_SPEAKER and spoke
        rare = rare or titled_speaker(doc, t.start, name)  # 党员|方军/n|表示
        if not strong_tag and doc.is_word(name) and not doubled and not (titled and placed_name) and not rare:
            continue  # 商量, 包干: an ordinary word after a title, not a name
        if len(name) == 2 and doc.freq(name) >= COMMON_WORD and not (addressed or cited):
            continue  # 老伴|辛勤/nr|耕种: a common word of the language (jieba's nr) after a kin word
        if _verb_tagged_a_name(doc, i, name) and not (addressed or cited):
            continue  # 网格员|张贴/nr|通知, 安抚/nr|大家: a verb jieba tags a name, then its object
        cands[t.start] = name
        nxt = doc.toks[i + 1] if i + 1 < len(doc.toks) and t.word == name else None
        jieba_found_whole = (
            strong_tag
            and t.word == name
            and (
                len(name) >= 3
                or not doc.is_word(name)
                and nxt is not None
                # 万鹏参加, 。万鹏每天…: a two-character name jieba invented, as the subject of a verb
                and (
                    nxt.flag in SUBJECT_NEXT
                    or nxt.word == "所在"  # 韦梓所在的小区: where the person lives
                    or subject_of_clause(doc, i, end, ADVERBIAL_OPENERS)
                    or _opens_clauses(doc, name) >= 3  # 。甲清楚…，甲所住的…: the story's subject
                    or heads_a_group(text, end)  # 甲等党员, 甲等三人: 等 closes a list of people
                )
            )
            and not opens_with_common_word(doc, name)
            and not reads_as_a_phrase(doc, i, name)
            and not (len(name) == 3 and doc.freq(name) >= _SET_PHRASE)
        )
        stated = role_stated_after(doc, end) and not (len(name) == 2 and doc.is_word(name))  # 请战|宣言,成为…
        evidence = titled or cited or addressed or speech_after(doc, end) or stated or told_by(text, t.start)
        evidence = evidence or strong_tag and bool(_KIN_AFTER.match(text, end))  # 甲的妻子: a kin's kin
        # 开小店的甲每天…: a name jieba tagged, after the 的 of what describes it, opening a predicate
        evidence = evidence or strong_tag and not doc.is_word(name) and modified_subject(doc, t.start, end)
        # 居民魏巍/nr|来到…: a name the dictionary holds too, after a noun for a kind of person, as a subject
        evidence = evidence or (
            strong_tag
            and t.word == name
            and doc.freq(name) < COMMON_WORD
            and kind_of_person_before(doc, t.start)
            and i + 1 < len(doc.toks)
            and doc.toks[i + 1].flag in SUBJECT_NEXT
        )
        if jieba_found_whole or evidence:
            accepted.add(name)
        grouped = jieba_found_whole and heads_a_group(text, end)  # 甲等人: the group is people
        grouped = (
            grouped or jieba_found_whole and len(name) >= 3 and bool(person_noun(doc, t.start))
        )  # 毕业生甲
        if evidence or person_noun_before or aged or grouped or supported_around(doc, t.start, end):
            supported.add(name)
        after_unit = after_a_unit(doc, t.start, unit_ends)
        # (金银花开满山坡: a word of the dictionary jieba tags a name; 王小梅/nr, rare, after its village)
        rare_name = len(name) == 3 and doc.tag(name) == "nr" and doc.freq(name) < 50 and after_unit
        # (牧业社区|马背上/nr|的小分队: a phrase; the rare name opens a predicate)
        rare_name = rare_name and i + 1 < len(doc.toks) and doc.toks[i + 1].flag in SUBJECT_NEXT
        if (
            (jieba_found_whole or split_tag)
            and (not doc.is_word(name) or rare_name)
            and (
                after_unit
                or subject_of_clause(doc, i, end)
                or _trade_then_predicate(doc, t.start, end)  # 鼓词艺术家甲把…
            )
        ):
            accepted.add(name)  # 区委宣传部甲和…; 。甲每天上门…: a name jieba found, placed as a person
            supported.add(name)
    for start, name in (
        glued_to_title(doc)
        + glued_to_complement(doc)
        + titled_speakers(doc)
        + paired_speakers(doc)  # 甲和舒畅。舒畅介绍: a word of the language paired with a name, speaking
        + transliterated(doc)
        + steppe_names(doc)  # 志愿者斯琴巴图说: a Mongolian or Tibetan name without a dot
        + dai_names(doc)  # 傣族村民岩温, 村医次仁卓玛: names with no surname, on strong evidence
        + element_names(doc)
        + word_surnamed(doc)  # 书记多智珠说: a surname that writes a common word, after a title
        + called_by_a_person_noun(doc)  # 说话的男孩子叫甲,是…
        + roll_called(doc)  # “甲”,“到”!
        + labelled_names(doc)  # 次央 / 东坡社区党支部书记: a broadcast's caption, name over post
        + unit_labels(doc)  # 【经济学院:甲】: a profile's heading
        + [(s, doc.text[s:e]) for s, e, _ in appointed(doc.text)]  # 任命甲为书记，乙为组织委员
    ):
        if start not in inside and name not in doc.lexicon.rejected:
            cands.setdefault(start, name)
            accepted.add(name)
            supported.add(name)
    return cands, accepted, supported


_ELDER_AFTER = re.compile("|".join(ELDER_WORDS))
_NAMED_AS = re.compile(r"(?:名叫|叫做|名字叫|名为)$")
_KIN_AFTER = re.compile("的(?:" + "|".join(KIN_WORDS) + ")")


def _glued_credits(text: str, cands: dict[int, str]) -> list[tuple[int, int]]:
    """记者李凤虎刘梦珂他是…: names right after a reporter's key, and names glued to those, are the
    credit, whatever the credit patterns made of the run (a reporter is never a person of the story)."""
    spans: list[tuple[int, int]] = []
    for start in sorted(cands):
        if _REPORTER_BEFORE.search(text, max(0, start - 8), start) or (spans and spans[-1][1] == start):
            spans.append((start, start + len(cands[start])))
    return spans


# 某某总书记的讲话, 某某新时代…思想: the Party's leader cited by the title of the
# office or named in the name of a doctrine is the source of the words the story follows, no person of it.
_CITED_LEADER = re.compile(r"总书记|總書記|新时代中国特色|新時代中國特色")
_LEADERS_TITLE = ("总书记", "總書記")


# 落实省委某某书记“…”的要求: a province's or a city's leader named inside the committee's title, cited
# for an instruction the story carries out
_COMMITTEES_LEADER = ("省委", "市委", "州委")
_CITED_WORDS = re.compile(r"书记[^。！？!?\n]{0,40}?(?:的)?(?:要求|指示|批示|讲话|部署|精神)")


def _cited_leader(text: str, start: int, name: str) -> bool:
    end = start + len(name)
    return (
        bool(_CITED_LEADER.match(text, end))
        or text[:start].endswith(_LEADERS_TITLE)
        or text[:start].endswith(_COMMITTEES_LEADER)
        and _CITED_WORDS.match(text, end) is not None
    )


def find_people(
    doc: Doc, org_spans: list[tuple[int, int]], place_spans: list[tuple[int, int]]
) -> list[Entity]:
    """The people of the article, each with every occurrence, roles and age attached."""
    text = doc.text
    bylines = byline_spans(text)
    credits = bylines + contact_spans(text)
    inside = Coverage(len(text), org_spans + place_spans + credits)
    unit_ends = {end for _, end in org_spans + place_spans}
    cands, accepted, supported = _candidates(doc, inside, Coverage(len(text), place_spans), unit_ends)
    grow_lists(doc, cands, accepted, supported)
    rows = rows_of_names(doc, inside)
    for row in rows:  # 志愿者有甲,乙和丙: a row of names is evidence of every name in it
        for start, name in row.names:
            cands.setdefault(start, name)
            accepted.add(name)
            supported.add(name)
    glued = _glued_credits(text, cands)
    credits += glued
    accepted -= doc.lexicon.rejected
    named_places = Coverage(len(text), org_spans + place_spans)
    accepted = {n for n in accepted if not heads_a_place(text, doc.occurrences(n), n, named_places)}
    in_orgs = Coverage(len(text), org_spans)  # 某某|文冬志工团|团长甲: a list's item grown into a body's name
    accepted = {n for n in accepted if not all(s in in_orgs for s in doc.occurrences(n))}
    for name in list(accepted):  # 骆根|来说: every mention of the name goes on with the same character
        longer = grown_name(doc, name) or transliterated_given(doc, name)
        if longer and longer not in doc.lexicon.rejected:
            accepted = (accepted - {name}) | {longer}
            supported |= {longer} if name in supported else set()
    accepted = {
        n for n in accepted if not any(_PSEUDONYM.match(text, s + len(n)) for s in doc.occurrences(n))
    }
    accepted = {n for n in accepted if not all(_cited_leader(text, s, n) for s in doc.occurrences(n))}
    # A name in a credit (（通讯员 龚晓燕）) is the story's author; where the story names her too
    # (驻村干部龚晓燕), she is still no person of it (reporters are metadata, never people).
    in_credit = Coverage(len(text), bylines + glued)  # a contact line's name may be the story's
    accepted = {n for n in accepted if not any(s in in_credit for s in doc.occurrences(n))}
    # Drop a name that is only ever part of a longer accepted one (王斌 inside 王斌之).
    counts = Counter({name: doc.count(name) for name in accepted})
    longer: dict[str, list[str]] = {}
    for other in accepted:
        for a in range(len(other)):
            for b in range(a + 2, len(other) + 1):
                if b - a < len(other):
                    longer.setdefault(other[a:b], []).append(other)
    for name in list(accepted):
        if any(counts[name] == counts[other] for other in longer.get(name, ())):
            accepted.discard(name)
    people: dict[str, Entity] = {}
    taken = Coverage(len(text), credits)
    # Longer names first; of two that overlap (骆桂枝|做完: 骆桂枝 and 桂枝做), the one the text supports,
    # else the one named first, takes the characters they share.
    order = sorted(accepted, key=lambda n: (-len(n), n not in supported, min(doc.occurrences(n), default=0)))
    for name in order:
        for start in doc.occurrences(name):
            if start in taken or start + len(name) - 1 in taken:
                continue
            taken.add(start, start + len(name))
            people.setdefault(name, Entity(name, "person")).mentions.append(
                Occurrence(start, start + len(name))
            )
    attach_roles(doc, people)
    give_row_posts(rows, people)
    give_posts_before(doc, people)  # 她是社区的网格员。甲每天…
    for start, end, post in posts_held(text) + appointed(text):  # 医疗队组长由甲、乙担任
        for m in (m for p in people.values() for m in p.mentions if start <= m.start < end):
            m.roles += [] if any(post in r or r in post for r in m.roles) else [post]
    found = [p for p in people.values() if p.name in supported or _more_than_a_tag(doc, p)]
    found = [p for p in found if not _cut_off_at_the_end(text, p)]
    starts = {p.name: [m.start for m in p.mentions] for p in found}
    found = [p for p in found if not a_headings_verb(doc, p.name, starts[p.name])]
    found = [p for p in found if not closes_a_word(doc, starts[p.name])]  # 市|区向东
    for person in found:  # 搬运工甲: a noun for people we do not list, glued to the name
        for m in person.mentions:  # (岗位科学家甲老师: beside a title found elsewhere, too)
            trade = person_noun(doc, m.start)
            m.roles += [trade] if trade and not any(trade in r or r in trade for r in m.roles) else []
    return sorted(found, key=lambda e: e.mentions[0].start)


def _trade_then_predicate(doc: Doc, start: int, end: int) -> bool:
    """A noun for people of three characters or more glued before the name (鼓词艺术家), a preposition,
    an adverb or a verb after it: the name is that person, the subject of the clause."""
    k = doc.by_start.get(end)
    return len(person_noun(doc, start)) >= 3 and k is not None and doc.toks[k].flag in SUBJECT_NEXT


def _more_than_a_tag(doc: Doc, person: Entity) -> bool:
    """万年青, 丁香花: jieba tags a phrase a name now and then. A name nothing around it supports (no
    title, speech verb, age, kin word or list of names) is a person only when the story says more
    of it: a role found anywhere, an age, or a second mention."""
    return bool(person.roles) or person.age is not None or len(person.mentions) > 1


def _cut_off_at_the_end(text: str, person: Entity) -> bool:
    """…志愿者骆小 as the last characters of an excerpt: a two-character name the story names once, with
    nothing after it (no stop, no clause), is a longer name cut off by the scraper, not the name (a
    story of more than one line: a headline ending in a name is whole)."""
    only = person.mentions[0]
    cut = len(person.name) == 2 and len(person.mentions) == 1 and not text[only.end :].strip()
    return cut and "\n" in text[: only.start]


def _opens_clauses(doc: Doc, name: str) -> int:
    """How many clauses the name opens (after 。，；: or a line break), the way a story's subject does."""
    return sum(1 for s in doc.occurrences(name) if s == 0 or doc.text[s - 1] in "。，,；;：:！？!?\n")
