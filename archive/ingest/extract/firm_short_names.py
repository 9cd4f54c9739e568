"""A firm's short name after its registered one: a story names a company once in full (某某乳业(漳州)有限公司,
甘肃某某保洁服务有限公司) and then by its trade name (某某乳业, 某某保洁公司). The short name is read off
the registered name, never guessed: the part before the city in brackets, or the brand after the
province or city the name opens with and a trade word and 公司. Pure functions over the text."""

from __future__ import annotations

import re

# 某某乳业(漳州)有限公司: the trade name, then the city it is registered in, then the form
_BRACKETED = re.compile(r"^([\u4e00-\u9fff]{3,8}?)[（(][\u4e00-\u9fff]{2,5}[）)](?:股份)?有限(?:责任)?公司$")
_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
# the brand's trade and 公司 after it (某某物业公司, 某某食品公司): a short name's end
_TRADE_AND_COMPANY = re.compile(r"[\u4e00-\u9fff]{1,4}?公司")
# 某某物业公司一位员工, 某某食品办公室主任: what may follow a short name
_NOT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:有限|股份|[（(])")

Span = tuple[int, int, str]


def short_names(text: str, found: list[Span], places: dict[int, int]) -> list[Span]:
    """The occurrences of the short names of the registered firms in `found` (start, end, name) that no
    span found holds whole. `places`: the start of each province or city the text names, by its end
    (the place a registered name opens with)."""
    spans = [(s, e) for s, e, _n in found]
    out: list[Span] = []
    for start, _end, name in found:
        bracketed = _BRACKETED.match(name)
        if bracketed:
            short = bracketed.group(1)
            out += [
                (m.start(), m.end(), short)
                for m in re.finditer(re.escape(short), text)
                if not _held(spans, m.start(), m.end()) and not _NOT_AFTER.match(text, m.end())
            ]
            continue
        place_end = next((e for e in range(start + 2, start + 5) if places.get(e) == start), None)
        form = next((f for f in _FORMS if name.endswith(f)), None)
        if place_end is None or form is None or len(name) - (place_end - start) - len(form) < 4:
            continue
        brand, trades = text[place_end : place_end + 2], name[place_end - start + 2 :]
        for m in re.finditer(re.escape(brand), text):  # 甘肃|同和|保洁服务有限公司 … 同和|保洁|公司
            tail = _TRADE_AND_COMPANY.match(text, m.end())
            if tail and len(tail.group()) > 2 and tail.group()[:-2] in trades:
                if not _held(spans, m.start(), tail.end()):
                    out.append((m.start(), tail.end(), text[m.start() : tail.end()]))
    return out


def repaired(text: str, found: list[Span], shorts: list[Span]) -> list[Span]:
    """Names found that open inside a short name's occurrence (均|瑶食品办公室: jieba read its first
    character as an adverb) open with it; the firm's office (某某食品|办公室) is the firm."""
    out = []
    for s, e, name in found:
        inside = next(((a, b) for a, b, _n in shorts if a < s < b < e), None)
        if inside is None:
            out.append((s, e, name))
        elif text[inside[1] : e] not in _ROOMS:
            out.append((inside[0], e, text[inside[0] : e]))
    return out


_ROOMS = ("办公室", "办")


def _held(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)
