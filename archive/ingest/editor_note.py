"""An editor's note (编者按) standing before the story: the outlet's own words about the report or
its series. It belongs to the article (it is kept, shown and searched) but it is not the story's
prose, so its paragraphs are marked "note": the body's first sentence is the story's, and an export
gives the note apart.

Where it ends: a note labelled 编者按 runs to the story's dateline (本报讯, 某某网讯, 新华社…电) when one
follows within a few lines; with no dateline, the note is its labelled paragraph (and, when the label
stands alone on its line, the paragraph under it).
"""

from __future__ import annotations

import re

from .fields import dateline_opens, opens_with_dateline

NOTE_LABEL = re.compile(
    r"^[【\[〔（(]?\s*(?:编者按|編者按|编者的话|編者的話|编者语|编前语|编前话|编前|编者注|编辑按|编按)"
    r"\s*[】\]〕）)]?\s*(?:[:：]|$|(?<=[】\]〕）)])|\s)"
)
_REACH = 4  # lines after the labelled one that may still be the note, when a dateline closes it


def note_lines(lines: list[str], body_idx: list[int]) -> list[int]:
    """The indices (from body_idx) of an editor's note opening the body span; [] when there is none.

    >>> note_lines(["编者按：本报推出系列报道。", "本报讯 社区的早晨。"], [0, 1])
    [0]
    >>> note_lines(["【编者按】", "三年来，干部坚守。", "本期讲青松社区。", "清河网讯 早晨。"], [0, 1, 2, 3])
    [0, 1, 2]
    >>> note_lines(["编者按", "本报推出系列报道。", "早晨，志愿者来了。", "他们守了一夜。"], [0, 1, 2, 3])
    [0, 1]
    >>> note_lines(["编者按语很长的一句话。"], [0]), note_lines(["编者按：只有这一段。"], [0])
    ([], [])
    """
    if len(body_idx) < 2 or not NOTE_LABEL.match(lines[body_idx[0]]):
        return []
    label_alone = NOTE_LABEL.fullmatch(lines[body_idx[0]].rstrip(":："))
    first = body_idx[: 2 if label_alone else 1]
    for n, i in enumerate(body_idx[1 : _REACH + 2], 1):
        if dateline_opens(lines[i]):
            return body_idx[:n] if n >= len(first) else first
    return first if len(first) < len(body_idx) else []


def lines_above_dateline(lines: list[str], body_idx: list[int]) -> int:
    """How many of the body span's first lines stand above the story's dateline: a photo's caption or a
    lead printed over 某某网讯（记者 甲）…, which opens the story (at most two such lines; 0 when the span
    opens with the dateline or has none near its top). 本报讯 only: a wire's bare place and day is no
    sure dateline.

    >>> lines_above_dateline(["2月4日，村支书甲拖着大喇叭走村。", "清河网讯（记者 乙）村民们注意…"], [0, 1])
    1
    >>> lines_above_dateline(["清河网讯（记者 乙）村民们注意…", "2月4日，村支书甲走村。"], [0, 1])
    0
    """
    if not body_idx or opens_with_dateline(lines[body_idx[0]]):
        return 0
    return next((n for n, i in enumerate(body_idx[1:3], 1) if opens_with_dateline(lines[i])), 0)


# A photo's caption glued in front of the story's dateline on one line: 志愿者测体温。甲 摄 某某网讯（…）…
_GLUED_CAPTION = re.compile(
    r"^[^。！？!?“”\"]{4,80}[。！？!?]?\s*(?:[\u4e00-\u9fff]{2,4}|[（(][^（()）]{2,20}[）)])?\s*"
    r"(?:摄|摄影|供图|图)[）)]?\s+(?=\S)"
)


def past_glued_caption(line: str) -> str:
    """The line after a photo's caption and credit glued in front of it, when what follows opens the
    story as a dateline does; '' for any other line.

    >>> past_glued_caption("志愿者在为居民测体温。韦晓岚 摄 清河网1月29日讯(记者 甲)“大家好。”")
    '清河网1月29日讯(记者 甲)“大家好。”'
    >>> past_glued_caption("志愿者在为居民测体温。大家都很配合，居民说好。")
    ''
    """
    m = _GLUED_CAPTION.match(line)
    rest = line[m.end() :] if m else ""
    return rest if rest and dateline_opens(rest) else ""
