"""The units of a body written right after its name: 某市公安局|指挥中心办公室, 某市税务局|办公室,
某区指挥部|交通卫生检疫组, 某医院|心理科, 某局|工程建设分公司|工会, 某市人大常委会|人事代表工作室.

The whole is the unit's name (the body alone is named only inside it, at that place). What stands between
the body and the unit's word is a run of common words (a field, a task), never a name, a number, a
verb of the sentence or a particle; a community's or a village's office is a room, not a unit.
"""

from __future__ import annotations

from ..lexicon import TITLE_SET
from .org_names import OBJECT_VERBS, org_kind
from .tokens import Doc, is_cjk

# The words that end a unit of a body (longest first where one ends another)
_UNIT_HEADS = (
    "办公室",
    "工作室",
    "直属队",
    "办事处",
    "工作组",
    "检疫组",
    "专班",
    "工会",
    "社会委",
    "分公司",
    "机关",
    "中队",
    "大队",
    "分队",
    "科",
    "组",
)
# Words a unit's name is made of: nouns, fields and tasks (检疫/vn, 管理/vn), abbreviations
_WORD_FLAGS = frozenset({"n", "vn", "an", "nz", "j", "b", "l", "nt", "v"})
_MAX_LENGTH = 10  # 企业管理服务科, 人事代表工作室, 工程建设分公司工会
_MAX_WORDS = 4
# A community's or village's office is the room where its staff sit (社区居委会办公室里)
_LOCAL_BODIES = ("居委会", "村委会", "社区", "村", "小区", "物业", "业委会", "居委", "村委")
_ROOM_AFTER = ("里", "内", "外", "门口", "前", "楼")
_NOT_AFTER = "长员"  # 组|长, 队|员: a post or a member, not the unit
_ONE_CHARACTER_HEADS = "科组"
_OFFICE_POSTS = ("主任", "副主任", "常务副主任", "负责人", "科长", "干部", "工作人员")
_PREDICATES = frozenset("组织 协助 树立 开展 派出 成立 组建 抽调 安排 选派 联合 配合 指导 带领 发动".split())
# Firms' and hospitals' offices and departments are not named as units of their own (某公司|办公室, 某医院|
# 检验科): the body is named
_NOT_FOR_KINDS = {"company": ("办公室", "科"), "medical": ("科", "办公室")}
_GLUED_AFTER = "在为对向给把将从"
# Units named by their place (某救援队德阳直属队, 某总会广东办事处): a place may stand in these only
_PLACED_HEADS = ("直属队", "分队", "中队", "大队", "办事处", "分公司", "工作组")
# A congress's or a conference's committees (市人大常委会|农业农村工作委员会, 区政协|文史委)
_CONGRESSES = ("常委会", "人大", "政协")


def _unit_end(doc: Doc, end: int) -> int:
    """Where a unit of the body ending at `end` ends, or -1."""
    k = doc.by_start.get(end)
    if k is None:
        return -1
    last, length, placed = -1, 0, False
    for j in range(k, min(len(doc.toks), k + _MAX_WORDS)):
        t = doc.toks[j]
        numbered = t.flag == "m" and t.word.endswith("队") and j == k  # 服务队|十二队
        glued = len(t.word) == 2 and t.word[0] in _ONE_CHARACTER_HEADS and t.word[1] in _GLUED_AFTER
        if glued and t.flag.startswith("v"):  # 检疫|组在/v|路口: jieba glued the preposition to 组
            return t.start + 1 if length and doc.text[end : t.start + 1].endswith(_UNIT_HEADS) else last
        placed = placed or t.flag == "ns"  # 某救援队|德阳/ns|直属队: a unit named by its place
        if not is_cjk(t.word) or (t.flag not in _WORD_FLAGS | {"ns"} and not numbered):
            break
        if t.flag == "v" and (len(t.word) < 2 or t.word in OBJECT_VERBS or t.word in _PREDICATES):
            break  # 某局|派/v, 某中心|组织/v|…服务队: the sentence's verb after the body
        if t.word in TITLE_SET:
            break  # 某医疗队|领队: a post of the body, not a unit
        length += len(t.word)
        if length > _MAX_LENGTH:
            break
        after = doc.text[t.end : t.end + 2]
        unit = doc.text[end : t.end]
        if unit.endswith("办公室") and doc.text.startswith(_OFFICE_POSTS, t.end):
            break  # 某局办公室|副主任: the post of the body's office, which names the body (as the seeds do)
        if (
            unit.endswith(_UNIT_HEADS)
            and (not placed or unit.endswith(_PLACED_HEADS))
            and after[:1] not in _NOT_AFTER
            and not after.startswith(_ROOM_AFTER)
        ):
            last = t.end
    return last


def units_of_bodies(doc: Doc, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each body of `found` with the unit written right after it, as one name.

    >>> from archive.ingest.lexicon import Lexicon
    >>> d = Doc("绵阳市公安局情报中心办公室的民警连夜值守。", Lexicon())
    >>> units_of_bodies(d, [(0, 6, "绵阳市公安局")])
    [(0, 13, '绵阳市公安局情报中心办公室')]
    >>> units_of_bodies(Doc("青松社区居委会办公室里坐满了人。", Lexicon()), [(0, 7, "青松社区居委会")])
    []
    """
    out = []
    starts = {s: e for s, e, _ in found}
    for start, end, name in found:
        if name.endswith(_LOCAL_BODIES):
            continue
        unit_end = _unit_end(doc, end)
        if unit_end > end and doc.text[start:unit_end].endswith(_NOT_FOR_KINDS.get(org_kind(name), ())):
            unit_end = -1
        if name.endswith(_CONGRESSES) and starts.get(end, end) > end:
            unit_end = max(unit_end, starts[end])  # 市人大常委会|某某工作委员会: its committee
        if unit_end > end:
            out.append((start, unit_end, doc.text[start:unit_end]))
    return out
