"""The headline's own words: a column tag or list bullet before it, the site's and channel's names
after it (or before it), a picture or video mark after it are cut (`split_headline`). Pure helpers
for clean.py and headline.py; the rules are shapes of Chinese news pages, never particular sites.
"""

from __future__ import annotations

import re

from .layout import CRUMB_SEPARATORS, photo_credit
from .lead import is_prose
from .metadata import without_bracketed_outlet

# A column or banner before the headline: 新华全媒+|…, 【一线抗疫群英谱】…, 上海好邻居 | …, 观察丨…
# A column tag is words (栏目 | …, 新华全媒+|…): it holds a CJK character, so a headline that merely
# contains a pipe (=cmd|…, a formula-looking title) is never cut.
_COLUMN_PREFIX = re.compile(
    r"^(?:【[^】]{1,16}】\s*|\[[^\]]{1,16}\]\s*|《[^》]{2,16}》\s*[:：]\s*|(?=[^|｜丨\s]{0,9}[\u4e00-\u9fff])[^|｜丨\s]{1,10}\s*[|｜丨]\s*"
    # a wire's campaign tag in round brackets: (抗击新冠肺炎)某地…
    r"|[（(](?:抗击|战胜|防控|抗疫|战疫|聚焦|关注)[\u4e00-\u9fff]{1,8}[）)]\s*)(?=\S)"
)
# A list's bullet before it (• ● ■ ★), a picture or video mark after it: …（图）, …[组图], …(视频)
_BULLET = re.compile(r"^[•·●▪■◆◇□▲△▶►★☆※]\s*")
# A column's label glued to a mark, then a space, then the headline: ■社区观察 楼栋长的一天. A label that is a
# place (■清河县 …) reads with the headline; a bullet with a space after it marks no label (● 楼栋长…).
_MARKED_LABEL = re.compile(
    r"^[■□●▲△◆◇★☆▶►]\s?(?P<label>[\u4e00-\u9fff“”\"]{2,8})[ \u3000\u00a0]+(?P<rest>\S.{7,})$"
)
_PLACE_END = re.compile(r"(?:省|市|县|区|镇|乡|村|社区|街道|州|盟|旗)$")
_MEDIA_MARK = re.compile(  # (also 内有影片, 附视频, in either script)
    r"\s*[（(【\[]\s*(?:[内內]有|附|含)?(?:高清)?(?:[组組多附][图圖]|[图圖][文片]|[图圖]|[视視][频頻]|[音][频頻]|影片)"
    r"\s*[）)】\]]\s*$"
)
# The site, channel or outlet after it: … - 公益 - 中工网, …_新华网, … | 某某在线, …-某某网
_SITE_PART = r"\s*(?:\s[-–—]\s|_|\s[|｜]\s|[|｜]|(?<=[\u4e00-\u9fff”」》）)])-{1,2})\s*[^\s_|｜-]{1,16}"
_SITE_SUFFIX = re.compile(rf"(?:{_SITE_PART}){{1,3}}\s*$")
# The same with the site's name in English too (- 某某报 Eastcoast China Press), for a line with Latin words
_SITE_SUFFIX_EN = re.compile(rf"(?:{_SITE_PART}(?:\s[A-Za-z][A-Za-z.&']*){{0,4}}){{1,3}}\s*$")
_LATIN_WORDS = re.compile(r"\s[A-Za-z]")
_EMPTY_BARS = re.compile(r"(?:\s*[|｜])+\s*$")


def _without_empty_bars(line: str) -> str:
    """The line without the bars of empty links at its end (标题 | ||| → 标题), or the line if that is all."""
    if not line.rstrip().endswith(("|", "｜")):
        return line
    return _EMPTY_BARS.sub("", line) or line


