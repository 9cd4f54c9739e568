"""Unit names under the level above them, or named only before their body's short form.

A word jieba tags a verb between a division and the unit word names the unit (利通区|胜利|镇), unless it
is a verb of the genre that takes the unit as its object (下沉|社区); a village named only before its
committee's short form (绿柳|村委) is a place. Pure functions over the tokens.
"""

from __future__ import annotations

from .glued import BEFORE_A_NAME, glued_for
from .tokens import Coverage, Doc, is_cjk

_VERB_FLAGS = {"v", "vd", "vn", "vi", "ad"}
# Prepositions jieba glues to the name after them (向|祥园社区, 经|区卫健委): one set for places and
# organisations, from the table of glued function characters.
GLUED_PREPOSITIONS = glued_for(BEFORE_A_NAME)
# Words that are never a unit's name whatever follows them: the sentence's function words and counts.
_NOT_A_NAME_FLAGS = set("p c u uj ul uz ud ug r m q mq x t f y e".split())


def village_committee(doc: Doc, at: int) -> bool:
    """绿柳|村委|的喇叭: the short form of a village's committee after its name (not 村委委员, a member,
    nor 三年|村委, a length of time)."""
    i = doc.by_start.get(at)
    return (
        i is not None
        and i > 0
        and doc.toks[i].word == "村委"
        and not doc.text.startswith("委员", at + 2)
        and doc.toks[i - 1].flag not in _NOT_A_NAME_FLAGS
        and is_cjk(doc.toks[i - 1].word)
    )


# Verbs of the genre whose object is the unit (下沉|社区, 助力|社区): never a unit's name.
ACTION_VERBS = set(
    "下沉 深入 走进 进入 助力 支援 服务 帮扶 对接 联系 覆盖 包联 包保 走访 入驻 进驻 返回 回到 来到 前往 "
    "支持 协助 配合 指导 帮助 动员 组织 开展 加强 推进 落实 参与 联合 依托 深化 打造 创建 成立 "
    "驻守 值守 坚守 守护 守住 管控 封控 巡查 排查 督导 检查 慰问 捐赠 捐助 建设 管理 治理 "
    "包片 包楼 包户".split()
)


def verb_name_under_division(doc: Doc, j: int, suffix_start: int, gazetteer: Coverage) -> bool:
    """利通区|胜利|镇, 水磨沟区|关爱|社区: a word jieba tags a verb, written between a division and
    the unit word, is the unit's name (the hierarchy written top down); not a verb of the genre that
    takes the unit as its object (下沉|社区)."""
    toks = doc.toks
    t = toks[j]
    return (
        j > 0
        and t.end == suffix_start
        and len(t.word) == 2
        and is_cjk(t.word)
        and t.flag in _VERB_FLAGS
        and t.word not in ACTION_VERBS
        and toks[j - 1].end == t.start
        and toks[j - 1].start in gazetteer
        and (toks[j - 1].end - 1) in gazetteer
    )
