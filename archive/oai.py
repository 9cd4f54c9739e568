"""OAI-PMH 2.0 data provider at /oai/ (https://www.openarchives.org/OAI/openarchivesprotocol.html).

Records are articles, in `oai_dc`. A record's datestamp is the article's last save (`updated_at`:
edits, publish, hide, draft all move it), so incremental harvests with `from` see every change.
An article that is not public (draft or hidden) is a `deleted` record dated by the save that made
it so; an article removed from the database is a `deleted` record dated by its deletion in the
change history. `deletedRecord` is `transient`: deletions are reported for as long as the history
keeps them (it is never pruned by the archive itself, but a curator could).

Sets: `outlet` / `outlet:<id>` and `year` / `year:<yyyy>` (publication year, China time).
Resumption tokens are stateless: the request's arguments and the (datestamp, id) of the last record
sent, signed with the site's secret key (`django.core.signing`) and valid for a day, so a harvest
resumes exactly where it stopped even while records change. Written with the standard library's
ElementTree: the server libraries on PyPI were not a fit (see README, "Data out"). Which records
there are, and their datestamps and sets, is archive/oai_records.py.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from archive import oai_records as records
from archive.citations import full_title, work_of
from archive.ids import id_from
from archive.models import Article
from archive.oai_records import GRANULARITY, Item, OAIError
from archive.text import xml_safe

OAI = "http://www.openarchives.org/OAI/2.0/"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
for _prefix, _uri in (("", OAI), ("oai_dc", OAI_DC), ("dc", DC), ("xsi", XSI)):
    ET.register_namespace(_prefix, _uri)

RESUMPTION_SALT = "archive.oai.resumption"
TOKEN_MAX_AGE = timedelta(days=1)
FORMATS = {"oai_dc": ("http://www.openarchives.org/OAI/2.0/oai_dc.xsd", OAI_DC)}
VERBS = {  # verb: (required, optional, exclusive)
    "Identify": (set(), set(), None),
    "ListMetadataFormats": (set(), {"identifier"}, None),
    "ListSets": (set(), set(), "resumptionToken"),
    "ListIdentifiers": ({"metadataPrefix"}, {"from", "until", "set"}, "resumptionToken"),
    "ListRecords": ({"metadataPrefix"}, {"from", "until", "set"}, "resumptionToken"),
    "GetRecord": ({"identifier", "metadataPrefix"}, set(), None),
}


def page_size() -> int:
    return settings.ARCHIVE_OAI_PAGE_SIZE


def repository_id(request: HttpRequest) -> str:
    return settings.ARCHIVE_OAI_REPOSITORY_ID or request.get_host().split(":")[0]


def oai_identifier(request: HttpRequest, pk: int) -> str:
    return f"oai:{repository_id(request)}:article/{pk}"


def _pk_of(request: HttpRequest, identifier: str) -> int | None:
    prefix = f"oai:{repository_id(request)}:article/"
    rest = identifier[len(prefix) :] if identifier.startswith(prefix) else ""
    return id_from(rest)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _text(value: object) -> str:
    return xml_safe(value)


def _sub(parent: ET.Element, tag: str, text: object = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = _text(text)
    return element


def _header(request: HttpRequest, parent: ET.Element, item: Item) -> None:
    header = _sub(parent, "header", **({"status": "deleted"} if item.deleted else {}))
    _sub(header, "identifier", oai_identifier(request, item.pk))
    _sub(header, "datestamp", _stamp(item.stamp))
    for spec in records.set_specs(item):
        _sub(header, "setSpec", spec)


def _dc_date(article: Article) -> str | None:
    """W3CDTF: the day (or only the month, the year), or the moment with China's offset when the page
    gave the time."""
    if not article.published_at:
        return None
    if article.date_precision == Article.DatePrecision.DATETIME:
        return timezone.localtime(article.published_at).isoformat(timespec="seconds")
    return article.published_iso


def _dublin_core(request: HttpRequest, parent: ET.Element, article: Article) -> None:
    dc = ET.SubElement(parent, f"{{{OAI_DC}}}dc")
    dc.set(f"{{{XSI}}}schemaLocation", f"{OAI_DC} {FORMATS['oai_dc'][0]}")

    def add(tag: str, value: object) -> None:
        if value:
            _sub(dc, f"{{{DC}}}{tag}", value)

    add("title", full_title(article))
    for name in article.authors or []:
        add("creator", name)
    work = work_of(article, request.build_absolute_uri(article.get_absolute_url()))
    add("publisher", work.outlet or work.site)  # "来源：网络" (from the web) is no publisher
    add("date", _dc_date(article))
    add("identifier", work.permalink)
    add("source", article.url)
    add("language", "zh")
    seen = set()
    for m in article.subject_mentions:
        name = m.person.name if m.person_id else m.place.name
        if name not in seen:
            seen.add(name)
            add("subject", name)
    add("type", "Text")
    for capture in article.captures.all():
        add(
            "relation", request.build_absolute_uri(reverse("archive:capture-download", args=[capture.sha256]))
        )


def _record(request: HttpRequest, parent: ET.Element, item: Item) -> None:
    record = _sub(parent, "record")
    _header(request, record, item)
    if not item.deleted and item.article is not None:
        _dublin_core(request, _sub(record, "metadata"), item.article)


# -- the verbs --------------------------------------------------------------------------------


def _identify(request: HttpRequest, root: ET.Element, args: dict) -> None:
    body = _sub(root, "Identify")
    _sub(body, "repositoryName", "社区抗疫故事档案 · Community Response Archive")
    _sub(body, "baseURL", request.build_absolute_uri(reverse("oai")))
    _sub(body, "protocolVersion", "2.0")
    _sub(body, "adminEmail", settings.ARCHIVE_OAI_ADMIN_EMAIL)
    earliest = records.earliest_datestamp()
    _sub(body, "earliestDatestamp", _stamp(earliest) if earliest else "1970-01-01T00:00:00Z")
    _sub(body, "deletedRecord", "transient")
    _sub(body, "granularity", GRANULARITY)


def _metadata_formats(request: HttpRequest, root: ET.Element, args: dict) -> None:
    if "identifier" in args and records.find(_pk_of(request, args["identifier"]), args["identifier"]).deleted:
        raise OAIError("noMetadataFormats", "The record is deleted: it has no metadata.")
    body = _sub(root, "ListMetadataFormats")
    for prefix, (schema, namespace) in FORMATS.items():
        fmt = _sub(body, "metadataFormat")
        _sub(fmt, "metadataPrefix", prefix)
        _sub(fmt, "schema", schema)
        _sub(fmt, "metadataNamespace", namespace)


def _list_sets(request: HttpRequest, root: ET.Element, args: dict) -> None:
    if "resumptionToken" in args:
        raise OAIError("badResumptionToken", "ListSets is never split: this token was not issued here.")
    sets = records.sets()
    if not sets:
        raise OAIError("noSetHierarchy", "The archive has no sets yet (no outlets, no dated articles).")
    body = _sub(root, "ListSets")
    for spec, name in sets:
        element = _sub(body, "set")
        _sub(element, "setSpec", spec)
        _sub(element, "setName", name)


def _list(request: HttpRequest, root: ET.Element, args: dict, verb: str) -> None:
    cursor, after = 0, None
    if "resumptionToken" in args:
        try:
            state = signing.loads(
                args["resumptionToken"], salt=RESUMPTION_SALT, max_age=TOKEN_MAX_AGE.total_seconds()
            )
            if state["verb"] != verb:
                raise ValueError("a token of another verb")
            args = {k: v for k, v in state["args"].items() if v is not None}
            after = (datetime.fromisoformat(state["after"][0]), int(state["after"][1]))
            cursor = int(state["cursor"])
        except (signing.BadSignature, KeyError, TypeError, ValueError, IndexError):
            raise OAIError("badResumptionToken", "The resumption token is invalid or has expired.") from None
    if args["metadataPrefix"] not in FORMATS:
        raise OAIError("cannotDisseminateFormat", f"Unknown metadata format: {args['metadataPrefix']}")
    if args.get("set") and not records.sets():
        raise OAIError("noSetHierarchy", "The archive has no sets yet.")
    limit = page_size()
    items, more, total = records.items(args, after, limit)
    if not items and cursor == 0:
        raise OAIError("noRecordsMatch", "No records match these arguments.")
    body = _sub(root, verb)
    if verb == "ListRecords":
        records.with_articles(items)
        for item in items:
            _record(request, body, item)
    else:
        for item in items:
            _header(request, body, item)
    if more or cursor:
        token = _sub(body, "resumptionToken", cursor=str(cursor), completeListSize=str(total))
        if more:
            last = items[-1]
            token.text = signing.dumps(
                {
                    "verb": verb,
                    "args": {k: args.get(k) for k in ("metadataPrefix", "from", "until", "set")},
                    "after": [last.stamp.isoformat(), last.pk],
                    "cursor": cursor + len(items),
                },
                salt=RESUMPTION_SALT,
                compress=True,
            )
            token.set("expirationDate", _stamp(datetime.now(UTC) + TOKEN_MAX_AGE))


def _get_record(request: HttpRequest, root: ET.Element, args: dict) -> None:
    if args["metadataPrefix"] not in FORMATS:
        raise OAIError("cannotDisseminateFormat", f"Unknown metadata format: {args['metadataPrefix']}")
    item = records.find(_pk_of(request, args["identifier"]), args["identifier"])
    records.with_articles([item])
    _record(request, _sub(root, "GetRecord"), item)


HANDLERS = {
    "Identify": _identify,
    "ListMetadataFormats": _metadata_formats,
    "ListSets": _list_sets,
    "ListIdentifiers": lambda request, root, args: _list(request, root, args, "ListIdentifiers"),
    "ListRecords": lambda request, root, args: _list(request, root, args, "ListRecords"),
    "GetRecord": _get_record,
}


def _arguments(request: HttpRequest) -> tuple[str, dict]:
    """The verb and its arguments, checked against the protocol's rules (badVerb / badArgument)."""
    data = request.POST if request.method == "POST" else request.GET
    verbs = data.getlist("verb")
    if len(verbs) != 1 or verbs[0] not in VERBS:
        raise OAIError("badVerb", "Missing, repeated or unknown verb.")
    verb = verbs[0]
    required, optional, exclusive = VERBS[verb]
    args = {}
    for key in data:
        if key == "verb":
            continue
        values = data.getlist(key)
        if len(values) != 1:
            raise OAIError("badArgument", f"Repeated argument: {key}")
        if key not in required | optional and key != exclusive:
            raise OAIError("badArgument", f"Illegal argument for {verb}: {key}")
        args[key] = values[0]
    if exclusive and exclusive in args:
        if len(args) > 1:
            raise OAIError("badArgument", f"{exclusive} is an exclusive argument.")
        return verb, args
    missing = required - set(args)
    if missing:
        raise OAIError("badArgument", f"Missing argument(s): {', '.join(sorted(missing))}")
    return verb, args


@csrf_exempt  # harvesters may POST (protocol section 3.1.1.2); nothing is changed by a request
def endpoint(request: HttpRequest) -> HttpResponse:
    root = ET.Element(f"{{{OAI}}}OAI-PMH")
    root.set(f"{{{XSI}}}schemaLocation", f"{OAI} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd")
    _sub(root, "responseDate", _stamp(datetime.now(UTC)))
    request_element = _sub(root, "request", request.build_absolute_uri(reverse("oai")))
    try:
        verb, args = _arguments(request)
        request_element.set("verb", verb)
        for key, value in args.items():
            request_element.set(key, _text(value))
        HANDLERS[verb](request, root, args)
    except OAIError as error:
        for child in list(root)[2:]:
            root.remove(child)
        if error.code in ("badVerb", "badArgument"):
            request_element.attrib.clear()  # the protocol says: echo no attributes then
        _sub(root, "error", error.message, code=error.code)
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    return HttpResponse(
        '<?xml version="1.0" encoding="UTF-8"?>\n' + body, content_type="text/xml; charset=utf-8"
    )
