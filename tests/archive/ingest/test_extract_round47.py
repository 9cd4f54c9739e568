"""Extraction (issue 12, forty-seventh round). Sentences written for these tests."""

from __future__ import annotations

from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places

# People and roles


def test_a_given_name_that_is_a_verb_before_the_speech_verb():
    """。周自强说: a surname jieba tagged, a given name it read as a verb (自强), then 说: the speaker's
    name, at the head of a sentence with no title before it."""
    assert "周自强" in _people("他开着车收运垃圾。周自强说:“每天都要先消毒。”")
    assert "周自强" not in _people("他说要周密安排,自强不息。")


def test_a_names_third_character_read_as_an_adverb_when_always_written_with_it():
    """张语/nr|真/d|拿着 … 张语真说: a two-character name jieba invented, written twice, each time with
    the same character after it: the name has three characters."""
    people = _people("来自台中的女孩张语真拿着话筒引导居民。张语真说,这里很像家乡。")
    assert "张语真" in people and "张语" not in people


def test_a_word_paired_with_a_name_and_speaking_is_a_person():
    """甲和舒畅。舒畅介绍: 舒畅 (at ease) is a word, but paired with a person and speaking it is a name;
    either alone is not (心情舒畅)."""
    people = _people("小区志愿者里有对老夫妻——王建军和舒畅。舒畅介绍,独居老人不少。")
    assert {"王建军", "舒畅"} <= set(people)
    assert "舒畅" not in _people("王建军说,大家心情舒畅。")


def test_a_place_short_form_that_opens_a_name_is_no_place():
    """林芝/nrt|羽/nr: a city's short form jieba read as a name, then a given-name character, written
    together each time: a person, no place."""
    text = "志愿者林芝羽和同学一起值守。林芝羽说,大家轮流登记。"
    assert "林芝羽" in _people(text)
    assert "林芝" not in _places(text)
    assert "林芝" in _places("援藏医疗队抵达林芝后立即开展培训。")


def test_a_place_short_form_glued_across_a_title_and_a_surname():
    """副会|长沙/ns|芳/nr: the city's first character closes the title (会长), its second is the surname:
    the row of names after the title is the deputies', and 长沙 is no place; 湖南省长沙 stays one."""
    text = "协会会长米志成带队走访。副会长沙红、杨志远随队走访。"
    people = _people(text)
    assert people.get("沙红") == ["副会长"] and people.get("杨志远") == ["副会长"]
    assert "长沙" not in _places(text)
    assert "长沙" in _places("湖南省长沙芳草社区的志愿者在值守。")


def test_a_count_then_what_describes_them_then_their_post():
    """甲、乙两名很有经验的流调队员: after the count, the post behind 的 is the row's title."""
    people = _people("赵小兰、钱丽两名很有经验的流调队员当晚出发。")
    assert people["赵小兰"] == ["流调队员"] and people["钱丽"] == ["流调队员"]


def test_a_building_sites_trades_are_titles():
    """来自某地的木工甲, 钢筋工乙: the trades of a site before a name are the person's titles."""
    assert _people("来自泸州的木工王大成说,复工了心里踏实。")["王大成"] == ["木工"]
    assert _people("来自泸州的钢筋工王大成说,复工了心里踏实。")["王大成"] == ["钢筋工"]


def test_a_companys_officers_are_titles():
    """某某服务执行董事兼总裁甲: 执行董事 and 总裁 are posts, two joined by 兼."""
    people = _people("4月6日,华润服务执行董事兼总裁周明远紧急召开视频会议。")
    assert people["周明远"] == ["华润服务执行董事", "总裁"]


# Organisations


def test_a_team_stationed_in_a_village_keeps_its_province():
    """湖北省某局驻村扶贫工作队: 驻村 is a verb on 村 (stationed), no village named before the team."""
    orgs = _orgs("四川省民政厅驻村扶贫工作队联系了收购商。")
    assert "四川省民政厅驻村扶贫工作队" in orgs
    assert "民政厅驻村扶贫工作队" not in orgs


def test_a_provinces_short_form_before_a_body_is_written_with_it():
    """西藏某某边境管理支队, 上海某区援某医疗队: the short form of the province is part of the name as
    written (a convention change: it was dropped as a reporter's locator before)."""
    assert "西藏林芝边境管理支队" in _orgs("西藏林芝边境管理支队的官兵在口岸值守。")
    assert "上海闵行援鄂医疗队" in _orgs("江苏泰州医疗队到达后,上海闵行援鄂医疗队也赶到了。")


