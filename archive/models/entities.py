"""People, organisations and places: named records kept once per real entity, in pinyin order."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from archive.text import strip_invisible_fields

from .articles import source_key


def pinyin_key(name: str) -> str:
    """Sort key for lists in pinyin order: 潘晓喆 → "pan xiao zhe" (other characters kept, lower-cased)."""
    from pypinyin import Style, lazy_pinyin

    return " ".join(lazy_pinyin(name, style=Style.NORMAL, errors=lambda chars: chars.lower()))[:200]


CURATED_TEXT = ("name", "aliases", "note")  # shown on public pages; bidi/zero-width removed (archive/text.py)


def name_key(name: str) -> str:
    """What the written forms of one name share, whatever the script: the search's normal form without
    spaces (models.source_key), so 靜安區 and 静安区, 鄭曉嵐 and 郑晓岚 are one key; cut to the column's
    200 characters.

    >>> name_key("天門市人民醫院") == name_key("天门市人民医院")
    True
    """
    return source_key(name)[:200]


class PinyinSorted(models.Model):
    """A name with a stored pinyin sort key and its script-independent key (`name_key`), kept in step
    by save() (bulk writers set them themselves)."""

    sort_key = models.CharField(
        verbose_name=_("sort key"),
        max_length=200,
        blank=True,
        db_index=True,
        editable=False,
        help_text=_("Pinyin of the name, for lists in pinyin order"),
    )
    key = models.CharField(
        verbose_name=_("name key"),
        max_length=200,
        blank=True,
        db_index=True,
        editable=False,
        help_text=_("The name in one script, width and case: the import finds the record by it"),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        strip_invisible_fields(self, *CURATED_TEXT)  # every writer: admin, merge, split, shell
        fields = kwargs.get("update_fields")
        if fields is None or "name" in fields:  # (an edit of the aliases alone leaves the name's keys)
            self.sort_key = pinyin_key(self.name)
            self.key = name_key(self.name)
        if fields is not None and "name" in fields:
            kwargs["update_fields"] = {*fields, "sort_key", "key"}
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        strip_invisible_fields(self, *CURATED_TEXT)  # before the uniqueness check sees the name


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

    @staticmethod
    def identity_key(name: str, region: str) -> str:
        """A person as the import names one: name + region (PersonIdentity.key)."""
        return f"{name}@{region}"

    def remember(self, name: str, region: str) -> None:
        """Keep name + region as an identity of this record (a record merged into it, or its own former
        region): a later article naming it is this person's."""
        if (name, region) != (self.name, self.region):
            PersonIdentity.objects.update_or_create(
                key=self.identity_key(name, region), defaults={"person": self}
            )


class PersonIdentity(models.Model):
    """A name + region a curator's merge (or resolve_entities) joined to a person: the import looks a
    name it has no record of up here, so a merge holds for later articles."""

    key = models.CharField(verbose_name=_("name and region"), max_length=160, unique=True)
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="identities"
    )

    class Meta:
        verbose_name = _("merged identity")
        verbose_name_plural = _("merged identities")

    def __str__(self) -> str:
        return self.key


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
    # How many levels a chain climbs at most (province → … → compound is six; a cycle a curator
    # made stops here too). The index follows a place's change this many levels down (search.signals).
    MAX_DEPTH = 8

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
        while node is not None and node not in out and len(out) < self.MAX_DEPTH:
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

    @property
    def above(self) -> list[str]:
        """The names of the places it lies in, the nearest first: ["静安区", "上海市"] (what tells
        apart two places of one name in a list)."""
        return [p.name for p in reversed(self.chain[:-1])]
