"""Above the story's first paragraph: the page's labels and the story's own first heading.

Pure helpers for layout.body_span. A lone character, symbol or number (`A+`, `1/5`) or an outlet's name
alone (`某某日报`) over the first paragraph is the page's; so is a line of four characters or fewer with no
sentence punctuation (a column word, a key), and a longer one that is a column's banner (`某某快报`) or
stands over a paragraph opening with the paper's dateline (`某某网讯`), unless the story has more short
headings between its paragraphs, names a part of the story (`引子`), a summary label, an addressee
(`乡亲们：`) or a speaker before a quote, or the file marks it as a heading.
"""

from __future__ import annotations

import re
from itertools import takewhile

from .fields import opens_with_dateline
from .glossed import plain
from .metadata import bracketed_outlet, names_a_person
from .printed_dates import parse_date

SENTENCE_END = "。！？!?…"
_CJK = re.compile(r"[\u4e00-\u9fff]")
OUTLET_NAME = re.compile(
    r"^[\u4e00-\u9fff]{2,10}(?:[日晚晨早时商]报|都市报|新闻网|网|客户端|融媒|电视台|广播电视台|发布)$"
)
# （来源：某某日报） closing the story: the field's key inside the bracket, before the outlet's name
_SOURCE_WORDS = "来源|來源|稿源"
_SOURCE_KEY = re.compile(rf"(?<=[（(])\s*(?:{_SOURCE_WORDS})\s*[:：]\s*")
# The source keyed in the bracket closing the story (（稿件来源：某某公司）): the value whatever it names
# (a converter's pinyin glosses may stand inside it: （稿件來源:國網(wǎng)某某公司）)
_KEYED_CLOSE = re.compile(
    rf"[（(]\s*(?:稿件|文章|本文|信息|新闻)?(?:{_SOURCE_WORDS})\s*[:：]\s*"
    r"((?:[^（()）:：]|\([a-zü\u00e0-\u01dc]{1,7}\)){2,40}?)\s*[）)]\s*$"
)


def closing_outlet(lines: list[str], body: list[int]) -> str:
    """The outlet the bracket closing the story's last line names alone (`metadata.bracketed_outlet`, a
    newspaper's, a site's or an app's name only; '' for a writer or a unit).

    >>> closing_outlet(["意识提高了。(清河新闻网)", "都说好。"], [0]), closing_outlet([], [])
    ('清河新闻网', '')
    >>> [closing_outlet([s], [0]) for s in ("好。（来源：清河日报）", "好。（韦晓岚）", "好。（青松街道）")]
    ['清河日报', '', '']
    >>> closing_outlet(["好。（稿件来源：清河供电公司）"], [0]), closing_outlet(["好。(来源:韦晓岚)"], [0])
    ('清河供电公司', '')
    >>> closing_outlet(["好。(稿件來源:國網(wǎng)清河供電公司)"], [0])
    '國網(wǎng)清河供電公司'
    """
    name = bracketed_outlet(_SOURCE_KEY.sub("", lines[body[-1]].rstrip())) if body else ""
    if OUTLET_NAME.fullmatch(name):
        return name
    keyed = _KEYED_CLOSE.search(lines[body[-1]].rstrip()) if body else None
    return keyed[1] if keyed and not names_a_person(keyed[1]) else ""  # （稿件来源：某某供电公司）


# What a story's last sentence may carry after its full stop: an end mark (（完）, 【结束】, a bare 完,
# -END-) or a short note in brackets (the writers' credit, 记者 某某); and a quotation closed inside its
# own sentence, then its speaker (“……！”他说)
_AFTER_END = re.compile(
    r"(?<=[。！？!?…”])\s*(?:[（(【\[]\s*(?:全文完|完|结束|END|End|end)\s*[）)】\]]|(?:全文完|完)|[-—－]+\s*(?:END|End|end|完)\s*[-—－]+|"
    r"[（(【\[][^（(【\[）)】\]。]{1,24}[）)】\]])\s*$"
)
_QUOTE_SPEAKER = re.compile(
    r"[。！？!?…]”\s*[\u4e00-\u9fff·]{0,8}(?:说|道|表示|介绍|称|感慨|笑着说|告诉记者)$"
)


def is_prose(line: str) -> bool:
    """A sentence or a long line of text (not a link, a label or a heading); a sentence keeps its end mark
    or bracketed note after the full stop, and a quotation its speaker after it.

    >>> is_prose("大家都笑了。（完）"), is_prose("“我们还会来！”她说"), is_prose("更多（图）")
    (True, True, False)
    """
    s = _AFTER_END.sub("", line.strip())
    return (
        len(line) >= 40
        or s.rstrip("”\"’'）)").endswith(tuple(SENTENCE_END))
        or bool(_QUOTE_SPEAKER.search(s))
    )


