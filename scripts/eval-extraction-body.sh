#!/usr/bin/env bash
# Score the main-text extractor (MainTextExtractor) on a folder of pages with gold text.
#   scripts/eval-extraction-body.sh [PAGES_DIR GOLD]
# Defaults: the 181 scrapinghub pages copied in bench-data/extraction/scrapinghub/. GOLD is ground-truth.json or
# the folder holding it. Scorer (word 4-gram shingle F1): evaluate.py and extract_preds.py from SCORER_DIR
# (default ../shared/bench/extraction). PER_DOC=file.tsv keeps per-page precision/recall, PREDS_OUT=file.jsonl
# the extracted text; MAVEN_OFFLINE=1 builds with -o.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-bench-data/extraction/scrapinghub/html}
gold=${2:-bench-data/extraction/scrapinghub}
scorer=${SCORER_DIR:-../shared/bench/extraction}
if [ ! -f "$scorer/evaluate.py" ]; then
  echo "eval-extraction-body: skipped: the scorer $scorer/evaluate.py is absent (it lives in ../shared; SCORER_DIR=DIR)" >&2
  exit 0
fi
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
# compile ingest and the modules it needs in one reactor build (nothing installed into the local repository);
# the classpath file written last is ingest's, with sibling modules resolved to their target/classes
./mvnw -q -B ${MAVEN_OFFLINE:+-o} -pl ingest -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$t/cp.txt" >/dev/null
java -cp "ingest/target/test-classes:ingest/target/classes:$(cat "$t/cp.txt")" \
  io.newsline.ingest.extract.body.MainTextEvaluationMain "$pages" >"$t/out.jsonl"
python3 "$scorer/extract_preds.py" "$t/out.jsonl" "$t/pred.json"
python3 "$scorer/evaluate.py" "$gold" "$t/pred.json" --name newsline-main-text --n-bootstrap 0 --per-doc "${PER_DOC:-/dev/null}"
if [ -n "${PREDS_OUT:-}" ]; then cp "$t/out.jsonl" "$PREDS_OUT"; fi
