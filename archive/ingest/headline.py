"""The headline of a page: which line it is, its subtitle, and a title when the page prints none.

Pure helpers for clean.py. A headline is a short line of words (no sentence) above the story,
after any breadcrumb, usually with a dateline under it. Never a breadcrumb (`首页 -> 专题`), never
a line of prose; a `——` splits it into title and subtitle. Sites often print the headline twice
(the page's title bar, then the article's own heading, perhaps with a column tag or a kicker
line above it): the repeat is metadata, and the kicker is the subtitle.
"""

from __future__ import annotations

import re

from .headline_text import (  # noqa: F401  (derive_title, site_shaped, title_candidate: this module's interface)
    ORIGINAL_TITLE,
    QUOTED_LINE,
    QUOTED_TITLE,
    WIRE_TITLE,
    derive_title,
    long_headline,
    printed_headline,
    short_tail,
    site_shaped,
    split_headline,
    story_line,
    title_candidate,
    titled_pair,
    unpunctuated,
    without_wire,
)
from .kicker import kicker_over, main_under_kicker, marked_over_plain, next_shown
from .layout import IMAGE_FILE, is_crumb, is_list_item, is_prose, photo_credit
from .lead import SUMMARY_LED, stopped_over_dateline
from .printed_dates import parse_date
from .story_end import headline_and_its_deck
from .title_bar import listed_then_printed, printed_in_full, title_bar
from .title_deck import headline_and_deck

_SUBTITLE_RE = re.compile(r"^(?:-{2,}|—{1,2}|──)\s*(\S.*)$")
_LITERAL_BREAK = re.compile(r"<br\s*/?>", re.I)
_TITLE_SPLIT_RE = re.compile(rf"\s*(?:——|──|--|{_LITERAL_BREAK.pattern})\s*", re.I)
_DATELINE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]|[来來]源|[:：]|^\W?\s*(?:本报|本台|本刊)?(?:记者|通讯员)")
_CLEARLY_LONGER = 3  # characters by which a later headline-like line must outrun the first to win
# A portal's dateline names its fields (来源：, 发布时间：), a byline (记者 某某) or lede (本报讯) none.
_PORTAL_DATELINE = re.compile(r"[来來稿]源|出处|[发發]布|发表|[时時]间|日期|更新|浏览|阅读|点击")


# 聚焦某某专题展览 | 标题, 走进某某 | 标题: a column's or a series' name before the bar, no headline
_COLUMN_SHAPED = re.compile(
    r"^(?:聚焦|关注|直击|走进|探访|回访)|(?:专题|专栏|展览|系列|进行时|在行动|纪实|观察|视点|故事)[①-⑳\d]*$"
)
# 图为…, 图说:…, 图注：…, 图片说明:…: a picture's caption, never the headline
_CAPTION_LED = re.compile(r"图为|(?:图说|图注|图片说明)\s*[:：]")
# An opening bracket never closed: a line cut to a list's width (【某某社工)
_CUT_OFF_BRACKET = re.compile(r"【[^】]*$|《[^》]*$")
# A story's opening (its day, a comma) cut off without a mark: 1月5日,一批满载着…
_CUT_LEDE = re.compile(r"\d{1,2}月\d{1,2}日[，,][^，,。！？!?…“”]{10,}[\u4e00-\u9fff]")


