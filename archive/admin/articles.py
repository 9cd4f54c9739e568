"""Articles in the admin: their mentions and captures, publishing, re-extraction and reindexing."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect, RelatedFieldWidgetWrapper
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from archive import curation, edits
from archive.models import Article, Capture, Mention

from .common import (
    CuratedAdmin,
    NeedsReviewFilter,
    PublicPageMixin,
    ReasonForm,
    YearFilter,
)

ENTITY_FIELDS = ("person", "organization", "place")


class _KnownAutocomplete(AutocompleteSelect):
    """The autocomplete select of an inline row, its chosen record's label taken from `known` (filled
    for the whole page by one query) instead of one query per row; any other value asks the database."""

    known: dict[str, str]

    def optgroups(self, name, value, attr=None):
        chosen = [str(v) for v in value if v not in (None, "")]
        known = getattr(self, "known", {})
        if not all(v in known for v in chosen):
            return super().optgroups(name, value, attr)
        options = [self.create_option(name, "", "", False, 0)] if not self.is_required else []
        options += [self.create_option(name, v, known[v], True, i + 1) for i, v in enumerate(chosen)]
        return [(None, options, 0)]


class MentionInline(admin.TabularInline):
    """Light rows, for articles with hundreds of mentions: the person, organisation and place are
    autocomplete selects without the add/change/view links (the mention's own page has them), and
    their chosen names come from one query for the page, not one per row."""

    model = Mention
    fields = ("text", "start", "end", "person", "organization", "place", "role", "status")
    readonly_fields = ("text", "start", "end")
    autocomplete_fields = ENTITY_FIELDS
    extra = 0
    show_change_link = True
    classes = ("collapse",)

    def has_add_permission(self, request, obj=None):
        return False  # new mentions are marked in the text ("Mark a missed mention")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in ENTITY_FIELDS:
            kwargs["widget"] = _KnownAutocomplete(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name in ENTITY_FIELDS and isinstance(field.widget, RelatedFieldWidgetWrapper):
            field.widget = field.widget.widget  # no add/change/view links in every row
        return field

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        known: dict[str, dict[str, str]] = {name: {} for name in ENTITY_FIELDS}
        if obj is not None:
            for mention in Mention.objects.filter(article=obj).select_related(*ENTITY_FIELDS):
                for name in ENTITY_FIELDS:
                    entity = getattr(mention, name)
                    if entity is not None:
                        known[name][str(entity.pk)] = str(entity)
        for name in ENTITY_FIELDS:
            formset.form.base_fields[name].widget.known = known[name]
        return formset


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
        name = obj.shown_file_name
        return format_html('<span title="{}">{}</span>', name, name if len(name) <= 32 else name[:30] + "…")

    @admin.display(description=_("SHA-256"))
    def digest(self, obj):
        return format_html('<code title="{}">{}…</code>', obj.sha256, obj.sha256[:12])

    @admin.display(description=_("original"))
    def download(self, obj):
        return format_html(
            '<a href="{}">{}</a>', reverse("archive:capture-download", args=[obj.sha256]), _("download")
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


@admin.register(Article)
class ArticleAdmin(PublicPageMixin, CuratedAdmin):
    list_display = ("title", "published_at", "outlet", "status", "mention_count", "pending_count")
    list_filter = ("status", YearFilter, NeedsReviewFilter, "outlet")
    search_fields = ("title", "subtitle", "body", "outlet__name")
    list_select_related = ("outlet",)
    date_hierarchy = "published_at"
    readonly_fields = (
        "content_hash",
        "region",
        "imported_at",
        "updated_at",
        "public_link",
        "outlet_text",
        "site_text",
    )
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
                    "outlet_text",
                    "site",
                    "site_text",
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
        """Each article's mention counts as subqueries: a join with GROUP BY grouped every column,
        the text too, and made the list and its date hierarchy slow on a large archive (QA)."""

        def count(**where):
            rows = Mention.objects.filter(article=OuterRef("pk"), **where).order_by()
            return Coalesce(Subquery(rows.values("article").annotate(n=Count("pk")).values("n")), 0)

        articles = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name == "archive_article_changelist":
            articles = articles.defer(*Article.TEXT_FIELDS)  # a list shows no text
        return articles.annotate(n_mentions=count(), n_pending=count(status=Mention.Status.EXTRACTED))

    def save_model(self, request, obj, form, change):
        """An edit of the title, subtitle or body takes the mentions along (archive/edits.py), once
        the mention rows of the form are saved too (save_related), so those follow as well; a revert
        from the history page saves no rows besides, and follows here, in the same transaction."""
        obj._text_before = edits.stored_text(obj) if change else None
        reverting = (getattr(request.resolver_match, "url_name", "") or "").endswith("_simple_history")
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            if reverting:
                self._follow_text(request, obj)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        self._follow_text(request, form.instance)

    def _follow_text(self, request, obj) -> None:
        before, obj._text_before = getattr(obj, "_text_before", None), None
        if not edits.text_changed(obj, before):
            return
        lost = edits.follow_text(obj, before, user=request.user)
        if lost:  # the curator is told of curated mentions whose words the edit removed
            names = "、".join(f"{m.text}（{m.get_status_display()}）" for m in lost)
            self.message_user(
                request,
                _(
                    "The edit removed the words of %(n)d curated mention(s), so they were removed: "
                    "%(names)s. Mark them again where the text names them now."
                )
                % {"n": len(lost), "names": names},
                messages.WARNING,
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
                form.add_error(None, gettext(str(exc)))
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
