"""Extraction (issue 12, thirty-first round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.extract import extract
from tests.archive.ingest.found import org_set as _orgs
from tests.archive.ingest.found import people_roles as _people
from tests.archive.ingest.found import place_set as _places


def test_a_name_no_dictionary_knows_opening_its_clauses_is_a_person():
    """曾|秋|娣: a surname jieba reads as an adverb (曾, once), then two characters it leaves single,
    opening a clause each time; 我曾去过 stays an adverb."""
    people = _people("3月5日,曾秋娣上门给老人量体温。曾秋娣是柳湾村的信息报送员,每天统计信息。")
    assert people.get("曾秋娣") == ["信息报送员"]
    assert _people("我曾去过那里。他曾说过这件事。我曾去过北京。") == {}


def test_a_post_coined_with_zhang_in_quotes_is_a_role():
    """“巷长”甲, 甲既是“胡同长”: 长 after a stretch of ground names the one in charge of it; “成长” is
    no post."""
    people = _people("村民罗永强跑到“巷长”孙德海家。孙德海既是“胡同长”,也是罗永强的表哥。")
    assert "巷长" in people.get("孙德海", []) and "胡同长" in people.get("孙德海", [])
    assert _people("孙德海见证了孩子们的“成长”。孙德海说很欣慰。").get("孙德海", []) == []


def test_a_community_written_right_after_its_township_is_named_by_what_stands_between():
    """马陆镇|塘湾社区 and 马陆镇|北驻村, whatever jieba glued across the two; 马陆镇派驻村干部 and
    马陆镇各社区 name no unit."""
    places = _places("嘉定区马陆镇塘湾社区的采样点前排起长队。马陆镇北驻村的微信群里也很热闹。")
    assert {"马陆镇", "塘湾社区", "北驻村"} <= places
    places = _places("马陆镇派驻村干部12名。马陆镇各社区都在行动。")
    assert not places - {"马陆镇"}


def test_a_verb_glued_before_a_township_is_not_its_name():
    """卡点离|马陆镇政府, 担任过|嘎查妇联: 离 and 过 are the sentence's, not the body's; 离退休 and 离石区
    keep theirs."""
    text = "这个卡点离马陆镇政府不到两公里。她担任过嘎查妇联主任。"
    assert "马陆镇政府" in _orgs(text) and "马陆镇" in _places(text)
    assert not any(o.startswith(("卡点", "离", "过")) for o in _orgs(text))
    assert "离石区委组织部" in _orgs("离石区委组织部派人来到村里。")


def test_an_estate_after_its_street_with_a_one_character_brand():
    """芷江西路街道|金|都|花园小区: jieba cuts 金都 into a name and an adverb; the estate keeps both."""
    places = _places("在芷江西路街道金都花园小区门口,居民们排队。")
    assert {"芷江西路街道", "金都花园小区"} <= places


def test_a_community_named_by_a_verb():
    """胜利社区, 前进社区: a community named by a verb, after 在/来到, or opening clauses with its own
    members or bodies; 在服务社区居民 names none."""
    assert "胜利社区" in _places("在胜利社区,党员干部给居民测体温。")
    places = _places("前进社区党员干部连夜值守。前进社区党委还组织了志愿者。")
    assert "前进社区" in places
    assert not _places("大家都在服务社区居民。在防控社区疫情的同时,也要保障供应。")


def test_units_in_a_datelines_credit_bracket_are_no_bodies_of_the_story():
    """本报讯 (记者 甲 某某区委报道组 乙): the reporters and their unit are credits."""
    text = "本报讯 (记者 孙晓燕 区委报道组 罗永强) 在芷江西路街道的青松社区,居民排队检测。"
    assert "区委" not in _orgs(text)
    assert "孙晓燕" not in _people(text)


def test_a_quoted_name_ending_in_tuan_is_a_group():
    """青松社区“银发帮帮团”: a group the story names in quotes."""
    assert "银发帮帮团" in _orgs("每天早上,青松社区“银发帮帮团”都会来社区报到。")


def test_a_former_branch_secretary_names_no_branch():
    """某村退职老支部书记甲: the person's former post, no branch of the party named."""
    text = "青松村退职老支部书记罗永强每天都来卡点值守。"
    assert not any(o.endswith("支部") for o in _orgs(text))
    assert "罗永强" in _people(text)