def headline_index(lines: list[str], kinds: list[str], hints: dict[str, str]) -> int | None:
    """The headline line: one that equals the page's own title (<h1>, og:title, <title> without the
    site's name), else the first headline-like line before the prose, passing over short ones no
    dateline follows (a channel name such as 新闻中心 above the real headline); a subtitle under the
    headline is never taken for it."""
    hinted = {split_headline(hints[k]) for k in ("archive:title", "og:title", "h1", "title") if hints.get(k)}
    hinted |= _crumbed_headlines(lines)
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind == "body" and (line in hinted or split_headline(line) in hinted):
            return i
    candidates = []
    first_prose = next((i for i, k in enumerate(kinds) if k == "body" and story_line(lines[i])), len(lines))
    wire = next((i for i in range(min(first_prose + 3, len(lines))) if WIRE_TITLE.match(lines[i])), None)
    first = next((i for i in range(first_prose) if kinds[i] != "boilerplate"), first_prose)
    if (
        first < first_prose
        and ORIGINAL_TITLE.match(lines[first])
        and title_candidate(split_headline(lines[first]))
    ):
        return first  # 原标题：… first over the story: a repost's only headline (a wire's 题： under it too)
    if wire is not None and first < wire and _printed_shorter(lines, kinds, first, wire):
        return first  # 标题 / 日期 / … / 某某社电 题：中国标题: the page's own headline over the wire's
    if wire is not None:
        return wire  # 新华社某地3月8日电 题：…: a wire's headline after its dateline
    if first < len(lines) and headline_and_deck(lines[first]) and _dateline_below(lines, kinds, first):
        return first  # 标题 摘要,…: the headline and its deck on one line, the dateline under them
    bar = title_bar(lines, kinds)
    if bar is not None:
        return bar[1]  # 标题 - 频道 - 站名 above the story, 标题 printed again on its own line: that line
    held = _held_by_hint(lines, kinds, first_prose, hinted)
    if held is not None:
        return held
    crumbs = [i for i in range(first_prose) if kinds[i] == "boilerplate" and is_crumb(lines[i])]
    begin = crumbs[-1] + 1 if crumbs else 0  # the headline comes after the breadcrumb, if one is there
    # (the headline under the breadcrumb may be exclaimed: 某某区:有序复工!, read as the story's first line)
    crumbed = first_prose < len(lines) and bool(crumbs) and _exclaimed(lines[first_prose])
    if not any(kinds[i] == "body" and title_candidate(lines[i]) for i in range(begin, first_prose + crumbed)):
        begin = 0
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind != "body" or i < begin:
            continue
        exclaimed = _exclaimed(line)
        if SUMMARY_LED.match(line) or photo_credit(line) or _CAPTION_LED.match(line):
            continue  # 摘要：… (the story told short) or a picture's caption over the headline: never it
        if is_list_item(line) and not is_prose(line):
            continue  # 2022-04-09 10:20 | 某某日报 | 浏览 12: a dateline of the page's, never its headline
        if parse_date(line)[0]:
            continue  # 某某 于2022年04月09日发表: a dateline of a shape not read as one, never the headline
        if _CUT_OFF_BRACKET.search(line) or _CUT_LEDE.fullmatch(line):
            continue  # 【某某社工, 1月5日,一批…: a teaser of a related story, cut to the list's width
        if len(line) <= 3 and not re.search(r"[，,。！？!?；;：:]", line):
            continue  # a kicker or column word over the headline (某某县), too short to be one
        if len(line) > 30 and site_shaped(line):
            continue  # 某某在线_某某故里_某某新闻: the site's keywords over the page, never the story
        if not candidates and site_shaped(line) and not title_candidate(line) and len(line) <= 16:
            continue  # Qinghe新闻 over the page: the site's name, no stop to the search below it
        line = stopped_over_dateline(lines, kinds, i) or line  # 某镇:从“源”防“疫”。 over 某某网讯…
        prose = story_line(line) and not exclaimed and not titled_pair(line)
        prose = prose and not (not candidates and long_headline(lines, kinds, i))
        prose = prose and not _over_its_portal_dateline(lines, kinds, i)
        lede = QUOTED_LINE.fullmatch(line) and not QUOTED_TITLE.fullmatch(line)  # a quote spoken
        lede = lede and not _dashed_subtitle_below(lines, kinds, i)  # “硬仗用我,用我必胜” ——某地干警的故事
        if not (title_candidate(line) or titled_pair(line)) or prose or lede:
            break
        if any(k == "body" for k in kinds[i + 1 :]):
            candidates.append(i)
        if len(candidates) == 4:
            break
    heading = listed_then_printed(lines, kinds, candidates, first_prose)
    heading = printed_in_full(lines, candidates) if heading is None else heading
    if heading is not None:
        return heading
    banners = [i for i in candidates if _banner_repeated_below(lines, kinds, i, first_prose)]
    chosen = _best_candidate(lines, kinds, [i for i in candidates if i not in banners] or candidates)
    if chosen is not None:
        chosen = _dated_under_label(lines, kinds, chosen)
    if chosen is not None and not _first_of_sections(lines, kinds, chosen, first_prose):
        return chosen
    if chosen is not None:
        return None  # the story opens with its first section's heading: the page prints no headline
    # Nothing headline-like before the prose (a banner, a headline with commas): the line a dateline follows
    told = 0  # paragraphs of the story passed: a headline stands above them, never two paragraphs down
    for i in range(min(len(lines) - 1, 15)):
        told += kinds[i] == "body" and is_prose(lines[i]) and len(lines[i]) > 30
        if told >= 2:
            break
        # (a player's or a tool's button between them is passed over: 标题 | 语音播报 | □本报记者 某某)
        n = next((k for k in range(i + 1, len(lines)) if kinds[k] != "boilerplate"), i + 1)
        if kinds[i] == "body" and kinds[n] == "metadata" and title_candidate(lines[i].rstrip("！!？?")):
            story_below = any(kinds[k] == "body" and is_prose(lines[k]) for k in range(n + 1, len(lines)))
            if story_below and not re.search(r"[。；;]", lines[i]) and _DATELINE.search(lines[n]):
                return i
    return None


