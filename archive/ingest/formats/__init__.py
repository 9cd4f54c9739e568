"""Format readers behind `archive.ingest.read.read_file`: one module per kind of container.

Each reader turns one file (or one record of a web archive) into `RawDocument`s, `Skipped` lines for
what it leaves out, or raises `ReadError`. Readers that know trusted metadata (dataset columns,
front matter, WeChat page variables, WACZ pages.jsonl, SingleFile headers) put it into
`RawDocument.hints` under `archive:title`, `archive:published` (ISO date/time), `archive:source`,
`archive:author` and `archive:url` (`archive:captured` holds the capture date where one is known);
a dataset's columns may give `archive:subtitle`, `archive:site`, `archive:editors`,
`archive:contributed_by`, `archive:title_derived` and `archive:editor_note` too (the archive's own
export has them);
`clean.clean_page` prefers these to what it guesses from the text.
"""
