"""A post stated in the sentence before the name: 她是社区的一名网格员。甲每天…

The genre introduces a person by what they are, with a bare pronoun, and names them at the head of
the next sentence. The post goes to that name only when nothing else could be the pronoun's
antecedent: no one is named earlier in the paragraph, and the next sentence opens with one name
alone (甲和乙每天… leaves the post to no one). Pure functions over the document's text.
"""

from __future__ import annotations

import re

from .entities import Entity
from .role_scope import ROLE_GENERIC, stated_role
from .tokens import Doc

# 她是…。 / 他现任…。 as a whole sentence, right before where the name starts
_INTRODUCTION = re.compile(
    r"(?:^|(?<=[\n。！？!?]))\s*[他她](?:是|现任|担任|系)(?P<rest>[^。！？!?\n“”]{2,24})[。！？!?]\s*$"
)
_ALONE_AFTER = ("和", "与", "及", "、", "同", "跟")


def post_before(doc: Doc, start: int, named_before: list[int]) -> str:
    """The post the sentence ending right before `start` states of 他/她, or "" (see the module)."""
    text = doc.text
    para = text.rfind("\n", 0, start) + 1
    m = _INTRODUCTION.search(text, max(para, start - 40), start)
    if not m or any(para <= s < m.start() for s in named_before):
        return ""
    roles = stated_role(m.group("rest"))
    return roles[0] if roles and roles[0] not in ROLE_GENERIC else ""


def give_posts_before(doc: Doc, people: dict[str, Entity]) -> None:
    """Each mention without a role that heads the sentence after an introduction gets its post."""
    starts = sorted(m.start for p in people.values() for m in p.mentions)
    for person in people.values():
        for mention in person.mentions:
            if mention.roles or doc.text.startswith(_ALONE_AFTER, mention.end):
                continue
            post = post_before(doc, mention.start, starts)
            if post:
                mention.roles.append(post)
