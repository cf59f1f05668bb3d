#!/usr/bin/env bash
# Syndication on real pages, through the whole pipeline: pair precision/recall of "same story", not-article
# handling, the wire source of stories and furniture titles, on sets in the layout of
# ../shared/fixtures/syndication-dev2 (CLUSTERS.tsv + page text files). See docs/QUALITY.md ("Syndication").
# Usage: scripts/eval-syndication.sh [SET_DIR...]   default: ../shared/fixtures/syndication-dev and syndication-dev2
# Each set's pages go through `newsline extract` (every page's title, type and credits) and `newsline demo --input`
# (the three apps on an embedded broker); scripts/score-syndication.py scores both. The sets are third-party text:
# they are read where they are and only file names, titles and figures are printed. Exit 0 when every set passes.
set -euo pipefail
cd "$(dirname "$0")/.."
# NEWSLINE_SHARED: where the shared development material is (default ../shared, beside the repository).
shared=${NEWSLINE_SHARED:-../shared}/fixtures
sets=("$@")
if [ ${#sets[@]} -eq 0 ]; then
  sets=("$shared/syndication-dev" "$shared/syndication-dev2")
fi
if [ ! -d "$shared" ] && [ $# -eq 0 ]; then
  echo "eval-syndication: skipped: $shared is absent (the development sets are read from there, never copied)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for set in "${sets[@]}"; do
  name=$(basename "$set")
  if [ ! -f "$set/CLUSTERS.tsv" ]; then
    echo "eval-syndication: skipped $set: no CLUSTERS.tsv"
    continue
  fi
  # Raw-page JSON lines, as ../syndication-dev/score.py makes them (its seed row names the page in ../pages/).
  python3 "$shared/syndication-dev/score.py" make "$set/CLUSTERS.tsv" \
    "$shared/pages/urdupoint-putin-myanmar-2025-03-05.txt" "$work/$name.jsonl"
  ./newsline extract "$work/$name.jsonl" > "$work/$name-clean.jsonl"
  ./newsline demo --input "$work/$name.jsonl" --output jsonl > "$work/$name-stories.jsonl" 2> "$work/$name-demo.log" \
    || { echo "eval-syndication: demo failed on $name:"; tail -20 "$work/$name-demo.log"; exit 1; }
  echo "== $name ($(grep -c . "$work/$name.jsonl") pages)"
  # A set without an agency column may have the agency of its wire groups here (labels only, no page text).
  labels=scripts/syndication-agencies/$name.tsv
  python3 scripts/score-syndication.py "$set/CLUSTERS.tsv" "$work/$name-clean.jsonl" "$work/$name-stories.jsonl" \
    schemas/src/main/resources/io/newsline/schemas/reference/agencies.tsv $([ -f "$labels" ] && echo "$labels") \
    || status=1
done
exit $status
