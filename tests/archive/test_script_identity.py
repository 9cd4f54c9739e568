"""A place, organisation or person is one record whatever script an article writes it in (QA round
19): 靜安區 is the division 静安区 (its code and parents), the written form an alias and the mention's
text; organisations and people (name + region) likewise. An archive imported before keeps twins until
`resolve_entities` folds them, curated decisions kept. The hierarchy's counts, the article list's
place filter and `place:` then agree. Articles written for this test."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from archive import curation, place_tree
from archive.models import Article, EntityMerge, Mention, Organization, Person, Place
from archive.upgrade import upgrade_needed
from search.indexing import index_drift
from search.selectors import result_ids
from tests.conftest import run_import

TRADITIONAL = (
    "清晨的登記台\n上海市靜安區大寧路街道三泉路居民區的志願者韋曉嵐，每天清晨到居民區登記返滬人員。"
    "靜安區中心醫院派出醫生協助採樣，區委組織部也派人值守。\n"
)
SIMPLIFIED = (
    "傍晚的登记台\n上海市静安区大宁路街道三泉路居民区的志愿者韦晓岚，每天傍晚到居民区登记返沪人员。"
    "静安区中心医院派出医生协助采样，区委组织部也派人值守。\n"
)


def _import(tmp_path, *texts: str) -> None:
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
        code, _out, err = run_import(tmp_path / f"{i}.txt")
        assert code == 0, err


def _counts_agree(client, place: Place, expected: int) -> None:
    """The hierarchy, the place page, the article list's filter and `place:` count the same."""
    counted = next(iter(place_tree.article_counts([place]))).n
    page = client.get(place.get_absolute_url(), {"format": "json"}).json()
    listed = client.get("/articles/", {"place": place.pk, "format": "json"}).json()
    searched = {form: len(list(result_ids({"q": f"place:{form}"}))) for form in (place.name, *place.aliases)}
    assert counted == page["articles_within"] == listed["count"] == expected
    assert set(searched.values()) == {expected}, searched


@pytest.mark.parametrize("order", ["traditional first", "simplified first"])
def test_one_record_per_place_body_and_person_in_either_script(db, client, tmp_path, order):
    texts = (TRADITIONAL, SIMPLIFIED) if order == "traditional first" else (SIMPLIFIED, TRADITIONAL)
    _import(tmp_path, *texts)

    district = Place.objects.get(code="310106")
    assert district.name == "静安区" and district.parent.name == "上海市" and "靜安區" in district.aliases
    street = Place.objects.get(code="310106019")
    assert street.parent == district and "大寧路街道" in street.aliases
    assert not Place.objects.filter(name__in=["靜安區", "大寧路街道"]).exists()
    community = Place.objects.get(key="三泉路居民区")  # one record, under its street, named as first written
    assert community.parent == street
    assert {community.name, *community.aliases} == {"三泉路居民区", "三泉路居民區"}
    assert Place.objects.filter(parent__isnull=True).count() == 1  # only 上海市 at the top

    hospital = Organization.objects.get(key="静安区中心医院")
    assert {hospital.name, *hospital.aliases} == {"静安区中心医院", "靜安區中心醫院"}
    assert hospital.jurisdiction == district
    organ = Organization.objects.get(name="静安区委组织部")
    assert {"区委组织部", "區委組織部"} <= set(organ.aliases)
    assert Organization.objects.count() == 2

    person = Person.objects.get()
    assert {person.name, *person.aliases} == {"韦晓岚", "韋曉嵐"} and person.region_place == street
    assert sorted(person.mentions.values_list("text", flat=True)) == ["韋曉嵐", "韦晓岚"]
    # each mention keeps the text its article printed
    assert set(district.mentions.values_list("text", flat=True)) == {"静安区", "靜安區"}

    _counts_agree(client, district, 2)
    _counts_agree(client, community, 2)
    assert set(result_ids({"q": "person:韦晓岚"})) == set(Article.objects.values_list("pk", flat=True))
    assert index_drift() == {"missing": [], "stale": [], "extra": []}
    assert not upgrade_needed()


def test_a_name_of_its_own_comes_before_one_written_otherwise(db, tmp_path):
    """A curator split 韋曉嵐 out of 韦晓岚 (two people): a later article naming 韋曉嵐 is the split-out
    record's."""
    _import(tmp_path, SIMPLIFIED, TRADITIONAL)
    person = Person.objects.get()
    trad = Mention.objects.filter(person=person, text="韋曉嵐").values_list("pk", flat=True)
    other = curation.split(Person, person, list(trad), name="韋曉嵐", reason="two people")
    later = TRADITIONAL.replace("清晨", "午後")
    (tmp_path / "later.txt").write_text(later, encoding="utf-8")
    assert run_import(tmp_path / "later.txt")[0] == 0
    article = Article.objects.get(title__startswith="午後")
    named = Mention.objects.filter(article=article, person__isnull=False)
    assert set(named.values_list("person", flat=True)) == {other.pk}


