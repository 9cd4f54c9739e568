"""Credit lines inside the body: who wrote, photographed or edited the story, not people in it.

本报讯（记者 韩晓峰 通讯员 柯文静）…; 王丽华 摄; a bracket of names closing a paragraph (（王丽华）);
记者邵明轩通讯员柏青松 glued together; 【编辑】:X; a short contact line with a telephone number.
The names there are metadata (clean.py reads them as authors); extraction leaves them out.
"""

from __future__ import annotations

import re

CREDIT_KEYS = (
    "记者|采访人员|通讯员|特约通讯员|见习记者|实习生|摄影|摄像|文字|撰稿|撰文|(?<![工创写合协劳])作者|编辑|责任编辑|责编|编审|审核|审校|"
    "校对|监制|统筹|策划|制图|(?:文|图)(?=\\s*[/:：])"
)
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_SEP = r"[\s\u3000、,，/|｜?？]*"
_OUTLET = r"[\u4e00-\u9fff]{2,12}?(?:电视台|广播电台|融媒体中心|台|报|网|社)"  # 记者 甲 乙 某某电视台 丙
# Crew keys only ever followed by a colon (制作 alone is an ordinary verb).
_CREW_KEYS = "后期制作|后期|制作|视频|剪辑|配音|出镜|设计|校审|终审|初审|复审"
# The next `key:` ends the names before it: 责任编辑:甲乙丙记者:丁戊 (credits glued without spaces).
_KEY_AHEAD = rf"(?=(?:{CREDIT_KEYS}|{_CREW_KEYS})\s*[:：])"
# 记者邵明轩通讯员柏青松, 记者卜文静报道: a name glued to the next credit key or to 报道.
_GLUED_KEY = r"(?=(?:特约通讯员|通讯员|见习记者|记者|采访人员|实习生|摄影|摄像|报道))"
_NAMES = (
    rf"(?:(?:(?:{_OUTLET}|{_NAME})(?:(?=[\s\u3000、,，/|｜?？）)】\]]|$)|{_GLUED_KEY}){_SEP})+"
    rf"|[\u4e00-\u9fff·]{{2,9}}?{_KEY_AHEAD})"
)
# 记者了解到, 记者走访发现: the reporter doing something in the story, no credit.
_NOT_A_NAME = r"(?!了解|走访|看到|发现|获悉|注意|采访|来到|跟随|随后|现场|日前|近日|当天|从|在)"
_AFTER_KEY = re.compile(
    rf"(?:本报|新华社|本台|本网|央视)?(?:(?:{CREDIT_KEYS})[】\]]?{_SEP}[:：/]?|(?:{_CREW_KEYS})\s*[:：]){_SEP}{_NOT_A_NAME}{_NAMES}",
    re.M,
)
_BEFORE_TAG = re.compile(rf"{_NAME}\s*[/／]?\s*(?:摄影?|报道|供图|制图)(?=[\s）)】\]]|$)", re.M)  # (甲/摄)
_CLOSING_BRACKET = re.compile(rf"[（(【\[]\s*{_NAMES}\s*[）)】\]]\s*$", re.M)
# A dateline's bracket of names: 某某网讯(甲乙), 某某网:(甲乙), 某某网消息(甲 乙) opening the story: its
# reporters.
_DATELINE_BRACKET = re.compile(
    rf"(?:讯|电|{_OUTLET}\s*(?:[:：]|消息))\s*[（(]\s*(?!{CREDIT_KEYS}){_NAMES}\s*[）)]"
)

# 某某网讯 甲、乙摄影报道: the writers named in a row between the dateline and the tag.
_DATELINE_ROW = re.compile(
    rf"(?:讯|電|电|訊)[\s\u3000]*{_NAME}(?:[、,，\s]{_NAME})+\s*(?:摄影报道|摄影|报道|攝影報道|報道)"
)


# A short line with a telephone number is a contact or copyright line (甲乙丙(版权合作)0432-6252…).
_CONTACT_LINE = re.compile(r"^[^\n。]{0,40}?(?:\d{3,4}-\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d))[^\n。]{0,20}$", re.M)


def byline_spans(text: str) -> list[tuple[int, int]]:
    """Spans of credit lines and credit brackets: who wrote, photographed or edited the story.

    >>> text = "本报讯（记者 韩晓峰）居民排队检测。图为志愿者。（柯文静 摄）"
    >>> [text[s:e] for s, e in byline_spans(text)]
    ['记者 韩晓峰', '柯文静 摄']
    >>> text = "建设中的方舱医院(柯文静/摄)"
    >>> [text[s:e] for s, e in byline_spans(text)]
    ['柯文静/摄']
    >>> [m for s, e in byline_spans("说完就走了。编辑:甲乙丙记者:丁戊后期制作:己庚") for m in [(s, e)]]
    [(6, 12), (12, 17), (17, 24)]
    """
    spans = []
    for pattern in (_AFTER_KEY, _BEFORE_TAG, _CLOSING_BRACKET, _DATELINE_BRACKET, _DATELINE_ROW):
        spans += [(m.start(), m.end()) for m in pattern.finditer(text)]
    return spans


