"""*Re-run extraction* keeps what curators decided about identity: a name merged into another record
stays on the survivor (no new record of the merged-away identity), a name split out stays on its
own record, and a place merged into another stays merged."""

from __future__ import annotations

import pytest

from archive import curation
from archive.models import Article, Mention, Person, Place
from tests.conftest import run_import

pytestmark = pytest.mark.django_db

SHANGHAI = (
    "上海市静安区栖霞路街道社区党委书记骆志平带领志愿者为居民送菜。"
    "骆志平说，楼栋长韦晓岚每天清晨登记需求。栖霞路街道的志愿者分成三组。\n"
)
CHANGSHA = (
    "湖南省长沙市岳麓区望岳街道社区党委书记骆志平组织核酸检测。"
    "骆志平介绍，网格员韦晓岚负责楼栋消杀。望岳街道的居民排队有序。\n"
)


@pytest.fixture
def two_articles(tmp_path):
    for name, body in (("a.txt", SHANGHAI), ("b.txt", CHANGSHA)):
        (tmp_path / name).write_text(f"社区抗疫纪事\n\n{body * 3}", encoding="utf-8")
    code, _out, err = run_import(tmp_path / "a.txt", tmp_path / "b.txt")
    assert code == 0, err
    shanghai = Article.objects.get(body__contains="静安区")
    changsha = Article.objects.get(body__contains="岳麓区")
    return shanghai, changsha


def _people(article, name):
    return set(Mention.objects.filter(article=article, text=name).values_list("person_id", flat=True))


def test_a_merge_survives_re_extraction(two_articles):
    shanghai, changsha = two_articles
    (first,), (second,) = _people(shanghai, "骆志平"), _people(changsha, "骆志平")
    assert first != second  # one name in two regions: two records
    survivor, other = Person.objects.get(pk=first), Person.objects.get(pk=second)
    curation.merge(Person, survivor, [other], reason="同一人，调任长沙")
    count = Person.objects.count()
    curation.reextract([changsha])
    assert _people(changsha, "骆志平") == {first}
    assert (
        Person.objects.count() == count and not Person.objects.filter(pk__gt=second, name="骆志平").exists()
    )


def test_a_split_survives_re_extraction(two_articles):
    shanghai, _changsha = two_articles
    (person,) = _people(shanghai, "骆志平")
    moved = Mention.objects.filter(article=shanghai, text="骆志平").order_by("start")
    first_pk = moved.first().pk
    new = curation.split(
        Person, Person.objects.get(pk=person), [first_pk], name="骆志平（另一人）", reason="不同的人"
    )
    span = Mention.objects.filter(pk=first_pk).values_list("start", "end").get()
    curation.reextract([shanghai])
    at_span = Mention.objects.get(article=shanghai, start=span[0], end=span[1], person__isnull=False)
    assert at_span.person_id == new.pk
    assert _people(shanghai, "骆志平") == {person, new.pk}


def test_a_place_merge_survives_re_extraction(two_articles):
    _shanghai, changsha = two_articles
    street = Place.objects.get(name="望岳街道")
    district = Place.objects.get(name="岳麓区")
    curation.merge(Place, district, [street], reason="测试：并入上级")
    curation.reextract([changsha])
    placed = set(Mention.objects.filter(article=changsha, text="望岳街道").values_list("place_id", flat=True))
    assert placed == {district.pk} and not Place.objects.filter(name="望岳街道").exists()


def test_re_extraction_without_curation_changes_nothing(two_articles):
    shanghai, _changsha = two_articles
    before = sorted(
        Mention.objects.filter(article=shanghai).values_list(
            "start", "end", "person_id", "place_id", "organization_id"
        )
    )
    counts = (Person.objects.count(), Place.objects.count())
    curation.reextract([shanghai])
    after = sorted(
        Mention.objects.filter(article=shanghai).values_list(
            "start", "end", "person_id", "place_id", "organization_id"
        )
    )
    assert after == before and (Person.objects.count(), Place.objects.count()) == counts