OTHER_STREET = "午間的巡查\n上海市靜安區芷江西路街道普善路居民區的志願者韋曉嵐，每天中午到居民區巡查樓道。\n"


def _as_imported_before(text_of_traditional: str) -> None:
    """The traditional article's records as an import before this fix made them: code-less places of
    their written names at the top, its own organisations and person."""
    article = Article.objects.get(title=text_of_traditional.split("\n")[0])
    for m in Mention.objects.filter(article=article).select_related("place", "organization", "person"):
        if m.place_id:
            m.place = Place.objects.get_or_create(name=m.text, code="", parent=None, kind=m.place.kind)[0]
        elif m.organization_id:
            m.organization = Organization.objects.get_or_create(name=m.text, kind=m.organization.kind)[0]
        else:
            m.person = Person.objects.get_or_create(name=m.text, region="上海市")[0]
        m.save()
    Article.objects.filter(pk=article.pk).update(region="上海市", region_place=Place.objects.get(code="31"))
    for model in (Place, Organization, Person):
        for record in model.objects.all():
            record.aliases = [a for a in record.aliases if a == record.name]  # the import had added none
            record.save()


def _resolve() -> str:
    out = StringIO()
    call_command("resolve_entities", "--if-needed", stdout=out)
    return out.getvalue()


def test_resolve_entities_folds_twins_an_older_import_made(
    db, client, tmp_path, django_capture_on_commit_callbacks
):
    _import(tmp_path, SIMPLIFIED, TRADITIONAL)
    # one block: the index follows every change below when it commits (the test's one transaction)
    with django_capture_on_commit_callbacks(execute=True):
        _as_imported_before(TRADITIONAL)
        twin = Place.objects.get(name="靜安區")
        assert twin.parent is None and not twin.code and Person.objects.count() == 2
        twin.note = "繁體稿件裡的靜安區"  # curated: kept by the fold
        twin.save()
        upright = Person.objects.get(name="韦晓岚")
        twin_hospital = Organization.objects.get(name="靜安區中心醫院")
        assert upgrade_needed()
        out = _resolve()
    assert "resolved 2 articles" in out, out
    district = Place.objects.get(code="310106")
    assert "靜安區" in district.aliases and "繁體稿件裡的靜安區" in district.note
    assert client.get(f"/places/{twin.pk}/").headers["Location"] == district.get_absolute_url()
    assert not Place.objects.filter(name__in=["靜安區", "大寧路街道", "三泉路居民區"]).exists()
    assert Place.objects.filter(parent__isnull=True).count() == 1
    person = Person.objects.get()
    assert person.pk == upright.pk and "韋曉嵐" in person.aliases and person.mentions.count() == 2
    hospital = Organization.objects.get(key="静安区中心医院")
    assert "靜安區中心醫院" in hospital.aliases and hospital.mentions.count() == 2
    merged = EntityMerge.objects.filter(kind="organization", source_id=twin_hospital.pk, action="merge")
    assert merged.exists()
    _counts_agree(client, district, 2)
    assert index_drift() == {"missing": [], "stale": [], "extra": []}
    assert _resolve() == "" and not upgrade_needed()  # nothing left to fold


def test_resolve_entities_leaves_records_a_curator_kept_apart(db, tmp_path):
    _import(tmp_path, SIMPLIFIED, TRADITIONAL)
    _as_imported_before(TRADITIONAL)
    pair = list(Organization.objects.filter(key="静安区中心医院"))
    curation.keep_apart(Organization, pair, reason="two hospitals")
    _resolve()
    assert Organization.objects.filter(key="静安区中心医院").count() == 2
    assert Person.objects.count() == 1  # the people no curator kept apart are one


def test_a_traditional_name_of_two_regions_joins_each_regions_twin_in_one_run(db, tmp_path):
    """An older import's 韋曉嵐 of 上海市, named in articles of two streets: each street's share goes to
    the 韦晓岚 of that street (or one made for it), in one run."""
    simplified_other = (
        "午间的巡查\n上海市静安区芷江西路街道普善路居民区的志愿者韦晓岚，每天中午到居民区巡查楼道。\n"
    )
    _import(tmp_path, SIMPLIFIED, TRADITIONAL, simplified_other, OTHER_STREET)
    _as_imported_before(TRADITIONAL)
    _as_imported_before(OTHER_STREET)
    assert Person.objects.count() == 3  # 韋曉嵐 of 上海市 beside each street's 韦晓岚
    _resolve()
    people = Person.objects.order_by("region")
    assert [(p.name, p.region) for p in people] == [
        ("韦晓岚", "上海市静安区大宁路街道"),
        ("韦晓岚", "上海市静安区芷江西路街道"),
    ]
    assert all(p.mentions.count() == 2 and "韋曉嵐" in p.aliases for p in people)
    assert _resolve() == ""