ENGLISH_WORDS = re.compile(r"(?:\s[A-Za-z][A-Za-z.&']*)+$")
# A site's name by its shape after the headline, whatever its length: …|某某市人民政府网,
# …_某某市人民政府门户网站, …—某某网, …-某某日报客户端 (a short 某某网 or 某某新闻 only:
# 织密防护网, 一条暖心新闻 are a headline's words)
_SITE_NAME = re.compile(
    r"^(?:[^\s，,。、：:；;！!？?“”\"（）()]{0,20}(?:网站|门户|政府网|新闻网|在线|日报|晚报|时报|客户端|频道|官网|APP)"
    r"|[^\s，,。、：:；;！!？?“”\"（）()]{1,3}(?:网|新闻)|[^\s，,。、：:；;！!？?“”\"（）()]{2,4}发布)$",
    re.I,
)
# The last part after a bar, an underscore, a spaced dash, one em dash (never ——) or a hyphen after a word
_LAST_PART = re.compile(
    r"(?:\s*[|｜丨_]\s*|\s[-–—]\s|(?<!—)—(?!—)|(?<=[\u4e00-\u9fff”」》）])-{1,2})\s*(?P<site>[^\s|｜丨_—-]{2,24})\s*$"
)
# A wire's copy printing its headline after the dateline: 新华社某地3月8日电 题：…——…
WIRE_TITLE = re.compile(
    r"^\S{2,30}?(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?电\s*(?:[（(][^（()）]{0,30}[）)])?\s*题\s*[:：]\s*(?=\S)"
)
_SUFFIX_SPLIT = re.compile(r"\s[-–—]\s|_|[|｜]|-{1,2}")
# The site and channel before it, spaced or underscored: 某某网 - 社区 - …
_SITE_PREFIX = re.compile(r"^(?:[^\s_|｜]{1,16}(?:\s[-–—]\s|_)){1,3}")
_SITE_WORD = re.compile(
    r"(网|网站|报|台|频道|新闻|在线|客户端|中心|日报|晚报|时报|资讯|公益|首页|头条|号|APP|门户|官网|发布|融媒|传媒|"
    r"数字报|政府|主办|承办|[A-Za-z.]{3,})$",
    re.I,
)


def _cut_site_names(title: str, site: str) -> str:
    """The title without the site names after it (three at most): the part that is not the site is the
    headline, however short it is beside a long site name."""
    for _ in range(3):
        m = _LAST_PART.search(title)
        head = title[: m.start()].strip() if m else ""
        if not m or len(head) < 2 or not (_SITE_NAME.match(m["site"]) or m["site"] == site):
            break
        title = head
    return title


