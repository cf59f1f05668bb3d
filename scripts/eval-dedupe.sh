#!/usr/bin/env bash
# Pairwise precision/recall of near-duplicate matching (publish module, io.newsline.publish.match):
# the syndication dev set, hand-made edits of its seed page and generated edits of 181 real articles.
# Usage: scripts/eval-dedupe.sh              the report in docs/QUALITY.md ("Dedupe (syndicated copies)")
#        scripts/eval-dedupe.sh --explore    compares shingle sizes and band shapes
#        scripts/eval-dedupe.sh --sentences  recall per edit kind and the curve of the aligned-sentence thresholds,
#                                            on the generated cases and ../shared/fixtures/syndication-dev2 (read
#                                            there at run time; NEWSLINE_SHARED=DIR when it is elsewhere)
# Reads the test resources of the publish module and ../shared/fixtures/syndication-dev (third-party page text, read
# there at run time, never copied; its pairs are left out when it is absent). Builds publish (and what it needs)
# offline if possible.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o -pl publish -am install -DskipTests 2>/dev/null || ./mvnw -q -B -pl publish -am install -DskipTests
./mvnw -q -B -o -pl publish test-compile 2>/dev/null || ./mvnw -q -B -pl publish test-compile
main=io.newsline.publish.match.eval.DedupeEvaluation
if [ "${1:-}" = "--sentences" ]; then
  main=io.newsline.publish.match.eval.RecallEvaluation
  shift
fi
# The modules publish reads its data files through (schemas), from the local repository install just filled.
./mvnw -q -B -o -pl publish dependency:build-classpath -Dmdep.outputFile=target/eval-classpath.txt >/dev/null 2>&1 \
  || ./mvnw -q -B -pl publish dependency:build-classpath -Dmdep.outputFile=target/eval-classpath.txt >/dev/null
cp=$(cat publish/target/eval-classpath.txt)
exec java -cp "publish/target/classes:publish/target/test-classes:$cp" "$main" "$@"
