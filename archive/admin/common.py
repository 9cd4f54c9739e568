"""What every admin page of the archive shares: list filters, the link to the public page, and the
history-keeping base class that asks for a reason with every change."""

from __future__ import annotations

from datetime import datetime

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Exists, OuterRef
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import DeletedObject
from simple_history.template_utils import HistoricalRecordContextHelper

from archive import curation
from archive.forms import LinesField, TextField, one_line_end
from archive.merge_rows import KIND, resolve_merged
from archive.models import Article, EntityMerge, Mention

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


class _HistoryDiff(HistoricalRecordContextHelper):
    """simple_history shows a foreign key that was empty as "Deleted <model> (pk=None)"; it was empty.
    A record merged away is named as it was, and what it was merged into (its EntityMerge row)."""

    def prepare_delta_change_value(self, change, value):
        if isinstance(value, DeletedObject) and value.pk is None:
            return None
        if isinstance(value, DeletedObject) and value.model in KIND:
            merge = (
                EntityMerge.objects.filter(
                    kind=KIND[value.model], action=EntityMerge.Action.MERGE, source_id=value.pk
                )
                .order_by("-pk")
                .first()
            )
            if merge is not None:
                return _("%(name)s (#%(pk)s, merged into %(target)s)") % {
                    "name": merge.source_name,
                    "pk": value.pk,
                    "target": merge.target_name,
                }
        field = self.model._meta.get_field(change.field)
        if field.choices and value is not None:  # a status as its label (已隐藏), not its stored value
            return dict(field.flatchoices).get(value, value)
        if isinstance(value, datetime):  # in the curator's time zone, as it was entered
            return localtime(value).strftime("%Y-%m-%d %H:%M")
        return super().prepare_delta_change_value(change, value)


