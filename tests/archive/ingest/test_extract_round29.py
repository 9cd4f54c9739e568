"""Extraction (issue 12, twenty-ninth round). Sentences written for these tests."""

from __future__ import annotations

from archive.ingest.extract import extract


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.roles) for p in extract(text).people}


def test_a_name_before_a_compound_post_is_a_person_with_that_post():
    """韩志刚支队长为…, 周海燕副大队长说: a post that opens with a unit's word (支队, 大队, 中队) written
    after a name is the person's form of address, not the name of a unit (no 韩志刚支队)."""
    text = "消杀开始前，韩志刚支队长为队员们检查装备。周海燕副大队长说，大家再坚持几天。"
    found = extract(text)
    people = {p.name: list(p.roles) for p in found.people}
    assert people.get("韩志刚") == ["支队长"]
    assert people.get("周海燕") == ["副大队长"]
    assert not any(o.name.startswith(("韩志刚", "周海燕")) for o in found.organizations)


def test_a_verb_before_a_person_noun_that_opens_with_a_units_word_is_no_name():
    """安抚|村民: 安 is a surname and 村 a unit's word, but 村民 is no post, so 安抚 stays a verb."""
    assert "安抚" not in _people("值班的村干部轮流安抚村民的情绪，党员程国富守在卡点。")


def test_a_brand_written_in_formal_numerals_opens_the_companys_name():
    """湖北|玖|源建材有限公司: jieba reads the cheque numeral 玖 as a number and cut it off the name; the
    numerals of cheques and receipts are never a count in prose, so they open the brand."""
    orgs = {o.name for o in extract("湖北玖源建材有限公司和湖南叁禾食品有限公司送来了口罩。").organizations}
    assert {"湖北玖源建材有限公司", "湖南叁禾食品有限公司"} <= orgs


def test_a_person_visited_at_home_is_a_person_of_the_story():
    """来到(边缘户)甲家中: jieba tags the name, the story names her once and gives no post; the visit to
    her home says she is someone (居民家中, 村民家中 name no one)."""
    people = _people("第一书记来到了边缘户柯秀兰家中，又走进居民家中了解情况。")
    assert "柯秀兰" in people
    assert not {"居民", "居民家"} & set(people)


def test_a_name_glued_to_busy_after_it_is_whole():
    """志愿者郑国|平忙|引导: jieba glued 忙 (busy at) to the given name's last character."""
    people = _people("志愿者郑国平忙登记来访车辆。")
    assert people.get("郑国平") == ["志愿者"] and "郑国" not in people


def test_a_country_abroad_is_no_person():
    """青松籍阿根廷华裔儿童: jieba tags 阿根廷 a name, and the story names it twice."""
    people = _people("青松籍阿根廷华裔儿童韦小雨和韦小雪捐出了压岁钱。两名在阿根廷的小朋友还写了信。")
    assert "阿根廷" not in people
    assert "韦小雨" in people


def test_a_role_stops_at_an_ellipsis():
    """清扫楼道……青松村大学生甲: the ellipsis ends the clause before the name's post, as a comma does."""
    roles = _people("大家送菜上门、清扫楼道……青松村大学生韦晓岚成为一名志愿者。")["韦晓岚"]
    assert "青松村大学生" in roles
    assert not any("……" in r for r in roles)


def test_overseas_chinese_bodies_and_a_zones_union_are_organisations():
    """同乡会, 侨商总会, 联合总会, 义工服务总队 end bodies' names; a development zone's own body is named
    relatively, as a district's is (高新区总工会, 新区应急局); 那张|援鄂医疗队 counts, it opens no name."""
    orgs = {
        o.name
        for o in extract(
            "青松市侨商总会、青松同乡会和欧洲青松侨团联合总会捐赠了口罩，市暖心义工服务总队负责配送。"
            "高新区总工会号召职工报名，新区应急局派出工作组。那张援鄂医疗队全体队员的合影让人感动。"
        ).organizations
    }
    assert {"青松市侨商总会", "青松同乡会", "欧洲青松侨团联合总会", "市暖心义工服务总队"} <= orgs
    assert {"高新区总工会", "新区应急局"} <= orgs
    assert "张援鄂医疗队" not in orgs
    assert "大家总会" not in orgs


def test_the_towns_village_doctors_name_no_village():
    """某镇|村医, 某镇|村干部: jieba reads 镇村 (towns and villages) as one word; the town is a place and
    村医 its village doctors, no village 某镇村."""
    places = {p.name for p in extract("春节前后，英都镇村医挨家挨户上门随访，镇村干部轮流值守。").places}
    assert "英都镇" in places
    assert "英都镇村" not in places


def test_a_post_and_a_colon_before_a_name_name_a_person():
    """村支书:甲、村主任:乙异口同声…: each post, a colon, then its holder; a credit's key (记者：,
    责任编辑：) before a colon is no post of the story."""
    people = _people("这就是青松村年轻人的担当。村支书:韦建华、村主任:骆红海异口同声地说，付出都值得。")
    assert {"韦建华", "骆红海"} <= set(people)
    assert not _people("青松社区的早晨。\n记者：骆红海 通讯员：韦建华\n责任编辑：韦小岚")


def test_a_village_after_its_township_is_split_where_jieba_read_across_them():
    """金河镇|柳街村委会, jieba reading 镇柳街 as one word: the township the national divisions list ends
    before the village, so the village and its committee are named from the village (a village's own
    name may hold 街, never 村: 某镇耿家村|村委会 stays whole)."""
    found = extract("金河镇柳街村委会主任韦建华说，村里的卡点日夜有人值守。")
    assert {"金河镇", "柳街村"} <= {p.name for p in found.places}
    assert "金河镇柳街村" not in {p.name for p in found.places}
    assert "柳街村委会" in {o.name for o in found.organizations}


def test_a_verb_or_a_time_word_before_a_shop_word_names_no_shop():
    """由社区|转给|超市, 目前|超市: no brand stands between the community and the shop word."""
    orgs = {o.name for o in extract("居民的订单由社区转给超市，目前超市的货源很充足。").organizations}
    assert not {"转给超市", "目前超市"} & orgs


def test_a_quality_in_quotes_before_a_team_word_names_no_team():
    """一支“特殊”小分队: the quotes stress a quality (jieba: an adjective); “暖阳”志愿服务队 is a name."""
    orgs = {o.name for o in extract("这是一支“特殊”小分队。社区还成立了“暖阳”志愿服务队。").organizations}
    assert "“暖阳”志愿服务队" in orgs
    assert not any("特殊" in o for o in orgs)