def test_a_listed_street_written_in_full_after_function_words_is_named():
    """来到了|田|和|街道: a street the national divisions list, whatever jieba made of its characters
    (a noun and a conjunction here); 社区和街道 (two kinds of unit joined) names none, and a longer
    name going on before it keeps its whole (紫荆山南路街道, not 南路街道)."""
    assert "田和街道" in _places("志愿者们来到了田和街道的青松社区。")
    assert not _places("社区和街道的干部都在行动。")
    places = _places("郑州市的紫荆山南路街道干部也来帮忙。")
    assert "紫荆山南路街道" in places and "南路街道" not in places


def test_an_ethnic_district_is_called_by_its_place_name():
    """管城回族区 is written 管城区: one district, the national code kept."""
    found = extract("至此,管城区的核酸采样全部完成。郑州市管城回族区卫健委表示感谢。")
    assert "管城区" in {p.name for p in found.places}


def test_a_provinces_short_form_inside_a_communitys_name_is_no_place():
    """前|河北|社区: the community's name holds 河北; the province is not named."""
    places = _places("在田和街道前河北社区,居民排起了长队。")
    assert "前河北社区" in places and "河北" not in places


def test_a_community_after_a_street_office_cut_into_single_characters():
    """某街道办事处|长|胜|社区: jieba reads 处长 or cuts the name into single characters."""
    assert "长胜社区" in _places("记者走进石嘴山市青禾街道办事处长胜社区时,采样刚刚结束。")


def test_an_estate_named_with_huayuan_where_someone_is():
    """在|翡翠花园|登记: an estate named by a noun and 花园 where someone works or lives; 在精神家园里
    is a figure of speech."""
    assert "翡翠花园" in _places("昨天志愿者在翡翠花园登记返乡人员。")
    assert not _places("老人们在精神家园里找到了快乐。")


def test_a_pointer_or_an_adverb_before_a_village_is_the_sentences():
    """即由|各村 names no village; 仅|桃庄村 is 桃庄村 (only that village); 市派|某村第一书记: the city sent
    the secretary, the village is 某村."""
    assert not _places("工作方法是以房找人,即由各村(社区)牵头,安排网格员。") - {"社区"}
    assert "青禾庄村" in _places("山高坡陡,仅青禾庄村的7户村民来回就要半天。")
    places = _places("市派柳湾村第一书记罗永强道出其中原因。")
    assert "柳湾村" in places and not any(p.startswith("市派") for p in places)


def test_a_village_then_its_estate_written_together():
    """某区|石榴湾村|联丰嘉园小区: jieba reads the village's last characters into the estate's name
    (湾村联)."""
    places = _places("昨天上午,在新市区石榴湾村联丰嘉园小区,志愿者为居民测温。")
    assert {"石榴湾村", "联丰嘉园小区"} <= places


def test_an_estate_named_with_its_developers_brand_and_a_dot():
    """某社区|华源·青禾家园小区: the brand, the dot and the estate's name are one name."""
    assert "华源·青禾家园小区" in _places("在长春北路社区华源·青禾家园小区,志愿者为居民测温。")


def test_words_and_adverbs_jieba_reads_as_names():
    """“封印”麻将机 is a machine, no person; 甲乙|颇/d|有感触: the adverb of the predicate is no name's
    last character; 马|犇: a rare character jieba tags a modal particle is a given name's."""
    assert _people("就连“封印”麻将机,也被拍成了短视频。") == {}
    assert "罗晓燕" in _people("青松社区居民罗晓燕颇有感触地说,大家要齐心协力。")
    people = _people("乡贤马犇捐赠帐篷10顶。马犇说,这是应该的。")
    assert people.get("马犇") == ["乡贤"]


def test_a_compound_surname_and_a_given_name_cut_into_its_two_characters():
    """欧阳|卉|玲: jieba cuts the given name into two characters after the compound surname."""
    assert "欧阳卉玲" in _people("门岗志愿者欧阳卉玲正在登记。欧阳卉玲说,大家配合。")


