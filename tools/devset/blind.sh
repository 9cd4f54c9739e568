#!/usr/bin/env bash
# blind.sh WORKTREE TAG SET...: the summary line of each set (SET is a folder name under DEVSET, default
# /work/devset), printed and appended to /tmp/blind_TAG.txt; nothing of the pages is shown.
HERE=$(cd "$(dirname "$0")" && pwd)
DEVSET=${DEVSET:-/work/devset}
WT=$1; TAG=$2; shift 2
for s in "$@"; do
  echo "$s $("$HERE/score.sh" "$WT" "$TAG" "$DEVSET/$s" 2>/dev/null | tail -1)" | tee -a "/tmp/blind_$TAG.txt"
done
