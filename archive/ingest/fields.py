"""`key: value` lines of a page's metadata (their dates: printed_dates.py). Pure helpers for clean.py.

Chinese news pages print their metadata as keys (来源, 发布时间, 作者, 责任编辑 …) followed by a colon,
a space or a bar (编辑丨某某), several to a line, in simplified or traditional script.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .divisions import divisions
from .glossed import without_glosses
from .metadata import OUTLET_WORD, OWN_OUTLET, outlet_value, strip_closers
from .printed_dates import DATE_VALUE

_SP = r"[\s\u00a0\u3000]"

_FIELD_KEYS = (
    "本文来源|原文来源|内容来源|素材来源|图片来源|视频来源|文章来源|稿件来源|信息来源|新闻来源|来源于|来源|稿源|来自(?=[:：])|"
    "本文转载自|文章转载自|本文转自|文章转自|转载自|转自|出处|"
    "发布时间|发布日期|发表时间|发表日期|刊发时间|刊发日期|出版日期|出版时间|见报日期|上传时间|录入时间|更新时间|时间|日期|"
    # 更新:2020-02-15 10:21: the key without its 时间, a date after it
    r"发布(?=[:：]\s*\d)|更新(?=[:：]\s*\d)|"
    "本版责编|本期编辑|责任编辑|值班编辑|流程编辑|值班主任|编辑|责编|编审|审核|初审|复审|终审|[一二三]审|校对|监制|出品|排版|"
    "作者|记者|通讯员|撰稿|撰文|文字|摄影|"
    "浏览量|浏览次数|阅读量|阅读数|点击数|点击量|"
    # the page's font-size buttons glued after a field's value (信息来源:某某字号:[ 大 中 小 ]): no field, but
    # the value's end (a line of buttons opening with 字号 stays chrome)
    r"(?<=[\u4e00-\u9fff])字号(?=[:：])|(?<=[\u4e00-\u9fff])字体(?=[:：])|"
    # a government site's disclosure table (政府信息公开): 索引号 … 发文机构 … 发布日期 … 成文日期 …
    "索引号|信息名称|主题分类|发文机构|发布机构|发文字号|成文日期|生效日期|废止日期"
)
# Traditional pages print the same keys (來源, 發布時間, 責任編輯, 記者): each key matches in both scripts.
_TRADITIONAL = dict(
    zip("来发布时间责编辑记讯员审稿闻览击读图摄", "來發佈時間責編輯記訊員審稿聞覽擊讀圖攝", strict=True)
)
_SIMPLIFIED = str.maketrans({t: s for s, t in _TRADITIONAL.items()})
_FIELD_KEYS_BOTH = "".join(f"[{c}{_TRADITIONAL[c]}]" if c in _TRADITIONAL else c for c in _FIELD_KEYS)
# Key and value apart by a colon, a space, the bar WeChat copies print (编辑丨某某) or a slash (来源/某某).
FIELD_RE = re.compile(
    rf"[（(【\[]?\s*({_FIELD_KEYS_BOTH})\s*[】\]]?\s*"
    rf"(?:[:：]|\s*[丨｜|]\s*(?=\S)|\s*[/／]\s*(?=[\u4e00-\u9fff])|{_SP}+(?=[\u4e00-\u9fff0-9]))"
)


AUTHOR_KEYS = {"作者", "记者", "通讯员", "撰稿", "撰文", "文字"}  # 摄影: photographers are only noted
EDITOR_KEYS = {
    "本版责编",
    "本期编辑",
    "责任编辑",
    "值班编辑",
    "流程编辑",
    "值班主任",
    "编辑",
    "责编",
    "编审",
    "审核",
    "初审",
    "复审",
    "终审",
    "一审",
    "二审",
    "三审",
    "校对",
}
SOURCE_KEYS = {
    "本文来源",
    "原文来源",
    "内容来源",
    "文章来源",
    "稿件来源",
    "信息来源",
    "新闻来源",
    "来源于",
    "来源",
    "来自",  # 2021-09-23 来自:某某网 (with its colon only: 来自 opens a story's clause too)
    "稿源",
    "转载自",
    "转自",
    "本文转载自",
    "文章转载自",
    "本文转自",
    "文章转自",
    "出处",
    "发文机构",  # the disclosure table's issuing office, where no 来源 names an outlet
    "发布机构",
}
DATE_KEYS = {
    "发布时间",
    "发布日期",
    "发表时间",
    "发表日期",
    "刊发时间",
    "刊发日期",
    "出版日期",  # a newspaper's digital edition: 本期出版日期：2022-01-13
    "出版时间",
    "见报日期",
    "上传时间",
    "录入时间",
    "更新时间",
    "时间",
    "日期",
    "发布",
    "更新",
}


def fields(line: str) -> list[tuple[str, str]]:
    """Split a metadata line into (key, value) pairs: '来源:X 作者:Y' → [('来源','X'),('作者','Y')].
    A converter's pinyin glosses inside a key (來(lái)源:) are read through; values stay as printed.
    (A page's lines are asked again and again while it is read: the pairs are kept per line.)

    >>> fields("2022-04-02 16:48:34 來(lái)源:東方網(wǎng)")
    [('来源', '東方網(wǎng)')]
    """
    return list(_fields_of(line))


@lru_cache(maxsize=4096)
def _fields_of(line: str) -> tuple[tuple[str, str], ...]:
    plain, index = without_glosses(line) if "(" in line or "（" in line else (line, None)
    matches = list(FIELD_RE.finditer(plain))
    pairs = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(plain)
        if index is None:
            value = line[m.end() : end]
        else:  # the value as printed, glosses and all, between the keys found in the plain line
            value = line[_at(index, m.end(), line) : _at(index, end, line)]
        pairs.append((m.group(1).translate(_SIMPLIFIED), strip_closers(value)))
    return tuple(pairs)


def _at(index: list[int], k: int, line: str) -> int:
    return index[k] if k < len(index) else len(line)


# A dateline the page glued to the story's first sentence: 2022/6/2 来源:不详“你从哪里回来？”… — the date and
# its short fields (a value ends at a space or a quote), then the sentence.
_GLUED_DATELINE = re.compile(
    rf"^(?P<dateline>(?:(?:发布|发表)?(?:时间|日期)\s*[:：]\s*)?{DATE_VALUE}"
    r"(?:\s*(?:来源|作者|编辑|责任编辑|记者)\s*[:：]\s*[^\s“\"「『（(，,。：:]{0,16}(?=[\s“\"「『]))*)"
    r"\s*(?P<rest>[“\"「『\u4e00-\u9fff].{19,})$"
)


# The same fields in the other order, the time last: 文章来源:某某 作者:甲 乙 时间:2021-03-08 09:15:40“…”
_GLUED_FIELDS = re.compile(
    r"^(?P<dateline>(?:(?:文章|本文|信息|稿件)?来源|作者|编辑|责任编辑|记者)\s*[:：].{0,80}?"
    rf"(?:发布)?(?:时间|日期)\s*[:：]\s*{DATE_VALUE})"
    r"\s*(?P<rest>[“\"「『\u4e00-\u9fff].{19,})$"
)


def split_glued_dateline(line: str) -> tuple[str, str] | None:
    """(dateline, sentence) of a line that opens with the page's dateline and runs on into the story.

    >>> split_glued_dateline("2022/6/2 来源:不详“你是哪天回来的？从哪里回来的？”社区书记问。")
    ('2022/6/2 来源:不详', '“你是哪天回来的？从哪里回来的？”社区书记问。')
    >>> split_glued_dateline("来源:清河融媒 时间:2021-03-08 09:15“乡亲们，出门记得戴好口罩。”村里喇叭响了。")
    ('来源:清河融媒 时间:2021-03-08 09:15', '“乡亲们，出门记得戴好口罩。”村里喇叭响了。')
    >>> split_glued_dateline("2022年6月2日，青松社区的志愿者们一早就守在小区门口。") is None
    True
    """
    m = _GLUED_DATELINE.match(line.strip()) or _GLUED_FIELDS.match(line.strip())
    if not m or not re.search(r"[。！？!?，,]", m["rest"]) or not re.search(r"[:：\s]", m["dateline"]):
        return None
    return m["dateline"].strip(), m["rest"].strip()


# A 来源 key in brackets at the head of the first paragraph: 「本文来源:某某日报」…, 【来源：某某网】…,
# perhaps after the name of the media centre that prints it (某区融媒体中心【来源：区委宣传部 通讯员：甲】…)
_LEDE_SOURCE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,10}(?:融媒体中心|融媒|新闻中心|新闻网|电视台))?"
    r"[「【\[〔（(]\s*(?:本文|文章|稿件|信息)?来源\s*[:：]\s*([^」】\]〕）)]{2,30}?)\s*[」】\]〕）)]"
)


# 本文由某某财经(ID:xxx)原创, 本文来自微信公众号“某某”: the outlet a repost names for the story it carries
_STORY_FROM = re.compile(
    r"^本文(?:由|来自|转载自|转自)(?:微信)?(?:公众号)?\s*[:：]?\s*[“\"「]?(?P<name>[\u4e00-\u9fffA-Za-z·]{2,14}?)[”\"」]?"
    r"\s*(?:[（(]\s*(?:微信)?(?:ID|id)\s*[:：][^（()）]{1,30}[)）])?\s*(?:原创|授权|首发|[，,。])"
)


def lede_source(line: str) -> str:
    """The outlet a bracketed 来源 key names at the head of the story's first paragraph, or the outlet a
    repost says the story comes from (本文由某某财经原创, 本文来自微信公众号“某某”), or ''.

    >>> lede_source("「本文来源:清河日报」记者韦晓岚 社区的早晨。"), lede_source("来源于居民的建议。")
    ('清河日报', '')
    >>> lede_source("清河区融媒体中心【来源：区委宣传部 通讯员：韦晓岚】“大家好。”")
    '区委宣传部'
    >>> lede_source("本文由清河财经(ID:qhcj)原创,作者:韦晓岚。"), lede_source("本文来自微信公众号“清河发布”,")
    ('清河财经', '清河发布')
    >>> lede_source("本文转自公众号:清河观察报 (ID:qh-gc),作者:韦晓岚")
    '清河观察报'
    """
    keyed = _LEDE_SOURCE.match(line.strip())
    if keyed:
        return outlet_value(keyed.group(1))
    return reposted_from(line)


def reposted_from(line: str) -> str:
    """The outlet a repost's note says the story comes from (本文转自公众号:某某 (ID:…),作者:…), or ''."""
    reposted = _STORY_FROM.match(line.strip())
    return reposted["name"] if reposted and not OWN_OUTLET.fullmatch(reposted["name"]) else ""


# The dateline a paper or a wire glues to its first paragraph: 某某网讯, 某某网某地5月6日讯, 某社某地5月6日电
# (an outlet, perhaps a place and a day, then 讯, 消息 or 电); 本报讯 (this paper) names none.
_LEDE = re.compile(
    r"^[\s□■●◆【（(]*(?P<head>[\u4e00-\u9fffA-Za-z·\-－—/／]{2,30}?)\s*(?P<day>\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}\s*[时点](?:\d{1,2}分)?)?"
    r"(?:[\u4e00-\u9fff]{2,8}?(?=[电電讯訊]))?)?\s*(?P<kind>讯|訊|电|電|消息|专稿|專稿)"  # (某网3月9日某地讯)
    r"(?=[\s\u3000:：（(【\[“\"「】）)题題/／]|$|\d{1,2}月\d{1,2}日)"  # (某某讯3月29日一早: the story's day)
)
_QUOTED_OUTLET = re.compile(r"^[“\"「《]([\u4e00-\u9fffA-Za-z]{2,12})[”\"」》](?=[\u4e00-\u9fff])")
# a group's outlets in a row before the last one's 讯 (某某星报、某某财经网(m.example.cn)、掌中某地讯)
_LISTED_OUTLETS = re.compile(r"^(?:[\u4e00-\u9fff]{2,10}(?:[（(][\w.]+[）)])?、){1,3}")
# 某某晚报/掌上某地/某某网: a group's outlets parted by slashes
_SLASHED_OUTLETS = re.compile(r"^([\u4e00-\u9fff]{2,10})(?:[/／][\u4e00-\u9fff]{2,10}){1,3}")
_JOINT = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z]{2})[ \u3000]+(?=\S)")
# 某某晚报|掌上某地: the paper before its app's name (中国报道 is one name)
# (某某日报农村版: an edition of the paper is its own outlet)
_PAPER_FIRST = re.compile(
    r"^([\u4e00-\u9fff]{2,10}(?:报|网|台))(?=[\u4e00-\u9fff]{2})(?!道|[\u4e00-\u9fff]{1,3}版$)"
)
# the words media brands put before their place's name: 今日清河, 掌上清河, 云上清河
_MEDIA_BRANDS = ("今日", "掌上", "云上", "指尖")
_PAPER_END = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:报|网|台|社|客户端)$")


