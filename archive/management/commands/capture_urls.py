"""python manage.py capture_urls FILE_OR_URL... — fetch URLs into a WARC file, then import it.

Arguments are URLs, or files listing one URL per line. The WARC is kept under
ARCHIVE_DATA_DIR/captures/; each URL that could not be captured is one line `URL: reason`.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.capture import parse_url_list, urls_capture_import
from archive.schema import require_current_schema


class Command(BaseCommand):
    help = "Capture web pages into a WARC file (robots.txt obeyed, polite delay) and import it"

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="+", metavar="FILE_OR_URL")
        parser.add_argument("--ignore-robots", action="store_true", help="fetch what robots.txt disallows")
        parser.add_argument("--delay", type=float, default=1.0, help="seconds between requests to one host")

    def handle(self, *args, sources: list[str], ignore_robots: bool, delay: float, **options):
        require_current_schema()
        urls: list[str] = []
        for source in sources:
            if source.startswith(("http://", "https://")):
                urls.append(source)
                continue
            try:
                urls += parse_url_list(Path(source).read_text(encoding="utf-8-sig"))
            except (OSError, UnicodeDecodeError) as exc:
                raise CommandError(f"{source}: not a URL, and not a readable list of URLs ({exc})") from None
        if not urls:
            raise CommandError("no URLs to capture")
        capture, report = urls_capture_import(urls=urls, ignore_robots=ignore_robots, delay=delay)
        for url, reason in capture.failures:
            self.stderr.write(f"{url}: {reason}")
        into = capture.warc_path if capture.written else "no WARC file (nothing was fetched)"
        self.stdout.write(f"captured {capture.fetched} of {len(urls)} URL(s) into {into}")
        for path, reason in report.failures:
            self.stderr.write(f"{path}: {reason}")
        failed = report.failed + len(capture.failures)
        self.stdout.write(f"imported {report.imported}, duplicate {report.duplicate}, failed {failed}")
        if report.index_error:
            raise CommandError(
                f"the articles are stored but the search index was not updated: {report.index_error}"
            )
        if failed:
            raise CommandError(
                f"{failed} URL(s) or record(s) could not be captured or imported", returncode=1
            )
