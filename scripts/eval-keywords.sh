#!/usr/bin/env bash
# Rough check of the keyword ranker on real articles: overlap of keyphrases with the editors' URL slugs.
# Usage: scripts/eval-keywords.sh [SHARED_BENCH_DIR] [SAMPLE_EVERY]   (default ../shared/bench, 15)
set -euo pipefail
cd "$(dirname "$0")/.."
bench="${1:-../shared/bench}"
# the evaluation main lives in enrich's test sources, so it stays out of the production jar
./mvnw -q -B -o -DskipTests -pl enrich -am install >/dev/null 2>&1 || ./mvnw -q -B -DskipTests -pl enrich -am install
cp=$(./mvnw -q -B -o -pl enrich dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -cp "enrich/target/test-classes:enrich/target/classes:$cp" io.newsline.enrich.keywords.eval.KeywordsEvaluation \
  "$bench/extraction/scrapinghub/ground-truth.json" "${2:-15}"
