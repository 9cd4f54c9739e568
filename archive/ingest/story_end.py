"""Where the story ends, by shape: the lists portals print under a story (related headlines with their
dates, rankings, footers with separators) and the run of them that ends it.

Pure helpers for layout.body_span (and headline.py: a dated list line is never the headline).
"""

from __future__ import annotations

import re

from .lead import SENTENCE_END, is_prose

# The marks of a list item under a story: a date as links print it (2022-04-08, 2022/4/8, [04-08]; a clock
# time alone is no mark: a notice in a story lists opening hours, 8:00-12:00), a separator (|, >, » or a
# spaced slash), a `key:` label, a rank number opening the line.
_LINK_DATE = (
    r"(?:(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|(?<![\d.:])[01]?\d-[0-3]\d(?![\d.:])|"
    r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
# …where a list prints it: opening or closing the line, or beside a separator (a story's sentence holds a
# date inside its words: 截至2022-04-08，社区…)
_ITEM_DATE = re.compile(
    rf"^[\s\[【(（]*{_LINK_DATE}|{_LINK_DATE}[\s\]】)）]*$|{_LINK_DATE}\s*[|｜·•/]|[|｜·•/]\s*{_LINK_DATE}"
)
_ITEM_SEPARATOR = re.compile(r"[|｜>＞»]|\s/\s")
_COLUMN_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}")
_ITEM_KEY = re.compile(r"(?:^|\s)[^，,。：:\s]{1,6}\s*[:：]\s*\S")
_ITEM_RANK = re.compile(r"^(?:\d{1,2}|[①②③④⑤⑥⑦⑧⑨⑩])\s+\S")


def is_list_item(line: str) -> bool:
    """A line shaped like an item of the lists portals print under a story, however long: no sentence in
    it (no `。`, no clause running on), and a date, or a number with a separator or two labels, or a rank
    number opening it (related headlines with their dates, footers, rankings).

    >>> is_list_item("清河区：物资保供有序进行，居民生活平稳 2022-04-07"), is_list_item("3 志愿者在行动")
    (True, True)
    >>> is_list_item("截至4月8日，社区已完成第12轮核酸检测。"), is_list_item("社区观察 | 楼栋长的一天")
    (False, False)
    >>> is_list_item("浏览 12 | 评论 3"), is_list_item("新风采 | 封控小区里，20岁的快递员当起志愿者")
    (True, False)
    """
    s = line.strip().rstrip("”\"’'）)】]")
    if not 4 <= len(s) <= 160 or "。" in s or s.endswith(tuple("！？!?…，,、；;：:")):
        return False
    if _ITEM_DATE.search(s) or _ITEM_RANK.match(s):
        return True
    if not re.search(r"\d", s):
        return False
    # a column's name, then a headline with a number in its words (栏目 | 99年的骑手当起志愿者): no item
    fields = [f.strip() for f in _ITEM_SEPARATOR.split(s)]
    headline = len(fields) == 2 and _COLUMN_NAME.fullmatch(fields[0]) is not None and len(fields[1]) >= 8
    # 某区1400余志愿者冲在一线 | 8月份共开展活动57次: a headline and its deck, each a phrase of its own
    headline = headline or headline_and_its_deck(fields)
    return bool(_ITEM_SEPARATOR.search(s)) and not headline or len(_ITEM_KEY.findall(s)) >= 2


def headline_and_its_deck(parts: list[str]) -> bool:
    """某区1400余志愿者冲在一线 | 8月份共开展活动57次: two parts either side of a bar, each a phrase of
    its own (eight Chinese characters and more), are a headline and its deck."""
    return len(parts) == 2 and all(len(re.findall(r"[\u4e00-\u9fff]", p)) >= 8 for p in parts)


def _is_sentence(line: str) -> bool:
    return "。" in line or line.rstrip("”\"’'）)").endswith(tuple(SENTENCE_END))


def _in_item_run(line: str) -> bool:
    """A line a list of links is made of: an item, or a link's title with no sentence in it."""
    return is_list_item(line) or len(line) <= 48 and not _is_sentence(line) and not line.endswith(("，", ","))


