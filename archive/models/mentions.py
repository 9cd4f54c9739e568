"""Mentions (an entity named at offsets of an article's clean body, or of its headline) and the log of
merges."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .articles import Article
from .entities import Organization, Person, Place


class MentionQuerySet(models.QuerySet):
    def with_articles(self, *related: str) -> MentionQuerySet:
        """select_related("article", *related) without the articles' whole text (Article.TEXT_FIELDS)."""
        return self.select_related("article", *related).defer(*(f"article__{f}" for f in Article.TEXT_FIELDS))


class Mention(models.Model):
    """One occurrence of a person, organisation or place in an article body (or its headline)."""

    class Status(models.TextChoices):
        EXTRACTED = "extracted", _("Extracted")
        CONFIRMED = "confirmed", _("Confirmed")
        REJECTED = "rejected", _("Rejected")

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="mentions"
    )
    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="mentions",
        help_text=_("The person this text names (set only one of person, organisation, place)"),
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="mentions",
    )
    place = models.ForeignKey(
        Place,
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="mentions",
    )
    in_title = models.BooleanField(
        verbose_name=_("in the headline"),
        default=False,
        help_text=_("Named in the headline: start and end are offsets into the title, not the body"),
    )
    start = models.PositiveIntegerField(
        verbose_name=_("start"), help_text=_("Character offset into the article body")
    )
    end = models.PositiveIntegerField(verbose_name=_("end"))
    text = models.CharField(verbose_name=_("text"), max_length=200)
    sentence = models.TextField(verbose_name=_("sentence"))
    role = models.CharField(
        verbose_name=_("role"),
        max_length=300,
        blank=True,
        help_text=_("Titles stated here, separated by ' / '"),
    )
    organizations = models.JSONField(
        verbose_name=_("units in the role"), default=list, blank=True, help_text=_("Units named in the role")
    )
    age = models.PositiveSmallIntegerField(
        verbose_name=_("age"), null=True, blank=True, help_text=_("Age stated in the article, if any")
    )
    status = models.CharField(
        verbose_name=_("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.EXTRACTED,
        help_text=_("Confirmed mentions feed the extraction dictionary; rejected ones never return"),
    )
    history = HistoricalRecords()
    objects = MentionQuerySet.as_manager()

    class Meta:
        verbose_name = _("mention")
        verbose_name_plural = _("mentions")
        ordering = ["article", "start"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(person__isnull=False, organization__isnull=True, place__isnull=True)
                    | models.Q(person__isnull=True, organization__isnull=False, place__isnull=True)
                    | models.Q(person__isnull=True, organization__isnull=True, place__isnull=False)
                ),
                name="mention_exactly_one_entity",
            ),
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="mention_end_after_start"
            ),
        ]
        indexes = [
            # Used by person/organisation/place pages: every article mentioning an entity.
            models.Index(fields=["person", "article"], name="mention_person_article_idx"),
            models.Index(fields=["organization", "article"], name="mention_org_article_idx"),
            models.Index(fields=["place", "article"], name="mention_place_article_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.text} @ {self.article_id}:{self.start}"

    @property
    def roles(self) -> list[str]:
        return [r for r in self.role.split(" / ") if r]


class EntityMerge(models.Model):
    """A curator's merge (or split) of people, organisations or places: who, when, why, and what moved.
    Rows are never rewritten (an audit trail); a merged-away record's old URL redirects to the survivor
    by following them, merges of merges too. *Kept apart* records
    a curator's decision that two records are different (nothing moves; see selectors.likely_same)."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        ORGANIZATION = "organization", _("Organisation")
        PLACE = "place", _("Place")
        OUTLET = "outlet", _("Outlet")
        SITE = "site", _("Site")

    class Action(models.TextChoices):
        MERGE = "merge", _("Merge")
        SPLIT = "split", _("Split")
        APART = "apart", _("Kept apart")
        # A split took back the name of a record merged in earlier: its old address now leads to the
        # split's new record. The merge's own row stays as it was made.
        MOVED = "moved", _("Address handed over")

    kind = models.CharField(verbose_name=_("kind"), max_length=12, choices=Kind.choices)
    action = models.CharField(
        verbose_name=_("action"), max_length=5, choices=Action.choices, default=Action.MERGE
    )
    source_id = models.PositiveIntegerField(
        verbose_name=_("source ID"), help_text=_("The record merged away (or split from)")
    )
    source_name = models.CharField(verbose_name=_("source name"), max_length=200)
    target_id = models.PositiveIntegerField(
        verbose_name=_("target ID"), help_text=_("The surviving record (or the new one of a split)")
    )
    target_name = models.CharField(verbose_name=_("target name"), max_length=200)
    mentions_moved = models.PositiveIntegerField(verbose_name=_("mentions moved"), default=0)
    reason = models.TextField(verbose_name=_("reason"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), null=True, blank=True, on_delete=models.SET_NULL
    )
    at = models.DateTimeField(verbose_name=_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("merge or split")
        verbose_name_plural = _("merges and splits")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["kind", "source_id"], name="merge_source_idx")]

    def __str__(self) -> str:
        arrow = {self.Action.MERGE: "→", self.Action.SPLIT: "⇢", self.Action.MOVED: "↪"}.get(self.action, "≠")
        source = f"{self.source_name} #{self.source_id}"
        return f"{self.get_kind_display()} {source} {arrow} {self.target_name} #{self.target_id}"
