#!/usr/bin/env bash
# Evaluate the IPTC Media Topics classifier of the enrich module.
# Usage: scripts/eval-topics.sh [SHARED_DIR] [--errors] [--quick]
#   SHARED_DIR (default ../shared) holds bench/topics/scrapinghub-topics.jsonl,
#   bench/extraction/scrapinghub/ground-truth.json and topics-train/.
#   1. the bundled classifier on the silver topic set (scrapinghub articles) and the hand-written held-out items;
#   2. unless --quick: cross-validation by source on topics-train (each figure from a model trained without the
#      source it scores: HuffPost, HuffPost's last three months, each Wikinews edition, SIB-200), 5-10 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:-../shared}"
shift || true
if [ -f "$shared/topics/scrapinghub-topics.jsonl" ]; then shared="$shared/.."; fi  # the bench folder itself
quick=false
args=()
for a in "$@"; do
  if [ "$a" = "--quick" ]; then quick=true; else args+=("$a"); fi
done
./mvnw -q -B -o -DskipTests -pl enrich -am install >/dev/null 2>&1 || ./mvnw -q -B -DskipTests -pl enrich -am install
# the trainer and the evaluation live in enrich's test sources, so they stay out of the production jar
cp=$(./mvnw -q -B -o -pl enrich dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
java -cp "enrich/target/test-classes:enrich/target/classes:$cp" io.newsline.enrich.topics.eval.TopicsEvaluation \
  "$shared/bench/topics/scrapinghub-topics.jsonl" "$shared/bench/extraction/scrapinghub/ground-truth.json" \
  enrich/src/test/resources/topics/short-items-heldout.tsv \
  enrich/src/test/resources/topics/short-items-heldout-2.tsv \
  enrich/src/test/resources/topics/short-items-heldout-3.tsv ${args[@]+"${args[@]}"}
if [ "$quick" = false ]; then
  echo
  echo "== cross-validation by source on $shared/topics-train"
  java -Xmx3g -cp "enrich/target/test-classes:enrich/target/classes:$cp" io.newsline.enrich.topics.training.TopicsTrainer "$shared/topics-train"
fi