def _exclaimed(line: str) -> bool:
    """A headline's exclamation or question, short and with no clause in it (村里的新风尚,点赞!: one comma
    in a short exclaimed line is still a headline's), or a headline trailing off (这个夏天感受某地温度……)."""
    return (
        len(line) <= 30
        and line.endswith(("！", "？", "!", "?"))
        and not re.search(r"[，,。]", line)
        or len(line) <= 20
        and line.endswith(("！", "!"))
        and len(re.findall(r"[，,]", line)) == 1
        and "。" not in line
        or len(line) <= 30
        and line.endswith("…")
        and not re.search(r"[，,。！？!?；;]", line)
    )


def _over_its_portal_dateline(lines: list[str], kinds: list[str], i: int) -> bool:
    """某某网:标题:副句 right over 发布时间:… and the story: a headline however long, with no sentence's
    punctuation outside its quotes (a special's banner may stand above it)."""
    line = lines[i]
    if not title_candidate(line) or not unpunctuated(line):
        return False
    below = next((j for j in range(i + 1, len(lines)) if kinds[j] != "boilerplate"), None)
    if below is None or kinds[below] != "metadata" or not _PORTAL_DATELINE.search(lines[below]):
        return False
    story = next((j for j in range(below + 1, len(lines)) if kinds[j] != "boilerplate"), None)
    return story is not None and kinds[story] == "body" and is_prose(lines[story])


_CRUMB_ITEM = re.compile(r"^[>›»]\s*(\S.{3,80})$")


def _crumbed_headlines(lines: list[str]) -> set[str]:
    """`> 频道` / `> 标题` / `标题`: a breadcrumb printed an item a line, its last item the headline printed
    right under it (the page's own title, as a <title> hint is).

    >>> sorted(_crumbed_headlines(["清河网", "> 生活", "> 社区自治促和谐", "社区自治促和谐", "正文。"]))
    ['社区自治促和谐']
    """
    out = set()
    for line, below in zip(lines, lines[1:], strict=False):
        m = _CRUMB_ITEM.match(line.strip())
        if m and m.group(1).strip() == below.strip():
            out.add(below.strip())
    return out


def _printed_shorter(lines: list[str], kinds: list[str], first: int, wire: int) -> bool:
    """The page's first line, with its dateline under it, is a headline the wire's 题： holds whole (北疆战
    “疫”记 in 题：中国北疆战“疫”记): the page printed its own headline, shorter, over the wire's."""
    head = split_headline(lines[first])
    dated = first + 1 < len(lines) and kinds[first + 1] == "metadata"
    return dated and len(head) >= 8 and title_candidate(head) and head in lines[wire] and head != lines[wire]


def _dashed_subtitle_below(lines: list[str], kinds: list[str], i: int) -> bool:
    """The next line that is no chrome opens with ——: a subtitle, so the quoted line above is the
    headline it belongs to (a quote spoken in the story has no subtitle)."""
    n = next((k for k in range(i + 1, len(lines)) if kinds[k] != "boilerplate" and lines[k].strip()), None)
    return n is not None and _SUBTITLE_RE.match(lines[n].strip()) is not None


