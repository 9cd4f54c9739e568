"""The page's own title bar printed as a line of the capture: `标题 - 频道 - 站名`, `标题_站名`.

A scrape of a web page often prints the document's <title> first, above the site's chrome: the headline
with the channel and the site's name after it. The bar is recognised by two things at once, never by a
site's name: its last part has the shape of a site's name (headline_text.split_headline cuts it), and
the part before it is printed again, on a line of its own, above the story (the headline itself). The
bar then says which line is the headline and which site the page was captured from.

In the same way, of a list of titles above the story (an e-paper's titles of the page), the one printed
again right above the story is the story's headline (`listed_then_printed`).
"""

from __future__ import annotations

import re

from .headline_text import ENGLISH_WORDS, split_headline, story_line, title_candidate

# The separators between the parts of a title bar: a spaced dash, an underscore, a bar, a hyphen.
_PARTS = re.compile(r"\s[-–—]\s|_|\s*[|｜]\s*|(?<=[\u4e00-\u9fff”」》）)])-{1,2}")
# The last part as a site names itself: a name ending in a site's or an outlet's word.
_SITE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9·]{1,16}?(?:网|網|网站|在线|在線|报|報|日报|日報|晚报|晚報|时报|時報|客户端|"
    r"频道|頻道|新闻|新聞|门户|官网|APP)$",
    re.I,
)


def title_bar(lines: list[str], kinds: list[str]) -> tuple[int, int, str] | None:
    """(index of the bar, index of the headline it repeats, the site's name) for the first line above
    the story that is the page's title bar; None when there is none.

    >>> lines = ["楼栋长的一天 - 社区 - 清河网", "清河网", "楼栋长的一天", "三月初，志愿者每天守在门口。"]
    >>> title_bar(lines, ["boilerplate", "boilerplate", "body", "body"])
    (0, 2, '清河网')
    >>> title_bar(["楼栋长的一天 - 清河网", "三月初，志愿者每天守在门口。"], ["body", "body"]) is None
    True
    """
    # (a bar is long with its site's name, a story's line without it: 标题 - 某某报 Eastcoast China Press)
    first_prose = next(
        (
            i
            for i, k in enumerate(kinds)
            if k == "body"
            and story_line(lines[i])
            and (not _PARTS.search(lines[i]) or story_line(split_headline(lines[i])))
        ),
        len(lines),
    )
    for i in range(min(first_prose, len(lines))):
        head = split_headline(lines[i])
        if len(head) < 4 or head == lines[i].strip() or not lines[i].strip().startswith(head):
            continue
        parts = [p.strip() for p in _PARTS.split(lines[i].strip()[len(head) :]) if p.strip()]
        site = ENGLISH_WORDS.sub("", parts[-1]) if parts else ""  # (某某报 Eastcoast China Press)
        if not _SITE.match(site):
            continue
        again = next((j for j in range(first_prose) if j != i and lines[j].strip() == head), None)
        if again is not None and kinds[again] != "boilerplate":
            return i, again, site
    return None


def listed_then_printed(
    lines: list[str], kinds: list[str], candidates: list[int], first_prose: int
) -> int | None:
    """Of a list of titles above the story (an e-paper's titles of the page, links to other stories: two
    or more headline-like lines in a row), the one printed again lower down, past the site's chrome and
    above the story's first sentence: that lower line is the story's own heading."""
    listed = [i for i in candidates if i - 1 in candidates or i + 1 in candidates]
    k = listed[-1] + 1 if listed else len(lines)
    while k < len(lines) and kinds[k] == "body" and title_candidate(lines[k]) and not story_line(lines[k]):
        listed.append(k)  # the list goes on past the first candidates (a paper's page lists eight titles)
        k += 1
    first_prose = max(first_prose, next((j for j in range(k, len(lines)) if _prose_body(lines, kinds, j)), k))
    again = sorted(
        {
            j
            for i in listed
            for j in range(i + 2, first_prose)
            if lines[j] == lines[i] and kinds[j] == "body" and "boilerplate" in kinds[i + 1 : j]
        }
    )
    return again[-1] if again and len({lines[j] for j in again}) == 1 else None


# A site's name opening a title bar, before a colon (某某网:标题_标签-标签-)
_SITE_LED = re.compile(r"^([\u4e00-\u9fffA-Za-z0-9·]{2,16}?)[:：]")


def printed_in_full(lines: list[str], candidates: list[int]) -> int | None:
    """A title bar that cut the headline short (`某某网:标题前半_标签-标签-`, the site's name before a colon,
    its tags after an underscore) and the headline printed in full lower down, above the story: the
    full line is the headline."""
    for n, i in enumerate(candidates):
        line = lines[i].strip()
        site = _SITE_LED.match(line)
        site = site if site and _SITE.match(site.group(1)) else None
        if site is None and "_" not in line:
            continue
        core = line[site.end() if site else 0 :].split("_")[0].strip()
        if len(core) < 8:
            continue
        for j in candidates[n + 1 :]:
            if lines[j].strip().startswith(core) and len(lines[j].strip()) > len(core):
                return j
    return None


def _prose_body(lines: list[str], kinds: list[str], j: int) -> bool:
    return kinds[j] == "body" and story_line(lines[j])


def glued_list(lines: list[str], kinds: list[str]) -> list[int]:
    """Lines that print the titles of a list below them run together (一封家书…菜篮子…“别着急…”…, an
    e-paper's list of the page's stories glued into its <title>, perhaps cut off inside the last title):
    the page's chrome, never the story.

    >>> lines = ["甲事乙事丙", "第1版", "甲事", "乙事", "丙事", "正文。"]
    >>> glued_list(lines, ["body", "boilerplate"] + ["body"] * 4)
    [0]
    """
    out = []
    for i, line in enumerate(lines[:30]):
        rest = line.replace(" ", "")
        k = next((j for j in range(i + 1, len(lines)) if kinds[j] != "boilerplate"), len(lines))
        parts = 0
        while rest and k < len(lines) and (item := lines[k].replace(" ", "")):
            if rest.startswith(item):
                rest, parts, k = rest[len(item) :], parts + 1, k + 1
            elif item.startswith(rest):
                rest, parts = "", parts + 1  # the line stops inside a title
            else:
                break
        if kinds[i] == "body" and parts >= 3 and not rest:
            out.append(i)
    return out
