"""import_articles on what researchers hold: a real wget crawl of a local site, revisits, WeChat pages
in a WARC, datasets with --map; and the safety cases (symlinks, non-http records, a decompression bomb
measured in a child process). Real database, real processes; only 127.0.0.1 is ever contacted."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.models import Article, Capture
from tests.archive.ingest.test_formats_web import P1, P2, P3, WECHAT
from tests.archive.local_site import Route, page, serve
from tests.conftest import run_import
from tests.processes import import_in_a_child

pytestmark = pytest.mark.django_db

P4 = "光明新村的核酸检测点设在篮球场，医护人员从早上七点忙到深夜。"
P5 = "团结社区的快递驿站改成了无接触取件，志愿者把包裹送到每家门口。"
P6 = "胜利路的菜场重新开门那天，摊主们给值守的党员送来一筐青菜。"


def _site() -> dict[str, Route]:
    return {
        "/": Route(
            page(
                "社区的一天",
                P5,
                P6,
                links=("a.html", "b.html", "gbk.html", "big5.html", "old.html"),
                extra_head='<link rel="stylesheet" href="style.css">',
            )
            .replace("</body>", '<img src="logo.png"></body>')
            .encode()
        ),
        "/a.html": Route(page("清晨的值守点", P1, P2).encode(), encoding="gzip"),
        "/b.html": Route(page("送馒头的老人", P3, P1).encode(), chunked=True),
        "/gbk.html": Route(  # the charset is only in the HTTP header
            page("篮球场上的检测点", P4, P3).encode("gbk"),
            content_type="text/html; charset=gbk",
            chunked=True,
        ),
        "/big5.html": Route(  # the charset only in the page's meta tag
            page(
                "社區防疫", "社區黨員志願者在隔離點值守，為居民服務。", extra_head='<meta charset="big5">'
            ).encode("big5"),
            content_type="text/html",
        ),
        "/old.html": Route(b"", status=301, headers={"Location": "/c.html"}),
        "/c.html": Route(page("菜场重新开门", P6, P4, P2).encode(), encoding="deflate"),
        "/style.css": Route(b"body { color: #333 }", content_type="text/css"),
        "/logo.png": Route(b"\x89PNG\r\n\x1a\n" + bytes(64), content_type="image/png"),
    }


@pytest.mark.skipif(shutil.which("wget") is None, reason="wget is not installed")
def test_a_wget_crawl_imports_its_pages_and_nothing_else(tmp_path):
    with serve(_site()) as base:
        subprocess.run(
            [
                shutil.which("wget"),
                "-r",
                "-l",
                "2",
                "-q",
                f"--warc-file={tmp_path / 'crawl'}",
                "-P",
                str(tmp_path / "mirror"),
                base + "/",
            ],
            timeout=120,
            check=False,  # wget exits 8 for the 404 of robots.txt
        )
    warc = tmp_path / "crawl.warc.gz"
    assert warc.exists()
    code, out, err = run_import(warc)
    assert code == 0, err
    assert "imported 6, duplicate 0, failed 0" in out
    titles = dict(Article.objects.values_list("url", "title"))
    assert titles == {
        f"{base}/": "社区的一天",
        f"{base}/a.html": "清晨的值守点",  # gzip
        f"{base}/b.html": "送馒头的老人",  # chunked
        f"{base}/gbk.html": "篮球场上的检测点",  # GBK from the HTTP header, chunked
        f"{base}/big5.html": "社區防疫",  # Big5
        f"{base}/c.html": "菜场重新开门",  # reached through the redirect (not a page itself), deflate
    }
    assert Article.objects.get(url=f"{base}/gbk.html").body == f"{P4}\n{P3}"
    assert not Article.objects.filter(body__contains='"-r"').exists()  # wget's command line is not an article


def _warc(path: Path, records) -> Path:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body, extra in records:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8"), *extra], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )
    return path


def test_a_revisit_is_one_more_capture_of_its_article(tmp_path):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    original = writer.create_warc_record(
        "http://a.example.cn/1.html",
        "response",
        payload=io.BytesIO(page("清晨的值守点", P1, P2).encode()),
        http_headers=headers,
    )
    writer.write_record(original)
    digest = original.rec_headers.get_header("WARC-Payload-Digest")
    writer.write_record(
        writer.create_revisit_record(
            "http://a.example.cn/1.html", digest, "http://a.example.cn/1.html", "2022-04-01T00:00:00Z"
        )
    )
    warc = tmp_path / "twice.warc.gz"
    warc.write_bytes(buffer.getvalue())
    code, out, err = run_import(warc)
    assert code == 0, err
    assert "imported 1, duplicate 1, failed 0" in out
    article = Article.objects.get()
    assert [c.format for c in article.captures.all()] == ["warc", "warc"]
    assert len({c.warc_record_id for c in article.captures.all()}) == 2
    first, revisit = article.captures.all()  # the revisit's kept bytes are its record's headers
    assert first.download_name.endswith(".html") and revisit.download_name.endswith(".warc")
    assert revisit.encoding == "utf-8"  # it was labelled with the original page's encoding


def test_a_wechat_article_in_a_warc_keeps_its_account_and_time(tmp_path):
    markup = WECHAT.replace("{visible}", "").replace("{p1}", P1).replace("{p2}", P2).replace("{p3}", P3)
    warc = _warc(tmp_path / "wechat.warc.gz", [("https://mp.weixin.qq.com/s/AbCdEf123", markup.encode(), [])])
    code, out, err = run_import(warc)
    assert code == 0, err
    article = Article.objects.get()
    assert (article.title, article.outlet.name, article.authors) == (
        "和平社区的清晨：志愿者守好小区门",
        "和平街道社区服务中心",
        ["陈晓东"],
    )
    assert (
        timezone.localtime(article.published_at).strftime("%Y-%m-%d %H:%M") == "2020-03-08 11:00"
        and article.body == f"{P1}\n{P2}\n{P3}"
    )


def test_non_http_response_records_are_reported(tmp_path):
    warc = _warc(
        tmp_path / "mixed.warc.gz",
        [
            ("ftp://files.example.cn/a.html", page("文件", P1).encode(), []),
            ("http://a.example.cn/2.html", page("网页", P3, P4).encode(), []),
        ],
    )
    code, out, err = run_import(warc)
    assert code == 1 and "imported 1, duplicate 0, failed 1" in out
    assert f"{warc}#ftp://files.example.cn/a.html: not a web page: ftp URI" in err


def test_a_dataset_imports_through_the_command_with_a_column_map(tmp_path):
    path = tmp_path / "scraped.csv"
    path.write_text(
        "headline,story_text,when,paper\n"
        f'清晨的值守点,"{P1}\n{P2}",2020-03-08,和平街道社区服务中心\n'
        f"篮球场上的检测点,<p>{P4}</p><p>{P3}</p>,2022-04-06,光明日报社区版\n",
        encoding="utf-8",
    )
    code, out, err = run_import(path)
    assert code == 1 and "no body column" in err  # without the map: one clear line
    out_io, err_io = io.StringIO(), io.StringIO()
    call_command(
        "import_articles",
        str(path),
        "--map",
        "title=headline,body=story_text,date=when,source=paper",
        "--no-progress",
        stdout=out_io,
        stderr=err_io,
    )
    assert "imported 2, duplicate 0, failed 0" in out_io.getvalue()
    rows = list(
        Article.objects.order_by("published_at").values_list("title", "outlet__name", "published_at__year")
    )
    assert rows == [
        ("清晨的值守点", "和平街道社区服务中心", 2020),
        ("篮球场上的检测点", "光明日报社区版", 2022),
    ]
    capture = Capture.objects.get(article__title="篮球场上的检测点")
    assert (capture.file_name, capture.source_path, capture.format) == ("scraped.csv", f"{path}#row 3", "csv")
    kept = json.loads((_data_dir() / capture.storage_path).read_bytes())  # the original row is the capture
    assert (kept["row"], kept["columns"]["headline"], kept["source_file"]) == (
        3,
        "篮球场上的检测点",
        "scraped.csv",
    )


def test_json_records_are_read_each_by_its_own_keys(tmp_path):
    array = tmp_path / "scraped.json"
    array.write_text(
        json.dumps(
            [{"title": "只有标题"}, {"title": "有正文", "content": "社区民警丁四在路口执勤。"}],
            ensure_ascii=False,
        )
    )
    code, out, err = run_import(array)
    assert code == 1 and "imported 1, duplicate 0, failed 1" in out
    assert f"{array}#row 1: no body column (正文/内容/content/text/body) in the header: title" in err
    assert f"{array}#row 2" not in err
    lines = tmp_path / "scraped.jsonl"
    lines.write_text(
        "\n".join(
            json.dumps(record, ensure_ascii=False)
            for record in (
                {"title": "清晨的值守点", "content": P1},
                {"title": "篮球场上的检测点", "text": P4, "date": "2021-01-02"},
                {"title": "快递驿站", "content": P5, "date": "2021-01-03"},
            )
        )
        + "\n"
    )
    code, out, err = run_import(lines)
    assert (code, err) == (0, "") and "imported 3, duplicate 0, failed 0" in out
    dated = Article.objects.filter(published_at__isnull=False).order_by("published_at")
    assert [(a.title, timezone.localdate(a.published_at).isoformat()) for a in dated] == [
        ("篮球场上的检测点", "2021-01-02"),
        ("快递驿站", "2021-01-03"),
    ]


def _data_dir() -> Path:
    from django.conf import settings

    return Path(settings.ARCHIVE_DATA_DIR)


def test_a_bad_map_is_refused_before_anything_is_read(tmp_path):
    code, out, err = run_import_with_map(tmp_path, "colour=red")
    assert code == 1 and "--map 'colour=red': expected FIELD=COLUMN" in err


def run_import_with_map(tmp_path: Path, spec: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_articles", str(tmp_path), "--map", spec, "--no-progress", stdout=out, stderr=err)
        return 0, out.getvalue(), err.getvalue()
    except Exception as exc:
        return getattr(exc, "returncode", 1), out.getvalue(), err.getvalue() + str(exc)


def test_a_symlink_inside_a_folder_is_reported_and_not_followed(tmp_path):
    folder = tmp_path / "import"
    folder.mkdir()
    (folder / "story.txt").write_text(f"清晨的值守点\n{P1}\n{P2}")
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:不应公开的系统文件内容:/root:/bin/bash")
    (folder / "passwd.txt").symlink_to(secret)
    code, out, err = run_import(folder)
    assert code == 1 and "imported 1, duplicate 0, failed 1" in out
    assert f"{folder / 'passwd.txt'}: symbolic link inside a folder: not followed" in err
    assert not Article.objects.filter(body__contains="root:x").exists()


def _bomb_warc(path: Path) -> Path:
    """One 1 GB page compressed to about 1 MB (gzip Content-Encoding), then a good page."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [packer.compress(b"<html><body><p>")]
    zeros = bytes(1 << 20)
    parts += [packer.compress(zeros) for _ in range(1024)]
    parts.append(packer.flush())
    bomb = b"".join(parts)
    assert len(bomb) < 2 * 1024 * 1024
    return _warc(
        path,
        [
            ("http://a.example.cn/bomb.html", bomb, [("Content-Encoding", "gzip")]),
            ("http://a.example.cn/ok.html", page("清晨的值守点", P1, P2).encode(), []),
        ],
    )


