from django.urls import path

from archive import views

app_name = "archive"
urlpatterns = [
    path("", views.home, name="home"),
    path("articles/", views.article_list, name="article-list"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
    path("people/", views.person_list, name="person-list"),
    path("people/<int:pk>/", views.person_detail, name="person-detail"),
    path("organizations/", views.organization_list, name="organization-list"),
    path("organizations/<int:pk>/", views.organization_detail, name="organization-detail"),
    path("places/", views.place_list, name="place-list"),
    path("places/<int:pk>/", views.place_detail, name="place-detail"),
    path("captures/<str:sha256>/", views.capture_download, name="capture-download"),
    path("captures/<str:sha256>/text/", views.capture_text, name="capture-text"),
]
