"""The baseline our search is measured against: a stock Whoosh index with jieba's ChineseAnalyzer.

It indexes an export (title + body) exactly as the haystack tutorials do and serves the same
`/search/?q=&format=json&page=` contract, so `../shared/tools/eval_search.py` can score it:

    python manage.py export_articles --format jsonl --output /tmp/export.jsonl
    python bench/stock_jieba_search.py --export /tmp/export.jsonl --port 8012 &
    python ../shared/tools/eval_search.py --export /tmp/export.jsonl --base-url http://127.0.0.1:8012 \\
        --gold ../shared/gold/seeds_gold.json

Queries go through Whoosh's QueryParser the way haystack's `auto_query` sends them: words ANDed,
"quoted" text as a phrase. Nothing here is used by the archive itself.
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from jieba.analyse import ChineseAnalyzer
from whoosh import index
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import QueryParser

PER_PAGE = 20


def build(export: str, folder: str):
    schema = Schema(id=ID(stored=True, unique=True), text=TEXT(analyzer=ChineseAnalyzer()))
    ix = index.create_in(folder, schema)
    with ix.writer() as writer, open(export, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                writer.add_document(
                    id=str(row["id"]), text=(row.get("title") or "") + "\n" + (row.get("body") or "")
                )
    return ix


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--export", required=True)
    ap.add_argument("--port", type=int, default=8012)
    args = ap.parse_args()
    ix = build(args.export, tempfile.mkdtemp(prefix="stock-jieba-"))
    parser = QueryParser("text", schema=ix.schema)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            params = parse_qs(urlparse(self.path).query)
            q = params.get("q", [""])[0]
            page = max(1, int(params.get("page", ["1"])[0]))
            with ix.searcher() as searcher:
                hits = searcher.search_page(parser.parse(q), page, pagelen=PER_PAGE)
                results = [{"id": int(h["id"])} for h in hits] if hits.pagenum == page else []
                total = hits.total
            body = json.dumps(
                {
                    "query": q,
                    "total": total,
                    "page": page,
                    "num_pages": max(1, math.ceil(total / PER_PAGE)),
                    "results": results,
                    "facets": {},
                }
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
