"""A person's region and region place agree in the admin (QA r20 re-test 4): choosing another place
brings its path as the region; a region typed that is not the place's path is a form error; without a
place the region is free text; a save that changes nothing changes nothing."""

from __future__ import annotations

import pytest
from django.urls import reverse

from archive.models import Person, Place

pytestmark = pytest.mark.django_db


@pytest.fixture
def places():
    def chain(*names):
        parent = None
        for name, kind in zip(
            names, (Place.Kind.PROVINCE, Place.Kind.CITY, Place.Kind.DISTRICT), strict=True
        ):
            parent = Place.objects.create(name=name, kind=kind, parent=parent)
        return parent

    return chain("河东省", "青川市", "松溪区"), chain("河西省", "白石市", "桐林区")


def _post(curator, person: Person, **changes):
    url = reverse("admin:archive_person_change", args=[person.pk])
    data = {
        "name": person.name,
        "region": person.region,
        "region_place": person.region_place_id or "",
        "aliases": "\n".join(person.aliases),
        "note": person.note,
        **changes,
    }
    response = curator.post(url, data, HTTP_ACCEPT_LANGUAGE="en")
    return response


def test_region_and_region_place_agree(curator, places):
    songxi, tonglin = places
    person = Person.objects.create(name="梁素琴", region=songxi.label, region_place=songxi)
    versions = person.history.count()
    assert _post(curator, person).status_code == 302  # nothing changed: nothing written
    assert person.history.count() == versions

    page = _post(curator, person, region="河西省白石市桐林区")  # typed, the place left as it was
    assert page.status_code == 200 and "河东省青川市松溪区" in page.content.decode()
    person.refresh_from_db()
    assert (person.region, person.region_place) == ("河东省青川市松溪区", songxi)

    assert _post(curator, person, region_place=tonglin.pk).status_code == 302  # the region follows
    person.refresh_from_db()
    assert (person.region, person.region_place) == ("河西省白石市桐林区", tonglin)

    both = {"region": "河东省青川市松溪区", "region_place": songxi.pk}
    assert _post(curator, person, **both).status_code == 302
    person.refresh_from_db()
    assert (person.region, person.region_place) == ("河东省青川市松溪区", songxi)

    assert _post(curator, person, region="青川", region_place="").status_code == 302  # no place: free
    person.refresh_from_db()
    assert (person.region, person.region_place) == ("青川", None)


def test_a_region_that_disagreed_before_is_kept_by_a_save_that_touches_neither(curator, places):
    songxi, _tonglin = places
    person = Person.objects.create(name="梁素琴", region="青川市", region_place=songxi)  # an older record
    assert _post(curator, person, note="社区志愿者").status_code == 302
    person.refresh_from_db()
    assert (person.region, person.note) == ("青川市", "社区志愿者")


def test_the_disagreement_is_explained_in_chinese(curator, places):
    songxi, _tonglin = places
    person = Person.objects.create(name="梁素琴", region=songxi.label, region_place=songxi)
    url = reverse("admin:archive_person_change", args=[person.pk])
    data = {"name": person.name, "region": "河西省", "region_place": songxi.pk, "aliases": "", "note": ""}
    page = curator.post(url, data, HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert page.status_code == 200 and "地区即地区地点的路径“河东省青川市松溪区”" in page.content.decode()
