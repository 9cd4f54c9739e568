"""The curators' admin: articles with their mentions and captures, people, organisations and places
with merge and split, mention review, publishing, re-extraction and reindexing. Every change is
kept by django-simple-history (History button: who, when, before/after, revert)."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from archive import curation
from archive.forms import LinesField
from archive.models import Article, Capture, EntityMerge, Mention, Organization, Outlet, Person, Place, Site

admin.site.site_header = _("Community Response Archive · curation")
admin.site.site_title = _("Community Response Archive")
admin.site.index_title = _("Curation")


# -- filters ------------------------------------------------------------------------------


class YearFilter(admin.SimpleListFilter):
    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        return [
            (str(d.year), str(d.year)) for d in Article.objects.dates("published_at", "year", order="DESC")
        ]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(published_at__year=int(self.value()))
        return queryset


class NeedsReviewFilter(admin.SimpleListFilter):
    title = _("needs review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("yes", _("has unreviewed mentions")), ("no", _("all mentions reviewed"))]

    def queryset(self, request, queryset):
        pending = Mention.objects.filter(article=OuterRef("pk"), status=Mention.Status.EXTRACTED)
        if self.value() == "yes":
            return queryset.filter(Exists(pending))
        if self.value() == "no":
            return queryset.exclude(Exists(pending))
        return queryset


class MentionKindFilter(admin.SimpleListFilter):
    title = _("kind")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        return [("person", _("Person")), ("organization", _("Organisation")), ("place", _("Place"))]

    def queryset(self, request, queryset):
        if self.value() in curation.MODEL:
            return queryset.filter(**{f"{self.value()}__isnull": False})
        return queryset


class PublicPageMixin:
    """Columns shared by the admins of records with public pages and mentions (annotated n_mentions)."""

    @admin.display(description=_("mentions"), ordering="n_mentions")
    def mention_count(self, obj):
        return obj.n_mentions

    @admin.display(description=_("public page"))
    def public_link(self, obj):
        if not obj.pk:
            return "-"
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), obj.get_absolute_url())


class CuratedAdmin(SimpleHistoryAdmin):
    """What every curated record's admin shares: name lists edited one per line (`list_fields`), and a
    history reason on every save made here (an edit names the fields changed; a revert, its version)."""

    list_fields: tuple[str, ...] = ()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.list_fields:
            return LinesField(
                label=capfirst(db_field.verbose_name),
                help_text=db_field.help_text,
                required=not db_field.blank,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if not getattr(obj, "_change_reason", None):
            obj._change_reason = edit_reason(request, form, change)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        for inline in formset.forms:
            if inline.has_changed():
                inline.instance._change_reason = edit_reason(request, inline, True)
                inline.instance._history_user = request.user
        super().save_formset(request, form, formset, change)


def edit_reason(request: HttpRequest, form, change: bool) -> str:
    """The history reason of a save in the admin: "reverted to version 12", "edited in the admin: title,
    status", "added in the admin" (the history column holds 100 characters)."""
    match = request.resolver_match
    if match and match.url_name and match.url_name.endswith("_simple_history"):
        version = match.kwargs.get("version_id") or (match.args[-1] if match.args else "")
        return f"reverted to version {version}"
    if not change:
        return "added in the admin"
    fields = ", ".join(form.changed_data) if form is not None else ""
    return (f"edited in the admin: {fields}" if fields else "saved in the admin")[:100]


# -- articles -----------------------------------------------------------------------------


class MentionInline(admin.TabularInline):
    model = Mention
    fields = ("text", "start", "end", "person", "organization", "place", "role", "status")
    readonly_fields = ("text", "start", "end")
    autocomplete_fields = ("person", "organization", "place")
    extra = 0
    show_change_link = True
    classes = ("collapse",)

    def has_add_permission(self, request, obj=None):
        return False  # new mentions are marked in the text ("Mark a missed mention")


