"""Where the article lies on a page: chrome that no keyword list names, and the body span.

Pure helpers for clean.py. They describe how any Chinese news page is laid out, not particular
sites: navigation is a row of short items, contact footers are `地址/电话/邮箱: …` lines, and the
article is the densest run of prose after the headline; a run of prose that follows a
`相关阅读`/`责任编辑`/copyright line is another page's teaser, and short non-sentences at the
edges of the span are chrome.
"""

from __future__ import annotations

import re

from .footer import is_footer

# 当前位置: a breadcrumb, whatever keys it holds (>>您当前位置:…, 您的位置  新闻  社区)
POSITION_LINE = re.compile(
    r"^\W{0,3}(您|你)?(当前|现在)?(的)?(所在)?位置\s*[:：]|^\W{0,3}(您|你)(当前|现在)?的?(所在)?位置(\s|$)"
)
# The separators of a breadcrumb: 首页 > 新闻, 首页 -> 专题, 首页 » 社会, 首页 → 本地
CRUMB_SEPARATORS = re.compile(r"\s*(?:>>|-+>|=>|[>＞»›→]|-&gt;)\s*")
SENTENCE_END = "。！？!?…"
_PUNCT = re.compile(r"[，,。！？!?；;：:、“”\"「」『』（）()《》]")

# Footer contact lines and tag lists: 地址: 某市某路1号, 电话: 0000-1234567, 关键词: 甲 乙 丙
_CONTACT = re.compile(
    r"^(?:(?:联系)?地址|(?:联系|咨询|服务|新闻|投诉)?电话|传真|邮箱|电子邮箱|邮编|网址|热线|E-?mail|QQ|微信号?|"
    r"关键词|关键字|标签|Tags?)\s*[:：]",
    re.I,
)
# Lines that close the article: after one of these, prose belongs to other pages (teasers, comments).
_END_OF_ARTICLE = re.compile(
    r"^[>＞»›•·●▪■◆◇▶►\-\s]*[【\[(（]?\s*(?:相关|延伸阅读|推荐阅读|更多阅读|热门|热点|精彩|猜你喜欢|今日推荐|频道精选|上一篇|下一篇|"
    r"阅读下一篇|阅读上一篇|分享|打印|关闭|返回|网友评论|留言|精彩评论|发表评论|我要评论|评论|关键词|标签|"
    r"(?:责任|值班|流程)?编辑|责编|审核|校对|(?:文章|稿件|信息|新闻)?来源)"
    r"|copyright|版权|©|ICP|公网安备|免责|声明",
    re.I,
)
# A credit line after the story (編辑/记者/来源 …, 某某网编辑 某某) closes it; a photo credit does not
# (photo stories print one under every picture).
_CREDIT_KEY = re.compile(r"记者|通讯员|编辑|责编|审核|审校|校对|作者|撰稿|供稿|来源|出处")
_PHOTO_CREDIT = re.compile(r"(摄影?|供图|图片)\s*[）)】\]]?$")
# A note wholly in brackets: (作者单位…), (以上图片由…提供), 【…订阅…】.
_BRACKETED = re.compile(r"^(?:[（(][^（()）]{2,60}[）)]|【[^【】]{2,80}】)$")
_DATED = re.compile(
    r"[\s(（\[【]*(?:(?:19|20)\d{2}[-/.年])?[01]?\d[-/.月][0-3]?\d日?(?:\s+\d{1,2}:\d{2})?[)）\]】]?$"
)
_COPYRIGHT = re.compile(r"copyright|版权所有|all rights reserved|©|ICP\s*[备证]|公网安备", re.I)
_TRUNCATED = re.compile(r"[“「『（(《][^”」』）)》]*$")  # 微信群里“匀: prose cut off mid-quote


def is_crumb(line: str) -> bool:
    """当前位置: 首页 > 新闻, or 首页>财经>快讯 without the words.

    >>> is_crumb(">>您当前位置:首页 -> 专题 -> 抗疫"), is_crumb("社区书记：守好大门")
    (True, False)
    """
    s = line.strip()
    crumbs = [p for p in CRUMB_SEPARATORS.split(s) if p]
    return bool(POSITION_LINE.search(s)) or len(crumbs) >= 2 and not re.search(r"[，,。！？]", s)


def is_link_row(line: str) -> bool:
    """A row of navigation links: four or more short items, no sentence punctuation.

    >>> is_link_row("首页 新闻 体育 财经 图片"), is_link_row("仓库变驿站  战疫有保障")
    (True, False)
    """
    s = line.strip()
    if _PUNCT.search(s):
        return False
    items = [p for p in re.split(r"[\s\u00a0\u3000·•]+", s) if p]
    return len(items) >= 4 and all(len(p) <= 8 for p in items)


