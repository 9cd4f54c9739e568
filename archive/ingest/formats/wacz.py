"""WACZ packages (Browsertrix, ArchiveWeb.page, pywb): a zip of WARCs plus an index of pages.

Contract: `read_wacz(path, max_bytes)` reads every `archive/*.warc[.gz]` member record by record (as
`read_warc` does), and gives each page the title and capture time that `pages/pages.jsonl` (and
`pages/extraPages.jsonl`) records for its URL. `datapackage.json` must be there (it is what makes a
zip a WACZ). A revisit may refer to a record in another WARC of the same package.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

from ..read import RawDocument, ReadError, Skipped
from .warc import WarcState, read_warc

_MAX_INDEX_BYTES = 64 * 1024 * 1024  # pages.jsonl of a very large crawl; more is not an index


def is_wacz(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as package:
            return "datapackage.json" in package.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _page_index(package: zipfile.ZipFile) -> dict[str, dict[str, str]]:
    pages: dict[str, dict[str, str]] = {}
    for name in ("pages/pages.jsonl", "pages/extraPages.jsonl"):
        try:
            info = package.getinfo(name)
        except KeyError:
            continue
        if info.file_size > _MAX_INDEX_BYTES:
            raise ReadError(f"{name} is {info.file_size:,} bytes: too large to be a page index")
        with package.open(info) as handle:
            for line in handle:
                try:
                    row = json.loads(line)
                except ValueError:
                    continue
                if isinstance(row, dict) and isinstance(row.get("url"), str):
                    pages.setdefault(
                        row["url"], {"title": str(row.get("title") or ""), "ts": str(row.get("ts") or "")}
                    )
    return pages


def read_wacz(path: Path, max_bytes: int | None) -> Iterator[RawDocument | Skipped]:
    """Yield the pages of a WACZ file; raise ReadError if it is not one or is damaged."""
    try:
        package = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ReadError("not a WACZ file (not a ZIP package, as every .wacz is)") from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    with package:
        names = package.namelist()
        if "datapackage.json" not in names:
            raise ReadError("zip file without datapackage.json: not a WACZ package")
        warcs = sorted(
            n for n in names if n.startswith("archive/") and n.lower().endswith((".warc", ".warc.gz"))
        )
        if not warcs:
            raise ReadError("WACZ package holds no archive/*.warc.gz files")
        pages = _page_index(package)
        state = WarcState()
        for member in warcs:
            try:
                yield from read_warc(
                    lambda member=member: package.open(member),
                    label=f"{path}#{member}",
                    max_bytes=max_bytes,
                    pages=pages,
                    state=state,
                )
            except zipfile.BadZipFile as exc:
                raise ReadError(f"damaged WACZ member {member}: {exc}") from None
            except ReadError as exc:  # a WARC of the package cut short: name it (its earlier pages are in)
                raise ReadError(f"{member}: {exc}") from None
        if not state.pages and not state.reported:
            raise ReadError("WACZ package holds no text or HTML pages of http(s) URLs")
