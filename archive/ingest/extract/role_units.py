"""The units a person's roles name: the district or street above a named neighbourhood body is a unit
of the person (宝山区友谊路街道盘古路居委会主任 → 盘古路居委会主任, under 宝山区 and 友谊路街道)."""

from __future__ import annotations

import re

from .role_scope import ends_with_any_title as ends_with_title

_NAMED_UNIT_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,8}?(居民区|社区|村|小区|新村|居委会|村委会)")
_UNIT_CONTINUES = ("委", "政府", "人民政府", "人大", "政协", "党委", "纪委", "公安", "卫健", "民政", "教育")


def _strip_units(role: str, units: list[str]) -> tuple[str, list[str]]:
    """宝山区友谊路街道盘古路居委会主任 → (盘古路居委会主任, [宝山区, 友谊路街道]): the street and district
    above a named neighbourhood body are the person's units, not part of the title."""
    stripped: list[str] = []
    changed = True
    while changed:
        changed = False
        for unit in units:
            rest = role[len(unit) :]
            if rest.startswith(_UNIT_CONTINUES):
                continue  # 晋江市|委下派…: the place is the head of a body (市委), not a unit above
            if role.startswith(unit) and _NAMED_UNIT_HEAD.match(rest) and ends_with_title(rest):
                role, changed = rest, True
                stripped.append(unit)
    return role, stripped


def assign_units(roles: list[str], units: list[str], higher: list[str]) -> tuple[list[str], list[str]]:
    """(roles with the district/street above a named body taken out, the units the roles name)."""
    higher = sorted(higher, key=len, reverse=True)
    out_roles: list[str] = []
    above: list[str] = []
    for role in roles:
        role, stripped = _strip_units(role, higher)
        out_roles.append(role)
        above += [u for u in stripped if u not in above]
    return out_roles, above + [u for u in units if u not in above and any(u in r for r in out_roles)]
