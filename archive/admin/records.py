"""Mentions under review, outlets and sites, and the log of merges."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from archive import curation, sources
from archive.forms import TextField
from archive.models import Article, EntityMerge, Mention, Outlet, Site

from .common import (
    CuratedAdmin,
    MentionKindFilter,
)


@admin.register(Mention)
class MentionAdmin(CuratedAdmin):
    list_display = ("text", "entity", "article_link", "role", "status")
    list_filter = ("status", MentionKindFilter)
    search_fields = ("text", "sentence", "role", "article__title")
    list_select_related = ("article", "person", "organization", "place")
    autocomplete_fields = ("person", "organization", "place")

    def get_queryset(self, request):
        """Mentions with their articles but not the articles' text (QA: a page of the list read
        every article's whole text, over a second on a large archive)."""
        return super().get_queryset(request).with_articles("person", "organization", "place")

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
        self._set_status(
            request,
            queryset,
            Mention.Status.CONFIRMED,
            _("%(n)d mention(s) confirmed; their names join the extraction dictionary."),
        )

    @admin.action(description=_("Reject selected mentions"), permissions=["change"])
    def reject(self, request, queryset):
        self._set_status(
            request,
            queryset,
            Mention.Status.REJECTED,
            _("%(n)d mention(s) rejected; re-extraction will not bring them back."),
        )

    def _set_status(self, request, queryset, status: str, done: str) -> None:
        """Both actions: the status set through curation (each mention saved, with history), then `done`."""
        n = curation.set_mention_status(queryset, status, user=request.user)
        self.message_user(request, done % {"n": n}, messages.SUCCESS)


ADMIN_MERGE = "merged in the admin"  # stored in English, shown translated (archive/reasons.py)


class SourceMergeForm(forms.Form):
    survivor = forms.ChoiceField(label=_("Keep this record"), widget=forms.RadioSelect)
    reason = TextField(
        label=_("Why they are the same"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=500,
        required=False,
    )


@admin.register(Outlet)
class OutletAdmin(CuratedAdmin):
    list_display = ("name", "article_count")
    search_fields = ("name", "aliases")
    actions = ["merge"]
    list_fields = ("aliases",)

    @admin.action(description=_("Merge selected into one record (preview first)"), permissions=["change"])
    def merge(self, request, queryset):
        """One outlet (or site) recorded under several names (人民網 and 人民网, or a name a page
        misprinted): a preview first (each record's articles, the one most cite chosen to keep its
        name), then the others' articles move to the kept record and their names become its aliases."""
        records = list(queryset.annotate(n=Count("articles")).order_by("pk"))
        if len(records) < len(set(request.POST.getlist(helpers.ACTION_CHECKBOX_NAME))):
            self.message_user(request, gettext(curation.GONE), messages.ERROR)
            return None
        if len(records) < 2:
            self.message_user(request, _("Choose at least two records to merge."), messages.WARNING)
            return None
        form = SourceMergeForm(request.POST if request.POST.get("confirm") else None)
        form.fields["survivor"].choices = [(str(r.pk), r.name) for r in records]
        if form.is_bound and form.is_valid():
            survivor = next(r for r in records if str(r.pk) == form.cleaned_data["survivor"])
            others = [r for r in records if r.pk != survivor.pk]
            reason = form.cleaned_data["reason"].strip() or ADMIN_MERGE
            try:
                moved = sources.merge_sources(self.model, survivor, others, user=request.user, reason=reason)
            except self.model.DoesNotExist:  # merged away by another curator since the preview
                self.message_user(request, gettext(curation.GONE), messages.ERROR)
                return None
            self.message_user(
                request,
                _("%(names)s merged into %(survivor)s; %(n)d article(s) moved.")
                % {"names": "、".join(r.name for r in others), "survivor": survivor.name, "n": moved},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse(f"admin:archive_{self.model._meta.model_name}_changelist"))
        if not form.is_bound:
            form.initial["survivor"] = str(sources.survivor_of(records).pk)
        rows = [(record, record.articles.order_by("-published_at", "pk")[:3]) for record in records]
        return TemplateResponse(
            request,
            "admin/archive/merge_sources.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Merge records"),
                "rows": rows,
                "form": form,
                "opts": self.model._meta,
            },
        )

    def save_model(self, request, obj, form, change):
        """A renamed outlet (or site) keeps its former name as an alias: a later page printing it still
        names this record, and each article's printed form stays one of its names. Its articles are
        re-dated, so OAI harvesters fetch their new publisher."""
        former = form.initial.get("name") if change and "name" in form.changed_data else None
        if former and former != obj.name and former not in obj.aliases:
            obj.aliases = [*(obj.aliases or []), former]
        super().save_model(request, obj, form, change)
        if former and former != obj.name:
            Article.objects.filter(**{sources.FIELD[type(obj)]: obj}).update(updated_at=timezone.now())

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