def is_label(line: str) -> bool:
    """A character, symbol or number too short for a heading (次, A+, ↑, 1/5, a spaced-out `T + -`), or an
    outlet's name alone (清河日报); a word or two of Chinese (值守, 清晨值守) may head a story."""
    s = line.strip()
    bare = re.sub(r"\s+", "", s)  # a button bar prints its keys spaced out: T + -
    simple = plain(s)  # (某某報網: the outlet's name in traditional script or glossed)
    return (
        len(s) <= 1
        or len(bare) <= 4
        and not _CJK.search(s)
        or len(simple) <= 12
        and bool(OUTLET_NAME.search(simple))
    )


_ADDRESSEE = re.compile(r"(?:们|朋友|同志|同胞)[:：]$")  # 乡亲们： opening a letter
# The story's own parts (引子, 前言) and a summary's label (导读: clean_page reads the summary under it)
_STORY_PART = re.compile(r"引子|前言|序言|序章|楔子|开篇|题记|尾声")
_COLUMN_BANNER = re.compile(r"(?:快报|快讯|专题|专栏|专刊|速递|播报|进行时)$")
_SUMMARY_WORDS = "内容提要|内容摘要|摘要|提要|导读|核心提示"
_LABEL = r"[【\[]?\s*(?:{})\s*[】\]]?\s*[:：]?"  # a label alone on its line, bracketed or keyed
SUMMARY_LABEL = re.compile(_LABEL.format(_SUMMARY_WORDS))
# The lead's label alone (导语): the paragraph under it opens the story itself
LEAD_LABEL = re.compile(_LABEL.format("导语|引言"))
# A line the label opens (内容提要：…, 【导读】…): the story told short, above it
# (简介" “…”: the label and a stray quote of a page's meta description printed as its field)
SUMMARY_LED = re.compile(
    rf"^[【\[]?\s*(?:{_SUMMARY_WORDS})\s*(?:[】\]]\s*[:：]?|[:：])|^(?:{_SUMMARY_WORDS}|简介)\"\s+(?=[“\u4e00-\u9fff])"
)


def lone_short_heading(lines: list[str], best: list[int], headings: frozenset[str]) -> bool:
    """A line of four characters or fewer, with no sentence punctuation, over the first paragraph: the
    page's (a column word, a key) unless the story has more headings of its shape, short lines between
    its paragraphs (then it is the first of them), or it names whom the story addresses or who speaks.
    `headings` are the lines the file itself marks as headings (a Markdown `## …`)."""
    s, rest = lines[best[0]].strip(), [lines[i] for i in best[1:]]
    # a column's banner (疫情防控快报) or any line over a paragraph that opens with the paper's dateline
    banner = bool(_COLUMN_BANNER.search(s)) or bool(rest) and opens_with_dateline(rest[0])
    if (
        len(s) > (15 if banner else 4)
        or re.search(r"[。！？!?；;，,、]", s)
        or _ADDRESSEE.search(s)
        or s in headings
    ):
        return False
    speaker = s.endswith((":", "：")) and rest[:1] and rest[0].startswith(("“", '"', "「"))  # 他说： “…”
    if _STORY_PART.fullmatch(s) or SUMMARY_LABEL.fullmatch(s) or speaker:
        return False
    return not any(
        len(ln) <= 16 and not re.search(r"[。！？!?；;，,]", ln) and any(map(is_prose, rest[n + 1 :]))
        for n, ln in enumerate(rest)
    )


def headline_over_lede(lines: list[str], kinds: list[str], chosen: int | None = None) -> int | None:
    """A paper's page printing its date, then the headline (perhaps all in quotes), a subtitle or the
    writers' names, then the story's first paragraph opening with the paper's dateline (本报讯 …): the
    first of those short lines is the headline, where no headline-like line was `chosen` before the
    story, or where the one chosen stands over the date (a masthead's motto, 创刊于…): the headline is
    the line the story opens under."""
    prose = next((j for j in range(len(lines)) if kinds[j] == "body" and is_prose(lines[j])), None)
    if prose is None or prose > 40 or not opens_with_dateline(lines[prose]):
        return chosen
    near = range(prose - 1, max(prose - 5, -1), -1)  # the dateline, or an e-paper's issue day (星期六)
    dated = next(
        (k for k in near if kinds[k] == "metadata" or kinds[k] != "body" and parse_date(lines[k])[0]), None
    )
    between = range(dated + 1, prose) if dated is not None else range(0)
    if not 1 <= len(between) <= 3 or any(kinds[k] != "body" for k in between):
        return chosen
    first = lines[between[0]].strip('“”"「」『』')
    if len(first) < 4 or re.search(r"[。；;]", first) or first.startswith(("—", "-")):
        return chosen
    if not re.search(r"[\u4e00-\u9fff]", first):
        return chosen  # p1_s (1): a picture's file name under the date, no headline of the story
    over_the_date = (
        chosen is not None
        and next((k for k in range(chosen + 1, len(lines)) if kinds[k] != "boilerplate"), None) == dated
        and not _headline_over_a_caption(lines[chosen].strip(), first)
    )
    return between[0] if chosen is None or over_the_date else chosen


