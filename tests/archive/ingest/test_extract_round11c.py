"""Round eleven, pages nobody tuned to (issue 12): one test per class, invented sentences only."""

from archive.ingest.extract import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_a_role_shared_with_someone_before_de_names_the_person():
    # 同为/均为/也为 + role + 的 + name: 为 after an adverb of sharing is the copula, as 是 is
    assert _roles("同为网格员的韦晓岚也报了名。") == {"韦晓岚": ["网格员"]}
    assert _roles("她约上同为入党积极分子的骆志平一道去。") == {"骆志平": ["入党积极分子"]}
    assert _roles("均为志愿者的骆志平和韦晓岚都来了。") == {"骆志平": ["志愿者"], "韦晓岚": ["志愿者"]}
    assert _roles("同为退役军人的骆志平说,要站好岗。") == {"骆志平": ["退役军人"]}
    # the limit: 为 of purpose ("for") is no copula
    assert _roles("为居民服务的韦晓岚每天都来。") == {}


def test_zheng_glued_to_a_name_the_story_also_names_bare_is_the_adverb():
    text = "学院学生骆志正耐心给每个人测体温。作为一名预备党员,骆志也不甘落后。"
    assert set(_roles(text)) == {"骆志"}
    assert _roles("网格员韦小正耐心地劝导居民。韦小表示,这是应该的。") == {"韦小": ["网格员"]}
    # the limit: a name ending in 正 that the story never names without it stays whole
    assert _roles("志愿者骆志正说,不累。骆志正今年30岁。") == {"骆志正": ["志愿者"]}


def test_less_common_surnames_open_names():
    text = "年轻干部纵晓岚当了楼栋小组长,忙到深夜。“应该的。”纵晓岚说。"
    assert _roles(text) == {"纵晓岚": ["年轻干部", "楼栋小组长"]}
    assert set(_roles("志愿者濮志平正在登记。濮志平说,全家都来了。")) == {"濮志平"}
    # the limit: the character opening an ordinary word is no surname
    assert _roles("纵深推进防控工作,纵向到底。") == {}


def test_a_landlord_is_a_role():
    assert _roles("房东韦晓岚说,租客都配合。") == {"韦晓岚": ["房东"]}
    assert _roles("韦晓岚是一栋出租楼的房东,管理着租客。") == {"韦晓岚": ["房东"]}
    # the limit: the landlord of a named person is someone else
    assert _roles("骆志平的房东也很支持。") == {}


def test_a_name_jieba_left_untagged_after_a_stated_role_and_de():
    # jieba tags some three-character names a common noun; the role stated before 的 is the evidence
    assert _roles("她约上同为入党积极分子的骆周元一道去值守。") == {"骆周元": ["入党积极分子"]}
    assert _roles("身为网格员的骆周元通过线上线下宣传。") == {"骆周元": ["网格员"]}
    assert _roles("是党员的骆周元也报了名。") == {"骆周元": ["党员"]}
    # the limits: a generic noun stated before 的 is no evidence; nor is a phrase of the dictionary
    assert _roles("同为居民的骆周元也报了名。") == {}
    assert _roles("作为志愿者的高兴地说,不累。") == {}


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def test_a_verb_that_takes_a_body_as_its_object_opens_no_name():
    assert _orgs("社区工作人员在各小区张贴政府通告。") == []
    assert _orgs("各村要落实上级党组织的部署。") == []
    # the limit: the body named after the verb is still found
    assert _orgs("社区党员走访东坡村委会了解情况。") == ["东坡村委会"]
    assert _orgs("居民们感谢东坡社区居委会的帮助。") == ["东坡社区居委会"]


def test_two_posts_joined_by_jian_stated_after_the_name_are_two_roles():
    both = ["东坡村支部书记", "村主任"]
    assert _roles("韦晓岚是东坡村支部书记兼村主任。") == {"韦晓岚": both}
    text = "韦晓岚拍了段短片。谈到这事,这位东坡村支部书记兼村主任笑着说:“好玩。”"
    assert _roles(text) == {"韦晓岚": both}
    assert _roles("骆志平拍了视频。这位社区书记兼居委会主任每天都在。") == {
        "骆志平": ["社区书记", "居委会主任"]
    }
    # the limit: 兼 opening a verb (兼顾) joins no second post
    assert _roles("韦晓岚是东坡村支部书记兼顾家庭和工作。") == {"韦晓岚": ["东坡村支部书记"]}


def test_a_given_names_last_character_before_half_width_marks_or_tongzhi():
    # jieba reads 韦国 as a place and 千 as a numeral; every mention goes on with 千
    text = "记东坡镇河东社区党委书记韦国千\n韦国千,男,53岁,中共党员。面对困难,韦国千同志放弃休假。"
    assert _roles(text) == {"韦国千": ["河东社区党委书记", "中共党员"]}
    assert _roles("东坡社区党委书记韦国千同志放弃休假。") == {"韦国千": ["东坡社区党委书记"]}
    assert _roles("东坡社区党委书记韦国千,今年53岁。") == {"韦国千": ["东坡社区党委书记"]}
    # the limit: a character that makes a word with what follows stays out (来说)
    assert _roles("社区书记韦华来说,这是大事。") == {"韦华": ["社区书记"]}
