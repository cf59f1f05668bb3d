#!/usr/bin/env bash
# Run one peer extractor over a folder of pages and write its predictions {id: {"articleBody": ..., ...}}:
#   scripts/run-extraction-peer.sh PEER PAGES_DIR OUT.json
# PEER: readability-js (0.6 + linkedom), readability-lxml (0.8), boilerpipe (1.2 ArticleExtractor),
#   readability4j (1.0.8). The runners are those of $NEWSLINE_SHARED/bench/extraction/peers (default ../shared);
#   the installs those of scripts/install-extraction-peers.sh in PEERS_HOME (default $EVAL_CACHE/peers, EVAL_CACHE
#   default ~/.cache/newsline-eval-extraction). Used by scripts/eval-extraction.sh and eval-extraction-heldout.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 3 ] || { echo "usage: $0 PEER PAGES_DIR OUT.json" >&2; exit 2; }
peer=$1 pages=$2 out=$3
shared=${NEWSLINE_SHARED:-../shared}
runners=$shared/bench/extraction/peers
peer_home=${PEERS_HOME:-${EVAL_CACHE:-$HOME/.cache/newsline-eval-extraction}/peers}
case $peer in
  readability-js) NODE_PATH=$peer_home/node/node_modules node "$runners/run_readability.js" "$pages" "$out" linkedom ;;
  readability-lxml) /usr/bin/python3 "$runners/run_readability_lxml.py" "$pages" "$out" ;;
  boilerpipe) java -cp /usr/share/java/boilerpipe.jar:/usr/share/java/nekohtml.jar:/usr/share/java/xercesImpl.jar \
      "$runners/BoilerpipeRun.java" "$pages" "$out" Article ;;
  readability4j) java -cp "$(cat "$peer_home/readability4j.classpath")" "$runners/Readability4JRun.java" \
      "$pages" "$out" Plain ;;
  *) echo "run-extraction-peer: unknown peer $peer" >&2; exit 2 ;;
esac
