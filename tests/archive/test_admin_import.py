"""The admin's import pages: upload any importable file, paste URLs to capture. Staff with the
archive's add permission only, CSRF-protected, size-limited."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from archive.models import Article
from tests.archive.local_site import Route, page, serve

pytestmark = pytest.mark.django_db

P1 = "三月初，和平社区的志愿者每天清晨在小区门口为居民测量体温。"
P2 = "社区党委书记王建华说，四十多名党员分成六个小组，轮流守在各个楼栋。"
P3 = "居民李秀英今年七十二岁，她把自己做的馒头送到了值守点。"
CSV = (
    "标题,正文,日期,来源\n"
    f'清晨的值守点,"{P1}\n{P2}",2020-03-08,和平街道社区服务中心\n'
    f"送馒头的老人,{P3},2020-03-09,和平街道社区服务中心\n"
)


def _csv_upload(name: str = "报道.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, CSV.encode("utf-8-sig"), content_type="text/csv")


def test_a_curator_uploads_a_dataset_and_sees_the_report(curator, settings):
    response = curator.post(reverse("archive-import-upload"), {"file": _csv_upload()})
    assert response.status_code == 200
    assert "导入 2 篇，重复 0 篇，失败 0 项。" in response.content.decode()  # the admin speaks Chinese first
    assert set(Article.objects.values_list("title", "outlet__name")) == {
        ("送馒头的老人", "和平街道社区服务中心"),
        ("清晨的值守点", "和平街道社区服务中心"),
    }
    assert [p.name for p in settings.ARCHIVE_DATA_DIR.iterdir() if p.name.startswith("upload-")] == []


def test_an_upload_that_cannot_be_read_shows_its_line_and_imports_nothing(curator):
    bad = SimpleUploadedFile("table.csv", b"name,age\nx,1\n", content_type="text/csv")
    response = curator.post(reverse("archive-import-upload"), {"file": bad, "columns": ""})
    html = response.content.decode()
    assert response.status_code == 200 and "table.csv: 表头中没有正文列" in html  # (the admin in Chinese)
    assert "/upload-" not in html  # the temporary folder is not shown
    response = curator.post(
        reverse("archive-import-upload"), {"file": _csv_upload(), "columns": "colour=red"}
    )
    assert "expected FIELD=COLUMN" in response.content.decode() and not Article.objects.exists()


def test_an_upload_over_the_limit_is_refused_before_it_is_read(curator, settings):
    settings.ARCHIVE_MAX_UPLOAD_BYTES = 100
    response = curator.post(reverse("archive-import-upload"), {"file": _csv_upload()})
    assert response.status_code == 413 and not Article.objects.exists()


def test_only_staff_with_the_add_permission_may_import(db):
    anonymous = Client()
    response = anonymous.post(reverse("archive-import-upload"), {"file": _csv_upload()})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    staff = User.objects.create_user("helper", password="help-2022", is_staff=True)  # no archive permissions
    client = Client()
    client.force_login(staff)
    assert client.post(reverse("archive-import-upload"), {"file": _csv_upload()}).status_code == 403
    assert client.post(reverse("archive-import-capture"), {"urls": "http://127.0.0.1/"}).status_code == 403
    assert not Article.objects.exists()


def test_uploads_and_captures_need_the_csrf_token(curator):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(User.objects.get(username="curator"))
    assert strict.post(reverse("archive-import-upload"), {"file": _csv_upload()}).status_code == 403
    assert strict.post(reverse("archive-import-capture"), {"urls": "http://127.0.0.1/"}).status_code == 403
    form = strict.get(reverse("archive-import-upload"))
    assert form.status_code == 200 and "csrfmiddlewaretoken" in form.content.decode()
    assert not Article.objects.exists()


def test_a_curator_captures_pasted_urls(curator, settings):
    site = {"/a.html": Route(page("清晨的值守点", P1, P2).encode(), encoding="gzip")}
    with serve(site) as base:
        refused = curator.post(reverse("archive-import-capture"), {"urls": f"{base}/a.html"})
        assert "私有或本地地址：已拒绝" in refused.content.decode()  # (the admin in Chinese)
        settings.ARCHIVE_CAPTURE_ALLOW_PRIVATE = True  # the test site is on 127.0.0.1
        response = curator.post(
            reverse("archive-import-capture"), {"urls": f"{base}/a.html\n{base}/gone.html"}
        )
    html = response.content.decode()
    assert f"{base}/gone.html: HTTP 404 Not Found" in html
    assert Article.objects.get().title == "清晨的值守点"


def test_the_admin_index_links_to_the_import_pages(curator):
    html = curator.get(reverse("admin:index")).content.decode()
    assert reverse("archive-import-upload") in html and reverse("archive-import-capture") in html
