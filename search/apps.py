from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        from archive import indexing as archive_indexing
        from search import indexing, signals  # noqa: F401  (signals connects the index-sync receivers)

        archive_indexing.subscribe(indexing)  # the archive announces changes; search keeps the index
