#!/usr/bin/env bash
# The bundled topic classifier on real wire stories labelled by hand (bench-data/topics-wire/README.md): a story's
# headline and first sentences, scored by the desk a wire service files it under (world, sports, business,
# scitech) and by its IPTC level-1 topic. The stories are not in this repository: give your own copies.
# usage: scripts/eval-topics-wire.sh [--errors] SET=FILE...
#   SET=FILE  conll-testa=/path/to/eng.testa  conll-testb=/path/to/eng.testb  (CoNLL-2003 English)
#             conllpp=/path/to/conllpp.txt                                    (CoNLL++, Reuters 2020)
#             ag-news=/path/to/test.csv  (the AG News benchmark's test split: its own four-class labels, no IPTC)
#             ag-news-sample=/path/to/test.csv  (its 800 rows labelled here with IPTC topics: ag-news-sample.tsv)
#   --errors  lists the items whose desk the classifier misses
set -euo pipefail
cd "$(dirname "$0")/.."
errors=()
sources=()
for a in "$@"; do
  if [ "$a" = "--errors" ]; then errors=(--errors); else sources+=("$a"); fi
done
if [ ${#sources[@]} -eq 0 ]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
work=$(mktemp -d)
python3 bench-data/topics-wire/build_items.py bench-data/topics-wire/labels.tsv "$work/items.tsv" "${sources[@]}"
./mvnw -q -B -o -DskipTests -pl enrich -am install >/dev/null 2>&1 || ./mvnw -q -B -DskipTests -pl enrich -am install
./mvnw -q -B -o -pl enrich test-compile >/dev/null
cp=$(./mvnw -q -B -o -pl enrich dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
java -cp "enrich/target/test-classes:enrich/target/classes:$cp" io.newsline.enrich.topics.eval.WireTopicsEvaluation \
  "$work/items.tsv" ${errors[@]+"${errors[@]}"}