def split_headline(line: str, site: str = "") -> str:
    """The headline without a column tag before it or the site's name after it.

    >>> split_headline("新华全媒+|社区书记的一天 - 公益 - 某某网")
    '社区书记的一天'
    >>> split_headline("楼栋长的一天|清河头条"), split_headline("楼栋长的一天_要闻_清河")
    ('楼栋长的一天', '楼栋长的一天')
    >>> split_headline("清河网 - 社区 - 志愿者们守护小区的第十四天"), split_headline("楼栋长的一天-清河网")
    ('志愿者们守护小区的第十四天', '楼栋长的一天')
    >>> split_headline("战疫-19天：楼栋长的一天"), split_headline("[社区] 楼栋长上门的一天")
    ('战疫-19天：楼栋长的一天', '楼栋长上门的一天')
    >>> split_headline("● 楼栋长上门的一天（组图）"), split_headline("《清河日报》:楼栋长上门的一天(图)")
    ('楼栋长上门的一天', '楼栋长上门的一天')
    >>> split_headline("楼栋长的一天|清河市人民政府网"), split_headline("一天_清河市人民政府门户网站")
    ('楼栋长的一天', '一天')
    >>> split_headline("楼栋长的一天—清河网"), split_headline("楼栋长的一天|清河发布", site="清河发布")
    ('楼栋长的一天', '楼栋长的一天')
    >>> split_headline("■社区观察 楼栋长上门的一天"), split_headline("■清河县 楼栋长上门的一天")
    ('楼栋长上门的一天', '清河县 楼栋长上门的一天')
    >>> split_headline("新华社清河3月8日电 题：楼栋长的一天——记某社区的志愿者")
    '楼栋长的一天——记某社区的志愿者'
    """
    labelled = _MARKED_LABEL.match(line.strip())
    if (
        labelled
        and not _PLACE_END.search(labelled["label"])
        and len(labelled["rest"]) > len(labelled["label"])
    ):
        line = labelled["rest"]  # ■社区观察 楼栋长的一天: the column's label goes
    whole = _PRINTED_TITLE.sub("", _BULLET.sub("", line.strip()))  # 标题: … [打印本页]: a print view's
    whole = _without_empty_bars(whole)  # 标题 | |||: the bars of empty links after it
    whole = whole[WIRE_TITLE.match(whole).end() :] if WIRE_TITLE.match(whole) else whole
    if _QUOTED_WHOLE.fullmatch(whole):
        whole = whole[1:-1]  # “某县“党建+妇建”筑牢防线”: a headline quoted whole around its own quotes
    # 原标题：… (a repost's); 标题[某某报]
    unbracketed = ORIGINAL_TITLE.sub("", without_bracketed_outlet(whole))
    opened = whole[:1] in "（(【[" and unbracketed != whole  # (原标题:…): its closing bracket goes too
    whole = unbracketed[:-1] if opened and unbracketed[-1:] in "）)】]" else unbracketed
    title = _cut_site_names(whole, site.strip())
    site_cut = title != whole  # a channel left before the site's name goes with it: 标题 - 社区 - 某某网
    for _ in range(2):  # 【视频】战疫日记|…: a media mark, then the column's tag
        m = _COLUMN_PREFIX.match(title)
        if m and len(title) - m.end() >= 6:
            title = title[m.end() :]
    m = _SITE_SUFFIX.search(title) or (_SITE_SUFFIX_EN.search(title) if _LATIN_WORDS.search(title) else None)
    if m:
        head = title[: m.start()].rstrip()
        parts = [ENGLISH_WORDS.sub("", p.strip()) for p in _SUFFIX_SPLIT.split(m.group(0)) if p.strip()]
        underscored = "_" in m.group(0) and "_" not in head  # 标题_站名: no headline holds an underscore
        named = site_cut or any(
            _SITE_WORD.search(p) for p in parts
        )  # 某某网 - 某某人的网上家园: site, slogan
        if parts and len(head) >= max(4, *map(len, parts)) and (underscored or named):
            title = head
    m = _SITE_PREFIX.match(title)
    if m:
        parts = [p.strip() for p in _SUFFIX_SPLIT.split(m.group(0)) if p.strip()]
        rest = title[m.end() :].strip()
        if parts and _SITE_WORD.search(parts[0]) and len(rest) >= max(8, *map(len, parts)):
            title = rest
    m = _MEDIA_MARK.search(title)
    return (title[: m.start()] if m and m.start() >= 6 else title).strip()


# A headline in quotes that hold a quotation of their own: the outer pair only wraps it.
_QUOTED_WHOLE = re.compile(r"“[^“”]*“[^“”]+”[^“”]*”")
# A forum's print view labels the thread's title and puts its button after it (标题: … [打印本页]).
_PRINTED_TITLE = re.compile(
    r"^(?:标题|主题|帖子标题|正在阅读|当前阅读|您正在阅读)\s*[:：]\s*|\s*[\[【]\s*打印(?:本页|此页)?\s*[\]】]\s*$"
)


def derive_title(body_lines: list[str]) -> str:
    """A title made from the first sentence, when the page prints none: its first clauses as written
    (their punctuation kept, half-width or full-width).

    >>> derive_title(["长宁区志愿者连夜奋战,守护社区平安"])
    '长宁区志愿者连夜奋战,守护社区平安'
    >>> derive_title(["三月初，志愿者每天守在小区门口，登记进出车辆，为居民代购药品和生活物资，忙到深夜。"])
    '三月初，志愿者每天守在小区门口，登记进出车辆…'
    """
    for line in body_lines:
        if len(line) < 8:
            continue
        first = re.split(r"(?<=[。！？!?])", line)[0]
        # 某某里送口罩(内有影片): a headline line the layout left in the body, its media mark cut
        mark = _MEDIA_MARK.search(first)
        first = first[: mark.start()] if mark and mark.start() >= 6 else first
        clause = re.split(r"(?<=[，,；;：:])", first)  # each clause with the mark that ends it
        title = ""
        for part in clause:
            if len(title) + len(part) > 30 and title:
                break
            title += part
        title = title.rstrip("，,；;：:")
        return title[:40].rstrip("，,。") + ("…" if len(title) < len(first) - 1 else "")
    return ""