def _banner_repeated_below(lines: list[str], kinds: list[str], i: int, first_prose: int) -> bool:
    """Line i is printed again, word for word, under the story's last sentence, and no dateline follows it
    above: the site's banner, which portals print in the page's header and again in its footer (when
    another line may be the headline; a headline repeated as the captions of the story stands between
    its paragraphs)."""
    dated = _dated(kinds, i)
    repeats = [j for j in range(first_prose + 1, len(lines)) if lines[j] == lines[i]]
    last_prose = max((j for j in range(len(lines)) if kinds[j] == "body" and is_prose(lines[j])), default=0)
    return not dated and bool(repeats) and all(j > last_prose for j in repeats)  # in the footer


def _headline_sized(line: str) -> bool:
    """Longer than a column's name (8 characters), or a phrase in quotes however short (“咱村的红马甲”)."""
    return len(split_headline(line)) > 8 or bool(QUOTED_TITLE.fullmatch(line))


def _dated_under_label(lines: list[str], kinds: list[str], chosen: int) -> int:
    """A label (a column's name, 8 characters or fewer) that no dateline follows yields to the line right
    under it when the dateline follows that line, whatever its shape: a headline in quotes, one ending in
    `…` or `。`, one with a number beside a bar (`社区观察 | 90后网格员的24小时`), which the search for
    headline-like lines passes over. A sentence with a clause before its full stop is a lede, not one."""
    if _headline_sized(lines[chosen]):
        return chosen
    below = [j for j in range(chosen + 1, len(lines)) if kinds[j] != "boilerplate"][:2]
    if len(below) < 2 or kinds[below[0]] != "body" or kinds[below[1]] != "metadata":
        return chosen
    line = lines[below[0]]
    if _SUBTITLE_RE.match(line):  # ——副题 under a short main title: the subtitle, never the headline
        return chosen
    core = line.rstrip("。！？!?…").strip('“”"「」『』')
    lede = line.endswith("。") and re.search(r"[，,；;]", line)  # a clause before the full stop: a lede
    shaped = len(line) <= 40 and "。" not in line.rstrip("。") and title_candidate(core) and not lede
    outlet = site_shaped(line)  # 某某日报 over the date: the dateline's outlet, never the headline
    return (
        below[0]
        if shaped and not outlet and not is_crumb(line) and _DATELINE.search(lines[below[1]])
        else chosen
    )


# A section heading's shape: an enumerator (一、, （二）, 3.), never spaced words (主题 副题 is a headline)
_ENUMERATED = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))"
)


def _enumerator(line: str) -> str | None:
    """The enumerator of a section heading with its numbers masked (一、 and 二、 are both N、), or None."""
    s = line.strip()
    if is_prose(s) or len(s) > 30 or re.search(r"[，,。；;：:]", s):
        return None
    enumerator = _ENUMERATED.match(s)
    return re.sub(r"[一二三四五六七八九十\d]", "N", enumerator.group(0)) if enumerator else None


def _first_of_sections(lines: list[str], kinds: list[str], chosen: int, first_prose: int) -> bool:
    """The chosen line opens a series of section headings: no dateline or byline under it, and a heading
    with the same enumerator inside the story below (一、… 二、…): a headline is never parallel to the
    story's headings."""
    # (first_prose is len(lines) on a page without a prose line: kinds[chosen + 1:first_prose + 1])
    if "metadata" in kinds[chosen + 1 : first_prose + 1]:
        return False
    return _parallel_below(lines, kinds, chosen)


def _parallel_below(lines: list[str], kinds: list[str], i: int) -> bool:
    """A heading with line i's enumerator stands inside the story below it."""
    shape = _enumerator(lines[i])
    return shape is not None and any(
        kinds[j] == "body" and _enumerator(lines[j]) == shape for j in range(i + 2, len(lines))
    )


def _held_by_hint(lines: list[str], kinds: list[str], first_prose: int, hinted: set[str]) -> int | None:
    """Above the story, the headline-like line the page's own title (<title>, og:title, <h1>) holds whole
    (its site suffix not cut), or that holds it whole (with a column tag or navigation around it): of
    several, the one nearest the title's length."""
    titles = [t for t in hinted if len(t) >= 8]
    found = []
    for i in range(first_prose):
        text = split_headline(lines[i])
        if kinds[i] != "body" or len(text) < 8 or not title_candidate(lines[i]) or site_shaped(lines[i]):
            continue
        gaps = [abs(len(t) - len(text)) for t in titles if text in t or t in text]
        if gaps:
            found.append((min(gaps), i))
    return min(found)[1] if found else None


