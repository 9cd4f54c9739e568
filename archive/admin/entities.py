"""People, organisations and places in the admin: merge (with a preview), split, mark mentions."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from archive import curation
from archive.forms import TextField
from archive.models import EntityMerge, Mention, Organization, Person, Place
from archive.selectors.likely_same import LIKELY_SAME

from . import records
from .common import (
    CuratedAdmin,
    PublicPageMixin,
    UntouchedKeptForm,
)

# -- people, organisations, places ----------------------------------------------------------


class MergeForm(forms.Form):
    survivor = forms.ChoiceField(label=_("Keep this record"), widget=forms.RadioSelect)
    reason = TextField(
        label=_("Why they are the same"), widget=forms.Textarea(attrs={"rows": 3}), max_length=500
    )


class LikelySameFilter(admin.SimpleListFilter):
    """People (or organisations) the import kept apart that may be one: the same name in another
    script or width, in regions one inside the other (selectors.likely_same). Listed by name, so a
    curator merges them or keeps them apart."""

    title = _("likely the same as another record")
    parameter_name = "same"
    SHOWN = 5000  # records listed at most (the list pages them)

    def lookups(self, request, model_admin):
        return [("yes", _("yes: merge them or keep them apart"))]

    def queryset(self, request, queryset):
        if self.value() != "yes":
            return queryset
        found = sorted(LIKELY_SAME[queryset.model]())[: self.SHOWN]
        return queryset.filter(pk__in=found).order_by("sort_key", "pk")


class EntityAdmin(PublicPageMixin, CuratedAdmin):
    search_fields = ("name", "aliases")
    readonly_fields = ("sort_key", "public_link", "merges", "mention_list")
    # What every entity's change page shows after the fields of its own kind.
    common_fields = ("aliases", "note", "needs_review", *readonly_fields)
    list_fields = ("aliases",)
    mentions_shown = 20
    actions = ["merge_records", "keep_apart"]
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
                    f"{localtime(r.at):%Y-%m-%d %H:%M} · {r.get_action_display()} · {r.source_name} "
                    f"#{r.source_id} {'≠' if r.action == EntityMerge.Action.APART else '→'} "
                    f"{r.target_name} #{r.target_id} · "
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
            .with_articles()
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
            _("All %(n)d mentions, %(per)d a page") % {"n": total, "per": records.MentionAdmin.list_per_page},
        )

    @admin.action(description=_("Merge selected records (preview first)"), permissions=["change", "delete"])
    def merge_records(self, request, queryset):
        records = list(queryset.order_by("pk"))
        if len(records) < len(set(request.POST.getlist(helpers.ACTION_CHECKBOX_NAME))):
            self.message_user(request, gettext(curation.GONE), messages.ERROR)
            return None
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
                self.message_user(request, gettext(str(exc)), messages.ERROR)
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

    @admin.action(description=_("Keep selected records apart (they are different)"), permissions=["change"])
    def keep_apart(self, request, queryset):
        try:
            n = curation.keep_apart(
                self.model, list(queryset), user=request.user, reason=_("kept apart in the admin")
            )
        except curation.CurationError as exc:
            self.message_user(request, gettext(str(exc)), messages.WARNING)
            return
        self.message_user(request, _("Recorded as different: %(n)d pair(s).") % {"n": n}, messages.SUCCESS)

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
            .with_articles()
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
                form.add_error(None, gettext(str(exc)))
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
    reason = TextField(label=_("Why"), widget=forms.Textarea(attrs={"rows": 3}), max_length=500)

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


class PersonForm(UntouchedKeptForm):
    """A person's region is the path of its region place (湖南省长沙市岳麓区) whenever it has one: a
    place chosen brings its path along, and a region typed that is not the place's path is a form
    error (QA: a region typed while the place stayed 雁塔区 was stored, the two disagreeing)."""

    def clean(self):
        cleaned = super().clean()
        place, region = cleaned.get("region_place"), cleaned.get("region")
        if place is None or region is None or region == place.label[:100]:
            return cleaned
        if "region" not in self.changed_data and "region_place" in self.changed_data:
            cleaned["region"] = place.label[:100]
        elif "region" in self.changed_data:
            self.add_error(
                "region",
                _(
                    "The region is the region place's path, %(path)s: choose another region place "
                    "(the region follows it), or clear the region place to type a region of your own."
                )
                % {"path": place.label},
            )
        return cleaned


@admin.register(Person)
class PersonAdmin(EntityAdmin):
    list_display = ("name", "region", "alias_list", "mention_count", "article_count", "needs_review")
    list_filter = ("needs_review", LikelySameFilter, "region")
    fields = ("name", "region", "region_place", *EntityAdmin.common_fields, "identities")
    readonly_fields = (*EntityAdmin.readonly_fields, "identities")
    autocomplete_fields = ("region_place",)
    form = PersonForm

    @admin.display(description=_("merged identities"))
    def identities(self, obj):
        """The names + regions merges joined to this person: a later article naming one is theirs."""
        return "、".join(obj.identities.order_by("key").values_list("key", flat=True)) if obj.pk else ""


@admin.register(Organization)
class OrganizationAdmin(EntityAdmin):
    list_display = ("name", "kind", "jurisdiction", "alias_list", "mention_count", "article_count")
    list_filter = ("needs_review", LikelySameFilter, "kind")
    fields = ("name", "kind", "jurisdiction", *EntityAdmin.common_fields)
    autocomplete_fields = ("jurisdiction",)
    list_select_related = ("jurisdiction",)


@admin.register(Place)
class PlaceAdmin(EntityAdmin):
    list_display = ("name", "kind", "code", "parent", "alias_list", "mention_count", "article_count")
    list_filter = ("needs_review", "kind")
    search_fields = ("name", "aliases", "code")
    actions = ["merge_records"]  # places are one per division code: nothing to keep apart
    fields = ("name", "kind", "code", "parent", *EntityAdmin.common_fields)
    autocomplete_fields = ("parent",)
    list_select_related = ("parent",)


# -- mentions, sources, merges ----------------------------------------------------------------
