"""What extraction returns: entities, each with its occurrences in the text."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Occurrence:
    """One place in the text where an entity is named, with what the text says about it there."""

    start: int
    end: int
    roles: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    age: int | None = None

    @property
    def role(self) -> str:
        """The roles joined by U+0001: the form store.py read before roles became a list."""
        return "\u0001".join(self.roles)


@dataclass
class Entity:
    name: str
    kind: str = ""
    mentions: list[Occurrence] = field(default_factory=list)

    @property
    def roles(self) -> list[str]:
        out: list[str] = []
        for m in self.mentions:
            out += [r for r in m.roles if r and r not in out]
        return out

    @property
    def organizations(self) -> list[str]:
        out: list[str] = []
        for m in self.mentions:
            out += [o for o in m.organizations if o not in out]
        return out

    @property
    def age(self) -> int | None:
        return next((m.age for m in self.mentions if m.age is not None), None)


@dataclass
class Extraction:
    people: list[Entity]
    organizations: list[Entity]
    places: list[Entity]
    region: str = ""
