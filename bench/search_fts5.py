"""bench/search.py's reference: SQLite FTS5 over the same text, queried with the same mix.

An fts5 table with the trigram tokenizer; MATCH for queries of 3+ characters and LIKE for 1-2
characters (trigram cannot index those); outlet, year and people as columns for the filters; top 20
by rank plus the total.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path


def build_fts(path: Path) -> tuple[sqlite3.Connection, float]:
    """The FTS5 table of every article at path: (connection, seconds the build took)."""
    from archive.models import Article, Mention

    con = sqlite3.connect(path)
    started = time.perf_counter()
    con.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(title, body, outlet UNINDEXED, year UNINDEXED, "
        "persons UNINDEXED, tokenize='trigram')"
    )
    persons: dict[int, list[int]] = {}
    for aid, pid in Mention.objects.filter(person__isnull=False).values_list("article_id", "person_id"):
        persons.setdefault(aid, []).append(pid)
    rows = (
        (
            a.pk,
            a.title,
            a.body,
            a.outlet_id,
            a.published_at.year,
            "," + ",".join(map(str, persons.get(a.pk, []))) + ",",
        )
        for a in Article.objects.only("pk", "title", "body", "outlet_id", "published_at").iterator(
            chunk_size=2000
        )
    )
    con.executemany("INSERT INTO docs(rowid, title, body, outlet, year, persons) VALUES (?,?,?,?,?,?)", rows)
    con.commit()
    return con, time.perf_counter() - started


def time_fts(con: sqlite3.Connection, mix: list[tuple[str, dict]], repeat: int) -> list[float]:
    """Milliseconds per query of the mix (top 20 ids + the total), repeat times over."""
    from search.query import parse

    out = []
    for _ in range(repeat):
        for _kind, values in mix:
            term = parse(values["q"]).clauses[0].terms[0].text
            where, args = [], []
            if len(term) >= 3:
                where.append("docs MATCH ?")
                args.append('"' + term.replace('"', '""') + '"')
            else:
                where.append("(title LIKE ? OR body LIKE ?)")
                args += [f"%{term}%"] * 2
            if values.get("outlet"):
                where.append("outlet = ?")
                args.append(values["outlet"][0])
            if values.get("year"):
                where.append("year = ?")
                args.append(int(values["year"][0]))
            if values.get("person"):
                where.append("persons LIKE ?")
                args.append(f"%,{values['person'][0]},%")
            clause = " AND ".join(where)
            order = " ORDER BY rank" if len(term) >= 3 else ""
            t0 = time.perf_counter()
            con.execute(f"SELECT rowid FROM docs WHERE {clause}{order} LIMIT 20", args).fetchall()
            con.execute(f"SELECT count(*) FROM docs WHERE {clause}", args).fetchone()
            out.append((time.perf_counter() - t0) * 1000)
    return out