class CaptureInline(admin.TabularInline):
    """The captures, read-only and narrow: long file names and hashes are shortened (full in the tooltip)."""

    model = Capture
    fields = ("file", "format", "encoding", "size", "digest", "captured_at", "imported_at", "download")
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("file name"))
    def file(self, obj):
        name = obj.file_name
        return format_html('<span title="{}">{}</span>', name, name if len(name) <= 32 else name[:30] + "…")

    @admin.display(description=_("SHA-256"))
    def digest(self, obj):
        return format_html('<code title="{}">{}…</code>', obj.sha256, obj.sha256[:12])

    @admin.display(description=_("original"))
    def download(self, obj):
        return format_html(
            '<a href="{}">{}</a>', reverse("archive:capture-download", args=[obj.sha256]), _("download")
        )


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=500)


@admin.register(Article)
class ArticleAdmin(PublicPageMixin, CuratedAdmin):
    list_display = ("title", "published_at", "outlet", "status", "mention_count", "pending_count")
    list_filter = ("status", YearFilter, NeedsReviewFilter, "outlet")
    search_fields = ("title", "subtitle", "body", "outlet__name")
    list_select_related = ("outlet",)
    date_hierarchy = "published_at"
    readonly_fields = ("content_hash", "region", "imported_at", "updated_at", "public_link")
    fieldsets = (
        (
            None,
            {"fields": ("title", "subtitle", "is_title_derived", "status", "hidden_reason", "public_link")},
        ),
        (
            _("Source"),
            {
                "fields": (
                    "published_at",
                    "date_precision",
                    "published_text",
                    "outlet",
                    "site",
                    "authors",
                    "editors",
                    "contributed_by",
                    "url",
                )
            },
        ),
        (_("Text"), {"fields": ("body", "paragraph_kinds"), "classes": ("collapse",)}),
        (_("Provenance"), {"fields": ("content_hash", "region", "imported_at", "updated_at")}),
    )
    inlines = [MentionInline, CaptureInline]
    list_fields = ("authors", "editors")
    actions = ["publish", "hide", "make_draft", "reextract", "reindex"]
    change_form_template = "admin/archive/article/change_form.html"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                n_mentions=Count("mentions"),
                n_pending=Count("mentions", filter=Q(mentions__status=Mention.Status.EXTRACTED)),
            )
        )

    @admin.display(description=_("to review"), ordering="n_pending")
    def pending_count(self, obj):
        return obj.n_pending

    def _set_status(self, request, queryset, status, reason=""):
        n = 0
        for article in queryset:
            article.status = status
            article.hidden_reason = reason if status == Article.Status.HIDDEN else ""
            article._change_reason = f"status → {status}" + (f": {reason}" if reason else "")
            article.save(update_fields=["status", "hidden_reason", "updated_at"])
            n += 1
        return n

    @admin.action(description=_("Publish selected articles"), permissions=["change"])
    def publish(self, request, queryset):
        n = self._set_status(request, queryset, Article.Status.PUBLISHED)
        self.message_user(request, _("%(n)d article(s) published.") % {"n": n}, messages.SUCCESS)

    @admin.action(description=_("Return selected articles to draft"), permissions=["change"])
    def make_draft(self, request, queryset):
        n = self._set_status(request, queryset, Article.Status.DRAFT)
        self.message_user(request, _("%(n)d article(s) set to draft.") % {"n": n}, messages.SUCCESS)

    @admin.action(description=_("Hide selected articles (asks for a reason)"), permissions=["change"])
    def hide(self, request, queryset):
        form = ReasonForm(request.POST if request.POST.get("confirm") else None)
        if form.is_bound and form.is_valid():
            n = self._set_status(request, queryset, Article.Status.HIDDEN, form.cleaned_data["reason"])
            self.message_user(request, _("%(n)d article(s) hidden.") % {"n": n}, messages.SUCCESS)
            return None
        return TemplateResponse(
            request,
            "admin/archive/action_reason.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Hide articles"),
                "objects": queryset,
                "form": form,
                "action": "hide",
                "opts": self.model._meta,
            },
        )

    @admin.action(description=_("Re-run extraction on selected articles"), permissions=["change"])
    def reextract(self, request, queryset):
        n = curation.reextract(queryset, user=request.user)
        self.message_user(
            request,
            _("Extraction re-run on %(n)d article(s); curated mentions were kept.") % {"n": n},
            messages.SUCCESS,
        )

    @admin.action(description=_("Reindex selected articles for search"), permissions=["change"])
    def reindex(self, request, queryset):
        indexed, removed = curation.reindex(queryset)
        self.message_user(
            request,
            _("Search index: %(i)d indexed, %(r)d removed (not published).") % {"i": indexed, "r": removed},
            messages.SUCCESS,
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/mark-mention/",
                self.admin_site.admin_view(self.mark_mention_view),
                name="archive_article_mark_mention",
            ),
            *super().get_urls(),
        ]

    def mark_mention_view(self, request: HttpRequest, pk: int):
        article = get_object_or_404(Article, pk=pk)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        form = MarkMentionForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                mention = curation.add_mention(
                    article,
                    form.cleaned_data["start"],
                    form.cleaned_data["end"],
                    kind=form.cleaned_data["kind"],
                    name=form.cleaned_data["name"],
                    role=form.cleaned_data["role"],
                    user=request.user,
                )
            except curation.CurationError as exc:
                form.add_error(None, str(exc))
            else:
                self.message_user(
                    request,
                    _("Mention “%(text)s” added and confirmed.") % {"text": mention.text},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(reverse("admin:archive_article_change", args=[article.pk]))
        return TemplateResponse(
            request,
            "admin/archive/mark_mention.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Mark a missed mention"),
                "article": article,
                "form": form,
                "opts": self.model._meta,
                "original": article,
            },
        )


