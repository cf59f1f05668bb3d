#!/usr/bin/env bash
# Pairwise precision/recall of near-duplicate matching (publish module, io.newsline.publish.match):
# the syndication dev set, hand-made edits of its seed page and generated edits of 181 real articles.
# Usage: scripts/eval-dedupe.sh            the report in docs/QUALITY.md ("Dedupe (syndicated copies)")
#        scripts/eval-dedupe.sh --explore  compares shingle sizes and band shapes
# Reads only the test resources of the publish module. Builds publish (and what it needs) offline if possible.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o -pl publish -am install -DskipTests 2>/dev/null || ./mvnw -q -B -pl publish -am install -DskipTests
./mvnw -q -B -o -pl publish test-compile 2>/dev/null || ./mvnw -q -B -pl publish test-compile
exec java -cp publish/target/classes:publish/target/test-classes io.newsline.publish.match.eval.DedupeEvaluation "$@"
