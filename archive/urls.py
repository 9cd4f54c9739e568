from django.urls import path

from archive import views

app_name = "archive"
urlpatterns = [
    path("", views.home, name="home"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
    path("people/<int:pk>/", views.person_detail, name="person-detail"),
    path("organizations/<int:pk>/", views.organization_detail, name="organization-detail"),
    path("places/<int:pk>/", views.place_detail, name="place-detail"),
    path("captures/<str:sha256>/", views.capture_download, name="capture-download"),
]