class MarkMentionForm(forms.Form):
    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    kind = forms.ChoiceField(
        label=_("It is a"),
        choices=[("person", _("Person")), ("organization", _("Organisation")), ("place", _("Place"))],
    )
    name = forms.CharField(
        label=_("Record name (if it differs from the text)"), required=False, max_length=200
    )
    role = forms.CharField(label=_("Role stated here"), required=False, max_length=300)


# -- people, organisations, places ----------------------------------------------------------


class MergeForm(forms.Form):
    survivor = forms.ChoiceField(label=_("Keep this record"), widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Why they are the same"), widget=forms.Textarea(attrs={"rows": 3}), max_length=500
    )


class EntityAdmin(PublicPageMixin, CuratedAdmin):
    search_fields = ("name", "aliases")
    readonly_fields = ("sort_key", "public_link", "merges", "mention_list")
    list_fields = ("aliases",)
    mentions_shown = 20
    actions = ["merge_records"]
    change_form_template = "admin/archive/entity_change_form.html"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(n_mentions=Count("mentions"), n_articles=Count("mentions__article", distinct=True))
        )

    @admin.display(description=_("articles"), ordering="n_articles")
    def article_count(self, obj):
        return obj.n_articles

    @admin.display(description=_("aliases"))
    def alias_list(self, obj):
        return "、".join(obj.aliases or [])

    @admin.display(description=_("merges and splits"))
    def merges(self, obj):
        if not obj.pk:
            return "-"
        rows = (
            EntityMerge.objects.filter(kind=curation.KIND[self.model])
            .filter(Q(target_id=obj.pk) | Q(source_id=obj.pk))
            .select_related("user")[:20]
        )
        return (
            format_html(
                "<br>".join("{}" for _ in rows),
                *[
                    f"{r.at:%Y-%m-%d %H:%M} · {r.get_action_display()} · {r.source_name} → {r.target_name} · "
                    f"{r.mentions_moved} · {r.user or '-'} · {r.reason}"
                    for r in rows
                ],
            )
            if rows
            else "-"
        )

    @admin.display(description=_("mentions"))
    def mention_list(self, obj):
        """The newest mentions (text, article, sentence) and a link to all of them, paged."""
        if not obj.pk:
            return "-"
        field_name = curation.FIELD[self.model]
        mentions = (
            Mention.objects.filter(**{field_name: obj})
            .select_related("article")
            .order_by("-article__published_at", "-article_id", "start")
        )
        total = mentions.count()
        rows = format_html_join(
            "",
            '<li><a href="{}">{}</a> · {} · {} · {}</li>',
            (
                (
                    reverse("admin:archive_mention_change", args=[m.pk]),
                    m.text,
                    m.article.title[:40],
                    m.get_status_display(),
                    m.sentence[:80],
                )
                for m in mentions[: self.mentions_shown]
            ),
        )
        everything = reverse("admin:archive_mention_changelist") + f"?{field_name}__id__exact={obj.pk}"
        return format_html(
            '<ul class="mention-list">{}</ul><p><a href="{}">{}</a></p>',
            rows,
            everything,
            _("All %(n)d mentions, %(per)d a page") % {"n": total, "per": MentionAdmin.list_per_page},
        )

    @admin.action(description=_("Merge selected records (preview first)"), permissions=["change", "delete"])
    def merge_records(self, request, queryset):
        records = list(queryset.order_by("pk"))
        if len(records) < 2:
            self.message_user(request, _("Select at least two records to merge."), messages.WARNING)
            return None
        form = MergeForm(request.POST if request.POST.get("confirm") else None)
        form.fields["survivor"].choices = [(str(r.pk), str(r)) for r in records]
        if form.is_bound and form.is_valid():
            survivor = next(r for r in records if str(r.pk) == form.cleaned_data["survivor"])
            try:
                moved = curation.merge(
                    self.model, survivor, records, user=request.user, reason=form.cleaned_data["reason"]
                )
            except curation.CurationError as exc:
                self.message_user(request, str(exc), messages.ERROR)
                return None
            self.message_user(
                request,
                _("Merged into %(name)s; %(n)d mention(s) moved.") % {"name": survivor, "n": moved},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(
                reverse(f"admin:archive_{self.model._meta.model_name}_change", args=[survivor.pk])
            )
        if not form.is_bound:
            busiest = max(records, key=lambda r: (r.n_mentions, -r.pk))
            form.initial["survivor"] = str(busiest.pk)
        return TemplateResponse(
            request,
            "admin/archive/merge.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Merge records"),
                "preview": curation.merge_preview(self.model, records),
                "form": form,
                "records": records,
                "opts": self.model._meta,
            },
        )

    def get_urls(self):
        name = self.model._meta.model_name
        return [
            path(
                "<int:pk>/split/", self.admin_site.admin_view(self.split_view), name=f"archive_{name}_split"
            ),
            *super().get_urls(),
        ]

    def split_view(self, request: HttpRequest, pk: int):
        record = get_object_or_404(self.model, pk=pk)
        if not (self.has_change_permission(request, record) and self.has_add_permission(request)):
            raise PermissionDenied
        field_name = curation.FIELD[self.model]
        mentions = list(
            Mention.objects.filter(**{field_name: record})
            .select_related("article")
            .order_by("-article__published_at", "start")
        )
        form = SplitForm(self.model, record, mentions, request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                new = curation.split(
                    self.model,
                    record,
                    [int(i) for i in form.cleaned_data["mentions"]],
                    name=form.cleaned_data["name"],
                    region=form.cleaned_data.get("region"),
                    user=request.user,
                    reason=form.cleaned_data["reason"],
                )
            except curation.CurationError as exc:
                form.add_error(None, str(exc))
            else:
                self.message_user(
                    request,
                    _("Split: %(n)d mention(s) now belong to %(name)s.")
                    % {"n": len(form.cleaned_data["mentions"]), "name": new},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(
                    reverse(f"admin:archive_{self.model._meta.model_name}_change", args=[new.pk])
                )
        return TemplateResponse(
            request,
            "admin/archive/split.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Split %(name)s") % {"name": record},
                "record": record,
                "form": form,
                "mentions": mentions,
                "opts": self.model._meta,
                "original": record,
            },
        )


