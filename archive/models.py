"""The archive's records: outlets, sites, articles with their original captures, and the people,
organisations and places they mention (with offsets into the clean body)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
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
        verbose_name=_("sort key"),
        max_length=200,
        blank=True,
        db_index=True,
        editable=False,
        help_text=_("Pinyin of the name, for lists in pinyin order"),
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

    name = models.CharField(
        verbose_name=_("name"), max_length=200, unique=True, help_text=_("Outlet name as printed on the page")
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("outlet")
        verbose_name_plural = _("outlets")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Site(models.Model):
    """The website a page was captured from (红网, 长江云)."""

    name = models.CharField(
        verbose_name=_("name"),
        max_length=200,
        unique=True,
        help_text=_("Website name shown in its own chrome"),
    )
    domain = models.CharField(
        verbose_name=_("domain"),
        max_length=253,
        blank=True,
        help_text=_("Internet domain of the site, e.g. rednet.cn"),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("site")
        verbose_name_plural = _("sites")
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
        verbose_name=_("title"),
        max_length=500,
        help_text=_("Headline; derived from the opening if the page had none"),
    )
    subtitle = models.CharField(
        verbose_name=_("subtitle"),
        max_length=500,
        blank=True,
        help_text=_("Second headline line (after ——), if any"),
    )
    is_title_derived = models.BooleanField(
        verbose_name=_("headline derived"), default=False, help_text=_("The page had no headline")
    )
    body = models.TextField(verbose_name=_("body"), help_text=_("Clean text, one paragraph per line"))
    paragraph_kinds = models.JSONField(
        verbose_name=_("paragraph kinds"),
        default=list,
        help_text=_("Per body line: text, heading or caption"),
    )
    published_at = models.DateTimeField(
        verbose_name=_("published"), null=True, blank=True, help_text=_("As printed (China time)")
    )
    date_precision = models.CharField(
        verbose_name=_("date precision"),
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.UNKNOWN,
        help_text=_("How much of the date the page states"),
    )
    published_text = models.CharField(
        verbose_name=_("date as printed"),
        max_length=100,
        blank=True,
        help_text=_("The date exactly as printed"),
    )
    outlet = models.ForeignKey(
        Outlet,
        verbose_name=_("outlet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text=_("The outlet named on the 来源 line"),
    )
    site = models.ForeignKey(
        Site,
        verbose_name=_("site"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text=_("The website the page was captured from"),
    )
    authors = models.JSONField(
        verbose_name=_("authors"), default=list, blank=True, help_text=_("One name per line")
    )
    editors = models.JSONField(
        verbose_name=_("editors"), default=list, blank=True, help_text=_("One name per line")
    )
    contributed_by = models.CharField(
        verbose_name=_("contributed by"), max_length=200, blank=True, help_text=_("Unit named on a 供稿 line")
    )
    url = models.URLField(
        verbose_name=_("original URL"),
        max_length=2000,
        blank=True,
        help_text=_("Where the page was published (http or https)"),
    )
    region = models.CharField(
        verbose_name=_("region"),
        max_length=100,
        blank=True,
        help_text=_("Path of the place the article's places have in common; scopes person identity"),
    )
    region_place = models.ForeignKey(
        "Place",
        verbose_name=_("region place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="regional_articles",
        help_text=_("The place the article's places have in common"),
    )
    content_hash = models.CharField(
        verbose_name=_("content hash"),
        max_length=64,
        unique=True,
        help_text=_("SHA-256 of the normalised title and body: finds re-captures"),
    )
    status = models.CharField(
        verbose_name=_("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.PUBLISHED,
        help_text=_("Only published articles are public and searchable"),
    )
    hidden_reason = models.CharField(
        verbose_name=_("reason hidden"),
        max_length=500,
        blank=True,
        help_text=_("Required when the status is hidden"),
    )
    imported_at = models.DateTimeField(verbose_name=_("imported at"), auto_now_add=True)
    updated_at = models.DateTimeField(verbose_name=_("updated at"), auto_now=True)

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = pgettext_lazy("model name", "articles")
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

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="captures"
    )
    sha256 = models.CharField(verbose_name=_("SHA-256"), max_length=64, unique=True)
    file_name = models.CharField(verbose_name=_("file name"), max_length=500)
    source_path = models.CharField(verbose_name=_("source path"), max_length=2000)
    storage_path = models.CharField(
        verbose_name=_("storage path"),
        max_length=300,
        help_text=_("Path of the original bytes under ARCHIVE_DATA_DIR"),
    )
    size = models.PositiveBigIntegerField(verbose_name=_("size (bytes)"))
    encoding = models.CharField(verbose_name=_("encoding"), max_length=40)
    format = models.CharField(verbose_name=_("format"), max_length=10)
    url = models.URLField(verbose_name=_("URL"), max_length=2000, blank=True)
    warc_record_id = models.CharField(verbose_name=_("WARC record ID"), max_length=200, blank=True)
    captured_at = models.DateTimeField(
        verbose_name=_("captured at"),
        null=True,
        blank=True,
        help_text=_("When the page was captured (WARC-Date, WACZ ts, MHTML/SingleFile date), if known"),
    )
    imported_at = models.DateTimeField(verbose_name=_("imported at"), auto_now_add=True)

    class Meta:
        verbose_name = _("capture")
        verbose_name_plural = _("captures")
        ordering = ["imported_at", "id"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.sha256[:12]})"


class Person(PinyinSorted):
    """A person, identified by name within a region (see README, 'Person identity')."""

    name = models.CharField(
        verbose_name=_("name"), max_length=50, help_text=_("The name as written, e.g. 潘晓喆")
    )
    region = models.CharField(
        verbose_name=_("region"),
        max_length=100,
        blank=True,
        help_text=_("Identity scope: same name + region = same person"),
    )
    region_place = models.ForeignKey(
        "Place",
        verbose_name=_("region place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text=_("The place the region names (the most specific one the person's article supports)"),
    )
    aliases = models.JSONField(
        verbose_name=_("aliases"),
        default=list,
        blank=True,
        help_text=_("Other names for this person, one per line (e.g. 潘书记)"),
    )
    needs_review = models.BooleanField(
        _("needs review"),
        default=False,
        help_text=_("resolve_entities could not decide this record alone; clear it once checked"),
    )
    note = models.TextField(
        verbose_name=_("note"), blank=True, help_text=_("A short curated note shown on the person's page")
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name", "region"]
        constraints = [models.UniqueConstraint(fields=["name", "region"], name="person_name_region_unique")]

    def __str__(self) -> str:
        return f"{self.name}（{self.region}）" if self.region else self.name

    def get_absolute_url(self) -> str:
        return reverse("archive:person-detail", args=[self.pk])


class NamedEntity(PinyinSorted):
    """What organisations and places share: a unique name, a kind, aliases, a page."""

    url_name = ""
    aliases = models.JSONField(
        verbose_name=_("aliases"), default=list, blank=True, help_text=_("Other names, one per line")
    )
    needs_review = models.BooleanField(
        _("needs review"),
        default=False,
        help_text=_("resolve_entities could not decide this record alone; clear it once checked"),
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

    name = models.CharField(
        verbose_name=_("name"), max_length=200, unique=True, help_text=_("The full name, e.g. 同济新村居委会")
    )
    kind = models.CharField(verbose_name=_("kind"), max_length=12, choices=Kind.choices, default=Kind.OTHER)
    jurisdiction = models.ForeignKey(
        "Place",
        verbose_name=_("jurisdiction"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organizations",
        help_text=_("The city, district or street the body belongs to (市委组织部 of 天门市)"),
    )
    note = models.TextField(
        verbose_name=_("note"),
        blank=True,
        help_text=_("A short curated note shown on the organisation's page"),
    )
    history = HistoricalRecords()

    class Meta(NamedEntity.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")


class Place(NamedEntity):
    url_name = "archive:place-detail"

    class Kind(models.TextChoices):
        PROVINCE = "province", _("Province")
        CITY = "city", _("City")
        DISTRICT = "district", _("District / county")
        SUBDISTRICT = "subdistrict", _("Sub-district / town")
        COMMUNITY = "community", _("Community / village")
        COMPOUND = "compound", _("Compound")

    name = models.CharField(
        verbose_name=_("name"), max_length=100, help_text=_("The name as written, e.g. 永州市")
    )
    kind = models.CharField(
        verbose_name=_("kind"),
        max_length=12,
        choices=Kind.choices,
        default=Kind.COMMUNITY,
        help_text=_("The level of the place"),
    )
    code = models.CharField(
        verbose_name=_("division code"),
        max_length=12,
        blank=True,
        help_text=_("Statistical division code (NBS 2023); empty below street level"),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("lies in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text=_("The place this one lies in"),
    )
    note = models.TextField(
        verbose_name=_("note"), blank=True, help_text=_("A short curated note shown on the place's page")
    )
    history = HistoricalRecords()

    class Meta(NamedEntity.Meta):
        verbose_name = _("place")
        verbose_name_plural = _("places")
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
    A merged-away record's old URL redirects to the survivor through this table."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        ORGANIZATION = "organization", _("Organisation")
        PLACE = "place", _("Place")

    class Action(models.TextChoices):
        MERGE = "merge", _("Merge")
        SPLIT = "split", _("Split")

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
        arrow = "→" if self.action == self.Action.MERGE else "⇢"
        source = f"{self.source_name} #{self.source_id}"
        return f"{self.get_kind_display()} {source} {arrow} {self.target_name} #{self.target_id}"