def test_a_bodys_unit_written_right_after_it_is_named_with_it():
    """某市公安局|指挥中心办公室, 某指挥部|交通卫生检疫组, 某局|工程建设分公司|工会, 某救援队|某地直属队,
    某市人大常委会|某某工作委员会: the unit of a body, written after its name, is one name with it."""
    assert _orgs("绵阳市公安局情报中心办公室的民警连夜值守。") == {"绵阳市公安局情报中心办公室"}
    assert "攀枝花市疫情防控指挥部物资保障组" in _orgs("攀枝花市疫情防控指挥部物资保障组在路口设卡。")
    assert "中铁八局桥梁施工分公司工会" in _orgs("中铁八局桥梁施工分公司工会给工人送去口罩。")
    assert "四川蓝天救援队德阳直属队" in _orgs("四川蓝天救援队德阳直属队的队员进行消杀。")
    assert "市人大常委会教科文卫工作委员会" in _orgs("市人大常委会教科文卫工作委员会主任李刚来到村里。")


def test_what_a_body_does_or_holds_after_its_name_is_no_unit():
    """某中心|组织|某服务队 (a verb), 某医疗队|领队 (a post), 某局办公室|副主任 (the office's post names the
    body, as the samples' gold does), 某社区居委会|办公室里 (a room): no unit of the body."""
    assert not any(
        o.endswith("服务队") and "组织" in o for o in _orgs("青松新区文明实践中心组织青年志愿服务队入户。")
    )
    assert not any(o.endswith("领队") for o in _orgs("瑞金医院医疗队领队王明说,物资充足。"))
    assert "市民政局办公室" not in _orgs("11月2日,市民政局办公室副主任韦刚带队前往社区。")
    assert not any(o.endswith("办公室") for o in _orgs("青松社区居委会办公室里坐满了人。"))


def test_writers_and_artists_are_titles():
    """知名作家甲创作的…, 书法家乙: a writer's or an artist's calling before the name is a title."""
    assert "作家" in _people("县文化馆退休干部、知名作家王泸创作了朗诵诗。")["王泸"]
    assert _people("书法家李明远写下春联送给卡点值守人员。")["李明远"] == ["书法家"]


def test_a_name_glued_after_the_department_it_works_in():
    """历史文献部|张宇青: a name jieba tagged right after a department (部, 科, 室, 中心, 馆) is a person
    there, named once or more."""
    assert "张宇青" in _people("市图书馆古籍修复部张宇青讲述了值守的经历。")


def test_a_common_word_with_an_aspect_particle_closes_no_name():
    """民宿|冷清/nr|了: a common word that jieba tags a name, with 了 after it, is the predicate (the inns
    grew quiet), not the given name of 宿 read as a surname."""
    assert "宿冷清" not in _people("山里的三百多家民宿冷清了不少。")


def test_a_character_jieba_left_alone_before_a_rare_one_opens_the_name():
    """中石化|松/v|泖/g|加油站, 七/m|畲/j|径林场: the rare character of a local name and the one jieba
    read as a word before it are one name with the body (not 泖加油站)."""
    assert "中石化青泖加油站" in _orgs("中石化青泖加油站的站长每天测温登记。")
    assert "梅州市七畲径林场" in _orgs("梅州市七畲径林场的职工轮流巡山。")


def test_a_company_named_so_far_by_its_trade_has_its_brand_before():
    """，喜临门/i|家具|股份有限公司: an idiom jieba read is the brand of a company named only by its
    trade and its form."""
    orgs = _orgs("县商会捐款二十万元,喜上眉梢家具股份有限公司送来了两百张折叠床。")
    assert "喜上眉梢家具股份有限公司" in orgs and "家具股份有限公司" not in orgs


def test_a_sentence_opens_with_no_conjunction():
    """。和昌堂纸品有限公司…: 和 opening a sentence is the name's first character, no conjunction (王某某和
    青禾面馆 still cuts it)."""
    assert "和润堂纸品有限公司" in _orgs("消息传开后。和润堂纸品有限公司捐赠了两百箱纸巾。")
    assert "青禾面馆" in _orgs("社区联系了王小明和青禾面馆。")


def test_a_given_names_last_character_glued_to_the_verb_after_it():
    """副院长郭攻/nr|玉带/n|队: jieba read the name's last character and the verb's first as a word (玉带);
    after a title the name is 郭攻玉 and 带队 (leading the team) the predicate."""
    people = _people("由市中院副院长韦攻玉带队的十名干警下沉到社区。")
    assert "韦攻玉" in people and "韦攻" not in people


def test_a_rare_word_between_a_title_and_a_speech_verb_is_the_speakers_name():
    """管理处副主任|关锋/n|说: a word the dictionary barely holds, after a title and before 说, is a name."""
    assert _people("南山公墓管理处副主任关锋说,今年不搞集中祭扫。")["关锋"] == ["南山公墓管理处副主任"]


def test_what_the_person_served_as_in_a_relative_clause_before_the_title():
    """当了一天志愿者的某某干警甲: the post of the relative clause is the person's role too."""
    people = _people("当了一天志愿者的区法院干警韦勇晚上还在卡口值守。")
    assert set(people["韦勇"]) == {"区法院干警", "志愿者"}
    assert people == _people("当了一天志愿者的区法院干警韦勇晚上还在卡口值守。")
    assert "志愿者" not in _people("当天的值班干警韦勇晚上还在卡口值守。").get("韦勇", [])
