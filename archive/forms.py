"""Forms of the archive: the curators' one-name-per-line list field (aliases, authors, editors) and the
GET forms of the public lists (article filters, name filter), which parse every query parameter."""

from __future__ import annotations

import json

from django import forms
from django.utils.translation import gettext_lazy as _


class LinesField(forms.CharField):
    """A list of names edited as text, one per line: "潘书记\\n小潘" ⇄ ["潘书记", "小潘"].

    Blank lines and surrounding spaces are dropped, repeats kept once, in order. A JSON list typed
    as such (["潘书记"]) is read as that list, so pasting the stored form still works."""

    widget = forms.Textarea(attrs={"rows": 3, "cols": 40})

    def __init__(self, *, max_item_length: int = 200, **kwargs) -> None:
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        self.max_item_length = max_item_length
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
            items = None
            if text.startswith("["):
                try:
                    parsed = json.loads(text)
                except ValueError:
                    parsed = None
                if isinstance(parsed, list) and all(isinstance(v, str) for v in parsed):
                    items = parsed
            if items is None:
                items = text.splitlines()
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
        return self.to_python(initial or []) != self.to_python(data)
