"""Extraction (issue 12, twenty-first round): one test per construction, each with its limit on the
other side.

Pure; no database. Every sentence is written for these tests (invented people in real kinds of places).
"""

from __future__ import annotations

from archive.ingest.extract import extract


def _places(text: str) -> set[str]:
    return {p.name for p in extract(text).places}


def test_a_personal_pronoun_opens_no_village_name():
    """我们|和村|医: "we and the village doctor"; jieba glues 和 to 村, and no unit's name begins with a
    pronoun (in traditional script too)."""
    assert _places("“别着急，我们和村医下午就上门。”") == set()
    assert _places("“別著急，我們和村醫下午就上門。”") == set()
    assert _places("她和村干部一起守在路口。") == set()


def test_a_pronoun_like_word_still_opens_a_rare_village_name():
    """The limit: a word jieba tags as a pronoun that is no personal pronoun (何家) still opens a name."""
    assert "何家坟社区" in _places("青禾街道何家坟社区居委会组织志愿者值守。")


def _people(text: str) -> set[str]:
    return {p.name for p in extract(text).people}


def test_a_name_never_runs_over_a_line_break():
    """A heading ends in 门口 and the next line opens with 与 + a name: 门口 + the line break is no name of
    a list (a pattern's `$` lets a trailing newline through)."""
    text = "他每天检查过往车辆。\n党员们一直守在村门口\n与王建功搭档的张德民今年68岁，负责消毒。"
    found = _people(text)
    assert not any("\n" in name for name in found)
    assert "门口" not in found
    assert "张德民" in found


def test_a_very_common_word_tagged_as_a_name_opens_no_name():
    """明白卡 (a leaflet) twice: jieba's dictionary tags 明白 a name, but a word this common opening three
    characters is no evidence of a person without a title or a speech verb."""
    text = "村干部来到田间地头，一边分发防疫明白卡，一边宣讲。老人戴着老花镜，明白卡上的字也看不清。"
    assert _people(text) == set()


def test_a_very_common_word_before_a_title_still_names_a_person():
    """The limit: with a title before it, such a name is a person (文明 opens 文明华)."""
    assert "文明华" in _people("社区党委书记文明华带领志愿者上门送菜。")


def test_a_heading_of_a_title_and_a_verb_is_no_person():
    """群众志愿者|乐|奉献 standing as a section heading: 乐 is a surname and 奉献 a verb, named once, at
    the heading's end. The limit: a heading that names a real person names her again in the story."""
    assert _people("发放资料9000多份。\n群众志愿者乐奉献\n2月10日早上，青松村内外一片忙碌。") == set()
    text = "发放资料9000多份。\n社区书记王解放\n2月10日早上，王解放来到青松村查看卡点。"
    assert "王解放" in _people(text)


def test_a_bureau_word_inside_a_street_name_is_no_body():
    """铜元局街道 is a street: its 局 is no bureau's word, so 南岸区铜元局 is no organisation; a real
    bureau beside it still is."""
    found = extract("南岸区铜元局街道青松社区的党员干部和南岸区审计局的干部一起下沉到小区。")
    assert "铜元局街道" in {p.name for p in found.places}
    assert {o.name for o in found.organizations} == {"南岸区审计局"}


def test_outlets_in_a_closing_credit_are_no_bodies_of_the_story():
    """(某某日报 甲 记者 乙) and a broadcaster among a credit's names: the writers' outlets, as the page's
    own outlet is, not organisations the story is about."""
    found = extract("居民们说，防护网越织越密。(清河日报 韦晓岚 记者 李小青 )")
    assert [o.name for o in found.organizations] == []
    found = extract("居民们说，防护网越织越密。(总台记者 韦晓岚 李小青 清河广播电视台 张大海 王小川)")
    assert [o.name for o in found.organizations] == []


def test_an_outlet_the_story_names_is_still_a_body():
    """The limit: the same paper named in the story itself stays an organisation."""
    found = extract("清河日报的记者来到青松社区采访。居民们说好。(清河日报 韦晓岚 记者 李小青 )")
    assert "清河日报" in {o.name for o in found.organizations}


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def test_a_committee_and_its_government_written_as_one_are_two_bodies():
    """市委市政府, 县委县政府: the level's Party committee and its government, each as written; 某乡党委政府
    stays whole (the government's own name is not written)."""
    assert _orgs("市委市政府高度重视，连夜部署。") == ["市委", "市政府"]
    assert _orgs("区委区人民政府发出倡议。") == ["区委", "区人民政府"]
    assert _orgs("从青松乡党委政府所在的青松村出发。") == ["青松乡党委政府"]


