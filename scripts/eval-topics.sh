#!/usr/bin/env bash
# Evaluate the IPTC Media Topics classifier of the enrich module.
# Usage: scripts/eval-topics.sh [SHARED_BENCH_DIR] [--errors]
#   SHARED_BENCH_DIR holds topics/scrapinghub-topics.jsonl and extraction/scrapinghub/ground-truth.json
#   (default: ../shared/bench). The held-out hand-written items come from the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
bench="${1:-../shared/bench}"
shift || true
./mvnw -q -B -o -DskipTests -pl enrich -am install >/dev/null 2>&1 || ./mvnw -q -B -DskipTests -pl enrich -am install
cp=$(./mvnw -q -B -o -pl enrich dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
exec java -cp "enrich/target/classes:$cp" io.newsline.enrich.topics.eval.TopicsEvaluation \
  "$bench/topics/scrapinghub-topics.jsonl" "$bench/extraction/scrapinghub/ground-truth.json" \
  enrich/src/test/resources/topics/short-items-heldout.tsv \
  enrich/src/test/resources/topics/short-items-heldout-2.tsv "$@"
