"""Admin pages for getting material in: upload any importable file, or paste URLs to capture.

Both are for staff with the archive's add permission (`archive.add_article`), under the admin's
login, and call the same services as the commands (`articles_import`, `urls_capture_import`). An
upload larger than ARCHIVE_MAX_UPLOAD_BYTES is refused from its Content-Length, before the body is
read; only then is the CSRF token checked (checking it reads the body). The URL capture refuses
private and loopback addresses unless ARCHIVE_CAPTURE_ALLOW_PRIVATE is on (the server must not be
a way into its own network).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied, SuspiciousFileOperation
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from archive.capture import parse_url_list, urls_capture_import
from archive.ingest.formats.datasets import parse_column_map
from archive.reasons import translate_lines
from archive.services import articles_import

MAX_URLS = 20  # fetched politely within one request; longer lists: manage.py capture_urls


class UploadForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("File"))
    columns = forms.CharField(
        label=gettext_lazy("Dataset columns"),
        required=False,
        help_text=gettext_lazy(
            "Only for CSV, JSON and Excel files whose headers are not recognised: body=content,title=headline"
        ),
    )

    def clean_columns(self) -> dict[str, str]:
        try:
            return parse_column_map(self.cleaned_data["columns"])
        except ValueError as exc:
            raise forms.ValidationError(str(exc)) from None


class CaptureForm(forms.Form):
    urls = forms.CharField(
        label=gettext_lazy("URLs"),
        widget=forms.Textarea(attrs={"rows": 10, "cols": 90}),
        help_text=gettext_lazy("One http(s) URL per line."),
    )
    ignore_robots = forms.BooleanField(label=gettext_lazy("Ignore robots.txt"), required=False)

    def clean_urls(self) -> list[str]:
        urls = parse_url_list(self.cleaned_data["urls"])
        bad = [u for u in urls if not u.startswith(("http://", "https://"))]
        if bad:
            raise forms.ValidationError(_("Not an http(s) URL: %(url)s") % {"url": bad[0]})
        if not urls or len(urls) > MAX_URLS:
            raise forms.ValidationError(_("Give between 1 and %(n)d URLs.") % {"n": MAX_URLS})
        return urls


def _page(request: HttpRequest, form: forms.Form, title: str, result=None, status: int = 200) -> HttpResponse:
    context = {**admin.site.each_context(request), "title": title, "form": form, "result": result}
    return TemplateResponse(request, "admin/archive/import.html", context, status=status)


def _check_permission(request: HttpRequest) -> None:
    if not request.user.has_perm("archive.add_article"):
        raise PermissionDenied


@csrf_exempt  # the size is checked before anything reads the body; csrf_protect runs right after
def upload_view(request: HttpRequest) -> HttpResponse:
    _check_permission(request)
    limit = settings.ARCHIVE_MAX_UPLOAD_BYTES
    if request.method == "POST" and int(request.META.get("CONTENT_LENGTH") or 0) > limit:
        form = UploadForm()
        form.errors["file"] = form.error_class(
            [_("The file is larger than the %(limit)s-byte upload limit.") % {"limit": f"{limit:,}"}]
        )
        return _page(request, form, _("Upload files to import"), status=413)
    return _upload(request)


@csrf_protect
def _upload(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method != "POST" or not form.is_valid():
        return _page(request, form, _("Upload files to import"))
    upload = form.cleaned_data["file"]
    try:
        folder = Path(tempfile.mkdtemp(prefix="upload-", dir=settings.ARCHIVE_DATA_DIR))
    except OSError as exc:
        return _unwritable(request, form, exc)
    try:
        try:
            name = get_valid_filename(Path(upload.name).name)
        except SuspiciousFileOperation:  # nothing usable left of the name
            name = "upload" + "".join(Path(upload.name).suffixes)[-16:]
        target = folder / name
        try:
            with target.open("wb") as handle:
                for chunk in upload.chunks():
                    handle.write(chunk)
        except OSError as exc:  # the data folder's disk is full
            return _unwritable(request, form, exc)
        report = articles_import(paths=[target], column_map=form.cleaned_data["columns"])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if report.stopped:  # the data folder filled up during the import: what was stored is kept
        report.failures.append((name, report.stopped.replace(str(folder) + "/", "")))
    failures = translate_lines([(p.replace(str(folder) + "/", ""), why) for p, why in report.failures])
    notes = translate_lines([(p.replace(str(folder) + "/", ""), why) for p, why in report.notes])
    result = {"report": report, "failures": failures, "notes": notes}
    return _page(request, UploadForm(), _("Upload files to import"), result)


def _unwritable(request: HttpRequest, form: forms.Form, exc: OSError) -> HttpResponse:
    """The upload could not be saved: the form again, saying why, and nothing imported."""
    form.add_error(
        None,
        _("The file could not be saved in the archive's data folder (%(why)s); nothing was imported.")
        % {"why": exc.strerror or exc},
    )
    return _page(request, form, _("Upload files to import"), status=507)


def capture_view(request: HttpRequest) -> HttpResponse:
    _check_permission(request)
    form = CaptureForm(request.POST or None)
    if request.method != "POST" or not form.is_valid():
        return _page(request, form, _("Capture web pages"))
    capture, report = urls_capture_import(
        urls=form.cleaned_data["urls"],
        ignore_robots=form.cleaned_data["ignore_robots"],
        allow_private=settings.ARCHIVE_CAPTURE_ALLOW_PRIVATE,
    )
    failures = translate_lines(capture.failures + report.failures)
    result = {
        "report": report,
        "failures": failures,
        "captured": capture.fetched,
        "warc": capture.warc_path.name if capture.written else "",
    }
    return _page(request, CaptureForm(), _("Capture web pages"), result)


urlpatterns = [
    path("upload/", admin.site.admin_view(upload_view), name="archive-import-upload"),
    path("capture/", admin.site.admin_view(capture_view), name="archive-import-capture"),
]