def end_of_story(lines: list[str], block: list[int]) -> list[int]:
    """The story's lines of a block: it ends where a run of list items begins after its prose (two or
    more, when no sentence follows them; three or more, or two with their titles, two of them dated or
    with a separator, when something sentence-like does: readers' comments, teasers). The run is read on
    the page's lines: items the page sorted out as metadata or chrome and the bare titles between dated
    lines count in it. A story line never comes back after such a run; a single item inside the story (a
    paragraph with a date and no full stop) stays.

    >>> lines = ["第一段，说了一件事。", "清河区核酸检测 2022-04-07", "志愿者在行动 04-06", "评论很好。"]
    >>> end_of_story(lines, [0, 1, 2]), end_of_story(lines, [0, 1, 3]), end_of_story(lines, [0, 3])
    ([0], [0, 1, 3], [0, 3])
    """
    prose = next((n for n, i in enumerate(block) if is_prose(lines[i]) and not is_list_item(lines[i])), None)
    if prose is None:
        return block
    for n in range(prose + 1, len(block)):
        end = block[n - 1] + 1
        while end < len(lines) and _in_item_run(lines[end]):
            end += 1
        items = [lines[j] for j in range(block[n - 1] + 1, end) if is_list_item(lines[j])]
        marked = [s for s in items if _ITEM_DATE.search(s) or _ITEM_SEPARATOR.search(s)]
        after = any(_is_sentence(lines[i]) for i in block[n:] if i >= end)
        many = len(items) >= 3 or end - block[n - 1] - 1 >= 4  # three items, or two with their titles
        # …热线如下：opening the run, or the run a list of contacts under it: the story's own list
        first = block[n - 1] + 1
        announced = first < len(lines) and (_AS_FOLLOWS.search(lines[first]) or announced_list(lines, first))
        if len(items) >= 2 and (not after or many and len(marked) >= 2) and not announced:
            return block[:n]
    return block


# A site's word (加载更多, 网站导航, 站点地图, 返回顶部) or an outlet's name opening the line (某某日报…: a
# credit cut short): a capture's last line that is the page's, not the story's
_SITE_WORD = re.compile(
    r"^[\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|时报|网|报社|电视台)|更多|加载|点击|登录|注册|投稿|导航|排行|评论|留言|"
    r"推荐|专题|下载|客户端|关注|编辑|审核|来源|标题|版权|声明|首页|频道|新闻|阅读|分享|页|[站点]地图|帮助|反馈|建议|"
    r"订阅|隐私|搜索|顶部|模式|无障碍|繁体|繁體|简体|政务|要闻|热点|精选|收藏|打印|关闭|返回"
)
# …and the words of a platform's or portal's furniture, in a line of six characters or fewer (a longer
# fragment of the story may hold them: 志愿者们积极参与)
_FURNITURE_WORD = re.compile(
    r"话题|赞赏|取消|允许|程序|服务|投诉|作者|全文|讨论|微博|微信|好友|协议|联系|条款|纠错|地址|访谈|顶端|沙发|"
    r"已有|参与|跟帖|来自|编者|结束|^完$|统筹|监制|[一二三初复终]审"
)
# An outlet's name cut short inside its own word (某某晚, 某某日): a credit under the story, cut off
_OUTLET_CUT_SHORT = re.compile(r"[\u4e00-\u9fff]{2,6}(?:[日晚早时]报?|都市报?|电视台?|广播电?)")
# A fragment of the story's words: words and numbers, quotes, and the commas of a clause running on
# (…乡政府和派, “中南新村有17户, 同样,还有很多发生在, 冲锋在前,党员身份)
_WORDS = r"[\u4e00-\u9fff\d“”‘’「」《》]+"
_FRAGMENT = re.compile(rf"[（(]?{_WORDS}(?:[，,、]{_WORDS})*[，,、]?")


def cut_off_end(lines: list[str], kinds: list[str], best: list[int]) -> bool:
    """The story's last line is the page's last line, a fragment of words right under the story's other
    lines, with nothing after it: a capture cut off mid-sentence (…乡政府和派, 同样,还有很多发生在), not
    chrome: no site's word in it (加载更多), no outlet's name opening it (某某日报…: a credit cut short).
    A fragment of two to four characters (到村民, “我们) stands under a sentence of the story's and is no
    outlet's name cut short (某某晚).

    >>> ends = ["第二天，他们又", "到村民", "清河晚", "网站地图"]
    >>> [cut_off_end(["志愿者们守在路口，一守就是一夜。", end], ["body"] * 2, [0, 1]) for end in ends]
    [True, True, False, False]
    """
    i = best[-1]
    s = lines[i].strip()
    words = len(re.findall(r"[\u4e00-\u9fff]", s))
    if not (i == len(lines) - 1 and len(best) >= 2 and best[-2] == i - 1 and kinds[i] == "body"):
        return False
    if words < 2 or not _FRAGMENT.fullmatch(s) or _SITE_WORD.search(s) or is_list_item(s):
        return False
    if len(s) <= 6 and _FURNITURE_WORD.search(s):
        return False
    return len(s) >= 5 or _is_sentence(lines[i - 1]) and not _OUTLET_CUT_SHORT.fullmatch(s)