def held_title(title: str, hints: dict[str, str]) -> str:
    """The page's own title when the chosen headline line holds it with more around it (a column tag, a
    crumb, the site's name), else the headline as read.

    >>> held_title("首页 新闻 清河社区志愿者的清晨", {"og:title": "清河社区志愿者的清晨"})
    '清河社区志愿者的清晨'
    """
    hinted = [split_headline(hints[k]) for k in ("og:title", "h1", "title") if hints.get(k)]
    inside = [t for t in hinted if len(t) >= 8 and t in title and t != title]
    return max(inside, key=len) if inside else title


def _best_candidate(lines: list[str], kinds: list[str], candidates: list[int]) -> int | None:
    """Of the headline-like lines above the story, the headline: of those a dateline follows or too long
    for a channel name (新闻中心) and no site's name, the first, unless a later one is clearly longer (a
    banner or slogan over the page is shorter than the story's headline; a subtitle under the headline is
    about as long); a line holding another candidate whole (首页 新闻 标题) yields to it."""
    if candidates:  # a ——subtitle, or a line under the first candidate's dateline, is no headline,
        # unless that first one is only a column's name (抗疫进行时) with the page's dateline under it
        below = next((j for j in range(candidates[0] + 1, len(lines)) if kinds[j] == "metadata"), len(lines))
        first_dated = _dated(kinds, candidates[0])
        labelled = len(split_headline(lines[candidates[0]])) <= 8
        undated = not any(_dated(kinds, i) for i in candidates)
        if labelled and (
            first_dated or undated and any(_under_dateline(lines, kinds, i) for i in candidates[1:])
        ):
            below = len(lines)  # (正确的提示信息 / 热搜词 / 2020-01-28 / 标题 / the story: the dated one)
        candidates = [i for i in candidates if i < below and not _SUBTITLE_RE.match(lines[i])] or candidates
    dated = [i for i in candidates if _dated(kinds, i)]
    sites = [i for i in candidates if site_shaped(lines[i])]  # 某某头条, 某某网 - 口号, 某某股份有限公司
    pool = [i for i in candidates if i not in sites and (i in dated or _headline_sized(lines[i]))]
    if candidates and len(split_headline(lines[candidates[0]])) <= 8:
        # a column's name, its dateline, and the headline under them
        pool += [i for i in candidates[1:] if i not in pool and _under_dateline(lines, kinds, i)]
        pool.sort()
    texts = {i: split_headline(lines[i]) for i in candidates}
    labels = [i for i in candidates if len(texts[i]) <= 8 and not QUOTED_TITLE.fullmatch(lines[i])]
    # 口号 | 栏目 | 标题 | 发布时间: the dated headline under a column's name; the lines above are the site's
    under_label = [i for i in pool if i in dated and any(pool[0] < k < i for k in labels)]
    pool = [i for i in pool if i >= under_label[0]] if under_label else pool
    sections = [i for i in pool[1:] if _ENUMERATED.match(lines[i])]
    pool = [i for i in pool if i not in sections]  # 一、…: a section's heading
    inner = [
        i
        for i in pool
        if any(len(texts[j]) >= 6 and texts[j] in texts[i] and texts[j] != texts[i] for j in candidates)
    ]
    pool = [i for i in pool if i not in inner] or pool  # 首页 新闻 标题 over 标题: the bare headline
    best = pool[0] if pool else None
    for i in pool[1:]:  # a banner over the headline is shorter; a subtitle under it is not much longer
        if len(texts[i]) >= len(texts[best]) + _CLEARLY_LONGER and subtitle_under(lines, kinds, best) != i:
            if marked_over_plain(texts[best], texts[i]) and i == next_shown(kinds, best):
                continue  # 共同把好“入口关” / 青松市全面做好…: a main title (its marks) over a plain subtitle
            best = i
    if best is not None:
        return main_under_kicker(lines, kinds, best)  # 引题 over 主题: the main title under the kicker
    if len(sites) < len(candidates):
        return next(i for i in candidates if i not in sites)
    return candidates[0] if candidates else None


