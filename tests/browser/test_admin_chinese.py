"""A Chinese curator's admin in a real browser: Chinese names everywhere, no console error (the CSP
allows no inline style or script, so a template that uses one shows up here), pages that fit the
window, and an alias typed as plain text."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User

from archive.apps import CURATOR_GROUP
from archive.models import Article, Person
from tests.conftest import SAMPLES, run_import

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_admin_in_chinese_has_no_console_error_and_fits_the_window(live_server, page, artifacts):
    from playwright.sync_api import expect

    assert run_import(SAMPLES)[0] == 0
    user = User.objects.create_user("curator", password="curate-2022", is_staff=True)
    user.groups.add(Group.objects.get(name=CURATOR_GROUP))
    person = Person.objects.get(name="潘晓喆")
    article = Article.objects.filter(captures__isnull=False).first()

    page.goto(live_server.url + "/admin/")
    page.locator("#id_username").fill("curator")
    page.locator("#id_password").fill("curate-2022")
    page.locator("input[type=submit]").click()
    expect(page.locator("#content")).to_contain_text("人物")

    visits = [
        ("/admin/", "人物"),
        ("/admin/archive/person/", "选择 人物 来修改"),
        (f"/admin/archive/person/{person.pk}/change/", "全部"),
        (f"/admin/archive/person/{person.pk}/history/", "修改原因"),
        ("/admin/archive/article/", "选择 文章 来修改"),
        (f"/admin/archive/article/{article.pk}/change/", "原始采集"),
        (f"/admin/archive/article/{article.pk}/history/", "导入时创建"),
        (f"/admin/archive/mention/?person__id__exact={person.pk}", person.name),
        (f"/admin/archive/mention/{person.mentions.first().pk}/change/", "职务中的单位"),
        (f"/admin/archive/person/{person.pk}/history/{person.history.earliest().history_id}/", "潘晓喆"),
        (f"/admin/archive/person/{person.pk}/split/", "拆分"),
        (f"/admin/archive/article/{article.pk}/mark-mention/", "标注遗漏的提及"),
        ("/admin/import/upload/", ""),  # the import pages (another part of the admin), for the CSP
        ("/admin/import/capture/", ""),
        ("/admin/archive/organization/", "机构"),
        ("/admin/archive/place/", "地点"),
    ]
    for n, (path, text) in enumerate(visits):
        page.goto(live_server.url + path)
        expect(page.locator("#content")).to_contain_text(text)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 1280, f"{path} is {width} px wide"
        page.screenshot(path=str(artifacts / f"30-admin-{n:02d}.png"), full_page=True)
    assert "Persons" not in page.content()

    page.goto(live_server.url + f"/admin/archive/person/{person.pk}/change/")
    page.locator("#id_aliases").fill("潘书记")
    page.locator('input[name="_continue"]').click()
    expect(page.locator("ul.messagelist")).to_be_visible()
    expect(page.locator("#id_aliases")).to_have_value("潘书记")
    person.refresh_from_db()
    assert person.aliases == ["潘书记"]
    page.goto(live_server.url + f"/admin/archive/person/{person.pk}/history/")
    expect(page.locator("#change-history")).to_contain_text("在管理后台修改：别名")
    page.set_viewport_size({"width": 375, "height": 740})  # a curator's phone
    for path in ("/admin/import/capture/", f"/admin/archive/person/{person.pk}/history/"):
        page.goto(live_server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375 + 1, f"{path} scrolls sideways at phone width ({width} px)"
    # the page fixture fails the test on any console error (a CSP violation is one)
