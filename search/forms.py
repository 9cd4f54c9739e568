"""Validation of the search page's parameters. Bad values never raise: they fall back to defaults,
and what was ignored is named in `values()["notices"]` (shown with the results).

One parameter per facet of search.registry (`?outlet=1&outlet=2`: either), its exclusion
(`?not_outlet=3`) and `facet_limit` (a number, or `all`) come from the registry, not from a list here.
"""

from __future__ import annotations

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from archive.ids import id_from, number_from
from archive.merge_rows import resolve_merged
from search.concordance import DEFAULT_WIDTH, WIDTHS
from search.dates import DateError, read_range
from search.registry import FACET_PARAMS, FACETS, MAX_FACET_LIMIT

SORTS = [("relevance", _("Relevance")), ("newest", _("Newest first")), ("oldest", _("Oldest first"))]
MAX_FILTER_VALUES = 10
__all__ = ["FACET_PARAMS", "SORTS", "SearchForm"]


class IdListField(forms.Field):
    """Repeated ?person=1&person=2 parameters: positive integers only, others dropped."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        values = value if isinstance(value, (list, tuple)) else ([value] if value else [])
        out = []
        for v in values:
            pk = id_from(v)
            if pk is not None and pk not in out:
                out.append(pk)
        return out[:MAX_FILTER_VALUES]


class PatternListField(IdListField):
    def __init__(self, *, pattern: str, **kwargs):
        self.pattern = re.compile(pattern)
        super().__init__(**kwargs)

    def to_python(self, value):
        values = value if isinstance(value, (list, tuple)) else ([value] if value else [])
        out = [v for v in (str(x).strip() for x in values) if self.pattern.fullmatch(v)]
        return list(dict.fromkeys(out))[:MAX_FILTER_VALUES]


def _facet_field(facet) -> forms.Field:
    if facet.model is not None:
        return IdListField(required=False)
    return PatternListField(pattern=facet.pattern, required=False)


class FacetLimitField(forms.Field):
    """`facet_limit=50` → 50; `facet_limit=all` → 0 (every value, up to MAX_FACET_LIMIT)."""

    def to_python(self, value):
        if value in (None, ""):
            return None
        value = str(value).strip().lower()
        if value in ("all", "0"):
            return 0
        number = number_from(value)
        if number is None:
            raise forms.ValidationError(_("Use a number of values or “all”."))
        return min(number, MAX_FACET_LIMIT)


class QueryField(forms.CharField):
    """The query text. A NUL (which Django's CharField refuses, dropping the whole query) becomes a
    space like every other control character the parser meets (search.query.clean_text)."""

    def to_python(self, value):
        return super().to_python(value.replace("\x00", " ") if isinstance(value, str) else value)


class SearchForm(forms.Form):
    q = QueryField(required=False, strip=True, label=_("Search"))
    sort = forms.ChoiceField(choices=SORTS, required=False)
    # read as the lists read it (archive.ids.number_from): any larger number is a page past the end
    # (a redirect to the last, or JSON 404), a malformed one the first; never a form error
    page = forms.CharField(required=False)
    date_from = forms.CharField(required=False, label=_("From"))
    date_to = forms.CharField(required=False, label=_("To"))
    facet_limit = FacetLimitField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for facet in FACETS:
            self.fields[facet.param] = _facet_field(facet)
            self.fields["not_" + facet.param] = _facet_field(facet)
        self._notices: list[str] = []

    def clean_date_from(self):
        return self._date(self.cleaned_data.get("date_from"), end=False, label=_("From"))

    def clean_date_to(self):
        return self._date(self.cleaned_data.get("date_to"), end=True, label=_("To"))

    def _date(self, value: str, *, end: bool, label):
        if not value:
            return None
        message = None
        if ".." not in value:
            try:
                found = read_range(value)
            except DateError as exc:
                message = str(exc)
            else:
                return found.stop if end else found.start
        # Not a form error: the note travels with the results (HTML and JSON) like the query's own.
        self._notices.append(
            _("The “%(box)s” date was ignored: %(why)s")
            % {"box": label, "why": message or _("use a date like 2020, 2020-03 or 2020-03-12.")}
        )
        return None

    def values(self) -> dict:
        """Cleaned values, with defaults for every field that was missing or invalid."""
        data = {name: getattr(self, "cleaned_data", {}).get(name) for name in self.fields}
        for name in FACET_PARAMS:
            data[name] = data.get(name) or []
            data["not_" + name] = data.get("not_" + name) or []
        data["q"] = data.get("q") or ""
        data["page"] = number_from(data.get("page")) or 1
        data["notices"] = list(self._notices)
        return data

    def full_clean(self):
        super().full_clean()
        # Keep the valid fields even when another is invalid: a bad date must not drop the query.
        for name in list(self.errors):
            self.cleaned_data.pop(name, None)
        if "sort" in self.errors:  # an order that is not offered: relevance, and said
            self._notices.append(
                _("The %(facet)s filter “%(value)s” was ignored: %(why)s.")
                % {
                    "facet": _("Order"),
                    "value": str(self.data.get("sort"))[:40],
                    "why": _("it is not a value of this filter"),
                }
            )
        if self.is_bound:
            for facet in FACETS:
                for name in (facet.param, "not_" + facet.param):
                    self._check_facet_values(facet, name)

    def _check_facet_values(self, facet, name: str) -> None:
        """A facet value that is malformed or names nothing stored is dropped with a notice, rather
        than silently (a bad value) or narrowing the results to nothing (an id no longer stored); an
        id merged into another record since (an old link) becomes the survivor's, with a notice."""
        raw = self.data.getlist(name) if hasattr(self.data, "getlist") else [self.data.get(name)]
        asked = [v for v in dict.fromkeys(str(x).strip() for x in raw if x is not None) if v]
        kept = self.cleaned_data.get(name) or []
        model = facet.model_class()
        found: set = set(kept)  # the values asked for that name something
        if model is not None and kept:
            stored = set(model.objects.filter(pk__in=kept).values_list("pk", flat=True))
            followed, found = [], set()
            for pk in kept:
                survivor = pk if pk in stored else getattr(resolve_merged(model, pk), "pk", None)
                if survivor is None:
                    continue
                found.add(pk)
                if survivor not in followed:
                    followed.append(survivor)
                if survivor != pk:
                    self._notices.append(
                        _("The %(facet)s filter %(old)s was merged into %(new)s; it was used instead.")
                        % {"facet": facet.label, "old": pk, "new": survivor}
                    )
            kept = self.cleaned_data[name] = followed
        for value in asked[:MAX_FILTER_VALUES]:
            if (id_from(value) if model else value) in found:
                continue
            well_formed = self.fields[name].to_python([value])
            why = (
                _("it names nothing in the archive") if well_formed else _("it is not a value of this filter")
            )
            self._notices.append(
                _("The %(facet)s filter “%(value)s” was ignored: %(why)s.")
                % {"facet": facet.label, "value": value[:40], "why": why}
            )
        if len(asked) > MAX_FILTER_VALUES:
            self._notices.append(
                _("Only the first %(n)d values of the %(facet)s filter were used.")
                % {"n": MAX_FILTER_VALUES, "facet": facet.label}
            )


class KwicForm(forms.Form):
    """The KWIC page's own options (beside the search's): line order, context width, export format."""

    order = forms.ChoiceField(
        required=False,
        choices=[
            ("", _("Results order")),
            ("left", _("Left context (read from the match backwards)")),
            ("match", _("Match")),
            ("right", _("Right context")),
            ("date", _("Date")),
            ("outlet", _("Outlet")),
        ],
    )
    width = forms.TypedChoiceField(
        required=False, coerce=int, choices=[(str(w), str(w)) for w in WIDTHS], empty_value=DEFAULT_WIDTH
    )
    format = forms.ChoiceField(required=False, choices=[("", "HTML"), ("csv", "CSV"), ("tsv", "TSV")])
    raw = forms.BooleanField(required=False)
    FORMATS = ("csv", "tsv")

    def values(self) -> dict:
        """The options; a width that is not offered gives the default, with a notice saying so
        (`as_shown()` is the form with the width actually used selected)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        width, notices = data.get("width") or DEFAULT_WIDTH, []
        asked = self.data.get("width")
        if asked and "width" in self.errors:
            notices.append(
                _(
                    "A context of “%(asked)s” characters is not offered; showing %(width)d "
                    "(choose %(widths)s)."
                )
                % {"asked": asked[:20], "width": width, "widths": ", ".join(map(str, WIDTHS))}
            )
        self.used_width = width
        return {
            "order": data.get("order") or "",
            "width": width,
            "format": data.get("format") or "",
            "raw": bool(data.get("raw")),
            "notices": notices,
        }

    def as_shown(self) -> KwicForm:
        """This form with the width actually used selected (after values())."""
        data = self.data.copy()
        data["width"] = str(getattr(self, "used_width", DEFAULT_WIDTH))
        return KwicForm(data)
