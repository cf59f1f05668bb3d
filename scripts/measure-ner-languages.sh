#!/usr/bin/env bash
# What each language's NER model costs, in one JVM: load time, heap retained after load, and tokens per second of
# the lean pipeline (tokenize, ssplit, one CRF) on the language's newswire set, in alternating rounds, against English.
# usage: scripts/measure-ner-languages.sh [ROUNDS] [SECONDS_PER_ROUND]   (default 5 rounds of 4 s per language)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
seconds=${2:-4}
work=$(mktemp -d)
for lang in en de es fr; do
  set_file=bench-data/ner/newswire-$lang.conll
  [[ $lang == en ]] && set_file=bench-data/ner/newswire-dev.conll
  python3 bench-data/ner/conll_to_jsonl.py "$set_file" "$work/$lang.jsonl" >/dev/null
done
./mvnw -B -q -o -pl enrich -am install -DskipTests >/dev/null
./mvnw -B -q -o -pl enrich test-compile >/dev/null
cp=$(./mvnw -B -q -o -pl enrich dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
java -Xmx3g -cp "enrich/target/test-classes:enrich/target/classes:$cp" \
  io.newsline.enrich.evaluation.NerLanguagesMeasureMain "$rounds" "$seconds" \
  en="$work/en.jsonl" de="$work/de.jsonl" es="$work/es.jsonl" fr="$work/fr.jsonl" 2>/dev/null