def contact_spans(text: str) -> list[tuple[int, int]]:
    """Short lines with a telephone number (contact or copyright lines): no person there is extracted,
    but a name there may still be a person of the story where the story names it.

    >>> text = "社区书记甲乙丙带队。\\n联系人:甲乙丙 13912345678"
    >>> [text[s:e] for s, e in contact_spans(text)]
    ['联系人:甲乙丙 13912345678']
    """
    return [(m.start(), m.end()) for m in _CONTACT_LINE.finditer(text)]


# A credit in brackets closing a paragraph, with the outlets the writers work for: (某某日报 甲 记者 乙),
# (某某总台记者 甲 乙 某某广播电视台 丙): every name in it is the credit's, no body of the story.
_CREDIT_BRACKET = re.compile(
    r"[（(]([^（）()\n]{0,80}?(?:记者|通讯员|实习生|摄影|摄像|报道)[^（）()\n]{0,80})[）)][ \u3000]*$", re.M
)


# The same after a dateline, opening the story: 本报讯 (记者 甲 某某区委报道组 乙) — the writers' units too,
# and the outlets before the key (某某网讯（某某日报·某某网记者 甲）).
_DATELINE_CREDIT = re.compile(
    r"(?:讯|电|消息)[ \u3000]*[（(]([^（）()\n。，,]{0,30}?(?:记者|通讯员)[^（）()\n。]{0,80})[）)]"
)


def credit_brackets(text: str) -> list[tuple[int, int]]:
    """Spans of bracketed credits closing a paragraph (the writers and their outlets) or opening it after
    a dateline.

    >>> text = "防护网越织越密。(清河日报 甲乙 记者 丙丁 )\\n居民说好（记者来到社区）。"
    >>> [text[s:e] for s, e in credit_brackets(text)]
    ['(清河日报 甲乙 记者 丙丁 )']
    >>> text = "本报讯 (记者 甲乙 某某区委报道组 丙丁) 在某某社区,居民排队。"
    >>> [text[s:e] for s, e in credit_brackets(text)]
    ['(记者 甲乙 某某区委报道组 丙丁)']
    """
    spans = [(m.start(), m.end()) for m in _CREDIT_BRACKET.finditer(text)]
    return spans + [(m.start(1) - 1, m.end()) for m in _DATELINE_CREDIT.finditer(text)]


# A unit credited for the pictures or the text after a caption or at a paragraph's end: 。某某县委宣传部供图,
# 某某县团委 供图, 图片由某某文明办提供. The unit gave the picture; it is no body of the story.
_SUPPLIED = re.compile(
    r"(?:(?<=[。！？!?\n])|^)[ \u3000]*(?:([\u4e00-\u9fff]{2,24}?)[ \u3000]*(?:供图|供稿)(?=[ \u3000\n]|$)"
    r"|图片由([\u4e00-\u9fff]{2,24}?)提供)",
    re.M,
)


# A photograph's credit inside the story: 某某社记者 甲 摄 (after a caption or a comma), 某某社发 closing a
# caption. The outlet took the picture; it is no body of the story.
_PHOTO_CREDIT = re.compile(
    r"(?:^|(?<=[，,。！？\s（(]))([\u4e00-\u9fff]{2,8}?)记者\s*[\u4e00-\u9fff]{2,4}\s*摄"
    r"|(?:(?<=[。）)\s])|^)[ \u3000]*([\u4e00-\u9fff]{2,8}?(?:社|网|报|台))发(?=[ \u3000]*$)",
    re.M,
)


def supplied_by(text: str) -> list[tuple[int, int]]:
    """Spans of the units credited for a picture or a text (某某县委宣传部供图, 图片由…提供) and of the
    outlets credited for a photograph (某某社记者 甲 摄, 某某社发).

    >>> text = "村干部开会。清河县委宣传部供图\\n社区供图书给孩子们。图片由清河市文明办提供"
    >>> [text[s:e] for s, e in supplied_by(text)]
    ['清河县委宣传部', '清河市文明办']
    >>> text = "居民排队。清河社记者 韦晓岚 摄\\n书记在宣传（2月13日摄）。 清河社发\\n他告诉清河社记者。"
    >>> [text[s:e] for s, e in supplied_by(text)]
    ['清河社', '清河社']
    """
    found = [*_SUPPLIED.finditer(text), *_PHOTO_CREDIT.finditer(text)]
    return [m.span(1) if m.group(1) else m.span(2) for m in found]
