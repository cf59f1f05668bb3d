#!/usr/bin/env bash
# Exact-span NER evaluation of the enrich library.
# usage: scripts/eval-ner.sh [GOLD.jsonl] [enrich|bare] [model]
#   GOLD.jsonl  {"id", "text", "entities": [[start, end, TYPE], ...]} per line; default bench-data/ner/news-ner-dev.jsonl
#   enrich      the whole entity side of ArticleEnricher (default); bare: the CRF alone
#   model       english.all.3class.distsim (default) or english.conll.4class.distsim
# Scores with bench-data/ner/score.py (exact span; PER+ORG+LOC, per type, and with MISC).
set -euo pipefail
cd "$(dirname "$0")/.."
gold=${1:-bench-data/ner/news-ner-dev.jsonl}
mode=${2:-enrich}
model=${3:-english.all.3class.distsim}
./mvnw -B -q -o -pl enrich -am install -DskipTests -Dmaven.test.skip=false >/dev/null
./mvnw -B -q -o -pl enrich test-compile >/dev/null
cp=$(./mvnw -B -q -o -pl enrich dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
out=$(mktemp --suffix=.jsonl)
java -Xmx2g -cp "enrich/target/test-classes:enrich/target/classes:$cp" \
  io.newsline.enrich.evaluation.NerEvaluationMain "$gold" "$out" "$mode" "$model"
python3 bench-data/ner/score.py "$gold" "$out"
echo "predictions: $out" >&2