def lede_outlet(line: str) -> str:
    """`_lede_outlet` read through the simplified mirror, so that a page in traditional script
    (四川在線消息（記者 …）, 【連網】) meets the same forms; the name as the page writes it.

    >>> lede_outlet("清河在線消息(記者韋曉嵐)“最近…"), lede_outlet("【清網】(記者 韋曉嵐)…")
    ('清河在線', '清網')
    """
    from .bylines import read_simplified

    plain, index = without_glosses(line) if "(" in line else (line, None)
    found = read_simplified(_lede_outlet, plain)
    at = plain.find(found) if found and index is not None else -1
    return line[index[at] : _at(index, at + len(found), line)] if at >= 0 else found  # (某某網(wǎng)訊)


def _lede_outlet(line: str) -> str:
    """The outlet of the dateline glued to the story's first paragraph (`某某网讯 …`, `某某日报南京3月5日讯
    （记者 某某）…`, `新华社某地3月5日电 …`): the name before the place and the day; '' for 本报讯 or a
    sentence that only opens with a word ending in 电 or 讯 (消息 as 讯: `某某网消息（记者 某某）…`).

    >>> lede_outlet("清河晚报网5月6日讯 青松社区的早晨。"), lede_outlet("中新社汉中11月9日电(记者 甲)…")
    ('清河晚报网', '中新社')
    >>> lede_outlet("清河头条汉中5月6日讯(乙)大家好。"), lede_outlet("本报讯（记者 韩小峰）居民排队。")
    ('清河头条', '')
    >>> lede_outlet("社区来电 大家都说好。"), lede_outlet("停电了，居民们点起蜡烛。")
    ('', '')
    >>> lede_outlet("清河社东京3月5日电 …"), lede_outlet("（清河网讯）青松社区的早晨。")
    ('清河社', '清河网')
    >>> lede_outlet("清河日报 清河网 清河新闻讯 …"), lede_outlet("清河晚报掌上汉中5月6日讯 …")
    ('清河日报', '清河晚报')
    >>> lede_outlet("清河网-清河日报汉中讯 …"), lede_outlet("清河网-社区频道讯 …")
    ('清河网-清河日报', '清河网')
    >>> lede_outlet("清河网-新清河客户端讯（记者 韦晓岚）…"), lede_outlet("阳光廉政讯（骆志平 韦晓岚）…")
    ('清河网-新清河客户端', '阳光廉政')
    >>> lede_outlet("图片快讯（骆志平）…"), lede_outlet("青松社区讯（通讯员 韦晓岚）…")
    ('', '')
    >>> lede_outlet("清河网·清河新闻汉中5月6日讯 …"), lede_outlet("【看清河专稿 记者/韦晓岚】")
    ('清河网·清河新闻', '看清河')
    >>> lede_outlet("大美清河讯（通讯员 邵明）…"), lede_outlet("大美清河讯 4月9日，…")
    ('大美清河', '')
    >>> lede_outlet("今日清河讯 4月9日，…"), lede_outlet("清河日报农村版讯（记者 邵明）…")
    ('今日清河', '清河日报农村版')
    >>> lede_outlet("“清河之声”青松讯（通讯员 邵明）…"), lede_outlet("“青松”社区讯 4月9日，…")
    ('清河之声', '')
    >>> lede_outlet("《清河周刊》青松讯(记者 邵明) 连日来，…")
    '清河周刊'

    >>> lede_outlet("清河网-新清河客户端2月6日9时讯(记者 韦晓岚)…"), lede_outlet("清河网库讯:“大家好。”")
    ('清河网-新清河客户端', '清河网库')
    >>> lede_outlet("清河网客户端—清河网消息(通讯员韦晓岚)“谢谢。”")
    '清河网客户端—清河网'
    >>> lede_outlet("【清网】“您好!”8月9日上午,青松社区内…"), lede_outlet("【防疫一线】青松社区…")
    ('清网', '')
    >>> lede_outlet("云上清河报道(记者:韦晓岚 通讯员:邵明)“大家好。”"), lede_outlet("清河县报道(记者:甲乙)…")
    ('云上清河', '')
    >>> lede_outlet("【清河报·清河财经】(记者 韦晓岚 文图)5月10日…"), lede_outlet("【防疫一线】(韦晓岚)…")
    ('清河报·清河财经', '')
    >>> lede_outlet("清河晚报/掌上清河/清河网2月11日讯 …")
    '清河晚报/掌上清河/清河网'
    """
    s = line.strip().lstrip("□■●◆").strip()
    tagged = _OPENING_OUTLET.match(s) or _REPORTED.match(s)
    outlet = next((g for g in tagged.groups() if g), "") if tagged else ""
    if outlet and not OWN_OUTLET.fullmatch(outlet) and outlet not in divisions():
        return outlet  # 【清河网】“您好。”…, 云上清河报道(记者:甲)…: the outlet opening the story
    from .bylines import credit_names

    colon = _COLON_CREDITED.match(s)
    if colon and credit_names(colon["names"], keyless=True) and not OWN_OUTLET.fullmatch(colon["head"]):
        return colon["head"]  # 某某传媒网:(甲)…: the outlet, a colon, its writer in brackets
    credited = _CREDITED_DATELINE.match(s)
    if credited and not re.search(r"(?:讯|訊|电|電|消息)$", credited["head"]):
        return credited_dateline(credited)  # 某某融媒（甲）4月4日，…: no 讯, the credit marks it
    slashed = _SLASHED_OUTLETS.match(s)
    rest = _lede_outlet(s[slashed.end(1) + 1 :]) if slashed and OUTLET_WORD.search(slashed[1]) else ""
    if rest:
        return s[: slashed.end(1) + 1] + rest  # 某某晚报/掌上某地/某某网2月11日讯: the outlets as printed
    listed = _LISTED_OUTLETS.match(s)
    names = [re.sub(r"[（(][^（()）]*[）)]", "", n) for n in listed[0].split("、") if n] if listed else []
    if names and all(OUTLET_WORD.search(n) for n in names) and lede_outlet(s[listed.end() :]):
        return names[0]  # 某某星报、某某网(m.example.cn)、掌中某地讯: a group's outlets, the first
    quoted = _QUOTED_OUTLET.match(s)
    if quoted and lede_outlet(quoted[1] + s[quoted.end() :]):
        return quoted[1]  # “清河之声”青松讯（…）: the quotes mark the outlet's name, the place follows
    for joint in _JOINT.finditer(s):  # 某某晚报 某某网 某某新闻讯: a group's outlets side by side, the first
        names = s[: joint.start()].split()
        if len(names) > 3 or not all(OUTLET_WORD.search(w) and not OWN_OUTLET.fullmatch(w) for w in names):
            break
        if lede_outlet(s[joint.end() :]):
            return names[0]
    m = _LEDE.match(s)
    if (
        not m
        or OWN_OUTLET.fullmatch(m["head"][:2])
        or m["kind"] == "消息"
        and re.search(r"^据|发布$", m["head"])
    ):
        return ""  # 据某某网消息: another's report; 某某指挥部发布消息: a story's words
    if m["kind"] == "消息" and re.fullmatch(r"[\u4e00-\u9fff]{2,8}[讯訊]", m["head"]):
        return _newsletter(m["head"])  # 【某某乡讯消息】: a newsletter's name (乡讯, 侨讯) and 消息
    head, known = m["head"], divisions()
    placed = _before_a_place(head, known)
    if m["kind"] in "讯訊" and placed in _MEDIA_BRANDS:
        return head  # 今日清河讯, 掌上清河讯: a media brand's word before its place is the outlet's name
    twice = _before_a_place(placed, known)
    placed = twice or (
        placed if OUTLET_WORD.search(placed) or m["day"] else ""
    )  # (大美清河讯: a brand ending in a place; 某某河北邢台讯: two places name where it reports from)
    wired = (
        re.match(r"(.{2,12}?(?:社|报|台|网))[\u4e00-\u9fff]{2,4}$", head)
        if m["day"] and m["kind"] in "电電"
        else None
    )
    if not placed and not wired and head in known:
        return ""  # 某地1月22日电 (甲 乙): the wire's place alone, its outlet left unnamed
    placed = placed or (wired[1] if wired else "")  # 某某社东京3月5日电: a place abroad, not a division
    outlet = placed or head
    paper = _PAPER_FIRST.match(outlet) if not OUTLET_WORD.search(outlet) else None
    outlet = paper[1] if paper else outlet  # 某某晚报掌上某地: the paper, its app's name after it
    channel = re.fullmatch(r"(.{2,12}?(?:网|網))[\u4e00-\u9fff]{2,4}(?:频道|頻道)", outlet)
    outlet = channel[1] if channel else outlet  # 某某网环保频道讯: the site, one of its channels after it
    # 某某网-首屏新闻: the outlet before its channel (某某网·某某新闻 is one outlet)
    named = re.split(r"[-－]", outlet)[0]
    joined = _PAPER_END.search(outlet[len(named) + 1 :])  # 某某网-某某日报: two outlets, one name
    outlet = named if len(named) >= 2 and OUTLET_WORD.search(named) and not joined else outlet
    if (
        OWN_OUTLET.fullmatch(outlet)
        or not (
            placed
            or OUTLET_WORD.search(outlet)
            or re.fullmatch(
                r"[\u4e00-\u9fff]{2,8}[报网台][\u4e00-\u9fff]", outlet
            )  # 某某网库讯: a brand on 网
            or m["day"]
            and m["kind"] in "电電"
            or _credited_after(m, s)
            or m["kind"] in "讯訊"
            and re.match(r"\d{1,2}月\d{1,2}日", s[m.end() :])
            is not None  # 某某讯3月29日一早: the dateline's day
            and not _NOT_LEDE_OUTLET.search(outlet)  # (not 青松社区讯, 图片快讯)
        )
    ):
        return ""
    return outlet