def _dated(kinds: list[str], i: int) -> bool:
    """The first line under line i that is no chrome is metadata (its dateline)."""
    return next((k for k in kinds[i + 1 :] if k != "boilerplate"), "") == "metadata"


def subtitle_under(lines: list[str], kinds: list[str], i: int) -> int | None:
    """The subtitle printed on its own line under the main title i, or None: a paper's two heading lines,
    a main title (longer than a column's name) and a longer line right under it (an image between them at
    most), then the byline or the story, no portal's dateline. A banner or column over a headline has the
    portal's dateline (来源：…, 发布时间：…) under the pair, and yields to the longer line."""
    after = [j for j in range(i + 1, min(i + 5, len(lines))) if not IMAGE_FILE.match(lines[j])][:2]
    if len(after) < 2 or kinds[after[0]] != "body" or len(split_headline(lines[i])) <= 8:
        return None
    j, k = after
    main, sub = split_headline(lines[i]), split_headline(lines[j])
    if not title_candidate(lines[j]) or is_prose(lines[j]) or len(sub) < len(main) + _CLEARLY_LONGER:
        return None
    if _TITLE_SPLIT_RE.search(sub) or len(main.split()) > 2:  # a headline——subtitle of its own; a menu row
        return None
    if _ENUMERATED.match(sub) or photo_credit(sub):  # 一、…: a section; a caption
        return None
    # 记者 某某, 某某 2020-03-03 are a writer's; a date alone, or beside an outlet (某某日报), is a portal's
    words = re.sub(
        r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?|[\d:：|｜]+", " ", lines[k]
    ).split()
    named = bool(words) and not any(site_shaped(w) for w in words)
    byline = kinds[k] == "metadata" and named and not _PORTAL_DATELINE.search(lines[k])
    return j if (byline or kinds[k] == "body" and is_prose(lines[k])) and not site_shaped(lines[i]) else None


def _dateline_below(lines: list[str], kinds: list[str], i: int) -> bool:
    """The next line that is no chrome is the page's dateline (2022-4-11 09:44 | 来源:某某日报)."""
    j = next((j for j in range(i + 1, len(lines)) if kinds[j] != "boilerplate" and lines[j].strip()), None)
    return j is not None and (
        kinds[j] == "metadata" or len(lines[j]) < 60 and bool(_PORTAL_DATELINE.search(lines[j]))
    )


def _under_dateline(lines: list[str], kinds: list[str], i: int) -> bool:
    """A line with the page's dateline or credit line above it (chrome between) and the story's first
    sentence right under it: where a page prints its headline under a column's name."""
    above = next((kinds[j] for j in range(i - 1, -1, -1) if kinds[j] != "boilerplate"), "")
    if _ENUMERATED.match(lines[i]):
        return False  # 一、…: the story's first section
    return above == "metadata" and i + 1 < len(lines) and kinds[i + 1] == "body" and is_prose(lines[i + 1])


def set_headline(lines: list[str], kinds: list[str], title_idx: int) -> tuple[str, str]:
    """(title, subtitle) from the headline line; it and a sub-headline under it become metadata, and
    anything above it is chrome (kinds is updated in place)."""
    title = subtitle = ""
    title_line = printed_headline(lines[title_idx])
    kicker, kicker_lines = kicker_over(lines, kinds, title_idx)
    wired = [title_idx + 1] if title_idx + 1 < len(lines) and WIRE_TITLE.match(lines[title_idx + 1]) else []
    for j in [title_idx, *kicker_lines, *wired]:  # the headline, a kicker over it, a wire's 题： under it
        kinds[j] = "metadata"
    for j in range(title_idx):  # anything left above the headline is site chrome
        if kinds[j] == "body":
            kinds[j] = "boilerplate"
    decked = headline_and_deck(title_line)
    if decked is not None:
        return decked  # 标题 摘要,…: the deck is the subtitle
    piped = [p.strip() for p in re.split(r"\s[|｜]\s", title_line)]
    tagged_first = re.search(r"[【】\[\]“”「」\u2460-\u2473]", piped[0])  # 【台名】…, 系列“…”②: as printed
    if not tagged_first and not _COLUMN_SHAPED.search(piped[0]) and headline_and_its_deck(piped):
        return piped[0], piped[1]  # 某区千名志愿者冲在一线 | 8月份开展活动57次: the headline, its deck
    parts = _TITLE_SPLIT_RE.split(title_line, maxsplit=1)
    own = _own_subtitle_line(lines, kinds, title_idx)
    if own is not None:  # 主题——引语 over a sub-headline of its own and the dateline: the line is the title
        kinds[own] = "metadata"
        return title_line, split_headline(lines[own])
    broken = _LITERAL_BREAK.search(title_line)  # 主题<br>副题: a break tag a converter left as text
    if len(parts) == 2 and len(parts[0]) >= 2 and (not short_tail(parts[1]) or broken):
        title, subtitle = parts[0].strip(), parts[1].strip()  # (【栏目】主题——副题: the tag stays on it)
    else:
        title = title_line
    sub = subtitle_under(lines, kinds, title_idx)
    if sub is not None and not subtitle:  # a paper's main title and the longer line under it
        kinds[sub] = "metadata"
        return title, split_headline(lines[sub])
    # A sub-headline on its own line right after the headline or the dateline.
    for j in range(title_idx + 1, min(title_idx + 4, len(lines))):
        m = _SUBTITLE_RE.match(lines[j])
        if m and kinds[j] == "body" and not subtitle and title_candidate(m.group(1)):
            subtitle = m.group(1).strip()
            kinds[j] = "metadata"
            break
        if kinds[j] == "body":
            break
    return title, subtitle or kicker  # a kicker over the title is its subtitle when none is printed under it


