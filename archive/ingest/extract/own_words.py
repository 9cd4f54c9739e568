"""Roles people give themselves in their own words: “作为一名退休党员，我也要……”老党员孔德明说;
他说:“……我也想以志愿者的身份做点事。”

A quotation is someone's when a named person says it right after it (”…孔德明说道), when it follows
`NAME…说:` or `他/她说:` in the paragraph of that person's last mention, or when it opens the line
under a label that ends with the name (东坡社区党委书记 甲, on a line of its own); a transcript's line
(志愿者 甲：我是…, unquoted) is the speaker's too. Inside it, 作为/身为/我是 (一名) X and 以 X 的身份 state X,
when X ends with a title.
"""

from __future__ import annotations

import re

from ..lexicon import SPEECH_VERBS
from .role_scope import ROLE_GENERIC, clause_after, ends_with_any_title
from .tokens import CLAUSE_BREAK

_QUOTE = re.compile(r"“([^“”]{4,600})”")
_SELF = re.compile(r"(?:作为|身为|我是|我也是|我曾是)(?:一名|一位|一个|名)?")
_CAPACITY = re.compile(r"以([\u4e00-\u9fff]{2,12}?)的?身份")
_SPEECH_BEFORE = re.compile(rf"(?:{'|'.join(SPEECH_VERBS)})(?:道)?\s*[:：]\s*$")
_LABEL_MAX = 40  # a speaker's label over a quotation: a unit, a post and the name
_SPEAKER_REACH = 40  # ”东湖社区70岁的老党员孔德明说道: the speaker's title may stand between


# A transcript's line: the speaker's label and name, a colon, what they said, unquoted, to the line's end.
_TRANSCRIPT = re.compile(r"\s*[:：]\s*([^\n“”]{4,600})")


def _transcript_label(text: str, start: int) -> bool:
    """The name opens its line, or a short label without a sentence stands before it on its line."""
    label = text[text.rfind("\n", 0, start) + 1 : start]
    return len(label) <= _LABEL_MAX and not any(ch in label for ch in "。！？!?；;，,：:“”")


def _self_roles(quote: str) -> list[str]:
    out: list[str] = []
    for m in _SELF.finditer(quote):
        clause = clause_after(quote, m.end())
        title = ends_with_any_title(clause)
        if title and title not in ROLE_GENERIC and len(clause) <= 12:
            out.append(clause)
    for m in _CAPACITY.finditer(quote):
        title = ends_with_any_title(m.group(1))
        if title and title not in ROLE_GENERIC:
            out.append(m.group(1))
    return list(dict.fromkeys(out))


def _speaker(text: str, q_start: int, q_end: int, mentions: list[tuple[int, int]]) -> tuple[int, int] | None:
    for start, end in mentions:  # ”…孔德明说: a name in the clause right after, followed by a speech verb
        if q_end <= start <= q_end + _SPEAKER_REACH and _says(text, end):
            if not any(ch in CLAUSE_BREAK for ch in text[q_end:start]):
                return start, end
    label = _labelled_speaker(text, q_start, mentions)
    if label is not None:
        return label
    before = text[max(0, q_start - 30) : q_start]
    if not _SPEECH_BEFORE.search(before):
        return None
    line_start = text.rfind("\n", 0, q_start) + 1
    earlier = [(s, e) for s, e in mentions if line_start <= s < q_start]
    if not earlier:
        return None
    clause_start = max(text.rfind(ch, 0, q_start - 1) for ch in "，,。；;！？!?\n") + 1
    last = earlier[-1]
    if last[0] >= clause_start or re.match(r"[他她](?!们)", text[clause_start:q_start]):
        return last  # 张三说: / 他说: after 张三 in the same paragraph
    return None


def _says(text: str, end: int) -> bool:
    """甲说, 甲在采访中说道, 甲接受记者采访时表示: a speech verb after the name, a short adverbial between."""
    between = next((text[end:k] for k in range(end, end + 13) if text.startswith(SPEECH_VERBS, k)), None)
    return between is not None and not any(ch in CLAUSE_BREAK for ch in between)


def _labelled_speaker(text: str, q_start: int, mentions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """东坡社区党委书记 甲 on a line of its own, the quotation opening the next line: the label names
    the speaker (an interview's layout); the label is short, no sentence, and ends with the name."""
    if q_start == 0 or text[q_start - 1] != "\n":
        return None
    line_end = len(text[:q_start].rstrip())
    line_start = text.rfind("\n", 0, line_end) + 1
    label = text[line_start:line_end]
    if len(label) > _LABEL_MAX or any(ch in label for ch in "。！？!?；;，,“”"):
        return None
    return next(((s, e) for s, e in mentions if e == line_end and s >= line_start), None)


def roles_in_own_words(text: str, mentions: list[tuple[int, int]]) -> dict[tuple[int, int], list[str]]:
    """Roles stated by the speaker of each quotation, keyed by the speaker's mention (start, end)."""
    out: dict[tuple[int, int], list[str]] = {}
    for start, end in mentions:  # 志愿者 甲：我是一名退役军人…: a transcript's speaker, then the words
        said = _TRANSCRIPT.match(text, end)
        roles = _self_roles(said.group(1)) if said and _transcript_label(text, start) else []
        out.setdefault((start, end), []).extend(r for r in roles if r not in out.get((start, end), []))
    for q in _QUOTE.finditer(text):
        roles = _self_roles(q.group(1))
        if not roles:
            continue
        speaker = _speaker(text, q.start(), q.end(), mentions)
        if speaker is not None:
            out.setdefault(speaker, []).extend(r for r in roles if r not in out.get(speaker, []))
    return out