class SplitForm(forms.Form):
    mentions = forms.MultipleChoiceField(
        label=_("Mentions that belong to someone else"), widget=forms.CheckboxSelectMultiple
    )
    name = forms.CharField(label=_("Name of the new record"), max_length=200)
    reason = forms.CharField(label=_("Why"), widget=forms.Textarea(attrs={"rows": 3}), max_length=500)

    def __init__(self, model, record, mentions, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mentions"].choices = [
            (str(m.pk), f"{m.article.title} · {m.sentence[:80]}") for m in mentions
        ]
        self.fields["name"].initial = record.name
        if model is Person:
            self.fields["region"] = forms.CharField(
                label=_("Region of the new record"),
                required=False,
                max_length=100,
                help_text=_(
                    "Same name and region would be the same person: give the new record its own region."
                ),
            )
            self.order_fields(["mentions", "name", "region", "reason"])


@admin.register(Person)
class PersonAdmin(EntityAdmin):
    list_display = ("name", "region", "alias_list", "mention_count", "article_count", "needs_review")
    list_filter = ("needs_review", "region")
    fields = (
        "name",
        "region",
        "region_place",
        "aliases",
        "note",
        "needs_review",
        "sort_key",
        "public_link",
        "merges",
        "mention_list",
    )
    autocomplete_fields = ("region_place",)