def _own_subtitle_line(lines: list[str], kinds: list[str], i: int) -> int | None:
    """A `——` headline, a sub-headline line of its own and the dateline: the `——` is the title's own."""
    if not _TITLE_SPLIT_RE.search(lines[i]) or i + 2 >= len(lines):
        return None
    sub, dated = lines[i + 1], kinds[i + 2] == "metadata" and _DATELINE.search(lines[i + 2])
    shaped = title_candidate(sub) and len(sub) > 8 and not is_prose(sub) and not _TITLE_SPLIT_RE.search(sub)
    return i + 1 if kinds[i + 1] == "body" and shaped and dated else None  # more than a bare byline


def repeated_headline(lines: list[str], kinds: list[str], title_idx: int, title: str, subtitle: str) -> str:
    """The headline printed again above the story (as it is, or after a column tag: 观察丨…), perhaps
    under a kicker line: the repeat becomes metadata and the kicker the subtitle. Returns the subtitle.

    >>> kinds = ["metadata", "metadata", "body", "body", "body"]
    >>> lines = ["社区的清晨", "2021-08-12", "逐户排查 送菜上门", "社区的清晨", "三月初，居民排队。"]
    >>> repeated_headline(lines, kinds, 0, "社区的清晨", ""), kinds
    ('逐户排查 送菜上门', ['metadata', 'metadata', 'metadata', 'metadata', 'body'])
    """
    ahead = [j for j in range(title_idx + 1, len(lines)) if kinds[j] == "body"][:3]
    for n, j in enumerate(ahead):
        line = lines[j]
        bare = split_headline(line)  # the repeat without the column's tag the title is printed with
        if line == title or bare in (title, split_headline(title)) or line == f"{title}——{subtitle}":
            kicker = ahead[:n]
            if len(kicker) > 1 or any(not title_candidate(lines[k]) for k in kicker):
                return subtitle
            for k in [*kicker, j]:
                kinds[k] = "metadata"
            return subtitle or (lines[kicker[0]] if kicker else "")
        if is_prose(line):
            break
    return subtitle


def headline_after_body(lines: list[str], kinds: list[str], body: list[int]) -> int | None:
    """A page that prints no headline above the story may print it right under it, with the dateline
    after it (video pages): that line, when it is one.

    >>> lines = ["故事讲完了，大家都说好。", "社区的清晨", "发布时间：2024/5/23"]
    >>> headline_after_body(lines, ["body", "body", "metadata"], [0, 1])
    1
    """
    prose = [i for i in body if is_prose(lines[i])]
    if not prose:
        return None
    j = prose[-1] + 1
    if j + 1 >= len(lines) or kinds[j] != "body" or kinds[j + 1] != "metadata":
        return None
    if not title_candidate(lines[j]) or is_prose(lines[j]) or not re.search(r"\d{4}", lines[j + 1]):
        return None
    return j
