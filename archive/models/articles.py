"""Outlets, sites, articles and the original captures they were read from."""

from __future__ import annotations

import re

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from archive.text import shown_file_name, split_note, strip_invisible_fields
from textnorm.normalize import normalize


def source_key(name: str) -> str:
    """What the written forms of one outlet or site share: its name in the search normal form
    (traditional → simplified, full-width → half-width, case folded) without spaces, so 人民網,
    人民网 and 人民 网 are one outlet, ＣＣＴＶ and cctv one site."""
    return "".join(normalize(name).split())


class NamedSource(models.Model):
    """An outlet or a site: a name as first printed, the key its other written forms share, and the
    names of records merged into it (archive/sources.py finds records by both, so a merged name
    printed again on a later page names the survivor)."""

    key = models.CharField(verbose_name=_("key"), max_length=200, db_index=True, editable=False, default="")
    aliases = models.JSONField(
        verbose_name=_("aliases"), default=list, blank=True, help_text=_("Other names, one per line")
    )
    alias_keys = models.TextField(verbose_name=_("alias keys"), editable=False, default="")  # |key|key|

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.key = source_key(self.name)
        keys = sorted({source_key(a) for a in self.aliases or [] if a.strip()} - {self.key})
        self.alias_keys = "|" + "|".join(keys) + "|" if keys else ""
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "key", "alias_keys"}
        super().save(*args, **kwargs)

    def as_printed(self, text: str) -> str:
        """`text` where it is one of this record's written forms (an article's outlet as its page
        prints it: 新華社 for the record 新华社), else the record's name (a curator moved the article)."""
        key = source_key(text) if text else ""
        return text if key and (key == self.key or f"|{key}|" in self.alias_keys) else self.name

    @property
    def names(self) -> list[str]:
        """The name and every alias (what the search's `source:` field holds)."""
        return [self.name, *(a for a in self.aliases or [] if a != self.name)]


class Outlet(NamedSource):
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


class Site(NamedSource):
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

    def headers(self) -> ArticleQuerySet:
        """Without the whole text (Article.TEXT_FIELDS): for lists that show titles, dates and outlets."""
        return self.defer(*Article.TEXT_FIELDS)


class Article(models.Model):
    # the fields holding the whole text; a list of articles or of mentions with their articles leaves
    # them out (one page printed as one 5 MB paragraph, joined into 500 mention rows, is 2.5 GB read)
    TEXT_FIELDS = ("body", "paragraph_kinds")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        HIDDEN = "hidden", _("Hidden")

    class DatePrecision(models.TextChoices):
        DATETIME = "datetime", _("Date and time")
        DAY = "day", _("Day")
        MONTH = "month", _("Month")  # a dataset's 2021-05: the 1st is stored, the month shown
        YEAR = "year", _("Year")
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
    outlet_text = models.CharField(
        verbose_name=_("outlet as printed"),
        max_length=200,
        blank=True,
        help_text=_("The outlet's name as this page prints it"),
    )
    site_text = models.CharField(
        verbose_name=_("site as printed"),
        max_length=200,
        blank=True,
        help_text=_("The site's name as this page prints it"),
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

    @property
    def outlet_name(self) -> str:
        """The outlet as this page prints it (its record's name where a curator moved the article)."""
        return self.outlet.as_printed(self.outlet_text) if self.outlet_id else ""

    @property
    def site_name(self) -> str:
        """The site as this page prints it (its record's name where a curator moved the article)."""
        return self.site.as_printed(self.site_text) if self.site_id else ""

    # the editor's note (编者按) printed before the story, or ''; the body without it
    editor_note = property(lambda self: split_note(self.body, self.paragraph_kinds or [])[0])
    story_text = property(lambda self: split_note(self.body, self.paragraph_kinds or [])[1])

    @property
    def headline_text(self) -> str:
        """Title and subtitle on two lines: what `in_title` mentions' offsets point into (a title's
        mention lies before the line end, a subtitle's after it)."""
        return self.join_headline(self.title, self.subtitle)

    @staticmethod
    def join_headline(title: str, subtitle: str) -> str:
        """The one layout of `headline_text`, for a headline not stored yet (the import)."""
        return f"{title}\n{subtitle}" if subtitle else title

    def headline_field(self, start: int, end: int) -> tuple[str, int, int]:
        """Where an `in_title` mention's offsets into `headline_text` lie: (title or subtitle, start, end)."""
        if start < len(self.title):
            return "title", start, end
        shift = len(self.title) + 1  # past the title's line end
        return "subtitle", start - shift, end - shift

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
        shape = {"datetime": "%Y-%m-%dT%H:%M:%S", "month": "%Y-%m", "year": "%Y"}
        return local.strftime(shape.get(self.date_precision, "%Y-%m-%d"))  # as precisely as known


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
        return f"{self.shown_file_name} ({self.sha256[:12]})"

    @property
    def shown_file_name(self) -> str:
        """The file name as pages, JSON, downloads and the admin give it (`archive.text.shown_file_name`)."""
        return shown_file_name(self.file_name)

    DATASET_FORMATS = ("csv", "json", "jsonl", "xlsx")

    @property
    def row(self) -> str:
        """Which row of its dataset a capture is (`row 7`, `Sheet2 row 3`); "" for a whole file."""
        if self.format not in self.DATASET_FORMATS or "#" not in self.source_path:
            return ""
        return self.source_path.rsplit("#", 1)[1]

    @property
    def row_label(self) -> str:
        """`row` in the reader's language (第 7 行; a worksheet's name kept as written)."""
        found = re.fullmatch(r"(?:(?P<sheet>.+) )?row (?P<n>\d+)", self.row)
        if not found:
            return self.row
        label = gettext("row %(number)s") % {"number": found["n"]}
        return f"{found['sheet']} {label}" if found["sheet"] else label

    @property
    def is_warc_headers(self) -> bool:
        """Whether the kept bytes are a WARC record's headers (a revisit's capture), not a page."""
        from archive.originals import original_path

        try:
            with original_path(self.sha256).open("rb") as handle:
                return handle.read(5) == b"WARC/"
        except (OSError, ValueError):
            return False

    @property
    def download_name(self) -> str:
        """The download's file name: a dataset row is kept as a JSON object (the row with the file's
        SHA-256), so it is named as one: `stories.csv` row 3 → `stories.csv-row3.json`; a crawl's page is
        its record's payload: `crawl.warc.gz-record-1a2b3c4d5e6f.html`; a revisit's capture is the revisit
        record's own headers (its payload is the original's): `…-record-….warc`."""
        name = self.shown_file_name
        if self.format in ("warc", "wacz"):  # the kept bytes are one record's page, not the crawl file
            record = re.sub(r"[^0-9A-Za-z]", "", self.warc_record_id.rsplit(":", 1)[-1])[:12]
            kind = "warc" if self.is_warc_headers else "html"
            return f"{name}-record-{record}.{kind}" if record else f"{name}-page.{kind}"
        if self.format not in self.DATASET_FORMATS:
            return name
        row = re.search(r"#(?:.* )?row (\d+)$", self.source_path)
        return f"{name}-row{row.group(1)}.json" if row else f"{name}.json"
