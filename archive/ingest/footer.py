"""Site footers and notices, recognised by their shape rather than by one site's words.

Pure helpers for clean.py and layout.py. What follows a Chinese news story on a portal is of a few
kinds, whatever the site:

- a rights notice, often several lines long (反侵权公告, 版权声明, 本网站所刊登的…均为…版权所有,
  未经授权不得转载): its lines talk about copyright, reprinting and permission;
- contact blocks: `地址: … 邮编: … 电话: …` on one line, or a name and a telephone number
  (`某律师(法律顾问)0000-1234567`);
- a banner inside 【】 that is no headline (【手机报订阅: 发送短信…到10658000】).

Each of these is chrome anywhere on the page, and each closes the article: prose after it is
another page's text (layout.body_span starts a new block there).
"""

from __future__ import annotations

import re

# Telephone numbers as printed in footers: 0951-5029811, 0432 62223777, 13369511100, 400-123-4567.
_PHONE = re.compile(r"(?<![\d-])(?:0\d{2,3}[-－\s]?\d{7,8}|1[3-9]\d{9}|[48]00[-\s]?\d{3}[-\s]?\d{4})(?!\d)")
# Keys of a contact block, wherever they stand in the line.
_CONTACT_KEY = re.compile(
    r"(?:地址|邮编|邮政编码|(?:新闻|服务|投诉|举报|联系|咨询|值班)?(?:电话|热线)|传真|邮箱|E-?mail|QQ|"
    r"合作洽谈|广告合作|法律顾问|备案号|许可证号?)\s*[:：]",
    re.I,
)
# The words of a rights notice: who owns the text and who may reprint it. A notice holds one of the
# core words and one more of either list (授权 and 声明 alone can be a story's words).
_RIGHTS_CORE = re.compile(r"著作权|版权|侵权|转载|转帖|盗用|知识产权|所刊登|原创内容|著作權|版權|侵權|轉載")
_RIGHTS_WORD = re.compile(
    r"著作权|版权|侵权|转载|转帖|盗用|知识产权|所刊登|原创内容|著作權|版權|侵權|轉載|"
    r"授权|授權|书面许可|書面許可|复制|镜像|法律责任|法律責任|法律顾问|刊登的|来源于网络|声明|免责|独家|联系删除"
)
_SENTENCE_PUNCT = re.compile(r"[，,。；;！？!?]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def is_rights_notice(line: str) -> bool:
    """A line of a copyright, reprint or anti-piracy notice: two of its words in one line, or one in a
    short label that opens the notice (反侵权公告:, 版权声明).

    >>> is_rights_notice("凡本网注明来源的作品，未经书面许可，不得转载或镜像。")
    True
    >>> is_rights_notice("反侵权公告："), is_rights_notice("居民签了声明，授权志愿者代购。")
    (True, False)
    """
    s = line.strip()
    if not _RIGHTS_CORE.search(s):
        return False
    if len(set(_RIGHTS_WORD.findall(s))) >= 2:
        return True
    label = s.rstrip(":：")
    return len(label) <= 12 and not _SENTENCE_PUNCT.search(label)


def is_contact_block(line: str) -> bool:
    """A footer's contact line: two contact keys in one line (地址:… 邮编:… 电话:…), or a short line that
    is a name or a label and a telephone number, with no sentence in it.

    >>> is_contact_block("地址：清河市北路88号 邮编：100000 新闻热线：0000-1234567")
    True
    >>> is_contact_block("王律师（法律顾问）0000-12345678")
    True
    >>> is_contact_block("他拨通了0000-12345678，没人接。")
    False
    """
    s = line.strip()
    if s.endswith("。"):
        return False
    if len(_CONTACT_KEY.findall(s)) >= 2:
        return True
    phone = _PHONE.search(s)
    if not phone or len(s) > 40 or _SENTENCE_PUNCT.search(s):
        return False
    rest = _PHONE.sub("", s)
    return len(_CJK.findall(rest)) <= 12


def is_banner(line: str) -> bool:
    """A whole line in 【】 with digits or Latin letters in it, longer than a column tag: an app or
    text-message subscription banner, a hotline, a QR prompt (never a headline or a section heading).

    >>> is_banner("【清河手机报订阅：发送短信qh到10650000】"), is_banner("【党员冲在前】")
    (True, False)
    """
    s = line.strip()
    return (
        len(s) > 16
        and s.startswith(("【", "["))
        and s.endswith(("】", "]"))
        and bool(re.search(r"[0-9A-Za-z]{3,}", s))
    )


# A periodical's or a site's publishing fields, each at the start of a line of the footer or the masthead
_PUBLISHING_FIELD = re.compile(
    r"^(?:主管单位|主办单位|承办单位|协办单位|指导单位|技术支持|编辑出版|出版单位|出版发行|"
    r"投稿邮箱|国内统一刊号|邮发代号|国际标准刊号|期刊级别|开\s*本|出\s*版\s*地|周\s*期|刊\s*期|语\s*言|"
    r"网\s*址|地\s*址)\s*[:：]"
)


def is_publishing_field(line: str) -> bool:
    """主管单位:某部, 编辑出版:《某某》杂志社, 国际标准刊号:ISSN …: who publishes the page, never its story.

    >>> is_publishing_field("编辑出版:《青禾导报》杂志社"), is_publishing_field("主办单位说，活动延期。")
    (True, False)
    """
    s = line.strip()
    return len(s) <= 60 and bool(_PUBLISHING_FIELD.match(s)) and not s.endswith("。")


def is_footer(line: str) -> bool:
    """Any of the footer shapes above.

    >>> is_footer("版权声明：本网原创内容，转载须授权。"), is_footer("居民区有53栋楼。")
    (True, False)
    """
    return is_rights_notice(line) or is_contact_block(line) or is_banner(line) or is_publishing_field(line)