# A story's closing words with no full stop: a quotation whole (“没事，应该的”), clauses split by a comma
# (致敬，最美逆行者)
_CLOSING_WORDS = re.compile(
    rf"“{_WORDS}(?:[，,、！!？?]{_WORDS})*[！!？?…]*”|{_WORDS}(?:[，,]{_WORDS})+[！!…]*"
)


def closing_words(line: str) -> bool:
    """The story's closing words though no sentence ends them: a quotation whole, or clauses split by a
    comma; speech and clauses, never a page's label or link (no site's word in them).

    >>> closing_words("“没事，应该的”"), closing_words("致敬，最美逆行者"), closing_words("为他们点赞")
    (True, True, False)
    >>> closing_words("点击关注，了解更多"), closing_words("“社区观察”")
    (False, False)
    """
    s = line.strip()
    cjk = len(re.findall(r"[\u4e00-\u9fff]", s))
    return cjk >= 5 and bool(_CLOSING_WORDS.fullmatch(s)) and not _SITE_WORD.search(s)


# A date alone on its line (2018-03-02 08:58:39, [03-02]) and a separator alone (-, •, |)
_BARE_DATE = re.compile(
    r"^[\[【(（]?(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}日?[\]】)）]?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*[•·|｜]?\s*(?:[\d.]+[万千]?\s*次?(?:阅读|浏览|点击)|(?:阅读|浏览|点击)[量数]?\s*[:：]?\s*[\d.]+[万千]?))?$"
)  # (2022年06月11日 • 21万次阅读: the date and how often the item was read)
_BARE_SEPARATOR = re.compile(r"^[-–—•·●▪■◆◇|｜]{1,3}$")


def _pair_title(line: str) -> bool:  # a title may ask or exclaim (…怎么办？), never say a sentence (。)
    s = line.strip()
    return (
        4 <= len(s) <= 48 and "。" not in s and not s.endswith(tuple("，,、：:")) and not _BARE_DATE.match(s)
    )


def dated_pairs(lines: list[str]) -> list[int]:
    """A list of links printed two lines an item, a title and its date under it (or over it), the items
    parted by separators: two items or more in a row are the page's, however a single headline over its
    date looks (a story's headline has its story under it, never another dated title).

    >>> lines = ["故事的最后一段。", "清河县菜农送菜进小区", "2022-03-01", "-", "志愿者在行动", "2022-02-28"]
    >>> dated_pairs(lines), dated_pairs(lines[:4] + ["第二段，讲了另一件事。"])
    ([1, 2, 3, 4, 5], [])
    """
    found: list[int] = []
    for order in ((0, 1), (1, 0)):
        i = 0
        while i < len(lines):
            j, items = i, []
            while j + 1 < len(lines):
                title, date = lines[j + order[0]], lines[j + order[1]]
                if not (_pair_title(title) and _BARE_DATE.match(date)):
                    break
                k = j + 2
                while k < len(lines) and _BARE_SEPARATOR.match(lines[k]):
                    k += 1
                items.append(range(j, k))
                j = k
            if len(items) >= 2:
                found += [n for item in items for n in item]
                if order == (0, 1) and j == len(lines) - 1 and _pair_title(lines[j]):
                    found.append(j)  # the page cut after the last item's title, before its date
            i = j if items else i + 1
    return found


# …服务时间如下: then 某县0739-1234567 08:00-20:00 lines: a list the story announces, not the site's contacts
_AS_FOLLOWS = re.compile(r"(?:如下|以下|分别是|分别为)\s*[:：]\s*$")
_PHONE = re.compile(r"(?<!\d)(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9})(?!\d)")


def listed_contacts(lines: list[str], kinds: list[str]) -> None:
    """Contact lines right under a story's line announcing them (…热线如下：) are the story's list.

    >>> kinds = ["body", "boilerplate", "boilerplate", "boilerplate"]
    >>> listed_contacts(["热线如下：", "甲县0739-5164006", "乙县13873956078", "版权所有"], kinds)
    >>> kinds
    ['body', 'body', 'body', 'boilerplate']
    """
    for n in range(1, len(lines)):
        if kinds[n - 1] != "body" or not _AS_FOLLOWS.search(lines[n - 1]):
            continue
        k = n
        while k < len(lines) and kinds[k] in ("body", "boilerplate") and _PHONE.search(lines[k]):
            kinds[k] = "body"
            k += 1


def announced_list(lines: list[str], i: int) -> bool:
    """Line i one of the contact lines a line of the story announces (…热线如下：甲县0739-…): the
    story's, however short and sentence-less.

    >>> announced_list(["热线如下：", "甲县0739-5164006", "乙县13873956078"], 2)
    True
    """
    k = i
    while k > 0 and _PHONE.search(lines[k]):
        k -= 1
    return k < i and bool(_AS_FOLLOWS.search(lines[k]))
