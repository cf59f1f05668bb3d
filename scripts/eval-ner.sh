#!/usr/bin/env bash
# Exact-span NER evaluation of the enrich library.
# usage: scripts/eval-ner.sh [GOLD] [enrich|bare|ablation|english-steps] [model]
#   GOLD      {"id", "text", "entities": [[start, end, TYPE], ...]} per line (default bench-data/ner/news-ner-dev.jsonl),
#             or a CoNLL-2003 column file (*.conll, or any file starting with -DOCSTART-): one document per
#             -DOCSTART-, sentences as given, tokens joined by spaces, gold spans from the IOB tags
#             (bench-data/ner/conll_to_jsonl.py), e.g. bench-data/ner/newswire-dev.conll
#             or CoNLL++'s conllpp.txt (Reuters 2020; token, start, end, tag: the tag is the last column)
#   enrich    the whole entity side of ArticleEnricher (default); bare: the CRF alone (with its given-name repair);
#   ablation  every step around the CRF left out in turn and added alone (NerAblationMain), one row per variant
#   english-steps  with model de, es or fr: the enricher with the steps it keeps for English pages applied too
#   model     english.all.3class.distsim (default) or english.conll.4class.distsim; or de, es, fr: that language's
#             model (german.distsim, spanish.ancora.distsim.s512, french-wikiner-4class), articles in that language,
#             e.g. scripts/eval-ner.sh bench-data/ner/newswire-de.conll bare de
# match-scores  GOLD ../shared/topics-train/mewsc16.jsonl: how often the score test that opens WireSteps' CLUBS fires
#             on German, Spanish and French sport and other news, before and after clock times are told from scores
#             (MatchScoresMeasureMain; EXAMPLES=N non-sport items still holding a score are printed to read)
# WIRE_STEPS=DATELINE,NAME_EDGES,CLUBS (or none) picks the German, Spanish and French steps around the CRF
#             (enrich/ner/WireSteps) instead of those kept for the language, e.g. for an ablation:
#             WIRE_STEPS=none scripts/eval-ner.sh bench-data/ner/newswire-fr.conll enrich fr
# TRUECASE=1  the English enricher with sentences in capitals truecased first (off in the app since 2026-12-04:
#             it cost F1 on the CoNLL-2003 development set, docs/QUALITY.md)
# Scores with bench-data/ner/score.py (exact span; PER+ORG+LOC, per type, and with MISC).
set -euo pipefail
cd "$(dirname "$0")/.."
gold=${1:-bench-data/ner/news-ner-dev.jsonl}
mode=${2:-enrich}
model=${3:-english.all.3class.distsim}
work=$(mktemp -d)
if [[ "$gold" == *.conll ]] || head -c 10 "$gold" | grep -q -- '-DOCSTART-'; then
  python3 bench-data/ner/conll_to_jsonl.py "$gold" "$work/gold.jsonl"
  gold="$work/gold.jsonl"
fi
./mvnw -B -q -o -pl enrich -am install -DskipTests -Dmaven.test.skip=false >/dev/null
./mvnw -B -q -o -pl enrich test-compile >/dev/null
cp=$(./mvnw -B -q -o -pl enrich dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
classpath="enrich/target/test-classes:enrich/target/classes:$cp"
if [[ "$mode" == match-scores ]]; then
  java -cp "$classpath" io.newsline.enrich.evaluation.MatchScoresMeasureMain "$gold" "${EXAMPLES:-10}"
  exit 0
fi
if [[ "$mode" == ablation ]]; then
  java -Xmx3g -cp "$classpath" io.newsline.enrich.evaluation.NerAblationMain "$gold" "$work/ablation" "$model" 2>/dev/null
  printf '| %-24s | %5s | %5s | %5s | %6s | %6s | %6s |\n' variant F1 P R PER ORG LOC
  for f in "$work"/ablation/*.jsonl; do
    python3 bench-data/ner/score.py "$gold" "$f" | awk -v v="$(basename "$f" .jsonl)" '
      $1 == "PER+ORG+LOC" { f = $7; p = $5; r = $6 } $1 == "PER" { per = $7 } $1 == "ORG" { org = $7 } $1 == "LOC" { loc = $7 }
      END { printf "| %-24s | %5s | %5s | %5s | %6s | %6s | %6s |\n", v, f, p, r, per, org, loc }'
  done
  echo "predictions: $work/ablation" >&2
  exit 0
fi
out="$work/predictions.jsonl"
java -Xmx2g ${WIRE_STEPS:+-Dnewsline.wireSteps=$WIRE_STEPS} ${TRUECASE:+-Dnewsline.truecase=true} -cp "$classpath" io.newsline.enrich.evaluation.NerEvaluationMain "$gold" "$out" "$mode" "$model"
python3 bench-data/ner/score.py "$gold" "$out"
echo "predictions: $out" >&2