@pytest.mark.skipif(sys.platform != "linux", reason="peak RSS in KB is Linux's getrusage")
def test_a_decompression_bomb_is_refused_in_bounded_memory(tmp_path):
    small = _warc(
        tmp_path / "small.warc.gz",
        [("http://a.example.cn/ok.html", page("清晨的值守点", P1, P2).encode(), [])],
    )
    bomb = _bomb_warc(tmp_path / "bomb.warc.gz")
    base_code, base_out, base_peak = import_in_a_child(tmp_path / "base", small)
    assert base_code == 0, base_out
    code, out, peak = import_in_a_child(tmp_path / "bomb", bomb)
    assert code == 1 and "imported 1, duplicate 0, failed 1" in out and "Traceback" not in out
    assert "bomb.html: decoded payload is over the 33,554,432-byte limit for one page" in out
    # 1 GB inflated would need 1 GB; the limit (32 MB) plus a block is all it may cost
    assert peak - base_peak < 80, (base_peak, peak)


def test_a_markdown_site_folder_imports_its_posts_and_reports_its_assets(tmp_path):
    site = tmp_path / "blog"
    (site / "_posts").mkdir(parents=True)
    (site / "assets").mkdir()
    (site / "_config.yml").write_text("title: 社区记忆\n")
    (site / "assets" / "site.css").write_text("body { color: #333 }")
    (site / "_posts" / "2020-03-08-morning.md").write_text(
        "---\ntitle: 清晨的值守点\ndate: 2020-03-08\nauthor: 陈晓东\nsource: 和平街道社区服务中心\n---\n"
        f"{P1}\n\n{P2}\n"
    )
    (site / "_posts" / "2022-04-06-court.markdown").write_text(
        f'+++\ntitle = "篮球场上的检测点"\ndate = 2022-04-06\n+++\n{P4}\n\n{P3}\n'
    )
    code, out, err = run_import(site)
    assert code == 0 and "imported 2, duplicate 0, failed 0" in out  # assets are no failure (exit 1 before)
    assert sorted(line for line in err.splitlines() if line.startswith(str(site))) == [
        f"{site / '_config.yml'}: .yml file: not a page (a site's asset)",
        f"{site / 'assets' / 'site.css'}: .css file: not a page (a site's asset)",
    ]
    first = Article.objects.get(title="清晨的值守点")
    assert (first.outlet.name, first.authors, first.published_at.year) == (
        "和平街道社区服务中心",
        ["陈晓东"],
        2020,
    )
    assert Article.objects.get(title="篮球场上的检测点").body == f"{P4}\n{P3}"


def test_a_crawl_page_downloads_as_the_page_it_is_not_as_the_crawl_file(tmp_path, client):
    """The capture of a WARC record is its page's bytes (the SHA-256 is theirs): named as a page."""
    warc = _warc(
        tmp_path / "crawl.warc.gz",
        [("http://a.example.cn/1.html", page("清晨的值守点", P1, P2).encode(), [])],
    )
    code, _out, err = run_import(warc)
    assert code == 0, err
    capture = Capture.objects.get()
    record = capture.warc_record_id.rsplit(":", 1)[-1].replace("-", "")[:12]
    download = client.get(f"/captures/{capture.sha256}/")
    assert f'filename="crawl.warc.gz-record-{record}.html"' in download["Content-Disposition"]
    assert b"".join(download.streaming_content).startswith(b"<")