def _newsletter(head: str) -> str:
    """某某乡讯 before 消息: a township's or a school's newsletter is named by its 讯; after a paper's name
    (某某日报讯消息) the 讯 is the dateline's.

    >>> lede_outlet("【青松乡讯消息】疫情又起，…"), lede_outlet("青松日报讯消息 …")
    ('青松乡讯', '青松日报')
    >>> lede_outlet("图片快讯消息 …"), lede_outlet("青松社区讯消息 …")
    ('', '')
    """
    if OUTLET_WORD.search(head[:-1]):
        return head[:-1]
    unit = _NOT_LEDE_OUTLET.search(head[:-1]) and not head.endswith("乡讯")  # (a home town's: 某某乡讯)
    return "" if unit or OWN_OUTLET.fullmatch(head[:2]) else head


# 某某报道(记者:甲 …) opening the story's first paragraph: the outlet (an app's brand, 云上某地), its
# writers after it
_REPORTED = re.compile(r"^(?!据)([\u4e00-\u9fff]{2,10}?)报道\s*[（(]\s*(?:特约)?(?:记者|通讯员)")
# 【某某网】 opening the story's first paragraph: the outlet's name in the brackets and the story after
_OPENING_OUTLET = re.compile(
    r"^【([\u4e00-\u9fff]{1,8}?(?:网|报|台|客户端|融媒))】(?=\S)"
    # 【某某报·某某财经】(记者 甲): an outlet of any name (a paper and its brand) before its reporter's credit
    r"|^【([\u4e00-\u9fff·]{2,16})】(?=\s*[（(]\s*(?:记者|記者|通讯员|通訊員))"
)