class _FollowingMerges:
    """A form opened on a record whose link points at a record merged away since (an old version
    being restored: its outlet merged into another) shows the record it went into, not an empty
    choice that would save the link as removed."""

    @staticmethod
    def of(form):
        class Following(form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                if self.is_bound:
                    return
                for name, field in self.fields.items():
                    value = self.initial.get(name)
                    model = getattr(getattr(field, "queryset", None), "model", None)
                    if value and model in KIND and not model.objects.filter(pk=value).exists():
                        survivor = resolve_merged(model, value)
                        self.initial[name] = survivor.pk if survivor is not None else value

        Following.__name__ = form.__name__
        return Following


def shown(field: forms.Field, value):
    """What `field`'s widget shows for `value`, as a browser sends it back untouched (a split date
    and time as its two boxes)."""
    widget, value = field.widget, field.prepare_value(value)
    if isinstance(widget, forms.MultiWidget):
        return [w.format_value(v) for w, v in zip(widget.widgets, widget.decompress(value), strict=False)]
    return widget.format_value(value)


class UntouchedKeptForm(forms.ModelForm):
    """A field the curator did not touch keeps its stored value exactly: one whose form value is what
    the form makes of the stored value as shown (a time box's minutes, a text's spaces stripped) is no
    change (QA: a no-change save stored 13:04:17 as 13:04:00 and '2022-10-17 ' as '2022-10-17')."""

    def clean(self):
        cleaned = super().clean()
        self.untouched: set[str] = set()
        if self.instance.pk is None:
            return cleaned
        for name, field in self.fields.items():
            stored, value = self.initial.get(name), cleaned.get(name)
            if isinstance(stored, str):
                stored = one_line_end(stored)  # line ends are "\n" (a body saved with "\r\n" is mended)
            if name not in cleaned or type(stored) is not type(value) or stored == value:
                continue  # a record's key and its record, or no difference
            try:
                untouched = field.clean(shown(field, stored)) == value
            except forms.ValidationError:
                continue
            if untouched:
                cleaned[name] = stored
                self.untouched.add(name)
        return cleaned

    @property
    def changed_data(self) -> list[str]:
        return [name for name in super().changed_data if name not in getattr(self, "untouched", ())]


class CuratedAdmin(SimpleHistoryAdmin):
    """What every curated record's admin shares: name lists edited one per line (`list_fields`), and a
    history reason on every save made here (an edit names the fields changed; a revert, its version)."""

    list_fields: tuple[str, ...] = ()
    change_form_template = "admin/archive/curated_change_form.html"
    form = UntouchedKeptForm

    @staticmethod
    def _version(obj):
        """The record's latest history version: (id, user, date), or None."""
        latest = obj.history.order_by("-history_id").values_list(
            "history_id", "history_user__username", "history_date"
        )
        return latest.first()

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        """The form carries the version it was opened at (a save refused as stale carries the
        newer one: saving again overwrites it knowingly)."""
        version = self._version(obj) if obj is not None and obj.pk else None
        context["loaded_version"] = version[0] if version else ""
        return super().render_change_form(
            request, context, add=add, change=change, form_url=form_url, obj=obj
        )

    def get_form(self, request, obj=None, change=False, **kwargs):
        """Two curators editing one record: a save made from a form opened before another save of
        the record is refused with who changed it and when, instead of silently undoing it."""
        form = _FollowingMerges.of(super().get_form(request, obj, change=change, **kwargs))
        loaded = request.POST.get("_loaded_version") if request.method == "POST" and obj is not None else None
        version = self._version(obj) if loaded else None
        if not version or str(version[0]) == loaded:
            return form
        message = _(
            "%(user)s changed this record at %(when)s, after you opened it. Nothing of yours was saved: "
            "open it again to see their change, or save again to replace it with yours."
        ) % {
            "user": version[1] or _("an import or a command"),
            "when": localtime(version[2]).strftime("%Y-%m-%d %H:%M:%S"),
        }

        class StaleForm(form):
            def clean(self):
                raise forms.ValidationError(message, code="stale")

        return StaleForm

    def _get_obj_does_not_exist_redirect(self, request, opts, object_id):
        """A record merged away since it was opened (another curator's merge) leads to the record it
        went into, saying so, instead of Django's "perhaps it was deleted?" (Django's own hook for it)."""
        survivor = None
        if self.model in KIND and str(object_id).isdigit():
            survivor = resolve_merged(self.model, int(object_id))
        if survivor is None:
            return super()._get_obj_does_not_exist_redirect(request, opts, object_id)
        message = _("#%(pk)s was merged into %(name)s (#%(survivor)s) meanwhile.") % {
            "pk": object_id,
            "name": survivor,
            "survivor": survivor.pk,
        }
        if request.method == "POST":
            message = f"{message} {_('Nothing you entered was saved.')}"
        self.message_user(request, message, messages.WARNING)
        return HttpResponseRedirect(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[survivor.pk])
        )

    def get_historical_record_context_helper(self, request, historical_record):
        return _HistoryDiff(self.model, historical_record)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.list_fields:
            return LinesField(
                label=capfirst(db_field.verbose_name),
                help_text=db_field.help_text,
                required=not db_field.blank,
                commas=db_field.name == "aliases",
            )
        if type(db_field) in (models.CharField, models.TextField) and not db_field.choices:
            kwargs.setdefault("form_class", TextField)  # line ends as stored ("\n")
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if isinstance(db_field, models.DateTimeField) and isinstance(field.widget, forms.MultiWidget):
            field.widget.widgets[1].format = "%H:%M:%S"  # the seconds stored (the locale's box: %H:%M)
        return field

    @staticmethod
    def unchanged(obj) -> bool:
        """Whether `obj` (a stored record, as a form or a reverted version left it) equals its row:
        then saving it is no change, and makes neither a save nor a history record."""
        fields = [f for f in obj._meta.concrete_fields if not getattr(f, "auto_now", False)]
        stored = type(obj)._default_manager.filter(pk=obj.pk).values(*(f.attname for f in fields)).first()
        return stored is not None and all(stored[f.attname] == getattr(obj, f.attname) for f in fields)

    def save_model(self, request, obj, form, change):
        if change and self.unchanged(obj):
            return
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
    """The history reason of a save in the admin: "reverted to the version of 2022-04-09 16:05:00" (as
    the history list dates it), "edited in the admin: title, status", "added in the admin" (the
    history column holds 100 characters)."""
    match = request.resolver_match
    if match and match.url_name and match.url_name.endswith("_simple_history"):
        version = match.kwargs.get("version_id") or (match.args[-1] if match.args else "")
        history = getattr(getattr(form, "instance", None), "history", None)
        saved = history and history.filter(history_id=version).values_list("history_date", flat=True).first()
        if saved is not None:  # the date the history list shows for that version, in local time
            return f"reverted to the version of {localtime(saved):%Y-%m-%d %H:%M:%S}"
        return f"reverted to version {version}"
    if not change:
        return "added in the admin"
    fields = ", ".join(form.changed_data) if form is not None else ""
    return (f"edited in the admin: {fields}" if fields else "saved in the admin")[:100]


# -- articles -----------------------------------------------------------------------------


class ReasonForm(forms.Form):
    reason = TextField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=500)
