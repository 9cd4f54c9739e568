"""Records the import keeps apart that may be one (a name written in traditional script, a region one
inside the other) are listed for curators — never merged by themselves — and a pair a curator keeps
apart is not listed again."""

from __future__ import annotations

import pytest
from django.urls import reverse

from archive import curation
from archive.models import EntityMerge, Organization, Person, Place
from archive.selectors.likely_same import likely_same_organizations, likely_same_people

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    city = Place.objects.create(name="上海市", kind=Place.Kind.CITY, code="310000")
    district = Place.objects.create(name="静安区", kind=Place.Kind.DISTRICT, code="310106", parent=city)
    other = Place.objects.create(name="西安市", kind=Place.Kind.CITY, code="610100")
    make = lambda name, place: Person.objects.create(  # noqa: E731
        name=name, region=place.name if place else "", region_place=place
    )
    return {
        "city": make("骆志平", city),
        "district": make("骆志平", district),
        "elsewhere": make("骆志平", other),
        "simplified": make("钟晓岚", None),
        "traditional": make("鍾曉嵐", district),
        "alone": make("韦晓岚", city),
    }


def test_a_name_in_regions_one_inside_the_other_or_another_script_is_listed(people):
    found = likely_same_people()
    p = {k: v.pk for k, v in people.items()}
    assert set(found[p["city"]]) == {p["district"]}  # not the one in 西安市
    assert set(found[p["district"]]) == {p["city"]}
    assert p["elsewhere"] not in found and p["alone"] not in found
    assert found[p["simplified"]] == [p["traditional"]]  # no region: nests with any


def test_organisation_names_differing_only_in_script_or_width_are_listed(db):
    a = Organization.objects.create(name="栖霞街道黨工委")
    b = Organization.objects.create(name="栖霞街道党工委")
    c = Organization.objects.create(name="ＸＹ社区志愿队")
    d = Organization.objects.create(name="xy社区志愿队")
    Organization.objects.create(name="栖霞街道办事处")
    assert likely_same_organizations() == {a.pk: [b.pk], b.pk: [a.pk], c.pk: [d.pk], d.pk: [c.pk]}


def test_kept_apart_pairs_are_not_listed_again_and_nothing_else_changes(people):
    city, district = people["city"], people["district"]
    assert curation.keep_apart(Person, [district, city], reason="两人同名") == 1
    assert curation.keep_apart(Person, [city, district]) == 0  # decided already
    assert city.pk not in likely_same_people() and district.pk not in likely_same_people()
    row = EntityMerge.objects.get(action=EntityMerge.Action.APART)
    assert "≠" in str(row) and row.mentions_moved == 0
    assert Person.objects.filter(pk__in=[city.pk, district.pk]).count() == 2
    with pytest.raises(curation.CurationError):
        curation.keep_apart(Person, [city])


def test_the_admin_filter_lists_them_by_name_and_the_action_keeps_them_apart(curator, people):
    url = reverse("admin:archive_person_changelist")
    html = curator.get(url, {"same": "yes"}).content.decode()
    assert html.count('name="_selected_action"') == 4  # two pairs, listed by name
    assert "韦晓岚" not in html
    response = curator.post(
        url + "?same=yes",
        {"action": "keep_apart", "_selected_action": [people["city"].pk, people["district"].pk]},
        follow=True,
    )
    assert response.status_code == 200
    html = curator.get(url, {"same": "yes"}).content.decode()
    assert html.count('name="_selected_action"') == 2
    change = curator.get(reverse("admin:archive_person_change", args=[people["city"].pk])).content.decode()
    assert "≠" in change


def test_the_organisation_admin_has_the_filter_and_places_have_no_keep_apart(curator, db):
    Organization.objects.create(name="栖霞街道黨工委")
    Organization.objects.create(name="栖霞街道党工委")
    html = curator.get(reverse("admin:archive_organization_changelist"), {"same": "yes"}).content.decode()
    assert html.count('name="_selected_action"') == 2
    places = curator.get(reverse("admin:archive_place_changelist")).content.decode()
    assert 'value="keep_apart"' not in places