_MARKDOWN_BOLD = re.compile(r"^\*\*(.+?)\*{0,2}$")
# A paper's names for the parts of a headline, printed after a part copied above the story: …（主题）
_PART_LABEL = re.compile(r"\s*[（(](?:引题|主题|副题|肩题|眉题|正题|子题)[）)]\s*$")


def drop_headline_repeats(
    lines: list[str], kinds: list[str], body: list[int], title: str, headline_line: str = ""
) -> list[int]:
    """The headline printed again inside the story (an image's caption or a section copying it, plain or
    in Markdown bold, whole as printed with its column tag, or cut off by the capture on the page's last
    line) is metadata: the body without those lines.

    >>> kinds, lines = ["body", "body", "body"], ["大家都说好。", "社区的清晨", "又说了一件事。"]
    >>> drop_headline_repeats(lines, kinds, [0, 1, 2], "社区的清晨"), kinds[1]
    ([0, 2], 'metadata')
    >>> drop_headline_repeats(["社区的清晨（主题）", "大家都说好。"], ["body"] * 2, [0, 1], "社区的清晨")
    [1]
    """
    if not title:
        return body
    printed = {title, headline_line or title}
    bare = {title, split_headline(title)}  # a repeat without the column's tag the title is printed with
    kept = []
    for i in body:
        line = _PART_LABEL.sub("", _MARKDOWN_BOLD.sub(r"\1", lines[i]))  # **标题**, 标题（主题）: a repeat
        line = line.lstrip('"') if line.count('"') == 1 else line  # "标题: an image's alt text, quote left
        cut = len(line) >= 8 and i == len(lines) - 1 and any(p.startswith(line) for p in printed)
        if _digest(line, printed, [lines[j] for j in body if j != i]):
            kinds[i] = "metadata"
        elif not is_prose(lines[i]) and (line in printed or split_headline(line) in bare or cut):
            kinds[i] = "metadata"
        else:
            kept.append(i)
    return kept


def _digest(line: str, printed: set[str], others: list[str]) -> bool:
    """A listing's digest of the story: its headline glued to the opening words of a later paragraph
    (`标题三月初，志愿者…`), as aggregators print it over the story they copied.

    >>> story = ["说明。", "三月初，志愿者每天守在门口，登记车辆。"]
    >>> _digest("社区的清晨三月初，志愿者每天守在门口", {"社区的清晨"}, story)
    True
    >>> _digest("社区的清晨，总是从志愿者开始", {"社区的清晨"}, story)
    False
    """
    head = next((p for p in printed if len(p) >= 4 and line.startswith(p)), "")
    rest = line[len(head) :].lstrip()
    return bool(head) and len(rest) >= 12 and any(rest[:12] in other for other in others)


def without_wire(line: str) -> str:
    """The headline without a wire's dateline printed before it (某社某地10月26日电 题:…)."""
    return _WIRE_TITLE.sub("", line.strip())


def printed_headline(line: str) -> str:
    """The headline line as the page prints it: a column's tag before it stays (`社区观察 | …`, `【栏目】…`,
    `新华全媒+丨…`, `（栏目）…`: which part of a tagged line is the title is a matter of convention, the
    line as printed is the headline's), the site's name after it and a media mark are cut. A line cut at a
    site's name after it is printed no more: its headline goes without the column's tag too (the annotators'
    convention: they cut the tag from all 47 tagged headlines of the development sets).

    >>> printed_headline("社区观察 | 楼栋长的一天"), printed_headline("【社区观察】楼栋长的一天")
    ('社区观察 | 楼栋长的一天', '【社区观察】楼栋长的一天')
    >>> printed_headline("社区观察 | 楼栋长的一天 - 清河网"), printed_headline("【视频】观察|楼栋长的一天")
    ('楼栋长的一天', '楼栋长的一天')
    """
    line = without_wire(line)
    title, whole = split_headline(line), line
    at = whole.find(title) if title else -1
    tag = whole[:at] if at > 0 else ""
    column = tag and _COLUMN_TAGS.fullmatch(tag) and not _MARK_TAG.search(tag)
    printed = whole.rstrip().endswith(title)  # (某某官方网站 after it: cut, the line no longer as printed)
    return whole[: at + len(title)] if column and printed else title


