"""Two curators editing one record (QA: the second save silently undid the first). A save made from a
form opened before another save of the record is refused, saying who changed it and when; saving
that form again replaces the other change knowingly."""

from __future__ import annotations

import json
import re

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from archive.apps import CURATOR_GROUP
from archive.models import Person

pytestmark = pytest.mark.django_db


def _curator(name: str) -> Client:
    user = User.objects.create_user(name, password="curate-2022", is_staff=True)
    user.groups.add(Group.objects.get(name=CURATOR_GROUP))
    client = Client()
    client.force_login(user)
    return client


def _opened(client: Client, url: str) -> str:
    page = client.get(url).content.decode()
    return re.search(r'name="_loaded_version" value="(\d+)"', page).group(1)


def _data(person: Person, version: str, **changes) -> dict:
    data = {
        "name": person.name,
        "region": person.region,
        "aliases": json.dumps(person.aliases, ensure_ascii=False),
        "note": person.note,
        "_loaded_version": version,
    }
    return {**data, **changes}


def test_the_later_of_two_saves_from_one_version_is_refused_then_can_replace(imported_samples):
    person = Person.objects.get(name="潘晓喆")
    url = reverse("admin:archive_person_change", args=[person.pk])
    first, second = _curator("jia"), _curator("yi")
    seen_by_first, seen_by_second = _opened(first, url), _opened(second, url)
    assert seen_by_first == seen_by_second
    assert first.post(url, _data(person, seen_by_first, note="甲写的备注")).status_code == 302
    stale = second.post(url, _data(person, seen_by_second, note="乙写的备注"), HTTP_ACCEPT_LANGUAGE="en")
    page = stale.content.decode()
    assert stale.status_code == 200 and "jia changed this record at" in page and "Nothing of yours" in page
    person.refresh_from_db()
    assert person.note == "甲写的备注"  # the first curator's change stands
    # the refused form now carries the newer version: saving it again replaces the change knowingly
    newer = re.search(r'name="_loaded_version" value="(\d+)"', page).group(1)
    assert newer != seen_by_second
    assert second.post(url, _data(person, newer, note="乙写的备注")).status_code == 302
    person.refresh_from_db()
    assert person.note == "乙写的备注"
    assert list(person.history.values_list("history_user__username", flat=True)[:2]) == ["yi", "jia"]


def test_a_form_opened_after_the_last_save_saves(imported_samples):
    person = Person.objects.get(name="潘晓喆")
    url = reverse("admin:archive_person_change", args=[person.pk])
    curator = _curator("bing")
    assert curator.post(url, _data(person, _opened(curator, url), note="第一次")).status_code == 302
    assert curator.post(url, _data(person, _opened(curator, url), note="第二次")).status_code == 302
    person.refresh_from_db()
    assert person.note == "第二次"


@pytest.mark.parametrize("keep", ["gone", "kept"])
def test_a_merge_confirmed_after_another_curator_merged_the_records_says_so(imported_samples, keep):
    """QA: the second of two curators confirming one merge got a 500 (the record it kept was gone)."""
    from archive import curation

    one = Person.objects.create(name="骆志平", region="上海市")
    two = Person.objects.create(name="骆志平", region="上海市静安区")
    one_pk = one.pk  # delete() clears it
    curation.merge(Person, two, [one], reason="the first curator's merge (test)")
    survivor = one_pk if keep == "gone" else two.pk
    late = _curator("ding")
    response = late.post(
        reverse("admin:archive_person_changelist"),
        {
            "action": "merge_records",
            "_selected_action": [one_pk, two.pk],
            "confirm": "yes",
            "survivor": survivor,
            "reason": "the same volunteer",
        },
        follow=True,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert "merged or deleted meanwhile" in response.content.decode()
    assert list(Person.objects.filter(name="骆志平").values_list("pk", flat=True)) == [two.pk]


def test_an_outlet_merge_confirmed_after_one_of_them_was_merged_away_says_so(imported_samples):
    from archive.models import Outlet
    from archive.sources import merge_sources

    one, two = Outlet.objects.create(name="晨光日报"), Outlet.objects.create(name="晨光晚报")
    one_pk = one.pk  # delete() clears it
    merge_sources(Outlet, two, [one], reason="the first curator's merge (test)")
    response = _curator("wu").post(
        reverse("admin:archive_outlet_changelist"),
        {"action": "merge", "_selected_action": [one_pk, two.pk], "confirm": "yes", "survivor": one_pk},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200 and "merged or deleted meanwhile" in response.content.decode()
    assert Outlet.objects.filter(pk=two.pk).exists()


def test_merging_into_a_record_deleted_since_it_was_read_is_refused(db):
    from archive import curation

    one = Person.objects.create(name="韦晓岚", region="上海市")
    two = Person.objects.create(name="韦晓岚", region="上海市静安区")
    stale = Person.objects.get(pk=one.pk)
    Person.objects.filter(pk=one.pk).delete()  # another curator's merge, between the read and the merge
    with pytest.raises(curation.CurationError, match="meanwhile"):
        curation.merge(Person, stale, [two], reason="test")
    with pytest.raises(curation.CurationError, match="meanwhile"):
        curation.merge(Person, two, [stale], reason="test")
    assert Person.objects.filter(pk=two.pk).exists()


def test_saving_a_person_another_curator_merged_away_leads_to_the_survivor(imported_samples):
    """QA: the save gave Django's "perhaps it was deleted?" and the curator's note was lost unseen."""
    from archive import curation

    one = Person.objects.create(name="骆志平", region="上海市")
    two = Person.objects.create(name="骆志平", region="上海市静安区")
    url = reverse("admin:archive_person_change", args=[one.pk])
    curator = _curator("geng")
    version = _opened(curator, url)
    curation.merge(Person, two, [one], reason="another curator's merge (test)")
    response = curator.post(
        url, {**_data(two, version, note="庚写的备注"), "name": "骆志平"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:archive_person_change", args=[two.pk])
    page = curator.get(response["Location"], HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "was merged into 骆志平（上海市静安区）" in page and "Nothing you entered was saved." in page
    two.refresh_from_db()
    assert two.note == ""
