"""extract.py: people with roles and ages, organisations and places. Pure; no database."""

from __future__ import annotations

from archive.ingest.clean import clean_page
from archive.ingest.extract import extract
from archive.ingest.lexicon import Lexicon
from tests.conftest import sample_text


def _people(prefix: str):
    page = clean_page(sample_text(prefix))
    return page.body, extract(page.body)


def test_it_reads_a_role_and_an_age_stated_apart():
    _, ex = _people("000")
    zhang = next(p for p in ex.people if p.name == "张磊")
    assert zhang.age == 33 and len(zhang.mentions) == 7
    assert any("普善路居民区党总支书记" in r for r in zhang.roles)


def test_it_repairs_names_jieba_splits():
    _, ex = _people("004")
    names = {p.name for p in ex.people}
    assert {"王斌之", "成京生", "黄战旗", "唐庆元", "秦建民"} <= names
    assert "王斌" not in names


def test_it_splits_several_roles_of_one_person():
    _, ex = _people("004")
    jiang = next(p for p in ex.people if p.name == "蒋文锋")
    assert jiang.roles == ["市司法局警务管理科科长", "市直单位驻老司法局院子临时党支部书记"]


def test_a_role_stated_for_a_list_reaches_everyone_in_it():
    _, ex = _people("004")
    roles = {p.name: p.roles for p in ex.people}
    assert roles["王松林"] == roles["唐庆元"] == ["市税务局干部"]


def test_every_mention_offset_points_at_its_text():
    body, ex = _people("003")
    for entity in ex.people + ex.organizations + ex.places:
        for m in entity.mentions:
            assert body[m.start : m.end] == entity.name


def test_it_separates_a_street_from_the_body_named_under_it():
    _, ex = _people("000")
    orgs = {o.name for o in ex.organizations}
    places = {p.name for p in ex.places}
    assert "普善路居民区党总支" in orgs and "芷江西路街道" in places and "普善路居民区" in places
    assert "静安区疫情防控领导小组" in orgs and "彭浦镇社区卫生服务中心" in orgs


def test_it_finds_places_from_the_gazetteer_and_by_unit():
    _, ex = _people("004")
    places = {p.name: p.kind for p in ex.places}
    assert places["零陵区"] == "district" and places["永州"] == "city"
    assert places["竹园新村小区"] == "compound" and places["朝阳街道"] == "subdistrict"
    assert ex.region == "永州市"


def test_it_does_not_take_ordinary_words_for_names():
    ex = extract("居民区里有270多个楼栋,有序开放保供商店、商超、餐饮等场所。社工商量工作。")
    assert ex.people == []


def test_it_works_on_unseen_text_of_the_genre():
    ex = extract(
        "4月2日,宝山区友谊路街道盘古路居委会主任刘佳慧带领志愿者上门送菜。52岁的楼组长陈国强说:“大家放心。”"
    )
    people = {p.name: (p.roles, p.age) for p in ex.people}
    assert people["刘佳慧"] == (["盘古路居委会主任"], None)
    assert people["陈国强"] == (["楼组长"], 52)
    assert {"宝山区", "友谊路街道"} <= {p.name for p in ex.places}
    assert "盘古路居委会" in {o.name for o in ex.organizations}


def test_a_curated_name_is_found_where_jieba_alone_misses_it():
    text = "当天上午,欧阳晓乐带着口罩来到小区门口值守。"
    assert "欧阳晓乐" not in {p.name for p in extract(text).people}
    curated = extract(text, Lexicon(people={"欧阳晓乐"}))
    assert [p.name for p in curated.people] == ["欧阳晓乐"]


def test_a_rejected_name_is_not_extracted():
    text = "护士长向璇和人事干事王雅萍是预备党员。"
    assert "向璇" in {p.name for p in extract(text).people}
    assert "向璇" not in {p.name for p in extract(text, Lexicon(rejected={"向璇"})).people}
