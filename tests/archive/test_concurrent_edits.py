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
