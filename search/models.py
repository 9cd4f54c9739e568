"""Saved searches: a reader's search (its query string, the whole state of /search/) with the time
they last looked at it, so the archive can say what is new since then (search/saved.py).

Kept in the search app, in a file of its own: it stores search parameters and nothing of the
index, so it neither depends on nor gets in the way of the search engine's internals."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class SavedSearch(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="saved_searches",
        verbose_name=_("user"),
    )
    name = models.CharField(_("name"), max_length=200, help_text=_("What the reader called this search"))
    query = models.CharField(
        _("query string"), max_length=2000, help_text=_("The parameters of /search/, without page or format")
    )
    created_at = models.DateTimeField(_("saved at"), auto_now_add=True)
    last_visit_at = models.DateTimeField(_("last visit"), help_text=_("New matches are counted from here"))

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        constraints = [
            # One saved copy of a search per reader (saving it again renames it).
            models.UniqueConstraint(fields=["user", "query"], name="saved_search_user_query_unique")
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("search:saved-detail", args=[self.pk])

    def results_url(self) -> str:
        return reverse("search:results") + ("?" + self.query if self.query else "")

    def feed_url(self) -> str:
        return reverse("search:feed") + ("?" + self.query if self.query else "")
