"""Credit lines: who wrote and who edited a story, read as metadata (never as people of the story).

Pure helpers for clean.py. A credit is a short run of outlet names, credit keys and personal names,
in any order the genre prints them:

    王某某 某某报业全媒体记者 李某某          (a name before the key takes the key after it)
    （某某网编辑 周某）                       (a whole line in brackets)
    某某日报记者 张某 实习生 刘某             (several keys)
    新华社记者 张某 摄                        (a photo credit: photographers are noted, not authors)
    …。（记者 申某）   本报讯（记者 韩某 通讯员 柯某）…   (glued to the last or the first line)

Keys are read in simplified and traditional characters; an editor may be a login (`admin`, `TF015`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from textnorm.normalize import t2s_converter

from .divisions import divisions
from .glossed import plain
from .lexicon import SURNAMES
from .metadata import OWN_OUTLET

_AUTHOR_KEY = (
    r"(?:特约|见习|首席|全媒体|融媒体|实习)?(?:记者|記者|通讯员|通訊員|采访人员|採訪人員)|实习生|實習生|"
    r"(?<![工创写合协劳])作者|撰稿|撰文|文字(?!工作)|供稿"  # 社区工作者 某某 is a worker, not the writer
)
_EDITOR_KEY = (
    r"(?:责任|責任|值班|流程|网络|網絡|图文|文字|视频|美术)?(?:编辑|編輯)|责编|責編|编审|審核|审核|审校|校审|校对|校對|"
    r"值班主任|[一二三]审"
)
# Crew of a broadcast or a feature (监制/某某 制片人/某某): names there are neither writers nor editors.
_CREW_KEY = (
    r"摄影记者|摄像记者|摄影|总监制|监制|制片人|出品人|策划|统筹|"
    r"摄像|剪辑|后期制作|后期|配音|设计|制图|主播|出镜"
)
_KEY = re.compile(rf"({_CREW_KEY}|{_EDITOR_KEY}|{_AUTHOR_KEY})")
_CREW = re.compile(rf"^(?:{_CREW_KEY})$")
_SPACED_KEY = re.compile(
    r"(?<=[记责校监编审])[\s\u3000](?=[者编审制辑核])"
)  # 记 者/, 责 编/: keys spaced out
_EDITOR = re.compile(rf"^(?:{_EDITOR_KEY})$")
_SEPARATORS = re.compile(r"[\s\u00a0\u3000:：/／?？、,，;；|｜·•]+")
_ALLOWED = re.compile(r"^[\u4e00-\u9fff·A-Za-z0-9_\s\u00a0\u3000:：/／?？、,，;；|｜•]+$")
_PHOTO_TAIL = re.compile(r"(?:摄影|摄像|摄|供图|图)$")
_REPORT_TAIL = re.compile(r"(?:摄影报道|报道)$")
_REPORTED_FROM = re.compile(r"[\s\u3000]+(?P<place>[\u4e00-\u9fff]{2,6}?)(?:报道|報道)$")
_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,3}·[\u4e00-\u9fff]{1,6}$")
# (记者|简介: a writer's profile labelled, no writer named 简介)
_NOT_NAME = re.compile(r"来源|出处|时间|日期|发布|本报|本网|本台|^简介$|^介绍$")
_HANDLE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{1,15}$")
# Outlets and units in a credit: 某某日报, 某某电视台, 某某网, 新华社, 某某街道办事处, 某某中心.
_OUTLET = re.compile(
    r"(?:报|台|网|社|站|部|局|委|会|处|所|院|中心|集团|客户端|传媒|融媒|新闻|频道|在线)$|^(?:本报|本台|本网|央视)$"
)
# 某某镇微融站|甲: a unit's writer, the unit glued to the name (a station's or a centre's correspondent)
_UNIT_THEN_NAME = re.compile(
    r"^[\u4e00-\u9fff]{2,16}?(?:站|中心|社|所|部|办|队|局|委|会)([\u4e00-\u9fff]{2,3})$"
)


# Common surnames as traditional pages print them (陳, 劉, 張 …): the lexicon holds simplified forms.
@lru_cache(maxsize=4096)
def is_surname(char: str) -> bool:
    """A character that opens Chinese names, in either script (OpenCC's t2s for the traditional form).

    >>> is_surname("陳"), is_surname("陈"), is_surname("韋"), is_surname("的")
    (True, True, True, False)
    """
    return char in SURNAMES or (bool(char) and t2s_converter().convert(char) in SURNAMES)


def _two_glued(token: str) -> bool:
    """Six characters after a key, each half a surname and two characters: two names run together."""
    return (
        len(token) == 6
        and bool(re.fullmatch(r"[\u4e00-\u9fff]{6}", token))
        and is_surname(token[0])
        and is_surname(token[3])
        and not _OUTLET.search(plain(token))
        and not _NOT_NAME.search(token)
    )


def _plausible(token: str, role: list[str]) -> bool:
    """A name after a key: a known surname first, or one more name in a list that began with one
    (a traditional 劉 or a transliterated 吾提库 after 记者 某某)."""
    if not _NAME.match(token) or _OUTLET.search(plain(token)) or _NOT_NAME.search(token):
        return False
    return is_surname(token[0]) or any(is_surname(n[0]) for n in role)


def credit_names(text: str, *, keyless: bool = False) -> tuple[list[str], list[str]] | None:
    """(authors, editors) named in a credit, or None when the text is not a credit.

    keyless: a closing bracket of names and units with no key at all ((某某街道办事处 任某某)) counts,
    its names being the writers.

    >>> credit_names("王大明 清河报业全媒体记者 蒋小红")
    (['王大明', '蒋小红'], [])
    >>> credit_names("（清河网编辑 周小游）"), credit_names("新华社记者 张大建 摄")
    (([], ['周小游']), ([], []))
    >>> credit_names("清河日报 记者/李小红 实习生/甄小萌"), credit_names("社区书记说，大家辛苦了")
    ((['李小红', '甄小萌'], []), None)
    >>> credit_names("监制/刘小雯 记 者/吴小晶 张小嫣 图文编辑/张小嫣")
    (['吴小晶', '张小嫣'], ['张小嫣'])
    >>> credit_names("清河新聞網記者 陳小紅 通訊員 劉小萌")  # outlets in traditional script too
    (['陳小紅', '劉小萌'], [])
    """
    s = re.sub(r"[（(]\s*发自[^（()）]{1,12}[）)]\s*$", "", text.strip())  # 记者 某某（发自武汉）
    s = s.lstrip("□■●◆◇▲△▶►").rstrip("?？ ").strip("（()）【】[]").strip()
    s = re.sub(
        r"^《[^《》]{2,16}》(?=\s*(?:特约|见习|首席|全媒体|融媒体|实习)?(?:记者|通讯员))", "", s
    )  # 《某某》记者/某某
    s = re.sub(r"图\s*/\s*文|文\s*/\s*图", "撰文", _SPACED_KEY.sub("", s))  # 图/文 某某: words and pictures
    if not s or len(s) > 70 or not _ALLOWED.match(s):
        return None
    reported = _REPORTED_FROM.search(s)
    if reported and reported["place"] in divisions():
        s = s[: reported.start()] + "报道"  # 记者 甲 广州报道: where the writer reports from, no name
    photo = bool(_PHOTO_TAIL.search(s)) and not _REPORT_TAIL.search(s)
    s = _PHOTO_TAIL.sub("", _REPORT_TAIL.sub("", s)) if photo or _REPORT_TAIL.search(s) else s
    tokens = [t for t in _SEPARATORS.split(_KEY.sub(r" \1 ", s)) if t]
    authors: list[str] = []
    editors: list[str] = []
    pending: list[str] = []
    role: list[str] | None = None
    crew: list[str] = []
    keys = unknown = 0
    for token in tokens:
        token = _REPORT_TAIL.sub("", token) or token
        if _KEY.fullmatch(token):
            keys += 1
            role = crew if _CREW.match(token) else editors if _EDITOR.match(token) else authors
            role += [n for n in pending if n not in role]
            pending = []
        elif role is not None and (_plausible(token, role) or role is editors and _HANDLE.match(token)):
            if token not in role:
                role.append(token)
        elif role is not None and _two_glued(token):  # 作者甲乙丙丁戊己: two full names printed as one
            role += [n for n in (token[:3], token[3:]) if n not in role]
        elif (
            _NAME.match(token)
            and is_surname(token[0])
            and not _OUTLET.search(plain(token))
            and not _NOT_NAME.search(token)
        ):
            pending.append(token)
        elif _OUTLET.search(plain(token)) and len(token) <= 24 or len(token) == 1:
            continue  # an outlet or unit, or one character of a name printed spaced out (张 默)
        elif (glued := _UNIT_THEN_NAME.match(token)) and is_surname(glued[1][0]) and role is not None:
            pending.append(glued[1])  # (记者 甲 某某站乙: the unit's writer after the reporter)
        else:
            unknown += 1
    if unknown > 1 or not (keys or photo or keyless):
        return None
    if photo:  # the names before 摄 are photographers, not writers
        return ([], editors) if authors or editors or pending or crew else None
    authors += [n for n in pending if n not in authors]
    brand = _credited_outlet(s)  # 南方财经|全媒体记者 甲: the brand before the newsroom's word is no writer
    authors = [n for n in authors if not (brand and brand.startswith(n))]
    return (authors, editors) if authors or editors or crew else None


_OPENING = re.compile(r"^[^（(【\[]{0,24}?(?:讯|电)?\s*[（(【\[]([^（()）【】\[\]]{2,70})[）)】\]]")
_OPENING_BARE = re.compile(r"^\S{0,24}?讯\s*((?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}?)(?:报道)?[:：\s]")
# 某某日报记者甲 通讯员乙 报道：…: the writers' credit opening the first paragraph, closed by 报道 and a colon
# (or by a space and the story's first words of time: 某某传媒记者甲 通讯员乙 2月5日上午，…)
# (某某网 记者 甲2月7日下午，…: the outlet spaced from its key, the day glued to the name)
_OPENING_REPORTED = re.compile(
    r"^((?:[\u4e00-\u9fffA-Za-z]{2,16}\s+(?=(?:全媒体|融媒体)?(?:记者|通讯员)))?"
    r"(?:[^\s，。：:（()）]{0,16}?(?:记者|記者|通讯员|通訊員)\s*"
    r"[\u4e00-\u9fff·]{2,4}(?:[（(]实习[）)])?(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,4}(?:[（(]实习[）)])?)*\s*){1,4})"
    r"(?:(?:报道|報道)[:：]|(?<=\s)(?=\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*年|近日|日前|连日来|当天|今年)"
    r"|(?<=[\u4e00-\u9fff])(?=\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"|(?<=\s)[\u4e00-\u9fff]{2,6}?(?:报道|報道)\s*$)"  # 某某财经记者甲 广州报道: where they report from
)
# 某某财经全媒体记者甲 广州报道: a credit line of its own saying where the reporter reports from
REPORTED_FROM_LINE = re.compile(
    r"^[^\s，。：:]{2,20}?(?:记者|記者)\s*[\u4e00-\u9fff·]{2,4}\s+[\u4e00-\u9fff]{2,6}?(?:报道|報道)\s*$"
)
_OUTLET_REPORTS = re.compile(r"^([\u4e00-\u9fff]{2,12}?)(?:报道|報道)[ \u3000]+\S")  # 某某日报报道 …
_OUTLET_REPORTS_COLON = re.compile(r"^([\u4e00-\u9fff]{3,8}?)(?:报道|報道)[:：]\s*\S")  # 云上某某报道：…
_CLOSING = re.compile(r"[（(【\[]([^（()）【】\[\]]{2,70})[）)】\]][?？\s|｜]*$")
# …心坎上。本报记者 某某 文/摄: the reporter's credit run on after the last sentence, without brackets
_CLOSING_BARE = re.compile(
    r"[。！？!?”]\s*((?:本报|本台|本网)?记者\s*[\u4e00-\u9fff]{2,4})\s*文\s*[/／]\s*(?:摄影?|图)\s*$"
)


def glued_credits(first: str, last: str) -> tuple[list[str], list[str]]:
    """(authors, editors) from a credit glued to the first line (本报讯（记者 某某）…) or closing the
    last one (…。（记者 某某 通讯员 某某）).

    >>> glued_credits("本报讯（记者 韩小峰 通讯员 柯文静）三月初，居民排队。", "大家都说好。")
    (['韩小峰', '柯文静'], [])
    >>> glued_credits("三月初，居民排队。", "大家都说好。（清河县和平街道办事处 任利生）")
    (['任利生'], [])
    >>> glued_credits("三月初，居民排队。", "大家都说好。本报记者 韦晓岚 文/摄")
    (['韦晓岚'], [])
    """
    authors: list[str] = []
    editors: list[str] = []
    found = []
    m = _OPENING_REPORTED.match(first) or _OPENING.match(first) or _OPENING_BARE.match(first)
    if m:  # (记者甲（实习）、乙: an intern's mark after the name)
        # 某某网讯（某某大队；甲 乙）: the bracket right after the dateline is the credit, with no key too
        keyless = m.re is _OPENING and bool(re.search(r"(?:讯|电)\s*[（(【\[]$", first[: m.start(1)]))
        found.append(credit_names(re.sub(r"[（(]实习生?[）)]", "", m.group(1)), keyless=keyless))
    m = _CLOSING.search(last)
    if m:
        found.append(credit_names(m.group(1), keyless=True))
    m = _CLOSING_BARE.search(last)
    if m:
        found.append(credit_names(m.group(1)))
    for credit in found:
        if credit:
            authors += [n for n in credit[0] if n not in authors]
            editors += [n for n in credit[1] if n not in editors]
    return authors, editors


# The outlet a credit names before its journalist's key: 文/某某日报记者 甲, 某某网通讯员 甲, 《某某》记者/甲,
# （某某日报全媒体记者 甲）; a media outlet only (a unit's 通讯员, 某某街道办事处 通讯员, is no outlet).
# Two outlets joined by a middle dot (某某日报·某某在线) are one credited outlet.
# The outlet may stand apart from its key by a bar (某某日报客户端 | 记者 甲, 文｜某某日报记者 甲).
_CREDITED = re.compile(
    r"(?:^|[\s/／、·|｜:：])(?:《(?P<book>[^《》]{2,16})》|(?P<name>(?:[\u4e00-\u9fffA-Za-z]{2,20}·)?"
    r"[\u4e00-\u9fffA-Za-z]{2,20}?[+＋]?))\s*(?:[|｜]\s*)?(?P<media>全媒体|融媒体)?(?:特约|见习|首席|实习)?"
    r"(?:文字|摄影|摄像|视频)?(?P<key>记者|記者|通讯员|通訊員)"
)
# A programme or periodical in 《》 with its reporter's key glued on: 《某某》记者/甲 (in a 来源 value too)
CREDITED_BOOK = re.compile(
    r"\s*《([^《》]{2,16})》\s*(?:特约|见习|首席|全媒体|融媒体)?(?:记者|通讯员|编辑|文|图|摄)"
)
# The kind of work a credit opens with (文·图/, 图文·): no outlet.
_WORK = re.compile(r"^(?:文|图|文图|图文|文字|摄影|摄像|视频|撰文|制图)$")
_MEDIA = re.compile(
    r"(?:报|報|網|网|台|臺|社|客户端|新闻|在线|传媒|传媒集团|融媒|频道|APP|报业|报业集团|融媒体中心|[+＋])$"
)
# A brand's name opening a credit line, its reporter keyed after it (某某记者：甲): an outlet whatever its
# shape, unless it is a unit (a unit has 通讯员, not 记者), a kind of reporter (摄影记者) or a person.
_NOT_BRAND = re.compile(
    r"^(?:文|图|文图|图文|摄影|摄像|文字|视频|图片|出镜|驻站|驻地|驻村|特派|特约|见习|首席|实习|资深|前方|现场|一线|"
    r"随队|随行|战地|常驻|全媒体|融媒体|学生|校园|少年)$"
    r"|(?:街道|社区|村|镇|乡|县|区|市|省|委|局|部|办|中心|院|所|站|队|厅|处|会|公司|学校|医院)$"
)


@lru_cache(maxsize=8192)
def _simple_char(ch: str) -> str:
    simple = t2s_converter().convert(ch)
    return simple if len(simple) == 1 else ch


def credited_outlet(text: str) -> str:
    """The outlet a credit line names for its writer, read in simplified characters and returned as
    the page prints it.

    >>> credited_outlet("四川在線記者 蒲南溪"), credited_outlet("清河網記者 韋曉嵐")
    ('四川在線', '清河網')
    """
    return read_simplified(lambda simple: _after_a_caption(_credited_outlet(simple)), text)


def read_simplified(read: Callable[[str], str], text: str) -> str:
    """What `read` finds in the text's simplified mirror (a name, an outlet), as the text writes it."""
    simple = "".join(map(_simple_char, text))
    found = read(simple)
    at = simple.find(found) if found and simple != text else -1
    return text[at : at + len(found)] if at >= 0 else found


_PAPER_OF_A_PLACE = re.compile(r"(?:日报|晚报|都市报|商报|时报|新闻网|电视台|广播电视台|融媒体中心)$")


def _after_a_caption(name: str) -> str:
    """装车现场|永州晚报 (记者 甲 摄): a photo's caption run into its credit; the outlet is the paper
    named after its place (the longest such tail whose head is a division).

    >>> _after_a_caption("口罩装车现场永州晚报"), _after_a_caption("永州晚报")
    ('永州晚报', '永州晚报')
    """
    tail = _PAPER_OF_A_PLACE.search(name)
    if tail is None or len(name) <= 8 or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
        return name  # (掌上青松·清河晚报: two brands joined, no caption)
    divs = divisions()
    for k in range(0, tail.start() - 1):
        if name[k : tail.start()] in divs:
            return name[k:]
    return name


_UNNAMED_MEDIA = frozenset(
    ("融媒体中心", "融媒中心", "全媒体中心", "新闻中心", "传媒中心", "电视台", "广播电视台")
)


def _credited_outlet(text: str) -> str:
    """The outlet a credit line names for its writer, '' when it names none (本报记者, a unit's 通讯员).

    >>> _credited_outlet("文/清河日报记者 骆志平"), _credited_outlet("（清河网通讯员 韦晓岚）")
    ('清河日报', '清河网')
    >>> credited_outlet("《清河周刊》记者/骆志平"), credited_outlet("文、图/清河日报记者 甲某")
    ('清河周刊', '清河日报')
    >>> credited_outlet("清河日报·掌上清河记者 骆志平"), credited_outlet("看青松记者：骆志平")
    ('清河日报·掌上清河', '看青松')
    >>> credited_outlet("清报全媒体记者 骆志平"), credited_outlet("清河日报全媒体记者 骆志平")
    ('清报全媒体', '清河日报')
    >>> credited_outlet("清河日报全媒体文字记者 骆志平"), credited_outlet("摄影记者 骆志平")
    ('清河日报', '')
    >>> credited_outlet("本报记者 骆志平"), credited_outlet("青松街道通讯员 韦晓岚")
    ('', '')
    >>> credited_outlet("□清河日报记者 骆志平"), credited_outlet("清河日报客户端 | 记者 骆志平")
    ('清河日报', '清河日报客户端')
    >>> credited_outlet("作者：清河日报记者 骆志平"), credited_outlet("作者：记者 骆志平")
    ('清河日报', '')
    >>> credited_outlet("融媒体中心通讯员:骆志平"), credited_outlet("清河县融媒体中心记者 骆志平")
    ('', '清河县融媒体中心')
    """
    s = (
        text.strip().lstrip("□■●◆◇").strip("（()）【】[]").strip().replace("丨", "|")
    )  # 丨: a bar, never a name
    for m in _CREDITED.finditer(s):
        if m["book"]:
            return m["book"]
        name = re.sub(r"^(?:文|图|文图|图文|撰文|文字)$", "", m["name"])
        name = re.sub(r"^(?:文、图|图、文|文/图|图/文)", "", name)
        if "·" in name and _WORK.match(name.split("·")[0]):
            name = name.split("·")[-1]  # 图文·某某日报记者: the work's kind, then the outlet
        if name in _UNNAMED_MEDIA:
            return ""  # 融媒体中心记者 甲: a media centre whose place the page leaves unnamed
        media = _MEDIA.search(re.sub(r"(?<=[\u4e00-\u9fff])[A-Za-z]+$", "", name))  # 某某新闻Knews: a brand
        if name and not OWN_OUTLET.fullmatch(name) and (media or "·" in name):
            branded = m["media"] and (
                len(name) <= 2 or not _MEDIA.search(name)
            )  # 某报全媒体, 某某·掌上某地全媒体
            return f"{name}{m['media']}" if branded else name
        keyed = re.match(rf"\s*{re.escape(m['name'])}\s*(?:记者|記者)\s*[:：]", s)
        brand = (
            name and m.start("name") == 0 and not _NOT_BRAND.search(name) and not OWN_OUTLET.fullmatch(name)
        )
        if keyed and brand and not (len(name) <= 3 and is_surname(name[0])):
            return name
        if brand and m["media"] and m["key"] in ("记者", "記者") and _branded_media(name):
            return f"{name}{m['media']}"  # 某某财经全媒体记者 甲: a brand's newsroom, whatever its word
    return ""


def _branded_media(name: str) -> bool:
    """A brand before 全媒体/融媒体 记者 (某某财经全媒体记者): longer than a person's name, no division."""
    from .divisions import divisions

    return (len(name) >= 4 or len(name) == 3 and not is_surname(name[0])) and name not in divisions()


def nameless_credit(line: str) -> str:
    """A credit line naming its outlet and no writer (`某某日报记者`, `某某+ 记者`, an app's name ending in
    +): the outlet, '' for anything else (本报记者, a unit's 通讯员, a writer named after it).

    >>> nameless_credit("清河日报 记者"), nameless_credit("清河+ 记者"), nameless_credit("清河通讯社记者")
    ('清河日报', '清河+', '清河通讯社')
    >>> nameless_credit("本报记者"), nameless_credit("青松社区通讯员"), nameless_credit("清河日报记者 韦晓岚")
    ('', '', '')
    """
    s = line.strip()
    if not re.fullmatch(
        r"[\u4e00-\u9fffA-Za-z·+＋]{2,20}\s*(?:特约|见习|首席|全媒体|融媒体)?(?:记者|通讯员)", s
    ):
        return ""
    return credited_outlet(s)


# The credit in brackets right after a dateline's 讯 or 电: 本报讯（某某全媒体记者 甲）…, or right after the
# outlet's name alone, a media word ending it: 某某日报客户端（记者 甲）…
_LEDE_CREDIT = re.compile(
    r"^[\s□■●◆]*(?:(?P<dateline>\S{2,30}?(?:讯|訊|电|電))\s*|(?P<outlet>[\u4e00-\u9fffA-Za-z·]{2,20})\s*)?"
    r"[（(【\[]([^（()）【】\[\]]{2,70})[）)】\]]"
)


# The story opening with its outlet's reporter at work, a day or a time before it: 11月18日，某某日报记者从
# 某某局获悉…, 近日，某某晚报全媒体记者走进…, 某某网记者日前从…了解到 (记者从… with no outlet names none).
_REPORTER_OPENS = re.compile(
    r"^(?:(?:\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|近期|连日来|昨天|昨日|今天|今日|前天|当天|[上下]午|早上|晚上|凌晨"
    r"|\d{1,2}\s*[时点](?:\d{1,2}分|许|左右)?){1,3}\s*[，,]?\s*)?"
    r"(?P<name>[\u4e00-\u9fffA-Za-z·]{2,10}?)(?:全媒体|融媒体|特约|见习|首席)?记者\s*"
    r"(?:\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|昨天|昨日|今天|今日|[上下]午)?\s*"
    r"(?:从|在|获悉|了解到|走进|走访|来到|跟随|探访|深入|赶赴|前往|随同?|采访|连线|注意到|看到|见到|实地)"
)


def lede_credit(line: str, opening: bool = True) -> str:
    """The outlet the credit after the story's dateline names (`本报讯（清报全媒体记者 甲）…`: the paper
    calls itself 本报, its credit names it), or the outlet whose reporter opens the story (`近日，某某日报记者
    走进…`, on its `opening` paragraph only: a later one tells where the reporter went); '' when neither
    names one.

    >>> lede_credit("本报讯（清报全媒体记者 骆志平 通讯员 韦晓岚）居民排队。")
    '清报全媒体'
    >>> lede_credit("本报讯（记者 骆志平）居民排队。"), lede_credit("（清河日报记者 骆志平）")
    ('', '')
    >>> lede_credit("本报青松3月5日电（清河日报记者 骆志平）…"), lede_credit("社区来电（居民 骆志平）…")
    ('清河日报', '')
    >>> lede_credit("清河日报客户端（记者 骆志平）居民排队。"), lede_credit("青松社区（通讯员 骆志平）…")
    ('清河日报客户端', '')
    >>> lede_credit("11月18日，清河日报记者从清河区民政局获悉，…"), lede_credit("本报记者从区里获悉，…")
    ('清河日报', '')
    >>> lede_credit("近日，清河晚报全媒体记者走进青松社区，…"), lede_credit("记者从区里获悉，…")
    ('清河晚报', '')
    >>> lede_credit("韦晓岚在接受清河日报记者采访时说，…"), lede_credit("书记带着清河日报记者走进楼道，…")
    ('', '')
    >>> lede_credit("清河日报记者骆志平 通讯员韦晓岚 报道：居民排队。"), lede_credit("记者骆志平报道：…")
    ('清河日报', '')
    >>> lede_credit("清河日报报道 战疫一线，采访要抓紧。"), lede_credit("清河日报报道，居民排队。")
    ('清河日报', '')
    >>> lede_credit("清河传媒记者骆志平 通讯员韦晓岚 2月5日上午，居民排队。")
    '清河传媒'
    >>> lede_credit("清河观察网 记者 骆志平2月7日下午，青松村实行封闭管理。")
    '清河观察网'
    >>> lede_credit("清河财经全媒体记者骆志平 广州报道"), lede_credit("记者 骆志平 广州报道")
    ('清河财经全媒体', '')
    """
    m = _LEDE_CREDIT.match(line.strip())
    if m and not m["outlet"]:  # 本报讯（某某日报记者 甲）: the dateline's paper (a bare credit names none)
        return credited_outlet(m.group(3)) if m["dateline"] else ""
    if m:  # 某某日报客户端（记者 甲）…: the outlet's name opens the story, its reporter in brackets
        outlet, named = m["outlet"], credited_outlet(m.group(3))
        keyed = re.match(r"\s*(?:特约|见习|首席|全媒体|融媒体)?(?:记者|記者|通讯员|通訊員)", m.group(3))
        if (named or keyed) and _MEDIA.search(outlet) and not OWN_OUTLET.fullmatch(outlet):
            return named or outlet
    told = _OUTLET_REPORTS.match(line.strip())
    if told and _MEDIA.search(told.group(1)) and not OWN_OUTLET.fullmatch(told.group(1)):
        return told.group(1)  # 某某日报报道 战疫一线，…: the outlet's name and 报道 open the story
    told = _OUTLET_REPORTS_COLON.match(line.strip()) if opening else None
    name = told.group(1) if told else ""
    if name and not re.search(r"^据|记者|通讯员|新闻$", name) and not OWN_OUTLET.match(name):
        return name  # 云上某某报道：… opening the story: the outlet, whatever its name
    reported = _OPENING_REPORTED.match(line.strip())
    if reported and (named := credited_outlet(reported.group(1))):
        return named  # 某某日报记者甲 通讯员乙 报道：…
    m = _REPORTER_OPENS.match(line.strip()) if opening else None
    name = (
        m["name"] if m and not re.search(r"接受|告诉|[在向对给让请被跟和与把带领陪随同]", m["name"]) else ""
    )
    return name if _MEDIA.search(name) and not OWN_OUTLET.fullmatch(name) else ""  # 甲在接受某报记者采访时


def lede_credits(ledes: list[str], body: list[str]) -> str:
    """The outlet a credit in the headline or the story's first lines names (lede_credit), a reporter's
    only on the opening paragraph (the first long line: a photo's caption may stand above it).

    >>> lede = "夜色里，党员志愿者接力守在青松社区的小区门口，治保队员二十四小时值守，一刻也不放松。"
    >>> later = "3月5日晚上，清河晚报记者来到北门，志愿者正在给进出的居民测体温，一个也不落下。"
    >>> lede_credits(["守夜人", lede, later], [lede, later]), lede_credits(["守夜人", later], [later])
    ('', '清河晚报')
    """
    opener = next((ln for ln in body if len(ln) >= 40), "")
    return next((o for ln in ledes if (o := lede_credit(ln, ln == opener))), "")
