"""The archive's records: outlets, sites, articles with their original captures, and the people,
organisations and places they mention (with offsets into the clean body)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from archive.text import strip_invisible_fields


def pinyin_key(name: str) -> str:
    """Sort key for lists in pinyin order: 潘晓喆 → "pan xiao zhe" (other characters kept, lower-cased)."""
    from pypinyin import Style, lazy_pinyin

    return " ".join(lazy_pinyin(name, style=Style.NORMAL, errors=lambda chars: chars.lower()))[:200]


CURATED_TEXT = ("name", "aliases", "note")  # shown on public pages; bidi/zero-width removed (archive/text.py)


class PinyinSorted(models.Model):
    """A name with a stored pinyin sort key, kept in step by save() (bulk writers set it themselves)."""

    sort_key = models.CharField(
        max_length=200,
        blank=True,
        db_index=True,
        editable=False,
        help_text="Pinyin of the name, for lists in pinyin order",
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        strip_invisible_fields(self, *CURATED_TEXT)  # every writer: admin, merge, split, shell
        self.sort_key = pinyin_key(self.name)
        if kwargs.get("update_fields") is not None and "name" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "sort_key"}
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        strip_invisible_fields(self, *CURATED_TEXT)  # before the uniqueness check sees the name


class Outlet(models.Model):
    """The media outlet named on a 来源 line (永州日报, 中国传媒网)."""

    name = models.CharField(max_length=200, unique=True, help_text="Outlet name as printed on the page")
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Site(models.Model):
    """The website a page was captured from (红网, 长江云)."""

    name = models.CharField(max_length=200, unique=True, help_text="Website name shown in its own chrome")
    domain = models.CharField(max_length=253, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ArticleQuerySet(models.QuerySet):
    def published(self) -> ArticleQuerySet:
        return self.filter(status=Article.Status.PUBLISHED)


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        HIDDEN = "hidden", _("Hidden")

    class DatePrecision(models.TextChoices):
        DATETIME = "datetime", _("Date and time")
        DAY = "day", _("Day")
        UNKNOWN = "unknown", _("Unknown")

    title = models.CharField(
        max_length=500, help_text="Headline; derived from the opening if the page had none"
    )
    subtitle = models.CharField(max_length=500, blank=True)
    is_title_derived = models.BooleanField(default=False, help_text="The page had no headline")
    body = models.TextField(help_text="Clean text, one paragraph per line")
    paragraph_kinds = models.JSONField(default=list, help_text="Per body line: text, heading or caption")
    published_at = models.DateTimeField(null=True, blank=True, help_text="As printed (China time)")
    date_precision = models.CharField(
        max_length=10, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN
    )
    published_text = models.CharField(max_length=100, blank=True, help_text="The date exactly as printed")
    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    site = models.ForeignKey(Site, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    authors = models.JSONField(default=list, blank=True)
    editors = models.JSONField(default=list, blank=True)
    contributed_by = models.CharField(max_length=200, blank=True, help_text="Unit named on a 供稿 line")
    url = models.URLField(max_length=2000, blank=True)
    region = models.CharField(
        max_length=100,
        blank=True,
        help_text="Path of the place the article's places have in common; scopes person identity",
    )
    region_place = models.ForeignKey(
        "Place",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="regional_articles",
        help_text="The place the article's places have in common",
    )
    content_hash = models.CharField(
        max_length=64, unique=True, help_text="SHA-256 of the normalised title and body: finds re-captures"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    hidden_reason = models.CharField(max_length=500, blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["-published_at", "id"]
        indexes = [
            # Used by the article list and the home page timeline.
            models.Index(fields=["status", "published_at"], name="article_status_published_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("archive:article-detail", args=[self.pk])

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        strip_invisible_fields(self, "title", "subtitle")
        if self.status == self.Status.HIDDEN and not self.hidden_reason.strip():
            raise ValidationError({"hidden_reason": _("Say why the article is hidden.")})

    @property
    def primary_capture(self) -> Capture | None:
        return self.captures.order_by("imported_at", "id").first()

    @property
    def published_iso(self) -> str | None:
        if not self.published_at:
            return None
        from django.utils import timezone

        local = timezone.localtime(self.published_at)
        return (
            local.strftime("%Y-%m-%dT%H:%M:%S")
            if self.date_precision == "datetime"
            else local.strftime("%Y-%m-%d")
        )


class Capture(models.Model):
    """One collected file (or WARC record), kept byte for byte for provenance."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="captures")
    sha256 = models.CharField(max_length=64, unique=True)
    file_name = models.CharField(max_length=500)
    source_path = models.CharField(max_length=2000)
    storage_path = models.CharField(
        max_length=300, help_text="Path of the original bytes under ARCHIVE_DATA_DIR"
    )
    size = models.PositiveBigIntegerField()
    encoding = models.CharField(max_length=40)
    format = models.CharField(max_length=10)
    url = models.URLField(max_length=2000, blank=True)
    warc_record_id = models.CharField(max_length=200, blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["imported_at", "id"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.sha256[:12]})"


class Person(PinyinSorted):
    """A person, identified by name within a region (see README, 'Person identity')."""

    name = models.CharField(max_length=50)
    region = models.CharField(
        max_length=100, blank=True, help_text="Identity scope: same name + region = same person"
    )
    region_place = models.ForeignKey(
        "Place",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text="The place the region names (the most specific one the person's article supports)",
    )
    aliases = models.JSONField(default=list, blank=True)
    needs_review = models.BooleanField(
        _("needs review"),
        default=False,
        help_text="resolve_entities could not decide this record alone; clear it once checked",
    )
    note = models.TextField(blank=True, help_text="A short curated note shown on the person's page")
    history = HistoricalRecords()

    class Meta:
        ordering = ["name", "region"]
        constraints = [models.UniqueConstraint(fields=["name", "region"], name="person_name_region_unique")]

    def __str__(self) -> str:
        return f"{self.name}（{self.region}）" if self.region else self.name

    def get_absolute_url(self) -> str:
        return reverse("archive:person-detail", args=[self.pk])


