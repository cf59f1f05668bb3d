#!/usr/bin/env bash
# The block model of the main-text extractor: train it, or measure it on sets it was not trained on.
#   scripts/train-block-model.sh train     write ingest/src/main/resources/.../body/block-model.txt from every set
#   scripts/train-block-model.sh loso      leave one set out: per set, train on the other four, score the set with
#                                          the extractor (rules, the model when they find too little), the model
#                                          alone and the rules alone
#   scripts/train-block-model.sh bysite    per set whose pages name their site (scrapinghub, cleanportaleval),
#                                          five folds by site: train on the other sets and the other folds
#   scripts/train-block-model.sh selector-loso|selector-bysite
#                                          the same for selectors between the extractor's answer and
#                                          Readability's, on pages where the first is short (SELECTOR_GATE
#                                          characters, default 200); nothing is written into the sources
# Sets: scrapinghub (bench-data/) and, from $NEWSLINE_SHARED/bench/extraction (default ../shared),
# readability-tests, cleanportaleval, cleaneval-final, cleaneval-dev; their pages and gold are read at run time,
# never copied here. The scorer is evaluate.py beside them. OUT (default a temporary folder) keeps the predictions.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?usage: train-block-model.sh train|loso|bysite|selector-loso|selector-bysite}
main=io.newsline.ingest.extract.body.BlockModelTrainingMain
case $mode in
  selector-loso|selector-bysite) mode=${mode#selector-}; main=io.newsline.ingest.extract.body.AnswerSelectorTrainingMain ;;
esac
shared=${NEWSLINE_SHARED:-../shared}
bench=$shared/bench/extraction
sets=(scrapinghub readability-tests cleanportaleval cleaneval-final cleaneval-dev)
dirs=()
for set in "${sets[@]}"; do
  dir=$bench/$set; [ "$set" = scrapinghub ] && dir=bench-data/extraction/scrapinghub
  if [ ! -d "$dir/html" ] || [ ! -f "$dir/ground-truth.json" ]; then
    echo "train-block-model: $dir is absent (no $shared?): the model is trained and measured on all five sets" >&2
    exit 1
  fi
  dirs+=("$dir")
done
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
./mvnw -q -B ${MAVEN_OFFLINE:+-o} -pl ingest -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$t/cp.txt" >/dev/null
run() { java -Xmx3g ${SELECTOR_GATE:+-Dnewsline.selector.gate=$SELECTOR_GATE} -cp "ingest/target/test-classes:ingest/target/classes:$(cat "$t/cp.txt")" \
  "$main" "$@"; }
case $mode in
  train) run train ingest/src/main/resources/io/newsline/ingest/extract/body/block-model.txt "${dirs[@]}" ;;
  loso|bysite)
    out=${OUT:-$t/preds}
    run "$mode" "$out" "${dirs[@]}"
    kinds=(model alone rules longer selector boosted first second oracle); [ "$mode" = bysite ] && kinds=(bysite)
    for i in "${!sets[@]}"; do
      for kind in "${kinds[@]}"; do
        f=$out/${sets[$i]}.$kind
        [ -f "$f.jsonl" ] || continue
        python3 "$bench/extract_preds.py" "$f.jsonl" "$f.json" 2>/dev/null
        python3 "$bench/evaluate.py" "${dirs[$i]}" "$f.json" --name "${sets[$i]}/$kind" --n-bootstrap 0 \
          --per-doc "$f.per-page.tsv"
      done
    done ;;
  *) echo "train-block-model: unknown mode $mode" >&2; exit 2 ;;
esac
