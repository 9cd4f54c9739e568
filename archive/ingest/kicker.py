"""A paper's kicker (引题) over its main title (主题): which of two stacked headline lines is the headline.

Pure helpers for headline.py. Papers print up to three heading lines: a kicker setting the scene, the
main title, a subtitle explaining it. The kicker and the subtitle are plain descriptive clauses (who did
what, where); the main title is the short, marked one: a quotation, two phrases set apart by a space or a
comma (`勠力同心 共克时艰`, `“志愿红”,与病毒赛跑`). A kicker may also run into the title with a dash at
its end (`某某县青年突击队坚守防疫一线——`). A line printed again lower down is the headline itself (or a
page's title over its own heading), whatever is under it.
"""

from __future__ import annotations

import re

from .gazetteer import candidates
from .headline_text import QUOTED_LINE, split_headline, title_candidate
from .lead import is_prose

# A kicker running into the line under it: 某某县青年突击队坚守防疫一线——
_RUNS_ON = re.compile(r"(?:——|──|--|—)\s*$")
# A plain clause: words and numbers only, no mark of a title
_PLAIN = re.compile(r"[\u4e00-\u9fff\d]+")
# The marks of a main title: a quotation, a comma or an exclamation between its phrases
_TITLE_MARK = re.compile(r"[“「『][^”」』]{1,12}[”」』]|[\u4e00-\u9fff”][，,！!？?][\u4e00-\u9fff“]")
# A subtitle's own shape: 记…, …纪实/侧记/见闻 (a paper's subtitle names its genre)
_SUBTITLE_GENRE = re.compile(r"^记|(?:纪实|侧记|见闻|小记|手记|速写|素描|札记|故事|特写)$")
_CLEARLY_SHORTER = 3
# A kicker's listing marks: 有某药、某物、某盒,还有一张卡片 (things listed, a scene set; no title's mark)
_LISTED = re.compile(r"(?<=[\u4e00-\u9fff])[、，,](?=[\u4e00-\u9fff])")
_ENUMERATED = re.compile(r"^(?:[一二三四五六七八九十\d]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])")
# Bodies listed over a headline: 省某某协会、省某某行业协会 (a level's word or a division opening each)
_LISTED_BODY = re.compile(r"[\u4e00-\u9fff]{1,12}(?:协会|学会|联合会|商会|促进会|研究会|基金会)")
_LEVEL = ("省", "市", "县", "区", "州")
# A place's chain ends in a community or a village under its divisions: 某某县某某乡某某村
_LAST_UNIT = re.compile(r"(?:[\u4e00-\u9fff]{1,4}(?:村|社区|居委会|嘎查|小区))?")


def _division_led(part: str) -> int:
    """The length of the longest run of divisions written together that opens part (0 if none)."""
    return next((k for k in range(len(part), 1, -1) if candidates(part[:k])), 0)


def names_only(line: str) -> bool:
    """A line of names and nothing else, the scene a paper sets over its headline: a place's chain (its
    divisions, then the community or village under them), or associations listed under their level.

    >>> names_only("浙江省淳安县鸠坑乡青松村"), names_only("省残疾人联合会、省聋人协会")
    (True, True)
    >>> names_only("淳安县成立临时党支部"), names_only("青松校区划为临时管控区")
    (False, False)
    """
    s = line.strip()
    led = _division_led(s)
    if led and _LAST_UNIT.fullmatch(s[led:]):
        return True
    parts = s.split("、")
    return all(_LISTED_BODY.fullmatch(p) and (p.startswith(_LEVEL) or _division_led(p[:4])) for p in parts)


def _marked(title: str) -> bool:
    """A main title's marks, or a couplet: two phrases of words as long as each other (勠力同心 共克时艰)."""
    phrases = title.split()
    couplet = len(phrases) >= 2 and len({len(p) for p in phrases}) == 1
    return bool(_TITLE_MARK.search(title)) or couplet and all(_PLAIN.fullmatch(p) for p in phrases)


def next_shown(kinds: list[str], i: int) -> int | None:
    return next((j for j in range(i + 1, len(kinds)) if kinds[j] != "boilerplate"), None)


def marked_over_plain(upper: str, lower: str) -> bool:
    """A headline-sized line bearing a main title's marks (a quotation, a couplet) over a plain clause: the
    main title over its subtitle, the way `main_under_kicker` reads a plain kicker over a marked main title.

    >>> marked_over_plain("共同把好“入口关”", "青松市全面做好小区和楼栋封闭式管理")
    True
    """
    return len(upper) > 8 and _marked(upper) and _PLAIN.fullmatch(lower) is not None


def under_names(lines: list[str], kinds: list[str], i: int) -> int:
    """The headline under line i when line i is only names (`names_only`: 某某县某某乡某某村 over 山村过“峰”),
    else i: the place or the bodies a paper sets over its headline."""
    under = next_shown(kinds, i)
    if under is None or kinds[under] != "body" or not title_candidate(lines[under]) or is_prose(lines[under]):
        return i
    return under if names_only(lines[i].strip()) and not names_only(split_headline(lines[under])) else i


def main_under_kicker(lines: list[str], kinds: list[str], best: int) -> int:
    """The main title when the chosen line is a kicker over it, else the chosen line: the line right under
    it, a headline's shape, is the main title when the chosen one runs into it with a dash, or is a plain
    clause clearly longer than it while it bears a title's marks (a quotation, a couplet) and no
    subtitle's genre word, with the dateline or byline under the two.

    >>> lines = ["清河县青松社区志愿者们坚守一线", "“红马甲”，守护居民平安", "2022-04-09 来源：清河日报"]
    >>> main_under_kicker(lines, ["body", "body", "metadata"], 0)
    1
    >>> lines = ["“红马甲”，守护居民平安", "清河县青松社区志愿者们坚守一线", "2022-04-09 来源：清河日报"]
    >>> main_under_kicker(lines, ["body", "body", "metadata"], 0)
    0
    """
    under = next_shown(kinds, best)
    if under is None or kinds[under] != "body" or not title_candidate(lines[under]) or is_prose(lines[under]):
        return best
    kicker, main = lines[best].strip(), split_headline(lines[under])
    if _RUNS_ON.search(kicker) and not _RUNS_ON.search(main):
        return under
    if under_names(lines, kinds, best) == under:
        return under  # 某某县某某乡某某村 / 山村过“峰”: the place or the bodies over the story's headline
    if not _PLAIN.fullmatch(_LISTED.sub("", kicker)) or len(main) + _CLEARLY_SHORTER > len(kicker):
        return best
    if not _marked(main) or _SUBTITLE_GENRE.search(main):
        return best
    if _ENUMERATED.match(main) or QUOTED_LINE.fullmatch(main):  # 一、…: a section's heading; a lede's quote
        return best
    if any(lines[j] == lines[best] for j in range(under + 1, len(lines))):
        return best  # printed again lower down: the headline itself, or a page's title over its own heading
    after = next_shown(kinds, under)  # the dateline or the byline under the two
    return under if after is not None and kinds[after] == "metadata" else best


def kicker_over(lines: list[str], kinds: list[str], title_idx: int) -> tuple[str, list[int]]:
    """The kicker over the main title at title_idx, as the subtitle, and its line; ("", []) if none."""
    above = next((j for j in range(title_idx - 1, -1, -1) if kinds[j] != "boilerplate"), None)
    if above is None or kinds[above] != "body" or main_under_kicker(lines, kinds, above) != title_idx:
        return "", []
    return _RUNS_ON.sub("", split_headline(lines[above])).strip(), [above]