def test_offices_by_their_standard_short_names():
    """某市驻村办 (the office for cadres stationed in villages), 市卫计委 (2013–2018)."""
    assert {"清河市驻村办", "市卫计委"} <= _orgs("清河市驻村办和市卫计委联合发文。")


def test_a_village_after_zhu_whatever_jieba_tagged_its_name():
    """某台|驻|南岸|村第一书记: after 驻 (stationed at), 南岸/f is the village's name."""
    assert "南岸村" in _places("省电视台驻南岸村第一书记罗永强正在劝返。")


def test_a_kind_of_community_after_a_count_is_no_name():
    """这一块|红色社区: a red (Party-building) community of a kind, not one named 红色社区."""
    assert not _places("大家要守好这一块红色社区,让老人们安心。")


def test_a_district_named_by_a_part_of_town_needs_its_city():
    """地处老城区: the old town of any city; 洛阳市老城区, 西宁市城西区: the districts."""
    assert "老城区" not in _places("青松社区地处老城区,居民两千多户。")
    assert {"洛阳市", "老城区"} <= _places("洛阳市老城区的居民排队检测。")
    assert "城西区" in _places("西宁市城西区的干部下沉到社区。")


def test_an_ethnic_township_called_without_its_peoples():
    """沧县捷地回族乡 … 沧县捷地: the township by its place name after its county."""
    assert {"捷地回族乡", "捷地"} <= _places("河北省沧县捷地回族乡的干部来了。沧县捷地,村口都有人值守。")


def test_the_provinces_committee_and_government_written_as_one_are_two_bodies():
    """省委省政府 (as 市委市政府): the province's Party committee and its government."""
    orgs = _orgs("按照省委省政府的部署,全县都行动起来了。")
    assert {"省委", "省政府"} <= orgs and "省委省政府" not in orgs


def test_a_village_committee_by_its_short_name():
    """某某村委 (村委会 shortened) acting is the village's committee; its village is a place too."""
    text = "村支书罗永强说:“青松村委根据镇里的要求,加强了管理。”"
    assert "青松村委" in _orgs(text)


def test_a_lane_named_like_a_city_is_the_communitys_name():
    """某某街|宜宾西里社区 (天津's lanes, 某某里): 宜宾 opens the lane's name, no city of the story."""
    places = _places("一大早,青禾街宜宾西里社区的志愿者就在小区门口值守。")
    assert "宜宾西里社区" in places and "宜宾" not in places


def test_a_verb_with_the_village_and_a_distance_name_no_place():
    """村口|封村 (sealing the village off) and 距离|某镇 (how far from it) are the sentence's words."""
    assert not _places("各个村口封村的“设备”真硬核。")
    assert _places("距离马陆镇开始的第二轮检测,已经过去了3个小时。") == {"马陆镇"}


def test_a_towns_committee_and_government_written_as_one_stay_whole():
    """青禾镇党委政府: the government's own name is not written, so the joint name is kept as written."""
    assert _orgs("青禾镇党委政府高度重视,连夜部署。") == {"青禾镇党委政府"}


def test_a_titled_name_that_shares_its_first_two_characters_with_a_kinsmans():
    """组干部周厚|财|就…, 周厚炳家: after a title, the third character before an adverb is the name's, though
    the story writes 周厚 before other characters too."""
    assert "罗永祥" in _people("村组干部罗永祥就来到了罗永富家,帮他买药。")


def test_the_story_naming_someone_with_jiao():
    """老人今年九十了,叫甲,…: the story gives the person's name."""
    assert "张秀兰" in _people("这位老人已经八十多岁了,叫张秀兰,她说自己身体好着呢。")


def test_shops_named_only_by_their_kind_after_a_town():
    """某镇|大型超市, 婴儿用品商店: shops of a kind, no names; 某镇|华联超市 is one."""
    orgs = _orgs("青禾镇大型超市和婴儿用品商店都开着,青禾镇华联超市也开着。")
    assert orgs == {"青禾镇华联超市"}
