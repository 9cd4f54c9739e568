#!/usr/bin/env bash
# export.sh WORKTREE SETDIR OUT: a fresh import of SETDIR's page files (*.txt) with WORKTREE's code, into a temporary
# data folder, exported as JSON Lines to OUT (the format ../shared/tools/eval_extraction.py reads).
set -euo pipefail
WT=$(cd "$1" && pwd); SET=$(cd "$2" && pwd); OUT=$3
D=$(mktemp -d); mkdir -p "$D/in"
cp "$SET"/*.txt "$D/in/"
cd "$WT"
export DJANGO_DEBUG=1 ARCHIVE_DATA_DIR=$D/data
.venv/bin/python manage.py migrate -v0 >/dev/null
.venv/bin/python manage.py import_articles --no-progress "$D/in" > "$D/import.log" 2>&1 || true
tail -1 "$D/import.log" >&2
.venv/bin/python manage.py export_articles --format jsonl --output "$OUT"
rm -rf "$D"