_WIRE_TITLE = re.compile(r"^[^，,。：:“”]{2,20}?\d{1,2}月\d{1,2}日[电電]\s*[题題]\s*[:：]\s*(?=\S)")
ORIGINAL_TITLE = re.compile(r"^[【\[(（]?\s*原(?:标题|標題|題)\s*[:：]\s*")  # a repost's 原标题: key
# A media mark or a label in brackets (【视频】, [组图], 【原标题】): no column, the tags go with it
_MARK_TAG = re.compile(
    r"[【\[（(]\s*(?:组图|多图|附图|图文|图片|图|视频|音频|原标题|标题|独家|原创)\s*[】\]）)]"
)
# One or two column tags before a headline as printed: 【栏目】, [栏目], （栏目）, 栏目 | , 新华全媒+丨
_COLUMN_TAGS = re.compile(
    r"(?:【[^】]{1,16}】\s*|\[[^\]]{1,16}\]\s*|[（(][^）)]{2,16}[）)]\s*|[^|｜丨\s【】]{1,10}\s*[|｜丨]\s*"
    r"|[■□●▲△◆◇★☆▶►]\s?[\u4e00-\u9fff“”\"]{2,8}[ \u3000\u00a0]+){1,2}"  # ■栏目 标题: a marked label
)


# A site's or publisher's name printed above the headline: 某某发展（某市）股份有限公司, 某某市人民政府网
_INSTITUTION = re.compile(
    r"^(?:[^，,。、：:！!？?\s]{2,24}(?:有限公司|公司|集团|政府|委员会|协会)|[^，,。、：:！!？?\s]{1,8}(?:网|在线|门户|官网))$"
)
_SITE_NAME_END = re.compile(
    r"(?:网|在线|头条|新闻|[日晚晨早时商]报|都市报|数字报|报社|客户端|号|门户|APP|频道|文库)$", re.I
)
_SITE_WORD_END = re.compile(r"(?:新闻网|[^防护织张撒渔]网|网站|热线|在线|头条|客户端|门户)$")
_SPLIT_TITLE = re.compile(r"\s*(?:——|──|--)\s*")
# The characters of those site words in traditional script (網, 報, 線, 頭條, 號, 門戶, 頻道, 聞)
_SITE_WORDS_SIMPLIFIED = str.maketrans("網報線頭條號門戶頻聞綫", "网报线头条号门户频闻线")


def site_shaped(line: str) -> bool:
    """A line that names a site, an app or a publisher rather than a story: 某某头条, 某某新闻网 - 口号,
    今日头条 · 某某号, 某某发展股份有限公司, two outlets' names joined after 网/报/台 (某某网-某某资讯网).

    >>> site_shaped("清河新闻网 - 专业的新闻门户"), site_shaped("今日头条 · 清河号")
    (True, True)
    >>> site_shaped("清河新闻网——清河人自己的门户"), site_shaped("守好大门——记清河社区的志愿者")
    (True, False)
    >>> site_shaped("社区书记的一天"), site_shaped("网格员织牢基层疫情防护网")
    (False, False)
    >>> site_shaped("清河热线,清河新闻网,清河综合新闻门户网站"), site_shaped("守好门，织牢防护网")
    (True, False)
    """
    line = line.translate(_SITE_WORDS_SIMPLIFIED)  # 手機某某新聞網: a traditional page's site
    title = split_headline(line)
    if _INSTITUTION.search(title):
        return True
    listed = [p for p in re.split(r"\s*[,，、]\s*", title) if p]  # 某某热线,某某新闻网,某某门户网站: keywords
    if len(listed) >= 2 and all(len(p) <= 16 and _SITE_WORD_END.search(p) for p in listed):
        return True
    named = _SPLIT_TITLE.split(line.strip(), maxsplit=1)[0]  # 某某新闻网——某某人自己的门户
    if named != line.strip() and len(named) <= 12 and _SITE_NAME_END.search(named):
        return True
    parts = [p for p in re.split(r"\s*[·•◆|｜_]\s*|\s[-–—]\s|(?<=[网报台])-(?=\S)", title) if p.strip()]
    longest = 12 if len(parts) > 1 else 8  # a name alone is short: 某某头条, 手机看新闻
    return all(len(p) <= longest for p in parts) and any(_SITE_NAME_END.search(p.strip()) for p in parts)


