"""Forms of the archive: the curators' one-name-per-line list field (aliases, authors, editors) and the
GET forms of the public lists (article filters, name filter), which parse every query parameter."""

from __future__ import annotations

import json
import re

from django import forms
from django.utils.translation import gettext_lazy as _


def one_line_end(text: str) -> str:
    """`text` with its line ends as stored: a browser sends a textarea's as "\\r\\n"; they are "\\n".

    >>> one_line_end("甲\\r\\n乙\\r丙\\n")
    '甲\\n乙\\n丙\\n'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


class TextField(forms.CharField):
    """Text typed into a form, its line ends as stored ("\\n"): a save that changes nothing is no
    change (QA: each save of an article rewrote its body with "\\r\\n" and moved every mention)."""

    def to_python(self, value):
        value = super().to_python(value)
        return one_line_end(value) if isinstance(value, str) else value


class LinesField(forms.CharField):
    """A list of names edited as text, one per line: "潘书记\\n小潘" ⇄ ["潘书记", "小潘"].

    With `commas`, commas (, and ，) separate names too (aliases; an author's line may hold one).
    Blank lines and surrounding spaces are dropped, repeats
    kept once, in order. A JSON list typed as such (["潘书记"]) is read as that list, so pasting the
    stored form still works; text that opens or closes like JSON and is no list of strings
    (["潘书记", "小潘", or an object {"a": 1}) is refused, never stored as a name (QA)."""

    widget = forms.Textarea(attrs={"rows": 3, "cols": 40})

    def __init__(self, *, max_item_length: int = 200, commas: bool = False, **kwargs) -> None:
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        self.max_item_length = max_item_length
        self.separators = r"[,，]" if commas else r"\n"
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(str(v) for v in value)
        return value

    def to_python(self, value) -> list[str]:
        if isinstance(value, list | tuple):
            items = [str(v) for v in value]
        else:
            text = (value or "").strip()
            if text.startswith(("[", "{")) or text.endswith(("]", "}")):  # JSON: a list of names, or refused
                try:
                    items = json.loads(text)
                except ValueError:
                    items = None
                if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
                    raise forms.ValidationError(
                        _("This is not a JSON list of names: write one name per line (or a JSON list)."),
                        code="invalid",
                    )
            else:
                items = [name for line in text.splitlines() for name in re.split(self.separators, line)]
        out: list[str] = []
        for item in items:
            item = item.strip()
            if item and item not in out:
                out.append(item)
        return out

    def validate(self, value: list[str]) -> None:
        if self.required and not value:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        for item in value:
            if len(item) > self.max_item_length:
                raise forms.ValidationError(
                    _("Each line can hold at most %(n)d characters.") % {"n": self.max_item_length},
                    code="max_length",
                )

    def run_validators(self, value) -> None:
        return None  # CharField's max_length validators measure a string; lengths are checked per line

    def has_changed(self, initial, data) -> bool:
        if self.disabled:
            return False
        try:
            return self.to_python(initial or []) != self.to_python(data)
        except forms.ValidationError:
            return True


def ignored(label, value) -> str:
    """The notice for a list parameter's value that was left out (never silently)."""
    return _("The %(facet)s filter “%(value)s” was ignored: %(why)s.") % {
        "facet": label,
        "value": str(value)[:40],
        "why": _("it is not a value of this filter"),
    }


def ignored_values(form: forms.Form) -> list[str]:
    """A notice for each parameter of a bound GET form whose value the form could not use."""
    return [ignored(form.fields[name].label, form.data.get(name)) for name in form.errors]


class ArticleListForm(forms.Form):
    """The /articles/ filters. An invalid value is dropped (the list shows as if it were not given)."""

    outlet = forms.IntegerField(required=False, min_value=1, max_value=2**31 - 1, label=_("Outlet"))
    # Years the date lookups can take (year 1 or 10000 would overflow once shifted to UTC).
    year = forms.IntegerField(required=False, min_value=1000, max_value=2999, label=_("Year"))
    month = forms.RegexField(required=False, regex=r"^[12]\d{3}-(0[1-9]|1[0-2])$", label=_("Month"))
    place = forms.IntegerField(required=False, min_value=1, max_value=2**31 - 1, label=_("Place"))
    sort = forms.ChoiceField(
        required=False,
        choices=[("newest", _("Newest first")), ("oldest", _("Oldest first"))],
        label=_("Order"),
    )

    def values(self) -> dict:
        """The filters; `notices` names each value given that is no value of its filter (it is left
        out, as search does, never silently)."""
        self.is_valid()
        data = {name: self.cleaned_data.get(name) or None for name in self.fields}
        data["notices"] = ignored_values(self)
        if data["month"]:
            year, month = data["month"].split("-")
            data["month"] = (int(year), int(month))
        data["oldest"] = data.pop("sort") == "oldest"
        return data


class EntityListForm(forms.Form):
    """The /people/, /organizations/ and /places/ list options: order, initial letter, kind, name. A
    value that is none of an option's is left out and named in `notices`, as on the article list."""

    LETTERS = "abcdefghijklmnopqrstuvwxyz"

    sort = forms.ChoiceField(
        required=False,
        choices=[("pinyin", _("By pinyin")), ("mentions", _("By number of articles"))],
        label=_("Order"),
    )
    letter = forms.ChoiceField(
        required=False, choices=[(c, c.upper()) for c in LETTERS], label=_("Initial letter")
    )
    kind = forms.ChoiceField(required=False, choices=[], label=_("Kind"))
    name = forms.CharField(required=False, max_length=50, label=_("Name contains"))

    def __init__(self, data=None, *, kinds: list[tuple[str, str]] | None = None) -> None:
        super().__init__(data)
        self.fields["kind"].choices = kinds or []

    def values(self) -> dict:
        self.is_valid()
        return {
            "order": self.cleaned_data.get("sort") or "pinyin",
            "letter": self.cleaned_data.get("letter") or "",
            "kind": self.cleaned_data.get("kind") or "",
            "name": " ".join((self.cleaned_data.get("name") or "").split()),
            "notices": ignored_values(self),
        }
