#!/usr/bin/env bash
# Score the main-text extractor (MainTextExtractor) on a folder of pages with gold text.
#   scripts/eval-extraction-body.sh [PAGES_DIR GOLD]
# Defaults: the 181 scrapinghub pages copied in bench-data/extraction/scrapinghub/. GOLD is ground-truth.json or
# the folder holding it. Scorer: evaluate.py and extract_preds.py from SCORER_DIR (default /work/shared/bench/extraction) (word 4-gram shingle F1). Set PER_DOC=file.tsv to
# keep per-page precision/recall.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-bench-data/extraction/scrapinghub/html}
gold=${2:-bench-data/extraction/scrapinghub}
scorer=${SCORER_DIR:-/work/shared/bench/extraction}
./mvnw -q -B -o -pl ingest -am install -DskipTests >/dev/null
./mvnw -q -B -o -pl ingest test-compile
cp=$(./mvnw -q -B -o -pl ingest dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
java -cp "ingest/target/test-classes:ingest/target/classes:$cp" io.newsline.ingest.extract.body.MainTextEvaluationMain "$pages" >"$t/out.jsonl"
python3 "$scorer/extract_preds.py" "$t/out.jsonl" "$t/pred.json"
python3 "$scorer/evaluate.py" "$gold" "$t/pred.json" --name newsline-main-text --n-bootstrap 0 --per-doc "${PER_DOC:-/dev/null}"
if [ -n "${PREDS_OUT:-}" ]; then cp "$t/out.jsonl" "$PREDS_OUT"; fi
