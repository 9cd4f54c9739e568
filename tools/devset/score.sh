#!/usr/bin/env bash
# score.sh WORKTREE TAG SETDIR [eval options]: export one set with WORKTREE's code and score it against SETDIR/gold.json;
# the export is kept at /tmp/score_<set>_<TAG>.jsonl. SHARED defaults to the repository's sibling ../shared.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=${SHARED:-$HERE/../../../shared}
WT=$1; TAG=$2; SET=$3; shift 3
N=$(basename "$SET")
OUT=/tmp/score_${N}_${TAG}.jsonl
"$HERE/export.sh" "$WT" "$SET" "$OUT"
python3 "$SHARED/tools/eval_extraction.py" "$SET/gold.json" "$OUT" "$@"
