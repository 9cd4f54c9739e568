"""A curator merges two people in the admin, in a real browser, and the public page shows the result."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group, User

from archive.apps import CURATOR_GROUP
from archive.models import Mention, Person
from tests.conftest import SAMPLES, run_import

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_curator_logs_in_merges_two_people_and_the_public_page_shows_it(live_server, page, artifacts):
    from playwright.sync_api import expect

    assert run_import(SAMPLES)[0] == 0
    user = User.objects.create_user("curator", password="curate-2022", is_staff=True)
    user.groups.add(Group.objects.get(name=CURATOR_GROUP))
    keep, other = Person.objects.filter(mentions__isnull=False).distinct().order_by("pk")[:2]
    mentions = Mention.objects.filter(person__in=[keep, other]).count()

    page.goto(live_server.url + "/admin/")
    page.locator("#id_username").fill("curator")
    page.locator("#id_password").fill("curate-2022")
    page.locator("input[type=submit]").click()
    expect(page.locator("#user-tools")).to_contain_text("curator")

    page.goto(live_server.url + "/admin/archive/person/")
    page.locator(f'input[name="_selected_action"][value="{keep.pk}"]').check()
    page.locator(f'input[name="_selected_action"][value="{other.pk}"]').check()
    page.locator('select[name="action"]').select_option("merge_records")
    page.locator('button[name="index"]').click()
    expect(page.locator("table.merge-preview")).to_contain_text(other.name)
    page.screenshot(path=str(artifacts / "10-merge-preview.png"), full_page=True)
    page.locator(f"#survivor-{keep.pk}").check()
    page.locator("#id_reason").fill("同一人：两篇报道写法不同")
    page.locator('.merge-form input[type="submit"]').click()
    expect(page.locator("ul.messagelist")).to_contain_text(keep.name)

    page.goto(live_server.url + f"/people/{other.pk}/")
    expect(page).to_have_url(live_server.url + keep.get_absolute_url())
    expect(page.locator("h1")).to_contain_text(keep.name)
    expect(page.locator("main")).to_contain_text(other.name)  # now an alias of the survivor
    page.screenshot(path=str(artifacts / "11-merged-person.png"), full_page=True)
    assert Mention.objects.filter(person=keep).count() == mentions
    assert not Person.objects.filter(pk=other.pk).exists()
    assert re.search(other.name, page.content())