def is_contact_line(line: str) -> bool:
    """`地址: …`, `电话: …`, `邮箱: …`, `关键词: …` (footer contacts and tag lists, never prose).

    >>> is_contact_line("电话: 0000-1234567"), is_contact_line("电话那头，老人说谢谢。")
    (True, False)
    """
    s = line.strip()
    return bool(_CONTACT.match(s)) and len(s) <= 80 and not s.endswith("。")


def is_prose(line: str) -> bool:
    """A sentence or a long line of text (not a link, a label or a heading)."""
    return len(line) >= 40 or line.rstrip("”\"’'）)").endswith(tuple(SENTENCE_END))


def _ends_article(line: str, kind: str) -> bool:
    s = line.strip()
    if kind == "body":
        return False
    if _END_OF_ARTICLE.search(s[:12]):
        return True
    if kind == "metadata":
        return bool(_CREDIT_KEY.search(s)) and not _PHOTO_CREDIT.search(s)
    return is_footer(s)


def is_bracketed_note(line: str) -> bool:
    """A line wholly in brackets: a credit, an editor's note or a banner, never a paragraph.

    >>> is_bracketed_note("（以上图片由和平社区提供）"), is_bracketed_note("（一）守好小区大门")
    (True, False)
    """
    return bool(_BRACKETED.match(line.strip()))


def is_dated_link(line: str) -> bool:
    """A link to another article with its date: a title (no sentence) ending in 2022-03-01 or 03-01.

    >>> is_dated_link("清河县菜农送菜进小区 2022-03-01"), is_dated_link("居民们从3月1日起排队。")
    (True, False)
    """
    s = line.strip()
    m = _DATED.search(s)
    return bool(m) and len(s) <= 60 and m.start() >= 4 and not re.search(r"[，,。；;！!？?]", s[: m.start()])


def _is_edge_chrome(line: str) -> bool:
    """A short non-sentence at the edge of the body: a label, a link, a counter."""
    if is_dated_link(line):
        return True
    return (
        not is_prose(line)
        and len(line) < 16
        and line not in ("……", "...", "…")
        and not _TRUNCATED.search(line)
        and not re.search(r"[（(]?\s*\S{0,12}(摄|供图)\s*[）)]?$", line)
    )


def body_span(lines: list[str], kinds: list[str], start: int) -> list[int]:
    """The indices of the body lines: the block of lines from `start` with the most prose.

    Blocks are separated by lines that close an article (related links, editor or source lines,
    copyright, footers); other chrome inside a block (a counter, an image name) is passed over. A
    block opened by a footer (copyright, rights notice, contacts) is the site's end matter however
    long it is. Within the chosen block, short non-sentences at either edge are chrome.

    >>> lines = ["第一段，说了一件事。", "第二段，又说了。", "相关阅读", "别处的报道，很长。", "更多"]
    >>> body_span(lines, ["body", "body", "boilerplate", "body", "body"], 0)
    [0, 1]
    """
    blocks: list[list[int]] = [[]]
    after_footer: set[int] = set()  # blocks opened by a footer: the site's end matter, never the story
    for i in range(start, len(lines)):
        if _ends_article(lines[i], kinds[i]) and any(is_prose(lines[j]) for j in blocks[-1]):
            if kinds[i] == "boilerplate" and (is_footer(lines[i]) or _COPYRIGHT.search(lines[i])):
                after_footer.add(len(blocks))
            blocks.append([])
        elif kinds[i] == "body":
            blocks[-1].append(i)

    def weight(n: int) -> int:
        return 0 if n in after_footer else sum(len(lines[i]) for i in blocks[n] if is_prose(lines[i]))

    # The article comes before its teasers: the first block holding half the heaviest block's prose
    # (a short story is not outweighed by the long captions of the pictures linked under it).
    most = max(weight(n) for n in range(len(blocks)))
    heaviest = next(n for n in range(len(blocks)) if weight(n) * 2 >= most)
    best = blocks[heaviest]
    if not weight(heaviest):
        best = [i for block in blocks for i in block]
    while best and (_is_edge_chrome(lines[best[-1]]) or is_bracketed_note(lines[best[-1]])):
        best.pop()
    lead = next((n for n, i in enumerate(best) if not _is_edge_chrome(lines[i])), len(best))
    if lead >= 2:  # a run of labels above the first paragraph (one short line may be its heading)
        best = best[lead:]
    return best
