"""A curator's merge of two people holds (QA): the import puts a later article naming the merged-away
name + region (a PersonIdentity) on the record kept, and resolve_entities never merges the kept record
away into one an import made. Articles written for this test."""

from __future__ import annotations

from importlib import import_module
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command

from archive import curation
from archive.models import Article, Mention, Person, PersonIdentity
from tests.conftest import import_text as _import

pytestmark = pytest.mark.django_db(transaction=True)

DISTRICT = (
    "静安区志愿者服务站的晨会\n2022年4月2日\n"
    "　　上海市静安区志愿者服务站站长韦晓岚说，物资已经分到各个小区。\n"
)
STREET = (
    "芷江西路街道的夜班\n2022年4月3日\n"
    "　　上海市静安区芷江西路街道志愿者服务站站长韦晓岚说，夜班的志愿者把药品送到了居民家门口。\n"
)
LATER = (
    "芷江西路街道的早市\n2022年4月9日\n"
    "　　上海市静安区芷江西路街道志愿者服务站站长韦晓岚说，早市恢复后志愿者仍在帮老人买菜。\n"
)


def _person_of(article: Article) -> Person:
    return Mention.objects.get(article=article, person__name="韦晓岚").person


@pytest.fixture
def merged(tmp_path):
    """Two records of one name in two regions; the curator keeps the street's."""
    district = _person_of(_import(tmp_path, "a.txt", DISTRICT))
    street = _person_of(_import(tmp_path, "b.txt", STREET))
    assert district.pk != street.pk and district.region != street.region
    curation.merge(Person, street, [district], reason="one volunteer (test)")
    return Person.objects.get(pk=street.pk), district


def test_a_later_article_naming_the_merged_away_identity_goes_to_the_kept_record(tmp_path, merged):
    kept, gone = merged
    assert list(kept.identities.values_list("key", flat=True)) == [
        Person.identity_key(gone.name, gone.region)
    ]
    # an article of the district's region again: no new record beside the kept one
    again = _person_of(
        _import(tmp_path, "c.txt", DISTRICT.replace("晨会", "午会").replace("物资已经分到", "口罩已经送到"))
    )
    assert again.pk == kept.pk and Person.objects.filter(name="韦晓岚").count() == 1
    # and the kept record's own region still finds it
    assert _person_of(_import(tmp_path, "d.txt", LATER)).pk == kept.pk


def test_resolve_entities_keeps_the_record_the_curator_kept(merged):
    kept, gone = merged
    # an older import had already made the district's record again beside the kept one
    twin = Person.objects.create(name="韦晓岚", region=gone.region, region_place=gone.region_place)
    out = StringIO()
    call_command("resolve_entities", stdout=out)
    assert Person.objects.filter(pk=kept.pk).exists() and not Person.objects.filter(pk=twin.pk).exists()
    kept.refresh_from_db()
    # its articles name it in two regions: it takes the region they share, remembering its own
    assert kept.region == gone.region and kept.needs_review
    assert any(k.endswith("芷江西路街道") for k in kept.identities.values_list("key", flat=True))
    assert Mention.objects.filter(person__name="韦晓岚").values("person").distinct().count() == 1


def test_the_migration_rebuilds_merged_identities_from_the_merge_history(merged):
    kept, gone = merged
    PersonIdentity.objects.all().delete()  # an archive from before the table
    import_module("archive.migrations.0016_person_identities").fill_identities(apps, None)
    assert list(kept.identities.values_list("key", flat=True)) == [
        Person.identity_key(gone.name, gone.region)
    ]


def test_the_person_page_in_the_admin_lists_the_merged_identities(curator, merged):
    kept, gone = merged
    page = curator.get(f"/admin/archive/person/{kept.pk}/change/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Merged identities" in page and Person.identity_key(gone.name, gone.region) in page


def test_splitting_the_merged_identity_out_again_takes_it_off_the_kept_record(tmp_path, merged):
    kept, gone = merged
    district_mentions = list(
        Mention.objects.filter(person=kept, article__title__contains="晨会").values_list("pk", flat=True)
    )
    new = curation.split(Person, kept, district_mentions, name=gone.name, region=gone.region)
    assert not kept.identities.exists()
    # a later article of the district goes to the record split out, not back to the kept one
    again = _person_of(_import(tmp_path, "e.txt", DISTRICT.replace("晨会", "夜会")))
    assert again.pk == new.pk