# 某某传媒网:(甲)…: an outlet's name ending in its word, a colon and its writers in brackets
_COLON_CREDITED = re.compile(
    r"^(?P<head>[\u4e00-\u9fff]{2,12}(?:网|報|报|台|传媒|融媒|新闻))\s*[:：]\s*[（(](?P<names>[^（()）]{2,24})[）)]"
)
# An outlet's name, its writers in brackets and the day, no 讯 between: 某某融媒（甲 乙）4月4日，…
_CREDITED_DATELINE = re.compile(
    r"^(?P<head>[\u4e00-\u9fffA-Za-z·]{2,10})\s*[:：]?\s*[（(](?P<names>[^（()）]{2,24})[）)]\s*"
    r"(?:\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|连日来|近期)"
)


def credited_dateline(m: re.Match[str]) -> str:
    """The outlet of a `_CREDITED_DATELINE`: its name when the brackets hold only writers (names, perhaps
    after 记者 or 通讯员) and the name is no place, no unit and not 本报; '' otherwise.

    >>> lede_outlet("大美清河（韦晓岚）4月4日，青松村解封了。"), lede_outlet("青松社区（韦晓岚）4月4日，…")
    ('大美清河', '')
    >>> lede_outlet("清河县（韦晓岚）4月4日，…"), lede_outlet("大美清河（摘要）4月4日，…")
    ('', '')
    """
    from .metadata import names_a_person

    head = m["head"]
    words = re.split(r"[\s、，,]+", re.sub(r"(?:记者|通讯员|实习生)", " ", m["names"]).strip())
    if not all(names_a_person(w) for w in words) or head in divisions():
        return ""  # (大美清河 may end with a place: the brackets' writers mark it an outlet)
    return "" if OWN_OUTLET.match(head) or _NOT_LEDE_OUTLET.search(head) else head


