#!/usr/bin/env bash
# Extraction quality on every development set, newsline beside the peer extractors on the same pages:
# prints one table, set x extractor, with the macro F1 (precision / recall) of the benchmark's scorer.
#   scripts/eval-extraction.sh [SET...]        (default: every set below that is present)
# Sets: scrapinghub (bundled in bench-data/), and from $NEWSLINE_SHARED/bench/extraction (default ../shared):
#   readability-tests, cleanportaleval, cleaneval-final, cleaneval-dev. A set that is absent is skipped with a
#   message (third-party pages are never copied into this repository).
# Extractors: newsline (`./newsline extract`, the ingest app's extraction), Readability.js 0.6 + linkedom,
#   readability-lxml 0.8, boilerpipe 1.2 ArticleExtractor, Readability4J 1.0.8; the peers are installed by
#   scripts/install-extraction-peers.sh (apt, npm, Maven Central), which this script calls.
# Environment:
#   EVAL_CACHE   where peer installs, predictions and per-page scores go (default ~/.cache/newsline-eval-extraction)
#   PEERS        which peers to run (default "readability-js readability-lxml boilerpipe readability4j"; "" = none)
#   FRESH_PEERS=1  rerun the peers even when their predictions for a set are cached (a same-run comparison)
#   NEWSLINE_ONLY=1  score newsline only (peers are still shown from the cache when present)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared=${NEWSLINE_SHARED:-../shared}
bench=$shared/bench/extraction
cache=${EVAL_CACHE:-$HOME/.cache/newsline-eval-extraction}
peers=${PEERS-readability-js readability-lxml boilerpipe readability4j}
[ -n "${NEWSLINE_ONLY:-}" ] && run_peers= || run_peers=$peers
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)
scorer=$bench
if [ ! -f "$scorer/evaluate.py" ]; then
  echo "eval-extraction: the scorer $scorer/evaluate.py is absent (no $shared): nothing to measure" >&2
  exit 0
fi
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(scrapinghub readability-tests cleanportaleval cleaneval-final cleaneval-dev)

set_dir() {
  case $1 in
    scrapinghub) echo "$root/bench-data/extraction/scrapinghub" ;;
    *) echo "$bench/$1" ;;
  esac
}

if [ -n "$run_peers" ]; then
  EVAL_CACHE=$cache scripts/install-extraction-peers.sh "$cache/peers"
fi
run_peer() { # peer pages_dir out.json
  PEERS_HOME=$cache/peers NEWSLINE_SHARED=$shared scripts/run-extraction-peer.sh "$@"
}

score() { # set gold pred.json name -> "F1 P R" and per-page TSV beside the predictions
  local line
  line=$(python3 "$scorer/evaluate.py" "$2" "$3" --name "$4" --n-bootstrap 0 --per-doc "${3%.json}.per-page.tsv")
  echo "$line" >&2
  echo "$line" | sed -E 's/^[^ ]+: n=[0-9]+ F1=([0-9.]+) P=([0-9.]+) R=([0-9.]+) .*/\1 \2 \3/'
}

table=$(mktemp); trap 'rm -f "$table"' EXIT
for set in "${sets[@]}"; do
  dir=$(set_dir "$set")
  if [ ! -d "$dir/html" ] || [ ! -f "$dir/ground-truth.json" ]; then
    echo "eval-extraction: skipping $set: $dir/html or its ground-truth.json is absent" >&2
    continue
  fi
  out=$cache/preds/$set; mkdir -p "$out"
  echo "eval-extraction: $set: newsline" >&2
  ./newsline extract "$dir/html" >"$out/newsline.jsonl"
  python3 "$scorer/extract_preds.py" "$out/newsline.jsonl" "$out/newsline.json"
  echo "$set newsline $(score "$set" "$dir" "$out/newsline.json" "$set/newsline")" >>"$table"
  for peer in $peers; do
    if [[ " $run_peers " == *" $peer "* ]] && { [ -n "${FRESH_PEERS:-}" ] || [ ! -s "$out/$peer.json" ]; }; then
      echo "eval-extraction: $set: $peer" >&2
      run_peer "$peer" "$dir/html" "$out/$peer.json" >&2
    fi
    if [ -s "$out/$peer.json" ]; then
      echo "$set $peer $(score "$set" "$dir" "$out/$peer.json" "$set/$peer")" >>"$table"
    fi
  done
done

echo
echo "| set | extractor | F1 | precision | recall |"
echo "|---|---|---|---|---|"
awk '{printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5}' "$table"
echo
echo "Best peer per set (readability-tests: Readability.js excluded, its output is that set's gold):"
awk '$2 == "newsline" { nl[$1] = $3; order[++n] = $1 }
     $2 != "newsline" && !($1 == "readability-tests" && $2 == "readability-js") {
       if (!($1 in best) || $3 > best[$1]) { best[$1] = $3; who[$1] = $2 } }
     END { for (i = 1; i <= n; i++) { s = order[i]
             if (s in best) printf "  %-18s newsline %.3f  best peer %s %.3f  margin %+.3f\n", s, nl[s], who[s], best[s], nl[s] - best[s]
             else printf "  %-18s newsline %.3f  (no peer measured)\n", s, nl[s] } }' "$table"
