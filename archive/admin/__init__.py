"""The curators' admin: articles with their mentions and captures, people, organisations and places
with merge and split, mention review, publishing, re-extraction and reindexing. Every change is
kept by django-simple-history (History button: who, when, before/after, revert)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from . import articles, entities, records  # noqa: F401  (importing each registers its ModelAdmins)

admin.site.site_header = _("Community Response Archive · curation")
admin.site.site_title = _("Community Response Archive")
admin.site.index_title = _("Curation")
