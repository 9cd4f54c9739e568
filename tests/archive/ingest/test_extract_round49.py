"""Extraction (issue 12, forty-ninth round): sentences written for these tests."""

from __future__ import annotations

from archive.ingest.extract import extract
from archive.ingest.gazetteer import candidates


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def _roles(text: str, name: str) -> list[str]:
    return next(p.roles for p in extract(text).people if p.name == name)


def test_a_bureau_joining_two_fields_with_and_is_one_name():
    """旗文化和旅游局, 县住房和城乡建设局: a local bureau's standard name joins two fields with 和; the
    conjunction cuts nothing off."""
    text = "韦晓岚作为旗文化和旅游局派驻青松嘎查的第一书记,每天都在卡口值守。"
    assert "旗文化和旅游局" in _orgs(text)
    assert "县住房和城乡建设局" in _orgs("县住房和城乡建设局党组书记骆志平说,工地全部停工。")


def test_a_communitys_first_character_read_as_a_preposition_stays_in_its_name():
    """”同福社区党委副书记某某…: jieba reads 同 (with) as a preposition where the clause opens; no community
    is named by one character, so 同 is the name's first character, in the body and in the post."""
    text = "“都安排好了。”同福社区党委副书记韦晓岚介绍说,大家都很配合。"
    assert "同福社区党委" in _orgs(text)
    assert _roles(text, "韦晓岚") == ["同福社区党委副书记"]
    assert _orgs("大家同和平社区的志愿者一起值守,和平社区党委书记韦晓岚说。") == ["和平社区党委"]


def test_a_streets_name_before_its_jie_stays_in_the_communitys_name():
    """交到了胜利/ad|街|社区党支部书记: a street named by a word jieba tags an adverb; its name opens the
    community's; the handing verb (交到了) ends the clause before the post."""
    text = "他把口罩交到了胜利街社区党支部书记韦晓岚手中。"
    assert _orgs(text) == ["胜利街社区党支部"]
    assert _roles(text, "韦晓岚") == ["胜利街社区党支部书记"]


def test_an_autonomous_countys_short_form_with_its_autonomy_word_resolves():
    """务川自治县 and 石柱自治县: the county without its peoples' names, 自治县 kept."""
    assert [d.code[:6] for d in candidates("务川自治县")] == [d.code[:6] for d in candidates("务川县")]
    assert candidates("石柱自治县") and candidates("石柱自治县")[0].name == "石柱土家族自治县"


def test_a_lawyer_named_before_the_title_is_a_person_with_that_post():
    """某律师事务所甲律师在…, 律师乙说: 律师 is a profession's title, before or after the name (after an
    unit's name, a two-character name the dictionary holds too); 律师事务所 stays the firm's word."""
    text = "青禾(清河)律师事务所韦鹏律师在青松社区做志愿者。"
    people = {p.name: p.roles for p in extract(text).people}
    assert people == {"韦鹏": ["律师", "志愿者"]}
    assert _roles("律师韦晓岚说,她每天都来。", "韦晓岚") == ["律师"]
    assert [p.name for p in extract("韦晓岚律师事务所的律师都来了。").people] == []


def test_a_given_name_read_as_a_noun_after_a_title_before_a_group_is_a_name():
    """副局长苏/j|同乐/n|等一行6人: after a title, a given name jieba read as a noun, then 等, 一行 or 同志
    closing the list: the person leading the group."""
    text = "3月2日,市应急管理局副局长韦同乐等一行6人到青松社区看望值守人员。"
    assert _roles(text, "韦同乐") == ["市应急管理局副局长"]
    assert [p.name for p in extract("志愿者王社区等单位也来了。").people] == []


def test_firms_and_lodgings_named_only_by_their_trade_or_kind_are_no_bodies():
    """出租车公司, 地产公司, 副食品公司 (a trade and 公司), 精品民宿, 辖区内宾馆酒店, 商铺超市 (lodgings and
    shops of a kind, of an area): kinds of business, none named; 青松民宿 is one."""
    text = "出租车公司和副食品公司都捐了物资,辖区内宾馆酒店、商铺超市全部停业,镇上的精品民宿也关了门。"
    assert _orgs(text) == []
    assert _orgs("青松民宿的老板韦晓岚说,客人都退了房。") == ["青松民宿"]


def test_a_word_jieba_glued_to_a_bodys_first_character_is_no_part_of_it():
    """转运|至福/nz|宁医院 (至 after a verb of moving: where to), 对|有市/v|…指挥部 (有 glued to 市): the
    body's name opens after them; 送至|诚信公司 stays whole."""
    assert _orgs("患者由家属转运至福宁医院隔离治疗。") == ["福宁医院"]
    assert not any(o.startswith("有") for o in _orgs("凡是有市新冠肺炎防疫领导小组签发的证明均可。"))
    assert _orgs("物资送至诚信公司仓库。") == ["诚信公司"]


def test_an_adverb_jieba_holds_whole_or_an_epidemic_word_is_no_name():
    """业主曾多次/d|投诉 (an adverb that opens with a surname's character), 党员 战疫冲/n|在最前面 (the
    epidemic's word 战疫 after a title): no names."""
    assert [p.name for p in extract("业主曾多次投诉,要求把菜市场搬走。").people] == []
    assert [p.name for p in extract("这名党员 战疫冲在最前面").people] == []


def test_the_bodies_a_subtitle_names_are_the_headlines():
    """同心守护 共渡难关——青禾大学师生同心抗疫: the body the ——subtitle names counts as the headline's
    (offsets past the title's line), as its places do."""
    from archive.ingest.extract import Extraction, extract_headline

    empty = Extraction(people=[], organizations=[], places=[])
    title, subtitle = "同心守护 共渡难关", "青禾大学师生同心抗疫"
    found = extract_headline(title, empty, None, subtitle)
    orgs = {o.name: [(m.start, m.end) for m in o.mentions] for o in found.organizations}
    assert orgs == {"青禾大学": [(len(title) + 1, len(title) + 5)]}
