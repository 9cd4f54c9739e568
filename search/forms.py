"""Validation of the search page's parameters. Bad values never raise: they fall back to defaults."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from search.concordance import DEFAULT_WIDTH, WIDTHS
from search.query import parse_date_range

SORTS = [("relevance", _("Relevance")), ("newest", _("Newest first")), ("oldest", _("Oldest first"))]
FACET_PARAMS = ("outlet", "year", "month", "person", "org", "place")
MAX_FILTER_VALUES = 10


class IdListField(forms.Field):
    """Repeated ?person=1&person=2 parameters: positive integers only, others dropped."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        values = value if isinstance(value, (list, tuple)) else ([value] if value else [])
        out = []
        for v in values:
            v = str(v).strip()
            if v.isdigit() and 0 < int(v) < 2**63 and int(v) not in out:
                out.append(int(v))
        return out[:MAX_FILTER_VALUES]


class PatternListField(IdListField):
    def __init__(self, *, pattern: str, **kwargs):
        import re

        self.pattern = re.compile(pattern)
        super().__init__(**kwargs)

    def to_python(self, value):
        values = value if isinstance(value, (list, tuple)) else ([value] if value else [])
        out = [v for v in (str(x).strip() for x in values) if self.pattern.fullmatch(v)]
        return list(dict.fromkeys(out))[:MAX_FILTER_VALUES]


class SearchForm(forms.Form):
    q = forms.CharField(required=False, strip=True, label=_("Search"))
    sort = forms.ChoiceField(choices=SORTS, required=False)
    page = forms.IntegerField(required=False, min_value=1)
    date_from = forms.CharField(required=False, label=_("From"))
    date_to = forms.CharField(required=False, label=_("To"))
    outlet = IdListField(required=False)
    person = IdListField(required=False)
    org = IdListField(required=False)
    place = IdListField(required=False)
    year = PatternListField(pattern=r"\d{4}", required=False)
    month = PatternListField(pattern=r"\d{4}-\d{2}", required=False)

    def clean_date_from(self):
        return self._date(self.cleaned_data.get("date_from"), end=False)

    def clean_date_to(self):
        return self._date(self.cleaned_data.get("date_to"), end=True)

    def _date(self, value: str, *, end: bool):
        if not value:
            return None
        rng = parse_date_range(value)
        if rng is None or ".." in value:
            raise forms.ValidationError(_("Use a date like 2020, 2020-03 or 2020-03-12."))
        return rng[1] if end else rng[0]

    def values(self) -> dict:
        """Cleaned values, with defaults for every field that was missing or invalid."""
        data = {name: getattr(self, "cleaned_data", {}).get(name) for name in self.fields}
        for name in FACET_PARAMS:
            data[name] = data.get(name) or []
        data["q"] = data.get("q") or ""
        data["page"] = data.get("page") or 1
        return data

    def full_clean(self):
        super().full_clean()
        # Keep the valid fields even when another is invalid: a bad date must not drop the query.
        for name in list(self.errors):
            self.cleaned_data.pop(name, None)


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

    def values(self) -> dict:
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "order": data.get("order") or "",
            "width": data.get("width") or DEFAULT_WIDTH,
            "format": data.get("format") or "",
            "raw": bool(data.get("raw")),
        }
