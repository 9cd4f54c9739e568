from django.urls import path

from search import feeds, saved, views

app_name = "search"
urlpatterns = [
    path("", views.results, name="results"),
    path("kwic/", views.kwic, name="kwic"),
    path("export/", views.export, name="export"),
    path("facets/", views.facet_counts, name="facets"),
    path("feed/", feeds.SearchFeed(), name="feed"),
    path("cite/", feeds.cite, name="cite"),
    path("saved/", saved.saved_list, name="saved"),
    path("saved/new/", saved.saved_create, name="saved-create"),
    path("saved/<int:pk>/", saved.saved_detail, name="saved-detail"),
    path("saved/<int:pk>/delete/", saved.saved_delete, name="saved-delete"),
]