@admin.register(Organization)
class OrganizationAdmin(EntityAdmin):
    list_display = ("name", "kind", "jurisdiction", "alias_list", "mention_count", "article_count")
    list_filter = ("needs_review", "kind")
    fields = (
        "name",
        "kind",
        "jurisdiction",
        "aliases",
        "note",
        "needs_review",
        "sort_key",
        "public_link",
        "merges",
        "mention_list",
    )
    autocomplete_fields = ("jurisdiction",)
    list_select_related = ("jurisdiction",)


@admin.register(Place)
class PlaceAdmin(EntityAdmin):
    list_display = ("name", "kind", "code", "parent", "alias_list", "mention_count", "article_count")
    list_filter = ("needs_review", "kind")
    search_fields = ("name", "aliases", "code")
    fields = (
        "name",
        "kind",
        "code",
        "parent",
        "aliases",
        "note",
        "needs_review",
        "sort_key",
        "public_link",
        "merges",
        "mention_list",
    )
    autocomplete_fields = ("parent",)
    list_select_related = ("parent",)


# -- mentions, sources, merges ----------------------------------------------------------------


@admin.register(Mention)
class MentionAdmin(CuratedAdmin):
    list_display = ("text", "entity", "article_link", "role", "status")
    list_filter = ("status", MentionKindFilter)
    search_fields = ("text", "sentence", "role", "article__title")
    list_select_related = ("article", "person", "organization", "place")
    autocomplete_fields = ("person", "organization", "place")
    readonly_fields = ("article", "text", "start", "end", "sentence")
    fields = (
        "article",
        "text",
        "start",
        "end",
        "sentence",
        "person",
        "organization",
        "place",
        "role",
        "organizations",
        "age",
        "status",
    )
    actions = ["confirm", "reject"]
    list_fields = ("organizations",)

    def has_add_permission(self, request):
        return False  # mentions are added by marking text on the article

    @admin.display(description=_("record"))
    def entity(self, obj):
        target = obj.person or obj.organization or obj.place
        return str(target) if target else "-"

    @admin.display(description=_("article"), ordering="article__title")
    def article_link(self, obj):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:archive_article_change", args=[obj.article_id]),
            obj.article.title[:40],
        )

    @admin.action(description=_("Confirm selected mentions"), permissions=["change"])
    def confirm(self, request, queryset):
        n = curation.set_mention_status(queryset, Mention.Status.CONFIRMED, user=request.user)
        self.message_user(
            request,
            _("%(n)d mention(s) confirmed; their names join the extraction dictionary.") % {"n": n},
            messages.SUCCESS,
        )

    @admin.action(description=_("Reject selected mentions"), permissions=["change"])
    def reject(self, request, queryset):
        n = curation.set_mention_status(queryset, Mention.Status.REJECTED, user=request.user)
        self.message_user(
            request,
            _("%(n)d mention(s) rejected; re-extraction will not bring them back.") % {"n": n},
            messages.SUCCESS,
        )


@admin.register(Outlet)
class OutletAdmin(CuratedAdmin):
    list_display = ("name", "article_count")
    search_fields = ("name",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n=Count("articles"))

    @admin.display(description=_("articles"), ordering="n")
    def article_count(self, obj):
        return obj.n


@admin.register(Site)
class SiteAdmin(OutletAdmin):
    list_display = ("name", "domain", "article_count")


@admin.register(EntityMerge)
class EntityMergeAdmin(admin.ModelAdmin):
    list_display = ("at", "kind", "action", "source_name", "target_name", "mentions_moved", "user", "reason")
    list_filter = ("kind", "action")
    search_fields = ("source_name", "target_name", "reason")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