def title_candidate(line: str) -> bool:
    """A line that may be a headline: a few words, no sentence, no breadcrumb.

    >>> title_candidate("和平社区：志愿者守好大门"), title_candidate("首页 -> 专题 -> 抗疫群像")
    (True, False)
    >>> title_candidate("小区封起来的那天,")
    False
    """
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in line)
    return (
        4 <= len(line) <= 80
        and cjk >= 3
        and not line.endswith(("。", "；", ";", "：", ":", "，", ",", "、"))  # a clause runs on: no headline
        and not (len(line) >= 40 and re.search(r"[，,。]", quoted_out(line)))  # “守好门,管好人” is no clause
        and len(CRUMB_SEPARATORS.findall(line)) < 2
        and len(_BARS.findall(_without_empty_bars(line))) < 3  # 首页 | 新闻 | 专题 | …: links or fields
        # (来源:…|作者:…|时间:… too; 标题 | |||, the bars of empty links after a headline, count none)
        and not _PHONE_KEY.search(line)  # 客服热线:0000-1234 5678: the site's service line
        and not photo_credit(line)  # …。记者 某某 摄: a photo's caption, never its headline
    )


_BARS = re.compile(r"[|｜]")
# A telephone number after its key (热线, 电话, 传真): a contact or service line, never a story's headline
_PHONE_KEY = re.compile(r"(?:热线|电话|传真)\s*[:：]?\s*[(（]?\d{3,4}[)）-]?\s*\d{3,4}")


_QUOTED_WORDS = re.compile(r"“[^“”]{1,40}”|「[^「」]{1,40}」|《[^《》]{1,60}》|\"[^\"]{1,40}\"")


def quoted_out(line: str) -> str:
    """The line without its quoted words and a column's tag before it: where a sentence's commas would
    stand. A headline quoting words with a comma in them (“守好门,管好人”) or under a tag with one
    (【战疫,邻里同行】) is no clause.

    >>> quoted_out("【战疫,同行】“守好门,管好人” 清河社区的一天")
    ' 清河社区的一天'
    """
    return _QUOTED_WORDS.sub("", without_column(line))


def without_column(line: str) -> str:
    """The line without a column's tag before it (`【栏目】…`, `栏目 | …`): what a headline's length and
    punctuation are judged on.

    >>> without_column("【社区观察】“守好门,管好人” 清河社区的一天"), without_column("楼栋长的一天")
    ('“守好门,管好人” 清河社区的一天', '楼栋长的一天')
    """
    return _COLUMN_PREFIX.sub("", line.strip(), count=1)


QUOTED_LINE = re.compile(r"[“\"「『][^”\"」』]*[”\"」』]")  # a whole-line quote is a lede, not a headline
# …unless a short phrase of words in quotes, as papers set a headline (“咱村的红马甲”): no spoken sentence
QUOTED_TITLE = re.compile(r"[“「『][\u4e00-\u9fff\w·]{2,12}[”」』]")
_QUOTED_WORK = re.compile(r"《[^《》]{1,60}》|“[^“”]{1,60}”")


def long_headline(lines: list[str], kinds: list[str], i: int) -> bool:
    """A headline as long as a sentence (40 characters or more, a work's title in 《》 inside it) with no
    sentence's punctuation outside its quotes, the story's first sentence under it.

    >>> head = "清河县融媒体中心电视台播出《清河社区:党员干部下沉一线守护群众平安的二十个日日夜夜》"
    >>> long_headline([head, "今天,电视台播出了报道。"], ["body", "body"], 0)
    True
    >>> long_headline(["今天，清河电视台播出了《社区:党员下沉》这篇报道，反响很好", "好。"], ["body"] * 2, 0)
    False
    """
    line = lines[i]
    if len(line) < 40 or not title_candidate(line) or QUOTED_LINE.fullmatch(line):
        return False
    if not unpunctuated(line):
        return False
    below = next((j for j in range(i + 1, len(lines)) if kinds[j] != "boilerplate"), None)
    return below is not None and kinds[below] == "body" and is_prose(lines[below])


