from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path

from archive import oai


def favicon(request):
    """Browsers ask for /favicon.ico on pages that name no icon (the admin's)."""
    return redirect(static("favicon.svg"), permanent=True)


urlpatterns = [
    path("favicon.ico", favicon),
    path("admin/import/", include("archive.admin_import")),  # upload files, capture URLs
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("search/", include("search.urls")),
    path("oai/", oai.endpoint, name="oai"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),  # readers' saved searches
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("archive.urls")),
]
handler404 = "archive.api.not_found"  # a JSON 404 for ?format=json, the site's 404 page otherwise
