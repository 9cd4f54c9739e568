"""Rows of names (甲、乙与丙): which mentions stand in one row, and how rows join, for the roles a row
shares (roles.attach_roles)."""

from __future__ import annotations

from .entities import Occurrence
from .role_scope import ends_with_any_title as ends_with_title
from .tokens import CLAUSE_BREAK, LIST_JOINERS


def chains_of(text: str, mentions: list[Occurrence]) -> list[list[Occurrence]]:
    """Names joined by 、/与/和 in a row: they share a role stated once for the chain."""
    chains: list[list[Occurrence]] = []
    for m in mentions:
        if chains and text[chains[-1][-1].end : m.start] in LIST_JOINERS:
            chains[-1].append(m)
        else:
            chains.append([m])
    return chains


def titled_row_before(text: str, chains: list[list[Occurrence]], start: int) -> list[Occurrence]:
    """The names of the row before a chain that opens with a member's own title (甲、党员代表乙、丙等…):
    the chains back to where the row is joined by more than 、 and a title."""
    row: list[Occurrence] = []
    for chain in reversed(chains):
        between = text[chain[-1].end : start]
        if not (between[:1] in LIST_JOINERS and 2 <= len(between) <= 9 and ends_with_title(between[1:])):
            break
        row += chain
        start = chain[0].start
    return row


def and_then_row(text: str, chain: list[Occurrence]) -> bool:
    """书记甲和乙、丙、丁等同事: 和 before a 、-row joins the first name to a group of others, so the
    title before the first name is no title of the row."""
    joins = [text[a.end : b.start] for a, b in zip(chain, chain[1:], strict=False)]
    return joins[0] in ("和", "与", "及") and "、" in joins[1:]


def joined_by_titled_name(text: str, end: int, start: int) -> bool:
    """甲和人事干事乙: a joiner, then a title phrase of the next name, with no clause break."""
    between = text[end:start]
    return (
        len(between) <= 16
        and between[:1] in LIST_JOINERS
        and not any(ch in CLAUSE_BREAK for ch in between)
        and bool(ends_with_title(between[1:]))
    )