_QUOTED_SHORT = re.compile(r"[“「『][^“”「」『』]{1,30}[”」』]|\"[^\"]{1,30}\"")  # or in ASCII quotes


def unpunctuated(line: str) -> bool:
    """No sentence's punctuation outside the quotes and the titles of works in the line (a headline's
    shape, however long)."""
    return not re.search(r"[，,。；;！？!?]", _QUOTED_WORK.sub("", line))


def story_line(line: str) -> bool:
    """A line of the story; a headline and its subtitle on one line is none, nor a line long only by a
    column's tag before it (`【栏目】` and fewer than 40 characters of headline) with no sentence's
    punctuation outside its quotes."""
    own = without_column(line)
    return (
        is_prose(line)
        and not titled_pair(line)
        and not (len(own) < 40 and not is_prose(own) and not re.search(r"[，,。；;]", quoted_out(line)))
    )


def titled_pair(line: str) -> bool:
    """A headline and its subtitle on one line, `主题 —— 副题`: long as a sentence is, but two short parts
    with no sentence's punctuation in either.

    >>> titled_pair("白天守卡口夜里送药箱 —— 清河县青松社区三百名志愿者坚守疫情防控一线的日日夜夜")
    True
    >>> titled_pair("志愿者说——这是我们应该做的，居民们的安全比什么都重要，我们一定守好大门。")
    False
    """
    own = without_column(line)  # 【战疫,同行】主题——副题: the column's tag is not the headline's words
    parts = _SPLIT_TITLE.split(own, maxsplit=1)
    marked = re.search(
        r"[，,。；;！？!?]", _QUOTED_SHORT.sub("“”", own)
    )  # 主题——“我们也是志愿者!”: quoted marks
    return len(parts) == 2 and not marked and all(4 <= len(p) < 40 for p in parts)


def short_tail(tail: str) -> bool:
    """The words after a headline's `——` that are no subtitle: a subtitle says whose story it is and what
    kind (`记清河社区的志愿者`, `清河社区抗疫纪实`: nine characters or more); a tail of six or fewer
    names what the headline led up to (`他们有个共同的名字——网格员`) and is the headline's own.

    >>> short_tail("网格员"), short_tail("社区书记"), short_tail("记清河社区的志愿者")
    (True, True, False)
    >>> short_tail("志愿者守门记"), short_tail("记志愿者"), short_tail("社区见闻")
    (False, False, False)
    >>> short_tail("青禾村党支部"), short_tail("社区党支部")  # a named body is whose story it is
    (False, True)
    """
    tail = tail.strip()
    return len(tail) <= 6 and not _GENRE.search(tail) and not _NAMED_BODY.fullmatch(tail)


# 主题——青禾村党支部: a named body after the dash, however short, says whose story it is (a subtitle)
_NAMED_BODY = re.compile(
    r"[\u4e00-\u9fff]{3,}(?:党支部|党总支|党委|党工委|社区|村委会?|居委会|街道|支队|大队|中队|派出所|医院|学校|协会|公司)"
)


# A subtitle names its genre, however short: 记…, …记 (never 书记), 纪实, 侧记, 见闻 …
_GENRE = re.compile(r"^记|(?<!书)记$|(?:纪实|见闻|速写|素描|故事|特写|一瞥|掠影)$")


def split_subtitle(title: str) -> tuple[str, str]:
    """A headline printed as a field (标题：主题——副题), its column and site cut (split_headline), split as a
    headline line is: title, subtitle.

    >>> split_subtitle("守好大门——记清河社区的志愿者"), split_subtitle("守好大门")
    (('守好大门', '记清河社区的志愿者'), ('守好大门', ''))
    """
    main, _, sub = split_headline(title).partition("——")
    return (main.strip(), sub.strip()) if not short_tail(sub) else (split_headline(title), "")