def _headline_over_a_caption(chosen: str, under: str) -> bool:
    """The line over the date is the headline and the short line under it a photo's caption (骑手正在分拣
    蔬菜): the line over the date is the longer, with no comma or full stop and no 刊 of a masthead's
    motto (创刊于…, 国内统一刊号).

    >>> _headline_over_a_caption("青松外卖骑手变身送菜志愿者 守好居民的菜篮子", "骑手正在分拣蔬菜")
    True
    >>> _headline_over_a_caption("创刊于1958年,发行海内外", "青松区侨联青委会 驰援邻市抗击疫情")
    False
    """
    return len(chosen) > len(under) and not re.search(r"[，,。；;]|刊", chosen)


# A line of a story told one phrase a line (a couplet, a WeChat story's opening): words only, a comma or
# 、 between its phrases, quotes; no number, letter, space, colon or bar, as a label or a menu has.
# (a count inside its words, 70岁老党员某某, is a phrase's too)
_VERSE_WORDS = r"(?:[\u4e00-\u9fff“”‘’]|\d{1,3}(?=[岁名位个天多余]))+"
_VERSE_LINE = re.compile(rf"{_VERSE_WORDS}(?:[，,、]{_VERSE_WORDS})*[…]*")


def verse_lede(lines: list[str], run: list[int], story: list[int] = ()) -> bool:
    """The short lines over the first paragraph are the story's own opening, one phrase a line: two or
    more lines of five to twenty characters of words alone, neither a label nor an outlet's name. The
    last of them may be the story's first section heading (a short line of no sentence), when the story
    (`story`, the lines after the run) prints more headings of that shape between its paragraphs.

    >>> verse_lede(["疫情来了不可怕", "就怕有人乱溜达", "大家都说好。"], [0, 1])
    True
    >>> verse_lede(["社区动态", "清河日报", "大家都说好。"], [0, 1])
    False
    >>> lines = ["在刺骨的寒风里", "70岁的老党员", "日夜守着村口", "初心不改 /", "他说了。"]
    >>> lines += ["老伴的牵挂 /", "她说了。"]
    >>> verse_lede(lines, [0, 1, 2, 3], [4, 5, 6]), verse_lede(lines, [0, 1, 2, 3], [4])
    (True, False)
    """
    texts = [lines[i].strip() for i in run]
    verse = len(list(takewhile(_verse_line, texts)))
    if verse < 2 or verse < len(texts) - 1:
        return False
    later = [lines[i].strip() for i in story]
    return (
        verse == len(texts)
        or _section_heading(texts[-1])
        and any(
            _section_heading(ln) and n + 1 < len(later) and is_prose(later[n + 1])
            for n, ln in enumerate(later)
        )
    )


def _verse_line(line: str) -> bool:
    return 5 <= len(line) <= 20 and bool(_VERSE_LINE.fullmatch(line)) and not is_label(line)


def _section_heading(line: str) -> bool:
    return 5 <= len(line) <= 20 and not is_prose(line) and not is_label(line) and not re.search(r"\d", line)


def heading_over_lead_in(lines: list[str], run: list[int], best: list[int]) -> bool:
    """Two short lines over the first paragraph that are the story's own: its first section's heading (five
    to sixteen characters, no punctuation) and a lead-in ending in a colon (`某某街道:` over a list), when the
    story has more headings of that shape between its paragraphs.

    >>> story = ["数据里的街道", "青松街道：", "工作人员共有168人。", "值守的日日夜夜", "志愿者们守了一夜。"]
    >>> heading_over_lead_in(story, [0, 1], [0, 1, 2, 3, 4]), heading_over_lead_in(story, [0, 1], [0, 1, 2])
    (True, False)
    """
    if len(run) != 2:
        return False
    heading, lead_in = lines[run[0]].strip(), lines[run[1]].strip()
    if (
        not lead_in.endswith((":", "："))
        or not 5 <= len(heading) <= 16
        or re.search(r"[。！？!?；;，,:：]", heading)
    ):
        return False
    rest = [lines[i] for i in best[len(run) :]]
    return any(
        len(ln) <= 16 and not re.search(r"[。！？!?；;，,:：]", ln) and any(map(is_prose, rest[n + 1 :]))
        for n, ln in enumerate(rest)
    )


def stopped_over_dateline(lines: list[str], kinds: list[str], i: int) -> str:
    """Line i without its stop, when it is a short line closed by one 。 or by …… (no other stop or comma
    in it) and the next line opens the story with its dateline (某某网讯, 本报讯): a headline written with
    a full stop, not the story's first sentence; else ''."""
    line = lines[i]
    bare = line.rstrip("…") if line.endswith("…") else line[:-1] if line.endswith("。") else ""
    if not 5 <= len(bare) <= 29 or re.search(r"[，,；;。！？!?]", bare):
        return ""
    below = next((k for k in range(i + 1, len(lines)) if kinds[k] != "boilerplate"), None)
    return bare if below is not None and kinds[below] == "body" and opens_with_dateline(lines[below]) else ""
