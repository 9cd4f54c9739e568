from django.urls import path

from search import views

app_name = "search"
urlpatterns = [
    path("", views.results, name="results"),
    path("kwic/", views.kwic, name="kwic"),
    path("export/", views.export, name="export"),
]
