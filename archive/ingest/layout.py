"""Where the article lies on a page: chrome that no keyword list names, and the body span.

Pure helpers for clean.py. They describe how any Chinese news page is laid out, not particular
sites: navigation is a row of short items, contact footers are `地址/电话/邮箱: …` lines, and the
article is the densest run of prose after the headline; a run of prose that follows a
`相关阅读`/`责任编辑`/copyright line is another page's teaser, and short non-sentences at the
edges of the span are chrome.
"""

from __future__ import annotations

import re

from .bylines import credit_names
from .fields import FIELD_RE
from .footer import is_footer
from .furniture import closes_story
from .glossed import plain
from .lead import heading_over_lead_in, is_label, is_prose, lone_short_heading, verse_lede
from .story_end import announced_list, closing_words, cut_off_end, dated_pairs, end_of_story, is_list_item

# 当前位置: a breadcrumb, whatever keys it holds (>>您当前位置:…, 您的位置  新闻  社区, 您所在的位置 首页)
POSITION_LINE = re.compile(
    r"^\W{0,3}(您|你)?的?(当前|现在)?(的)?(所在)?的?位置(?:是)?\s*[:：]|^\W{0,3}(您|你)(当前|现在)?的?(所在)?的?位置(\s|$)"
)
# The separators of a breadcrumb: 首页 > 新闻, 首页 -> 专题, 首页 » 社会, 首页 → 本地
# (a > closing a markup tag printed in a text file, <b>…</b>, separates nothing)
CRUMB_SEPARATORS = re.compile(r"\s*(?:>>|-+>|=>|(?<![A-Za-z0-9\"'/])>|[＞»›→]|-&gt;)\s*")
_PUNCT = re.compile(r"[，,。！？!?；;：:、“”\"「」『』（）()《》]")