# A kind of item (快讯, 简讯, 喜讯, 通讯) or a unit (某某社区讯): no outlet, whatever credit follows it.
_NOT_LEDE_OUTLET = re.compile(
    r"[快简喜短资通视特]$|(?:街道|社区|村|镇|乡|县|区|市|省|委|局|部|办|(?<!媒体)中心|院|所|站|队|厅|处|会|公司|学校|医院)$"
)


def _before_a_place(name: str, known: dict) -> str:
    """The name before a division's name ending it (某某网汉中 → 某某网), '' when none ends it."""
    return next((name[:-k] for k in range(min(len(name) - 2, 8), 1, -1) if name[-k:] in known), "")


_BARE_CREDIT = re.compile(
    r"[\s\u3000]+((?:记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff]{2,3})(?=[据據在从從，,\s])"
)


def _credited_after(m: re.Match[str], line: str) -> bool:
    """某某讯（甲某 乙某 通讯员 丙某）: a name, 讯, then the writers' credit in brackets: the name is the
    outlet whatever word ends it (a 讯 with no credit after it may be a story's word)."""
    from .bylines import credit_names
    from .metadata import names_a_person

    head = m["head"]
    if m["kind"] not in ("讯", "訊", "专稿", "專稿") or m["day"] or _NOT_LEDE_OUTLET.search(head):
        return False
    bare = _BARE_CREDIT.match(line, m.end())
    if bare and m["kind"] in ("讯", "訊"):  # 南都讯 记者甲据…: a reporter keyed after the 讯, no brackets
        return bool(credit_names(bare.group(1), keyless=True)[0])  # (a person's name reads no 讯 so)
    if names_a_person(head):
        return False
    credit = re.match(r"\s*[（(【]([^（()）【】]{2,40})[）)】]", line[m.end() :])  # (某某讯【特约通讯员 甲】)
    if not credit and line.startswith(
        "【"
    ):  # 【某某专稿 记者/甲 通讯员/乙】: the credit inside the same brackets
        credit = re.match(r"[\s\u3000]+([^【】]{2,40})】", line[m.end() :])
    return bool(credit and credit_names(credit.group(1), keyless=True))


