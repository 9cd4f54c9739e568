"""Firms named by their brands in a list that a trade closes: 邮政、京东、顺丰等快递企业, 包括美团、拼多多在内
的线上平台, 东风出行、曹操出行和首汽等多家公司. The brands carry no body word (公司, 集团) for the suffix
walk (organizations.py) to find; the list's head says what they are. A list of common words (电视、网络等
平台, 肉类、蔬菜等商超) names no firm: most of the items must be words the dictionary barely knows."""

from __future__ import annotations

import re

from ..lexicon import TITLE_SET
from .tokens import Doc, is_cjk

# What closes the list: 等 or 在内的, a count of firms perhaps, a few words of trade, the trade's head.
_CLOSER = re.compile(
    r"(?:等|在内的)(?:[一二三四五六七八九十几多\d]+家|各家|多家)?(?P<mid>[\u4e00-\u9fff]{0,6}?)"
    r"(?:企业|公司|电商|商超|超市|快递|物流|网约车|连锁店|药店|药房|银行|商场|卖场|"
    r"(?:线上|电商|外卖|购物|网购|生鲜)平台)"
)
# Between the list and the trade: a kind of thing other than firms (等方式|广泛听取|企业: ways), or an
# adverb or a particle (a verb may qualify the trade: 等重点|保供/v|企业)
_OTHER_KINDS = re.compile(r"方式|方面|形式|渠道|途径|措施|手段|活动|工作|问题|内容")
_NOT_A_TRADES_WORD = {"d", "ad", "p", "c", "u", "uj", "ul", "uz", "ud", "ug"}
_BREAKS = re.compile(r"[，,。；;：:！？!?（）()\s《》]")
_QUOTED = re.compile(r"[“\"「『].*[”\"」』]")
_JOINERS = re.compile(r"[和及与]")
_QUANTIFIERS = (  # 各大超市、部分药店: kinds counted or pointed at, no brand
    "各",
    "多",
    "其他",
    "其它",
    "部分",
    "一些",
    "有关",
    "相关",
    "全市",
    "全县",
    "全区",
    "本地",
    "当地",
)
_INTRODUCERS = ("包括", "例如", "比如", "诸如", "譬如")  # (not 如 alone: 如家 is a brand)
_FIRST_ITEM_STOPS = {"v", "vn", "p", "d", "c", "u", "uj", "r", "m", "q", "f", "ad"}
_RARE = 50  # a brand: a word the dictionary barely knows (顺丰, 美团: none)
_KNOWN = 1000  # a word this common may still be a firm's name among brands (邮政, 京东)


def listed_firms(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, name) of the firms a list closed by its trade names (see the module)."""
    text, out = doc.text, []
    for m in _CLOSER.finditer(text):
        mid = range(doc.tok_at(m.start("mid")), doc.tok_at(m.end("mid"))) if m.group("mid") else ()
        if any(doc.toks[k].flag in _NOT_A_TRADES_WORD for k in mid) or _OTHER_KINDS.search(m.group("mid")):
            continue
        items = _items(doc, m.start())
        if len(items) < 2:
            continue
        items = [(s, e) for s, e in items if not _QUOTED.fullmatch(text[s:e])]  # “三通一达”: a nickname
        words = [text[s:e] for s, e in items]
        if len(words) < 2 or any(not _item_shape(w) for w in words):
            continue
        if sum(doc.freq(w) < _RARE for w in words) * 2 < len(words):
            continue  # 电视、网络等平台: common words, no brands
        out += [(s, e, text[s:e]) for s, e in items if doc.freq(text[s:e]) < _KNOWN]
    return out


def _items(doc: Doc, end: int) -> list[tuple[int, int]]:
    """The list's items before `end`, last one first split at 和/及/与; the first item is the run of
    nouns before its 、 (积极联系|美团、…: the verb before it is none of it)."""
    text = doc.text
    start = end
    while start > 0 and end - start < 80 and not _BREAKS.match(text, start - 1):
        start -= 1
    parts, at = [], start
    for piece in text[start:end].split("、"):
        parts.append((at, at + len(piece)))
        at += len(piece) + 1
    if len(parts) < 2:
        return []
    s, e = parts[-1]
    joined = [(j.start(), j.end()) for j in _JOINERS.finditer(text, s, e)]
    if joined:  # 曹操出行和首汽: the last two items joined
        js, je = joined[-1]
        parts[-1:] = [(s, js), (je, e)]
    first_end = parts[0][1]
    opener = next((w for w in _INTRODUCERS if text.startswith(w, parts[0][0])), "")
    if opener:  # 包括|鲜到家、…: the list's first item is all after the word that opens it
        parts[0] = (parts[0][0] + len(opener), first_end)
        return [(s, e) for s, e in parts if e > s]
    k = doc.tok_at(first_end - 1)
    first_start = doc.toks[k].start if k >= 0 else first_end  # the brand's own last word, whatever its tag
    k -= 1
    while k >= 0 and doc.toks[k].start >= parts[0][0] and doc.toks[k].flag not in _FIRST_ITEM_STOPS:
        opens = doc.toks[k].start == parts[0][0]  # 东风|出行 opening the clause: all of it the brand's
        if not opens and doc.freq(doc.toks[k].word) >= _KNOWN:
            break  # 积极|联系/n|美团: the clause's common noun or verb before the brand
        first_start = doc.toks[k].start
        k -= 1
    parts[0] = (first_start, first_end)
    return [(s, e) for s, e in parts if e > s]


def _item_shape(word: str) -> bool:
    return (
        2 <= len(word) <= 8
        and is_cjk(word)
        and not word.startswith(_QUANTIFIERS)
        and "等" not in word
        and word not in TITLE_SET
    )