class NamedEntity(PinyinSorted):
    """What organisations and places share: a unique name, a kind, aliases, a page."""

    url_name = ""
    aliases = models.JSONField(default=list, blank=True)
    needs_review = models.BooleanField(
        _("needs review"),
        default=False,
        help_text="resolve_entities could not decide this record alone; clear it once checked",
    )

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse(self.url_name, args=[self.pk])


class Organization(NamedEntity):
    url_name = "archive:organization-detail"

    class Kind(models.TextChoices):
        GOVERNMENT = "government", _("Government")
        PARTY = "party", _("Party")
        COMMUNITY = "community", _("Community")
        MEDICAL = "medical", _("Medical")
        COMPANY = "company", _("Company")
        SCHOOL = "school", _("School")
        MEDIA = "media", _("Media")
        VOLUNTEER = "volunteer", _("Volunteer")
        OTHER = "other", _("Other")

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.OTHER)
    jurisdiction = models.ForeignKey(
        "Place",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organizations",
        help_text="The city, district or street the body belongs to (市委组织部 of 天门市)",
    )
    note = models.TextField(blank=True, help_text="A short curated note shown on the organisation's page")
    history = HistoricalRecords()


class Place(NamedEntity):
    url_name = "archive:place-detail"

    class Kind(models.TextChoices):
        PROVINCE = "province", _("Province")
        CITY = "city", _("City")
        DISTRICT = "district", _("District / county")
        SUBDISTRICT = "subdistrict", _("Sub-district / town")
        COMMUNITY = "community", _("Community / village")
        COMPOUND = "compound", _("Compound")

    name = models.CharField(max_length=100)
    kind = models.CharField(
        max_length=12, choices=Kind.choices, default=Kind.COMMUNITY, help_text="The level of the place"
    )
    code = models.CharField(
        max_length=12, blank=True, help_text="Statistical division code (NBS 2023); empty below street level"
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text="The place this one lies in",
    )
    note = models.TextField(blank=True, help_text="A short curated note shown on the place's page")
    history = HistoricalRecords()

    class Meta(NamedEntity.Meta):
        constraints = [
            models.UniqueConstraint(fields=["code"], condition=~models.Q(code=""), name="place_code_unique"),
            models.UniqueConstraint(
                fields=["name", "parent"],
                condition=models.Q(code="", parent__isnull=False),
                name="place_local_name_parent_unique",
            ),
            models.UniqueConstraint(
                fields=["name"],
                condition=models.Q(code="", parent__isnull=True),
                name="place_unplaced_name_unique",
            ),
        ]
        indexes = [
            # Used by store.py and curation: a written name → its record.
            models.Index(fields=["name"], name="place_name_idx"),
        ]

    @property
    def chain(self) -> list[Place]:
        """The place and its parents, from the province down (select_related the parents to save queries)."""
        out: list[Place] = []
        node: Place | None = self
        while node is not None and node not in out and len(out) < 8:
            out.append(node)
            node = node.parent
        return out[::-1]

    @property
    def path(self) -> list[str]:
        """Names from the province down: ["上海市", "静安区", "芷江西路街道"]."""
        return [p.name for p in self.chain]

    @property
    def label(self) -> str:
        return "".join(self.path)


class Mention(models.Model):
    """One occurrence of a person, organisation or place in an article body."""

    class Status(models.TextChoices):
        EXTRACTED = "extracted", _("Extracted")
        CONFIRMED = "confirmed", _("Confirmed")
        REJECTED = "rejected", _("Rejected")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="mentions"
    )
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.CASCADE, related_name="mentions"
    )
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.CASCADE, related_name="mentions")
    start = models.PositiveIntegerField(help_text="Character offset into the article body")
    end = models.PositiveIntegerField()
    text = models.CharField(max_length=200)
    sentence = models.TextField()
    role = models.CharField(max_length=300, blank=True, help_text="Titles stated here, separated by ' / '")
    organizations = models.JSONField(default=list, blank=True, help_text="Units named in the role")
    age = models.PositiveSmallIntegerField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.EXTRACTED)
    history = HistoricalRecords()

    class Meta:
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
    A merged-away record's old URL redirects to the survivor through this table."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        ORGANIZATION = "organization", _("Organisation")
        PLACE = "place", _("Place")

    class Action(models.TextChoices):
        MERGE = "merge", _("Merge")
        SPLIT = "split", _("Split")

    kind = models.CharField(max_length=12, choices=Kind.choices)
    action = models.CharField(max_length=5, choices=Action.choices, default=Action.MERGE)
    source_id = models.PositiveIntegerField(help_text="The record merged away (or split from)")
    source_name = models.CharField(max_length=200)
    target_id = models.PositiveIntegerField(help_text="The surviving record (or the new one of a split)")
    target_name = models.CharField(max_length=200)
    mentions_moved = models.PositiveIntegerField(default=0)
    reason = models.TextField(blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["kind", "source_id"], name="merge_source_idx")]

    def __str__(self) -> str:
        arrow = "→" if self.action == self.Action.MERGE else "⇢"
        source = f"{self.source_name} #{self.source_id}"
        return f"{self.get_kind_display()} {source} {arrow} {self.target_name} #{self.target_id}"