def opens_with_dateline(line: str) -> bool:
    """The paragraph opens with a paper's or a wire's dateline (某某网讯, 本报讯, 某社某地5月6日电): the
    story's first words, nothing of the story stands above it.

    >>> opens_with_dateline("本报讯（记者 甲）青松社区…"), opens_with_dateline("停电了，居民们点起蜡烛。")
    (True, False)
    """
    m = _LEDE.match(line.strip().lstrip("□■●◆").strip())
    return bool(m and OWN_OUTLET.fullmatch(m["head"][:2])) or bool(lede_outlet(line))


_CREDIT_OPENS = re.compile(r"^[（(【\[]?\s*(?:本报|本台)?(?:记者|通讯员|特约记者)")


def dateline_opens(line: str) -> bool:
    """The line opens the story as a dateline or a credit does: `opens_with_dateline`, a wire's place and
    day alone (某地5月6日电), or a reporter's credit (记者 甲).

    >>> [dateline_opens(s) for s in ("本报讯 早晨。", "清河5月6日电 …", "记者 甲 报道", "社区来电 好。")]
    [True, True, True, False]
    """
    s = line.strip().lstrip("□■●◆").strip()
    m = _LEDE.match(s)
    return opens_with_dateline(s) or bool(m and m["day"]) or bool(_CREDIT_OPENS.match(s))