# Footer contact lines and tag lists: 地址: 某市某路1号, 电话: 0000-1234567, 关键词: 甲 乙 丙
# (an outlet's own hotline in brackets: (某某网某地新闻热线:0000-1234567,投稿邮箱…); 文章关键词: …)
_CONTACT = re.compile(
    r"^(?:(?:联系|办公)?地址|[\u4e00-\u9fff]{0,4}(?:电话|热线|電話|熱線)|[（(][\u4e00-\u9fff]{2,12}(?:新闻)?(?:电话|热线)|"
    r"传真|傳真|(?:投稿|电子|联系|招聘|電子|聯系|聯繫)?(?:邮箱|郵箱)|邮编|郵編|网址|網址|E-?mail|QQ|微信号?|"
    r"抖音号?|微博|快手|视频号|視頻號|办公室|辦公室|(?:文章|本文)?(?:关键词|关键字)|标签|Tags?)\s*[:：]",
    re.I,
)
# 参展联系:021-0000 0000, 值班手机: 138 0000 0000: a short key and a telephone number, nothing else
_KEYED_NUMBER = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*\+?[\d(（][\d\s\-－()（）]{5,}\d$")
_DATE_IN_VALUE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}")
# Lines made only of a page's buttons: share and action bars (阅读 点赞 评论, 分享 收藏 在看), font and
# print controls (【打印】 【字体：大 中 小】, 放大 缩小 默认), social links (微博 QQ空间), list controls.
_ACTION_WORDS = frozenset(
    "阅读 点赞 赞 评论 留言 写留言 分享 收藏 在看 转发 喜欢 微信 微博 QQ QQ空间 QQ好友 朋友圈 复制链接 "
    "打印 我要打印 打印本页 打印此页 关闭 关闭窗口 关闭本页 返回 返回顶部 返回列表 返回目录 举报 反馈 纠错 "
    "字体 字号 调整字体 字体调整 大 中 小 大中小 默认 大字体 小字体 中字体 大字号 中字号 小字号 "
    "放大 缩小 扫码带走 字号变大 字号变小 字体变大 字体变小 "
    "收起 展开 展开全文 查看更多 换一换 "
    "知道了 加载中 更多 上一版 下一版 上一期 下一期 版面导航 标题导航 版面概览 扫一扫 微信扫一扫 "
    "手机看新闻 我来说两句 网页链接 首页 网站首页 返回首页 手机版 电脑版 PDF版 "
    "我要留言 本版新闻 关注我们 按日期搜索 按日期检索 日期检索 往期检索 过刊检索 版面翻页 字体显示 "
    "版面目录 本版目录 本版标题 本版列表 本版列表新闻 搜索 搜索历史 清空 清空记录 热门搜索".split()
)
_ACTION_SPLIT = re.compile(r"[\s\u00a0\u3000|｜/·•【】\[\]:：.…()（）<>«»‹›←↑→]+")
_FONT_BAR = re.compile(
    r"[\s\u00a0\u3000|｜/·•【】\[\]:：]*(?:(?:字体|字号|[大中小]字体|[大中小]字号|大|中|小|默认|放大|缩小)[\s\u00a0\u3000|｜/·•【】\[\]:：]*)+"
)
_COUNT = re.compile(r"\d+(?:\.\d+)?万?\+?")
# An e-paper's page label beside its buttons (F2 版面目录, A03版 本版新闻)
_PAGE_LABEL = re.compile(r"[A-Z]\d{1,2}版?|第?\d{1,2}版")
# Lines that close the article: after one of these, prose belongs to other pages (teasers, comments).
_END_OF_ARTICLE = re.compile(
    r"^[>＞»›•·●▪■◆◇▶►\-\s]*[【\[(（]?\s*(?:相关|延伸阅读|推荐阅读|更多阅读|更多新闻|更多资讯|热门|热点|精彩|猜你喜欢|今日推荐|频道精选|上一篇|下一篇|"
    r"阅读下一篇|阅读上一篇|分享|打印|关闭|返回|网友评论|留言|精彩评论|发表评论|我要评论|评论|关键词|标签|"
    r"(?:责任|值班|流程)?编辑|责编|审核|校对|(?:文章|稿件|信息|新闻)?来源|"
    r"往期|作者最新|喜欢此内容|END\b|完[)）】\]]|全文完|友情链接|合作伙伴|合作媒体|最新文章|推荐文章|随机文章|"
    r"网友推荐|本周|今日热点|24小时|排行|点击排行)"
    r"|copyright|版权|©(?!\s*原创)|ICP|公网安备|免责|声明"
    r"|^第\s*\d{1,2}\s*版\s*[:：]",  # an e-paper's list of its pages under the story (its titles after)
    re.I,
)
# A credit line after the story (編辑/记者/来源 …, 某某网编辑 某某) closes it; a photo credit does not
# (photo stories print one under every picture).
_CREDIT_KEY = re.compile(
    r"记者|通讯员|编辑|责编|审核|审校|[初复终一二三]审|校对|作者|撰稿|供稿|来源|出处|监制|出品|策划|统筹|原标题|"
    r"发布(?:时间|日期|于)|(?:阅读|浏览|点击)(?:量|数|次数)"  # the dateline or a counter printed under it
)
# A photo's credit closing a line (photo_credit): in brackets …（张某 摄）, （资料图）, （图片来源：…）,
# a wire's …（5月3日摄）。 新华社发; after a sentence, or with the name set apart: …。社区供图,
# …。记者 张某 摄, 张某 摄影, 图片 (a headline ending in 摄影 is none)
_BRACKETED_CREDIT = re.compile(
    r"[（(【\[][^（()）【】\[\]]{0,20}?(?:摄影?|供图|图片来源[^（()）]*|资料图片?)\s*[）)】\]]\s*[。.]?\s*(?:\S{0,8}社发\s*)?$"
)
_TRAILING_CREDIT = re.compile(
    r"[。.！!？?]\s*\S{0,12}(?:\s\S{1,4})?\s*(?:摄影?|供图|社发|图片?)\s*$|^\W{0,2}\s*图片$|^[^\s。，,]{2,16}供图$"
    r"|(?:^|\s)[^\s。，,]{0,16}(?:\s+\S{1,4})?[\s/]+(?:摄影?|供图)\s*$"  # 记者 张某 摄, 某某记者李某/摄
)
# The credit's words in traditional script (供圖, 攝影, 圖片, 社發): the patterns read them simplified
_CREDIT_CHARS = str.maketrans("圖攝發", "图摄发")
_WORDS_AND_PICTURES = re.compile(r"(?:^|\s)文\s*[/／]\s*(?:摄影?|图)\s*$")
# A picture's file name printed as a line (某某.jpg)
# (a camera's or a chat app's name for a picture stands without its extension too: 微信图片_20220406091248)
IMAGE_FILE = re.compile(
    r"^\S+\.(?:png|jpe?g|gif|webp|bmp|svg)$|^(?:微信图片|IMG|DSC|mmexport|wx_camera)[_-]?\d{6,}[_\d]*$", re.I
)


