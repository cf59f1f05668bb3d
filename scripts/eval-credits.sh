#!/usr/bin/env bash
# How well ingest's credit finder (io.newsline.ingest.extract.wire.CreditFinder) tells an agency's credit from a
# mention, on labelled passages written for newsline (bench-data/credits, see its README.md): precision/recall of the
# credited agency, false credits on "told X" / "X reported" / look-alike passages, own-reporting and photo evidence
# recognised, per language and per shape. See docs/QUALITY.md ("Wire credits on unseen text").
# Usage: scripts/eval-credits.sh [--errors] [TSV...]   default: bench-data/credits/heldout.tsv
#   --errors lists the passages scored wrong; use it on the development set (dev.tsv), not on the held-out set.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o -pl ingest -am install -DskipTests 2>/dev/null || ./mvnw -q -B -pl ingest -am install -DskipTests
./mvnw -q -B -o -pl ingest test-compile 2>/dev/null || ./mvnw -q -B -pl ingest test-compile
./mvnw -q -B -o -pl ingest dependency:build-classpath -Dmdep.outputFile=target/eval-classpath.txt >/dev/null 2>&1 \
  || ./mvnw -q -B -pl ingest dependency:build-classpath -Dmdep.outputFile=target/eval-classpath.txt >/dev/null
args=("$@")
files=0
for a in "${args[@]}"; do [ "$a" = --errors ] || files=$((files + 1)); done
[ $files -gt 0 ] || args+=(bench-data/credits/heldout.tsv)
cp=$(cat ingest/target/eval-classpath.txt)
exec java -cp "ingest/target/classes:ingest/target/test-classes:$cp" io.newsline.ingest.extract.wire.eval.CreditEvaluation "${args[@]}"
