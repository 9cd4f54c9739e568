"""The backup's serialisation: Django's JSON Lines with times kept to the microsecond.

Django's encoder (DjangoJSONEncoder) cuts times to milliseconds, as ECMAScript does; a restore of its
output moves every timestamp with microseconds (history dates, import and update times) and is not
exact. This format writes them in full ISO 8601; Django's JSON Lines deserializer reads them back as
they were. Registered as "archive_jsonl" (settings.SERIALIZATION_MODULES).

>>> from datetime import UTC, datetime
>>> ExactTimeEncoder().encode(datetime(2022, 4, 1, 8, 30, 5, 412, tzinfo=UTC))
'"2022-04-01T08:30:05.000412Z"'
"""

from __future__ import annotations

import datetime

from django.core.serializers import jsonl
from django.core.serializers.json import DjangoJSONEncoder


class ExactTimeEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime):
            text = o.isoformat()
            return text[:-6] + "Z" if text.endswith("+00:00") else text
        if isinstance(o, datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(jsonl.Serializer):
    def _init_options(self):
        super()._init_options()
        self.json_kwargs["cls"] = ExactTimeEncoder


Deserializer = jsonl.Deserializer