def photo_credit(line: str, bracketed: bool = False) -> bool:
    """The line ends in a photo's credit: a caption (…。社区供图, …（张某 摄）) or the credit alone (张某 摄);
    `bracketed`: only a credit in brackets (…（5月3日摄）。).

    >>> photo_credit("居民排队登记。（韦晓岚 摄）"), photo_credit("志愿者分拣物资。社区供图")
    (True, True)
    >>> photo_credit("记者 骆志平 摄"), photo_credit("社区绘就发展蓝图，居民点赞。")
    (True, False)
    >>> photo_credit("志愿者分拣物资。社区供图", bracketed=True)
    False
    """
    s = line.strip().translate(_CREDIT_CHARS)  # (…。某某文明辦 供圖: traditional script)
    if len(s) > 120 or _WORDS_AND_PICTURES.search(s):
        return False  # …。本报记者 某某 文/摄: the writer's credit for the words and the pictures
    return bool(_BRACKETED_CREDIT.search(s)) or not bracketed and bool(_TRAILING_CREDIT.search(s))


# A note wholly in brackets: (作者单位…), (以上图片由…提供), 【…订阅…】.
_BRACKETED = re.compile(r"^(?:[（(][^（()）]{2,60}[）)]|【[^【】]{2,80}】)$")
_DATED = re.compile(
    r"[\s(（\[【]*(?:(?:19|20)\d{2}[-/.年])?[01]?\d[-/.月][0-3]?\d日?(?:\s+\d{1,2}:\d{2})?[)）\]】]?$"
)
_DATED_FIRST = re.compile(
    r"^[\s(（\[【]*(?:(?:19|20)\d{2}[-/.年])?[01]?\d[-/.月][0-3]?\d日?(?:\s+\d{1,2}:\d{2})?[)）\]】]?\s+"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A dateline: the story begins under it (a full date, or the outlet on a 来源 line).
_DATELINE = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|^[（(【\[]?\s*(?:文章|稿件|信息)?[来來]源"
)
_COPYRIGHT = re.compile(r"copyright|版权所有|all rights reserved|©(?!\s*原创)|ICP\s*[备证]|公网安备", re.I)
_TRUNCATED = re.compile(r"[“「『（(《][^”」』）)》]*$")  # 微信群里“匀: prose cut off mid-quote


# `3>2`, `a<b`: a sign between two letters or digits compares them; a crumb's arrow stands between words
COMPARISON = re.compile(r"[0-9A-Za-z][<>＜＞][0-9A-Za-z]")
# Spaces that only pad Latin words and numbers inside Chinese text (社区里的 vlog 日记), not separators
_LATIN_PAD = re.compile(r"(?<![\s0-9A-Za-z])\s+(?![\s0-9A-Za-z])")  # a space between two words of Chinese


def is_crumb(line: str) -> bool:
    """当前位置: 首页 > 新闻, or 首页>财经>快讯 without the words; never a comparison (3>2).

    >>> is_crumb(">>您当前位置:首页 -> 专题 -> 抗疫"), is_crumb("社区书记：守好大门")
    (True, False)
    >>> is_crumb("志愿者 3>2 的一天"), is_crumb("标题里有 a<b 和 x>y 的比较")
    (False, False)
    """
    s = line.strip()
    crumbs = [p for p in CRUMB_SEPARATORS.split(s) if p]
    return bool(POSITION_LINE.search(s)) or (
        len(crumbs) >= 2 and not re.search(r"[，,。！？]", s) and not COMPARISON.search(s)
    )


def latin_padded(line: str) -> bool:
    """Chinese text whose every space pads a Latin word or number (社区里的 vlog 日记): typography, not a
    row of items.

    >>> latin_padded("志愿者 Tom 和 Jerry 的一天"), latin_padded("首页 English 手机版 无障碍")
    (True, False)
    """
    s = line.strip()
    return bool(re.search(r"[\u4e00-\u9fff]", s) and re.search(r"\s", s)) and not _LATIN_PAD.search(s)


def is_link_row(line: str) -> bool:
    """A row of navigation links: four or more short items, no sentence punctuation.

    >>> is_link_row("首页 新闻 体育 财经 图片"), is_link_row("仓库变驿站  战疫有保障")
    (True, False)
    >>> is_link_row("社区观察 | 白天守卡口 夜里送药箱")  # a column tag and a headline: the bar is no link
    False
    >>> is_link_row("社区志愿者 Tom 和 Jerry 的一天")  # spaces around Latin words are no separators
    False
    """
    s = line.strip()
    if _PUNCT.search(s) or latin_padded(s):
        return False
    items = [p for p in re.split(r"[\s\u00a0\u3000·•]+", s) if p and not re.fullmatch(r"[|｜丨/\\-]+", p)]
    return len(items) >= 4 and all(len(p) <= 8 for p in items)


def is_contact_line(line: str) -> bool:
    """`地址: …`, `电话: …`, `邮箱: …`, `关键词: …` (footer contacts and tag lists, never prose).

    >>> is_contact_line("电话: 0000-1234567"), is_contact_line("电话那头，老人说谢谢。")
    (True, False)
    >>> is_contact_line("(清河网青松新闻热线:0000-1234567,投稿邮箱qh@example.com)")
    True
    >>> is_contact_line("文章关键词:社区,疫情"), is_contact_line("  • 传  真:+86-0000-1234567")
    (True, True)
    >>> is_contact_line("参展联系:021-0000 0000"), is_contact_line("时间:2022-03-17")
    (True, False)
    """
    s = line.strip().lstrip("•·●▪■◆◇□▶►*").strip()
    s = re.sub(
        r"(?<=^[\u4e00-\u9fff])[ \u3000\u00a0]+(?=[\u4e00-\u9fff][:：])", "", s
    )  # 传  真: (a key spaced out)
    return (bool(_CONTACT.match(s)) or _keyed_number(s)) and len(s) <= 80 and not s.endswith("。")


def _keyed_number(s: str) -> bool:
    """参展联系:021-0000 0000: a key and a telephone number (seven digits or more, no date)."""
    m = _KEYED_NUMBER.match(s)
    return m is not None and sum(ch.isdigit() for ch in s) >= 7 and not _DATE_IN_VALUE.search(s)


# A field of the page's publication after a bar in a tag or contact line (… | 来源:某某网): the page's fields
# line (line_kinds.classify reads it so before any chrome rule)
PUBLICATION_FIELD = re.compile(r"[|｜]\s*(?:[来來]源|作者|发布时间|發布時間|发布日期)\s*[:：]")


# 展开全文: the fold of a long story (the rest of it follows), no button under its end
_FOLD = re.compile(r"(?:点击)?展开全文[>»…\s]*")


def _ends_article(line: str, kind: str) -> bool:
    s = line.strip()
    if kind == "body":
        return False
    if _END_OF_ARTICLE.search(plain(s)[:12]):
        return True
    if kind == "metadata":
        return bool(_CREDIT_KEY.search(s)) and not photo_credit(s)
    # 阅读 10万+ 点赞 在看, 【打印】【关闭】: the buttons under a story (font controls may stand inside it);
    # 扫一扫在手机打开当前页, 请文明上网: the furniture printed under a story (furniture.py)
    bar = is_action_bar(s) and not _FONT_BAR.fullmatch(s) and not _FOLD.fullmatch(s)
    return is_footer(s) or bar or closes_story(s) or is_crumb(s)


def is_bracketed_note(line: str) -> bool:
    """A line wholly in brackets: a credit, an editor's note or a banner, never a paragraph.

    >>> is_bracketed_note("（以上图片由和平社区提供）"), is_bracketed_note("（一）守好小区大门")
    (True, False)
    """
    return bool(_BRACKETED.match(line.strip()))


def is_dated_link(line: str) -> bool:
    """A link to another article with its date: a title (no sentence) ending in 2022-03-01 or 03-01, or
    opening with it (`[03-01] 清河县菜农送菜进小区`, never a key: `2022-03-01 来源：…` is a dateline).

    >>> is_dated_link("清河县菜农送菜进小区 2022-03-01"), is_dated_link("居民们从3月1日起排队。")
    (True, False)
    >>> is_dated_link("[03-05] 清河县开展全员核酸检测"), is_dated_link("2022-03-05 09:30 来源：清河日报")
    (True, False)
    >>> is_dated_link("来源:清河网-清河日报2022-03-05"), is_dated_link("(來(lái)源:清河報(bào)2022年3月5日)")
    (False, False)
    """
    s = line.strip().lstrip("•·●▪■◆◇▶►").strip()  # (• 编辑:某某 2022-03-01: a bulleted field)
    if len(s) > 60:
        return False
    m = _DATED.search(s)
    # 发布时间：2022-03-01: a keyed date is the page's dateline, not a link's
    keyed = m is not None and s[: m.start()].rstrip().endswith((":", "："))
    keyed = keyed or FIELD_RE.match(s) is not None  # 来源:某某网-某某日报2020-10-23: a dateline
    keyed = keyed or FIELD_RE.match(plain(s).lstrip("(（")) is not None  # 來(lái)源:…: a converter's glosses
    if m and m.start() >= 4 and not keyed and not re.search(r"[，,。；;！!？?]", s[: m.start()]):
        return True
    m = _DATED_FIRST.match(s)
    rest = s[m.end() :] if m else ""
    return bool(m) and len(_CJK.findall(rest)) >= 6 and not re.search(r"[，,。；;！!？?:：|｜]", rest)


# A link title cut short by the list that prints it: 某某小区的志愿者们..., 这种菜竟然比肉还贵…
# (three dots or one ellipsis; a writer's own ellipsis is the doubled ……).
_CUT_TITLE = re.compile(r"[^.…。]\s*(?:\.{3,6}|(?<!…)…)$")
_LIST_MARK = re.compile(r"^[-•·●▪■◆◇▶►>＞»›\s]+")


def is_cut_title(line: str) -> bool:
    """A link's title cut short with `...` or one `…`, no sentence in it.

    >>> is_cut_title("- 小镇青年“充电潮”推热县城共享自习室-..."), is_cut_title("她说：“我们一定……")
    (True, False)
    """
    s = _LIST_MARK.sub("", line.strip())
    return 6 <= len(s) <= 48 and "。" not in s and bool(_CUT_TITLE.search(s))


def link_list(lines: list[str], kinds: list[str]) -> list[int]:
    """The lines of lists of links to other articles: in a run of short non-sentences (no `。`, not a
    clause running on with a comma), everything from the first title cut short on, when the run holds
    two or more such titles (related-article lists, a WeChat mirror's clickbait under the story).

    >>> lines = ["大家都说好。", "辛苦啦!", "这种菜竟然比肉还贵...", "周末别出门!", "楼下的猫又胖了…"]
    >>> link_list(lines, ["body"] * 5)
    [2, 3, 4]
    """
    found: list[int] = []
    run: list[int] = []
    for i in [*range(len(lines)), None]:
        if i is not None and kinds[i] != "metadata" and _in_link_run(lines[i]):
            run.append(i)
            continue
        cut = [j for j in run if is_cut_title(lines[j])]
        if len(cut) >= 2:
            found += [j for j in run if j >= cut[0]]
        run = []
    return sorted(set(found) | set(dated_pairs(lines)))


def _in_link_run(line: str) -> bool:
    s = line.strip()
    return len(s) <= 48 and "。" not in s and not s.endswith(("，", ",", "、", "：", ":"))


def _is_edge_chrome(line: str) -> bool:
    """A short non-sentence at the edge of the body: a label, a link, a counter (never a clause that
    runs on into the next line with a comma, as a WeChat story prints its lines)."""
    if is_dated_link(line):
        return True
    return (
        not is_prose(line)
        and len(line) < 16
        and not line.endswith(("，", ",", "、"))
        and line not in ("……", "...", "…")
        and not _TRUNCATED.search(line)
        and not photo_credit(line)
    )


def _byline_under_lede(lines: list[str], kinds: list[str], block: list[int], i: int) -> bool:
    """Line i is the writers' credit (文、图/某某报记者 甲 实习生 乙) under the story's first paragraph
    and over the rest of it, as papers print a lede: not the end of the story. A credit naming editors,
    a source or a date, or one under more than one paragraph, closes it as before."""
    if kinds[i] != "metadata" or len(lines[i]) > 40 or sum(is_prose(lines[j]) for j in block) != 1:
        return False
    credit = credit_names(lines[i])
    following = next((j for j in range(i + 1, len(lines)) if kinds[j] != "boilerplate"), None)
    return (
        bool(credit and credit[0] and not credit[1])
        and following is not None
        and kinds[following] == "body"
        and not re.search(r"来源|编辑|\d{4}", lines[i])
    )


def body_span(
    lines: list[str], kinds: list[str], start: int, headings: frozenset[str] = frozenset()
) -> list[int]:
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
        if len(blocks) == 1 and _byline_under_lede(lines, kinds, blocks[0], i):
            continue  # the lede, the writers' credit, the story: one story
        if _ends_article(lines[i], kinds[i]) and any(is_prose(lines[j]) for j in blocks[-1]):
            if kinds[i] == "boilerplate" and (is_footer(lines[i]) or _COPYRIGHT.search(lines[i])):
                after_footer.add(len(blocks))
            blocks.append([])
        elif (
            kinds[i] == "metadata"
            and _DATELINE.search(lines[i])
            and not any(is_prose(lines[j]) for j in blocks[-1])
        ):
            blocks[-1] = []  # short lines above the dateline are the site's banners or the headline's
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
    best = end_of_story(lines, best)
    while (
        best
        and not announced_list(lines, best[-1])  # …热线如下：and the list under it
        and not cut_off_end(lines, kinds, best)
        and not closing_words(lines[best[-1]])
        and (
            _is_edge_chrome(lines[best[-1]])
            or is_bracketed_note(lines[best[-1]])
            or is_list_item(lines[best[-1]])
        )
    ):
        best.pop()
    lead = next(
        (n for n, i in enumerate(best) if not (_is_edge_chrome(lines[i]) or is_list_item(lines[i]))),
        len(best),
    )
    # a run of labels above the first paragraph (one line of a few words may be its heading; a lone symbol,
    # an outlet's name or a line of dates and separators is the page's)
    # (a heading of four characters or fewer is the page's unless the story has more headings)
    first = lines[best[0]] if lead == 1 else ""
    if lead >= 2 and (
        verse_lede(lines, best[:lead], best[lead:]) or heading_over_lead_in(lines, best[:lead], best)
    ):
        return best  # the story's opening, one phrase a line; its first heading and a lead-in (某某街道:)
    if (
        lead >= 2
        or first
        and (is_label(first) or is_list_item(first) or lone_short_heading(lines, best, headings))
    ):
        best = best[lead:]
    return best


def is_action_bar(line: str) -> bool:
    """A line of buttons only: share, print, font size, social links, counters.

    >>> is_action_bar("阅读 10万+ 点赞 评论"), is_action_bar("【打印】 【字体：大 中 小】")
    (True, True)
    >>> is_action_bar("分享快乐"), is_action_bar("居民阅读了告知书。"), is_action_bar("F2 版面目录")
    (False, False, True)
    """
    words = [w for w in _ACTION_SPLIT.split(line.strip()) if w]
    return (
        bool(words)
        and all(w in _ACTION_WORDS or _COUNT.fullmatch(w) or _PAGE_LABEL.fullmatch(w) for w in words)
        and not all(_COUNT.fullmatch(w) or _PAGE_LABEL.fullmatch(w) for w in words)
    )
