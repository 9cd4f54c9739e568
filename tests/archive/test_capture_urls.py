"""capture_urls: a local site on 127.0.0.1 is captured into a WARC (request and response records),
robots.txt obeyed unless told otherwise, one line per failure, then imported."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from warcio.archiveiterator import ArchiveIterator

from archive.models import Article
from tests.archive.local_site import Route, page, serve

pytestmark = pytest.mark.django_db

P1 = "三月初，和平社区的志愿者每天清晨在小区门口为居民测量体温。"
P2 = "社区党委书记王建华说，四十多名党员分成六个小组，轮流守在各个楼栋。"
P3 = "居民李秀英今年七十二岁，她把自己做的馒头送到了值守点。"
P4 = "光明新村的核酸检测点设在篮球场，医护人员从早上七点忙到深夜。"

SITE = {
    "/robots.txt": Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"),
    "/news/1.html": Route(page("清晨的值守点", P1, P2).encode(), encoding="gzip"),
    "/news/2.html": Route(page("送馒头的老人", P3, P1).encode(), chunked=True),
    "/old": Route(b"", status=302, headers={"Location": "/news/3.html"}),
    "/news/3.html": Route(page("篮球场上的检测点", P4, P3).encode(), encoding="br"),
    "/private/4.html": Route(page("不该抓取的页面", P2, P4).encode()),
}


def capture(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("capture_urls", *args, stdout=out, stderr=err)
        return 0, out.getvalue(), err.getvalue()
    except Exception as exc:  # CommandError carries the exit status
        return getattr(exc, "returncode", 1), out.getvalue(), err.getvalue() + str(exc)


def _records(settings) -> list[tuple[str, str]]:
    [warc] = (Path(settings.ARCHIVE_DATA_DIR) / "captures").glob("capture-*.warc.gz")
    with warc.open("rb") as handle:
        return [
            (r.rec_type, r.rec_headers.get_header("WARC-Target-URI") or "") for r in ArchiveIterator(handle)
        ]


def test_it_captures_a_url_list_obeys_robots_and_reports_each_failure(settings, tmp_path):
    log: list[tuple[str, float]] = []
    with serve(SITE, log) as base:
        urls = tmp_path / "urls.txt"
        paths = ["/news/1.html", "/news/2.html", "/old", "/private/4.html", "/missing.html"]
        urls.write_text("# 社区报道\n" + "\n".join(base + p for p in paths) + "\n\n")
        code, out, err = capture(str(urls), "--delay", "0.2")
    assert code == 1
    assert err.splitlines()[:2] == [
        f"{base}/private/4.html: disallowed by the site's robots.txt (not fetched)",
        f"{base}/missing.html: HTTP 404 Not Found",
    ]
    assert "captured 3 of 5 URL(s)" in out and "imported 3, duplicate 0, failed 2" in out
    assert sorted(Article.objects.values_list("title", flat=True)) == sorted(
        ["清晨的值守点", "送馒头的老人", "篮球场上的检测点"]
    )
    assert Article.objects.get(title="篮球场上的检测点").url == f"{base}/news/3.html"  # after the redirect
    records = _records(settings)
    assert records[0] == ("warcinfo", "")
    for path in ("/news/1.html", "/old", "/news/3.html", "/missing.html"):
        assert ("response", base + path) in records and ("request", base + path) in records
    assert not any("/private/" in uri for _, uri in records)
    # robots.txt read once; requests to the one host at least --delay apart
    assert [p for p, _ in log].count("/robots.txt") == 1 and "/private/4.html" not in [p for p, _ in log]
    # (arrival times jitter with the machine's load; the spacing shows in the span of all of them)
    times = [t for _, t in log]
    assert times[-1] - times[0] >= (len(times) - 1) * 0.2 - 0.1, times


def test_ignore_robots_fetches_what_robots_txt_disallows(settings):
    with serve(SITE) as base:
        code, out, err = capture(f"{base}/private/4.html", "--ignore-robots", "--delay", "0")
    assert code == 0, err
    assert Article.objects.get().title == "不该抓取的页面"


def test_unreachable_and_non_http_urls_are_one_line_each(tmp_path):
    with serve(SITE) as base:
        pass  # the server is gone: its port refuses connections
    code, out, err = capture(f"{base}/news/1.html", str(tmp_path / "none.txt"), "--delay", "0")
    assert code == 1 and "not a URL, and not a readable list of URLs" in err
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{base}/news/1.html\nftp://127.0.0.1/a.html\n")
    code, out, err = capture(str(listing), "--delay", "0")
    assert code == 1 and "captured 0 of 2 URL(s)" in out and "imported 0, duplicate 0, failed 2" in out
    assert f"{base}/news/1.html: cannot fetch: ConnectionRefusedError" in err
    assert "ftp://127.0.0.1/a.html: not an http(s) URL" in err
    assert not Article.objects.exists()