def test_a_government_alone_stays_one_body():
    assert _orgs("青松镇人民政府组织干部下沉到村。") == ["青松镇人民政府"]
    assert _orgs("市政府办公室发出通知。") == ["市政府办公室"]


def test_a_verb_of_telling_before_a_colon_is_evidence_of_a_person():
    """甲通报：… — a two-character name jieba tagged, then a verb that opens what is told after a colon; a
    post before the same verb is no name (物业经理通报：…)."""
    assert _people("菜已经分给了各楼栋;韦大勇通报:晚上还有一批蔬菜到。") == {"韦大勇"}
    assert _people("菜已经分给了各楼栋;马鸣通报：晚上还有一批蔬菜到。") == {"马鸣"}
    assert _people("物业经理通报:下午停水。网格员提醒:出门戴口罩。") == set()


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_a_row_of_names_each_under_its_village_takes_the_post_before_it():
    """N名<post>，分别是 某村甲、某村乙…: every name of the row, each written after its village, is a person
    with that post."""
    found = _roles("青松镇派来3名驻村第一书记，分别是石桥村韦大勇、柳塘村韦晓岚、青山村骆志平。")
    assert found == {n: ["驻村第一书记"] for n in ("韦大勇", "韦晓岚", "骆志平")}


def test_a_row_of_villages_is_no_row_of_names():
    """The limit: villages listed without names make no people."""
    assert _people("青松镇有3个村,分别是石桥村、柳塘村、青山村。") == set()


def test_a_community_worker_is_no_writer_of_the_story():
    """社区工作者|甲: 作者 inside 工作者 is no credit key, so the worker is a person with that post; a real
    作者 credit still names no person."""
    assert _roles("社区工作者韦晓岚，每天开着私家车在小区里宣传。") == {"韦晓岚": ["社区工作者"]}
    assert _people("居民们都很感动。（作者 韦晓岚）") == set()


def test_a_surname_character_closing_a_common_noun_opens_no_name():
    """从某某市|区|向东行: 区 closes 市区 (a common noun) with the character before it, so 区向东 is no name;
    a surname after a title still opens one."""
    assert _people("从清河市区向东行，走省道，进入青松镇。") == set()
    assert "高明" in _people("社区书记高明说，大家辛苦了。")


def test_a_days_character_after_its_number_opens_no_village_name():
    """自1月2日|小果庄村…: jieba leaves 日 of the date alone, and no village's name begins with it."""
    assert _places("自3月5日青禾庄村出现首例病例以来，卡点一直有人值守。") == {"青禾庄村"}


def test_a_titled_speaker_with_the_manner_of_saying_is_a_person():
    """某社区副主任|刘双双|激动地|说: the name between a title and the manner of the saying, however jieba
    cut it (双双 read as a numeral)."""
    assert _roles("青松社区副主任韦双双激动地说。") == {"韦双双": ["青松社区副主任"]}
    assert _people("社区书记高兴地说。") == set()


def test_a_full_name_with_the_stories_form_of_address_is_a_person():
    """甲女士, 乙小朋友: a full name followed by how the story addresses the person; a surname with 先生
    alone (马先生) names no one."""
    assert _people("韦晓岚女士带着两个孩子一起排队。") == {"韦晓岚"}
    assert _people("正在上小学的骆羽哲小朋友已经做完了三轮核酸检测。") == {"骆羽哲"}
    assert _people("马先生每天都来帮忙。") == set()


def test_an_appointment_written_as_a_row_gives_each_name_its_post():
    """任命甲为书记，乙为组织委员: each name before 为 holds the post after it; 为 after a name without an
    appointment is "for" (甲为居民送菜)."""
    found = _roles("街道宣读了批复，任命韦晓岚为书记，骆志平为组织委员，张大海为宣传委员。")
    assert found == {"韦晓岚": ["书记"], "骆志平": ["组织委员"], "张大海": ["宣传委员"]}
    assert _people("任命书下发后，大家为居民送菜。") == set()


def test_a_village_before_zhang_da_is_still_a_village():
    """某镇|红旗|村长|大: jieba reads 村长 (the village head) where the village's 村 meets 长大 (grew up);
    a village head who shouts (老村长大声) names no village."""
    assert _places("她从小在青松镇红旗村长大，毕业后回到家乡工作。") == {"青松镇", "红旗村"}
    assert _places("老村长大声喊：大家排好队。") == set()
